/**
 * The parser: article text in, Article out. Pure — no I/O, no clock — so every renderer and test
 * sees the same result for the same text.
 *
 *   normalize -> blocks -> title? -> sections (subheadings) -> quotes -> speakers -> stats
 */
import type { Article } from "../article.js";
import { toBlocks } from "./blocks.js";
import { toSections } from "./headings.js";
import { cleanTitle, deriveHeadline, isTitleBlock } from "./headline.js";
import { paragraphsOf, quotesOf } from "./quoting.js";
import { blockStats } from "./stats.js";

export function parseArticle(text: string, id: string): Article {
  const blocks = toBlocks(text);
  const hasTitle = isTitleBlock(blocks);
  const body = hasTitle ? blocks.slice(1) : blocks;
  const sections = toSections(body);

  const paragraphs = paragraphsOf(sections);
  const quotes = quotesOf(sections, paragraphs);

  const headline = hasTitle && blocks[0] ? cleanTitle(blocks[0].text) : deriveHeadline(paragraphs.length > 0 ? paragraphs : body.map((b) => b.text));
  return {
    id,
    headline,
    headlineSource: hasTitle ? "title" : "derived",
    sections,
    quotes,
    // Every body block is a heading or a paragraph of a section, so its words are the sections' words.
    stats: blockStats(body),
  };
}
