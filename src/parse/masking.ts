/**
 * Quotes hidden from the attribution grammar: each quoted span is replaced by a placeholder token
 * (see tokens.ts), so words inside quotes never look like attribution and a quote counts as one
 * token of its sentence.
 */
import { endsWithTerminator, type QuoteSpan } from "./quotes.js";
import { placeholder } from "./tokens.js";
import { codePointLength, isSpaceAt, isUppercaseAt } from "../text/chars.js";

export interface QuoteCut {
  start: number;
  end: number;
  quote: number;
}

/**
 * Per paragraph, the parts of it that quotes cover, in reading order; none (undefined) for a
 * paragraph without quotes, as most are: an empty list for each would be kept all through attribution.
 */
export function quoteCuts(paragraphs: readonly string[], spans: readonly QuoteSpan[]): (QuoteCut[] | undefined)[] {
  const cuts = new Array<QuoteCut[] | undefined>(paragraphs.length).fill(undefined);
  const cut = (p: number, start: number, end: number, quote: number): void => {
    if (p >= 0 && p < cuts.length) (cuts[p] ??= []).push({ start, end, quote });
  };
  spans.forEach((span, k) => {
    if (span.para === span.endPara) {
      cut(span.para, span.start, span.end, k);
      return;
    }
    cut(span.para, span.start, (paragraphs[span.para] ?? "").length, k);
    cut(span.endPara, 0, span.end, k);
  });
  return cuts;
}

/** The cuts of a paragraph without quotes. */
export const NO_CUTS: readonly QuoteCut[] = [];

/**
 * The paragraph with its quotes replaced by placeholders. A quote that ends its sentence inside the
 * marks ("... so.”) keeps a full stop outside, so the sentence ends there — only when a new sentence
 * visibly starts after it: a capital, or another quotation.
 */
export function maskParagraph(text: string, cuts: readonly QuoteCut[], spans: readonly QuoteSpan[]): string {
  if (cuts.length === 0) return text;
  // Joined from parts rather than concatenated: the result is scanned character by character,
  // and a concatenation would be flattened into a second copy on the first scan.
  const parts: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    const endsSentence = endsWithTerminator(spans[cut.quote]?.text ?? "") && newSentenceAt(text, cut.end);
    parts.push(text.slice(at, cut.start), " ", placeholder(cut.quote), endsSentence ? ". " : " ");
    at = cut.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * The parts of the paragraph that `maskParagraph` keeps around its placeholders, in order. A run
 * of words never continues across a placeholder (a quote token ends it, and none starts with
 * one), so a search for runs over these parts one by one finds what it finds in the masked
 * paragraph, without that copy being made.
 */
export function forEachUnquotedPart(text: string, cuts: readonly QuoteCut[], visit: (part: string) => void): void {
  let at = 0;
  for (const cut of cuts) {
    visit(text.slice(at, cut.start));
    at = cut.end;
  }
  visit(cuts.length === 0 ? text : text.slice(at));
}

/**
 * `/^\s+["“„«\p{Lu}]/u` over the four characters at `at`: spaces, then a capital or an opening
 * quotation mark. Read by code for ASCII; this runs twice for every quote of the article.
 */
function newSentenceAt(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + 4);
  let k = at;
  while (k < limit && isSpaceAt(text, k)) k++;
  if (k === at || k >= limit) return false;
  const code = text.charCodeAt(k);
  if (code < 128) return code === 34 || (code >= 65 && code <= 90);
  return `"“„«`.includes(text.charAt(k)) || (k + codePointLength(text, k) <= limit && isUppercaseAt(text, k));
}
