/**
 * Lines to blocks. A block is one paragraph, heading or title as the author laid it out.
 * Three layouts occur: one block a line, blocks separated by blank lines, and hard-wrapped text
 * (blocks separated by blank lines, each broken into lines at a fixed column). Wrapped lines are
 * joined back by asking the question the wrapping tool asked: would the next line's first word have
 * fitted on this line? If it would, the author broke the line, so it is a new block.
 */
import { isLetterAt, previousCodePoint } from "../text/chars.js";
import { hasCjk } from "../text/cjk.js";
import { squeezeLine, toLines, type SqueezedLine } from "./normalize.js";

export interface Block {
  text: string;
  /** Markdown ATX heading level (`#` = 1), 0 for ordinary text. */
  markdownLevel: number;
  /** A blank line (or the start/end of the text) sits before / after this block. */
  blankBefore: boolean;
  blankAfter: boolean;
  /** Words of the text as `wordCount` counts them, counted as its lines are read. */
  words: number;
}

const LIST_ITEM = /^(?:[-*•◦▪‣–]\s|\d{1,3}[.)]\s)/;
/** Wrapping tools break at these widths and rarely outside them. */
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 120;

export function toBlocks(text: string): Block[] {
  const lines = toLines(text);
  const width = detectWrapWidth(lines);
  const hasBlankLines = lines.some((line, i) => line === "" && i > 0 && i < lines.length - 1);
  const blocks: Block[] = [];
  // The block being read: its first line (-1 when between blocks; its lines run on from there) and
  // whether a blank line stands before it. Plain variables rather than an object a closure
  // replaces: this loop runs once a line.
  let start = -1;
  let blankBefore = false;
  let sawBlank = true;
  let previousLine = "";
  // Whether the run of lines between blank lines being read has a line wider than any wrap column.
  let groupUnwrapped = false;

  const flush = (end: number, blankAfter: boolean): void => {
    if (start < 0) return;
    blocks.push(newBlock(lines, start, end, 0, blankBefore, blankAfter));
    start = -1;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    // A rule ("* * *", "___") parts blocks as a blank line does; it is no paragraph of its own.
    if (line === "" || isRule(line)) {
      flush(i, true);
      sawBlank = true;
      previousLine = "";
      continue;
    }
    const heading = markdownHeading(line);
    if (heading) {
      flush(i, sawBlank);
      blocks.push(newBlock([heading.text], 0, 1, heading.level, sawBlank, false));
      sawBlank = false;
      previousLine = "";
      continue;
    }
    if (sawBlank && width === null && hasBlankLines) groupUnwrapped = hasUnwrappedLine(lines, i);
    if (!(start >= 0 && previousLine && continuesLine(previousLine, line, width, hasBlankLines, groupUnwrapped))) {
      flush(i, sawBlank);
      start = i;
      blankBefore = sawBlank;
    }
    sawBlank = false;
    previousLine = line;
  }
  flush(lines.length, true);
  // A markdown heading followed directly by text has no blank after it, but the next block does
  // start after it; fix up blankAfter from the following block's blankBefore for consistency.
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    if (block && next && block.markdownLevel > 0) block.blankAfter = next.blankBefore;
  }
  return blocks;
}

/**
 * A line of one rule character repeated, perhaps spaced: a scene break or a separator before a
 * correction or credits. A Markdown underline under a heading ("====") is one too: the line
 * above is then a short block of its own, as a heading is.
 */
function isRule(line: string): boolean {
  const mark = line.charAt(0);
  if (!RULE_MARKS.includes(mark) || line.length < 3) return false;
  let marks = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (char === mark) marks++;
    else if (char !== " ") return false;
  }
  return marks >= 3;
}
const RULE_MARKS = "-_*=~·•—–";

const isWhitespace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

/**
 * An ATX heading line: one to six "#", whitespace, the text, optionally closed by whitespace and
 * "#"s. Read by hand: the equivalent regular expression backtracks quadratically over long runs of spaces.
 */
export function markdownHeading(line: string): { level: number; text: string } | null {
  if (line.charCodeAt(0) !== 35) return null;
  let level = 0;
  while (line.charCodeAt(level) === 35) level++;
  if (level > 6 || !isWhitespace(line[level])) return null;
  let start = level;
  while (isWhitespace(line[start])) start++;
  const content = line.slice(start);
  if (/[\n\r\u2028\u2029]/u.test(content)) return null;
  let hashes = content.length;
  while (hashes > 0 && content.charCodeAt(hashes - 1) === 35) hashes--;
  if (hashes === content.length || !isWhitespace(content[hashes - 1])) return { level, text: content };
  let end = hashes;
  while (end > 0 && isWhitespace(content[end - 1])) end--;
  return { level, text: content.slice(0, end) };
}

