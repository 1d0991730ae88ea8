/**
 * The page as a whole, for what a line's neighbours cannot tell. A news article is paragraphs of
 * prose, with at most a few short lines among them. A page scraped from the web (a reference
 * article, a how-to, a product page) also lays out lists, one short line an item: a contents list
 * whose entries come back further down as the headings of their sections, link lists, legends.
 * Every pass here is one walk over the blocks (with a map from entry text to its first line), so a
 * page of a hundred thousand lines costs no more than its length.
 */
import type { Block } from "./blocks.js";
import { codePointLength, isLetterAt, isUppercaseAt } from "../text/chars.js";
import { startsWithDigit } from "./furniture.js";
import { endsLikeProse, isProseLike, isUnspacedScript } from "./shape.js";

/**
 * Short lines above a line that make it the last item of their list: fewer can be a heading over
 * its subheading, or a byline and a date over a heading.
 */
export const MIN_ITEMS_ABOVE_LAST = 3;
/** A contents list names at least this many of the sections below it... */
const MIN_CONTENTS_ENTRIES = 3;
/** ...and most of its lines name one (a few lines around it can be labels or furniture). */
const MIN_CONTENTS_SHARE = 0.5;

/** A line of a list or a label: not a paragraph of prose and not a Markdown heading. */
export function isShortLine(block: Block): boolean {
  return block.markdownLevel === 0 && !isProseLike(block.text, block.words);
}

/**
 * What a block is to the page's contents list, when it has one: a line of the list itself ("entry":
 * it names a section, it does not head one), the line over the list ("label": "Contents", "On this
 * page"), or a line that repeats an entry further down ("section": the heading of the section the
 * entry named). A short line that comes back with no contents list naming it is "repeated": a
 * button or link the page prints again and again ("Next", "Share", "Reply").
 */
export type ContentsRole = "none" | "entry" | "label" | "section" | "repeated";

/**
 * The page's contents lists: runs of short lines at least three of which, and most, come back
 * further down the page, where they head the sections they list. Entries are compared without
 * their numbering ("3.1 Climate") and without a heading's anchor ("Climate[edit]", "Climate¶").
 */
export function contentsRoles(blocks: readonly Block[], short: readonly boolean[]): ContentsRole[] {
  const n = blocks.length;
  const roles = new Array<ContentsRole>(n).fill("none");
  // Each entry's first line, and the lines that repeat it later on.
  const firstLine = new Map<string, number>();
  const repeatOf = new Int32Array(n).fill(-1);
  let repeats = 0;
  for (let i = 0; i < n; i++) {
    const block = blocks[i];
    if (!short[i] || !block) continue;
    const key = entryKey(block.text);
    if (!key) continue;
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, i);
    else {
      repeatOf[i] = first;
      repeats++;
    }
  }
  // Most pages repeat no short line: they have no contents list and nothing is "repeated".
  if (repeats === 0) return roles;
  // Runs of short lines: each line's run is told by the run's first line.
  const runStart = new Int32Array(n).fill(-1);
  const runEnd = new Int32Array(n).fill(-1); // by first line: the run's last line
  for (let i = 0; i < n; i++) {
    if (!short[i]) continue;
    runStart[i] = i > 0 && short[i - 1] ? (runStart[i - 1] ?? i) : i;
    runEnd[runStart[i] ?? i] = i;
  }
  const repeated = new Uint8Array(n);
  const repeatedInRun = new Int32Array(n); // by a run's first line: its lines that come back
  const lastRepeatedInRun = new Int32Array(n).fill(-1); // by a run's first line
  for (let i = 0; i < n; i++) {
    const first = repeatOf[i] ?? -1;
    if (first < 0 || repeated[first]) continue;
    repeated[first] = 1;
    const start = runStart[first] ?? first;
    repeatedInRun[start] = (repeatedInRun[start] ?? 0) + 1;
    lastRepeatedInRun[start] = first;
  }
  for (let start = 0; start < n; start++) {
    if (runStart[start] !== start) continue;
    const end = runEnd[start] ?? start;
    const count = repeatedInRun[start] ?? 0;
    if (count < MIN_CONTENTS_ENTRIES || count < MIN_CONTENTS_SHARE * (end - start + 1)) continue;
    // The list runs from its first line to its last entry that comes back; a label or heading
    // can follow it before the prose starts.
    const last = lastRepeatedInRun[start] ?? end;
    for (let i = start; i <= last; i++) roles[i] = "entry";
    if (!repeated[start] && (repeatOf[start] ?? -1) < 0) roles[start] = "label";
  }
  // The sections: lines repeating an entry, below it — not a second mention inside the list, unless
  // the list ends there (the first section's heading stands right under the list).
  for (let i = 0; i < n; i++) {
    const first = repeatOf[i] ?? -1;
    if (first < 0 || roles[first] !== "entry") continue;
    const insideList = roles[i] === "entry" && i < (runEnd[runStart[i] ?? i] ?? i);
    if (!insideList) roles[i] = "section";
  }
  for (let i = 0; i < n; i++) {
    if (roles[i] === "none" && (repeated[i] || (repeatOf[i] ?? -1) >= 0)) roles[i] = "repeated";
  }
  return roles;
}

