import type { Block } from "./blocks.js";
import { printable } from "./sanitize.js";
import { decorate, type Span } from "./spans.js";

export interface MarkdownOptions {
  /**
   * For the terminal renderer: quotes are marked with `_` (emphasis is `*`) so that its styling
   * can set them apart; a Markdown document keeps quotes as they are in the text.
   */
  emphasiseQuotes: boolean;
}

export function renderMarkdownBlocks(blocks: readonly Block[], options: MarkdownOptions): string {
  return blocks.map((block, i) => (i === 0 ? "" : separatorBefore(block)) + markdownBlock(block, options)).join("") + "\n";
}

/** A blank line; within a block quote, a line with only its marker, so that the next paragraph stays in it. */
function separatorBefore(block: Block): string {
  return block.kind === "paragraph" && block.blockQuote === "continues" ? "\n>\n" : "\n\n";
}

export function markdownBlock(block: Block, options: MarkdownOptions): string {
  switch (block.kind) {
    case "list":
      return block.items.map((item) => `- ${inline(item)}`).join("\n");
    case "title":
      return `# ${markdownInline(block, options)}`;
    case "heading":
      return `## ${markdownInline(block, options)}`;
    case "meta":
      return `*${inline(block.text)}*`;
    case "paragraph": {
      const text = markdownInline(block, options);
      return block.blockQuote === undefined ? text : text.split("\n").map((line) => `> ${line}`).join("\n");
    }
    case "quote": {
      const speaker = block.speaker === null ? "" : ` — **${inline(block.speaker)}**`;
      return `> “${inline(block.text)}”${speaker}`;
    }
  }
}

/** A title's, heading's or paragraph's text as inline Markdown: the block without its marker. */
function markdownInline(block: Extract<Block, { kind: "title" | "heading" | "paragraph" }>, options: MarkdownOptions): string {
  if (block.kind !== "paragraph") return heading(block.text);
  const spans = options.emphasiseQuotes ? block.spans : block.spans.filter((s) => s.kind !== "quote");
  const body = decorate(block.text, spans, { text: inline, open: openMarker, close: closeMarker });
  // Lines within a paragraph (list lines, hard breaks) stay lines: a backslash before the newline.
  return body.split("\n").map(escapeLineStart).join("\\\n");
}

const OPEN: Record<Span["kind"], string> = { quote: "_", emphasis: "*", strong: "**", link: "[" };

function openMarker(span: Span): string {
  return OPEN[span.kind];
}

function closeMarker(span: Span): string {
  return span.kind === "link" ? `](${linkDestination(span.url ?? "")})` : OPEN[span.kind];
}

/**
 * A link's address as a Markdown link destination that reads back as the address shown: control
 * characters as visible escapes (as everywhere in the output), backslashes, parentheses and angle
 * brackets escaped, and in angle brackets when it has spaces (a line break, which no destination
 * can hold, is percent-encoded).
 */
function linkDestination(url: string): string {
  const escaped = printable(url).replace(/[\\()<>]/g, "\\$&").replace(/\n/g, encodeURIComponent);
  return /\s/.test(escaped) ? `<${escaped}>` : escaped;
}

const inline = (text: string): string => escapeInline(printable(text));

/** Heading text: inline escapes, and trailing #s that Markdown would take for a closing sequence. */
const heading = (text: string): string => inline(text).replace(/(#+)$/, "\\$1");

/**
 * Escape what Markdown would read as inline markup, or as an HTML entity, and what marked would
 * take for the start of a web or email address (GFM autolinks): it reads those without backslash
 * escapes, so an address kept as it is would come back as a link, and one with escapes in it would
 * keep the backslashes. Escaping the character that makes it an address (the colon of "https://",
 * the full stop of "www.", the "@") keeps it plain text.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/&(?=#?\w+;)/g, "\\&")
    .replace(ADDRESS_START, "$1\\$2");
}

/** Where marked's GFM autolinks begin: "http://", "https://", "ftp://" (any case), "www.", a "@" in a word. */
const ADDRESS_START = /((?:https?|ftp)(?=:\/\/)|www(?=\.)|[\w.+-](?=@))([:.@])/gi;

/** Escape block markers (headings, list items, rules, setext underlines) at the start of a line. */
export function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#+=-])/, "$1\\$2").replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2");
}
