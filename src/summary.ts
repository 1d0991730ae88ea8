import type { Article, ArticleStats, Quote } from "./article.js";
import { isDateline, isDateOrTime, isFurniture, opensLikeCaption, withoutDateline } from "./parse/furniture.js";
import { findQuotes } from "./parse/quotes.js";
import { endsInStop, isUnspacedScript, wordCount } from "./parse/shape.js";
import { readingWords } from "./parse/stats.js";
import { isCapitalOrNumberAt, isLetterOrNumberAt, isLowercaseAt, isUppercaseAt, isUppercaseOrNumberAt, letterRuns } from "./text/chars.js";
import { splitSentences } from "./text/sentences.js";

/** The gist of an article: what `newsread show --summary` prints. Its JSON form is public too. */
export interface Summary {
  id: string;
  headline: string;
  lead: string;
  headings: string[];
  quotes: { text: string; speaker: string | null }[];
  stats: ArticleStats;
}

export function summarise(article: Article): Summary {
  const lead = leadOf(article);
  return {
    id: article.id,
    headline: article.headline,
    lead,
    headings: article.sections.flatMap((s) => (s.heading === null ? [] : [s.heading])),
    quotes: keyQuotes(article, lead),
    stats: article.stats,
  };
}

/** Words as the article's stats count them: what spaces separate, each Chinese or Japanese character one. */
function wordsOf(text: string): number {
  return readingWords(text, wordCount(text));
}

// ---------------------------------------------------------------------------------------------
// The lead

/** The lead is the body's first sentences of prose: this many... */
const LEAD_SENTENCES = 3;
/** ...and about this many words (the first sentence is taken whatever its length)... */
const LEAD_WORDS = 80;
/** ...or this share of a short article's words, if that is fewer (but not fewer than LEAD_MIN_WORDS): a summary is a small part of what it sums up. */
const LEAD_SHARE = 0.3;
const LEAD_MIN_WORDS = 30;
/** A quotation the lead opens is read to its closing mark when the lead stays within this many times its words; otherwise the lead stops before it. */
const LEAD_CLOSING_ALLOWANCE = 1.5;
/** Paragraphs looked through for the story's prose before falling back to the first sentences of any text. */
const LEAD_SCAN_PARAGRAPHS = 200;
/** Sentences of one paragraph looked at: the lead never takes more. */
const LEAD_SCAN_SENTENCES = 40;
/** A paragraph of the story has at least this many words ("We messed up."); fewer is a label ("ABSTRACT.", "LETTERS."). */
const MIN_PROSE_WORDS = 3;
/** Captions, credits and bylines are a line or two: a longer paragraph is prose unless it opens as only a caption does. */
const MAX_FURNITURE_WORDS = 40;
/** A date or time stamp is a few words; a paragraph opening with a date and going on is a dated lead ("April 17 -- ..."). */
const MAX_DATE_WORDS = 8;
/** A label in capitals ("FULL TEXT.") is a few words at most. */
const MAX_LABEL_WORDS = 6;

/**
 * The first few sentences of the story's prose: news puts the gist in the lead. Paragraphs that
 * are not sentences of the story (page furniture: captions, credits, time stamps, counters, labels)
 * are passed over, and the lead never stops inside a quotation.
 */
function leadOf(article: Article): string {
  const paragraphs = leadParagraphs(article);
  const budget = Math.min(LEAD_WORDS, Math.max(LEAD_MIN_WORDS, Math.round(article.stats.words * LEAD_SHARE)));
  const chosen: string[] = [];
  let words = 0;
  for (const unit of leadUnits(paragraphs)) {
    const first = unit.sentenceWords[0] ?? 0;
    if (chosen.length > 0 && (chosen.length >= LEAD_SENTENCES || words + first > budget)) break;
    // A quotation left open, or one whose end lies past the budget: stop before it.
    const tooLong = unit.sentences.length > 1 && words + unit.words > budget * LEAD_CLOSING_ALLOWANCE;
    if (!unit.closed || tooLong) {
      if (chosen.length > 0) break;
      continue; // nothing taken yet: the story's first sentences come after it
    }
    if (unit.cutOff) continue;
    chosen.push(...unit.sentences);
    words += unit.words;
  }
  return chosen.length > 0 ? joinSentences(chosen) : plainLead(paragraphs, budget);
}

/**
 * The body's paragraphs in reading order, as many as the lead may look through. A dateline opens
 * the story ("CHARLOTTE - Nearly a week after…"): what stands before it near the top is a deck or a
 * byline, not the lead, and the dateline itself is the paper's, not the story's.
 */
