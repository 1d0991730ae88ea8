/**
 * The parser: article text in, Article out. Pure — no I/O, no clock — so every renderer and test
 * sees the same result for the same text.
 *
 *   normalize -> blocks -> title? -> sections (subheadings) -> quotes -> speakers -> stats
 */
import type { Article, Quote } from "../article.js";
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

  // Quotes are found over the paragraphs in reading order; remember where each paragraph sits.
  const paragraphs: string[] = [];
  const places: { section: number; paragraph: number }[] = [];
  sections.forEach((section, s) =>
    section.paragraphs.forEach((paragraph, p) => {
      paragraphs.push(paragraph);
      places.push({ section: s, paragraph: p });
    }),
  );
  const spans = findQuotes(paragraphs).filter((span) => !isTitleOfWork(paragraphs[span.para] ?? "", span));
  const speakers = attributeQuotes(paragraphs, spans);
  const quotes: Quote[] = spans.map((span, k) => {
    const place = places[span.para] ?? { section: 0, paragraph: 0 };
    return { text: span.text, speaker: speakers[k] ?? null, section: place.section, paragraph: place.paragraph };
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
