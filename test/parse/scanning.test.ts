import { describe, expect, it } from "vitest";
import { codePointLength, markdownHeading } from "../../src/parse/blocks.js";
import { forEachCapitalisedRun } from "../../src/parse/names-scan.js";
import { SubjectHistory } from "../../src/parse/subject-history.js";
import { tokenize } from "../../src/parse/tokens.js";
import { wordCount } from "../../src/parse/shape.js";
import { splitSentences } from "../../src/text/sentences.js";
import type { Entity } from "../../src/parse/names.js";

const texts = (text: string): string[] => tokenize(text).map((t) => t.text);

describe("tokenize", () => {
  it.each([
    ["words and punctuation", "He said, “yes.”", ["He", "said", ",", "“", "yes", ".", "”"]],
    ["inner joiners", "O’Brien's well-known U.S.-based x.Y", ["O’Brien's", "well-known", "U.S.", "-", "based", "x.Y"]],
    ["abbreviations keep their stop", "Mr. J. Smith, R-Ky. left.", ["Mr.", "J.", "Smith", ",", "R-Ky.", "left", "."]],
    ["a placeholder is one token", "a \uE0007\uE001 b", ["a", "\uE0007\uE001", "b"]],
    ["astral letters and emoji", "𝐀bc 😀!", ["𝐀bc", "😀", "!"]],
  ])("%s", (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("marks capitals and quote numbers", () => {
    expect(tokenize("Émile \uE00012\uE001 élan").map((t) => [t.kind, t.capitalised, t.quote])).toEqual([
      ["word", true, -1],
      ["quote", false, 12],
      ["word", false, -1],
    ]);
  });
});

describe("capitalised runs", () => {
  const runs = (text: string): string[][] => {
    const found: string[][] = [];
    forEachCapitalisedRun(text, (words) => found.push(words));
    return found;
  };
  it.each([
    ["a name", "yesterday Maria Lopez spoke", [["Maria", "Lopez"]]],
    ["the before and connectors inside", "the Secretary of State said", [["the", "Secretary", "of", "State"]]],
    ["a possessive ends the run", "Acme Corp's Dana Hill", [["Acme", "Corp's"], ["Dana", "Hill"]]],
    ["a full stop ends it", "met Lopez. Then", [["Lopez"], ["Then"]]],
    ["capitals inside words are not runs", "McDonald and x.Yz", [["McDonald"]]],
  ])("%s", (_name, text, expected) => {
    expect(runs(text)).toEqual(expected);
  });
});

describe("subject history", () => {
  const entity = (name: string, person: boolean): Entity => ({ name, key: name.toLowerCase(), tokens: 1, person, hadRole: false });
  it("reads queued paragraphs only when asked, from the latest back", () => {
    const read: number[] = [];
    const summaries = [
      { person: entity("Ann", true), group: null },
      { person: null, group: entity("Acme", false) },
      { person: entity("Bo", true), group: null },
    ];
    const history = new SubjectHistory((p) => {
      read.push(p);
      return summaries[p] ?? { person: null, group: null };
    });
    history.queue(0);
    history.queue(1);
    history.queue(2);
    expect(read).toEqual([]);
    expect(history.person?.name).toBe("Bo");
    expect(read).toEqual([2]);
    expect(history.group?.name).toBe("Acme");
    history.remember(entity("Cy", true));
    history.queue(0);
    expect(history.group?.name).toBe("Acme");
    expect(history.person?.name).toBe("Ann");
  });
});

describe("markdown headings and line lengths", () => {
  it.each([
    ["# Title", { level: 1, text: "Title" }],
    ["### Title ###", { level: 3, text: "Title" }],
    ["## Title ## x", { level: 2, text: "Title ## x" }],
    ["####### Seven", null],
    ["#hashtag", null],
  ])("%s", (line, expected) => {
    expect(markdownHeading(line)).toEqual(expected);
  });

  it("counts code points, a lone surrogate as one", () => {
    expect([codePointLength("abc"), codePointLength("a😀b"), codePointLength("\uDC00x")]).toEqual([3, 3, 2]);
  });
});

describe("scans that stop early or skip work", () => {
  it("splits only as many sentences as asked for", () => {
    const text = "One here. Two there. Three everywhere.";
    expect(splitSentences(text, 1)).toEqual(["One here."]);
    expect(splitSentences(text, 2)).toEqual(["One here.", "Two there."]);
    expect(splitSentences(text)).toEqual(["One here.", "Two there.", "Three everywhere."]);
    expect(splitSentences("No break at all", 1)).toEqual(["No break at all"]);
  });

  it.each([
    ["single spaces", "a bc  d", 3],
    ["line ends", "a\nb c", 3],
    ["leading and trailing spaces", " a b ", 2],
    ["nothing", "", 0],
  ])("counts words with %s", (_name, text, expected) => {
    expect(wordCount(text)).toBe(expected);
  });
});
