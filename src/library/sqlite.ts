import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { packageRoot } from "../paths.js";

/**
 * The slice of better-sqlite3 (SQLite with FTS5, a native module) newsread uses. Its JavaScript is
 * bundled with newsread (and so is in the start-up snapshot); its compiled part is loaded on first
 * use only, straight from its file: `show FILE` and `completion` never pay for it, and the rest do
 * not pay for Node's module resolution or the `bindings` package's search for the file.
 */

export interface RunResult {
  changes: number;
  lastInsertRowid: number | bigint;
}

export interface Statement {
  run(...params: unknown[]): RunResult;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  pluck(toggle?: boolean): Statement;
  /** Rows as arrays of values, in the order of the columns. */
  raw(toggle?: boolean): Statement;
}

export interface Database {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  close(): void;
  readonly inTransaction: boolean;
}

export interface DatabaseOptions {
  /** Milliseconds to wait for another process's write lock. */
  timeout?: number;
  readonly?: boolean;
  fileMustExist?: boolean;
}

type DatabaseConstructor = new (filename: string, options?: DatabaseOptions & { nativeBinding: unknown }) => Database;

let addon: unknown;

export function openDatabase(filename: string, options: DatabaseOptions): Database {
  addon ??= loadAddon(addonFile());
  return new (BetterSqlite3 as DatabaseConstructor)(filename, { ...options, nativeBinding: addon });
}

/**
 * What require() does with a .node file, without require(): in a process started from the snapshot
 * the module loader's own code is not compiled yet, and loading it costs more than the addon.
 */
function loadAddon(file: string): unknown {
  const module = { exports: {} };
  process.dlopen(module, file);
  return module.exports;
}

const ADDON = path.join("better-sqlite3", "build", "Release", "better_sqlite3.node");

/** Where npm put better-sqlite3's compiled module: beside newsread's files, or hoisted above them. */
function addonFile(): string {
  const beside = path.join(packageRoot(), "node_modules", ADDON);
  return existsSync(beside) ? beside : createRequire(import.meta.url).resolve(ADDON);
}

/** SQLite's error codes that mean the file is not (or no longer) a usable database. */
export function isCorruption(error: unknown): boolean {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  return /^SQLITE_(CORRUPT|NOTADB|FORMAT)/.test(code) || (code === "SQLITE_ERROR" && /malformed|no such (table|column)|fts5/i.test(error instanceof Error ? error.message : ""));
}

/** The database cannot be written (a read-only folder or file system). */
export function isReadOnly(error: unknown): boolean {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  return /^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/.test(code) || code === "EACCES" || code === "EROFS" || code === "EPERM";
}
