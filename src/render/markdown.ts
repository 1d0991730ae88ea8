import type { Block } from "./blocks.js";
import { printable } from "./sanitize.js";

export interface MarkdownOptions {
  /** Wrap quoted words in emphasis so a terminal renderer can set them apart. */
  emphasiseQuotes: boolean;
}

export function renderMarkdownBlocks(blocks: readonly Block[], options: MarkdownOptions): string {
  return blocks.map((block) => markdownBlock(block, options)).join("\n\n") + "\n";
}

export function markdownBlock(block: Block, options: MarkdownOptions): string {
  if (block.kind === "list") return block.items.map((item) => `- ${escapeMarkdown(printable(item))}`).join("\n");
  const text = escapeMarkdown(printable(block.text));
  switch (block.kind) {
    case "title":
      return `# ${text}`;
    case "heading":
      return `## ${text}`;
    case "meta":
      return `*${text}*`;
    case "paragraph":
      return options.emphasiseQuotes ? emphasiseQuoted(text, block.quoted.map((q) => escapeMarkdown(printable(q)))) : text;
    case "quote": {
      const speaker = block.speaker === null ? "" : ` — **${escapeMarkdown(printable(block.speaker))}**`;
      return `> “${text}”${speaker}`;
    }
  }
}

/** Emphasise each quoted span where it occurs, in order, leaving the rest of the paragraph as it is. */
function emphasiseQuoted(paragraph: string, quoted: readonly string[]): string {
  let result = "";
  let from = 0;
  for (const quote of quoted) {
    const at = quote ? paragraph.indexOf(quote, from) : -1;
    if (at < 0) continue;
    result += paragraph.slice(from, at) + `*${quote}*`;
    from = at + quote.length;
  }
  return result + paragraph.slice(from);
}

/**
 * Escape what Markdown would otherwise read as markup: inline markers anywhere, and block markers
 * (headings, quotes, list items, rules) at the start of a paragraph.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, "\\$&")
    .replace(/^(\s*)([#+=-])(?=\s|$)/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2");
}
