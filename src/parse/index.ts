/**
 * The parser: article text in, Article out. Pure — no I/O, no clock — so every renderer and test
 * sees the same result for the same text.
 *
 *   normalize -> blocks -> title? -> sections (subheadings) -> quotes -> speakers -> stats
 */
import type { Article, Quote, Section } from "../article.js";
import { toBlocks } from "./blocks.js";
import { toSections } from "./headings.js";
import { cleanTitle, deriveHeadline, isTitleBlock } from "./headline.js";
import { findQuotes, isTitleOfWork } from "./quotes.js";
import { attributeQuotes } from "./speakers.js";
import { articleStats } from "./stats.js";

export function parseArticle(text: string, id: string): Article {
  const blocks = toBlocks(text);
  const hasTitle = isTitleBlock(blocks);
  const body = hasTitle ? blocks.slice(1) : blocks;
  const sections = toSections(body);

  // Quotes are found over the paragraphs in reading order, numbered through the whole article.
  const paragraphs = sections.flatMap((section) => section.paragraphs);
  const spans = findQuotes(paragraphs).filter((span) => !isTitleOfWork(paragraphs[span.para] ?? "", span));
  const speakers = attributeQuotes(paragraphs, spans);
  const place = placeFinder(sections);
  const quotes: Quote[] = spans.map((span, k) => {
    const { section, paragraph } = place(span.para);
    return { text: span.text, speaker: speakers[k] ?? null, section, paragraph };
  });

  const headline = hasTitle && blocks[0] ? cleanTitle(blocks[0].text) : deriveHeadline(paragraphs.length > 0 ? paragraphs : body.map((b) => b.text));
  return {
    id,
    headline,
    headlineSource: hasTitle ? "title" : "derived",
    sections,
    quotes,
    stats: articleStats(sections),
  };
}

/**
 * Where the article-wide paragraph number `para` sits: section and paragraph within it. Quotes
 * come in reading order, so the search goes on from where the last one stopped instead of
 * keeping a place for every paragraph (a million one-line paragraphs would be a million places).
 */
function placeFinder(sections: readonly Section[]): (para: number) => { section: number; paragraph: number } {
  let section = 0;
  let first = 0; // article-wide number of the section's first paragraph
  return (para) => {
    if (para < first) {
      section = 0;
      first = 0;
    }
    while (section < sections.length && para >= first + (sections[section]?.paragraphs.length ?? 0)) {
      first += sections[section]?.paragraphs.length ?? 0;
      section++;
    }
    return section < sections.length ? { section, paragraph: para - first } : { section: 0, paragraph: 0 };
  };
}
