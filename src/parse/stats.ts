/** Word count and reading time over the body (headings and paragraphs; the headline is not read twice). */
import type { ArticleStats, Section } from "../article.js";
import type { Block } from "./blocks.js";
import { wordCount } from "./shape.js";

const WORDS_PER_MINUTE = 230;

export function articleStats(sections: readonly Section[]): ArticleStats {
  let words = 0;
  for (const section of sections) {
    if (section.heading) words += wordCount(section.heading);
    for (const paragraph of section.paragraphs) words += wordCount(paragraph);
  }
  return statsOf(words);
}

/** The stats of a body read as blocks (each a heading or a paragraph), whose words were counted as they were read. */
export function blockStats(blocks: readonly Block[]): ArticleStats {
  let words = 0;
  for (const block of blocks) words += block.words;
  return statsOf(words);
}

function statsOf(words: number): ArticleStats {
  return { words, readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}
