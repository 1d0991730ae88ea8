/**
 * Subheadings and sections. A subheading is a short line that heads the paragraphs after it and is
 * not itself a sentence of the body: no closing sentence punctuation, not a quotation, not page
 * furniture, and followed by prose (a label followed by more labels — "Links", then a list — heads
 * nothing). Markdown `##` headings are taken at their word.
 */
import type { Section } from "../article.js";
import type { Block } from "./blocks.js";
import { endsLikeProse, isHeadingShaped, isProseLike, isWhollyQuoted } from "./shape.js";

const MAX_QUESTION_HEADING_CHARS = 80;

export function isSubheading(block: Block, next: Block | undefined): boolean {
  if (block.markdownLevel > 0) return true;
  if (!next) return false;
  const text = block.text;
  if (!isHeadingShaped(text) || endsLikeProse(text) || isWhollyQuoted(text)) return false;
  if (text.endsWith("?") && text.length > MAX_QUESTION_HEADING_CHARS) return false;
  return next.markdownLevel === 0 && isProseLike(next.text);
}

/** Group body blocks under their headings; the opening section has no heading. */
export function toSections(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    if (isSubheading(block, blocks[i + 1])) {
      if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
      current = { heading: block.text, paragraphs: [] };
    } else {
      current.paragraphs.push(block.text);
    }
  }
  if (current.heading !== null || current.paragraphs.length > 0 || sections.length === 0) sections.push(current);
  return sections;
}
