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
