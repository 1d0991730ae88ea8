/**
 * Finding quoted spans. One forward scan over each paragraph with a single open-quote state, so
 * the cost is linear however many marks there are and however they are (un)balanced.
 *
 * Rules, from how quotations are typeset:
 * - Double marks delimit quotes: “…”, "…", „…“ / „…” (German, Polish), «…» and »…«, and the
 *   corner brackets 「…」 of Japanese (and of Chinese as written in Taiwan and Hong Kong).
 *   Single marks (‘…’, '…') and the double corner brackets 『…』 are quotes-within-quotes (or
 *   apostrophes, or titles), so they never open a quote.
 * - A quote ends in the paragraph where it opens. The one exception is the multi-paragraph
 *   convention: a quote left open at the end of a paragraph continues when the next paragraph
 *   opens with the same quotation mark, and closes where a closing mark finally appears. Text
 *   that has lost those paragraph breaks keeps the marks: the same opening mark again right after
 *   a sentence's end, with no closing mark before it, goes on with the quote (`"A. "B."`).
 * - An unclosed mark is dropped: it must not swallow the rest of the article.
 */
import { isLetterAt, isLetterOrNumberAt, isUppercaseOrNumberAt, letterRuns } from "../text/chars.js";

export interface QuoteSpan {
  /** The words between the marks: trimmed, without a trailing comma that belongs to the attribution. */
  text: string;
  /** Flat paragraph index where the quote opens, and the opening mark's offset there. */
  para: number;
  start: number;
  /** Flat paragraph index where it closes, and the offset just after the closing mark. */
  endPara: number;
  end: number;
}

const OPENING_ONLY = new Set(["“", "„", "«", "「"]);

interface OpenQuote {
  para: number;
  start: number;
  opener: string;
  contentStart: number;
  earlier: string[];
}

export function findQuotes(paragraphs: readonly string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: OpenQuote | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p] ?? "";
    let i = 0;
    if (open) {
      // Continuing a multi-paragraph quote: this paragraph's leading mark only signals that.
      i = 1;
      open.contentStart = 1;
    }
    for (; i < text.length; i++) {
      // Jump from mark to mark with the regex engine's scan: most characters are not marks.
      // (`test`, not `exec`: no match object; every mark is one code unit, the one before lastIndex.)
      DOUBLE_MARK.lastIndex = i;
      if (!DOUBLE_MARK.test(text)) break;
      i = DOUBLE_MARK.lastIndex - 1;
      const ch = text[i] ?? "";
      if (open) {
        if (closes(ch, open.opener, text, i)) {
          // Most quotes open in this paragraph: their words are one slice, with nothing to join.
          const here = text.slice(open.contentStart, i);
          const content = cleanQuoteText(open.earlier.length === 0 ? here : [...open.earlier, here].join(" "));
          if (content) spans.push({ text: content, para: open.para, start: open.start, endPara: p, end: i + 1 });
          open = null;
        } else if (opens(ch, text, i)) {
          if (ch === open.opener && endsASentence(text, open.contentStart, i) && !NARRATION.test(text.slice(open.contentStart, i))) {
            // The same mark again after a full stop, with no closing one between: the quote goes
            // on, reopened as at a new paragraph, whose break the text has lost ("A. "B."). Unless
            // what lies between tells who spoke: then a closing mark was left out, and the first
            // mark is a stray ("A, the agency said. B. "C.").
            open.earlier.push(text.slice(open.contentStart, i));
            open.contentStart = i + 1;
          } else {
            // A second opening mark before any closing one: the first mark was stray.
            open = { para: p, start: i, opener: ch, contentStart: i + 1, earlier: [] };
          }
        }
      } else if (opens(ch, text, i)) {
        open = { para: p, start: i, opener: ch, contentStart: i + 1, earlier: [] };
      }
    }
    if (open) {
      const next = paragraphs[p + 1] ?? "";
      // The continuing paragraph opens with the same mark as the quote did: a straight mark left
      // open before a paragraph in curly ones (or the other way) is a stray, not the same voice.
      if (next.length > 0 && next[0] === open.opener && opens(next[0] ?? "", next, 0)) {
        open.earlier.push(text.slice(open.contentStart));
      } else {
        open = null;
      }
    }
  }
  return spans;
}

