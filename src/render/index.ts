import type { Article } from "../article.js";
import { summarise } from "../summary.js";
import { renderAnsiBlocks } from "./ansi.js";
import { articleBlocks, summaryBlocks, type Block } from "./blocks.js";
import { renderJson } from "./json.js";
import { renderMarkdownBlocks } from "./markdown.js";
import { printable } from "./sanitize.js";
import { asIs, type Escape, renderTextBlocks, shownTexts, textChunks } from "./text.js";
import type { ThemeName } from "./theme.js";
import { isPlainText, type Metrics, plainMetrics, plainTextMetrics } from "./wrap.js";

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
  const blocks = blocksToRender(article, options);
  switch (options.format) {
    case "ansi":
      return renderAnsiBlocks(blocks, { width: options.width, color: options.color, theme: options.theme, hyperlinks: options.hyperlinks });
    case "text":
      return renderTextBlocks(blocks, options.width, ...(await textLayout(blocks)));
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
  const blocks = blocksToRender(article, options);
  return textChunks(blocks, options.width, ...(await textLayout(blocks)));
}

/** How plain text is measured and escaped: decided over every text shown, plain text (the usual) in one pass. */
async function textLayout(blocks: readonly Block[]): Promise<[Metrics, Escape]> {
  const texts: string[] = [];
  for (const block of blocks) for (const text of shownTexts(block)) texts.push(text);
  return texts.every(isPlainText) ? [plainTextMetrics, asIs] : [await plainMetrics(texts), printable];
}

function blocksToRender(article: Article, options: RenderOptions): Block[] {
  return options.summary
    ? summaryBlocks(summarise(article))
    : articleBlocks(article, { readerExtras: options.format !== "markdown", derivedTitle: options.format !== "markdown", quoteSpans: options.format === "ansi" });
}
