/**
 * The Article model: what the parser produces and every renderer consumes.
 * Its JSON form (see README "The Article model") is a public interface: change it deliberately.
 */

export interface Section {
  /** The subheading over these paragraphs; null for the untitled opening section. */
  heading: string | null;
  paragraphs: string[];
}

export interface Quote {
  /** The words between the quotation marks, without the marks. */
  text: string;
  /** Who said it, in the fullest form of the name the article gives; null when the article does not say. */
  speaker: string | null;
  /** Index into Article.sections. */
  section: number;
  /** Index into that section's paragraphs. */
  paragraph: number;
}

/** Emphasis, strong emphasis or a link that a Markdown article marks on some words of a paragraph. */
export interface InlineMark {
  kind: "emphasis" | "strong" | "link";
  /** The marked words, as they stand in the paragraph (the n-th mark with this text is the n-th occurrence). */
  text: string;
  /** The link's target (links only). */
  url?: string;
  section: number;
  paragraph: number;
}

export interface ArticleStats {
  words: number;
  readingMinutes: number;
}

export type HeadlineSource = "title" | "derived";

export interface Article {
  /** Stored id, the path it was read from, or "-" for standard input. */
  id: string;
  headline: string;
  headlineSource: HeadlineSource;
  sections: Section[];
  quotes: Quote[];
  /** Present for articles read from Markdown: their emphasis and links, in reading order. */
  marks?: InlineMark[];
  stats: ArticleStats;
}
