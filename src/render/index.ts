import type { Article } from "../article.js";
import { summarise } from "../summary.js";
import { renderAnsiBlocks } from "./ansi.js";
import { articleBlocks, eachArticleBlock, summaryBlocks, type Block } from "./blocks.js";
import { renderJson } from "./json.js";
import { renderMarkdownBlocks } from "./markdown.js";
import { printable } from "./sanitize.js";
import { asIs, type Escape, renderTextBlocks, shownTexts, textChunks } from "./text.js";
import type { ThemeName } from "./theme.js";
import { isPlainLine, isPlainText, type Metrics, plainLineMetrics, plainMetrics, plainTextMetrics } from "./wrap.js";

export const FORMATS = ["ansi", "text", "markdown", "json"] as const;
export type Format = (typeof FORMATS)[number];

/** How the terminal (or pipe) wants text laid out, decided once by the CLI. */
export interface DisplaySettings {
  /** Display columns for ansi and text; Markdown and JSON are not wrapped. */
  width: number;
  /** Escape codes for styling (ansi only). */
  color: boolean;
  theme: ThemeName;
  /** OSC 8 hyperlinks for links (ansi only). */
  hyperlinks: boolean;
}

export interface RenderOptions extends DisplaySettings {
  format: Format;
  /** The plain summary instead of the whole article. */
  summary: boolean;
}

/** Article + options in, the string to print out. */
export async function renderArticle(article: Article, options: RenderOptions): Promise<string> {
  if (options.format === "json") return renderJson(options.summary ? summarise(article) : article);
  if (options.format === "text") {
    const blocks = textBlocks(article, options);
    return renderTextBlocks(blocks, options.width, ...(await textLayout(blocks)));
  }
  const blocks = blocksToRender(article, options);
  switch (options.format) {
    case "ansi":
      return renderAnsiBlocks(blocks, { width: options.width, color: options.color, theme: options.theme, hyperlinks: options.hyperlinks });
    case "markdown":
      return renderMarkdownBlocks(blocks, { emphasiseQuotes: false });
  }
}

/**
 * What `renderArticle` returns, in pieces to write one after another. Plain text comes a block at
 * a time, made as it is written, so the output of a long article is never held as one string.
 */
export async function renderArticleChunks(article: Article, options: RenderOptions): Promise<Iterable<string>> {
  if (options.format !== "text") return [await renderArticle(article, options)];
  const blocks = textBlocks(article, options);
  return textChunks(blocks, options.width, ...(await textLayout(blocks)));
}

/**
 * The blocks plain text shows, made anew each time they are read: reading them twice (to choose
 * the layout, then to render) costs less than keeping a block for every paragraph meanwhile.
 */
function textBlocks(article: Article, options: RenderOptions): Iterable<Block> {
  if (options.summary) return summaryBlocks(summarise(article), article.quotes.length);
  const blockOptions = { readerExtras: true, derivedTitle: true, quoteSpans: false, blockQuotes: false };
  return { [Symbol.iterator]: () => eachArticleBlock(article, blockOptions) };
}

/** How plain text is measured and escaped: decided over every text shown, plain text (the usual) in one pass. */
async function textLayout(blocks: Iterable<Block>): Promise<[Metrics, Escape]> {
  let everyOneLine = true;
  const isPlain = (text: string): boolean => {
    if (isPlainLine(text)) return true;
    everyOneLine = false;
    return isPlainText(text);
  };
  if (everyShownText(blocks, isPlain)) return [everyOneLine ? plainLineMetrics : plainTextMetrics, asIs];
  const texts: string[] = [];
  for (const block of blocks) texts.push(...shownTexts(block));
  return [await plainMetrics(texts), printable];
}

function everyShownText(blocks: Iterable<Block>, test: (text: string) => boolean): boolean {
  for (const block of blocks) {
    // A paragraph without links (nearly every one) shows its text alone: no list of texts to make.
    if (block.kind === "paragraph" && block.spans.length === 0) {
      if (!test(block.text)) return false;
    } else if (!shownTexts(block).every(test)) return false;
  }
  return true;
}

function blocksToRender(article: Article, options: RenderOptions): Block[] {
  return options.summary
    ? summaryBlocks(summarise(article), article.quotes.length)
    : articleBlocks(article, {
        readerExtras: options.format !== "markdown",
        derivedTitle: options.format !== "markdown",
        quoteSpans: options.format === "ansi",
        blockQuotes: options.format === "markdown",
      });
}
