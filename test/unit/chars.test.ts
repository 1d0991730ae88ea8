import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classifyAllCharacters,
  codePointLength,
  isCapitalOrNumberAt,
  isLetterAt,
  isLetterOrNumberAt,
  isLowercaseAt,
  isPunctuationSymbolOrSpaceAt,
  isSpaceAt,
  isTrimmedByTrim,
  isUppercaseAt,
  isUppercaseOrNumberAt,
  letterRuns,
  previousCodePoint,
} from "../../src/text/chars.js";

// Each question must answer exactly what its Unicode property pattern answers at that index.
const QUESTIONS: [string, (text: string, index: number) => boolean, RegExp][] = [
  ["letter", isLetterAt, /^\p{L}/u],
  ["capital", isUppercaseAt, /^\p{Lu}/u],
  ["lower case", isLowercaseAt, /^\p{Ll}/u],
  ["letter or number", isLetterOrNumberAt, /^[\p{L}\p{N}]/u],
  ["capital, number or caseless letter", isCapitalOrNumberAt, /^[\p{Lu}\p{N}\p{Lo}]/u],
  ["capital or number", isUppercaseOrNumberAt, /^[\p{Lu}\p{N}]/u],
  ["space", isSpaceAt, /^\s/u],
  ["punctuation, symbol or space", isPunctuationSymbolOrSpaceAt, /^[\p{P}\p{S}\s]/u],
];

const chars = fc.oneof(
  fc.constantFrom("A", "z", "5", " ", "\u00a0", "“", "—", "é", "É", "ß", "Ж", "東", "ǅ", "٣", "\u0301", "😀", "𝐀", "\ud800", "\udc00", "¿", "€"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);
const texts = fc.array(chars, { maxLength: 6 }).map((c) => c.join(""));

describe("character classes", () => {
  it.each(QUESTIONS)("%s: as its pattern says, at any index, surrogate pairs whole", (_name, question, pattern) => {
    fc.assert(
      fc.property(texts, fc.nat(8), (text, index) => {
        expect(question(text, index)).toBe(pattern.test(text.slice(index)) && index < text.length);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the same answers once the whole plane is classified", () => {
    classifyAllCharacters();
    for (const ch of ["A", "é", "“", "東", "\u2028", "\ud800"]) {
      for (const [, question, pattern] of QUESTIONS) expect(question(ch, 0)).toBe(pattern.test(ch));
    }
  });

  it.each([
    ["abc", 0, 1],
    ["😀x", 0, 2],
    ["😀x", 1, 1],
    ["", 0, 1],
  ])("codePointLength(%j, %i) = %i", (text, index, expected) => {
    expect(codePointLength(text, index)).toBe(expected);
  });

  it.each([
    ["ab-", 2, 1],
    ["😀-", 2, 0],
    ["\udc00-", 1, 0],
  ])("previousCodePoint(%j, %i) = %i", (text, index, expected) => {
    expect(previousCodePoint(text, index)).toBe(expected);
  });
});

describe("letterRuns", () => {
  it("is split(/[^\\p{L}]+/u) without the empty pieces", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(letterRuns(text)).toEqual(text.split(/[^\p{L}]+/u).filter(Boolean));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("isTrimmedByTrim", () => {
  it.each([
    [" ", true],
    ["\t", true],
    ["\u2028", true],
    ["\ufeff", true],
    ["\u3000", true],
    ["\u0000", false],
    ["\u200b", false],
    ["a", false],
  ])("%j: %s", (char, expected) => {
    expect(isTrimmedByTrim(char.charCodeAt(0))).toBe(expected);
  });

  it("answers what trim does, for every code unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (isTrimmedByTrim(code) !== (char.trim() === "")) expect.fail(`U+${code.toString(16)}`);
    }
  });
});
