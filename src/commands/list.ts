import type { InputContext } from "../input.js";
import { loadArticle } from "../input.js";
import { parseArticle } from "../parse/index.js";
import { printable } from "../render/sanitize.js";
import stringWidth from "string-width";

export interface ListEntry {
  number: number;
  id: string;
  path: string;
  bundled: boolean;
  headline: string;
  words: number;
  quotes: number;
}

export type ListFormat = "table" | "tsv" | "json" | "ids";

/** `newsread list`: every stored article with its number, id, headline, words and quotes. */
export async function listCommand(format: ListFormat, width: number, input: InputContext): Promise<string> {
  // Ids need no parsing: completion scripts ask for them on every Tab.
  if (format === "ids") return input.stored.map((s) => `${s.id}\n`).join("");
  const entries = await listEntries(input);
  switch (format) {
    case "json":
      return JSON.stringify(entries) + "\n";
    case "tsv":
      return entries.map((e) => [e.number, e.id, printable(e.headline), e.words, e.quotes].join("\t") + "\n").join("");
    case "table":
      return renderTable(entries, width);
  }
}

async function listEntries(input: InputContext): Promise<ListEntry[]> {
  const entries: ListEntry[] = [];
  for (const [index, stored] of input.stored.entries()) {
    const source = await loadArticle(stored.path, input);
    const article = parseArticle(source.text, stored.id);
    entries.push({
      number: index + 1,
      id: stored.id,
      path: stored.path,
      bundled: stored.bundled,
      headline: article.headline,
      words: article.stats.words,
      quotes: article.quotes.length,
    });
  }
  return entries;
}

/** Aligned columns for a person; the headline takes what width is left and is cut with an ellipsis. */
function renderTable(entries: readonly ListEntry[], width: number): string {
  if (entries.length === 0) return "No stored articles.\n";
  const rows = entries.map((e) => [String(e.number), printable(e.id), String(e.words), String(e.quotes), printable(e.headline)] as const);
  const header = ["#", "ID", "WORDS", "QUOTES", "HEADLINE"] as const;
  const columnWidth = (i: number): number => Math.max(stringWidth(header[i] ?? ""), ...rows.map((r) => stringWidth(r[i] ?? "")));
  const fixed = [0, 1, 2, 3].map(columnWidth);
  const headlineWidth = Math.max(10, width - fixed.reduce((sum, w) => sum + w + 2, 0));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i < 4 ? pad(cell, fixed[i] ?? 0, i !== 1) : truncate(cell, headlineWidth)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

/** Pad to a width in display columns; numbers align right. */
function pad(cell: string, width: number, alignRight: boolean): string {
  const gap = " ".repeat(Math.max(0, width - stringWidth(cell)));
  return alignRight ? gap + cell : cell + gap;
}

function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let result = "";
  for (const ch of text) {
    if (stringWidth(result + ch) > width - 1) break;
    result += ch;
  }
  return result + "…";
}
