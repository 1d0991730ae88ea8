import { createRequire } from "node:module";

/**
 * The slice of better-sqlite3 (SQLite with FTS5, a native module) newsread uses. Loaded on first use
 * only: `show FILE` and `completion` never pay for it.
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

type DatabaseConstructor = new (filename: string, options?: DatabaseOptions) => Database;

let constructor: DatabaseConstructor | undefined;

export function openDatabase(filename: string, options: DatabaseOptions): Database {
  constructor ??= createRequire(import.meta.url)("better-sqlite3") as DatabaseConstructor;
  return new constructor(filename, options);
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
