import type { Article } from "../../src/article.js";
import { parseArticle } from "../../src/parse/index.js";

export const parse = (text: string): Article => parseArticle(text, "t");
export const headings = (a: Article): (string | null)[] => a.sections.map((s) => s.heading);
export const paragraphs = (a: Article): string[] => a.sections.flatMap((s) => s.paragraphs);
export const quotes = (a: Article): [string, string | null][] => a.quotes.map((q) => [q.text, q.speaker]);

/** A prose paragraph long enough to read as body text, never as a heading. */
export const prose = (n: number): string =>
  `Paragraph ${n} of the story has enough words in it to be prose. It ends with a full stop like every sentence.`;
