/**
 * Every run of capitalised words in a text, the way the attribution grammar would see it in the
 * text's tokens: consecutive capitalised words, with a lower-case "the" before and name connectors
 * inside ("Secretary of State"), ending after a possessive. The name index needs this over the
 * whole article, so instead of tokenising everything the scan jumps from capital to capital and
 * reads tokens only there: lower-case prose in between costs one pass of the regex engine.
 */
import { NAME_CONNECTORS } from "./lexicon.js";
import { isSpaceAt, isUppercaseAt, previousCodePoint } from "../text/chars.js";
import { endsPossessive, isTokenStart, newTokenSpan, scanToken, type TokenSpan } from "./tokens.js";

/** The longest name connector ("della"): longer words need no lower-casing to be ruled out. */
const MAX_CONNECTOR_LENGTH = Math.max(...[...NAME_CONNECTORS].map((w) => w.length));

export function forEachCapitalisedRun(text: string, visit: (words: string[]) => void): void {
  const n = text.length;
  // Tokens are read as offsets (see scanToken): most of those read here are looked at and dropped.
  const span = scratchSpan;
  const following = scratchFollowing;
  let from = 0;
  while (from < n) {
    const start = nextCapital(text, from);
    if (start < 0) return;
    if (!isTokenStart(text, start)) {
      from = start + (start + 1 < n && (text.charCodeAt(start) & 0xfc00) === 0xd800 && (text.charCodeAt(start + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
      continue;
    }
    const article = articleBefore(text, start);
    let at = scanToken(text, start, span);
    // Made with its first words, so that the usual run of one or two words gets a list of its size.
    const words = article ? [article, wordText(text, span)] : [wordText(text, span)];
    // A word with its full stop split off ends the run: the next run starts at that full stop.
    let runEnd = span.splitStop ? at - 1 : at;
    let stopped = span.splitStop;
    while (!stopped) {
      if (startsPlainWord(text, at)) break;
      const next = scanToken(text, at, span);
      if (span.start < 0 || span.kind !== "word") break;
      if (span.capitalised) {
        words.push(wordText(text, span));
        stopped = span.splitStop;
      } else if (!span.splitStop && isConnector(text, span.start, span.end)) {
        let after = scanToken(text, next, following);
        const connector = wordText(text, span);
        // "of the" joins as "of" does: "Chancellor of the Exchequer", "Speaker of the House".
        let article: string | undefined;
        if (following.start >= 0 && following.kind === "word" && !following.capitalised && !following.splitStop && connector.toLowerCase() === "of" && wordText(text, following) === "the") {
          article = "the";
          after = scanToken(text, after, following);
        }
        if (following.start < 0 || !following.capitalised) break;
        if (article) words.push(connector, article, wordText(text, following));
        else words.push(connector, wordText(text, following));
        stopped = following.splitStop;
        at = after;
        runEnd = stopped ? at - 1 : at;
        if (endsPossessive(words[words.length - 1] ?? "")) break; // a possessive ends the name
        continue;
      } else break;
      at = next;
      runEnd = stopped ? at - 1 : at;
      if (endsPossessive(words[words.length - 1] ?? "")) break; // a possessive ends the name
    }
    visit(words);
    from = runEnd;
  }
}

/**
 * A word of a run, copied out. Not the tokenizer's shared string for it (see tokens.ts): finding that
 * costs a probe of the token table, and for a word not there a lower-cased copy and a token too,
 * which a word only looked up once more (in the entity cache) does not repay.
 */
const wordText = (text: string, span: TokenSpan): string => text.slice(span.start, span.end);

/**
 * The spans the scan reads tokens into, made once: it is called for every part of every paragraph
 * and calls nothing that scans again.
 */
const scratchSpan = newTokenSpan();
const scratchFollowing = newTokenSpan();

/**
 * Whether the next token (after plain spaces) is a lower-case word that cannot be a connector: it
 * ends the run ("Ana Ruiz said"), and reading it whole would be wasted.
 */
function startsPlainWord(text: string, at: number): boolean {
  while (text.charCodeAt(at) === 32) at++;
  const code = text.charCodeAt(at);
  return code >= 97 && code <= 122 && !CONNECTOR_INITIALS.has(code);
}

function isConnector(text: string, start: number, end: number): boolean {
  if (end - start > MAX_CONNECTOR_LENGTH) return false;
  // Most words after a name ("said", "told") are ruled out by their first letter, without a copy.
  const first = text.charCodeAt(start) | 0x20;
  if (first < 128 && !CONNECTOR_INITIALS.has(first)) return false;
  return NAME_CONNECTORS.has(text.slice(start, end).toLowerCase());
}
/** The lower-case first letters of the connectors, as character codes (upper-case ones fold onto them with `| 0x20`). */
const CONNECTOR_INITIALS = new Set([...NAME_CONNECTORS].map((w) => w.charCodeAt(0)));

/** Offset of the next upper-case letter at or after `from`, or -1. */
function nextCapital(text: string, from: number): number {
  // The regex engine skips lower-case ASCII, digits, spaces and punctuation (most of any text)
  // faster than a loop can; what it stops at outside A-Z is then classified. Blocks without a
  // capital are skipped too: Latin-1's signs and small letters, and the dashes, curly quotes and
  // apostrophes of General Punctuation, which real text has in nearly every sentence.
  // `test` rather than `exec`: no match object per capital; the pattern is one code unit long, so
  // the match is the unit before lastIndex.
  MAYBE_CAPITAL.lastIndex = from;
  for (;;) {
    if (!MAYBE_CAPITAL.test(text)) return -1;
    const found = MAYBE_CAPITAL.lastIndex - 1;
    if (isUppercaseAt(text, found)) return found;
  }
}
const MAYBE_CAPITAL = /[A-Z\u00c0-\u00de\u0100-\u1fff\u2070-\uffff]/g;

/** The word "the" (as written) when it is the token right before offset `i`, else null. */
function articleBefore(text: string, i: number): string | null {
  let j = i;
  while (j > 0) {
    // ASCII spaces (space, tab, line ends) by code: this runs at every capital.
    const code = text.charCodeAt(j - 1);
    if (code < 128) {
      if (code !== 32 && (code < 9 || code > 13)) break;
      j--;
    } else if (isSpaceAt(text, previousCodePoint(text, j))) j = previousCodePoint(text, j);
    else break;
  }
  if (j < 3 || j === i) return null;
  // Compared by code (no character outside ASCII lower-cases to t, h or e): no copy per run.
  const isThe = (text.charCodeAt(j - 3) | 0x20) === 116 && (text.charCodeAt(j - 2) | 0x20) === 104 && (text.charCodeAt(j - 1) | 0x20) === 101;
  return isThe && isTokenStart(text, j - 3) ? text.slice(j - 3, j) : null;
}
