/**
 * Word tokens for attribution finding. A quoted span is replaced beforehand by a placeholder
 * (see `maskQuotes`) so that words inside quotes never look like attribution.
 *
 * Every word of an article passes through here, so the scan is written by hand over character
 * codes (a regular expression per token, and one per character class test, cost several times
 * more). A token is one of:
 *   - a placeholder for quote N: U+E000 digits U+E001;
 *   - a word: letters, marks and digits, with inner apostrophes, full stops and hyphens
 *     ("O'Brien", "U.S", "well-known") and an optional final full stop ("U.S.", "Mr.");
 *   - any other single non-space character (a code point), as punctuation.
 */
import { CAPITAL, CASELESS_LETTER, classesAt, codePointLength, previousCodePoint, WHITE_SPACE, WORD_CHARACTER } from "../text/chars.js";
import { isAbbreviationWord } from "./names.js";

export type TokenKind = "word" | "punct" | "quote";

export interface Token {
  text: string;
  lower: string;
  kind: TokenKind;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** For kind "quote": the index of the quote span it stands for. */
  quote: number;
}

export const PLACEHOLDER_OPEN = "\uE000";
const PLACEHOLDER_CLOSE = "\uE001";
const OPEN_CODE = 0xe000;
const CLOSE_CODE = 0xe001;

export function placeholder(index: number): string {
  return `${PLACEHOLDER_OPEN}${index}${PLACEHOLDER_CLOSE}`;
}

/** End of the run of word characters starting at `i`. */
function wordRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    // ASCII letters and digits, most of any English word, are told apart without the class table.
    if (code < 128) {
      if (!isAsciiWordCode(code)) return i;
      i++;
      continue;
    }
    if ((classesAt(text, i) & WORD_CHARACTER) === 0) return i;
    i += codePointLength(text, i);
  }
  return i;
}

/**
 * Class bits of an ASCII character answering as `classesAt`'s do the tokenizer's questions (a word
 * character? a capital? white space?): told by its code, without the class table's lookup of the
 * code point, at every token.
 */
export function asciiClasses(code: number): number {
  if (code >= 65 && code <= 90) return WORD_CHARACTER | CAPITAL;
  if (isAsciiWordCode(code)) return WORD_CHARACTER;
  return code === 32 || (code >= 9 && code <= 13) ? WHITE_SPACE : 0;
}

const classesOf = (text: string, i: number): number => {
  const code = text.charCodeAt(i);
  return code < 128 ? asciiClasses(code) : classesAt(text, i);
};

const isAsciiWordCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

const isJoiner = (code: number): boolean => code === 39 /* ' */ || code === 0x2019 /* ’ */ || code === 46 /* . */ || code === 45; /* - */

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) at = readToken(text, at, tokens);
  return tokens;
}

/**
 * A text's tokens, read from its start only as far as they are asked for: the subject of most
 * sentences is their first word or two, and the rest need not be read for it.
 */
export class TokenReader {
  /** The tokens read so far, in order. */
  readonly tokens: Token[] = [];
  private at = 0;

  constructor(private readonly text: string) {}

  /** Whether the text has a token at index `i`, reading on to it if need be. */
  has(i: number): boolean {
    while (this.tokens.length <= i && this.at < this.text.length) this.at = readToken(this.text, this.at, this.tokens);
    return i < this.tokens.length;
  }

  /** All of the text's tokens, reading the rest. */
  all(): Token[] {
    while (this.at < this.text.length) this.at = readToken(this.text, this.at, this.tokens);
    return this.tokens;
  }
}

/**
 * Where a token lies in its text, without building it: the name scan reads many tokens and keeps
 * few, so it asks for offsets (filled into a span the caller owns and reuses) rather than objects.
 */
export interface TokenSpan {
  kind: TokenKind;
  /** Offsets of the token's text; `start` is -1 when only spaces were left. */
  start: number;
  end: number;
  /** Starts with a capital letter (words only). */
  capitalised: boolean;
  /** A word's final full stop is a token of its own (it ends a sentence, not an abbreviation). */
  splitStop: boolean;
  /** For kind "quote": the index of the quote span it stands for. */
  quote: number;
}

export function newTokenSpan(): TokenSpan {
  return { kind: "punct", start: -1, end: -1, capitalised: false, splitStop: false, quote: -1 };
}

/**
 * Read the token at or after offset `i` (skipping spaces) into `out` — two tokens when a word's
 * full stop is split off — and return the offset after it. `i` must be a token boundary.
 */
export function readToken(text: string, i: number, out: Token[]): number {
  const span = scratch;
  const next = scanToken(text, i, span);
  if (span.start < 0) return next;
  if (span.kind === "quote") {
    const raw = text.slice(span.start, span.end);
    out.push({ text: raw, lower: raw, kind: "quote", capitalised: false, quote: span.quote });
  } else {
    out.push(internedToken(text, span.start, span.end, span.kind, span.capitalised));
    if (span.splitStop) out.push(FULL_STOP);
  }
  return next;
}
const scratch = newTokenSpan();
const FULL_STOP: Token = { text: ".", lower: ".", kind: "punct", capitalised: false, quote: -1 };

