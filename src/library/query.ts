/**
 * Search queries and snippets (pure). A query is words and "quoted phrases"; a word ending in `*`
 * matches as a prefix. Every word or phrase must occur (AND). The engine gets a query in its own
 * syntax with every word quoted, so nothing a user types can be read as an operator.
 */

export interface QueryPart {
  /** Lower-case words that must occur together, in order. */
  words: string[];
  /** The last word matches as a prefix. */
  prefix: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, Latin diacritics dropped: as the engine's tokenizer (unicode61, remove_diacritics) sees words. */
export function normalizeWord(word: string): string {
  if (!/[^\u0000-\u007f]/.test(word)) return word.toLowerCase(); // nearly every word: nothing to decompose
  return word.normalize("NFKD").replace(/(\p{Script=Latin})\p{M}+/gu, "$1").normalize("NFC").toLowerCase();
}

function wordsOf(text: string): string[] {
  return [...normalizeWord(text).matchAll(WORD)].map((m) => m[0]);
}

/** Words and "phrases" of a query; punctuation inside a word ("Putin-Trump") makes it a phrase. */
export function parseQuery(query: string): QueryPart[] {
  const parts: QueryPart[] = [];
  for (const match of query.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const raw = match[1] ?? match[2] ?? "";
    const words = wordsOf(raw);
    if (words.length === 0) continue;
    parts.push({ words, prefix: match[2] !== undefined && raw.endsWith("*") });
  }
  return parts;
}

/** The engine's MATCH expression for a query and an optional speaker, or undefined when both are empty. */
export function matchExpression(query: string, speaker: string | undefined): string | undefined {
  const clauses = parseQuery(query).map((part) => `"${part.words.join(" ")}"${part.prefix ? " *" : ""}`);
  const speakerWords = speaker === undefined ? [] : wordsOf(speaker);
  if (speakerWords.length > 0) clauses.push(`speakers : "${speakerWords.join(" ")}"`);
  return clauses.length > 0 ? clauses.join(" AND ") : undefined;
}

/** A rough English stem, enough to highlight "talks" and "talked" for a search for "talk". */
export function stem(word: string): string {
  const w = normalizeWord(word).replace(/['’]s$/, "");
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 5 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ed")) return w.slice(0, -2);
  if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/** Decides whether a word of the text is one the query looks for. */
export function termMatcher(query: string, speaker?: string): (word: string) => boolean {
  const parts = [...parseQuery(query), ...(speaker ? parseQuery(speaker) : [])];
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const part of parts) {
    part.words.forEach((w, i) => (part.prefix && i === part.words.length - 1 ? prefixes.push(w) : exact.add(stem(w))));
  }
  return (word) => {
    const normal = normalizeWord(word);
    return exact.has(stem(normal)) || prefixes.some((p) => normal.startsWith(p));
  };
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
export function makeSnippet(text: string, matches: (word: string) => boolean, length = 160): Snippet {
  const flat = text.replace(/\s+/g, " ").trim();
  const hits: { start: number; end: number; key: string }[] = [];
  // Each distinct word is judged once: an article repeats most of its words.
  const judged = new Map<string, string | null>();
  for (const m of flat.matchAll(WORD)) {
    const word = m[0];
    let key = judged.get(word);
    if (key === undefined) {
      key = matches(word) ? stem(word) : null;
      judged.set(word, key);
    }
    if (key !== null) hits.push({ start: m.index, end: m.index + word.length, key });
  }
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
