import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayAttribute, sentenceAttribution } from "../../src/parse/attribution.js";
import { tokenize } from "../../src/parse/tokens.js";

// A sentence near a quote is tokenised for `sentenceAttribution` only if `mayAttribute` lets it
// through: it must never turn away one the grammar would find an attribution in.
describe("mayAttribute", () => {
  it.each([
    ["Sofia Rossi warned.", true],
    ["He said the plan was dead.", true],
    ["According to the Kremlin, talks will go on.", true],
    ["ACCORDING to the Kremlin, talks will go on.", true],
    ["The plan was dead.", false],
    ["Rossi’s plans, unsaid, stood.", false], // "unsaid" is a word of its own, not "said"
    ["She re-said it.", true], // "said" as a run of letters: a needless but harmless tokenising
    ["Officials sAID nothing.", true], // the grammar lower-cases words: "sAID" is "said"
    ["Said2 was there.", false], // a capitalised word is a verb only as "According"
    ["Said Trump: no.", false],
    ["They as\u212A for more.", true], // the Kelvin sign lower-cases to "k": "ask"
    ["Café owners met on Tuesday.", false],
    ["", false],
  ])("%j: %s", (text, expected) => {
    expect(mayAttribute(text)).toBe(expected);
  });

  it("never turns away a sentence the grammar finds an attribution in", () => {
    const word = fc.constantFrom("said", "Said", "SAID", "told", "according", "to", "Ana", "Ruiz", "the", "minister", "he", "it", "and", "asked", "as\u212A", "re-said", "said.", "“", "”", ",", "\uE0001\uE001", "noted", "claims");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }).map((words) => words.join(" ")), (text) => {
        if (!mayAttribute(text)) expect(sentenceAttribution(tokenize(text))).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});