function leadParagraphs(article: Article): string[] {
  const paragraphs: string[] = [];
  for (const section of article.sections) {
    for (const paragraph of section.paragraphs) {
      if (paragraphs.length >= LEAD_SCAN_PARAGRAPHS) break;
      paragraphs.push(paragraph);
    }
  }
  const dated = datelineNearTop(paragraphs);
  if (dated < 0) return paragraphs;
  const story = paragraphs.slice(dated);
  story[0] = withoutDateline(story[0] ?? "");
  return story;
}

/**
 * Where a dateline stands among the first paragraphs, or -1. It is looked for past a deck, a byline
 * and a date at most, and past any paragraph the lead passes over anyway: a label ("ABSTRACT.",
 * "FULL TEXT.") or a note ("Correction Appended.") above the story is not a deck.
 */
function datelineNearTop(paragraphs: readonly string[]): number {
  let passed = 0;
  for (let p = 0; p < paragraphs.length && passed < DATELINE_WITHIN && p < DATELINE_WITHIN + MAX_LABELS_ABOVE_STORY; p++) {
    const paragraph = paragraphs[p] ?? "";
    if (isDateline(paragraph)) return p;
    if (!isLabelOrNote(paragraph)) passed++;
  }
  return -1;
}
/** Paragraphs from the top a dateline is looked for in: past a deck, a byline and a date at most. */
const DATELINE_WITHIN = 4;
/** Labels and notes passed over besides: a page's run of them ("ABSTRACT.", "FULL TEXT.", "Correction Appended."). */
const MAX_LABELS_ABOVE_STORY = 4;

/** A label or note the lead passes over: a few words, in capitals or fewer than three ("ABSTRACT.", "Correction Appended."). */
function isLabelOrNote(paragraph: string): boolean {
  const words = wordsOf(paragraph);
  return words < MIN_PROSE_WORDS || (words <= MAX_LABEL_WORDS && isInCapitals(paragraph));
}

/** The old way, for a text with no paragraph of story prose: its first sentences, past page furniture where it can. */
function plainLead(paragraphs: readonly string[], budget: number): string {
  const prose = paragraphs.filter((p) => !isFurniture(p));
  const chosen: string[] = [];
  let words = 0;
  for (const paragraph of prose.length > 0 ? prose : paragraphs) {
    for (const sentence of splitSentences(paragraph, LEAD_SENTENCES)) {
      const count = wordsOf(sentence);
      if (chosen.length > 0 && (chosen.length >= LEAD_SENTENCES || words + count > budget)) return joinSentences(chosen);
      chosen.push(sentence);
      words += count;
    }
  }
  return joinSentences(chosen);
}

/**
 * Whether a paragraph is prose of the story, as the lead wants it: sentences of a few words or
 * more, ending in sentence punctuation, and not page furniture. Photo captions, credits ("Name/
 * Reuters", "Source: Supplied"), time stamps ("1:39 PM ET"), gallery counters ("1 / 5"), labels
 * ("From Wikipedia, the free encyclopedia", "ABSTRACT.") and the title lines of a page are not.
 */
export function isStoryProse(paragraph: string): boolean {
  const words = wordsOf(paragraph);
  if (words < MIN_PROSE_WORDS) return false;
  // A long paragraph is prose, unless it opens as only a caption does ("In this photo taken...",
  // "© Agency"), though a scrape may have cut off its last sentence (the lead takes its whole sentences).
  if (words > MAX_FURNITURE_WORDS) return !opensLikeCaption(paragraph);
  if (!endsLikeSentence(paragraph)) return false;
  if (words <= MAX_LABEL_WORDS && isInCapitals(paragraph)) return false;
  // A date or time line is furniture; a dated lead ("April 17, 2015 -- Imagine...") is the story.
  if (isDateOrTime(paragraph)) return words > MAX_DATE_WORDS;
  return !isFurniture(paragraph);
}

