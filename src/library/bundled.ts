import { statSync } from "node:fs";
import path from "node:path";
import { headlineComparer } from "./collate.js";
import { listArticleFiles, loadParser, readListingFacts, type LibraryArticle, type ListingFacts, type ListingSort, type Tools } from "./library.js";

/**
 * The listing when there is no library folder (a new machine, a first `newsread list`, the shell
 * completion asking for ids): the bundled articles alone, read and sorted here. Loading SQLite's
 * native module costs more than parsing the few bundled articles. The numbers, facts and orders
 * are Library.listing's (a test holds the two equal).
 */
export async function bundledListing(seedsDir: string, order: { sort: ListingSort; reverse: boolean; limit: number | undefined }): Promise<LibraryArticle[]> {
  const parse = await loadParser();
  const ids = new Set<string>();
  const articles: LibraryArticle[] = [];
  for (const file of listArticleFiles(seedsDir)) {
    const id = path.basename(file, path.extname(file));
    if (ids.has(id)) continue; // the same name with the other extension: the first wins
    ids.add(id);
    const facts = factsOf(seedsDir, file, id, parse);
    articles.push({ number: articles.length + 1, id, path: path.join(seedsDir, file), bundled: true, added: null, ...facts });
  }
  const compare: Compare = order.sort === "headline" ? byHeadline(headlineComparer()) : ORDER[order.sort];
  articles.sort(order.reverse ? (a, b) => compare(b, a) : compare);
  return order.limit === undefined ? articles : articles.slice(0, order.limit);
}

/**
 * Facts of bundled articles parsed before, by path, with the file's size and modification time
 * then. The start-up snapshot is written after a listing, so a run from it parses a bundled
 * article again only when its file has changed (or is new).
 */
const parsedBefore = new Map<string, { stamp: string; facts: ListingFacts }>();

function factsOf(seedsDir: string, file: string, id: string, parse: Tools["parse"]): ListingFacts {
  const full = path.join(seedsDir, file);
  const stats = statSync(full, { bigint: true, throwIfNoEntry: false });
  const stamp = stats ? `${stats.size}:${stats.mtimeNs}` : "";
  const before = parsedBefore.get(full);
  if (stats && before?.stamp === stamp) return before.facts;
  const facts = readListingFacts(full, id, parse);
  if (stats) parsedBefore.set(full, { stamp, facts });
  return facts;
}

type Compare = (a: LibraryArticle, b: LibraryArticle) => number;

/** SQLite's BINARY collation: code units. */
const binary = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byNumber: Compare = (a, b) => a.number - b.number;
const byHeadline =
  (compareHeadlines: (a: string, b: string) => number): Compare =>
  (a, b) =>
    compareHeadlines(a.headline, b.headline) || byNumber(a, b);

/** The orders but headlines A-Z, whose comparer is made for each listing (headlineComparer). */
const ORDER: Record<Exclude<ListingSort, "headline">, Compare> = {
  added: (a, b) => b.number - a.number, // bundled articles have no date: newest first is highest number first
  number: byNumber,
  id: (a, b) => binary(a.id, b.id),
  words: (a, b) => b.words - a.words || byNumber(a, b),
  quotes: (a, b) => b.quotes - a.quotes || byNumber(a, b),
};
