import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { renderListing } from "../../src/commands/list.js";
import { renderSearch } from "../../src/commands/search.js";
import type { LibraryArticle, SearchResult } from "../../src/library/library.js";

const ADDED = Date.UTC(2026, 10, 27, 12);

function article(number: number, headline: string, extra: Partial<LibraryArticle> = {}): LibraryArticle {
  return { number, id: `article-${number}`, path: `/lib/article-${number}.txt`, bundled: false, added: ADDED, headline, words: 100 + number, quotes: number % 5, ...extra };
}

describe("the list table", () => {
  it("aligns the columns and cuts long headlines with an ellipsis, at the display width", async () => {
    const articles = [
      article(1, "A short one", { id: "putin-trump-call", bundled: true, added: null }),
      article(12, "A headline far too long to fit in what the table leaves for it"),
      article(3, "東京の記者会見で首相が新しい計画を発表した"),
    ];
    const table = await renderListing({ format: "table", width: 64 }, articles);
    expect(table).toMatchInlineSnapshot(`
      " #  ID                ADDED       WORDS  QUOTES  HEADLINE
       1  putin-trump-call  bundled       101       1  A short one
      12  article-12        2026-11-27    112       2  A headline far…
       3  article-3         2026-11-27    103       3  東京の記者会見…
      "
    `);
  });

  it.each([
    [60, "Clinton H…"],
    [100, "Clinton Health Question…"],
    [160, "Clinton Health Questions Linger"],
  ])("cuts ids made from long headlines so that the table fits %i columns, leaving the headline room", async (width, headline) => {
    const articles = [
      article(1, "Clinton Health Questions Linger", { id: "stealth-over-health-the-senator-who-says-she-is-better-than-ever" }),
      article(2, "東京で会議", { id: "東京で会議が開かれました首相は記者団に対し経済対策を発表しました" }),
      article(3, "Short", { id: "short" }),
    ];
    const lines = (await renderListing({ format: "table", width }, articles)).trimEnd().split("\n");
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    expect(lines[1]?.endsWith(`  ${headline}`)).toBe(true);
    expect(lines[3]).toMatch(/ short +2026/);
  });

  it("gives up the date, then the quotes, then the words on a screen too narrow for them all, rather than let rows wrap", async () => {
    const articles = [article(1, "Stealth over health", { id: "stealth-over-health" }), article(12, "Facebook faces questions", { id: "facebook-faces-questions" })];
    const at = async (width: number): Promise<string[]> => (await renderListing({ format: "table", width }, articles)).trimEnd().split("\n");
    for (const width of [20, 24, 30, 36, 40, 47, 48, 60]) for (const line of await at(width)) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    expect((await at(60))[0]).toMatch(/^ # {2}ID +ADDED {7}WORDS {2}QUOTES {2}HEADLINE$/);
    expect((await at(40))[0]).toBe(" #  ID         WORDS  QUOTES  HEADLINE");
    expect((await at(32))[0]).toBe(" #  ID         WORDS  HEADLINE");
    expect(await at(22)).toEqual([" #  ID      HEADLINE", " 1  steal…  Stealth o…", "12  faceb…  Facebook …"]);
  });

  it("keeps whole ids when they fit", async () => {
    const table = await renderListing({ format: "table", width: 60 }, [article(1, "A headline that is cut", { id: "a-fairly-long-id" })]);
    expect(table).toMatchInlineSnapshot(`
      "#  ID                ADDED       WORDS  QUOTES  HEADLINE
      1  a-fairly-long-id  2026-11-27    101       1  A headline …
      "
    `);
  });

  it("lists a very large library without overflowing the stack", async () => {
    const articles = Array.from({ length: 200_000 }, (_, i) => article(200_000 - i, `Headline number ${200_000 - i} of a very large library`));
    const lines = (await renderListing({ format: "table", width: 80 }, articles)).trimEnd().split("\n");
    expect(lines).toHaveLength(200_001);
    expect(lines[1]).toMatch(/^200000 {2}article-200000 {2}/);
    expect(lines[200_000]).toMatch(/^ {5}1 {2}article-1 {7}/);
    expect(new Set(lines.slice(1).map((line) => line.indexOf("Headline"))).size).toBe(1);
  });
});

describe("search results for people", () => {
  it("keeps every line within the width, the header and each hit's id line included", async () => {
    const id = "stealth-over-health-the-senator-who-says-she-is-better-than-ever";
    const hits = [{ ...article(7, "Stealth over health", { id }), score: 1, snippet: { text: "The senator says she is better than ever.", highlights: [[4, 11]] as [number, number][] } }];
    const text = await renderSearch("senator health", { total: 1, hits }, { format: "text", speaker: "Jane Roe", limit: 20, width: 30, color: false, theme: "dark" });
    expect(text).toMatchInlineSnapshot(`
      "1 article matches “senator
      health” quoting Jane Roe

        7  Stealth over health
           stealth-over-health-the-s
           enator-who-says-she-is-be
           tter-than-ever
           added 2026-11-27
           107 words
           The senator says she is
           better than ever.
      "
    `);
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(30);
    for (const width of [20, 21, 24]) {
      const narrow = await renderSearch("senator health", { total: 1, hits }, { format: "text", speaker: undefined, limit: 20, width, color: false, theme: "dark" });
      for (const line of narrow.split("\n")) expect(line.length).toBeLessThanOrEqual(width);
    }
  });

  it.each([
    [80, ["5 articles match “greenspan” (the first 2)"]],
    [40, ["5 articles match “greenspan”", "(the first 2)"]],
    [20, ["5 articles match", "“greenspan”", "(the first 2)"]],
  ])("keeps '(the first N)' whole in the status line at %i columns", async (width, expected) => {
    const hits = [1, 2].map((n) => ({ ...article(n, "Greenspan speaks"), score: 1, snippet: { text: "Greenspan spoke.", highlights: [[0, 9]] as [number, number][] } }));
    const text = await renderSearch("greenspan", { total: 5, hits }, { format: "text", speaker: undefined, limit: 2, width, color: false, theme: "dark" });
    expect(text.split("\n\n")[0]?.split("\n")).toEqual(expected);
  });

  it("numbers any count of hits without overflowing the stack", async () => {
    const hits = Array.from({ length: 200_000 }, (_, i) => ({ ...article(i + 1, "Kyiv"), score: 1, snippet: { text: "in Kyiv", highlights: [[3, 7]] as [number, number][] } }));
    const result: SearchResult = { total: hits.length, hits };
    const text = await renderSearch("kyiv", result, { format: "text", speaker: undefined, limit: hits.length, width: 80, color: false, theme: "dark" });
    expect(text.startsWith("200000 articles match “kyiv”\n")).toBe(true);
    expect(text).toContain("\n  200000  Kyiv\n");
    expect(text).toContain("\n       1  Kyiv\n");
  });
});

describe("search results in a pipe", () => {
  it.each([
    [5.974e-7, "0.0000005974"],
    [2.116e-6, "0.000002116"],
    [1.5e-9, "0.0000000015"],
    [0.5, "0.5"],
    [12.34, "12.34"],
    [0, "0"],
  ])("writes the score %s as the decimal %s, which sort -n orders", async (score, written) => {
    const hits = [{ ...article(3, "Kyiv talks"), score, snippet: { text: "in Kyiv", highlights: [[3, 7]] as [number, number][] } }];
    const tsv = await renderSearch("kyiv", { total: undefined, hits }, { format: "tsv", speaker: undefined, limit: 20, width: 80, color: false, theme: "dark" });
    expect(tsv.split("\t")[2]).toBe(written);
    expect(Number(written)).toBe(score);
  });

  it("gives each hit in JSON with the article's fields in list --json's order, then its own", async () => {
    const hits = [{ ...article(3, "Kyiv talks"), score: 1.5, snippet: { text: "in Kyiv", highlights: [[3, 7]] as [number, number][] } }];
    const json = JSON.parse(await renderSearch("kyiv", { total: 1, hits }, { format: "json", speaker: undefined, limit: 20, width: 80, color: false, theme: "dark" })) as { hits: Record<string, unknown>[] };
    expect(Object.keys(json.hits[0] ?? {})).toEqual(["number", "id", "path", "bundled", "added", "headline", "words", "quotes", "score", "snippet", "highlights"]);
    expect(json.hits[0]?.added).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});
