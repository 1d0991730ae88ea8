import { codePointLength, isLetterOrNumberAt, previousCodePoint } from "../text/chars.js";
import { cjkAsSpaces, cjkRuns, hasCjk, pairedWords } from "../text/cjk.js";
import { porterLead, porterStem } from "./porter.js";

/**
 * Search queries and snippets (pure). A query is words and "quoted phrases"; a word ending in `*`
 * matches as a prefix. Every word or phrase must occur (AND). The engine gets a query in its own
 * syntax with every word quoted, so nothing a user types can be read as an operator.
 */

export interface QueryPart {
  /** Lower-case words that must occur together, in order (a possessive's `'s` left out). */
  words: string[];
  /** The last word matches as a prefix. */
  prefix: boolean;
  /**
   * The words with a possessive's `s` where a phrase had one inside it ("Greenspan's speech"): the
   * index holds that `s` as a word, so the phrase as written is looked for too.
   */
  asWritten?: string[];
  /** Typed with a `-` before it: the articles that have it are left out. */
  excluded?: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, Latin diacritics dropped: as the engine's tokenizer (unicode61, remove_diacritics) sees words. */
export function normalizeWord(word: string): string {
  if (!/[^\u0000-\u007f]/.test(word)) return word.toLowerCase(); // nearly every word: nothing to decompose
  return word.normalize("NFKD").replace(/(\p{Script=Latin})\p{M}+/gu, "$1").normalize("NFC").toLowerCase();
}

/**
 * A possessive's `'s` or `’s` after a letter or digit ("Yukos's", "Greenspan’s"), which the index
 * holds as a word "s" of its own: a query for the name means the name. Only text with an apostrophe
 * is matched against it (a Unicode property class takes a while to compile, once a process).
 */
const POSSESSIVE = /(?<=[\p{L}\p{N}])['’]s(?![\p{L}\p{N}])/gu;
const POSSESSIVE_AT_END = /(?<=[\p{L}\p{N}])['’]s(?![\p{L}\p{N}])(?=[^\p{L}\p{N}]*$)/u;

function withoutPossessives(text: string): string {
  return /['’]/.test(text) ? text.replace(POSSESSIVE, "") : text;
}

function wordsOf(text: string): string[] {
  return wordsAsWritten(withoutPossessives(text));
}

function wordsAsWritten(text: string): string[] {
  const normal = normalizeWord(text);
  // ASCII's letters and digits are its only characters in \p{L} and \p{N}; a Unicode property class
  // takes a while to compile, once a process, so it is left to text outside ASCII.
  const words = normal.match(/[^\u0000-\u007f]/.test(normal) ? WORD : ASCII_WORD) ?? [];
  return hasCjk(normal) ? words.flatMap(pairedWords) : words;
}

/** A single Chinese or Japanese character: indexed inside a run as the first of a pair, so looked for as a prefix. */
function isSingleCjk(word: string | undefined): boolean {
  return word !== undefined && word.length === 1 && hasCjk(word);
}

const ASCII_WORD = /[a-zA-Z0-9]+/g;

/**
 * A query's words and "phrases" as typed: `-` before one (`-clinton`, `-"white house"`) leaves out
 * the articles that have it, as in web search engines. A `-` inside a word ("e-mail") is punctuation.
 */
function queryTokens(query: string): { raw: string; quoted: boolean; excluded: boolean }[] {
  return [...query.matchAll(/(-?)"([^"]*)"?|(\S+)/g)].map((match) => {
    const bare = match[3];
    if (bare === undefined) return { raw: match[2] ?? "", quoted: true, excluded: match[1] === "-" };
    const excluded = bare.startsWith("-");
    return { raw: excluded ? bare.replace(/^-+/, "") : bare, quoted: false, excluded };
  });
}

/** Words and "phrases" of a query; punctuation inside a word ("Putin-Trump") makes it a phrase. */
export function parseQuery(query: string): QueryPart[] {
  const parts: QueryPart[] = [];
  for (const { raw, quoted, excluded } of queryTokens(query)) {
    const words = wordsOf(raw);
    if (words.length === 0) continue;
    const prefix = (!quoted && raw.endsWith("*")) || isSingleCjk(words[words.length - 1]);
    // A possessive that ends the phrase only adds a word "s" after the rest, which the phrase without it finds anyway.
    const asWritten = wordsAsWritten(/['’]/.test(raw) ? raw.replace(POSSESSIVE_AT_END, "") : raw);
    const part: QueryPart = asWritten.length > words.length ? { words, prefix, asWritten } : { words, prefix };
    parts.push(excluded ? { ...part, excluded } : part);
  }
  return parts;
}

/** The parts of a query that articles must have (not those it leaves out with `-`). */
export function wantedParts(query: string): QueryPart[] {
  return parseQuery(query).filter((part) => !part.excluded);
}

/** Titles said before a name ("Mr Brown said"), which the speakers' names in the index do not have. */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "mx"]);

/**
 * The words of a speaker's name to look for: a possessive's `'s` and a leading title (Mr, Dr, ...)
 * left out. A title alone (`--speaker Mr`) is no name: none are left.
 */
export function speakerWords(speaker: string): string[] {
  const words = wordsOf(speaker);
  return HONORIFICS.has(words[0] ?? "") ? words.slice(1) : words;
}

/**
 * Whether a quote's speaker is the person `--speaker` names, as the index finds them: the name's
 * words, stemmed as the index stems them, stand together in the speaker's name ("Li" is Li Wei, not
 * Julia Gillard, whose name only holds the letters; "Davy" is Emma Davies, as the index has it).
 */
export function speakerMatcher(speaker: string): (name: string) => boolean {
  const wanted = speakerWords(speaker);
  const stems = wanted.map(stem);
  // A word without a stem's lead cannot have that stem: most names are told apart without stemming them.
  const leads = stems.map(porterLead);
  // A one-character Chinese or Japanese name is looked for as the first of a pair, as in matchExpression.
  const lastIsPrefix = isSingleCjk(wanted[wanted.length - 1]);
  const wordMatches = (word: string | undefined, j: number): boolean =>
    word !== undefined && (lastIsPrefix && j === wanted.length - 1 ? word.startsWith(wanted[j] ?? "") : word.startsWith(leads[j] ?? "") && stem(word) === stems[j]);
  // The hits' quotes name the same few people again and again.
  return judgedOnce((name) => {
    const words = wordsOf(name);
    for (let i = 0; i + wanted.length <= words.length; i++) if (wanted.every((_, j) => wordMatches(words[i + j], j))) return true;
    return false;
  });
}

/** `judge` asked once for each distinct string: snippets meet the same words and names in every hit. */
function judgedOnce<T extends string | boolean | null>(judge: (key: string) => T): (key: string) => T {
  const judged = new Map<string, T>();
  return (key) => {
    const known = judged.get(key);
    if (known !== undefined) return known;
    const value = judge(key);
    judged.set(key, value);
    return value;
  };
}

/**
 * The engine's MATCH expression for a query and an optional speaker, or undefined when neither asks
 * for anything (words left out alone find nothing to leave them out of).
 */
export function matchExpression(query: string, speaker: string | undefined): string | undefined {
  const phrase = (words: readonly string[], prefix: boolean): string => `"${words.join(" ")}"${prefix ? " *" : ""}`;
  const clause = (part: QueryPart): string =>
    part.asWritten ? `(${phrase(part.asWritten, part.prefix)} OR ${phrase(part.words, part.prefix)})` : phrase(part.words, part.prefix);
  const parts = parseQuery(query);
  const clauses = parts.filter((part) => !part.excluded).map(clause);
  const name = speaker === undefined ? [] : speakerWords(speaker);
  if (name.length > 0) clauses.push(`speakers : ${phrase(name, isSingleCjk(name[name.length - 1]))}`);
  if (clauses.length === 0) return undefined;
  const left = parts.filter((part) => part.excluded).map(clause);
  return left.length === 0 ? clauses.join(" AND ") : `(${clauses.join(" AND ")}) NOT (${left.join(" OR ")})`;
}

/**
 * A word as the index holds it: lower case, Latin accents dropped, a possessive's `'s` left out, and
 * stemmed by the same Porter rules as the engine's tokenizer, so that the words a snippet marks are
 * the words the search found ("running" for `run`, "generals" for `generous`).
 */
export function stem(word: string): string {
  return porterStem(normalizeWord(word).replace(/['’]s$/, ""));
}

/**
 * Whether a word of the text is one the query looks for, and `leads`: what every matching word made
 * of ASCII letters and digits begins with (in lower case), for makeSnippet's shortcut; without
 * leads, makeSnippet judges every word. `fragments`: runs of Chinese or Japanese the query asks
 * for, found wherever they occur in the text, as their words are not set apart. `phrases`: the
 * query's phrases ("white house", "U.S.", "don't"), whose words are marked only where they stand
 * together, unless `alone` (the query's other words) takes them too.
 */
export type WordMatcher = ((word: string) => boolean) & {
  readonly leads?: readonly string[];
  readonly fragments?: readonly string[];
  readonly phrases?: readonly PhraseToMark[];
  readonly alone?: (word: string) => boolean;
};

/** A phrase's words as the index holds them, and its last word's beginning when it ends in `*`. */
export interface PhraseToMark {
  stems: readonly string[];
  prefix?: string;
}

/** Decides whether a word of the text is one the query looks for. */
export function termMatcher(query: string, speaker?: string): WordMatcher {
  const name = speaker ? speakerWords(speaker) : [];
  const nameParts = name.length > 0 ? [{ words: name, prefix: isSingleCjk(name[name.length - 1]) }] : [];
  const wanted = wantedParts(query);
  const { matches, leads } = partsMatcher([...wanted, ...nameParts]);
  // As typed, and in the forms the index holds (half-width katakana as full-width), so that either
  // form is marked in the text, as either is found.
  const asked = [...queryTokens(query).filter((token) => !token.excluded).map((token) => token.raw), speaker ?? ""].join(" ");
  const fragments = [...new Set([...cjkRuns(asked), ...cjkRuns(normalizeWord(asked))])];
  // A speaker's name is looked for in the quotes' speakers, not as a phrase of the text: its words are marked alone.
  const phrases = wanted.filter(isPhraseToMark).map((part): PhraseToMark => {
    const last = part.words[part.words.length - 1] ?? "";
    return part.prefix ? { stems: part.words.slice(0, -1).map(stem), prefix: last } : { stems: part.words.map(stem) };
  });
  if (phrases.length === 0) return Object.assign(matches, { leads, fragments });
  const alone = partsMatcher([...wanted.filter((part) => !isPhraseToMark(part)), ...nameParts]).matches;
  return Object.assign(matches, { leads, fragments, phrases, alone });
}

/** A phrase of words set apart by spaces or punctuation (Chinese and Japanese, as pairs of characters, are marked as fragments). */
function isPhraseToMark(part: QueryPart): boolean {
  return part.words.length > 1 && !part.words.some(hasCjk);
}

/** Whether a word of the text is one of these parts' words (a prefix part's last word as a prefix), and their leads. */
function partsMatcher(parts: readonly QueryPart[]): { matches: (word: string) => boolean; leads: string[] } {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const part of parts) {
    part.words.forEach((w, i) => (part.prefix && i === part.words.length - 1 ? prefixes.push(w) : exact.add(stem(w))));
  }
  const exactLeads = [...exact].map(porterLead);
  // The same common words ("the", "they") recur in every article: stemming them in each would cost a
  // search that many articles match. A word without a stem's lead cannot have that stem (porterLead).
  const matches = judgedOnce((word): boolean => {
    const normal = normalizeWord(word);
    return (exactLeads.some((lead) => normal.startsWith(lead)) && exact.has(stem(normal))) || prefixes.some((p) => normal.startsWith(p));
  });
  return { matches, leads: [...exactLeads, ...prefixes] };
}

export interface Snippet {
  text: string;
  /** [start, end) offsets in `text` of the words that matched, in order. */
  highlights: [number, number][];
}

/**
 * The passage of `text` (about `length` characters, cut at words) with the most different matching
 * words, and where they are. Without a match, the text's beginning.
 */
export function makeSnippet(text: string, matches: WordMatcher, length = 160): Snippet {
  const flat = collapseSpace(text).trim();
  const hits = withPhrasesWhole(flat, matchedWords(flat, matches), matches);
  // The window (starting at a hit) that holds the most distinct matched words; the earliest on a tie.
  let bestStart = 0;
  let bestScore = -1;
  for (let i = 0; i < hits.length; i++) {
    const first = hits[i];
    if (!first) continue;
    const keys = new Set<string>();
    let count = 0;
    for (let j = i; j < hits.length; j++) {
      const hit = hits[j];
      if (!hit || hit.end - first.start > length) break;
      keys.add(hit.key);
      count++;
    }
    const score = keys.size * 1000 + count;
    if (score > bestScore) {
      bestScore = score;
      bestStart = first.start;
    }
  }
  // Start a little before the first hit, at a word boundary, so it reads as part of a sentence.
  let start = hits.length === 0 ? 0 : Math.max(0, bestStart - Math.floor(length / 4));
  if (start > 0) {
    const sentence = flat.lastIndexOf(". ", bestStart);
    if (sentence >= start - 1 && sentence < bestStart) start = sentence + 2;
    else {
      const space = flat.indexOf(" ", start);
      start = space >= 0 && space < bestStart ? space + 1 : bestStart;
    }
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? "…" : "";
  const suffix = end < flat.length ? "…" : "";
  const body = flat.slice(start, end);
  const highlights: [number, number][] = hits
    .filter((h) => h.start >= start && h.end <= end)
    .map((h) => [h.start - start + prefix.length, h.end - start + prefix.length]);
  return { text: prefix + body + suffix, highlights };
}

/**
 * The hits without the words that only a phrase asks for and that do not stand in it here: for
 * `"U.S."` the "s" of every "Obama's", for `3.5` every other 3 and 5. The words of a phrase stand
 * together when nothing but punctuation and spaces comes between them (or a possessive's `'s`,
 * which the query's phrase was looked for without).
 */
function withPhrasesWhole(text: string, hits: readonly MatchedWord[], matches: WordMatcher): readonly MatchedWord[] {
  const { phrases, alone } = matches;
  if (!phrases || phrases.length === 0) return hits;
  const inPhrase = new Array<boolean>(hits.length).fill(false);
  const wordOf = (hit: MatchedWord): string => text.slice(hit.start, hit.end);
  for (let i = 0; i < hits.length; i++) {
    for (const phrase of phrases) {
      const length = phrase.stems.length + (phrase.prefix === undefined ? 0 : 1);
      let found = i + length <= hits.length;
      for (let j = 0; found && j < length; j++) {
        const hit = hits[i + j];
        const previous = hits[i + j - 1];
        if (!hit) found = false;
        else if (j > 0 && previous && !onlyPunctuationBetween(text, previous.end, hit.start)) found = false;
        else if (j < phrase.stems.length) found = hit.key === phrase.stems[j];
        else found = normalizeWord(wordOf(hit)).startsWith(phrase.prefix ?? "");
      }
      if (found) inPhrase.fill(true, i, i + length);
    }
  }
  // A Chinese or Japanese fragment's key is the fragment itself, which is no word's stem.
  const fragments = new Set(matches.fragments ?? []);
  return hits.filter((hit, i) => inPhrase[i] || fragments.has(hit.key) || (alone?.(wordOf(hit)) ?? false));
}

/** Whether text[from, to) has no letter or digit, once a possessive's `'s` that opens it is passed over. */
function onlyPunctuationBetween(text: string, from: number, to: number): boolean {
  let at = /^['’][sS]$/.test(text.slice(from, from + 2)) && !isLetterOrNumberAt(text, from + 2) ? from + 2 : from;
  for (; at < to; at += codePointLength(text, at)) if (isLetterOrNumberAt(text, at)) return false;
  return true;
}

/**
 * Each run of white space as one space, as `text.replace(/\s+/g, " ")` gives it, replacing only the
 * runs that are not a single space already: in prose, a few paragraph breaks instead of every gap
 * between words.
 */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_TO_COLLAPSE, " ");
}

const SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** A word of the text that matched, and its stem (what makes matched words different). */
export interface MatchedWord {
  start: number;
  end: number;
  key: string;
}

/** The words of `text` that `matches` accepts, in order: by the shortcut when the matcher has leads. */
export function matchedWords(text: string, matches: WordMatcher): MatchedWord[] {
  const leads = matches.leads;
  // An empty lead (the stem of "y") begins every word: nothing to skip.
  if (leads === undefined || leads.some((lead) => lead === "")) return matchedWordsByScan(text, matches);
  return withCjk(text, matches, (spaced) => matchedWordsByLeads(spaced, matches, leads));
}

/**
 * What `find` finds in the text with its Chinese and Japanese as spaces (words that touch them are
 * words of their own), with the places where the query's fragments of those scripts occur.
 */
function withCjk(text: string, matches: WordMatcher, find: (spaced: string) => MatchedWord[]): MatchedWord[] {
  const words = find(cjkAsSpaces(text));
  const fragments = matches.fragments ?? [];
  return fragments.length === 0 ? words : withFragments(text, words, fragments);
}

/** The words and each place a fragment occurs, in order; of hits that overlap, the first (the longest at a tie) is kept. */
function withFragments(text: string, words: readonly MatchedWord[], fragments: readonly string[]): MatchedWord[] {
  const hits = [...words];
  for (const fragment of fragments) {
    for (let at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + fragment.length)) hits.push({ start: at, end: at + fragment.length, key: fragment });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  let reached = 0;
  return hits.filter((hit) => {
    if (hit.start < reached) return false;
    reached = hit.end;
    return true;
  });
}

/** Each word of the text judged in turn: the plain way, and the reference for the shortcut. */
export function matchedWordsByScan(text: string, matches: WordMatcher): MatchedWord[] {
  return withCjk(text, matches, (spaced) => {
    const judge = wordJudge(matches);
    const hits: MatchedWord[] = [];
    for (const m of spaced.matchAll(WORD)) {
      const key = judge(m[0]);
      if (key !== null) hits.push({ start: m.index, end: m.index + m[0].length, key });
    }
    return hits;
  });
}

/**
 * The same words as matchedWordsByScan, judging only the words a lead begins and those with a
 * character outside ASCII: a word of ASCII letters and digits is its own lower case when normalized,
 * so if it matches it begins with a lead; any other word might match in a way no lead shows (an
 * accent dropped, a compatibility form decomposed), so it is judged as the scan judges it.
 */
function matchedWordsByLeads(text: string, matches: (word: string) => boolean, leads: readonly string[]): MatchedWord[] {
  const asciiLeads = leads.filter((lead) => /^[a-z0-9]+$/.test(lead)); // others begin no ASCII word
  const candidates = new RegExp([...asciiLeads, OUTSIDE_ASCII_BUT_PUNCTUATION].join("|"), "gi");
  const judge = wordJudge(matches);
  const hits: MatchedWord[] = [];
  for (let m = candidates.exec(text); m !== null; m = candidates.exec(text)) {
    const { start, end } = wordAround(text, m.index);
    if (start === end) continue; // a character outside ASCII that is not part of a word: a symbol, a quote
    const key = judge(text.slice(start, end));
    if (key !== null) hits.push({ start, end, key });
    candidates.lastIndex = end;
  }
  return hits;
}

/**
 * A character outside ASCII, except the General Punctuation block (U+2000-U+206F: curly quotes,
 * dashes, ellipses), which holds no letter or digit and is what most articles' non-ASCII text is.
 */
export const OUTSIDE_ASCII_BUT_PUNCTUATION = "[^\\x00-\\x7f\\u2000-\\u206f]";

/** Each distinct word judged once (an article repeats most of its words): its stem when it matches, else null. */
function wordJudge(matches: (word: string) => boolean): (word: string) => string | null {
  return judgedOnce((word) => (matches(word) ? stem(word) : null));
}

/** The word (a run of WORD's characters) that the character at `at` is part of; empty when it is none. */
function wordAround(text: string, at: number): { start: number; end: number } {
  let end = at;
  for (let length = wordCharAt(text, end); length > 0; length = wordCharAt(text, end)) end += length;
  if (end === at) return { start: at, end };
  let start = at;
  for (let length = wordCharBefore(text, start); length > 0; length = wordCharBefore(text, start)) start -= length;
  return { start, end };
}

/** How many code units the word character at `at` takes (1, or 2 for a surrogate pair); 0 when there is none. */
function wordCharAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return isAsciiWordChar(code) ? 1 : 0;
  if (Number.isNaN(code)) return 0; // the end of the text
  // From the parser's table of character classes: a \p{L} pattern would be compiled in every process.
  return isLetterOrNumberAt(text, at) ? codePointLength(text, at) : 0;
}

/** How many code units the word character ending at `at` takes; 0 when there is none. */
function wordCharBefore(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return isAsciiWordChar(code) ? 1 : 0;
  if (Number.isNaN(code)) return 0; // the start of the text
  const start = previousCodePoint(text, at);
  return isLetterOrNumberAt(text, start) ? at - start : 0;
}

/** ASCII's letters and digits: its only characters in \p{L} and \p{N}. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}
