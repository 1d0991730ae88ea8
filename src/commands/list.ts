import { type Metrics, oneColumnMetrics, plainMetrics } from "../render/wrap.js";
import { printable, printableName } from "../render/sanitize.js";
import type { ListingOrder, ListingSort, OpenOptions } from "../library/library.js";
import { forgetListings, keepListing, KEPT_LISTINGS, listingMaker, readKeptListing, type KeptListing } from "../library/listing-cache.js";
import { listLibrary, type LibraryArticle } from "../store.js";
import { packageVersion } from "../version.js";

export type ListFormat = "table" | "tsv" | "json" | "ids";

/** `added`: newest first (the default); `words`, `quotes`: most first; `number`, `id`, `headline`: ascending. */
export const LIST_SORTS = ["added", "number", "id", "headline", "words", "quotes"] as const satisfies readonly ListingSort[];
export type ListSort = (typeof LIST_SORTS)[number];

export interface ListOptions {
  format: ListFormat;
  /** Display columns for the table. */
  width: number;
}

/** One entry of `newsread list --json`. */
export interface ListEntry {
  number: number;
  id: string;
  path: string;
  bundled: boolean;
  /** ISO 8601 (UTC) time it was added; null for bundled articles. */
  added: string | null;
  headline: string;
  words: number;
  quotes: number;
}

/** Where the articles are: the bundled ones' folder, the library folder, and how to open it. */
export interface ListSource {
  seedsDir: string;
  libraryDir: string;
  open: OpenOptions;
}

/**
 * `newsread list`: the stored articles as the library gives them (sorted and limited there, from its
 * index: no article is read or parsed here). A large library's default listing is kept for the next
 * run while it stays current (see listing-cache.ts), and then printed as the bytes it was kept in.
 */
export async function listCommand(options: ListOptions, order: ListingOrder, source: ListSource): Promise<string | Uint8Array> {
  const kind = keptKind(options.format, order);
  const maker = listingMaker(packageVersion());
  const kept = kind && readKeptListing(source.seedsDir, source.libraryDir, kind, maker, order.limit);
  if (kept !== undefined) return kept;
  const { articles, stamp } = await listLibrary(source.seedsDir, source.libraryDir, order, source.open);
  const text = await renderListing(options, articles);
  if (kind && order.limit === undefined) {
    if (stamp) keepListing(source.libraryDir, kind, maker, stamp, text, articles.length);
    else forgetListings(source.libraryDir);
  }
  return text;
}

/** Which kept listing answers this request, if any: the default order, in a format that does not depend on the terminal. */
function keptKind(format: ListFormat, order: ListingOrder): KeptListing | undefined {
  const kind = KEPT_LISTINGS.find((k) => k === format);
  return kind && order.sort === "added" && !order.reverse ? kind : undefined;
}

/** The listing's text (pure). Numbers are the articles' own, whatever the order shown: `show 3` is the line numbered 3. */
export async function renderListing(options: ListOptions, articles: readonly LibraryArticle[]): Promise<string> {
  switch (options.format) {
    case "ids":
      return articles.map((a) => `${printableName(a.id)}\n`).join("");
    case "json":
      return JSON.stringify(articles.map(toEntry)) + "\n";
    case "tsv":
      return articles.map((a) => [a.number, printableName(a.id), printable(a.headline), a.words, a.quotes, a.added === null ? "bundled" : isoTime(a.added)].join("\t") + "\n").join("");
    case "table":
      return renderTable(articles, options.width);
  }
}

/** An article as `list --json` gives it (and `search --json` each hit, before its score and snippet). */
export function toEntry(a: LibraryArticle): ListEntry {
  return { number: a.number, id: a.id, path: a.path, bundled: a.bundled, added: a.added === null ? null : isoTime(a.added), headline: a.headline, words: a.words, quotes: a.quotes };
}

/**
 * UTC date and time to the second, as toISOString() gives it without the milliseconds; computed
 * (days to a civil date, after Howard Hinnant's algorithm), as listing 10,000 articles through
 * Date objects costs more than the rest of the listing.
 */