/** Ends in sentence punctuation (perhaps before closing marks, or a reference page's citation marks: "... exceptions.[1]"), and not in a clause broken off. */
function endsLikeSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  const bare = trimmed.endsWith("]") ? trimmed.replace(CITATIONS, "") : trimmed.slice(0, -4) + trimmed.slice(-4).replace(SPACED_CLOSER, "$1");
  return endsInStop(bare, ".!?…。！？") && !CLAUSE_CUT_OFF.test(bare.slice(-8));
}
const CITATIONS = /(?:\[[^\]\n]{1,30}\])+$/u;
/** A closing mark set off by a space ("... country. ”"). */
const SPACED_CLOSER = /\s+(["”’'»])$/u;
/** A clause broken off and stopped: "In her recording,." */
const CLAUSE_CUT_OFF = /[,;:]\s*\.["”’'»)\]]*$/u;

/** Capitals, and no letter in lower case: a label set in capitals. */
function isInCapitals(text: string): boolean {
  let capitals = false;
  for (let i = 0; i < text.length; i++) {
    if (isLowercaseAt(text, i)) return false;
    capitals ||= isUppercaseAt(text, i);
  }
  return capitals;
}

/**
 * A run of the lead's sentences that stands on its own: one sentence, or the sentences of a
 * quotation that opens in the first and closes in the last (perhaps paragraphs later, when a quote
 * runs on over paragraphs that each open with a mark). `closed` is false for a quotation that never
 * closes (a stray mark, or more sentences than are looked at); `cutOff` is true for a paragraph's
 * last sentence that does not end like one (a scrape cut it, or it leads into a list).
 */
interface LeadUnit {
  sentences: string[];
  sentenceWords: number[];
  words: number;
  closed: boolean;
  cutOff: boolean;
}

/**
 * The lead's units in reading order, over the paragraphs of story prose (and the paragraphs a
 * quotation runs on into). Where quotations open and close is what the parser finds (findQuotes);
 * a mark it leaves unmatched opens a quotation to the end of its paragraph, as a reader sees it.
 */
function* leadUnits(paragraphs: readonly string[]): Generator<LeadUnit> {
  const quoted = quotedRanges(paragraphs);
  const seen = new Set<string>();
  let unit: LeadUnit | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p] ?? "";
    if (unit === null) {
      // A caption repeated (a gallery's) or any paragraph said twice is not the story going on.
      if (seen.has(paragraph) || !isStoryProse(paragraph)) {
        seen.add(paragraph);
        continue;
      }
      seen.add(paragraph);
    }
    const [ranges, unpaired] = withDoubledApostrophes(paragraph, quoted.get(p) ?? []);
    const sentences = splitSentences(paragraph, LEAD_SCAN_SENTENCES + 1);
    const looked = sentences.length > LEAD_SCAN_SENTENCES ? paragraph.indexOf(sentences[LEAD_SCAN_SENTENCES] ?? "") : paragraph.length;
    const opening = strayOpening(paragraph, ranges, looked < 0 ? paragraph.length : looked);
    const stray = opening < 0 ? unpaired : unpaired < 0 ? opening : Math.min(opening, unpaired);
    let from = 0;
    for (let s = 0; s < sentences.length && s < LEAD_SCAN_SENTENCES; s++) {
      const sentence = sentences[s] ?? "";
      const at = paragraph.indexOf(sentence, from);
      const end = (at < 0 ? from : at) + sentence.length;
      from = end;
      unit ??= { sentences: [], sentenceWords: [], words: 0, closed: true, cutOff: false };
      const count = wordsOf(sentence);
      unit.sentences.push(sentence);
      unit.sentenceWords.push(count);
      unit.words += count;
      const atEnd = s === sentences.length - 1;
      const inside = (stray >= 0 && stray < end) || ranges.some(([open, close]) => open < end && close > end);
      if (!inside) {
        // A paragraph's last sentence that does not end like one (cut off, or leading into a list) is not taken.
        if (atEnd && !endsLikeSentence(sentence)) unit.cutOff = true;
        yield unit;
        unit = null;
      } else if (stray >= 0 && stray < end && atEnd) {
        unit.closed = false; // opened and never closed
        yield unit;
        unit = null;
      }
    }
    if (unit !== null && sentences.length > LEAD_SCAN_SENTENCES) {
      unit.closed = false; // a quotation longer than any lead
      yield unit;
      unit = null;
    }
    // Otherwise a unit still open runs on into the next paragraph, where the quotation continues.
  }
  // A quotation still open when the paragraphs run out never closed.
  const last = unit as LeadUnit | null;
  if (last !== null) yield { ...last, closed: false };
}

/**
 * The quotations the parser finds, as ranges [open mark, just after the close mark) of each
 * paragraph; a quotation that runs on past its paragraph's end has its range end past the end.
 */
function quotedRanges(paragraphs: readonly string[]): Map<number, [number, number][]> {
  const ranges = new Map<number, [number, number][]>();
  const add = (p: number, open: number, close: number): void => {
    const list = ranges.get(p);
    if (list) list.push([open, close]);
    else ranges.set(p, [[open, close]]);
  };
  for (const span of findQuotes(paragraphs)) {
    if (span.endPara === span.para) {
      add(span.para, span.start, span.end);
      continue;
    }
    add(span.para, span.start, (paragraphs[span.para] ?? "").length + 1);
    for (let p = span.para + 1; p < span.endPara; p++) add(p, 0, (paragraphs[p] ?? "").length + 1);
    add(span.endPara, 0, span.end);
  }
  return ranges;
}

/**
 * Some archives set double quotation marks as two apostrophes (''It is.'' he said), which the
 * parser does not take for quotes; to a reader of the lead they are quotation marks all the same.
 * Paired in turn within the paragraph: the ranges with theirs added, and the offset of one left
 * unpaired (a quotation opened and never closed), or -1.
 */
function withDoubledApostrophes(paragraph: string, ranges: [number, number][]): [[number, number][], number] {
  let at = paragraph.indexOf("''");
  if (at < 0) return [ranges, -1];
  const all = [...ranges];
  while (at >= 0) {
    const close = paragraph.indexOf("''", at + 2);
    if (close < 0) return [all.sort((a, b) => a[0] - b[0]), at];
    all.push([at, close + 2]);
    at = paragraph.indexOf("''", close + 2);
  }
  return [all.sort((a, b) => a[0] - b[0]), -1];
}

/**
 * The offset of an opening quotation mark before `limit` that the parser's quotations (`ranges`, in
 * the order they open) leave unmatched, or -1: an opening-only mark, or a straight one that leans on
 * the next word.
 */
function strayOpening(paragraph: string, ranges: readonly (readonly [number, number])[], limit: number): number {
  let range = 0;
  OPENING_MARK.lastIndex = 0;
  for (let match = OPENING_MARK.exec(paragraph); match && match.index < limit; match = OPENING_MARK.exec(paragraph)) {
    const at = match.index;
    if (match[0] === '"' && !isLetterOrNumberAt(paragraph, at + 1)) continue;
    while (range < ranges.length && (ranges[range]?.[1] ?? 0) <= at) range++;
    const inside = (ranges[range]?.[0] ?? Infinity) <= at;
    if (!inside) return at;
  }
  return -1;
}
const OPENING_MARK = /[“„«「"]/g;

/** Sentences run together as written: a space after each, but none after Chinese and Japanese stops, which take none. */
function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, sentence) => (text === "" ? sentence : /[。！？][」』）]*$/u.test(text) ? text + sentence : `${text} ${sentence}`), "");
}

