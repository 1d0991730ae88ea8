import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/article.js";
import { readDocument, readListingFacts, type Tools } from "../../src/library/library.js";
import { parseArticle } from "../../src/parse/index.js";

const dir = mkdtempSync(path.join(tmpdir(), "newsread-read-document-"));
const file = path.join(dir, "story.txt");
writeFileSync(file, 'Bridge Closes\r\n\r\n"We will reopen it," said Ana Ruiz.\r\n');

const tools = (parse: Tools["parse"]): Tools => ({ parse, hash: (text) => `hash of ${JSON.stringify(text)}`, random: () => "r" });
const failing = (): Article => {
  throw new RangeError("Maximum call stack size exceeded");
};

describe("reading a library file for the index", () => {
  it("indexes what the parser gives", () => {
    const doc = readDocument(file, "story", tools((text, id) => parseArticle(text, id)));
    expect(doc).toMatchObject({ headline: "Bridge Closes", quotes: 1, speakers: "Ana Ruiz", hash: 'hash of "Bridge Closes\\n\\n\\"We will reopen it,\\" said Ana Ruiz."' });
  });

  it("indexes a file the parser fails on under a headline that says so, instead of failing the library", () => {
    const doc = readDocument(file, "story", tools(failing));
    expect(doc).toMatchObject({ headline: "(could not be parsed: Maximum call stack size exceeded)", words: 0, quotes: 0, body: "", speakers: "" });
    // Still the text's own hash: adding the same text again is still known as a duplicate.
    expect(doc.hash).toBe('hash of "Bridge Closes\\n\\n\\"We will reopen it,\\" said Ana Ruiz."');
    expect(readListingFacts(file, "story", failing)).toEqual({ headline: "(could not be parsed: Maximum call stack size exceeded)", words: 0, quotes: 0 });
  });
});

describe("a library file with no text", () => {
  it.each([
    ["white space", " \n\n"],
    ["zero-width spaces and word joiners", "\u200b\n\u2060 \ufeff\n"],
  ])("of %s is listed as (empty), as show refuses it as an empty article", (_name, text) => {
    const blank = path.join(dir, "blank.txt");
    writeFileSync(blank, text);
    expect(readListingFacts(blank, "blank", (t, id) => parseArticle(t, id))).toEqual({ headline: "(empty)", words: 0, quotes: 0 });
  });
});
