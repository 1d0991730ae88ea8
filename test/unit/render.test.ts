import stringWidth from "string-width";
import stripAnsi from "strip-ansi";
import { describe, expect, it } from "vitest";
import { renderArticle, type RenderOptions } from "../../src/render/index.js";
import { escapeInline, escapeLineStart } from "../../src/render/markdown.js";
import { printable, printableName, unescapedName } from "../../src/render/sanitize.js";
import { sampleArticle } from "./fixtures.js";

const options = (overrides: Partial<RenderOptions>): RenderOptions => ({ format: "text", width: 60, color: false, theme: "dark", summary: false, hyperlinks: false, ...overrides });

describe("text", () => {
  it("breaks the metadata line between its items on a narrow terminal, in every styled and plain layout", async () => {
    const article = sampleArticle({ stats: { words: 1235, readingMinutes: 5 } });
    const meta = async (overrides: Partial<RenderOptions>): Promise<string> => stripAnsi(await renderArticle(article, options({ width: 24, ...overrides }))).split("\n\n")[1] ?? "";
    expect(await meta({})).toMatchInlineSnapshot(`
      "1235 words · 5 min read
      2 quotes"
    `);
    expect(await meta({ format: "ansi", color: true })).toBe(await meta({}));
    expect(await meta({ summary: true })).toBe(await meta({}));
    expect(await meta({ width: 20 })).toMatchInlineSnapshot(`
      "1235 words
      5 min read
      2 quotes"
    `);
  });

  it("lays out headline, metadata, sections and who said what", async () => {
    expect(await renderArticle(sampleArticle(), options({}))).toMatchInlineSnapshot(`
      "Council approves new river bridge
      =================================

      52 words · 1 min read · 2 quotes

      The city council voted 7-2 on Tuesday to build a bridge
      across the river, ending years of debate.

      What comes next
      ---------------

      Mayor Ana Ruiz called the vote “a long-awaited step” and
      said work would start in spring.

      “We will keep the old ferry running until the bridge opens,”
      she said.

      Who said what
      -------------

        “a long-awaited step”
          — Ana Ruiz

        “We will keep the old ferry running until the bridge
        opens,”
          — Ana Ruiz
      "
    `);
  });

  it("gives a summary: lead, sections, key quotes", async () => {
    expect(await renderArticle(sampleArticle(), options({ summary: true }))).toMatchInlineSnapshot(`
      "Council approves new river bridge
      =================================

      52 words · 1 min read · 2 quotes

      The city council voted 7-2 on Tuesday to build a bridge
      across the river, ending years of debate.

      Sections
      --------

        • What comes next

      Key quotes
      ----------

        “We will keep the old ferry running until the bridge
        opens,”
          — Ana Ruiz
      "
    `);
  });

  it.each([20, 33, 47, 80])("never exceeds the width (%i columns), with long words and wide characters", async (width) => {
    const article = sampleArticle({
      headline: "Supercalifragilisticexpialidocious-and-then-some headline",
      sections: [{ heading: "日本語の見出しがここにあります", paragraphs: ["東京で記者会見が開かれた。😀😀😀😀😀😀😀😀😀😀 https://example.com/a/very/long/path/that/does/not/break/anywhere/at/all"] }],
      quotes: [{ text: "东京东京东京东京东京东京东京东京东京东京东京东京", speaker: "某人", section: 0, paragraph: 0 }],
    });
    for (const format of ["text", "ansi"] as const) {
      const out = await renderArticle(article, options({ format, width, color: true }));
      for (const line of stripAnsi(out).split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    }
  });
});

describe("ansi", () => {
  it("styles headline, headings and quotes when colour is on", async () => {
    const out = await renderArticle(sampleArticle(), options({ format: "ansi", color: true }));
    expect(out).toContain("\u001b[1m\u001b[36mCouncil approves new river bridge");
    expect(out).toContain("\u001b[3m\u001b[32ma long-awaited step");
    expect(stripAnsi(out)).toContain("  ▎ “a long-awaited step” — Ana Ruiz");
  });

  it("keeps the reading layout without escape codes when colour is off", async () => {
    const out = await renderArticle(sampleArticle(), options({ format: "ansi", color: false }));
    expect(out).not.toContain("\u001b");
    expect(out).toMatchInlineSnapshot(`
      "Council approves new river bridge
      =================================

      52 words · 1 min read · 2 quotes

      The city council voted 7-2 on Tuesday to build a bridge
      across the river, ending years of debate.

      What comes next
      ---------------

      Mayor Ana Ruiz called the vote “a long-awaited step” and
      said work would start in spring.

      “We will keep the old ferry running until the bridge opens,”
      she said.

      Who said what
      -------------

        ▎ “a long-awaited step” — Ana Ruiz

        ▎ “We will keep the old ferry running until the bridge
        ▎ opens,” — Ana Ruiz
      "
    `);
  });
});

describe("ansi shows the article's text as written", () => {
  // The styled renderer hands marked-terminal tokens, not Markdown: nothing in the text is markup.
  it.each([
    ["asterisks and underscores", "Prices rose 5*3*2 while a_b_c and __init__ stayed."],
    ["a bare address and link", "Write to desk@example.org or see https://example.org/x today."],
    ["entities", "Entities like &lt; and &amp;amp; stay as written."],
    ["block markers", "1. not a list, # not a heading, > not a quote"],
    ["backslashes and brackets", "A path C:\\temp\\[draft] and `code` marks."],
  ])("%s", async (_name, paragraph) => {
    const article = sampleArticle({ sections: [{ heading: null, paragraphs: [paragraph] }], quotes: [] });
    for (const color of [false, true]) {
      const out = stripAnsi(await renderArticle(article, options({ format: "ansi", color, width: 200 })));
      expect(out.split("\n")).toContain(paragraph);
    }
  });

  it("styles a quote that is only part of a word, without leaving markers", async () => {
    const article = sampleArticle({
      sections: [{ heading: null, paragraphs: ["The guide calls them “Christian”s in every chapter."] }],
      quotes: [{ text: "Christian", speaker: null, section: 0, paragraph: 0 }],
    });
    const out = await renderArticle(article, options({ format: "ansi", color: true, width: 200 }));
    expect(stripAnsi(out)).toContain("The guide calls them “Christian”s in every chapter.");
    expect(out).toMatch(/\u001b\[3m\u001b\[32m“?Christian/);
  });
});

describe("markdown", () => {
  it("writes the article as a Markdown document", async () => {
    expect(await renderArticle(sampleArticle(), options({ format: "markdown" }))).toMatchInlineSnapshot(`
      "# Council approves new river bridge

      The city council voted 7-2 on Tuesday to build a bridge across the river, ending years of debate.

      ## What comes next

      Mayor Ana Ruiz called the vote “a long-awaited step” and said work would start in spring.

      “We will keep the old ferry running until the bridge opens,” she said.
      "
    `);
  });

  it("leaves out a headline newsread derived, since the text had no title", async () => {
    const out = await renderArticle(sampleArticle({ headlineSource: "derived" }), options({ format: "markdown" }));
    expect(out.startsWith("The city council")).toBe(true);
  });

  it.each([
    ["*not emphasis*", "\\*not emphasis\\*"],
    ["# not a heading", "\\# not a heading"],
    ["- not a list", "\\- not a list"],
    ["1. not a list", "1\\. not a list"],
    ["a [link](x) and <b>", "a \\[link\\](x) and \\<b\\>"],
    ["plain words, 7-2 score", "plain words, 7-2 score"],
    ["https://example.com/a_b and HTTP://X.EXAMPLE", "https\\://example.com/a\\_b and HTTP\\://X.EXAMPLE"],
    ["www.example.com, ftp://files.example", "www\\.example.com, ftp\\://files.example"],
    ["jane_doe@example.com", "jane\\_doe\\@example.com"],
    ["said: yes @ noon, www or https", "said: yes @ noon, www or https"],
  ])("escapes %j", (input, expected) => {
    expect(escapeLineStart(escapeInline(input))).toBe(expected);
  });
});

describe("json", () => {
  it("is the Article exactly, on one line", async () => {
    const article = sampleArticle();
    const out = await renderArticle(article, options({ format: "json" }));
    expect(out.endsWith("}\n")).toBe(true);
    expect(out.trimEnd()).not.toContain("\n");
    expect(JSON.parse(out)).toEqual(article);
  });

  it("keeps control characters exact (escaped by JSON, not by us)", async () => {
    const out = await renderArticle(sampleArticle({ headline: "bad\u001b]0;title\u0007" }), options({ format: "json" }));
    expect((JSON.parse(out) as { headline: string }).headline).toBe("bad\u001b]0;title\u0007");
    expect(out).not.toContain("\u001b");
  });
});

describe("printable", () => {
  it.each([
    ["\u001b[31mred", "\\x1b[31mred"],
    ["\u009b31m", "\\x9b31m"],
    ["over\rprint", "over\\x0dprint"],
    ["back\bspace", "back\\x08space"],
    ["\u202eevil", "\\u202eevil"],
    ["tab\there", "tab here"],
    ["plain “text” — fine", "plain “text” — fine"],
  ])("%j", (input, expected) => {
    expect(printable(input)).toBe(expected);
  });
});

describe("printableName: one field on one line", () => {
  it.each([
    ["esc\u001b[31mred", "esc\\x1b[31mred"],
    ["tab\there", "tab\\x09here"],
    ["line\nend", "line\\x0aend"],
    ["\u2066isolate\u2069", "\\u2066isolate\\u2069"],
    ["plain-id_2.v", "plain-id_2.v"],
  ])("%j", (input, expected) => {
    expect(printableName(input)).toBe(expected);
    // And back: the escaped form names the same article.
    expect(unescapedName(expected) ?? expected).toBe(input);
  });

  it.each([
    ["an escape of a character printableName shows as it is", "caf\\xe9"],
    ["a backslash before something else", "a\\nb"],
    ["capital hex digits, which printableName never writes", "tab\\x0Ahere"],
    ["no backslash", "plain"],
  ])("is not taken back from %s", (_name, shown) => {
    expect(unescapedName(shown)).toBeUndefined();
  });
});
