/**
 * Who said each quote. The grammar of a single sentence is in attribution.ts; this file walks the
 * article: names are given in the fullest form the article uses (names.ts), pronouns and definite
 * descriptions ("he", "the company") are resolved to the most recent compatible named subject
 * (subject-history.ts), and a quote with no attribution of its own takes one from its paragraph,
 * or continues the previous paragraph's speaker.
 */
import { attributionFor, mayAttribute, type NounPhrase, readSubject, sentenceAttribution, sentenceSubject } from "./attribution.js";
import { GROUP_PRONOUNS, ORGANISATION_NOUNS, PERSON_PRONOUNS, ROLES, WRITINGS } from "./lexicon.js";
import { forEachUnquotedPart, maskParagraph, NO_CUTS, quoteCuts } from "./masking.js";
import { type Entity, entityFromWords, NameIndex } from "./names.js";
import { forEachCapitalisedRun } from "./names-scan.js";
import type { QuoteSpan } from "./quotes.js";
import { type LastSubjects, SubjectHistory } from "./subject-history.js";
import { PLACEHOLDER_OPEN, type Token, TokenReader } from "./tokens.js";
import { isLetterAt, letterRuns, previousCodePoint } from "../text/chars.js";
import { asciiWordKey, splitSentences } from "../text/sentences.js";

const MAX_SENTENCES_TO_ATTRIBUTION = 3;

/**
 * A part of the article whose sentences have no quote of their own: a paragraph without quotes (its
 * number: there are many), or sentences `first` to `last` of a paragraph with quotes.
 */
type QuietPart = number | { paragraph: number; first: number; last: number };

