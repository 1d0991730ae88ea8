import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse/index.js";
import { readingWords } from "../../src/parse/stats.js";
import { summarise } from "../../src/summary.js";
import { cjkAsSpaces, cjkRuns, pairedForIndex } from "../../src/text/cjk.js";

describe("Chinese and Japanese for the index", () => {
  it.each([
    ["No such text here.", "No such text here."],
    ["人工智能", " 人工 工智 智能 "],
    ["在人工智能公司DeepMind开发", " 在人 人工 工智 智能 能公 公司 DeepMind 开发 "],
    ["東京で、会議。", " 東京 京で 、 会議 。"],
    ["カタカナ・テスト", " カタ タカ カナ ・ テス スト "],
    ["一 字", " 一   字 "],
    // Half-width katakana as full-width, as queries are normalized.
    ["ﾛﾎﾞｯﾄ", " ロボ ボッ ット "],
  ])("pairedForIndex(%j) = %j", (text, expected) => {
    expect(pairedForIndex(text)).toBe(expected);
  });

  it("keeps offsets when setting Chinese and Japanese apart from other words", () => {
    const text = "公司DeepMind开发 café";
    expect(cjkAsSpaces(text)).toBe("  DeepMind   café");
    expect(cjkAsSpaces(text)).toHaveLength(text.length);
  });

  it("finds the runs of a query", () => {
    expect(cjkRuns("人工智能 DeepMind 会議")).toEqual(["人工智能", "会議"]);
    expect(cjkRuns("plain words")).toEqual([]);
  });
});

describe("words of Chinese and Japanese text", () => {
  it.each([
    ["Plain English prose, counted by its spaces.", 7],
    ["東京で会議が開かれました。", 12],
    ["谷歌在2014年收购的人工智能公司DeepMind开发。", 17],
    ["東京 会議", 4],
    ["A short line with 東京 in it", 8],
    ["— 「これは重要です」と言った。", 12],
    // Long prose in a spaced script is counted by its spaces, a name in Chinese characters and all.
    [`${"The council met on Tuesday to discuss the budget. ".repeat(3)}東京`, 28],
    ["東京で会議が開かれました。".repeat(10), 120],
  ])("readingWords(%j) = %i", (text, words) => {
    expect(readingWords(text, text.split(/\s+/).filter(Boolean).length)).toBe(words);
  });
});

describe("the summary's lead in Chinese and Japanese", () => {
  it.each([
    ["東京で会議が開かれました。首相は発表しました。", "東京で会議が開かれました。首相は発表しました。"],
    ["「重要です。」彼は言った。", "「重要です。」彼は言った。"],
    ["The council met. It voted.", "The council met. It voted."],
  ])("runs its sentences together as written: %j", (paragraph, lead) => {
    expect(summarise(parseArticle(`Title\n\n${paragraph}\n`, "t")).lead).toBe(lead);
  });
});