// ---------------------------------------------------------------------------------------------
// Key quotes

/** At most this many key quotes... */
const KEY_QUOTES = 4;
/** ...of at most this many words together, or this share of the article's words if that is fewer... */
const KEY_QUOTES_WORDS = 80;
const KEY_QUOTES_SHARE = 0.15;
/** ...each cut to its first sentence, or to this many words (at a word boundary, with an ellipsis). */
const KEY_QUOTE_WORDS = 30;
/** A statement is a clause: a quote of fewer words is a term, a title or a scare quote ("consent", "Super Mario Run", "the scourge of war"). */
const MIN_STATEMENT_WORDS = 5;
/** A partial quote (opening mid-sentence, in lower case) is a statement only when it is this long. */
const MIN_PARTIAL_WORDS = 8;
/** At most this many key quotes by one speaker (the second only when no other speaker has one left to give). */
const PER_SPEAKER = 2;
/** A quote without a speaker is shown only when no attributed quote is a statement, and then only one that is a whole sentence. */
const UNATTRIBUTED = 1;

interface Candidate {
  quote: Quote;
  order: number;
  text: string;
  words: number;
  key: string;
}

/**
 * The article's key quotes: statements (a clause of a few words or more, not a term, a title or a
 * scare quote) with their speakers, one per speaker before any gets a second, nothing said twice
 * nor already in the lead, each cut to its first sentence, within a budget of quotes and words;
 * shown in the article's order. Fewer or none rather than fragments.
 */
