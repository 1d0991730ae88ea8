import type { Article, Quote } from "../article.js";
import type { InputContext } from "../input.js";
import { printable } from "../render/sanitize.js";
import type { DisplaySettings } from "../render/index.js";
import { themeStyles } from "../render/theme.js";
import { ansiMetrics, wrapBalanced, wrapIndented } from "../render/wrap.js";
import { loadArticles } from "./load.js";

export const QUOTE_FORMATS = ["ansi", "text", "tsv", "json"] as const;
export type QuoteFormat = (typeof QUOTE_FORMATS)[number];

export interface QuotesOptions extends DisplaySettings {
  format: QuoteFormat;
}

/** `newsread quotes`: who said what. Grouped by speaker for people, a line a quote for programs. */
export async function quotesCommand(refs: readonly string[], options: QuotesOptions, input: InputContext): Promise<string> {
  const articles = await loadArticles(refs, input);
  switch (options.format) {
    case "json":
      return articles.map((a) => JSON.stringify({ id: a.id, quotes: a.quotes }) + "\n").join("");
    case "tsv": {
      // Of several articles, each line says whose it is first, as grep names the file of each match.
      const source = (a: Article): string => (articles.length > 1 ? `${printable(a.id)}\t` : "");
      return articles.flatMap((a) => a.quotes.map((q) => `${source(a)}${printable(q.speaker ?? "")}\t${printable(q.text)}\n`)).join("");
    }
    case "text":
    case "ansi":
      return (await Promise.all(articles.map((a) => renderGrouped(a, options)))).join("\n");
  }
}

interface SpeakerGroup {
  speaker: string | null;
  quotes: Quote[];
}

/** Speakers in the order they are first quoted; unattributed quotes last. */
export function groupBySpeaker(quotes: readonly Quote[]): SpeakerGroup[] {
  const groups = new Map<string | null, Quote[]>();
  for (const quote of quotes) {
    const group = groups.get(quote.speaker) ?? [];
    group.push(quote);
    groups.set(quote.speaker, group);
  }
  return [...groups.entries()]
    .map(([speaker, grouped]) => ({ speaker, quotes: grouped }))
    .sort((a, b) => Number(a.speaker === null) - Number(b.speaker === null));
}

async function renderGrouped(article: Article, options: QuotesOptions): Promise<string> {
  const { Chalk } = await import("chalk");
  const metrics = await ansiMetrics();
  const style = themeStyles(new Chalk({ level: options.format === "ansi" && options.color ? 3 : 0 }), options.theme);
  const title = wrapBalanced(metrics, style.title(printable(article.headline)), options.width);
  if (article.quotes.length === 0) return `${title}\n\n${style.meta("No quotes.")}\n`;
  const bar = style.bar("  ▎ ");
  const groups = groupBySpeaker(article.quotes).map((group) => {
    const name = group.speaker === null ? style.meta("Not attributed") : style.speaker(printable(group.speaker));
    const count = style.meta(` (${group.quotes.length})`);
    const quotes = group.quotes.map((q) => wrapIndented(metrics, style.quote(`“${printable(q.text)}”`), options.width, bar, bar, 4));
    // Quotes of a line each stand close; one of several lines is set apart by a bare bar, so that
    // two long quotes by one speaker do not read as one.
    const lines = quotes.flatMap((quote, i) => (i > 0 && (quote.includes("\n") || quotes[i - 1]?.includes("\n")) ? [style.bar("  ▎"), quote] : [quote]));
    return [metrics.wrap(name + count, options.width), ...lines].join("\n");
  });
  return `${title}\n\n${groups.join("\n\n")}\n`;
}
