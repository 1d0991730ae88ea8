import type { Block } from "./blocks.js";
import { markdownBlock } from "./markdown.js";
import { printable } from "./sanitize.js";
import { BULLET } from "./text.js";
import { wrap, wrapIndented } from "./wrap.js";

export interface AnsiOptions {
  width: number;
  /** Off still gives the reading layout, just without escape codes (e.g. NO_COLOR on a terminal). */
  color: boolean;
}

const QUOTE_BAR = "  ▎ ";

/**
 * The styled terminal rendering: headings and paragraphs are written as Markdown and styled by
 * marked with marked-terminal, then wrapped by us in display columns (marked-terminal's own reflow
 * lets indented blocks overrun the width). Loaded only on this path: marked-terminal is the
 * costliest import newsread has.
 */
export async function renderAnsiBlocks(blocks: readonly Block[], options: AnsiOptions): Promise<string> {
  const style = await terminalStyle(options.color);
  const rendered = blocks.map((block) => {
    switch (block.kind) {
      case "quote":
        return wrapIndented(style.quote(block), options.width, QUOTE_BAR, QUOTE_BAR, QUOTE_BAR.length);
      case "list":
        return block.items.map((item) => wrapIndented(printable(item), options.width, BULLET, "    ", 4)).join("\n");
      default:
        return wrap(style.block(block), options.width);
    }
  });
  return rendered.join("\n\n") + "\n";
}

interface TerminalStyle {
  block: (block: Block) => string;
  quote: (block: Extract<Block, { kind: "quote" }>) => string;
}

async function terminalStyle(color: boolean): Promise<TerminalStyle> {
  const [{ Marked }, { markedTerminal }, { Chalk }] = await Promise.all([
    import("marked"),
    import("marked-terminal"),
    import("chalk"),
  ]);
  const chalk = new Chalk({ level: color ? 3 : 0 });
  const marked = new Marked(
    markedTerminal({
      firstHeading: chalk.bold.cyan,
      heading: chalk.bold.yellow,
      paragraph: (text) => text,
      em: chalk.italic.green,
      strong: chalk.bold,
      showSectionPrefix: false,
      reflowText: false,
      emoji: false,
    }),
  );
  return {
    block: (block) =>
      block.kind === "meta"
        ? chalk.dim(printable(block.text))
        : marked.parse(markdownBlock(block, { emphasiseQuotes: true }), { async: false }).trimEnd(),
    quote: (block) => {
      const quote = chalk.italic.green(`“${printable(block.text)}”`);
      return block.speaker === null ? quote : `${quote}${chalk.dim(" — ")}${chalk.bold(printable(block.speaker))}`;
    },
  };
}
