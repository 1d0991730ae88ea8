import type { Article, ArticleStats } from "./article.js";
import { splitSentences } from "./text/sentences.js";

/** The gist of an article: what `newsread show --summary` prints. Its JSON form is public too. */
export interface Summary {
  id: string;
  headline: string;
  lead: string;
  headings: string[];
  quotes: { text: string; speaker: string | null }[];
  stats: ArticleStats;
}

const LEAD_SENTENCES = 3;
const LEAD_WORDS = 80;
const KEY_QUOTES = 6;

export function summarise(article: Article): Summary {
  return {
    id: article.id,
    headline: article.headline,
    lead: leadSentences(article),
    headings: article.sections.flatMap((s) => (s.heading === null ? [] : [s.heading])),
    quotes: keyQuotes(article).map(({ text, speaker }) => ({ text, speaker })),
    stats: article.stats,
  };
}

/** The first few sentences of the body: news puts the gist in the lead, so that is the summary. */
function leadSentences(article: Article): string {
  const chosen: string[] = [];
  let words = 0;
  for (const paragraph of article.sections.flatMap((s) => s.paragraphs)) {
    for (const sentence of splitSentences(paragraph)) {
      const count = sentence.split(/\s+/).length;
      if (chosen.length > 0 && (chosen.length >= LEAD_SENTENCES || words + count > LEAD_WORDS)) return joinSentences(chosen);
      chosen.push(sentence);
      words += count;
    }
  }
  return joinSentences(chosen);
}

/** Sentences run together as written: a space after each, but none after Chinese and Japanese stops, which take none. */
function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, sentence) => (text === "" ? sentence : /[。！？][」』）]*$/u.test(text) ? text + sentence : `${text} ${sentence}`), "");
}

/** Attributed quotes before anonymous ones, longer before shorter, shown in the article's order. */
function keyQuotes(article: Article): Article["quotes"] {
  const ranked = article.quotes
    .map((quote, order) => ({ quote, order, words: quote.text.split(/\s+/).length }))
    .sort((a, b) => Number(b.quote.speaker !== null) - Number(a.quote.speaker !== null) || b.words - a.words || a.order - b.order);
  return ranked
    .slice(0, KEY_QUOTES)
    .sort((a, b) => a.order - b.order)
    .map((r) => r.quote);
}
