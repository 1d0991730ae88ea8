import { describe, expect, it } from "vitest";
import { cjkAsSpaces, cjkRuns, pairedForIndex } from "../../src/library/cjk.js";

describe("Chinese and Japanese for the index", () => {
  it.each([
    ["No such text here.", "No such text here."],
    ["人工智能", " 人工 工智 智能 "],
    ["在人工智能公司DeepMind开发", " 在人 人工 工智 智能 能公 公司 DeepMind 开发 "],
    ["東京で、会議。", " 東京 京で 、 会議 。"],
    ["カタカナ・テスト", " カタ タカ カナ ・ テス スト "],
    ["一 字", " 一   字 "],
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
