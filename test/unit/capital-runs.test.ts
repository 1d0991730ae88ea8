import { describe, expect, it } from "vitest";
import { forEachCapitalisedRun } from "../../src/parse/names-scan.js";
import { isUppercaseAt } from "../../src/text/chars.js";

const runs = (text: string): string[][] => {
  const found: string[][] = [];
  forEachCapitalisedRun(text, (words) => found.push(words));
  return found;
};

describe("forEachCapitalisedRun: the scan skips only blocks without capitals", () => {
  it("finds a run at every capital letter of the Basic Multilingual Plane", () => {
    const missed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // halves of pairs, below
      const ch = String.fromCharCode(code);
      if (!isUppercaseAt(ch, 0)) continue;
      if (runs(`’— ${ch} —’`).length !== 1) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it.each([
    ["a capital beyond the BMP", "x 𝐀bc y", [["𝐀bc"]]],
    ["curly quotes and dashes between names", "‘Ana’ — Émile Zola’s “Ödön”", [["Ana"], ["Émile", "Zola’s"], ["Ödön"]]],
    ["Latin-1 signs and small letters", "«ça» ¿qué? Ñandú ×Ørsted", [["Ñandú"], ["Ørsted"]]],
  ])("%s", (_name, text, expected) => {
    expect(runs(text)).toEqual(expected);
  });
});

describe("forEachCapitalisedRun: what stands before a capital", () => {
  it.each([
    ["spaces and line ends before the article", "met the\t\n Kremlin", [["the", "Kremlin"]]],
    ["a no-break space before the article", "met the\u00a0Kremlin", [["the", "Kremlin"]]],
    ["the article ending a longer word", "bathe Kremlin", [["Kremlin"]]],
    ["the article at the start", "The Kremlin", [["The", "Kremlin"]]],
    ["a joiner inside a word", "O'Neil met x.Yves and well-Known", [["O'Neil"]]],
    ["a joiner after a space", "a 'Neil -Known .Yves", [["Neil"], ["Known"], ["Yves"]]],
    ["a capital after a digit or a letter", "4G and eBay", []],
    ["a capital after a sign", "(Ana) [Bo] #Cy", [["Ana"], ["Bo"], ["Cy"]]],
  ])("%s", (_name, text, expected) => {
    expect(runs(text)).toEqual(expected);
  });
});

describe("forEachCapitalisedRun: what joins capitalised words into one run", () => {
  it.each([
    ["a name connector", "said Secretary of State John Kerry today", [["Secretary", "of", "State", "John", "Kerry"]]],
    ["“of the” before a capital", "said Speaker of the House Newt Gingrich today", [["Speaker", "of", "the", "House", "Newt", "Gingrich"]]],
    ["“of the” before a word in lower case ends the run", "Ana of the people spoke", [["Ana"]]],
    ["“of” alone before “the” in lower case, then a capital later", "the Bank of the day; Tom", [["the", "Bank"], ["Tom"]]],
  ])("%s", (_name, text, expected) => {
    expect(runs(text)).toEqual(expected);
  });
});
