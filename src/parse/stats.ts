/** Word count and reading time over the body (headings and paragraphs; the headline is not read twice). */
import type { ArticleStats, Section } from "../article.js";
import { wordCount } from "./shape.js";

const WORDS_PER_MINUTE = 230;

export function articleStats(sections: readonly Section[]): ArticleStats {
  let words = 0;
  for (const section of sections) {
    if (section.heading) words += wordCount(section.heading);
    for (const paragraph of section.paragraphs) words += wordCount(paragraph);
  }
  return { words, readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}