export function attributeQuotes(paragraphs: readonly string[], spans: readonly QuoteSpan[]): (string | null)[] {
  // The patterns below are English; in another language capitalised nouns and unknown verbs would
  // only produce wrong speakers, so none are given.
  if (spans.length === 0) return [];
  if (!looksEnglish(paragraphs)) return spans.map(() => null);
  const cuts = quoteCuts(paragraphs, spans);
  // Masked each time it is needed rather than kept: a masked copy of every quoting paragraph would
  // be megabytes held for the whole attribution. (The name index reads around the quotes instead.)
  const masked = (p: number): string => maskParagraph(paragraphs[p] ?? "", cuts[p] ?? NO_CUTS, spans);

  // Every name the article uses, quotes excepted, before any is resolved: a short mention early on
  // ("Lopez") takes the full form given later ("Mayor Maria Lopez").
  const names = new NameIndex();
  const addName = (words: string[]): void => {
    const entity = entityFromWords(words);
    if (entity) names.add(entity);
  };
  const addNamesIn = (part: string): void => forEachCapitalisedRun(part, addName);
  for (let p = 0; p < paragraphs.length; p++) forEachUnquotedPart(paragraphs[p] ?? "", cuts[p] ?? NO_CUTS, addNamesIn);

  // A one-word name never known as a person's is taken for a body ("Markets", "Moscow"): the same
  // copy serves every mention (entities are never changed; the name index is complete by now).
  const asBody = new Map<Entity, Entity>();
  const usedInLowerCase = lowerCaseUse(paragraphs);
  // The paragraph being read: where a common word's lower-case use is looked for.
  let here = 0;
  const resolveName = (np: NounPhrase & { kind: "name" }): Entity | null => {
    // "a Clinton spokesman" names a principal only if the word is a known person's name.
    if (np.weak && !names.isPersonKey(np.entity.key)) return null;
    const full = names.fullest(np.entity);
    if (!(full.person && full.tokens < 2 && !full.hadRole && !names.isPersonKey(full.key) && !/^the /iu.test(full.name))) return full;
    let body = asBody.get(full);
    if (!body) {
      body = { ...full, person: false };
      asBody.set(full, body);
    }
    return body;
  };
  // The sentences of the quoting paragraph being read and the one before: a look back at quiet
  // sentences (below) is mostly at these, which need not be masked and split again.
  let current: ParagraphSentences | null = null;
  let previous: ParagraphSentences | null = null;
  // And the last older one looked back at: a pronoun's search back reads the quiet stretches of one
  // paragraph one after another, thousands of them in a long paragraph of quotes.
  let older: ParagraphSentences | null = null;
  const sentencesOf = (p: number): SentenceTokens => {
    if (current?.paragraph === p) return current.sentences;
    if (previous?.paragraph === p) return previous.sentences;
    if (older?.paragraph !== p) older = { paragraph: p, sentences: new SentenceTokens(splitSentences(masked(p))) };
    return older.sentences;
  };
  // "Shares fell", "Growth slowed", "Twenty-nine people were hurt": a word capitalised only because
  // it starts a sentence, which the article also writes in lower case, is no one a later "they" or
  // "he" can mean. (Said of a quote, "Police said", it stays the speaker.) Asked only of the subject
  // a pronoun or a description lands on, and of a quoting sentence's own: the answer costs a
  // search of the text, which looking back past such words to older subjects would multiply.
  const isCommonWord = (entity: Entity | null): boolean =>
    entity !== null && entity.tokens === 1 && !entity.hadRole && !/^the /iu.test(entity.name) && !names.isPersonKey(entity.key) && usedInLowerCase(entity.name, here);
  const lastSubjects = (part: QuietPart): LastSubjects => {
    const found: LastSubjects = { person: null, group: null };
    const sentences = sentencesOf(typeof part === "number" ? part : part.paragraph);
    const first = typeof part === "number" ? 0 : part.first;
    const last = typeof part === "number" ? sentences.length - 1 : part.last;
    // From the last sentence back, each tokenised only if the search gets that far.
    for (let s = last; s >= first && !(found.person && found.group); s--) {
      // Who a sentence reports ("…, Mr. Obama said in his interview"; "Trump campaign spokesman
      // Jason Miller told…") is whom a later "he" means, more than the name that opens it.
      const said = sentences.attribution(s);
      const np = said?.kind === "name" ? said : sentences.subject(s);
      if (np?.kind !== "name") continue;
      const entity = resolveName(np);
      if (entity?.person) found.person ??= entity;
      else if (entity) found.group ??= entity;
    }
    return found;
  };
  const history = new SubjectHistory(lastSubjects);

  const resolve = (np: NounPhrase | null): Entity | null => {
    if (!np) return null;
    if (np.kind === "name") return resolveName(np);
    // What a pronoun or a description points back to: the last subject of a sentence, unless it is
    // a common word; then no one (rather than looking further back, which would read every
    // sentence between quotes).
    const meant = pointedTo(np);
    return isCommonWord(meant) ? null : meant;
  };
  const pointedTo = (np: NounPhrase & { kind: "pronoun" | "description" }): Entity | null => {
    if (np.kind === "pronoun") {
      if (PERSON_PRONOUNS.has(np.word)) return history.person;
      if (GROUP_PRONOUNS.has(np.word)) return np.word === "it" ? history.group : history.group ?? history.person;
      return null;
    }
    if (!np.definite) return null;
    // "his report said", "her spokesman said": the owner speaks through them.
    if (np.owner === "person") return history.person;
    if (np.owner === "group") return history.group;
    const head = np.words[np.words.length - 1] ?? "";
    if (ORGANISATION_NOUNS.has(head)) return history.group;
    // "The letter reads", "the list says": a writing not said to be anyone's tells no speaker.
    if (WRITINGS.has(head)) return null;
    if (ROLES.has(head) || /(?:er|or|ist|man|woman|ent)$/u.test(head)) return history.person;
    return null;
  };
  const remember = (entity: Entity | null): void => history.remember(entity);

  const speakers: (string | null)[] = spans.map(() => null);
  const decided: boolean[] = spans.map(() => false);
  // A quote that runs on into later paragraphs is attributed where it ends, if it says so there
  // ("... future,” added Rep. Jim Clyburn): what its first paragraph suggests waits until then.
  const carried = new Map<number, string>();
  let previousParaSpeaker: string | null = null;

  for (let p = 0; p < paragraphs.length; p++) {
    here = p;
    if ((cuts[p] ?? NO_CUTS).length === 0) {
      // No quote here: the paragraph only moves the subject history on.
      history.queue(p);
      previousParaSpeaker = null;
      continue;
    }
    const paraSentences = new SentenceTokens(splitSentences(masked(p)));
    previous = current;
    current = { paragraph: p, sentences: paraSentences };
    const pending: PendingQuote[] = [];
    // The quotes pending, to ask of in constant time: a paragraph of one long line can hold thousands.
    const isPending = new Set<number>();
    let lastSpeaker: string | null = null;
    // Who each sentence's own attribution named, as resolved there: a pronoun in it ("he said") means
    // whoever it meant at that point, not the subject the paragraph ends with.
    const saidIn = new Map<number, string>();
    // Sentences without a quote of their own only move the subject history on, like paragraphs
    // without quotes: their subjects are read if the history is looked back at before it moves on.
    let quietFrom = -1;
    for (let s = 0; s < paraSentences.length; s++) {
      if (!paraSentences.hasQuote(s)) {
        if (quietFrom < 0) quietFrom = s;
        continue;
      }
      queueQuiet(history, p, quietFrom, s);
      quietFrom = -1;
      const tokens = paraSentences.at(s) ?? [];
      const subjectPhrase = sentenceSubject(tokens);
      const resolved = resolve(subjectPhrase);
      const subject = isCommonWord(resolved) ? null : resolved;
      // A named subject is known before its own sentence's pronouns: "Flynn said ... when he said".
      if (subjectPhrase?.kind === "name") remember(subject);
      for (let t = 0; t < tokens.length; t++) {
        const token = tokens[t];
        if (!token || token.kind !== "quote" || decided[token.quote]) continue;
        const np = attributionFor(tokens, t);
        const entity = np ? resolve(np) : null;
        const speaker = entity ? entity.name : null;
        if (np) {
          decided[token.quote] = true;
          speakers[token.quote] = speaker;
          if (speaker) {
            lastSpeaker = speaker;
            saidIn.set(s, speaker);
          }
          remember(entity);
        } else if (spans[token.quote]?.endPara === p || spans[token.quote]?.para === p) {
          // A paragraph has a handful of quotes at most: its list is searched, no set is made.
          if (!isPending.has(token.quote)) {
            isPending.add(token.quote);
            pending.push({ quote: token.quote, sentenceIndex: s, startsParagraph: s === 0 && t === 0, wholeSentence: t === 0 && tokens.length <= 2 });
          }
        }
      }
      remember(subject);
    }
    queueQuiet(history, p, quietFrom, paraSentences.length);
    // Quotes with no attribution in their own sentence: the paragraph's other attributions, then
    // the previous paragraph's speaker when the quote opens its paragraph (a continued quote).
    for (const item of pending) {
      if (decided[item.quote]) continue;
      let speaker: string | null = carried.get(item.quote) ?? null;
      // Attribution stands near its quote; looking further would cost time and find other speakers.
      for (let distance = 1; distance <= MAX_SENTENCES_TO_ATTRIBUTION && !speaker; distance++) {
        for (let side = -1; side <= 1; side += 2) {
          if (speaker) continue;
          const at = item.sentenceIndex + side * distance;
          // `"…," he said. "…"`: a quote that is a sentence of its own right after an attributed
          // one goes on in the same voice, whoever the paragraph names later.
          const continued = at === item.sentenceIndex - 1 && item.wholeSentence ? saidIn.get(at) : undefined;
          speaker = continued ?? resolve(paraSentences.attribution(at))?.name ?? null;
        }
      }
      if (!speaker && item.startsParagraph) speaker = previousParaSpeaker;
      if (!speaker && item.sentenceIndex > 0 && item.wholeSentence) {
        // "Sanders spoke of young voters. “They are sick of it.”": a quote standing as its own
        // sentence right after a sentence about a named person is that person's.
        const subjectBefore = resolve(sentenceSubject(paraSentences.at(item.sentenceIndex - 1) ?? []));
        const previous = isCommonWord(subjectBefore) ? null : subjectBefore;
        if (previous?.person) speaker = previous.name;
      }
      if (speaker && (spans[item.quote]?.endPara ?? p) > p) {
        carried.set(item.quote, speaker);
        lastSpeaker = speaker;
      } else if (speaker) {
        decided[item.quote] = true;
        speakers[item.quote] = speaker;
        lastSpeaker = speaker;
      }
    }
    previousParaSpeaker = lastSpeaker;
  }
  return speakers;
}

