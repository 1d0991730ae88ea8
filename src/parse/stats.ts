/**
 * Word count and reading time over the body (headings and paragraphs; the headline is not read
 * twice). Words are what spaces separate, except in Chinese and Japanese, which put no spaces
 * between words: there each character counts as one, as word processors count them.
 */
import type { ArticleStats, Section } from "../article.js";
import { isLetterOrNumberAt } from "../text/chars.js";
import { betweenCjk, cjkCharacterCount, hasCjk } from "../text/cjk.js";
import type { Block } from "./blocks.js";
import { wordCount } from "./shape.js";

const WORDS_PER_MINUTE = 230;
/**
 * Characters per space-separated word above which a long text may be Chinese or Japanese and is
 * looked at closely; prose in spaced scripts stays far below it, so its count is taken as it is.
 * Texts up to SHORT_TEXT characters (headings, one-line paragraphs) are always looked at.
 */
const UNSPACED_WORD_LENGTH = 16;
const SHORT_TEXT = 64;

export function articleStats(sections: readonly Section[]): ArticleStats {
  let words = 0;
  for (const section of sections) {
    if (section.heading) words += readingWords(section.heading, wordCount(section.heading));
    for (const paragraph of section.paragraphs) words += readingWords(paragraph, wordCount(paragraph));
  }
  return statsOf(words);
}

/** The stats of a body read as blocks (each a heading or a paragraph), whose words were counted as they were read. */
export function blockStats(blocks: readonly Block[]): ArticleStats {
  let words = 0;
  for (const block of blocks) words += readingWords(block.text, block.words);
  return statsOf(words);
}

/** The words of a text whose spaces separate `spaced`: each Chinese or Japanese character one word, the rest as spaces separate them. */
export function readingWords(text: string, spaced: number): number {
  if ((text.length > SHORT_TEXT && text.length <= spaced * UNSPACED_WORD_LENGTH) || !hasCjk(text)) return spaced;
  let words = 0;
  for (const piece of text.split(/\s+/)) {
    if (piece === "") continue;
    const characters = cjkCharacterCount(piece);
    // Between the characters, what has a letter or digit (a Latin name, a number) is a word of its own; punctuation is not.
    words += characters === 0 ? 1 : characters + betweenCjk(piece).filter(hasLetterOrDigit).length;
  }
  return words;
}

function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isLetterOrNumberAt(text, i)) return true;
  return false;
}

function statsOf(words: number): ArticleStats {
  return { words, readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}
