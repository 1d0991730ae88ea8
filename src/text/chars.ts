/**
 * The Unicode classes of single characters (letter, capital, digit...), which the parser asks of
 * nearly every line. A Unicode property pattern (`/\p{Lu}/u`) costs about a millisecond to compile
 * and every process compiles the patterns it uses anew (a start-up snapshot keeps no compiled
 * pattern), so the answers are kept in a table of the Basic Multilingual Plane instead: filled
 * character by character as they are met, or all at once by `classifyAllCharacters` (the snapshot's
 * build does that, so a run from it compiles none of these patterns). Characters beyond the BMP,
 * rare in articles, are asked of the patterns each time.
 */

const LETTER = 1 << 0;
const UPPER = 1 << 1;
const LOWER = 1 << 2;
const OTHER_LETTER = 1 << 3;
const MARK = 1 << 4;
const NUMBER = 1 << 5;
const PUNCTUATION = 1 << 6;
const SYMBOL = 1 << 7;
const SPACE = 1 << 8;
/** Set on every classified entry, so 0 means "not classified yet". */
const KNOWN = 1 << 9;

const CLASSES: readonly [bit: number, source: string][] = [
  [LETTER, "\\p{L}"],
  [UPPER, "\\p{Lu}"],
  [LOWER, "\\p{Ll}"],
  [OTHER_LETTER, "\\p{Lo}"],
  [MARK, "\\p{M}"],
  [NUMBER, "\\p{N}"],
  [PUNCTUATION, "\\p{P}"],
  [SYMBOL, "\\p{S}"],
  [SPACE, "\\s"],
];

let patterns: [bit: number, pattern: RegExp][] | undefined;

function classify(ch: string): number {
  patterns ??= CLASSES.map(([bit, source]) => [bit, new RegExp(`^${source}$`, "u")]);
  let bits = KNOWN;
  for (const [bit, pattern] of patterns) if (pattern.test(ch)) bits |= bit;
  return bits;
}

const table = new Uint16Array(0x10000);

function bitsOf(code: number): number {
  if (code > 0xffff) return classify(String.fromCodePoint(code));
  let bits = table[code] ?? 0;
  if (bits === 0) {
    bits = classify(String.fromCharCode(code));
    table[code] = bits;
  }
  return bits;
}

/** Classify the whole BMP now (about 65,000 characters), so that no pattern is needed later. */
export function classifyAllCharacters(): void {
  for (let code = 0; code <= 0xffff; code++) bitsOf(code);
}

/**
 * The classes of the character at `index` of `text`: the whole code point when a surrogate pair
 * starts there, as a `u` pattern sees it; a lone surrogate is in no class. Undefined past the end.
 */
function at(text: string, index: number): number {
  const code = text.codePointAt(index);
  return code === undefined ? 0 : bitsOf(code);
}

/** The class bits of the character at `index`, for callers that ask several questions of one character. */
export const classesAt = at;
/** Classes for `classesAt`: a word character (\p{L}, \p{M}, \p{N}), a capital, white space. */
export const WORD_CHARACTER = LETTER | MARK | NUMBER;
export const CAPITAL = UPPER;
/** A letter of a script without case (Chinese, Japanese, Arabic, Hebrew...), where any word may be a name. */
export const CASELESS_LETTER = OTHER_LETTER;
export const WHITE_SPACE = SPACE;

export const isLetterAt = (text: string, index: number): boolean => (at(text, index) & LETTER) !== 0;
export const isUppercaseAt = (text: string, index: number): boolean => (at(text, index) & UPPER) !== 0;
export const isLowercaseAt = (text: string, index: number): boolean => (at(text, index) & LOWER) !== 0;
export const isLetterOrNumberAt = (text: string, index: number): boolean => (at(text, index) & (LETTER | NUMBER)) !== 0;
/** \p{Lu} or \p{Lo}: what a name starts with (a script without case has no capital to show it). */
export const isNameInitialAt = (text: string, index: number): boolean => (at(text, index) & (UPPER | OTHER_LETTER)) !== 0;
/** \p{Lu}, \p{N} or \p{Lo}: what a heading, a name or a number starts with. */
export const isCapitalOrNumberAt = (text: string, index: number): boolean => (at(text, index) & (UPPER | NUMBER | OTHER_LETTER)) !== 0;
export const isUppercaseOrNumberAt = (text: string, index: number): boolean => (at(text, index) & (UPPER | NUMBER)) !== 0;
export const isSpaceAt = (text: string, index: number): boolean => (at(text, index) & SPACE) !== 0;
/** \p{P}, \p{S} or white space. */
export const isPunctuationSymbolOrSpaceAt = (text: string, index: number): boolean => (at(text, index) & (PUNCTUATION | SYMBOL | SPACE)) !== 0;

/** The runs of letters in a text, in order (`text.split(/[^\p{L}]+/u)` without the empty ones). */
export function letterRuns(text: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i += codePointLength(text, i)) {
    const letter = i < text.length && isLetterAt(text, i);
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
  }
  return runs;
}

/** The length in UTF-16 units of the code point at `index` (2 for a surrogate pair). */
export function codePointLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

/**
 * Whether `String.prototype.trim` removes this UTF-16 code unit: ECMAScript's white space (tab,
 * vertical tab, form feed, space, NBSP, BOM and the space separators) and line terminators. Asked of
 * a line's two ends, to skip a `trim` that would copy nothing.
 */
export function isTrimmedByTrim(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Where the code point that ends just before `index` starts. */
export function previousCodePoint(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  const high = text.charCodeAt(index - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? index - 2 : index - 1;
}
