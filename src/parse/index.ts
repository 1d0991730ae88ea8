import type { Article } from "../article.js";

/** Placeholder parser: one paragraph a non-empty line. Replaced by the real parser. */
export function parseArticle(text: string, id: string): Article {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  const words = lines.join(" ").split(/\s+/).filter(Boolean).length;
  return {
    id,
    headline: lines[0] ?? "",
    headlineSource: "derived",
    sections: [{ heading: null, paragraphs: lines }],
    quotes: [],
    stats: { words, readingMinutes: Math.max(1, Math.round(words / 230)) },
  };
}
