/**
 * Sentence splitting for news prose. A full stop ends a sentence unless it closes an abbreviation
 * ("U.S.", "Mr.", "Jan.") or an initial ("J. K."), and the next sentence must start like one
 * (a capital, a digit or an opening quote).
 */

const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gov", "sen", "rep", "gen", "col",
    "lt", "sgt", "capt", "cmdr", "adm", "maj", "cpl", "pvt", "hon", "rev", "fr", "pres", "supt", "insp",
    "no", "nos", "vol", "pp", "fig", "inc", "corp", "co", "ltd", "plc", "bros", "vs", "etc", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "d.c", "e.g", "i.e", "a.m", "p.m", "ph.d", "n.y", "l.a",
  ].map((a) => a.toLowerCase()),
);

const SENTENCE_END = /[.!?…]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith(".") && !match[0].startsWith("..") && isAbbreviation(text, match.index)) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** Whether the full stop at `dot` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && /[\p{L}.]/u.test(text[wordStart - 1] ?? "")) wordStart--;
  const word = text.slice(wordStart, dot).toLowerCase();
  if (word.length === 0) return false;
  if (/^\p{L}$/u.test(word)) return /\p{Lu}/u.test(text[wordStart] ?? ""); // an initial: "J. K. Rowling"
  return ABBREVIATIONS.has(word) || /^(\p{L}\.)+\p{L}$/u.test(word); // "U.S", "a.m"
}