const DOUBLE_MARK = /["“”„«»「」]/g;

/** An attribution after a comma (", the agency said", ", said Ms Doe", ", saying"): the narrator's words, not the speaker's. */
const NARRATION = /,\s+(?:saying\b|(?:[\p{L}.'’-]+\s+){0,4}(?:said|says|told|added|warned|explained)\b)/u;

/** Whether text.slice(from, to) ends a sentence: its last character before any spaces is a full stop, "!", "?" or "…". */
function endsASentence(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isSpace(text[end - 1])) end--;
  const last = text[end - 1];
  return end - from > 1 && (last === "." || last === "!" || last === "?" || last === "…");
}

const isSpace = (ch: string | undefined): boolean => ch === undefined || ch === " " || ch === "\n";
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && isLetterOrNumberAt(ch, 0);

/** A mark opens a quote when it is an opening-only mark, or a neutral one that leans on the next word. */
function opens(ch: string, text: string, i: number): boolean {
  const next = text[i + 1];
  if (isSpace(next)) return false;
  if (OPENING_ONLY.has(ch)) return true;
  if (ch === "»") return isSpace(text[i - 1]); // »…« (German): opens after a space
  if (ch === '"') return !isWordChar(text[i - 1]) || isLetterAt(next ?? "", 0); // not an inch mark (5'10")
  return false;
}

function closes(ch: string, opener: string, text: string, i: number): boolean {
  const prev = text[i - 1];
  switch (ch) {
    case "”":
    case "»":
      return true;
    case "“":
      return opener === "„" && !isSpace(prev); // „…“
    case "«":
      return opener === "»";
    case "」":
      return opener === "「";
    case '"':
      // A straight mark with a space before and a word after is another opening mark.
      return !(isSpace(prev) && !isSpace(text[i + 1]) && isLetterOrNumberAt(text[i + 1] ?? "", 0));
    default:
      return false;
  }
}

export function cleanQuoteText(raw: string): string {
  const spaced = /\s\s|[^\S ]/u.test(raw) ? raw.replace(/\s+/g, " ") : raw;
  const trimmed = spaced.trim();
  // The comma that hands over to "he said" is the sentence's, not the speaker's: ASCII, or the
  // full-width one Chinese and Japanese write ("“我们会继续努力，”他说").
  return trimmed.endsWith(",") || trimmed.endsWith("，") ? trimmed.slice(0, -1).trim() : trimmed;
}

const WORK_CUES = new Set([
  "film", "movie", "book", "novel", "memoir", "song", "album", "single", "track", "show", "series", "play",
  "musical", "opera", "documentary", "programme", "program", "episode", "poem", "painting", "exhibition",
  "magazine", "newspaper", "column", "sitcom", "drama", "comedy", "thriller", "game", "titled", "entitled",
  "called", "dubbed", "named", "headlined", "hit", "classic", "sequel", "blockbuster",
]);

/**
 * Titles of books, films, songs and the like are set in quotes but are nobody's words: a short
 * span whose words are mostly capitalised, right after a word that introduces a work ("the film",
 * "a book titled", "called").
 */
export function isTitleOfWork(paragraph: string, span: QuoteSpan): boolean {
  // Most quotes are sentences: of more than three words (when whole) or ten, told by their spaces
  // before any splitting; a whole sentence needs only its first three spaces looked for.
  if (hasMoreSpacesThan(span.text, endsWithTerminator(span.text) ? 2 : 9)) return false;
  const words = span.text.split(" ");
  if (words.length > 10 || endsWithTerminator(span.text) && words.length > 3) return false;
  const capitalised = words.filter((w) => isUppercaseOrNumberAt(w, 0)).length;
  const small = words.filter((w) => /^(?:a|an|the|of|in|on|and|or|to|for|at|with|from|by|is|my|your|de|la|le)$/u.test(w)).length;
  if (capitalised === 0 || capitalised + small < words.length) return false;
  const before = paragraph.slice(Math.max(0, span.start - 40), span.start).toLowerCase();
  const cueWords = letterRuns(before).slice(-3);
  return cueWords.some((w) => WORK_CUES.has(w));
}

function hasMoreSpacesThan(text: string, limit: number): boolean {
  let from = 0;
  for (let count = 0; count <= limit; count++) {
    const space = text.indexOf(" ", from);
    if (space < 0) return false;
    from = space + 1;
  }
  return true;
}

/** Ends in ".", "!" or "?": read at the last character (a regex anchored at the end would scan the whole quote). */
export function endsWithTerminator(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 46 || last === 33 || last === 63;
}
