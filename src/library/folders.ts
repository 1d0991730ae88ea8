import { mkdirSync, statSync, type BigIntStats } from "node:fs";
import path from "node:path";
import { errnoCode, libraryUnreadable, type UserError } from "../errors.js";

/**
 * Where the library keeps what it derives from its article files, and the folder stamps that say
 * whether those derived files are still current. I/O only: the decisions are freshness.ts's.
 */

export const INDEX_DIR = ".newsread";
export const INDEX_FILE = "index.db";

/** The folder of the derived files (index, kept listings) inside a library folder. */
export function indexDir(libraryDir: string): string {
  return path.join(libraryDir, INDEX_DIR);
}

/** Each folder's path and modification time: recorded with what was derived, compared on every run. */
export interface FolderStamps {
  /** The bundled articles' folder and its time: a moved or updated installation changes it. */
  seeds: string;
  /** The library folder's modification time in nanoseconds; "" when there is no folder. */
  library: string;
}

export function folderStamps(seedsDir: string, libraryDir: string): FolderStamps {
  return { seeds: `${seedsDir}\n${modifiedNs(seedsDir)}`, library: modifiedNs(libraryDir) };
}

/** Whether there is a folder at `dir`: not when nothing is there, nor when a file is on the way to it. */
export function isFolder(dir: string): boolean {
  return statIfAny(dir)?.isDirectory() ?? false;
}

/**
 * Make a folder and any missing folders above it, as `mkdir -p` does. Not Node's recursive mkdir,
 * which loops forever where mkdir says "no such file or directory" under a folder that exists (in
 * /proc, which makes no folders): here a folder is tried once after its parent is there.
 */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = errnoCode(error);
    if (code === "EEXIST" && isFolder(dir)) return; // made already (another process may have just made it)
    const parent = path.dirname(dir);
    if (code !== "ENOENT" || parent === dir || isFolder(parent)) throw error;
    makeFolder(parent);
    try {
      mkdirSync(dir);
    } catch (again) {
      if (!(errnoCode(again) === "EEXIST" && isFolder(dir))) throw again;
    }
  }
}

function modifiedNs(dir: string): string {
  const stat = statIfAny(dir);
  return stat ? String(stat.mtimeNs) : "";
}

/** What is at `file`, or undefined for nothing: statSync's throwIfNoEntry covers ENOENT, not a file where a folder on the way should be. */
function statIfAny(file: string): BigIntStats | undefined {
  try {
    return statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch (error) {
    if (errnoCode(error) === "ENOTDIR") return undefined;
    throw deniedOrAsIs(file, error);
  }
}

/**
 * A folder or file of the library's that the system will not let newsread look at (a folder on the
 * way to it, or the folder itself, without read or search permission) is the user's to mend, as a
 * library folder that cannot be written is: one line naming it (exit 7), not an internal error.
 * Any other error is returned as it is.
 */
export function deniedOrAsIs(file: string, error: unknown): unknown {
  const code = errnoCode(error);
  return code === "EACCES" || code === "EPERM" ? deniedAccess(file, code) : error;
}

function deniedAccess(file: string, code: "EACCES" | "EPERM"): UserError {
  return libraryUnreadable(`${file}: cannot read: ${code === "EACCES" ? "permission denied" : "operation not permitted"} (${code})`);
}
