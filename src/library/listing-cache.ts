import { closeSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { folderStamps, indexDir, type FolderStamps } from "./folders.js";
import { isRacy } from "./freshness.js";

/**
 * `newsread list` of a large library, kept as the text it printed. Listing 10,000 articles from the
 * index costs about three times Node's own start-up, most of it turning SQLite's rows into
 * JavaScript values and those into lines; the kept text costs one read. It is derived data like the
 * index, trusted by the index's own rule: the folders still have the stamps the listing was made
 * with, and those were not taken in the same tick as a change (see isRacy). Only libraries whose
 * index is trusted on those stamps alone (larger than FILE_CHECK_LIMIT) keep one, so a kept listing
 * is never staler than the index it came from would be.
 *
 * Kept: the default order (newest first) as TSV, `--json` and `--ids`; `--limit` takes the first lines.
 */

export const KEPT_LISTINGS = ["tsv", "json", "ids"] as const;
export type KeptListing = (typeof KEPT_LISTINGS)[number];

/** Bumped whenever `list` prints differently, so a listing kept by another build is not shown. */
const LISTING_FORMAT = 2; // 2: ids escaped as printableName() shows them

/** The folder stamps an index was found current with, and when they were taken. */
export interface ListingStamp extends FolderStamps {
  checkedAt: number;
}

/** The first line of a kept listing's file. */
interface Header extends ListingStamp {
  maker: string;
  libraryDir: string;
  /** One line per article: `--limit N` is the first N lines. */
  linePerArticle: boolean;
}

export function keptListingFile(libraryDir: string, kind: KeptListing): string {
  return path.join(indexDir(libraryDir), `listing.${kind}`);
}

/** Who made a listing: newsread's version and the listing format. */
export function listingMaker(version: string): string {
  return `${version}/${LISTING_FORMAT}`;
}

/**
 * The kept listing, still current, cut to `limit` articles; undefined when there is none to trust.
 * As the bytes it was written in: printing them needs no decoding and encoding again.
 */
export function readKeptListing(seedsDir: string, libraryDir: string, kind: KeptListing, maker: string, limit: number | undefined): Uint8Array | undefined {
  let content: Buffer;
  try {
    content = readLines(keptListingFile(libraryDir, kind), limit === undefined ? undefined : limit + 1);
  } catch {
    return undefined; // none kept (or unreadable): the index answers
  }
  const headerEnd = content.indexOf(NEWLINE);
  const header = parseHeader(content.toString("utf8", 0, Math.max(0, headerEnd)));
  if (!header || !isCurrent(header, { maker, libraryDir, ...folderStamps(seedsDir, libraryDir) })) return undefined;
  const text = content.subarray(headerEnd + 1);
  if (limit === undefined) return text;
  return header.linePerArticle ? firstLines(text, limit) : undefined;
}

/** Bytes read at a time when only a listing's first lines are wanted (`--limit 20` of 100,000 articles). */
const READ_SIZE = 1 << 16;

/** A file's first `count` lines at least (whole reads of READ_SIZE), or all of it. */
function readLines(file: string, count: number | undefined): Buffer {
  if (count === undefined) return readFileSync(file);
  const fd = openSync(file, "r");
  try {
    const chunks: Buffer[] = [];
    for (let lines = 0; lines < count; ) {
      const chunk = Buffer.allocUnsafe(READ_SIZE);
      const read = readSync(fd, chunk, 0, READ_SIZE, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      for (let at = chunk.indexOf(NEWLINE); at >= 0 && at < read; at = chunk.indexOf(NEWLINE, at + 1)) lines++;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

/**
 * Keep a listing for the next run, atomically (a temporary file renamed over the old one, so a
 * reader sees the old listing or the new, never part of one). Best effort: a library that cannot be
 * written simply keeps none.
 */
export function keepListing(libraryDir: string, kind: KeptListing, maker: string, stamp: ListingStamp, text: string, articles: number): void {
  const header: Header = { maker, libraryDir, ...stamp, linePerArticle: countLines(text) === articles };
  const file = keptListingFile(libraryDir, kind);
  const temp = `${file}.${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(header)}\n${text}`, { flag: "wx" });
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}

/** Remove the kept listings (a library that no longer keeps one leaves none to go stale). */
export function forgetListings(libraryDir: string): void {
  for (const kind of KEPT_LISTINGS) {
    try {
      rmSync(keptListingFile(libraryDir, kind), { force: true });
    } catch {
      // not ours to write: it will not be trusted anyway once its stamps differ
    }
  }
}

/** Whether a kept listing still describes the library as it is now (pure). */
export function isCurrent(kept: Header, now: FolderStamps & { maker: string; libraryDir: string }): boolean {
  return (
    kept.maker === now.maker &&
    kept.libraryDir === now.libraryDir &&
    kept.seeds === now.seeds &&
    kept.library === now.library &&
    kept.library !== "" &&
    !isRacy(BigInt(kept.library), kept.checkedAt)
  );
}

const NEWLINE = 0x0a;

/** The first `count` lines of a text whose lines all end in a newline (pure). */
export function firstLines(text: Uint8Array, count: number): Uint8Array {
  let end = 0;
  for (let line = 0; line < count; line++) {
    const next = text.indexOf(NEWLINE, end);
    if (next < 0) return text;
    end = next + 1;
  }
  return text.subarray(0, end);
}

function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}

function parseHeader(line: string): Header | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== "object" || value === null) return undefined;
    const v = value as Record<string, unknown>;
    const strings = ["maker", "libraryDir", "seeds", "library"].every((key) => typeof v[key] === "string");
    return strings && typeof v.checkedAt === "number" && typeof v.linePerArticle === "boolean" ? (value as Header) : undefined;
  } catch {
    return undefined; // a damaged file: not trusted, and replaced by the next listing made from the index
  }
}