function keyQuotes(article: Article, lead: string): Summary["quotes"] {
  const budget = Math.max(KEY_QUOTE_WORDS, Math.min(KEY_QUOTES_WORDS, Math.round(article.stats.words * KEY_QUOTES_SHARE)));
  const leadKey = normalised(lead);
  const statements: Candidate[] = [];
  article.quotes.forEach((quote, order) => {
    if (!isStatement(quote.text)) return;
    const text = shortened(quote.text);
    const key = normalised(text);
    if (key === "" || leadKey.includes(key)) return;
    statements.push({ quote, order, text, words: clauseWords(text), key });
  });
  const attributed = statements.filter((c) => c.quote.speaker !== null);
  const unattributed = statements.filter((c) => isWholeSentence(c.quote.text) && clauseWords(c.quote.text) >= MIN_PARTIAL_WORDS).slice(0, UNATTRIBUTED);
  // Whole sentences before partial quotes; the article's order within each (news puts what matters first).
  const ranked = (attributed.length > 0 ? attributed : unattributed).sort(
    (a, b) => Number(!startsLikeSentence(a.quote.text)) - Number(!startsLikeSentence(b.quote.text)) || a.order - b.order,
  );
  const chosen: Candidate[] = [];
  const bySpeaker = new Map<string, number>();
  let words = 0;
  for (let round = 1; round <= PER_SPEAKER && chosen.length < KEY_QUOTES; round++) {
    for (const candidate of ranked) {
      if (chosen.length >= KEY_QUOTES) break;
      const speaker = candidate.quote.speaker?.toLowerCase() ?? "";
      if ((bySpeaker.get(speaker) ?? 0) >= round || chosen.includes(candidate)) continue;
      if (chosen.length > 0 && words + candidate.words > budget) continue;
      if (chosen.some((c) => c.key.includes(candidate.key) || candidate.key.includes(c.key))) continue;
      chosen.push(candidate);
      bySpeaker.set(speaker, (bySpeaker.get(speaker) ?? 0) + 1);
      words += candidate.words;
    }
  }
  return chosen.sort((a, b) => a.order - b.order).map((c) => ({ text: c.text, speaker: c.quote.speaker }));
}

/**
 * A statement rather than a term: a clause of a few words or more that is not a title in capitals
 * ("Keeping Up With the Joneses"); one that opens mid-sentence in lower case must be longer.
 */
export function isStatement(text: string): boolean {
  const words = clauseWords(text);
  if (words < MIN_STATEMENT_WORDS || isTitleCase(text)) return false;
  return startsLikeSentence(text) || words >= MIN_PARTIAL_WORDS;
}

/**
 * Words, to judge whether a quote is a clause: in Chinese and Japanese, whose words are a character
 * or two (and which the stats count a character a word), half the characters.
 */
function clauseWords(text: string): number {
  return isUnspacedScript(text) ? wordsOf(text) / 2 : wordsOf(text);
}

/** A whole sentence: opens like one and ends in sentence punctuation. */
function isWholeSentence(text: string): boolean {
  return startsLikeSentence(text) && endsInStop(text, ".!?…。！？");
}

/** Opens as a sentence does (perhaps after a mark or a bracket): a capital, a digit, or a letter of a script without case. */
function startsLikeSentence(text: string): boolean {
  return isCapitalOrNumberAt(text, "‘'([¿¡«“\"…".includes(text.charAt(0)) ? 1 : 0);
}

/** Every word of four letters or more capitalised, and no sentence punctuation: the name of a work or a thing. */
function isTitleCase(text: string): boolean {
  if (endsInStop(text, ".!?…,;:。！？")) return false;
  const long = letterRuns(text).filter((w) => w.length >= 4);
  return long.length > 0 && long.every((w) => isUppercaseOrNumberAt(w, 0));
}

/** A quote as the summary shows it: its first sentence, or its first words with an ellipsis when that is long. */
export function shortened(text: string): string {
  if (clauseWords(text) <= KEY_QUOTE_WORDS) return text;
  const sentences = splitSentences(text, 4);
  // The first sentence, with the next ones while it is too short to stand alone ("No. ...").
  let cut = "";
  for (const sentence of sentences) {
    cut = cut === "" ? sentence : /[。！？][」』）]*$/u.test(cut) ? cut + sentence : `${cut} ${sentence}`;
    if (clauseWords(cut) >= MIN_STATEMENT_WORDS) break;
  }
  if (cut !== text && clauseWords(cut) <= KEY_QUOTE_WORDS) return cut;
  return firstWords(text, KEY_QUOTE_WORDS);
}

/** The text's first `count` words (twice as many characters of an unspaced script), cut at a word boundary, with an ellipsis. */
function firstWords(text: string, count: number): string {
  let cut: string;
  if (isUnspacedScript(text)) cut = Array.from(text).slice(0, count * 2).join("");
  else {
    const words = text.split(/\s+/u).filter(Boolean);
    // Spaced words, each Chinese or Japanese character among them one: the words are taken while they fit.
    let taken = 0;
    let total = 0;
    while (taken < words.length && total + wordsOf(words[taken] ?? "") <= count) total += wordsOf(words[taken++] ?? "");
    cut = words.slice(0, Math.max(1, taken)).join(" ");
  }
  return `${cut.replace(/[\s,;:—–-]+$/u, "")}…`;
}

/** Text compared for repetition: its words of letters, in lower case. */
function normalised(text: string): string {
  return letterRuns(text.toLowerCase()).join(" ");
}
