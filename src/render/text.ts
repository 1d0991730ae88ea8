import type { Block } from "./blocks.js";
import { printable } from "./sanitize.js";
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
    case "paragraph":
      return wrap(text, width);
    case "quote": {
      const quote = wrapIndented(`“${text}”`, width, "  ", "  ", 2);
      return block.speaker === null ? quote : `${quote}\n${wrapIndented(`— ${printable(block.speaker)}`, width, "    ", "      ", 6)}`;
    }
  }
}

function underline(wrapped: string, mark: string): string {
  const widest = Math.max(1, ...wrapped.split("\n").map((line) => stringWidth(line)));
  return `${wrapped}\n${mark.repeat(widest)}`;
}
