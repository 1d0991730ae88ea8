import type { Article } from "../article.js";
import type { Summary } from "../summary.js";
import { blockQuoteRoles, type BlockQuoteRole } from "./block-quotes.js";
import { locateSpans, type Span, type WantedSpan } from "./spans.js";

/**
 * What a reader sees, in order, independent of the output format. The article and its summary
 * both become blocks; each format (text, ANSI, Markdown) then renders blocks its own way.
 */
export type Block =
  | { kind: "title"; text: string }
  | { kind: "meta"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; spans: Span[]; blockQuote?: BlockQuoteRole }
  | { kind: "list"; items: string[] }
  | { kind: "quote"; text: string; speaker: string | null };

/** What sets apart the items of the metadata line, where a narrow terminal may break it. */
export const STATS_SEPARATOR = " · ";

export function statsLine(stats: Article["stats"], quotes: number): string {
  const { words, readingMinutes } = stats;
  return [
    `${words} ${words === 1 ? "word" : "words"}`,
    `${readingMinutes} min read`,
    `${quotes} ${quotes === 1 ? "quote" : "quotes"}`,
  ].join(STATS_SEPARATOR);
}

export interface ArticleBlockOptions {
  /** For reading: a metadata line under the headline and a "Who said what" list at the end. */
  readerExtras: boolean;
  /** Whether a headline newsread derived from the lead is shown as a title. */
  derivedTitle: boolean;
  /** Whether paragraphs carry their quotes as spans (only the styled format sets quotes apart). */
  quoteSpans: boolean;
  /** Whether paragraphs that were block quotes say so (Markdown writes them as block quotes again). */
  blockQuotes: boolean;
}

/** The whole article: headline, sections with their paragraphs, and (for reading) metadata and who said what. */
export function articleBlocks(article: Article, options: ArticleBlockOptions): Block[] {
  return [...eachArticleBlock(article, options)];
}

/** `articleBlocks` one at a time, for a renderer that need not keep them all (a block per paragraph of a long article). */
export function* eachArticleBlock(article: Article, options: ArticleBlockOptions): Generator<Block, void, undefined> {
  if (article.headlineSource === "title" || options.derivedTitle) yield { kind: "title", text: article.headline };
  if (options.readerExtras) yield { kind: "meta", text: statsLine(article.stats, article.quotes.length) };
  const wanted = spansByParagraph(article, options.quoteSpans);
  const roles = options.blockQuotes ? blockQuoteRoles(article) : [];
  for (let sectionIndex = 0; sectionIndex < article.sections.length; sectionIndex++) {
    const section = article.sections[sectionIndex];
    if (!section) continue;
    if (section.heading !== null) yield { kind: "heading", text: section.heading };
    for (let paragraphIndex = 0; paragraphIndex < section.paragraphs.length; paragraphIndex++) {
      const text = section.paragraphs[paragraphIndex] ?? "";
      const here = wanted[sectionIndex]?.[paragraphIndex];
      // Quotes and marks are located separately: each list is in reading order, the two together are not.
      const spans = here ? [...locateSpans(text, here.marks), ...(options.quoteSpans ? locateSpans(text, here.quotes) : [])] : [];
      const blockQuote = roles[sectionIndex]?.[paragraphIndex];
      yield blockQuote === undefined ? { kind: "paragraph", text, spans } : { kind: "paragraph", text, spans, blockQuote };
    }
  }
  if (options.readerExtras && article.quotes.length > 0) {
    yield { kind: "heading", text: "Who said what" };
    for (const quote of article.quotes) yield { kind: "quote", text: quote.text, speaker: quote.speaker };
  }
}

/**
 * The summary: headline, metadata, the lead, the section headings, the key quotes. The metadata
 * counts the article's quotes (`articleQuotes`), as the whole article's does: the key quotes are a few of them.
 */
export function summaryBlocks(summary: Summary, articleQuotes: number): Block[] {
  const blocks: Block[] = [
    { kind: "title", text: summary.headline },
    { kind: "meta", text: statsLine(summary.stats, articleQuotes) },
    { kind: "paragraph", text: summary.lead, spans: [] },
  ];
  if (summary.headings.length > 0) blocks.push({ kind: "heading", text: "Sections" }, { kind: "list", items: summary.headings });
  if (summary.quotes.length > 0) {
    blocks.push({ kind: "heading", text: "Key quotes" });
    for (const quote of summary.quotes) blocks.push({ kind: "quote", ...quote });
  }
  return blocks;
}

interface WantedHere {
  marks: WantedSpan[];
  quotes: WantedSpan[];
}

/** Quotes and marks grouped by the paragraph they stand in ([section][paragraph]), each kind in reading order. */
function spansByParagraph(article: Article, withQuotes: boolean): (WantedHere | undefined)[][] {
  const bySection: (WantedHere | undefined)[][] = article.sections.map(() => []);
  const group = (section: number, paragraph: number): WantedHere => {
    const paragraphs = (bySection[section] ??= []);
    return (paragraphs[paragraph] ??= { marks: [], quotes: [] });
  };
  for (const mark of article.marks ?? []) {
    group(mark.section, mark.paragraph).marks.push({ kind: mark.kind, text: mark.text, ...(mark.url === undefined ? {} : { url: mark.url }) });
  }
  if (withQuotes) for (const quote of article.quotes) group(quote.section, quote.paragraph).quotes.push({ kind: "quote", text: quote.text });
  return bySection;
}
