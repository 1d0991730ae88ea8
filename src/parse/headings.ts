/**
 * Subheadings and sections. A subheading is a short line that heads the paragraphs after it and is
 * not itself a sentence of the body: no closing sentence punctuation, not a quotation, not page
 * furniture, and followed by prose (a label followed by more labels — "Links", then a list — heads
 * nothing). Markdown `##` headings are taken at their word. Pages scraped from the web are then
 * read as a whole (`findSubheadings`, page-layout.ts): their contents lists, lists and the way they
 * mark and capitalise their headings settle what a line's neighbours cannot.
 */
import type { Section } from "../article.js";
import type { Block } from "./blocks.js";
import { codePointLength, isLetterAt, isLowercaseAt, isUppercaseAt } from "../text/chars.js";
import { isFurniture, isListItem, startsWithDigit } from "./furniture.js";
import { endsLikeProse, isHeadingShaped, MAX_HEADING_CHARS, MAX_HEADING_WORDS, isProseLike, isWhollyQuoted, wordCount } from "./shape.js";
import { splitSentences } from "../text/sentences.js";
import {
  capitalisation,
  contentsRoles,
  contentsStyle,
  type ContentsRole,
  isLaidOutInShortLines,
  isShortLine,
  isUnpunctuatedText,
  MIN_ITEMS_ABOVE_LAST,
  unlistedParents,
} from "./page-layout.js";

const MAX_QUESTION_HEADING_CHARS = 80;
const MAX_ANCHORED_HEADING_CHARS = 100;
const MIN_WORDS_COMMA_CAPTION = 9;
/** Semicolons, braces and box-drawing characters belong to code and text tables, not headings. */
const CODE_OR_TABLE = /[;{}\u2500-\u257F]/;

/** Marked headings (Markdown, anchors) on a page that marks all its headings. */
const MIN_MARKED_HEADINGS = 2;
/** Web pages leave a section's edit link or permalink anchor after its heading: "History[edit]", "Usage¶". */
const endsInAnchor = (text: string): boolean => {
  // Read at the last character first: this is asked of every block.
  const last = text.charCodeAt(text.length - 1);
  return last === 0xb6 || (last === 93 && text.endsWith("[edit]"));
};
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
  return text.length <= MAX_ANCHORED_HEADING_CHARS && endsInAnchor(text);
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
  if (startsWithDigit(text) && NUMBERED.test(text) && !isListItem(next.text) && !(previous && isListItem(previous.text))) {
    const rest = text.replace(NUMBERED, (m) => m.slice(-1));
    return isLabel({ ...block, text: rest, words: wordCount(rest) }, next);
  }
  // A trailing citation marker ("...destinations.[206]") hides the sentence's own full stop.
  const bare = text.endsWith("]") ? text.replace(/(?:\[\d{1,4}\])+$/u, "") : text;
  // The cheap tests first: a line of prose is turned away before the furniture patterns run.
  if (endsLikeProse(bare) || isWhollyQuoted(text) || !isHeadingShaped(text, MAX_HEADING_CHARS, MAX_HEADING_WORDS, block.words)) return false;
  if (runsOnInto(next.text) || text.includes("://")) return false;
  // A question among questions is an item of a list of them ("Do I need it?", "Where will it go?").
  if (text.endsWith("?") && (isQuestionLine(next) || isQuestionLine(previous))) return false;
  // A title quoted inside the heading ("Ask the "Should I?" question") ends no sentence of it.
  if (SENTENCE_STOP.test(text) && splitSentences(withoutQuotedSpans(text), 2).length > 1) return false;
  if (CODE_OR_TABLE.test(text)) return false;
  // A long line with a comma is a caption ("X at his farm, the place where he grew up"); headings
  // with commas are short ("Maps in, maps out").
  if (text.includes(", ") && wordCount(text) >= MIN_WORDS_COMMA_CAPTION) return false;
  return !(text.endsWith("?") && text.length > MAX_QUESTION_HEADING_CHARS);
}

