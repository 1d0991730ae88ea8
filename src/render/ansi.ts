import { STATS_SEPARATOR, type Block } from "./blocks.js";
import type { Token } from "marked";
import { printable } from "./sanitize.js";
import { decorate, namesItsAddress, type Span } from "./spans.js";
import { themeStyles, type ThemeName } from "./theme.js";
import { BULLET, underline } from "./text.js";
import { ansiMetrics, wrapAtSeparators, wrapBalanced, wrapIndented } from "./wrap.js";

export interface AnsiOptions {
  width: number;
  /** Off still gives the reading layout, just without escape codes (e.g. NO_COLOR on a terminal). */
  color: boolean;
  theme: ThemeName;
  /** Links as OSC 8 hyperlinks (the terminal supports them) rather than "words (url)". */
  hyperlinks: boolean;
}

const QUOTE_BAR = "  ▎ ";

/**
 * The styled terminal rendering: headings and paragraphs are written as Markdown and styled by
 * marked with marked-terminal, then wrapped by us in display columns (marked-terminal's own reflow
 * lets indented blocks overrun the width). Loaded only on this path: marked-terminal is the
 * costliest import newsread has.
 */
export async function renderAnsiBlocks(blocks: readonly Block[], options: AnsiOptions): Promise<string> {
  const [style, metrics] = await Promise.all([terminalStyle(options), ansiMetrics()]);
  const rendered = blocks.map((block) => {
    switch (block.kind) {
      case "quote": {
        // The speaker follows the quote's last line, or takes a line of its own rather than breaking a name.
        const quote = metrics.wrap(style.quote(block), options.width - QUOTE_BAR.length).split("\n");
        const speaker = style.speaker(block);
        const last = quote[quote.length - 1] ?? "";
        if (speaker && metrics.width(last) + metrics.width(speaker) <= options.width - QUOTE_BAR.length) quote[quote.length - 1] = last + speaker;
        else if (speaker) quote.push(...metrics.wrap(speaker.trimStart(), options.width - QUOTE_BAR.length).split("\n"));
        return quote.map((line) => style.bar + line).join("\n");
      }
      case "list":
        return block.items.map((item) => wrapIndented(metrics, printable(item), options.width, BULLET, "    ", 4)).join("\n");
      case "meta":
        return wrapAtSeparators(metrics, block.text.split(STATS_SEPARATOR), STATS_SEPARATOR, options.width)
          .split("\n")
          .map((row) => style.block({ kind: "meta", text: row }))
          .join("\n");
      default: {
        const heading = block.kind === "title" || block.kind === "heading";
        const wrapped = heading ? wrapBalanced(metrics, style.block(block), options.width) : metrics.wrap(style.block(block), options.width);
        // Without colour (NO_COLOR, a dumb terminal) bold and colours are gone: the headline and
        // headings are set apart as the plain text sets them, underlined.
        if (options.color || !heading) return wrapped;
        return underline(metrics, wrapped, block.kind === "title" ? "=" : "-");
      }
    }
  });
  return rendered.join("\n\n") + "\n";
}

interface TerminalStyle {
  bar: string;
  block: (block: Exclude<Block, { kind: "quote" | "list" }>) => string;
  quote: (block: Extract<Block, { kind: "quote" }>) => string;
  /** " — Speaker", styled; empty when the quote has none. */
  speaker: (block: Extract<Block, { kind: "quote" }>) => string;
}

async function terminalStyle({ color, theme, hyperlinks }: AnsiOptions): Promise<TerminalStyle> {
  const [{ Marked }, { markedTerminal }, { Chalk }] = await Promise.all([
    import("marked"),
    import("marked-terminal"),
    import("chalk"),
  ]);
  const chalk = new Chalk({ level: color ? 3 : 0 });
  const styles = themeStyles(chalk, theme);
  const marked = new Marked(
    markedTerminal({
      firstHeading: styles.title,
      heading: styles.heading,
      paragraph: (text) => text,
      strong: styles.speaker,
      showSectionPrefix: false,
      reflowText: false,
      emoji: false,
    }),
    {
      renderer: {
        // Our Markdown marks quotes with `_` and the article's own emphasis with `*`.
        em(token) {
          const text = this.parser.parseInline(token.tokens);
          return token.raw.startsWith("_") ? styles.quote(text) : chalk.italic(text);
        },
        link(token) {
          const text = this.parser.parseInline(token.tokens);
          const url = printable(token.href);
          if (hyperlinks) return `\u001b]8;;${url}\u0007${styles.link(text)}\u001b]8;;\u0007`;
          return namesItsAddress(token.text, token.href) ? styles.link(text) : `${styles.link(text)} ${styles.meta(`(${url})`)}`;
        },
      },
    },
  );
  // marked-terminal renders tokens we make from the blocks: they already say what is a quote, a
  // link or emphasis, so marked's lexer would only find it again, and compiling its patterns is
  // most of what marked costs in a short run.
  const inline = (text: string, spans: readonly Span[]): string => marked.Parser.parseInline(inlineTokens(text, spans), marked.defaults);
  return {
    bar: styles.bar(QUOTE_BAR),
    block: (block) => {
      switch (block.kind) {
        case "meta":
          return styles.meta(printable(block.text));
        case "title":
          return styles.title(inline(block.text, []));
        case "heading":
          return styles.heading(inline(block.text, []));
        case "paragraph":
          return inline(block.text, block.spans).trimEnd();
      }
    },
    quote: (block) => styles.quote(`“${printable(block.text)}”`),
    speaker: (block) => (block.speaker === null ? "" : `${styles.meta(" — ")}${styles.speaker(printable(block.speaker))}`),
  };
}

/**
 * marked's inline tokens for a text and its spans, as its lexer would make them from our Markdown
 * (see markdown.ts): quotes are emphasis written with "_", the article's own emphasis with "*";
 * each line break within the text is a hard break.
 */
function inlineTokens(text: string, spans: readonly Span[]): Token[] {
  const levels: Token[][] = [[]];
  const current = (): Token[] => levels[levels.length - 1] ?? [];
  const pushText = (segment: string): string => {
    segment.split("\n").forEach((line, i) => {
      if (i > 0) current().push({ type: "br", raw: "\\\n" });
      if (line) current().push({ type: "text", raw: line, text: printable(line), escaped: true });
    });
    return "";
  };
  const open = (): string => {
    levels.push([]);
    return "";
  };
  const close = (span: Span): string => {
    const tokens = levels.pop() ?? [];
    const raw = span.kind === "quote" ? "_" : span.kind === "emphasis" ? "*" : span.kind === "strong" ? "**" : "[";
    current().push(span.kind === "link" ? { type: "link", raw, href: span.url ?? "", title: null, text: text.slice(span.start, span.end), tokens } : { type: span.kind === "strong" ? "strong" : "em", raw, text: "", tokens });
    return "";
  };
  // decorate() walks the text once, calling open and close around each span (nested ones inside)
  // and text for the stretches between: the same walk that writes our Markdown builds the tokens
  // here, the strings it would join being empty.
  decorate(text, spans, { text: pushText, open, close });
  return current();
}
