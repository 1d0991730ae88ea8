import { describe, expect, it } from "vitest";
import { headings, paragraphs, parse, prose } from "./helpers.js";

describe("subheadings", () => {
  it("takes short unpunctuated lines that head prose", () => {
    const a = parse(`${prose(1)}\nRepairs begin in May\n${prose(2)}\n${prose(3)}\nWhat happens next\n${prose(4)}`);
    expect(headings(a)).toEqual([null, "Repairs begin in May", "What happens next"]);
    expect(a.sections.map((s) => s.paragraphs.length)).toEqual([1, 2, 1]);
  });

  it("takes markdown ## and ### headings", () => {
    const a = parse(`# Title\n\n${prose(1)}\n\n## Background\n\n${prose(2)}\n\n### Detail\n${prose(3)}`);
    expect(a.headline).toBe("Title");
    expect(headings(a)).toEqual([null, "Background", "Detail"]);
  });

  it("takes a section edit anchor and a numbered heading", () => {
    const a = parse(`Title\n${prose(1)}\nHistory[edit]\n${prose(2)}\n1. Costs keep rising\n${prose(3)}`);
    expect(headings(a)).toEqual([null, "History[edit]", "1. Costs keep rising"]);
  });

  it("gives the first section a heading when the body opens with one", () => {
    const a = parse(`Title\n\nOverview\n\n${prose(1)}`);
    expect(headings(a)).toEqual(["Overview"]);
  });

  it.each([
    ["a photo caption with credit", "The old bridge at dawn. Photo: Getty Images"],
    ["an image copyright line", "Image copyright Getty Images"],
    ["a photographer and agency credit", "Jane Doe / Reuters"],
    ["a byline", "By Jane Doe"],
    ["a date", "Tuesday, March 3, 2024"],
    ["an advertisement slug", "Advertisement"],
    ["a short sentence", "It rained."],
    ["a clause ending in a comma", "Meanwhile in the town centre,"],
    ["a wholly quoted line", "“We will rebuild it”"],
    ["two short sentences", "It rained. Then it stopped"],
    ["a table row", "| Year | Cost | Notes |"],
    ["a bullet list item", "- Bring a coat"],
    ["a caption with a participle", "A wooden carving depicting the founder of the town"],
    ["a logo caption", "Town council logo"],
    ["a long caption with a comma", "The mayor at the old bridge, the place where she grew up as a child"],
    ["a sentence hidden by a citation marker", "The bridge is the oldest in the county.[12]"],
    ["a line of code", "int add(int x, int y) { return x + y; }"],
  ])("not a subheading: %s", (_name, line) => {
    const a = parse(`${prose(1)}\n${line}\n${prose(2)}`);
    expect(headings(a)).toEqual([null]);
    expect(paragraphs(a)).toHaveLength(3);
  });

  it("a label over more labels heads nothing", () => {
    const a = parse(`${prose(1)}\nLinks\nhome\nabout\n${prose(2)}`);
    expect(headings(a)).toEqual([null]);
  });
});
