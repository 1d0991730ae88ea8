/**
 * Subheadings and sections. A subheading is a short line that heads the paragraphs after it and is
 * not itself a sentence of the body: no closing sentence punctuation, not a quotation, not page
 * furniture, and followed by prose (a label followed by more labels — "Links", then a list — heads
 * nothing). Markdown `##` headings are taken at their word.
 */
import type { Section } from "../article.js";
import type { Block } from "./blocks.js";
import { isListItem } from "./furniture.js";
import { endsLikeProse, isHeadingShaped, MAX_HEADING_CHARS, isProseLike, isWhollyQuoted, wordCount } from "./shape.js";
import { splitSentences } from "../text/sentences.js";

const MAX_QUESTION_HEADING_CHARS = 80;
const MAX_ANCHORED_HEADING_CHARS = 100;
const MIN_WORDS_COMMA_CAPTION = 9;
/** Semicolons, braces and box-drawing characters belong to code and text tables, not headings. */
const CODE_OR_TABLE = /[;{}]|[\u2500-\u257F]/u;

/** Web pages leave a section's edit link or permalink anchor after its heading: "History[edit]", "Usage¶". */
const HEADING_ANCHOR = /(?:\[edit\]|¶)$/u;
/** "1. Why it matters": a numbered heading, unlike a list item, is not among other items. */
const NUMBERED = /^\d{1,2}[.)]\s+\S/u;

export function isSubheading(block: Block, next: Block | undefined, previous?: Block): boolean {
  if (block.markdownLevel > 0) return true;
  const text = block.text;
  // Every test below needs a heading-length line; paragraphs are turned away before any regex runs.
  if (text.length > MAX_HEADING_CHARS) return false;
  if (HEADING_ANCHOR.test(text) && text.length <= MAX_ANCHORED_HEADING_CHARS) return true;
  if (!next) return false;
  if (NUMBERED.test(text) && !isListItem(next.text) && !(previous && isListItem(previous.text))) {
    const rest = text.replace(NUMBERED, (m) => m.slice(-1));
    return isSubheading({ ...block, text: rest }, next);
  }
  // A trailing citation marker ("...destinations.[206]") hides the sentence's own full stop.
  const bare = text.replace(/(?:\[\d{1,4}\])+$/u, "");
  // The cheap tests first: a line of prose is turned away before the furniture patterns run.
  if (endsLikeProse(bare) || isWhollyQuoted(text) || !isHeadingShaped(text)) return false;
  if (runsOnInto(next.text) || text.includes("://")) return false;
  // A question among questions is an item of a list of them ("Do I need it?", "Where will it go?").
  if (text.endsWith("?") && (isQuestionLine(next) || isQuestionLine(previous))) return false;
  // A title quoted inside the heading ("Ask the "Should I?" question") ends no sentence of it.
  if (splitSentences(withoutQuotedSpans(text), 2).length > 1) return false;
  if (CODE_OR_TABLE.test(text)) return false;
  // A long line with a comma is a caption ("X at his farm, the place where he grew up"); headings
  // with commas are short ("Maps in, maps out").
  if (text.includes(", ") && wordCount(text) >= MIN_WORDS_COMMA_CAPTION) return false;
  if (text.endsWith("?") && text.length > MAX_QUESTION_HEADING_CHARS) return false;
  return next.markdownLevel === 0 && isProseLike(next.text);
}

/** A short line that asks a question: an item when others like it stand beside it. */
function isQuestionLine(block: Block | undefined): boolean {
  return block !== undefined && block.text.length <= MAX_QUESTION_HEADING_CHARS && /\?["”’»]?$/u.test(block.text);
}

/**
 * A block that opens in lower case continues the sentence above it ("Your options are: either" /
 * "rewrite the code..."), so that line heads nothing. Brand names that start in lower case and go
 * on in capitals ("iPhone", "eBay") open sentences too.
 */
function runsOnInto(text: string): boolean {
  return /^[(\["“‘']?\p{Ll}/u.test(text) && !/^\p{Ll}\p{Lu}/u.test(text);
}

/** Quoted spans blanked out, so the sentence punctuation inside them does not split the line. */
function withoutQuotedSpans(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”/gu, "Q");
}

/** Group body blocks under their headings; the opening section has no heading. */
export function toSections(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    if (isSubheading(block, blocks[i + 1], blocks[i - 1])) {
      if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
      current = { heading: block.text, paragraphs: [] };
    } else {
      current.paragraphs.push(block.text);
    }
  }
  if (current.heading !== null || current.paragraphs.length > 0 || sections.length === 0) sections.push(current);
  return sections;
}
