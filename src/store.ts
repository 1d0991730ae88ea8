import path from "node:path";
import type { Library, LibraryArticle, ListingOrder, OpenOptions } from "./library/library.js";
import { isFolder } from "./library/folders.js";
import type { ListingStamp } from "./library/listing-cache.js";
import { listNumberOf } from "./library/slug.js";
import { findByShownName } from "./render/sanitize.js";
import { libraryNotWritable } from "./errors.js";

/** An article newsread keeps: a bundled seed or a file in the user's library folder. */
export interface StoredArticle {
  id: string;
  path: string;
  bundled: boolean;
}

export type { LibraryArticle };

/** The library folder: $NEWSREAD_HOME, else $XDG_DATA_HOME/newsread, else ~/.local/share/newsread. */
export function libraryDir(env: Readonly<Record<string, string | undefined>>, homeDir: string): string {
  if (env.NEWSREAD_HOME) return env.NEWSREAD_HOME;
  // A relative XDG_DATA_HOME is to be ignored (XDG Base Directory spec), and a home that is not an
  // absolute path would put the library wherever the command happens to be run.
  if (env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME)) return path.join(env.XDG_DATA_HOME, "newsread");
  if (!path.isAbsolute(homeDir)) throw libraryNotWritable("no home folder to keep the library in: set NEWSREAD_HOME (or HOME) to an absolute path");
  return path.join(homeDir, ".local", "share", "newsread");
}

/** The user's home folder: HOME when it is an absolute path, else the one the system's user database gives (empty when neither). */
export function homeFolder(fromEnvironment: string, fromUserDatabase: () => string): string {
  if (path.isAbsolute(fromEnvironment)) return fromEnvironment;
  try {
    return fromUserDatabase();
  } catch {
    return ""; // no entry for this user (a container's arbitrary uid): libraryDir says what to do
  }
}

/** The library, its index brought up to date. The index's code (and SQLite) load on first use only. */
export async function openLibrary(seedsDir: string, library: string, options: OpenOptions = { create: false }): Promise<Library> {
  const { Library } = await import("./library/library.js");
  return Library.open(seedsDir, library, options);
}

/**
 * Every stored article in list-number order: the bundled ones by id, then the library's in the order
 * they were added (a library file whose id a bundled article has is skipped).
 */
export async function listStored(seedsDir: string, library: string, options?: OpenOptions): Promise<LibraryArticle[]> {
  if (bundledOnly(library, options)) return (await import("./library/bundled.js")).bundledListing(seedsDir, { sort: "number", reverse: false, limit: undefined });
  const opened = await openLibrary(seedsDir, library, options);
  try {
    return await opened.articles();
  } finally {
    opened.close();
  }
}

/** The articles `newsread list` shows, in its order, and the folder stamps they are current with, if they may be kept (see Library.currentStamp). */
export async function listLibrary(seedsDir: string, library: string, order: ListingOrder, options?: OpenOptions): Promise<{ articles: LibraryArticle[]; stamp: ListingStamp | undefined }> {
  if (bundledOnly(library, options)) return { articles: await (await import("./library/bundled.js")).bundledListing(seedsDir, order), stamp: undefined };
  const opened = await openLibrary(seedsDir, library, options);
  try {
    return { articles: await opened.listing(order), stamp: opened.currentStamp() };
  } finally {
    opened.close();
  }
}

/** The stored article with this list number or id, looked up without listing them all. */
export async function findStoredArticle(seedsDir: string, library: string, ref: string, options?: OpenOptions): Promise<LibraryArticle | undefined> {
  if (bundledOnly(library, options)) return findStored(await listStored(seedsDir, library, options), ref);
  const opened = await openLibrary(seedsDir, library, options);
  try {
    return await opened.find(ref);
  } finally {
    opened.close();
  }
}

/** No library folder, and none to be made: only the bundled articles are stored. */
function bundledOnly(library: string, options: OpenOptions | undefined): boolean {
  return !options?.create && !isFolder(library);
}

/** A stored article by its 1-based number in the listing, else by id (as Library.find). */
export function findStored<T extends StoredArticle>(stored: readonly T[], ref: string): T | undefined {
  const number = listNumberOf(ref);
  return (number === undefined ? undefined : stored[number - 1]) ?? findByShownName(ref, (id) => stored.find((a) => a.id === id));
}

