import type { Article } from "../../src/article.js";

/** A small hand-made article, built directly as the model so renderer tests do not depend on the parser. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: "sample",
    headline: "Council approves new river bridge",
    headlineSource: "title",
    sections: [
      { heading: null, paragraphs: ["The city council voted 7-2 on Tuesday to build a bridge across the river, ending years of debate."] },
      {
        heading: "What comes next",
        paragraphs: [
          "Mayor Ana Ruiz called the vote “a long-awaited step” and said work would start in spring.",
          "“We will keep the old ferry running until the bridge opens,” she said.",
        ],
      },
    ],
    quotes: [
      { text: "a long-awaited step", speaker: "Ana Ruiz", section: 1, paragraph: 0 },
      { text: "We will keep the old ferry running until the bridge opens,", speaker: "Ana Ruiz", section: 1, paragraph: 1 },
    ],
    stats: { words: 52, readingMinutes: 1 },
    ...overrides,
  };
}