/**
 * Word and punctuation tokens depend on their text alone and are never changed, so one object
 * serves every occurrence of a text: an article's vocabulary is small beside its length, and a
 * token that recurs costs a hash of its characters instead of new strings and a new object. A
 * slot holds the last text that hashed to it (a cache, not a table: its size is fixed).
 */
const INTERNED_SLOTS = 1 << 14;
const interned: (Token | undefined)[] = new Array<Token | undefined>(INTERNED_SLOTS).fill(undefined);

function internedToken(text: string, start: number, end: number, kind: "word" | "punct", capitalised: boolean): Token {
  // Hashed by length and the characters at both ends, not every character: words that share
  // these only take turns in a slot, and the comparison below keeps the answer exact.
  const last = end - 1;
  let hash = Math.imul(end - start, 0x9e3779b1) ^ text.charCodeAt(start);
  hash = Math.imul(hash, 31) + text.charCodeAt(last);
  if (end - start > 2) hash = Math.imul(hash, 31) + text.charCodeAt(start + 1);
  if (end - start > 3) hash = Math.imul(hash, 31) + text.charCodeAt(last - 1);
  hash |= 0;
  const slot = (hash ^ (hash >>> 14)) & (INTERNED_SLOTS - 1);
  const known = interned[slot];
  if (known !== undefined && sameText(known.text, text, start, end)) return known;
  const raw = text.slice(start, end);
  const token: Token = kind === "word" ? word(raw, capitalised) : { text: raw, lower: raw, kind: "punct", capitalised: false, quote: -1 };
  interned[slot] = token;
  return token;
}

/**
 * Whether `word` is `text` from `start` to `end`. Compared by code rather than with `startsWith`,
 * which is a call into the runtime (slow for two-byte text, as any with curly quotes is) for a
 * word of a few characters.
 */
export function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** `readToken` as offsets: fill `span` with the token at or after `i` and return the offset after it. */
export function scanToken(text: string, i: number, span: TokenSpan): number {
  const n = text.length;
  span.start = -1;
  span.capitalised = false;
  span.splitStop = false;
  span.quote = -1;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === OPEN_CODE) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if (j > i + 1 && text.charCodeAt(j) === CLOSE_CODE) {
        span.kind = "quote";
        span.start = i;
        span.end = j + 1;
        span.quote = Number(text.slice(i + 1, j));
        return j + 1;
      }
    }
    if (code === 32) {
      i++;
      continue;
    }
    const bits = code < 128 ? asciiClasses(code) : classesAt(text, i);
    if ((bits & WHITE_SPACE) !== 0) {
      i += codePointLength(text, i);
      continue;
    }
    if ((bits & WORD_CHARACTER) === 0) {
      span.kind = "punct";
      span.start = i;
      span.end = i + codePointLength(text, i);
      return span.end;
    }
    // A word: runs of word characters joined by single inner joiners, then an optional full stop.
    let end = wordRunEnd(text, i);
    while (end + 1 < n && isJoiner(text.charCodeAt(end)) && (classesOf(text, end + 1) & WORD_CHARACTER) !== 0) end = wordRunEnd(text, end + 1);
    const dotted = text.charCodeAt(end) === 46;
    span.kind = "word";
    span.start = i;
    // A script without case cannot tell a name by its capital: its words may all be names, as a capitalised one may.
    span.capitalised = (bits & (CAPITAL | CASELESS_LETTER)) !== 0;
    span.splitStop = dotted && !isAbbreviationWord(text.slice(i, end + 1));
    span.end = dotted && !span.splitStop ? end + 1 : end;
    return dotted ? end + 1 : end;
  }
  return n;
}

/** Whether a token starts at offset `i`: the tokenizer would not have read it as part of an earlier word. */
export function isTokenStart(text: string, i: number): boolean {
  if (i === 0) return true;
  // After an ASCII space or sign, as most capitals are, without the class table.
  const code = text.charCodeAt(i - 1);
  if (code < 128 && !isAsciiWordCode(code) && !isJoiner(code)) return true;
  const before = previousCodePoint(text, i);
  if ((classesAt(text, before) & WORD_CHARACTER) !== 0) return false;
  // "x.Y", "O'Neil": a joiner between word characters continues the word.
  return !(isJoiner(text.charCodeAt(before)) && before > 0 && (classesAt(text, previousCodePoint(text, before)) & WORD_CHARACTER) !== 0);
}

function word(text: string, capitalised: boolean): Token {
  return { text, lower: capitalised || !isLowerAscii(text) ? text.toLowerCase() : text, kind: "word", capitalised, quote: -1 };
}

/**
 * Already lower-case ASCII, as most words are: `toLowerCase` would return it unchanged, but only
 * after a call into the runtime (slow for text that holds any non-Latin-1 character, as quotes do).
 */
function isLowerAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}

/** `/['’]s?$/u` read at the last two characters: ends in an apostrophe, or an apostrophe and "s" ("Jones’", "Kyiv’s"). */
export function endsPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last === 39 || last === 0x2019) return true;
  const before = word.charCodeAt(word.length - 2);
  return last === 115 && (before === 39 || before === 0x2019);
}
