import { describe, expect, it } from "vitest";
import { readSubject, sentenceSubject } from "../../src/parse/attribution.js";
import { asciiClasses, sameText, tokenize, TokenReader } from "../../src/parse/tokens.js";
import { CAPITAL, classesAt, WHITE_SPACE, WORD_CHARACTER } from "../../src/text/chars.js";

describe("TokenReader", () => {
  it.each([
    ["", 0, false],
    ["Ana Ruiz said so.", 2, true],
    ["Ana Ruiz said so.", 5, false],
    ["U.S. officials met.", 1, true],
    ["It ended.", 2, true],
    ["  spaced  out  ", 1, true],
  ])("%j: has token %i: %s, and reads all of them as tokenize does", (text, i, has) => {
    const reader = new TokenReader(text);
    expect(reader.has(i)).toBe(has);
    expect(reader.tokens.length).toBeLessThanOrEqual(i + 2); // at most the asked-for token's split full stop beyond it
    expect(reader.all()).toEqual(tokenize(text));
  });
});

describe("readSubject", () => {
  it.each([
    ["Sofia Rossi warned.", "Sofia Rossi", 4], // "warned" and its full stop are read together
    ["He said it was over.", "he", 1],
    ["The Kremlin said nothing.", "The Kremlin", 3],
    ["In Washington, President Joe Biden said so.", "Joe Biden", 7],
    ["The Swiss company said so.", null, 6], // a name that describes the noun after it is not the subject
    ["Kyiv’s confidence grew, Zelensky said.", "Zelensky", 7],
    ["the plan was dead and nobody said otherwise.", null, 9],
    ["Mr. Smith spoke.", "Smith", 4],
    ["As Zelensky spoke, Kyiv waited.", "Kyiv", 7],
  ])("%j: %j, reading %i tokens", (text, subject, read) => {
    const reader = new TokenReader(text);
    const found = readSubject(reader);
    const name = found === null ? null : found.kind === "name" ? found.entity.name : found.kind === "pronoun" ? found.word : found.words.join(" ");
    expect(name).toBe(subject);
    expect(found).toEqual(sentenceSubject(tokenize(text)));
    expect(reader.tokens.length).toBe(read);
  });
});

describe("sameText: a word against a span of a text", () => {
  it.each([
    ["Ana", "said Ana Ruiz", 5, 8, true],
    ["Ana", "said Ann Ruiz", 5, 8, false],
    ["Ana", "said Anat", 5, 9, false],
    ["“Ana”", "x “Ana” y", 2, 7, true],
    ["", "abc", 1, 1, true],
    ["abc", "ab", 0, 3, false],
  ])("%j in %j from %i to %i: %s", (word, text, start, end, expected) => {
    expect(sameText(word, text, start, end)).toBe(expected);
  });
});

describe("asciiClasses: the tokenizer's classes of ASCII characters, by code", () => {
  it.each(Array.from({ length: 128 }, (_, code) => [code]))("character %i", (code) => {
    const answers = (bits: number): boolean[] => [CAPITAL, WORD_CHARACTER, WHITE_SPACE].map((asked) => (bits & asked) !== 0);
    expect(answers(asciiClasses(code))).toEqual(answers(classesAt(String.fromCharCode(code), 0)));
  });
});
