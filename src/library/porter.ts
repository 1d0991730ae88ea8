/**
 * The Porter stemmer exactly as SQLite's FTS5 `porter` tokenizer applies it to the index's words
 * (sqlite3.c, fts5PorterCb and its steps; pure). Snippets mark the words of an article that the
 * index matched, so they must stem as the index does: a rougher stemmer left the words found only
 * through Porter's rules ("running" for `run`, "hoping" for `hope`, "generals" for `generous`)
 * unmarked, and the snippet showed the article's first lines with nothing highlighted.
 *
 * FTS5 stems the UTF-8 bytes of each lower-case token: a byte outside ASCII is a consonant, and a
 * token of fewer than 3 or more than 64 bytes is left as it is. Words outside ASCII are stemmed
 * here as their bytes for the same reason (a letter of two bytes is two consonants there).
 */

/** Tokens longer than this many bytes are not stemmed (FTS5_PORTER_MAX_TOKEN). */
const MAX_TOKEN_BYTES = 64;

/** A lower-case token (as the unicode61 tokenizer gives it) as the index holds it. */
export function porterStem(token: string): string {
  if (/^[\x00-\x7f]*$/.test(token)) return stemBytes(token);
  const bytes = Buffer.from(token, "utf8").toString("latin1"); // one character a byte
  const stemmed = stemBytes(bytes);
  return stemmed === bytes ? token : Buffer.from(stemmed, "latin1").toString("utf8");
}

function stemBytes(token: string): string {
  if (token.length > MAX_TOKEN_BYTES || token.length < 3) return token;
  let w = step1a(token);
  const afterB = step1b(w);
  w = afterB.word;
  if (afterB.removed) {
    const restored = step1b2(w);
    if (restored !== undefined) w = restored;
    else {
      const last = w[w.length - 1] ?? "";
      if (!isVowel(last, false) && last !== "l" && last !== "s" && last !== "z" && last === w[w.length - 2]) w = w.slice(0, -1);
      else if (measureIs1(w) && endsCvc(w)) w += "e";
    }
  }
  // Step 1c: a final y after a vowel-bearing stem becomes i.
  if (w.endsWith("y") && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + "i";
  w = replaceSuffix(w, STEP2, measureOver0);
  w = replaceSuffix(w, STEP3, measureOver0);
  w = step4(w);
  // Step 5a.
  if (w.endsWith("e")) {
    const stem = w.slice(0, -1);
    if (measureOver1(stem) || (measureIs1(stem) && !endsCvc(stem))) w = stem;
  }
  // Step 5b.
  if (w.length > 1 && w.endsWith("ll") && measureOver1(w.slice(0, -1))) w = w.slice(0, -1);
  return w;
}

function isVowel(c: string, yIsVowel: boolean): boolean {
  return c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || (yIsVowel && c === "y");
}

/** After a vowel then a consonant from `from`, the index just past them; 0 when there is no such pair (fts5PorterGobbleVC). */
function gobbleVowelConsonant(stem: string, from: number, previousIsConsonant: boolean): number {
  let consonant = previousIsConsonant;
  let i = from;
  for (; i < stem.length; i++) {
    consonant = !isVowel(stem[i] ?? "", consonant);
    if (!consonant) break;
  }
  for (i++; i < stem.length; i++) {
    consonant = !isVowel(stem[i] ?? "", consonant);
    if (consonant) return i + 1;
  }
  return 0;
}

/** Porter's m > 0. */
function measureOver0(stem: string): boolean {
  return gobbleVowelConsonant(stem, 0, false) !== 0;
}

/** Porter's m > 1. */
function measureOver1(stem: string): boolean {
  const n = gobbleVowelConsonant(stem, 0, false);
  return n !== 0 && gobbleVowelConsonant(stem, n, true) !== 0;
}

/** Porter's m = 1. */
function measureIs1(stem: string): boolean {
  const n = gobbleVowelConsonant(stem, 0, false);
  return n !== 0 && gobbleVowelConsonant(stem, n, true) === 0;
}

/** Porter's *o: the stem ends consonant-vowel-consonant, the last not w, x or y. */
function endsCvc(stem: string): boolean {
  const last = stem[stem.length - 1];
  if (last === "w" || last === "x" || last === "y") return false;
  let mask = 0;
  let consonant = false;
  for (const c of stem) {
    consonant = !isVowel(c, consonant);
    mask = ((mask << 1) | (consonant ? 1 : 0)) & 0x7;
  }
  return mask === 0b101;
}

/** Porter's *v*: the stem has a vowel (y after the first letter counts). */
function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (isVowel(stem[i] ?? "", i > 0)) return true;
  return false;
}