/** Share of a contents list's entries that must be numbered for its numbers to be relied on. */
const NUMBERED_CONTENTS_SHARE = 0.8;

/**
 * On a page whose contents list numbers its entries ("2 History", "3.1 Trade", "3.2 Transport"),
 * how many headings the page holds before each listed section that the list does not show: the
 * parents its number opens ("3" before "3.1" when "2" came before — a list with subsections often
 * drops the line of the section holding them). Anything else between two listed sections that
 * looks like a heading is a caption or a label. Null when the list is not numbered.
 */
export function unlistedParents(blocks: readonly Block[], roles: readonly ContentsRole[]): Int32Array | null {
  const numberOf = new Map<string, number[]>();
  let entries = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (roles[i] !== "entry") continue;
    entries++;
    const text = blocks[i]?.text ?? "";
    const number = NUMBERING.exec(text)?.[0];
    if (number === undefined) continue;
    const key = entryKey(text);
    if (!numberOf.has(key)) numberOf.set(key, number.trim().replace(/\.$/u, "").split(".").map(Number));
  }
  if (entries < MIN_CONTENTS_ENTRIES || numberOf.size < NUMBERED_CONTENTS_SHARE * entries) return null;
  const parents = new Int32Array(blocks.length);
  let previous: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (roles[i] !== "section") continue;
    const number = numberOf.get(entryKey(blocks[i]?.text ?? ""));
    if (!number) continue;
    // The levels above this entry that the previous listed section was not already in.
    let shared = 0;
    while (shared < number.length - 1 && shared < previous.length && number[shared] === previous[shared]) shared++;
    parents[i] = number.length - 1 - shared;
    previous = number;
  }
  return parents;
}

/** A contents entry's or heading's number: "3 ", "3.1 ", "2. ". */
const NUMBERING = /^\d{1,3}(?:\.\d{1,3})*\.?\s+/u;

/** An entry as a contents list and a heading both write it: no numbering, no anchor, any case. */
function entryKey(text: string): string {
  // Most lines have neither a number nor an anchor: a look at their ends spares them the patterns.
  const unnumbered = startsWithDigit(text) ? text.replace(NUMBERING, "") : text;
  const last = unnumbered.charAt(unnumbered.length - 1);
  const bare = last === "]" || last === "¶" || last === "#" ? unnumbered.replace(/\s*(?:\[edit\]|¶|#)$/u, "") : unnumbered;
  return bare.trim().toLowerCase();
}

/**
 * How a heading capitalises its longer words (five letters or more, after the first word): all of
 * them ("Getting a Sense of the Data": title case), or not all ("Getting a sense of the data":
 * sentence case). Null when it has no such word to tell by.
 */
export function capitalisation(text: string): "title" | "sentence" | null {
  let style: "title" | "sentence" | null = null;
  const words = text.replace(NUMBERING, "").split(" ");
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? "";
    if (!startsWithLetters(word, LONG_WORD_LETTERS)) continue;
    if (!isUppercaseAt(word, 0)) return "sentence";
    style = "title";
  }
  return style;
}
const LONG_WORD_LETTERS = 5;

function startsWithLetters(word: string, count: number): boolean {
  let index = 0;
  for (let n = 0; n < count; n++) {
    if (!isLetterAt(word, index)) return false;
    index += codePointLength(word, index);
  }
  return true;
}

/** A contents list this much in one style writes the page's headings in it. */
const CONTENTS_STYLE_SHARE = 0.8;

/** How the page's contents list capitalises its entries, when it has one and holds to one style. */
export function contentsStyle(blocks: readonly Block[], roles: readonly ContentsRole[]): "title" | "sentence" | null {
  let title = 0;
  let sentence = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (roles[i] !== "entry") continue;
    const style = capitalisation(blocks[i]?.text ?? "");
    if (style === "title") title++;
    else if (style === "sentence") sentence++;
  }
  if (title + sentence < MIN_CONTENTS_ENTRIES) return null;
  if (title >= CONTENTS_STYLE_SHARE * (title + sentence)) return "title";
  return sentence >= CONTENTS_STYLE_SHARE * (title + sentence) ? "sentence" : null;
}

