import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse/index.js";
import { renderArticle, type Format } from "../../src/render/index.js";
import { printable } from "../../src/render/sanitize.js";

// Words built from a mix of ordinary letters, quote marks, apostrophes, wide characters, emoji and
// the control characters an attacker would use; lines of such words; articles of such lines.
const hostileChar = fc.constantFrom(
  "a", "e", "n", "T", "s", "“", "”", '"', "'", "‘", "’", "«", "»", "„", ",", ".", "?", ":", "—",
  "東", "京", "😀", "é", "\u001b", "\u009b", "\u202e", "\u2066", "\b", "\u0007", "\u0000", "[", "]", "*", "_",
);
const word = fc.array(hostileChar, { minLength: 1, maxLength: 12 }).map((chars) => chars.join(""));
const line = fc.array(word, { minLength: 1, maxLength: 25 }).map((words) => words.join(" "));
const separator = fc.constantFrom("\n", "\n\n", "\r\n", "\r", "\n \n");
const article = fc
  .array(fc.tuple(line, separator), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([l, sep]) => l + sep).join(""));

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * Characters a word keeps through any format: what printable() makes of it, less Markdown's
 * backslashes and full stops (a title's closing full stop is not part of the headline).
 */
const comparable = (text: string): string => printable(text).replace(/[\s\\.]/g, "");

/** Each word occurs, in order, in the output (whitespace and wrapping ignored). */
function wordsSurviveInOrder(words: readonly string[], output: string): boolean {
  const haystack = comparable(output);
  let from = 0;
  for (const w of words) {
    const needle = comparable(w);
    if (!needle) continue;
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    from = at + needle.length;
  }
  return true;
}

/** The body as the parser kept it: headings and paragraphs. */
const bodyWords = (text: string): string[] =>
  parseArticle(text, "x")
    .sections.flatMap((s) => [...(s.heading === null ? [] : [s.heading]), ...s.paragraphs])
    .join(" ")
    .split(/\s+/);

describe("parse", () => {
  it("never throws, on any string at all", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
      parseArticle(text, "x");
    }), { numRuns: 400 });
  });

  it("never throws on hostile article-shaped text, and keeps the model's invariants", () => {
    fc.assert(fc.property(article, (text) => {
      const parsed = parseArticle(text, "x");
      for (const quote of parsed.quotes) {
        const section = parsed.sections[quote.section];
        expect(section?.paragraphs[quote.paragraph]).toBeDefined();
      }
      expect(parsed.stats.words).toBeGreaterThanOrEqual(0);
    }), { numRuns: 300 });
  });

  it("keeps every word of the input's body lines, in order", () => {
    fc.assert(fc.property(article, (text) => {
      const parsed = parseArticle(text, "x");
      const kept = [parsed.headlineSource === "title" ? parsed.headline : "", ...parsed.sections.flatMap((s) => [s.heading ?? "", ...s.paragraphs])].join(" ");
      return wordsSurviveInOrder(text.split(/\s+/).filter(Boolean), kept);
    }), { numRuns: 300 });
  });
});

describe("render", () => {
  it.each(["text", "markdown"] as const)("%s keeps every word of the body, in order", async (format) => {
    await fc.assert(fc.asyncProperty(article, async (text) => {
      const out = await renderArticle(parseArticle(text, "x"), { format, width: 40, color: false, theme: "dark", summary: false, hyperlinks: false });
      return wordsSurviveInOrder(bodyWords(text), out);
    }), { numRuns: 150 });
  });

  it("json is the Article exactly, control characters included", async () => {
    await fc.assert(fc.asyncProperty(article, async (text) => {
      const parsed = parseArticle(text, "x");
      expect(JSON.parse(await renderArticle(parsed, { format: "json", width: 40, color: false, theme: "dark", summary: false, hyperlinks: false }))).toEqual(parsed);
    }), { numRuns: 150 });
  });

  it.each(["text", "ansi"] as const)("%s: no line is wider than the width in display columns", async (format) => {
    await fc.assert(fc.asyncProperty(article, fc.integer({ min: 20, max: 120 }), async (text, width) => {
      const out = await renderArticle(parseArticle(text, "x"), { format, width, color: true, theme: "dark", summary: false, hyperlinks: false });
      return out.replace(SGR, "").split("\n").every((l) => stringWidth(l) <= width);
    }), { numRuns: 150 });
  });

  it.each([
    ["text", false],
    ["ansi", false],
    ["ansi", true],
    ["markdown", false],
  ] as const)("%s (colour %s): no control character from the input reaches the output", async (format, color) => {
    await fc.assert(fc.asyncProperty(article, fc.boolean(), async (text, summary) => {
      const out = await renderArticle(parseArticle(text, "x"), { format, width: 60, color, theme: "dark", summary, hyperlinks: false });
      return !CONTROL.test(out.replace(SGR, "").replace(/\n/g, ""));
    }), { numRuns: 150 });
  });
});
