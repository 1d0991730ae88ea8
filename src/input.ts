import { readFile } from "node:fs/promises";
import { decodeArticleBytes } from "./decode.js";
import { emptyArticle, notFound, unreadable, usageError } from "./errors.js";
import { findStored, isErrnoException, type StoredArticle } from "./store.js";

/** An article's text and the id it is known by (stored id, path, or "-"). */
export interface ArticleSource {
  id: string;
  text: string;
}

export interface InputContext {
  stored: readonly StoredArticle[];
  /** Undefined when standard input is a terminal: reading it would wait for typing. */
  readStdin: (() => Promise<Uint8Array>) | undefined;
}

/**
 * Resolve what the user named: "-" is standard input, an existing path is a file, otherwise a
 * stored article's id or list number.
 */
export async function loadArticle(ref: string, context: InputContext): Promise<ArticleSource> {
  if (ref === "-") {
    if (!context.readStdin) {
      throw usageError("'-' reads an article from standard input, which is a terminal: pipe one in, e.g. 'pbpaste | newsread show -'");
    }
    return nonEmpty({ id: "-", text: decodeArticleBytes(await context.readStdin(), "standard input") }, "standard input");
  }
  const fromFile = await readArticleFile(ref);
  if (fromFile !== undefined) return nonEmpty({ id: ref, text: fromFile }, ref);
  const stored = findStored(context.stored, ref);
  if (stored) {
    const text = await readArticleFile(stored.path);
    if (text === undefined) throw notFound(`${stored.path}: stored article has disappeared`);
    return nonEmpty({ id: stored.id, text }, stored.path);
  }
  if (/[/\\]|\.\w+$/.test(ref)) throw notFound(`${ref}: no such file`);
  throw notFound(`no article '${ref}': not a file, nor an id or number in 'newsread list'`);
}

function nonEmpty(source: ArticleSource, name: string): ArticleSource {
  if (source.text.trim() === "") throw emptyArticle(`${name}: empty article, nothing to show`);
  return source;
}

/** The decoded file, or undefined when nothing exists at that path. */
export async function readArticleFile(filePath: string): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    if (!isErrnoException(error)) throw error;
    switch (error.code) {
      case "ENOENT":
      case "ENOTDIR":
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
