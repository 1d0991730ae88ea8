/**
 * What a block looks like, independent of where it stands: title- and heading-shaped lines are
 * short, have no sentence punctuation at the end and are not page furniture.
 */
import { isCapitalOrNumberAt, isLowercaseAt, isUppercaseAt } from "../text/chars.js";
import { isFurniture } from "./furniture.js";

export const MAX_HEADING_CHARS = 120;
const OPENING_MARKS = `"“„«‘'`;
/** Subheadings are a few words; more than this without a full stop is a lead or caption line. */
export const MAX_HEADING_WORDS = 16;

/** Words separated by spaces or line ends (counted over character codes: this runs over every paragraph). */
export function wordCount(text: string): number {
  // Paragraphs seldom hold a line end: then words are the spaces' gaps, found by the native search.
  if (!text.includes("\n")) return spaceSeparatedCount(text);
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Words between single spaces: every gap between two spaces, or at either end, that is not empty. */
function spaceSeparatedCount(text: string): number {
  let count = 0;
  let from = 0;
  for (;;) {
    const space = text.indexOf(" ", from);
    const end = space < 0 ? text.length : space;
    if (end > from) count++;
    if (space < 0) return count;
    from = space + 1;
  }
}

/**
 * Ends like a sentence of prose (or a clause leading into one), which a heading does not:
 * `/[.,;:!…。，；：！]["”’'»)\]」』]*$/u` or `/[?？]["”’'»」』]$/u`, read from the end (the patterns
 * would be tried at every position of the line).
 */
export function endsLikeProse(text: string): boolean {
  if (endsInStop(text, ".,;:!…。，；：！")) return true;
  const n = text.length;
  return n >= 2 && `"”’'»」』`.includes(text.charAt(n - 1)) && "?？".includes(text.charAt(n - 2));
}

/** Whether the text ends in one of `stops`, perhaps followed by closing marks (`/[stops]["”’'»)\]」』]*$/u`). */
export function endsInStop(text: string, stops: string): boolean {
  let end = text.length;
  while (end > 0 && isClosingMark(text.charCodeAt(end - 1))) end--;
  return end > 0 && stops.includes(text.charAt(end - 1));
}

/** `"”’'»)]」』`: marks that close a quotation or an aside after a sentence's last stop (read by code: this runs on every short line). */
function isClosingMark(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x27 || code === 0xbb || code === 0x29 || code === 0x5d || code === 0x300d || code === 0x300f;
}

/** Mostly CJK or other unspaced script: words are not separated, so length is judged in characters. */
export function isUnspacedScript(text: string): boolean {
  if (!NON_ASCII.test(text)) return false;
  UNSPACED.lastIndex = 0;
  let unspaced = 0;
  while (UNSPACED.exec(text)) unspaced++;
  return unspaced > text.length / 3;
}
// Without the u flag: a code unit above 0x7f is there exactly when a code point is, and the
// pattern without it runs faster.
const NON_ASCII = /[^\x00-\x7f]/;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/**
 * The length of mostly unspaced text as its readers count it: each character of the unspaced
 * scripts, and each word of another script set among them ("LAN", "Wi-Fi", "CNET") as one. A
 * Japanese title naming a product and a site is no longer for its Latin letters.
 */
export function unspacedLength(text: string): number {
  let length = 0;
  let inWord = false;
  for (const char of text) {
    const unspaced = UNSPACED_CHAR.test(char);
    if (unspaced) length++;
    else if (char !== " " && !inWord) length++;
    inWord = !unspaced && char !== " ";
  }
  return length;
}
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Wholly in quotation marks: a pulled quote or a one-line quoted paragraph, not a heading. */
export function isWhollyQuoted(text: string): boolean {
  return text.length > 0 && OPENING_MARKS.includes(text.charAt(0)) && `"”“»’'`.includes(text.charAt(text.length - 1));
}

/**
 * A line that could be a heading or title: short, starts with a capital, digit or a letter of a
 * caseless script, and is not furniture. `words`, when known, is its `wordCount`.
 */
export function isHeadingShaped(text: string, maxChars = MAX_HEADING_CHARS, maxWords = MAX_HEADING_WORDS, words?: number): boolean {
  if (text.length === 0 || text.length > maxChars || (words ?? wordCount(text)) > maxWords) return false;
  if (text.length > maxChars / 3 && isUnspacedScript(text) && unspacedLength(text) > maxChars / 3) return false;
  // A capital, digit or caseless letter, perhaps after an opening quotation mark.
  const start = OPENING_MARKS.includes(text.charAt(0)) ? 1 : 0;
  const first = text.charAt(start);
  if (!(first === "¿" || first === "¡" || isCapitalOrNumberAt(text, start) || isCamelCaseAt(text, start))) return false;
  return !isFurniture(text);
}

/** A block that reads like prose: long, or ending in sentence punctuation. `words`, when known, is its `wordCount`. */
export function isProseLike(text: string, words?: number): boolean {
  return (
    text.length > MAX_HEADING_CHARS ||
    (words ?? wordCount(text)) > MAX_HEADING_WORDS ||
    endsInStop(text, ".!?…:。！？：") ||
    (text.length > MAX_HEADING_CHARS / 3 && isUnspacedScript(text) && unspacedLength(text) > MAX_HEADING_CHARS / 3)
  );
}

/**
 * A word in lower case with a capital inside it, a name as its owner writes it ("iPhone",
 * "eBay", "remoteStorage"): it opens a title or heading as a capital does.
 */
function isCamelCaseAt(text: string, start: number): boolean {
  if (!isLowercaseAt(text, start)) return false;
  for (let i = start + 1; i < text.length && text.charCodeAt(i) !== 32; i++) if (isUppercaseAt(text, i)) return true;
  return false;
}