export function isoTime(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const days = Math.floor(seconds / 86_400);
  const secondOfDay = seconds - days * 86_400;
  const shifted = days + 719_468; // days since 0000-03-01
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z"); // its own signed form
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  return `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(secondOfDay % 60)}Z`;
}

/** The local calendar date, for people. */
function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

const ID_COLUMN = 1;
/** Columns the headline keeps before long ids are cut; an id is cut to no fewer than MIN_ID, unless the headline would get under 10. */
const MIN_HEADLINE = 24;
const MIN_ID = 20;

/** Aligned columns for a person; the headline takes what width is left and is cut with an ellipsis. */
async function renderTable(articles: readonly LibraryArticle[], width: number): Promise<string> {
  if (articles.length === 0) return "No stored articles. Add one with 'newsread add FILE'.\n";
  const rows = articles.map(
    (a) => [String(a.number), printableName(a.id), a.added === null ? "bundled" : localDate(a.added), String(a.words), String(a.quotes), printable(a.headline)] as const,
  );
  const header = ["#", "ID", "ADDED", "WORDS", "QUOTES", "HEADLINE"] as const;
  const metrics = await plainMetrics([header, ...rows].flat());
  // A loop rather than Math.max(...rows): a spread of some 150,000 arguments overflows the stack.
  const fixed = [0, 1, 2, 3, 4].map((i) => rows.reduce((widest, row) => Math.max(widest, metrics.width(row[i] ?? "")), metrics.width(header[i] ?? "")));
  const idNatural = fixed[ID_COLUMN] ?? 0;
  // The columns beside the id and the headline, each with its gap; on a screen too narrow for all
  // of them with the id and the headline at their least, the date goes first, then the quotes,
  // then the words, rather than have the terminal wrap every row.
  let shown = [0, 2, 3, 4];
  const beside = (): number => shown.reduce((sum, i) => sum + (fixed[i] ?? 0) + 2, 0);
  for (const column of GIVE_WAY) if (beside() + Math.min(idNatural, MIN_CUT_ID) + 2 + MIN_CUT_HEADLINE > width) shown = shown.filter((i) => i !== column);
  // Ids made from long headlines would push the table past the screen: past what leaves the
  // headline MIN_HEADLINE columns, they are cut too (`list --ids` and `--json` give them whole).
  const room = width - beside() - 2; // for the id and the headline
  fixed[ID_COLUMN] = Math.min(idNatural, Math.max(room - MIN_HEADLINE, Math.min(MIN_ID, room - MIN_CUT_HEADLINE), MIN_CUT_ID));
  // Narrower still (under 22 columns), the headline takes what is left, down to a letter and "…".
  const headlineWidth = Math.max(2, room - (fixed[ID_COLUMN] ?? 0));
  const rightAligned = new Set([0, 3, 4]);
  const cell = (text: string, i: number): string =>
    i === ID_COLUMN ? pad(truncate(text, fixed[i] ?? 0, metrics), fixed[i] ?? 0, false, metrics) : i < 5 ? pad(text, fixed[i] ?? 0, rightAligned.has(i), metrics) : truncate(text, headlineWidth, metrics);
  const columns = [0, ID_COLUMN, ...shown.filter((i) => i !== 0), 5];
  const line = (cells: readonly string[]): string => columns.map((i) => cell(cells[i] ?? "", i)).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

/** The least an id and a headline are cut to; and the columns that give way, in turn, where even they do not fit. */
const MIN_CUT_ID = 6;
const MIN_CUT_HEADLINE = 10;
const GIVE_WAY = [2, 4, 3];

/** Pad to a width in display columns; numbers align right. */
function pad(cell: string, width: number, alignRight: boolean, metrics: Metrics): string {
  const gap = " ".repeat(Math.max(0, width - metrics.width(cell)));
  return alignRight ? gap + cell : cell + gap;
}

function truncate(text: string, width: number, metrics: Metrics): string {
  if (metrics.width(text) <= width) return text;
  // Most headlines are cut at 80 columns: where every character is one column, no need to measure each.
  if (metrics === oneColumnMetrics) return text.slice(0, width - 1) + "…";
  let result = "";
  let used = 0;
  for (const ch of text) {
    const w = metrics.width(ch);
    if (used + w > width - 1) break;
    result += ch;
    used += w;
  }
  return result + "…";
}
