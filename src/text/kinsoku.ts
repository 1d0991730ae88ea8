/**
 * The line-breaking rules of Chinese and Japanese typesetting (kinsoku shori), in their usual
 * simple form: closing punctuation and brackets, small kana and the iteration and prolonged-sound
 * marks never start a line; opening brackets never end one. Text in these scripts breaks between
 * any two characters otherwise, so a wrapper asks only where it would break.
 */

/** Characters that may not start a line: stops, commas, closing brackets and quotes, small kana, ー 々 ゝ ゞ ヽ ヾ. */
export const NO_START_CHARACTERS = "。．、，・：；？！）］｝〕〉》」』】〙〗〟’”ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶー々ゝゞヽヾ";
/** Characters that may not end a line: opening brackets and quotes. */
export const NO_END_CHARACTERS = "（［｛〔〈《「『【〘〖〝‘“";

const noStart = new Set(Array.from(NO_START_CHARACTERS, (ch) => ch.charCodeAt(0)));
const noEnd = new Set(Array.from(NO_END_CHARACTERS, (ch) => ch.charCodeAt(0)));

export function isNoStart(code: number): boolean {
  return noStart.has(code);
}

export function isNoEnd(code: number): boolean {
  return noEnd.has(code);
}

/** Whether a line may end after the character `before` and the next start with `after` (UTF-16 code units). */
export function mayBreakBetween(before: number, after: number): boolean {
  return !noEnd.has(before) && !noStart.has(after);
}

/**
 * Text with a Chinese, Japanese or Korean character (or CJK punctuation, a fullwidth form): text
 * the rules are for. Text in other scripts is left as it would be without them, curly quotes
 * included.
 */
export const EAST_ASIAN = /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\ud840-\ud87f]/;
