import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

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
