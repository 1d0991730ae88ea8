import type { Article } from "../article.js";
import type { Summary } from "../summary.js";

/**
 * What a reader sees, in order, independent of the output format. The article and its summary
 * both become blocks; each format (text, ANSI, Markdown) then renders blocks its own way.
 */
export type Block =
  | { kind: "title"; text: string }
  | { kind: "meta"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; quoted: string[] }
  | { kind: "list"; items: string[] }
  | { kind: "quote"; text: string; speaker: string | null };

export function statsLine(stats: Article["stats"], quotes: number): string {
  const { words, readingMinutes } = stats;
  return [
    `${words} ${words === 1 ? "word" : "words"}`,
    `${readingMinutes} min read`,
    `${quotes} ${quotes === 1 ? "quote" : "quotes"}`,
  ].join(" · ");
}

export interface ArticleBlockOptions {
  /** For reading: a metadata line under the headline and a "Who said what" list at the end. */
  readerExtras: boolean;
  /** Whether a headline newsread derived from the lead is shown as a title. */
  derivedTitle: boolean;
}

/** The whole article: headline, sections with their paragraphs, and (for reading) metadata and who said what. */
export function articleBlocks(article: Article, options: ArticleBlockOptions): Block[] {
  const blocks: Block[] = [];
  if (article.headlineSource === "title" || options.derivedTitle) blocks.push({ kind: "title", text: article.headline });
  if (options.readerExtras) blocks.push({ kind: "meta", text: statsLine(article.stats, article.quotes.length) });
  article.sections.forEach((section, sectionIndex) => {
    if (section.heading !== null) blocks.push({ kind: "heading", text: section.heading });
    section.paragraphs.forEach((text, paragraphIndex) => {
      const quoted = article.quotes
        .filter((q) => q.section === sectionIndex && q.paragraph === paragraphIndex)
        .map((q) => q.text);
      blocks.push({ kind: "paragraph", text, quoted });
    });
  });
  if (options.readerExtras && article.quotes.length > 0) {
    blocks.push({ kind: "heading", text: "Who said what" });
    for (const quote of article.quotes) blocks.push({ kind: "quote", text: quote.text, speaker: quote.speaker });
  }
  return blocks;
}

/** The summary: headline, metadata, the lead, the section headings, the key quotes. */
export function summaryBlocks(summary: Summary): Block[] {
  const blocks: Block[] = [
    { kind: "title", text: summary.headline },
    { kind: "meta", text: statsLine(summary.stats, summary.quotes.length) },
    { kind: "paragraph", text: summary.lead, quoted: [] },
  ];
  if (summary.headings.length > 0) blocks.push({ kind: "heading", text: "Sections" }, { kind: "list", items: summary.headings });
  if (summary.quotes.length > 0) {
    blocks.push({ kind: "heading", text: "Key quotes" });
    for (const quote of summary.quotes) blocks.push({ kind: "quote", ...quote });
  }
  return blocks;
}
