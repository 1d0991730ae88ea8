import { describe, expect, it } from "vitest";
import { asciiWordKey, splitSentences } from "../../src/text/sentences.js";

describe("splitSentences: full stops after abbreviations and initials", () => {
  it.each([
    ["Mr. Smith came. He left.", ["Mr. Smith came.", "He left."]],
    ["It cost approx. Ten dollars.", ["It cost approx. Ten dollars."]],
    ["It cost approximately. Ten came.", ["It cost approximately.", "Ten came."]],
    ["The U.S. Army said so.", ["The U.S. Army said so."]],
    ["He has a Ph.D. Students came.", ["He has a Ph.D. Students came."]],
    ["J. K. Rowling wrote it.", ["J. K. Rowling wrote it."]],
    ["He sat on row j. K came.", ["He sat on row j.", "K came."]],
    ["Wait... Then go.", ["Wait...", "Then go."]],
    ["Twelve-letter abcdefghijkl. Next one.", ["Twelve-letter abcdefghijkl.", "Next one."]],
    ["Dotted a.b.c.d.e.f. Next one.", ["Dotted a.b.c.d.e.f. Next one."]],
    ["Dotted a.b.c.d.e.f.g. Next one.", ["Dotted a.b.c.d.e.f.g.", "Next one."]], // looked back twelve characters at most
    ["Café. Next.", ["Café.", "Next."]],
  ])("%j", (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe("splitSentences: closing and opening marks around a break", () => {
  it.each([
    ["She said “Go.” Then left.", ["She said “Go.”", "Then left."]],
    ["He asked?! (Nobody) Answered.", ["He asked?!", "(Nobody) Answered."]],
    ["Done…» «Next» came.", ["Done…»", "«Next» came."]],
    ["It ended.’ ‘Yes,’ he said.", ["It ended.’", "‘Yes,’ he said."]],
    ["A \uE0001\uE001. \uE0002\uE001 B.", ["A \uE0001\uE001.", "\uE0002\uE001 B."]], // a masked quotation opens a sentence
    ["End.) [Note] here.", ["End.)", "[Note] here."]],
    ["No space.Next", ["No space.Next"]],
  ])("%j", (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe("splitSentences: Chinese and Japanese", () => {
  it.each([
    ["東京で会議が開かれました。首相は発表しました。", ["東京で会議が開かれました。", "首相は発表しました。"]],
    ["他说：“会议很重要。”我们同意！真的吗？是的", ["他说：“会议很重要。”", "我们同意！", "真的吗？", "是的"]],
    ["「これは重要です」と彼は言った。 次の文。", ["「これは重要です」と彼は言った。", "次の文。"]],
    ["Mixed 文。English next.", ["Mixed 文。", "English next."]],
    ["一。", ["一。"]],
  ])("%j", (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe("splitSentences: every mark by its code", () => {
  it.each([
    ["Go! Now? Yes… Fine. End", ["Go!", "Now?", "Yes…", "Fine.", "End"]],
    ['Aa." Bb.” Cc.’ Dd.\' Ee.) Ff.] Gg.» Hh', ['Aa."', "Bb.”", "Cc.’", "Dd.'", "Ee.)", "Ff.]", "Gg.»", "Hh"]],
    ['Aa. "Bb. “Cc. ‘Dd. \'Ee. (Ff. [Gg. «Hh. „Ii. \uE000Jj', ["Aa.", '"Bb.', "“Cc.", "‘Dd.", "'Ee.", "(Ff.", "[Gg.", "«Hh.", "„Ii.", "\uE000Jj"]],
    ["Aa. ”Bb", ["Aa. ”Bb"]],
    ["Aa.\u00a0\tBb.\u3000 Cc", ["Aa.", "Bb.\u3000 Cc"]],
    ["  Aa.  Bb.  ", ["Aa.", "Bb."]],
  ])("%j", (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe("asciiWordKey", () => {
  it.each([
    ["a", 1],
    ["z", 26],
    ["ba", 2 * 27 + 1],
    ["Mr", 13 * 27 + 18],
    ["mR", 13 * 27 + 18],
    ["u.s", -1],
    ["é", -1],
    ["@", -1],
    ["[", -1],
    ["", 0],
  ])("asciiWordKey(%j) = %i", (word, key) => {
    expect(asciiWordKey(word, 0, word.length)).toBe(key);
  });

  it("no two words of up to six letters share a key", () => {
    const keys = new Map<number, string>();
    const letters = "abcdefghijklmnopqrstuvwxyz";
    for (const a of letters) for (const b of ["", ...letters]) for (const c of ["", "a", "z"]) {
      const word = a + b + c;
      const key = asciiWordKey(word, 0, word.length);
      expect(keys.get(key) ?? word).toBe(word);
      keys.set(key, word);
    }
  });

  it.each([
    ["Gen. Smith came.", ["Gen. Smith came."]],
    ["GEN. Smith came.", ["GEN. Smith came."]],
    ["The gene. Smith came.", ["The gene.", "Smith came."]],
    ["Inc. Then.", ["Inc. Then."]],
    ["Sept. Then.", ["Sept. Then."]],
    ["Septa. Then.", ["Septa.", "Then."]],
  ])("%j", (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});
