import type { Block } from "./blocks.js";
import { printable } from "./sanitize.js";
import { decorate, type Span } from "./spans.js";
import { wrap, wrapIndented } from "./wrap.js";
import stringWidth from "string-width";

export const BULLET = "  • ";

/** Plain text for pipes and files: no escape codes, setext-style underlines, quotes indented. */
export function renderTextBlocks(blocks: readonly Block[], width: number): string {
  return blocks.map((block) => renderBlock(block, width)).join("\n\n") + "\n";
}

function renderBlock(block: Block, width: number): string {
  if (block.kind === "list") return block.items.map((item) => wrapIndented(printable(item), width, BULLET, "    ", 4)).join("\n");
  const text = printable(block.text);
  switch (block.kind) {
    case "title":
      return underline(wrap(text, width), "=");
    case "heading":
      return underline(wrap(text, width), "-");
    case "meta":
      return wrap(text, width);
    case "paragraph":
      return wrap(withLinkTargets(block.text, block.spans), width);
    case "quote": {
      const quote = wrapIndented(`“${text}”`, width, "  ", "  ", 2);
      return block.speaker === null ? quote : `${quote}\n${wrapIndented(`— ${printable(block.speaker)}`, width, "    ", "      ", 6)}`;
    }
  }
}

/** Links as "words (url)": a pipe has no hyperlinks. */
function withLinkTargets(text: string, spans: readonly Span[]): string {
  const links = spans.filter((s) => s.kind === "link");
  return decorate(text, links, { text: printable, open: () => "", close: (s) => ` (${printable(s.url ?? "")})` });
}

function underline(wrapped: string, mark: string): string {
  const widest = Math.max(1, ...wrapped.split("\n").map((line) => stringWidth(line)));
  return `${wrapped}\n${mark.repeat(widest)}`;
}
