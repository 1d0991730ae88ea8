/**
 * Word tokens for attribution finding. A quoted span is replaced beforehand by a placeholder
 * (see `maskQuotes`) so that words inside quotes never look like attribution.
 */
import { isAbbreviationWord } from "./names.js";

export type TokenKind = "word" | "punct" | "quote";

export interface Token {
  text: string;
  lower: string;
  kind: TokenKind;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** For kind "quote": the index of the quote span it stands for. */
  quote: number;
}

const PLACEHOLDER_OPEN = "\uE000";
const PLACEHOLDER_CLOSE = "\uE001";
// Linear: the separator class and the letter class are disjoint, so there is one way to match.
const TOKEN = /\uE000(\d+)\uE001|[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*\.?|[^\s]/gu;

export function placeholder(index: number): string {
  return `${PLACEHOLDER_OPEN}${index}${PLACEHOLDER_CLOSE}`;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    if (match[1] !== undefined) {
      tokens.push({ text: raw, lower: raw, kind: "quote", capitalised: false, quote: Number(match[1]) });
      continue;
    }
    const isWord = /^[\p{L}\p{M}\p{N}]/u.test(raw);
    if (isWord && raw.endsWith(".") && !isAbbreviationWord(raw)) {
      tokens.push(word(raw.slice(0, -1)));
      tokens.push({ text: ".", lower: ".", kind: "punct", capitalised: false, quote: -1 });
    } else if (isWord) {
      tokens.push(word(raw));
    } else {
      tokens.push({ text: raw, lower: raw, kind: "punct", capitalised: false, quote: -1 });
    }
  }
  return tokens;
}

function word(text: string): Token {
  return { text, lower: text.toLowerCase(), kind: "word", capitalised: /^\p{Lu}/u.test(text), quote: -1 };
}
