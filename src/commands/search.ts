import type { SearchHit, SearchResult } from "../library/library.js";
import type { Snippet } from "../library/query.js";
import { STATS_SEPARATOR } from "../render/blocks.js";
import { plainMetrics, wrapAtSeparators, type Metrics } from "../render/wrap.js";
import { printable, printableName } from "../render/sanitize.js";
import type { ThemeName } from "../render/theme.js";
import { openLibrary } from "../store.js";
import { toEntry } from "./list.js";

export const SEARCH_FORMATS = ["ansi", "text", "tsv", "json"] as const;
export type SearchFormat = (typeof SEARCH_FORMATS)[number];
export const DEFAULT_SEARCH_LIMIT = 20;

export interface SearchOptions {
  format: SearchFormat;
  speaker: string | undefined;
  limit: number;
  width: number;
  color: boolean;
  theme: ThemeName;
}

/** `newsread search QUERY`: the library's articles that match, most relevant first, each with a snippet. */
export async function searchCommand(query: string, options: SearchOptions, seedsDir: string, libraryDir: string): Promise<string> {
  const library = await openLibrary(seedsDir, libraryDir, { create: false });
  let result: SearchResult;
  try {
    // Lines for a pipe do not show the total: counting every match would be a second pass over them.
    result = await library.search(query, options.speaker, options.limit, { total: options.format !== "tsv" });
  } finally {
    library.close();
  }
  return renderSearch(query, result, options);
}

export async function renderSearch(query: string, result: SearchResult, options: SearchOptions): Promise<string> {
  switch (options.format) {
    case "json":
      return JSON.stringify({ query, speaker: options.speaker ?? null, total: result.total, hits: result.hits.map(toJson) }) + "\n";
    case "tsv":
      return result.hits.map((h) => [h.number, printableName(h.id), decimal(h.score), printable(h.headline), printable(h.snippet.text)].join("\t") + "\n").join("");
    case "text":
    case "ansi":
      return renderForPeople(query, result, options);
  }
}

/**
 * A score as a plain decimal: JavaScript writes numbers under a millionth in exponent notation
 * (5.974e-7), which `sort -n` and spreadsheets read as 5.974, so a column of scores would not sort.
 */
export function decimal(score: number): string {
  if (score === 0 || Math.abs(score) >= 1e-6 || !Number.isFinite(score)) return String(score);
  // As many decimals as the number's own significant digits need (it is rounded to four already).
  const digits = String(score).replace(/^-?/, "").replace(/e.*$/, "").replace(".", "").length;
  return score.toFixed(Math.min(100, digits - 1 - Math.floor(Math.log10(Math.abs(score)))));
}

function toJson(hit: SearchHit): Record<string, unknown> {
  // The article's fields in the order `list --json` gives them, then the search's own.
  return { ...toEntry(hit), score: hit.score, snippet: hit.snippet.text, highlights: hit.snippet.highlights };
}

type Style = (text: string) => string;

async function renderForPeople(query: string, result: SearchResult, options: SearchOptions): Promise<string> {
  const plain: Style = (t) => t;
  let style = { title: plain, meta: plain, mark: plain };
  if (options.format === "ansi" && options.color) {
    const [{ Chalk }, { themeStyles }] = await Promise.all([import("chalk"), import("../render/theme.js")]);
    const theme = themeStyles(new Chalk({ level: 3 }), options.theme);
    style = { title: theme.title, meta: theme.meta, mark: theme.heading };
  }
  const what = [query.trim() ? `“${printable(query.trim())}”` : "", options.speaker ? `quoting ${printable(options.speaker)}` : ""].filter(Boolean).join(" ");
  const total = totalOf(result);
  if (total === 0) return `No articles match ${what}.\n`;
  const shown = result.hits.length < total ? ` (the first ${result.hits.length})` : "";
  const header = `${total} article${total === 1 ? "" : "s"} match${total === 1 ? "es" : ""} ${what}`;
  // A loop rather than Math.max(...hits): a spread of some 150,000 arguments overflows the stack.
  const numberWidth = String(result.hits.reduce((largest, h) => Math.max(largest, h.number), 0)).length;
  const indent = " ".repeat(numberWidth + 4);
  const textWidth = Math.max(1, options.width - indent.length);
  const facts = result.hits.map((hit) => [printableName(hit.id), hit.added === null ? "bundled" : `added ${new Date(hit.added).toISOString().slice(0, 10)}`, `${hit.words} words`]);
  const metrics = await plainMetrics([header, shown, STATS_SEPARATOR, ...facts.flat(), ...result.hits.flatMap((h) => [printable(h.headline), printable(h.snippet.text)])]);
  // Wrapped plain, styled a row at a time: the widths are those of the text.
  const rows = (text: string, width: number): string[] => metrics.wrap(text, width).split("\n");
  const blocks = result.hits.map((hit, i) => {
    const [first = "", ...more] = rows(printable(hit.headline), textWidth);
    const lines = [`  ${String(hit.number).padStart(numberWidth)}  ${style.title(first)}`, ...more.map((l) => indent + style.title(l))];
    // Broken only between its items, as show's metadata line is: never "340" / "words".
    for (const line of wrapAtSeparators(metrics, facts[i] ?? [], STATS_SEPARATOR, textWidth).split("\n")) lines.push(indent + style.meta(line));
    for (const line of highlightLines(hit.snippet, textWidth, metrics, style.mark)) lines.push(indent + line);
    return lines.join("\n");
  });
  // "(the first 20)" is kept whole: on the last row if it fits there, else on a row of its own.
  const status = rows(header, options.width);
  const last = status.length - 1;
  if (shown && metrics.width(`${status[last] ?? ""}${shown}`) <= options.width) status[last] += shown;
  else if (shown) status.push(shown.trim());
  return `${status.map((line) => style.meta(line)).join("\n")}\n\n${blocks.join("\n\n")}\n`;
}

/** The total of a search that was asked to count it, as every format but TSV is. */
function totalOf(result: SearchResult): number {
  if (result.total === undefined) throw new Error("internal: the search's matches were not counted");
  return result.total;
}

/** The snippet wrapped, with its matched words marked; the marks are placed after wrapping so widths stay right. */
export function highlightLines(snippet: Snippet, width: number, metrics: Metrics, mark: Style): string[] {
  const text = printable(snippet.text);
  // printable() keeps lengths unless it escapes a control character; then skip the marks rather than misplace them.
  const highlights = text.length === snippet.text.length ? snippet.highlights : [];
  const lines = metrics.wrap(text, width).split("\n");
  const out: string[] = [];
  let offset = 0;
  for (const line of lines) {
    const start = text.indexOf(line, offset);
    const base = start < 0 ? offset : start;
    let rendered = "";
    let at = 0;
    for (const [from, to] of highlights) {
      const a = Math.max(from - base, 0);
      const b = Math.min(to - base, line.length);
      if (b <= a || a < at) continue;
      rendered += line.slice(at, a) + mark(line.slice(a, b));
      at = b;
    }
    out.push(rendered + line.slice(at));
    offset = base + line.length;
  }
  return out;
}
