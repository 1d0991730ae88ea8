/**
 * Chinese and Japanese, which put no spaces between words (pure). For counting words, each
 * character counts as one. For the search index: the engine's tokenizer takes a whole run of them
 * (with any Latin letters touching it) for one word, so a search for a word inside the run would
 * find nothing. As search engines commonly do for these scripts, each run is indexed as its
 * overlapping pairs of characters ("人工智能" -> "人工 工智 智能"), and a query's runs are asked for
 * as the same pairs, in a row: the pairs of a word occur in a row wherever the word does, whatever
 * surrounds it, with no dictionary to agree on.
 */

/**
 * Han ideographs (with extension A and the compatibility block), kana (half-width katakana too, not
 * the katakana middle dot, which is punctuation), the iteration and closing marks.
 */
const CJK_CHAR = "\\u3005-\\u3007\\u3040-\\u30fa\\u30fc-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f";
const HAS_CJK = new RegExp(`[${CJK_CHAR}]`);
const CJK_RUN = new RegExp(`[${CJK_CHAR}]+`, "g");

/** Whether the text has a character these rules treat as Chinese or Japanese. */
export function hasCjk(text: string): boolean {
  return HAS_CJK.test(text);
}

/** A run's overlapping pairs of characters; a run of one character is itself. */
export function characterPairs(run: string): string[] {
  if (run.length < 2) return [run];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) pairs.push(run.slice(i, i + 2));
  return pairs;
}

/**
 * The text as the index is given it: each run of Chinese or Japanese as its pairs, set apart by
 * spaces, in its compatibility-normalized form (half-width katakana as full-width), as queries are
 * normalized (query.ts normalizeWord).
 */
export function pairedForIndex(text: string): string {
  if (!hasCjk(text)) return text; // nearly every article: no copy
  return text.replace(CJK_RUN, (run) => ` ${characterPairs(run.normalize("NFKC")).join(" ")} `);
}

/** A query word split as the index has it: its runs of Chinese or Japanese as pairs, the rest as it is. */
export function pairedWords(word: string): string[] {
  if (!hasCjk(word)) return [word];
  return pairedForIndex(word).split(" ").filter(Boolean);
}

/**
 * The text with each Chinese or Japanese character as a space: the same offsets, and the words of
 * other scripts that touch them ("公司DeepMind开发") set apart.
 */
export function cjkAsSpaces(text: string): string {
  return hasCjk(text) ? text.replace(CJK_RUN, (run) => " ".repeat(run.length)) : text;
}

/** How many characters of Chinese or Japanese the text has. */
export function cjkCharacterCount(text: string): number {
  let count = 0;
  for (const run of text.match(CJK_RUN) ?? []) count += run.length;
  return count;
}

/** The parts of the text between its runs of Chinese or Japanese. */
export function betweenCjk(text: string): string[] {
  return text.split(CJK_RUN);
}

/** The runs of Chinese or Japanese in a query: what a snippet highlights where they occur. */
export function cjkRuns(text: string): string[] {
  return text.match(CJK_RUN) ?? [];
}
