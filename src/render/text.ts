import { STATS_SEPARATOR, type Block } from "./blocks.js";
import { gathered } from "./chunks.js";
import { printable } from "./sanitize.js";
import { decorate, namesItsAddress, type Span } from "./spans.js";
import { wrapAtSeparators, wrapBalanced, wrapIndented, type Metrics } from "./wrap.js";

export const BULLET = "  • ";

/**
 * How article text is made safe to print: printable(), or leaving it as it is for text known to
 * need no escapes (see `plainTextMetrics`), which spares a search through every text.
 */
export type Escape = (text: string) => string;
export const asIs: Escape = (text) => text;

/** Plain text for pipes and files: no escape codes, setext-style underlines, quotes indented. */
export function renderTextBlocks(blocks: Iterable<Block>, width: number, metrics: Metrics, escape: Escape = printable): string {
  return [...gathered(textChunks(blocks, width, metrics, escape), GATHER_SIZE)].join("");
}
/** Pieces gathered into strings this long are large objects, never copied about by the young-generation collector. */
const GATHER_SIZE = 1 << 20;

/**
 * The same text a block at a time, for writing as it is made: a long article's output is never
 * held whole (it would be as large as the article again).
 */
export function* textChunks(blocks: Iterable<Block>, width: number, metrics: Metrics, escape: Escape = printable): Generator<string, void, undefined> {
  let first = true;
  for (const block of blocks) {
    yield first ? renderBlock(block, width, metrics, escape) : "\n\n" + renderBlock(block, width, metrics, escape);
    first = false;
  }
  yield "\n";
}

/** Every text a block shows, before printable(): what the metrics must be able to measure. */
export function shownTexts(block: Block): string[] {
  switch (block.kind) {
    case "list":
      return block.items;
    case "paragraph":
      return [block.text, ...block.spans.map((s) => s.url ?? "")];
    case "quote":
      return [block.text, block.speaker ?? ""];
    default:
      return [block.text];
  }
}

function renderBlock(block: Block, width: number, metrics: Metrics, escape: Escape): string {
  if (block.kind === "list") return block.items.map((item) => wrapIndented(metrics, escape(item), width, BULLET, "    ", 4)).join("\n");
  switch (block.kind) {
    case "title":
      return underline(metrics, wrapBalanced(metrics, escape(block.text), width), "=");
    case "heading":
      return underline(metrics, wrapBalanced(metrics, escape(block.text), width), "-");
    case "meta":
      return wrapAtSeparators(metrics, escape(block.text).split(STATS_SEPARATOR), STATS_SEPARATOR, width);
    case "paragraph":
      return metrics.wrap(withLinkTargets(block.text, block.spans, escape), width);
    case "quote": {
      const quote = wrapIndented(metrics, `“${escape(block.text)}”`, width, "  ", "  ", 2);
      return block.speaker === null ? quote : `${quote}\n${wrapIndented(metrics, `— ${escape(block.speaker)}`, width, "    ", "      ", 6)}`;
    }
  }
}

/** Links as "words (url)": a pipe has no hyperlinks. */
function withLinkTargets(text: string, spans: readonly Span[], escape: Escape): string {
  if (spans.length === 0) return escape(text); // nearly every paragraph: no list of links, no decoration to make
  const links = spans.filter((s) => s.kind === "link");
  const target = (s: Span): string => (namesItsAddress(text.slice(s.start, s.end), s.url ?? "") ? "" : ` (${escape(s.url ?? "")})`);
  return decorate(text, links, { text: escape, open: () => "", close: target });
}

/** A title (`=`) or heading (`-`) set apart without styling: a row of marks as wide as its widest line. */
export function underline(metrics: Metrics, wrapped: string, mark: string): string {
  return `${wrapped}\n${mark.repeat(Math.max(1, widestLine(metrics, wrapped)))}`;
}

function widestLine(metrics: Metrics, text: string): number {
  if (!text.includes("\n")) return metrics.width(text); // a heading is nearly always one line: no list of lines to make
  return Math.max(...text.split("\n").map((line) => metrics.width(line)));
}