function step1a(w: string): string {
  if (!w.endsWith("s")) return w;
  const n = w.length;
  if (w[n - 2] === "e") return (n > 4 && w.endsWith("sses")) || (n > 3 && w[n - 3] === "i") ? w.slice(0, -2) : w.slice(0, -1);
  return w[n - 2] === "s" ? w : w.slice(0, -1);
}

/** Step 1b: eed -> ee; ed and ing removed after a vowel. `removed` tells whether ed or ing went (then 1b's second part runs). */
function step1b(w: string): { word: string; removed: boolean } {
  const n = w.length;
  if (n > 3 && w.endsWith("eed")) return { word: measureOver0(w.slice(0, -3)) ? w.slice(0, -1) : w, removed: false };
  if (n > 2 && w.endsWith("ed") && hasVowel(w.slice(0, -2))) return { word: w.slice(0, -2), removed: true };
  if (n > 3 && w.endsWith("ing") && hasVowel(w.slice(0, -3))) return { word: w.slice(0, -3), removed: true };
  return { word: w, removed: false };
}

function step1b2(w: string): string | undefined {
  if (w.length > 2 && (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz"))) return w + "e";
  return undefined;
}

type Rule = readonly [suffix: string, replacement: string];

/** Step 2, as FTS5 orders its rules (the first suffix that ends the word decides, matched or not). */
const STEP2: readonly Rule[] = [
  ["ational", "ate"], ["tional", "tion"], ["enci", "ence"], ["anci", "ance"], ["izer", "ize"], ["logi", "log"], ["bli", "ble"],
  ["alli", "al"], ["entli", "ent"], ["eli", "e"], ["ousli", "ous"], ["ization", "ize"], ["ation", "ate"], ["ator", "ate"],
  ["alism", "al"], ["iveness", "ive"], ["fulness", "ful"], ["ousness", "ous"], ["aliti", "al"], ["iviti", "ive"], ["biliti", "ble"],
];

const STEP3: readonly Rule[] = [
  ["ical", "ic"], ["ness", ""], ["icate", "ic"], ["iciti", "ic"], ["ful", ""], ["ative", ""], ["alize", "al"],
];

/**
 * FTS5's generated steps switch on the word's second-last letter and try that letter's suffixes in
 * order: the first suffix the word ends with (and is longer than) is the rule, applied if its
 * condition holds; no other is tried.
 */
function replaceSuffix(w: string, rules: readonly Rule[], condition: (stem: string) => boolean): string {
  const key = w[w.length - 2];
  for (const [suffix, replacement] of rules) {
    if (suffix[suffix.length - 2] !== key) continue;
    if (w.length > suffix.length && w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      return condition(stem) ? stem + replacement : w;
    }
  }
  return w;
}

const STEP4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"];

function step4(w: string): string {
  const key = w[w.length - 2];
  for (const suffix of STEP4) {
    if (suffix[suffix.length - 2] !== key) continue;
    if (w.length > suffix.length && w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      const last = stem[stem.length - 1];
      const holds = suffix === "ion" ? (last === "s" || last === "t") && measureOver1(stem) : measureOver1(stem);
      return holds ? stem : w;
    }
  }
  return w;
}

/**
 * What every token with this stem begins with. The rules mostly cut endings; those that write letters
 * leave a stem ending in one the token may not have there: an `e` after "at", "bl" or "iz" or after
 * a short stem ("hoping" -> "hope"), or in a suffix written for another ("relational" -> "relate",
 * "valency" -> "valence", "sensitivity" -> "sensitive"); an `i` for a `y` ("happy" -> "happi"); the
 * `l` of "ble" written for "bili" ("possibility" -> "possible" -> "possibl"). A final `e` no rule
 * could have written ("the") stays: a short lead would begin a great many words.
 */
export function porterLead(stem: string): string {
  let lead = stem;
  if (lead.length > 1 && lead.endsWith("i")) lead = lead.slice(0, -1);
  else if (lead.length > 1 && lead.endsWith("e")) {
    const before = lead.slice(0, -1);
    if (/(?:at|bl|iz|enc|anc|iv)$/.test(before) || (measureIs1(before) && endsCvc(before))) lead = before;
  }
  return lead.length > 2 && lead.endsWith("bl") ? lead.slice(0, -1) : lead;
}