/** Length in code points, as a reader counts columns; most text has no surrogate pairs to count. */
export function codePointLength(text: string): number {
  return SURROGATE.test(text) ? codePointsBetween(text, 0, text.length) : text.length;
}
const SURROGATE = /[\uD800-\uDFFF]/;

/** `codePointLength(text.slice(start, end))`, counted in place: for a word, cheaper than the copy and a pattern's call. */
export function codePointsBetween(text: string, start: number, end: number): number {
  let length = 0;
  for (let i = start; i < end; i++) {
    const pairsWithPrevious = (text.charCodeAt(i) & 0xfc00) === 0xdc00 && i > start && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
    if (!pairsWithPrevious) length++;
  }
  return length;
}

/** A block from its (trimmed, non-empty) lines `from` to `to`; most blocks are one line, which needs no joining. */
function newBlock(lines: readonly string[], from: number, to: number, markdownLevel: number, blankBefore: boolean, blankAfter: boolean): Block {
  if (to - from === 1) {
    const line = squeezeLine(lines[from] ?? "");
    return { text: line.text, markdownLevel, blankBefore, blankAfter, words: line.words };
  }
  const { text, words } = joinLines(lines.slice(from, to).map(squeezeLine));
  return { text, markdownLevel, blankBefore, blankAfter, words };
}

/**
 * Join wrapped lines; a line ending in a word-internal hyphen was split there by the wrapper. The
 * words are the lines' words, less one at each hyphen, where two halves of a word meet.
 */
function joinLines(lines: readonly SqueezedLine[]): SqueezedLine {
  const pieces: string[] = [lines[0]?.text ?? ""];
  let words = lines[0]?.words ?? 0;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]?.text ?? "";
    const line = lines[i] as SqueezedLine;
    const part = line.text;
    // Look only at the seam (the joined text can be megabytes long).
    const hyphenated = previous.endsWith("-") && previous.length >= 2 && isLetterAt(previous, previous.length - 2) && isLetterAt(part, 0);
    // Chinese and Japanese put no space between words or after their stops, so none where their line was broken.
    const unspaced = !hyphenated && (isCjkAt(previous, previous.length - 1) || isCjkStop(previous.charCodeAt(previous.length - 1))) && isCjkAt(part, 0);
    pieces.push(hyphenated || unspaced ? part : LIST_ITEM.test(part) ? "\n" + part : " " + part);
    words += hyphenated || unspaced ? line.words - 1 : line.words;
  }
  return { text: pieces.join(""), words };
}

/**
 * Whether the lines from `from` to the next blank line hold one longer than any wrap column that a
 * wrapper could have broken (it has a space within that column). No one wraps that wide, so such a
 * run of lines was not wrapped at all: it is paragraphs a line (a title, a blank line, then the
 * story one paragraph a line, as text copied from a page comes). A longer line without a space to
 * break at (Chinese or Japanese, a web address) says nothing: a wrapper had to leave it long.
 */
function hasUnwrappedLine(lines: readonly string[], from: number): boolean {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") return false;
    if (line.length > MAX_WRAP_WIDTH && codePointLength(line) > MAX_WRAP_WIDTH && line.lastIndexOf(" ", MAX_WRAP_WIDTH) > 0) return true;
  }
  return false;
}

function continuesLine(previous: string, line: string, width: number | null, hasBlankLines: boolean, groupUnwrapped: boolean): boolean {
  if (width !== null) {
    // Wrapped prose can put a dash or a number at the start of a line, so list markers prove
    // nothing here; only the fit test does.
    const prevLength = codePointLength(previous);
    if (prevLength > width) return true; // an unbreakable word (a URL) overflowed the column
    // Wrappers differ on breaking at hyphens, so the line was full if either the first hyphen
    // chunk or the whole first word would not have fitted.
    return prevLength + 1 + firstChunkLength(line) > width || prevLength + 1 + firstWordLength(line) > width;
  }
  // In blank-separated text a group of lines is one block, a list included (its items are kept on
  // their own lines inside the block, see joinParts).
  if (hasBlankLines && LIST_ITEM.test(line)) return true;
  if (LIST_ITEM.test(line)) return false;
  // Blank-separated text with no consistent wrap column: lines inside one group are one paragraph
  // (hand-wrapped prose, a title and its subtitle), unless the first is a short line standing on
  // its own — a label or heading without punctuation leading on.
  if (!hasBlankLines || groupUnwrapped) return false;
  // A first word longer than any wrap column (a run of Chinese or Japanese, which has no spaces to
  // break at) was pushed to this line by a wrapper, however short the line above it.
  if (firstWordLength(line) > MIN_WRAP_WIDTH) return true;
  // A line of Chinese or Japanese is twice as wide as its characters: 20 of them fill 40 columns.
  // Broken off mid-sentence (no 。！？ at its end) before more of the same script, it was wrapped.
  const cjkLine = isCjkAt(previous, previous.length - 1) && isCjkAt(line, 0);
  if (cjkLine && codePointLength(previous) >= MIN_WRAP_WIDTH / 2) return true;
  return codePointLength(previous) >= 40 || /[;,:—–\-，、；：]$/u.test(previous);
}