/** What a sentence can end at: a line without one is a single sentence. */
const SENTENCE_STOP = /[.!?…]/;

/** A short line that asks a question: an item when others like it stand beside it. */
function isQuestionLine(block: Block | undefined): boolean {
  return block !== undefined && block.text.length <= MAX_QUESTION_HEADING_CHARS && /\?["”’»]?$/u.test(block.text);
}

/**
 * A block that opens in lower case continues the sentence above it ("Your options are: either" /
 * "rewrite the code..."), so that line heads nothing. Brand names that start in lower case and go
 * on in capitals ("iPhone", "eBay") open sentences too, and so does a web address.
 */
function runsOnInto(text: string): boolean {
  const start = "([\"“‘'".includes(text.charAt(0)) && text.length > 0 ? 1 : 0;
  const lowerStart = isLowercaseAt(text, start);
  const brandName = isLowercaseAt(text, 0) && isUppercaseAt(text, codePointLength(text, 0));
  return lowerStart && !brandName && !/^https?:\/\//u.test(text);
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
 *  - a page that marks its headings (Markdown, anchors) marks them all;
 *  - a label right under prose heads the section of a subheading under it (on a page laid out in
 *    short lines), a section whose byline or picture stands under it, or a list of web addresses;
 *    an author's name over the biography opening with it is a caption, not a heading;
 *  - a numbered contents list allows between two of its sections only the parents it leaves out;
 *  - a page whose contents list is in Title Case writes its headings so, not its captions.
 */
export function findSubheadings(blocks: readonly Block[]): boolean[] {
  if (isUnpunctuatedText(blocks)) return blocks.map(isMarkedHeading);
  const short = blocks.map(isShortLine);
  const contents = contentsRoles(blocks, short);
  const heading = judgeEachLine(blocks, short, contents);
  if (marksItsHeadings(blocks)) return heading.map((isHeading, i) => isHeading && (isMarkedHeading(blocks[i] as Block) || contents[i] === "label"));
  addLabelsOverHeadings(blocks, short, contents, heading);
  keepToNumberedContents(blocks, contents, heading);
  keepToTitleCaseContents(blocks, contents, heading);
  return heading;
}

/**
 * Title Case is a house style: a page whose contents list is written in it writes its headings so,
 * and a line in sentence case there is a caption or a callout. (Not the other way round: a page in
 * sentence case has headings that are all names, "New Zealand Wars".)
 */
function keepToTitleCaseContents(blocks: readonly Block[], contents: readonly ContentsRole[], heading: boolean[]): void {
  if (contentsStyle(blocks, contents) !== "title") return;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (heading[i] && contents[i] === "none" && !isMarkedHeading(block) && capitalisation(block.text) === "sentence") heading[i] = false;
  }
}

const isMarkedHeading = (block: Block): boolean => block.markdownLevel > 0 || isAnchoredHeading(block.text);

/** Two marked headings show a page that marks its headings. */
function marksItsHeadings(blocks: readonly Block[]): boolean {
  let count = 0;
  for (const block of blocks) if (isMarkedHeading(block) && ++count >= MIN_MARKED_HEADINGS) return true;
  return false;
}

/** Each line by itself and its neighbours, and by its place in a contents list or a list. */
function judgeEachLine(blocks: readonly Block[], short: readonly boolean[], contents: readonly ContentsRole[]): boolean[] {
  const heading = new Array<boolean>(blocks.length).fill(false);
  // Short lines directly above the block (a contents list's entries are not counted: a heading
  // can follow the list).
  let shortAbove = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const next = blocks[i + 1];
    const previous = blocks[i - 1];
    const role = contents[i];
    if (isMarkedHeading(block)) heading[i] = true;
    else if (role === "section" || role === "label") heading[i] = next !== undefined && isLabel(block, next, previous);
    else if (role === "entry" || role === "repeated") heading[i] = false;
    else {
      const endsList = shortAbove >= MIN_ITEMS_ABOVE_LAST && previous !== undefined && writtenAlike(previous.text, block.text);
      heading[i] = !endsList && !isAuthorName(blocks, i) && isSubheading(block, next, previous);
    }
    shortAbove = role === "entry" ? 0 : short[i] ? shortAbove + 1 : 0;
  }
  return heading;
}

