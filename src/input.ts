import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { ArticleBytesReader, decodeArticleBytes, SAMPLE_BYTES } from "./decode.js";
import { emptyArticle, isErrnoException, notFound, unreadable, usageError, type UserError } from "./errors.js";
import { isBlankText } from "./parse/normalize.js";
import type { StoredArticle } from "./store.js";

/** An article's text, the id it is known by (stored id, path, or "-"), and whether it is Markdown. */
export interface ArticleSource {
  id: string;
  text: string;
  markdown: boolean;
}

export interface InputContext {
  /** The stored article with this id or list number: asked only for a name that is not a file, since it opens the library. */
  findStored: (ref: string) => Promise<StoredArticle | undefined>;
  /** Undefined when standard input is a terminal: reading it would wait for typing. */
  readStdin: (() => Promise<Uint8Array>) | undefined;
  /** The command reading, for the hint when standard input is a terminal. */
  command: string;
  /** A line on standard error: for every article but the last that cannot be read (see failTogether). */
  notice: (message: string) => void;
}

/**
 * Resolve what the user named: "-" is standard input, an existing path is a file, otherwise a
 * stored article's id or list number.
 */
export async function loadArticle(ref: string, context: InputContext): Promise<ArticleSource> {
  if (ref === "-") {
    if (!context.readStdin) {
      throw stdinIsTerminal(context.command);
    }
    return sourceOf("-", decodeArticleBytes(await context.readStdin(), "standard input"), "standard input");
  }
  const fromFile = await readArticleFile(ref);
  if (fromFile !== undefined) return sourceOf(ref, fromFile, ref);
  const stored = await context.findStored(ref);
  if (stored) {
    const text = await readArticleFile(stored.path);
    if (text === undefined) throw notFound(`${stored.path}: stored article has disappeared`);
    return sourceOf(stored.id, text, stored.path);
  }
  if (/[/\\]|\.\w+$/.test(ref)) throw notFound(`${ref}: no such file`);
  throw notFound(`no article '${ref}': not a file, nor an id or number in 'newsread list'`);
}

/** Standard input read a second time is empty, which would be reported as an empty article: refuse `-` twice. */
export function refuseStdinTwice(refs: readonly string[]): void {
  if (refs.filter((ref) => ref === "-").length > 1) throw usageError("'-' (standard input) can be given only once");
}

/** What `-` on a terminal is told: reading would wait for typing, so say how to pipe an article in. */
export function stdinIsTerminal(command: string): UserError {
  return usageError(`'-' reads an article from standard input, which is a terminal: pipe one in, e.g. 'pbpaste | newsread ${command} -'`);
}

function sourceOf(id: string, text: string, name: string): ArticleSource {
  // Judged as the parser reads the text: zero-width spaces alone would make an article with no words.
  if (isBlankText(text)) throw emptyArticle(`${name}: empty article, nothing to show`);
  return { id, text, markdown: isMarkdownArticle(name, text) };
}

/** Markdown by its name (.md, .markdown, .mdown, .mkd), or by a Markdown title on its first line. */
export function isMarkdownArticle(name: string, text: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(name) || /^\uFEFF?\s*# \S/.test(text);
}

/** The decoded file, or undefined when nothing exists at that path. */
export async function readArticleFile(filePath: string): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = readArticleBytes(filePath);
  } catch (error) {
    if (!isErrnoException(error)) throw error;
    switch (error.code) {
      case "ENOENT":
      case "ENOTDIR":
      case "ENAMETOOLONG": // too long to be a file's name: perhaps an id or a number
        return undefined;
      case "EISDIR":
        throw unreadable(`${filePath}: is a directory, not an article`);
      case "EACCES":
      case "EPERM":
        throw unreadable(`${filePath}: permission denied`);
      default:
        throw unreadable(`${filePath}: cannot read (${error.code ?? error.message})`);
    }
  }
  return decodeArticleBytes(bytes, filePath);
}

/**
 * A file's bytes, read synchronously (one file, nothing to do meanwhile: no thread pool to start
 * for it) and judged as they come (`ArticleBytesReader`): a device that never ends, or a large
 * binary file, is refused on its first bytes. A regular file is read into one buffer of its size.
 */
export function readArticleBytes(filePath: string): Uint8Array {
  const fd = openSync(filePath, "r");
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${filePath}'`), { code: "EISDIR" });
    const reader = new ArticleBytesReader(filePath);
    const size = stat.isFile() ? stat.size : 0;
    if (size > 0) {
      reader.expect(size);
      const buffer = Buffer.allocUnsafe(size);
      let filled = 0;
      while (filled < size) {
        // The first sample alone first, judged before the rest is read.
        const read = readSync(fd, buffer, filled, (filled < SAMPLE_BYTES ? Math.min(SAMPLE_BYTES, size) : size) - filled, null);
        if (read === 0) break; // it shrank since it was measured
        filled += read;
        if (filled >= Math.min(SAMPLE_BYTES, size)) reader.judge(buffer.subarray(0, filled));
      }
      reader.add(buffer.subarray(0, filled), true);
    }
    // Devices, pipes and /proc files tell no size (and a file may have grown): the rest in chunks;
    // after a regular file, a small one first, which its end leaves empty.
    for (let chunkBytes = size > 0 ? SAMPLE_BYTES : CHUNK_BYTES; ; chunkBytes = CHUNK_BYTES) {
      const chunk = Buffer.allocUnsafe(chunkBytes);
      const read = readSync(fd, chunk, 0, chunkBytes, null);
      if (read === 0) break;
      reader.add(chunk.subarray(0, read));
    }
    return reader.bytes();
  } finally {
    closeSync(fd);
  }
}

const CHUNK_BYTES = 1024 * 1024;