/** Share of short lines on a page laid out as lists and labels rather than paragraphs. */
const SHORT_LINE_PAGE_SHARE = 0.25;

/**
 * A page laid out in short lines: it has a contents list, or a quarter of its blocks are labels
 * and list items. A news story is paragraphs, with a short line here and there.
 */
export function isLaidOutInShortLines(short: readonly boolean[], contents: readonly ContentsRole[]): boolean {
  let count = 0;
  for (const isShort of short) if (isShort) count++;
  return count >= SHORT_LINE_PAGE_SHARE * short.length || contents.includes("entry");
}

/** Enough lines of text to judge how the page ends its sentences. */
const MIN_TEXT_LINES = 10;
/** Share of those lines that end without sentence punctuation on a page that does not punctuate. */
const UNPUNCTUATED_SHARE = 0.75;

/**
 * A page written without closing punctuation — photo blogs and social posts written a phrase a
 * line, common in Chinese and Japanese — gives a heading nothing to stand out by: its lines of
 * text (eight words or more, or 25 characters of an unspaced script) mostly end bare.
 */
export function isUnpunctuatedText(blocks: readonly Block[]): boolean {
  let lines = 0;
  let bare = 0;
  for (let i = 0; i < blocks.length; i++) {
    // A page with more punctuated lines than its share allows, were every block left a bare line
    // of text, is settled: most pages are prose, and this spares reading the rest.
    if (lines - bare > (1 - UNPUNCTUATED_SHARE) * (lines + blocks.length - i)) return false;
    const block = blocks[i] as Block;
    const text = block.text;
    if (block.markdownLevel > 0 || text.length < 25) continue;
    // Words are counted first; the script is looked at (in the line's opening) only when they are few.
    if (!hasLineWords(block) && !isUnspacedScript(text.slice(0, 100))) continue;
    lines++;
    // The ending is read from the last few characters (the patterns would scan a whole paragraph).
    const ending = text.slice(-8);
    if (!endsLikeProse(ending) && !"?？".includes(ending.charAt(ending.length - 1))) bare++;
  }
  return lines >= MIN_TEXT_LINES && bare >= UNPUNCTUATED_SHARE * lines;
}
const MIN_LINE_WORDS = 8;

/**
 * At least MIN_LINE_WORDS words separated by spaces. The block's own count, made as it was read,
 * tells unless the block holds a line end (a list kept in it), where that count splits words too.
 */
function hasLineWords(block: Block): boolean {
  return block.text.includes("\n") ? hasWords(block.text, MIN_LINE_WORDS) : block.words >= MIN_LINE_WORDS;
}

/** At least `count` words separated by spaces, stopping as soon as they are found. */
function hasWords(text: string, count: number): boolean {
  let words = 0;
  let from = 0;
  while (from < text.length) {
    const space = text.indexOf(" ", from);
    const end = space < 0 ? text.length : space;
    if (end > from && ++words >= count) return true;
    if (space < 0) return false;
    from = space + 1;
  }
  return false;
}