/**
 * A character of Chinese or Japanese text at `at` that can stand either side of a wrapper's break:
 * a letter of those scripts, or their comma-like marks (not a sentence's end: see isCjkStop).
 */
function isCjkAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0x3001 && (hasCjk(text.charAt(at)) || code === 0x3001 || code === 0xff0c || code === 0xff1b || code === 0xff1a);
}

/** `。！？」』）`: what ends a sentence of Chinese or Japanese. */
const isCjkStop = (code: number): boolean => code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x300d || code === 0x300f || code === 0xff09;

/** Where the first word ends: the first space, or the end of the line. */
function firstWordEnd(line: string): number {
  const space = line.indexOf(" ");
  return space < 0 ? line.length : space;
}

export function firstWordLength(line: string): number {
  return codePointsBetween(line, 0, firstWordEnd(line));
}

/**
 * Where the first letter-hyphen-letter ("well-known") before `end` starts, as
 * `text.slice(0, end).search(/\p{L}-\p{L}/u)` finds it; -1 for none. `end` is a word's end.
 */
function letterHyphenLetter(text: string, end: number): number {
  for (let hyphen = text.indexOf("-", 1); hyphen >= 0 && hyphen < end; hyphen = text.indexOf("-", hyphen + 1)) {
    const before = previousCodePoint(text, hyphen);
    if (isLetterAt(text, before) && hyphen + 1 < end && isLetterAt(text, hyphen + 1)) return before;
  }
  return -1;
}

/** Length of what a wrapper treats as the first unit: the first word, or up to its first hyphen. */
export function firstChunkLength(line: string): number {
  const end = firstWordEnd(line);
  const hyphen = letterHyphenLetter(line, end);
  return codePointsBetween(line, 0, hyphen >= 0 ? hyphen + 2 : end);
}

/** `/[.!?]["”’)]?$/`, read at the line's last two characters (the regex would scan the whole line for a stop). */
function endsSentence(line: string): boolean {
  const n = line.length;
  const last = line.charCodeAt(n - 1);
  if (isTerminator(last)) return true;
  return (last === 34 || last === 0x201d || last === 0x2019 || last === 41) && isTerminator(line.charCodeAt(n - 2));
}
const isTerminator = (code: number): boolean => code === 46 || code === 33 || code === 63;

/**
 * The column the text was hard-wrapped at, or null when it was not. Lines that are followed by
 * another line of the same block bunch up just below the wrap column; unwrapped paragraphs spread
 * over every length and mostly exceed it.
 */
export function detectWrapWidth(lines: string[]): number | null {
  const lengths: number[] = [];
  let sentenceEnds = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line !== "" && (lines[i + 1] ?? "") !== "") {
      lengths.push(codePointLength(line));
      if (endsSentence(line)) sentenceEnds++;
    }
  }
  // Wrapped lines break mid-sentence; lines that each end a sentence are paragraphs of similar length.
  if (sentenceEnds > 0.5 * lengths.length) return null;
  if (lengths.length < 3) return null;
  const counts = new Array<number>(MAX_WRAP_WIDTH + 1).fill(0);
  let over = 0;
  for (const n of lengths) {
    if (n > MAX_WRAP_WIDTH) over++;
    else counts[n] = (counts[n] ?? 0) + 1;
  }
  let best = 0;
  let bestWidth = 0;
  for (let w = MIN_WRAP_WIDTH; w <= MAX_WRAP_WIDTH; w++) {
    let inWindow = 0;
    for (let k = w - 12; k <= w; k++) inWindow += counts[k] ?? 0;
    // ">=" keeps the widest window with the best count, so the window's top is the real column.
    if (inWindow >= best && (counts[w] ?? 0) > 0) {
      best = inWindow;
      bestWidth = w;
    }
  }
  if (best < 3 || best < 0.5 * lengths.length) return null;
  let longer = over;
  for (let k = bestWidth + 1; k <= MAX_WRAP_WIDTH; k++) longer += counts[k] ?? 0;
  return longer <= 0.1 * lengths.length ? bestWidth : null;
}
