import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countEnglishMarkers } from "../../src/parse/speakers.js";
import { letterRuns } from "../../src/text/chars.js";

const MARKERS = new Set(["the", "and", "of", "to", "is", "that", "was", "for", "with", "said", "it", "on", "are", "he", "she", "they"]);

/** What the count must equal: the letter runs of the lower-cased text, and the markers among them. */
function reference(text: string): { words: number; markers: number } {
  const words = letterRuns(text.toLowerCase());
  return { words: words.length, markers: words.filter((word) => MARKERS.has(word)).length };
}

describe("countEnglishMarkers", () => {
  it.each([
    ["", 0, 0],
    ["The cat said it was THE end.", 7, 5],
    ["“They’re here,” she said.", 5, 3],
    ["Theory, other, them, saidst", 4, 0],
    ["of2the and-to", 4, 4],
    ["Café de la Paix: the end", 6, 1],
    ["İt is", 3, 1], // lower-cased, "İ" is "i" and a combining mark: "i", "t", "is"
    ["\u212Aing of", 2, 1], // the Kelvin sign lower-cases to "k"
    ["a 😀 b 𝐀c", 3, 0],
  ])("%j: %i words, %i markers", (text, words, markers) => {
    expect(countEnglishMarkers(text)).toEqual({ words, markers });
    expect(reference(text)).toEqual({ words, markers });
  });

  it("counts as the lower-cased letter runs do, for any text", () => {
    const pieces = fc.oneof(
      fc.constantFrom("the", "The", "SAID", "it", "they", "theyre", " ", ".", "’", "é", "İ", "Σ", "\u212A", "😀", "𝐀", "\ud800", "\u0301", "5"),
      fc.string({ unit: "binary", maxLength: 3 }),
    );
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }).map((p) => p.join("")), (text) => {
      expect(countEnglishMarkers(text)).toEqual(reference(text));
    }));
  });
});
