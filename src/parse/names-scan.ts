/**
 * Every run of capitalised words in a text, the way the attribution grammar would see it in the
 * text's tokens: consecutive capitalised words, with a lower-case "the" before and name connectors
 * inside ("Secretary of State"), ending after a possessive. The name index needs this over the
 * whole article, so instead of tokenising everything the scan jumps from capital to capital and
 * reads tokens only there: lower-case prose in between costs one pass of the regex engine.
 */
import { NAME_CONNECTORS } from "./lexicon.js";
import { isSpaceAt, isTokenStart, previousPoint, readToken, type Token } from "./tokens.js";

const CAPITAL = /\p{Lu}/gu;
const POSSESSIVE = /['’]s?$/u;

export function forEachCapitalisedRun(text: string, visit: (words: string[]) => void): void {
  const n = text.length;
  const tokens: Token[] = [];
  let from = 0;
  while (from < n) {
    CAPITAL.lastIndex = from;
    const found = CAPITAL.exec(text);
    if (!found) return;
    const start = found.index;
    if (!isTokenStart(text, start)) {
      from = start + found[0].length;
      continue;
    }
    // Read the run's tokens, one ahead: a word with its full stop split off ends the run anyway.
    tokens.length = 0;
    let at = readToken(text, start, tokens);
    let runEnd = tokens.length === 1 ? at : at - 1;
    let end = 1;
    for (;;) {
      if (tokens.length > end) break; // the split-off full stop
      const before = tokens.length;
      const next = readToken(text, at, tokens);
      const word = tokens[before];
      if (word?.kind === "word" && word.capitalised) {
        end++;
        at = next;
        runEnd = tokens.length === end ? at : at - 1;
      } else if (word?.kind === "word" && NAME_CONNECTORS.has(word.lower) && tokens.length === before + 1) {
        const after = readToken(text, next, tokens);
        if (!tokens[before + 1]?.capitalised) break;
        end += 2;
        at = after;
        runEnd = tokens.length === end ? at : at - 1;
      } else break;
      if (POSSESSIVE.test(tokens[end - 1]?.text ?? "")) break; // a possessive ends the name
    }
    const words: string[] = [];
    const article = articleBefore(text, start);
    if (article) words.push(article);
    for (let k = 0; k < end; k++) words.push(tokens[k]?.text ?? "");
    visit(words);
    from = runEnd;
  }
}

/** The word "the" (as written) when it is the token right before offset `i`, else null. */
function articleBefore(text: string, i: number): string | null {
  let j = i;
  while (j > 0 && isSpaceAt(text, previousPoint(text, j))) j = previousPoint(text, j);
  if (j < 3 || j === i) return null;
  const word = text.slice(j - 3, j);
  return word.toLowerCase() === "the" && isTokenStart(text, j - 3) ? word : null;
}