/**
 * A numbered contents list tells how many headings stand between two of its sections (those of the
 * parents it leaves out, see `unlistedParents`): the first that many lines taken for headings are
 * kept, the rest — captions, gallery titles — are not headings; nor is any after its last section.
 */
function keepToNumberedContents(blocks: readonly Block[], contents: readonly ContentsRole[], heading: boolean[]): void {
  const parents = unlistedParents(blocks, contents);
  if (!parents) return;
  let candidates: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (contents[i] === "section") {
      for (const candidate of candidates.slice(parents[i] ?? 0)) heading[candidate] = false;
      candidates = [];
    } else if (heading[i] && contents[i] === "none" && !isMarkedHeading(blocks[i] as Block)) {
      candidates.push(i);
    }
  }
  for (const candidate of candidates) heading[candidate] = false;
}

/**
 * A label right under prose over what stands between a heading and its prose: a subheading (on a
 * page laid out in short lines — in a story, a line over a subheading is more likely a caption or
 * a link), or a byline, date or picture credit.
 */
function addLabelsOverHeadings(blocks: readonly Block[], short: readonly boolean[], contents: readonly ContentsRole[], heading: boolean[]): void {
  const stackedHeadings = isLaidOutInShortLines(short, contents);
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i] as Block;
    const next = blocks[i + 1] as Block;
    // Paragraphs are turned away first: the furniture patterns below are not cheap.
    if (heading[i] || block.text.length > MAX_HEADING_CHARS || short[i - 1] || contents[i] !== "none") continue;
    const afterNext = blocks[i + 2];
    const overLinks = isWebAddress(next.text) && (afterNext === undefined || isWebAddress(afterNext.text));
    const overHeadingOrLinks = overLinks || (stackedHeadings && heading[i + 1]);
    // The furniture patterns run over the whole next block, often a long paragraph: they are
    // asked last, of a label with prose after the block below it.
    if (!overHeadingOrLinks && !(afterNext !== undefined && headsProse(afterNext))) continue;
    if (!isLabel(block, next, blocks[i - 1])) continue;
    heading[i] = overHeadingOrLinks || isFurniture(next.text) || isAuthorName(blocks, i + 1);
  }
}

const isWebAddress = (text: string): boolean => /^https?:\/\/\S+$/u.test(text);

/** An author box closes the page: its name stands within these last blocks. */
const AUTHOR_BOX_BLOCKS = 5;
/** "Jane Doe", "Mary Ann Smith": two to four capitalised words of letters. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * The name in an author box at the end of a page, over the biography that opens with it ("Jane
 * Doe" / "Jane Doe is a reporter based in Seoul."): it captions the biography, it heads no section.
 */
function isAuthorName(blocks: readonly Block[], i: number): boolean {
  const text = blocks[i]?.text ?? "";
  const next = blocks[i + 1];
  if (i < blocks.length - AUTHOR_BOX_BLOCKS || !next || !opensWith(next.text, text)) return false;
  return PERSON_NAME.test(text) && headsProse(next);
}

/** `text.startsWith(words + " ")`, without copying a paragraph to append the space. */
function opensWith(text: string, words: string): boolean {
  return text.charCodeAt(words.length) === 32 && text.startsWith(words);
}

/** Two lines of one list start alike: both with a capital, or both in lower case. */
function writtenAlike(above: string, line: string): boolean {
  return startsUpper(above) === startsUpper(line);
}
/** Its first letter is a capital (`/^\P{L}*\p{Lu}/u`). */
function startsUpper(text: string): boolean {
  for (let i = 0; i < text.length; i += codePointLength(text, i)) if (isLetterAt(text, i)) return isUppercaseAt(text, i);
  return false;
}

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