/**
 * Whether the article writes a word in lower case too ("shares" for "Shares"), as a whole word;
 * asked of the few one-word names that come up as speakers, each answer kept. The search stops at
 * the first use, which for a common word comes early.
 */
function lowerCaseUse(paragraphs: readonly string[]): (word: string, paragraph: number) => boolean {
  // Stretches of about USE_BLOCK characters, by whole paragraphs (a paragraph longer than that is
  // a stretch of its own). An article no longer than two stretches is searched whole, and the
  // search stops at the first use, which for a common word comes early. In a longer text (many
  // stories put together, megabytes) a word is looked for in the stretch of the paragraph asked
  // about and the one either side, through the set of words each stretch holds, made once: a
  // search of the whole text for each of its names grew with the square of its length.
  const blockOf: number[] = [];
  const blockStarts: number[] = [0];
  let length = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    if (length >= USE_BLOCK * blockStarts.length) blockStarts.push(p);
    blockOf.push(blockStarts.length - 1);
    length += (paragraphs[p] ?? "").length + 1;
  }
  const answers = new Map<string, boolean>();
  if (length <= 2 * USE_BLOCK) {
    return (word) => {
      let answer = answers.get(word);
      if (answer === undefined) {
        const lower = word.toLowerCase();
        answer = lower !== word && paragraphs.some((paragraph) => hasWholeWord(paragraph, lower));
        answers.set(word, answer);
      }
      return answer;
    };
  }
  const paragraphsOf = (block: number): readonly string[] => paragraphs.slice(blockStarts[block] ?? paragraphs.length, blockStarts[block + 1] ?? paragraphs.length);
  const wordSets = new Map<number, Set<string>>();
  const wordsOf = (block: number): Set<string> => {
    let words = wordSets.get(block);
    if (!words) {
      words = new Set(paragraphsOf(block).flatMap(letterRuns));
      wordSets.set(block, words);
    }
    return words;
  };
  // Searches near a stretch that found nothing: a set of its words costs as much as a few dozen.
  const misses: number[] = blockStarts.map(() => 0);
  return (word, paragraph) => {
    const block = blockOf[paragraph] ?? 0;
    const key = `${word}\u0000${block}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      const lower = word.toLowerCase();
      const near = [block - 1, block, block + 1].filter((k) => k >= 0 && k < blockStarts.length);
      // A word of letters alone is a whole word exactly where it is one of a stretch's runs of
      // letters; one with a hyphen or an apostrophe ("al-karomi") can be one only where each of its
      // runs of letters is, and is searched for only there.
      const bySet = (misses[block] ?? 0) >= MISSES_BEFORE_WORD_SETS;
      const runs = letterRuns(lower);
      const lettersOnly = runs[0] === lower;
      const mayHold = (k: number): boolean => !bySet || runs.every((run) => wordsOf(k).has(run));
      answer =
        lower !== word &&
        near.some((k) => mayHold(k) && ((bySet && lettersOnly) || paragraphsOf(k).some((text) => hasWholeWord(text, lower))));
      if (!answer) misses[block] = (misses[block] ?? 0) + 1;
      answers.set(key, answer);
    }
    return answer;
  };
}
const USE_BLOCK = 65_536;
const MISSES_BEFORE_WORD_SETS = 16;

function hasWholeWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? previousCodePoint(text, at) : -1;
    const after = at + word.length;
    if ((before < 0 || !isLetterAt(text, before)) && (after >= text.length || !isLetterAt(text, after))) return true;
  }
  return false;
}

interface ParagraphSentences {
  paragraph: number;
  sentences: SentenceTokens;
}

interface PendingQuote {
  quote: number;
  sentenceIndex: number;
  startsParagraph: boolean;
  wholeSentence: boolean;
}

/** Queue sentences `from` to `end` (exclusive) of paragraph `p`, when there are any (`from` is -1 when not). */
function queueQuiet(history: SubjectHistory<QuietPart>, p: number, from: number, end: number): void {
  if (from >= 0) history.queue({ paragraph: p, first: from, last: end - 1 });
}

/**
 * A paragraph's sentences, tokenised when first asked for, and only as far as asked. Only the last
 * few are kept: attribution looks a few sentences around a quote, and a paragraph can be the
 * whole of a megabyte text.
 */
class SentenceTokens {
  /** The readers of the sentences read lately: sentence `s` in slot `s % MAX_CACHED_SENTENCES`, when it is there. */
  private readonly readers: (TokenReader | undefined)[] = [];
  private readonly readerSentences: number[] = [];
  constructor(private readonly sentences: readonly string[]) {}

  get length(): number {
    return this.sentences.length;
  }

  text(s: number): string {
    return this.sentences[s] ?? "";
  }

  /** The subject of sentence `s`: its opening tokens are read for it, the rest when asked for (`at`). */
  subject(s: number): NounPhrase | null {
    return readSubject(this.reader(s));
  }

  /** Whether sentence `s` holds a quote placeholder (see maskParagraph), and so quote tokens. */
  hasQuote(s: number): boolean {
    return this.text(s).includes(PLACEHOLDER_OPEN);
  }

  /** `sentenceAttribution` of sentence `s` (null when there is none), tokenising it only if it has a word that could be a reporting verb. */
  attribution(s: number): NounPhrase | null {
    return s >= 0 && s < this.sentences.length && mayAttribute(this.text(s)) ? sentenceAttribution(this.reader(s).all()) : null;
  }

  at(s: number): Token[] | undefined {
    return s >= 0 && s < this.sentences.length ? this.reader(s).all() : undefined;
  }

  private reader(s: number): TokenReader {
    // Slots rather than a map: one is made for every paragraph with quotes, and most have a few
    // sentences, each in a slot of its own.
    const slot = s % MAX_CACHED_SENTENCES;
    let reader = this.readers[slot];
    if (!reader || this.readerSentences[slot] !== s) {
      reader = new TokenReader(this.text(s));
      this.readers[slot] = reader;
      this.readerSentences[slot] = s;
    }
    return reader;
  }
}
const MAX_CACHED_SENTENCES = 2 * MAX_SENTENCES_TO_ATTRIBUTION + 2;

const ENGLISH_MARKERS = ["the", "and", "of", "to", "is", "that", "was", "for", "with", "said", "it", "on", "are", "he", "she", "they"];
/** The markers as `asciiWordKey`s (none is longer than four letters). */
const MARKER_KEYS = new Set(ENGLISH_MARKERS.map((marker) => asciiWordKey(marker, 0, marker.length)));
const MAX_MARKER_LENGTH = 4;

/** The opening of each paragraph that is read, and the words after which no more paragraphs are. */
const SAMPLE_LENGTH = 2000;
const SAMPLE_WORDS = 5000;
const MIN_MARKER_SHARE = 0.08;

/** Whether the text is English prose: its commonest small words make up a good share of it. */
export function looksEnglish(paragraphs: readonly string[]): boolean {
  // English is told well before the end of an article: the count stops as soon as its markers are
  // enough even if every word still unread were not one. A sample of n characters has n + 1 words
  // at most (each holds a letter; lower-casing makes no more letters), and reading stops within a
  // paragraph of SAMPLE_WORDS.
  let unread = 0;
  for (const paragraph of paragraphs) unread += Math.min(paragraph.length, SAMPLE_LENGTH) + 1;
  let words = 0;
  let markers = 0;
  for (const paragraph of paragraphs) {
    const counted = countEnglishMarkers(paragraph.slice(0, SAMPLE_LENGTH));
    words += counted.words;
    markers += counted.markers;
    if (words > SAMPLE_WORDS) break;
    unread -= Math.min(paragraph.length, SAMPLE_LENGTH) + 1;
    if (markers / Math.min(words + unread, SAMPLE_WORDS + SAMPLE_LENGTH + 1) >= MIN_MARKER_SHARE) return true;
  }
  // Too short to judge by its words: English if written mostly in Latin letters (an Arabic or
  // Chinese note of a few lines is not, and its "verbs" would only make wrong speakers).
  return words < 40 ? mostlyLatin(paragraphs) : markers / words >= MIN_MARKER_SHARE;
}

/** Whether at least half the letters of a (short) text are Latin ones. */
function mostlyLatin(paragraphs: readonly string[]): boolean {
  const text = paragraphs.join(" ");
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin * 2 >= letters;
}

/**
 * The words of a text (the runs of letters `letterRuns` finds in it lower-cased) and how many of
 * them are English markers. This reads the opening of every paragraph of an article with quotes,
 * so ASCII letters are told by their codes, with no lower-cased copy of the text and no copy of a
 * word; text with a letter outside ASCII is read the exact slow way (lower-casing "İ" makes two
 * characters, the second not a letter). Lower-casing never makes a letter of anything else.
 */
export function countEnglishMarkers(text: string): { words: number; markers: number } {
  let words = 0;
  let markers = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const lower = code | 0x20;
    const letter = code < 128 && lower >= 97 && lower <= 122;
    if (!letter && code >= 128 && isLetterAt(text, i)) return countEnglishMarkersExactly(text);
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words++;
      if (i - start <= MAX_MARKER_LENGTH && MARKER_KEYS.has(asciiWordKey(text, start, i))) markers++;
      start = -1;
    }
  }
  return { words, markers };
}

function countEnglishMarkersExactly(text: string): { words: number; markers: number } {
  const words = letterRuns(text.toLowerCase());
  return { words: words.length, markers: words.filter((word) => ENGLISH_MARKERS.includes(word)).length };
}
