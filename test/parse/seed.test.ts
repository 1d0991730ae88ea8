import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse/index.js";

const seedPath = fileURLToPath(new URL("../../seeds/putin-trump-call.txt", import.meta.url));

describe("the bundled seed article (issue 2)", () => {
  const article = parseArticle(readFileSync(seedPath, "utf8"), "putin-trump-call");

  it("has three sections with the two subheadings", () => {
    expect(article.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      [null, 1],
      ["Putin Trump call stirs diplomatic shock", 3],
      ["Mixed signals from Washington", 3],
    ]);
  });

  it("derives its headline", () => {
    expect(article.headlineSource).toBe("derived");
    expect(article.headline.length).toBeLessThanOrEqual(91);
    expect(article.headline.startsWith("A surprise Putin-Trump call")).toBe(true);
  });

  it("finds the four quotes with their speakers", () => {
    expect(article.quotes.map((q) => ({ text: q.text, speaker: q.speaker }))).toEqual([
      { text: "productive", speaker: "The Kremlin" },
      { text: "very constructive.", speaker: "Donald Trump" },
      { text: "Do they really want Tomahawks coming their way? I don’t think so.", speaker: "Donald Trump" },
      { text: "sign of panic", speaker: "Volodymyr Zelensky" },
    ]);
    expect(article.quotes.map((q) => [q.section, q.paragraph])).toEqual([[1, 0], [1, 0], [2, 0], [2, 1]]);
  });
});
