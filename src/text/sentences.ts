/**
 * Sentence splitting for news prose. A full stop ends a sentence unless it closes an abbreviation
 * ("U.S.", "Mr.", "Jan.") or an initial ("J. K."), and the next sentence must start like one
 * (a capital, a digit or an opening quote); the ideographic full stop and the wide `！？` of Chinese
 * and Japanese end one wherever they stand. Written as one forward scan (no backtracking regular
 * expression) so that pathological input — megabytes of dots or spaces — stays linear.
 */
import { codePointLength, isLetterAt, isUppercaseAt } from "./chars.js";

const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gov", "sen", "rep", "gen", "col",
    "lt", "sgt", "capt", "cmdr", "adm", "maj", "cpl", "pvt", "hon", "rev", "fr", "pres", "supt", "insp", "del",
    "atty", "msgr", "gens", "sens", "reps", "govs",
    "no", "nos", "vol", "pp", "fig", "inc", "corp", "co", "ltd", "plc", "bros", "vs", "etc", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "d.c", "e.g", "i.e", "a.m", "p.m", "ph.d", "n.y", "l.a",
  ].map((a) => a.toLowerCase()),
);

/** Lower-casing never shortens a word, so a longer one without a full stop cannot be in the list. */
const MAX_ABBREVIATION_LENGTH = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

// Asked of character codes, not strings (`text[i]` would copy every character outside Latin-1
// out), and by comparisons: a set of codes would hash each one, at every full stop.
/** `.!?…` and the wide ones. */
const isTerminator = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 0x2026 || isWideTerminator(code);
/** `。！？`: Chinese and Japanese end a sentence with these and start the next with no space between. */
const isWideTerminator = (code: number): boolean => code === 0x3002 || code === 0xff01 || code === 0xff1f;
/** `"”’')]»」』）` */
const isCloser = (code: number): boolean =>
  code === 34 || code === 0x201d || code === 0x2019 || code === 39 || code === 41 || code === 93 || code === 0xbb || code === 0x300d || code === 0x300f || code === 0xff09;
/** `"“‘'([«„`, and U+E000 (private-use: callers may stand it in for a masked span, a quotation, that starts a sentence). */
const isOpener = (code: number): boolean =>
  code === 34 || code === 0x201c || code === 0x2018 || code === 39 || code === 40 || code === 91 || code === 0xab || code === 0x201e || code === 0xe000;
const STARTS_SENTENCE = /[\p{Lu}\p{N}]/u;
/** The characters of isTerminator, for the regex engine's scan (made once: a literal in the function would be a new object per call). */
const NEXT_TERMINATOR = /[.!?…。！？]/g;
/** Space, tab, line ends, NBSP: the whitespace that separates sentences in running text. */
const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0;

/** The text's sentences, or only its first `limit` (a headline needs one sentence of a lead that may be megabytes long). */
export function splitSentences(text: string, limit = Infinity): string[] {
  const sentences: string[] = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  const nextTerminator = NEXT_TERMINATOR;
  while (i < n) {
    // Jump to the next candidate full stop with the engine's own (linear) scan.
    // (`test`, not `exec`: no match object; each terminator is one code unit, the one before lastIndex.)
    nextTerminator.lastIndex = i;
    if (!nextTerminator.test(text)) break;
    i = nextTerminator.lastIndex - 1;
    const runStart = i;
    while (i < n && isTerminator(text.charCodeAt(i))) i++;
    const wide = isWideTerminator(text.charCodeAt(i - 1));
    while (i < n && isCloser(text.charCodeAt(i))) i++;
    const end = i;
    let next = i;
    while (next < n && isSpace(text.charCodeAt(next))) next++;
    if (next >= n) continue; // the end of the text: the last sentence is taken after the loop
    if (!wide) {
      if (next === end) continue; // no space after: not a break here
      if (!startsSentence(text, isOpener(text.charCodeAt(next)) ? next + 1 : next)) continue;
      // A single full stop (not an ellipsis "..") may close an abbreviation instead.
      if (text.charCodeAt(runStart) === 46 && text.charCodeAt(runStart + 1) !== 46 && isAbbreviation(text, runStart)) continue;
    }
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    if (sentences.length >= limit) return sentences;
    // The next sentence is cut out after the spaces (which its trim would drop), so it seldom needs a second copy.
    start = next;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** Whether the full stop at `dot` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let wordStart = dot;
  let hasStop = false;
  // Abbreviations are short; looking back further than this would only cost time.
  while (wordStart > 0 && dot - wordStart < 12 && isLetterOrStop(text, wordStart - 1)) {
    wordStart--;
    if (text.charCodeAt(wordStart) === 46) hasStop = true;
  }
  // Most sentences end in a word longer than any abbreviation: ruled out without a lower-cased copy.
  if (!hasStop && dot - wordStart > MAX_ABBREVIATION_LENGTH) return false;
  // Most of the rest end in a short word of ASCII letters: looked up as a number, not as a lower-cased copy.
  if (!hasStop && dot - wordStart >= 2) {
    const key = asciiWordKey(text, wordStart, dot);
    if (key >= 0) return LETTER_ABBREVIATIONS.has(key);
  }
  const word = text.slice(wordStart, dot).toLowerCase();
  if (word.length === 0) return false;
  if (word.length === codePointLength(word, 0) && isLetterAt(word, 0)) return isUppercaseAt(text[wordStart] ?? "", 0); // an initial: "J. K. Rowling"
  return ABBREVIATIONS.has(word) || (word.includes(".") && /^(\p{L}\.)+\p{L}$/u.test(word)); // "U.S", "a.m"
}

/**
 * The letters `start` to `end` of `text` as a number, in either case: digits 1 to 26 in base 27, so
 * no two words share one (at most MAX_ABBREVIATION_LENGTH letters fit a small integer); -1 when a
 * character there is not an ASCII letter.
 */
export function asciiWordKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) {
    const letter = text.charCodeAt(i) | 0x20; // only an ASCII letter lands in a-z so
    if (letter < 97 || letter > 122) return -1;
    key = key * 27 + (letter - 96);
  }
  return key;
}

/** The abbreviations written in letters alone, by asciiWordKey. */
const LETTER_ABBREVIATIONS = new Set([...ABBREVIATIONS].map((a) => asciiWordKey(a, 0, a.length)).filter((key) => key >= 0));

/** `[\p{L}.]` at one code unit, with ASCII (most of any text) decided without the regex engine. */
function isLetterOrStop(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 46 || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  return isLetterAt(text[i] ?? "", 0);
}

/** `STARTS_SENTENCE` at one code unit, with ASCII decided by code: this runs at every full stop. */
function startsSentence(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return STARTS_SENTENCE.test(text[i] ?? "");
}
