/**
 * Subheadings and sections. A subheading is a short line that heads the paragraphs after it and is
 * not itself a sentence of the body: no closing sentence punctuation, not a quotation, not page
 * furniture, and followed by prose (a label followed by more labels — "Links", then a list — heads
 * nothing). Markdown `##` headings are taken at their word.
 */
import type { Section } from "../article.js";
import type { Block } from "./blocks.js";
import { isFurniture, isListItem } from "./furniture.js";
import { endsLikeProse, isHeadingShaped, MAX_HEADING_CHARS, isProseLike, isWhollyQuoted, wordCount } from "./shape.js";
import { splitSentences } from "../text/sentences.js";
import { contentsRoles, isLaidOutInShortLines, isShortLine, isUnpunctuatedText, MIN_LIST_LINES } from "./page-layout.js";

const MAX_QUESTION_HEADING_CHARS = 80;
const MAX_ANCHORED_HEADING_CHARS = 100;
const MIN_WORDS_COMMA_CAPTION = 9;
/** Semicolons, braces and box-drawing characters belong to code and text tables, not headings. */
const CODE_OR_TABLE = /[;{}]|[\u2500-\u257F]/u;

/** Two marked headings show a page that marks its headings. */
const MIN_MARKED_HEADINGS = 2;
/** Web pages leave a section's edit link or permalink anchor after its heading: "History[edit]", "Usage¶". */
const HEADING_ANCHOR = /(?:\[edit\]|¶)$/u;
/** "1. Why it matters": a numbered heading, unlike a list item, is not among other items. */
const NUMBERED = /^\d{1,2}[.)]\s+\S/u;

export function isSubheading(block: Block, next: Block | undefined, previous?: Block): boolean {
  if (block.markdownLevel > 0) return true;
  if (isAnchoredHeading(block.text)) return true;
  if (!next) return false;
  return isLabel(block, next, previous) && headsProse(next);
}

/** A heading the page marked itself, with an edit link or permalink anchor. */
export function isAnchoredHeading(text: string): boolean {
  return text.length <= MAX_ANCHORED_HEADING_CHARS && HEADING_ANCHOR.test(text);
}

/** What a heading stands over: a paragraph of prose. */
export function headsProse(next: Block): boolean {
  return next.markdownLevel === 0 && isProseLike(next.text);
}

/**
 * A line shaped like a heading where it stands — short, unpunctuated, not furniture, not an item
 * among others like it — whatever follows it. `isSubheading` adds that prose follows.
 */
export function isLabel(block: Block, next: Block, previous?: Block): boolean {
  const text = block.text;
  // Every test below needs a heading-length line; paragraphs are turned away before any regex runs.
  if (text.length > MAX_HEADING_CHARS) return false;
  if (NUMBERED.test(text) && !isListItem(next.text) && !(previous && isListItem(previous.text))) {
    const rest = text.replace(NUMBERED, (m) => m.slice(-1));
    return isLabel({ ...block, text: rest }, next);
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
  return !(text.endsWith("?") && text.length > MAX_QUESTION_HEADING_CHARS);
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

/**
 * Which blocks are subheadings. Each line is first judged with its neighbours (`isSubheading`);
 * then the page as a whole settles what neighbours cannot (see page-layout.ts):
 *  - a page that ends no line with punctuation has no heading to tell by its lack of it;
 *  - a contents list's entries head nothing, and the lines that repeat them further down head the
 *    sections they name, whatever follows them; the label over the list is a heading;
 *  - the last line of a list, written like the items above it, is an item though prose follows;
 *  - on a page laid out in short lines, a label right under prose and over a subheading heads that
 *    subheading's section ("Environment", then "Geography" and its paragraphs).
 */
export function findSubheadings(blocks: readonly Block[]): boolean[] {
  const n = blocks.length;
  const heading = new Array<boolean>(n).fill(false);
  const marked = (block: Block): boolean => block.markdownLevel > 0 || isAnchoredHeading(block.text);
  if (isUnpunctuatedText(blocks)) {
    for (let i = 0; i < n; i++) heading[i] = marked(blocks[i] as Block);
    return heading;
  }
  const short = blocks.map(isShortLine);
  const contents = contentsRoles(blocks, short);
  // Short lines directly above the block (a contents list's entries are not counted: a heading
  // can follow the list).
  let shortAbove = 0;
  for (let i = 0; i < n; i++) {
    const block = blocks[i] as Block;
    const next = blocks[i + 1];
    const previous = blocks[i - 1];
    const role = contents[i];
    if (marked(block)) heading[i] = true;
    else if (role === "section" || role === "label") heading[i] = next !== undefined && isLabel(block, next, previous);
    else if (role === "entry" || role === "repeated") heading[i] = false;
    else heading[i] = !(shortAbove >= MIN_LIST_LINES && previous && writtenAlike(previous.text, block.text)) && isSubheading(block, next, previous);
    shortAbove = role === "entry" ? 0 : short[i] ? shortAbove + 1 : 0;
  }
  // A page that marks its headings (with "##" or an anchor) marks them all: an unmarked line on it
  // is a caption or a label, save the one over its contents list.
  let markedCount = 0;
  for (const block of blocks) if (marked(block) && ++markedCount >= MIN_MARKED_HEADINGS) break;
  if (markedCount >= MIN_MARKED_HEADINGS) {
    for (let i = 0; i < n; i++) heading[i] = heading[i] === true && (marked(blocks[i] as Block) || contents[i] === "label");
    return heading;
  }
  const stackedHeadings = isLaidOutInShortLines(short, contents);
  for (let i = 0; i + 1 < n; i++) {
    const block = blocks[i] as Block;
    const next = blocks[i + 1] as Block;
    if (heading[i] || short[i - 1] || contents[i] !== "none") continue;
    // A heading's byline, date or picture can stand between it and its prose.
    const overFurniture = isFurniture(next.text) && blocks[i + 2] !== undefined && headsProse(blocks[i + 2] as Block);
    if (overFurniture || (stackedHeadings && heading[i + 1])) heading[i] = isLabel(block, next, blocks[i - 1]);
  }
  return heading;
}

/** Two lines of one list start alike: both with a capital, or both in lower case. */
function writtenAlike(above: string, line: string): boolean {
  return startsUpper(above) === startsUpper(line);
}
const startsUpper = (text: string): boolean => /^\P{L}*\p{Lu}/u.test(text);

/** Group body blocks under their headings; the opening section has no heading. */
export function toSections(blocks: readonly Block[]): Section[] {
  const isHeading = findSubheadings(blocks);
  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    if (isHeading[i]) {
      if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
      current = { heading: block.text, paragraphs: [] };
    } else {
      current.paragraphs.push(block.text);
    }
  }
  if (current.heading !== null || current.paragraphs.length > 0 || sections.length === 0) sections.push(current);
  return sections;
}
