/** Quotes and who said them, for an article's sections: shared by plain-text and Markdown parsing. */
import type { Quote, Section } from "../article.js";
import { findQuotes, isTitleOfWork } from "./quotes.js";
import { attributeQuotes } from "./speakers.js";

/** Every section's paragraphs, in reading order (a loop: `flatMap` costs several times as much over a long article). */
export function paragraphsOf(sections: readonly Section[]): string[] {
  const paragraphs: string[] = [];
  for (const section of sections) for (const paragraph of section.paragraphs) paragraphs.push(paragraph);
  return paragraphs;
}

export function quotesOf(sections: readonly Section[], paragraphs: readonly string[] = paragraphsOf(sections)): Quote[] {
  // Quotes are found over the paragraphs in reading order (`paragraphs`: every section's, in
  // order, when the caller has them already), numbered through the whole article.
  const spans = findQuotes(paragraphs).filter((span) => !isTitleOfWork(paragraphs[span.para] ?? "", span));
  const speakers = attributeQuotes(paragraphs, spans);
  const place = placeFinder(sections);
  return spans.map((span, k) => {
    const { section, paragraph } = place(span.para);
    return { text: span.text, speaker: speakers[k] ?? null, section, paragraph };
  });
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
