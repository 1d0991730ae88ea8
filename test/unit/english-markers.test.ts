import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countEnglishMarkers, looksEnglish } from "../../src/parse/speakers.js";
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

/** What looksEnglish must answer: the share of markers over every paragraph's opening, up to the paragraph past 5,000 words. */
function looksEnglishReference(paragraphs: readonly string[]): boolean {
  let words = 0;
  let markers = 0;
  for (const paragraph of paragraphs) {
    const counted = reference(paragraph.slice(0, 2000));
    words += counted.words;
    markers += counted.markers;
    if (words > 5000) break;
  }
  if (words >= 40) return markers / words >= 0.08;
  // Too short to judge by its words: English if mostly in Latin letters.
  const text = paragraphs.join(" ");
  return (text.match(/\p{Script=Latin}/gu)?.length ?? 0) * 2 >= (text.match(/\p{L}/gu)?.length ?? 0);
}

describe("looksEnglish: decided early only when the rest cannot change the answer", () => {
  const english = "The mayor said that it was time for the city to act on the plan. ";
  const other = "Der Bürgermeister sagte, dass es Zeit für die Stadt sei, zu handeln. ";
  const letters = "a b c d e f g h i j k l m n o p q r s t u v w x y z ";
  it.each([
    ["no paragraphs", []],
    ["a short text", ["Nothing here."]],
    ["English", Array.from({ length: 50 }, () => english.repeat(3))],
    ["German", Array.from({ length: 50 }, () => other.repeat(3))],
    ["English, then many one-letter words", [english.repeat(20), ...Array.from({ length: 40 }, () => letters.repeat(10))]],
    ["English just above the share", [english, ...Array.from({ length: 13 }, () => other)]],
    ["English just below the share", [english, ...Array.from({ length: 16 }, () => other)]],
    ["long paragraphs past the sample", Array.from({ length: 10 }, (_, k) => (k % 2 ? other : english).repeat(60))],
    ["lower-casing that lengthens", ["İİİİ ".repeat(400), english.repeat(5)]],
  ])("%s", (_name, paragraphs) => {
    expect(looksEnglish(paragraphs)).toBe(looksEnglishReference(paragraphs));
  });

  it.each([
    ["a short English note", ["“We will win,” said Jane Doe."], true],
    ["a short English note naming someone in Chinese", ["“AI will change everything,” said 李开复 at the event."], true],
    ["a short Arabic note", ["وقال المتحدث باسم الحكومة: \"لن نقبل بأي شروط مسبقة في هذه المرحلة\""], false],
    ["a short Chinese note", ["他说：“会议很重要。”"], false],
  ])("too short to judge by its words: %s", (_name, paragraphs, english) => {
    expect(looksEnglish(paragraphs)).toBe(english);
  });

  it("answers as the whole count does, for any paragraphs", () => {
    const paragraph = fc.array(fc.constantFrom("the", "and", "said", "Haus", "und", "x", "İ", "été", ",", ".", "2000"), { maxLength: 400 }).map((words) => words.join(" "));
    fc.assert(fc.property(fc.array(paragraph, { maxLength: 30 }), (paragraphs) => looksEnglish(paragraphs) === looksEnglishReference(paragraphs)), { numRuns: 300 });
  });
});
