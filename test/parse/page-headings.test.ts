import { describe, expect, it } from "vitest";
import { headings, parse, prose } from "./helpers.js";

/**
 * Subheadings on pages scraped from the web: reference pages, how-tos and blogs whose headings,
 * contents lists, link lists and captions all became plain lines. Every case is checked against a
 * news article of the same shape that must keep its reading.
 */
const body = (...lines: string[]): string => lines.join("\n");

describe("lines next to a would-be heading", () => {
  it.each([
    [
      "questions one under another are a list of questions",
      body(prose(1), "Do I really need it?", "Where am I going to put it?", "Is it in my budget?", prose(2)),
      [null],
    ],
    [
      "a line that the next block continues in lower case",
      body(prose(1), "Your options are limited: either", "rewrite the code from scratch in the new framework, which takes months.", prose(2)),
      [null],
    ],
    ["a line holding a web address", body(prose(1), "This link is broken, see https://example.org/issue/48", prose(2)), [null]],
    [
      "a heading that quotes a question is still one heading",
      body(prose(1), 'Write Your Own "Should I Buy This?" Test', prose(2)),
      [null, 'Write Your Own "Should I Buy This?" Test'],
    ],
    ["a single question over prose is a heading", body(prose(1), "What happens next?", prose(2)), [null, "What happens next?"]],
    [
      "a heading over a paragraph opening with a brand name in lower case",
      body(prose(1), "The new phone", "iPhone sales rose again in the spring, the company said on Tuesday."),
      [null, "The new phone"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(headings(parse(text))).toEqual(expected);
  });
});

const lead = "The town council met on Tuesday to discuss the plans for the new bridge, which has been delayed by two years.";
const para = (topic: string): string => `This section tells the reader about ${topic} in several plain sentences. It ends like prose.`;

describe("contents lists", () => {
  it("takes the sections a contents list names, and the label over the list, but not its entries", () => {
    const text = body(lead, "Contents", "History", "Geography", "Climate", "Economy", "History", para("history"), "Geography", "Climate", para("climate"), "Economy", "Economy in figures", para("the economy"));
    // "Geography" heads "Climate" (a heading over a subheading); "Economy" heads a caption-like line.
    expect(headings(parse(text))).toEqual([null, "Contents", "History", "Geography", "Climate", "Economy", "Economy in figures"]);
  });

  it("a numbered contents list tells which unlisted lines are headings: the parents it leaves out", () => {
    const text = body(
      lead, "Contents", "1 History", "2.1 Trade", "2.2 Transport", "3 See the town",
      "History", para("history"),
      "Economy", para("the economy"), "The old mill on the river at dawn", para("the mill"), "Trade", para("trade"), "Transport", para("transport"), "Trams on the main street", para("trams"),
      "See the town", para("sights"), "Boats in the harbour", para("boats"),
    );
    expect(headings(parse(text))).toEqual([null, "Contents", "History", "Economy", "Trade", "Transport", "See the town"]);
  });

  it("a list whose lines do not come back is no contents list", () => {
    const text = body(lead, "Prizes", "Best film", "Best actor", "Best director", para("the winners"));
    expect(headings(parse(text))).toEqual([null]);
  });

  it("the first section's heading can close the list itself", () => {
    const text = body(lead, "Ways to use it", "Themes", "Add-ons", "Search", "Themes", para("themes"), "Add-ons", "Next", para("add-ons"), "Search", "Next", para("search"));
    expect(headings(parse(text))).toEqual([null, "Ways to use it", "Themes", "Add-ons", "Search"]);
  });

  it("a line a page prints again and again is a button, not a heading", () => {
    const text = body(lead, "Share this", para("one thing"), "Share this", para("another thing"));
    expect(headings(parse(text))).toEqual([null]);
  });
});

describe("lists and stacked labels", () => {
  it.each([
    [
      "the last item of a list is an item though prose follows",
      body(lead, "The drawbacks were these.", "Downtime for the whole service", "Slower responses", "Data kept locally", "Extra tools needed", para("the fix")),
      [null],
    ],
    [
      "a heading after a list in lower case is still a heading",
      body(lead, "Other uses include:", "memory dumps", "code coverage", "live debugging", "Warnings", para("the risks")),
      [null, "Warnings"],
    ],
    [
      "a news story's award list keeps no heading at its end",
      body(lead, "Drama - The Long Night", "Comedy - Home Again", "Animation - Brush Head", "Factual - Deep Water", lead),
      [null],
    ],
    [
      "a heading over the byline of its story",
      body(lead, "Mapping with new tools", "By Jane Doe March 25, 2015", para("maps")),
      [null, "Mapping with new tools"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(headings(parse(text))).toEqual(expected);
  });

  it("on a page laid out in short lines, a label over a subheading heads its section", () => {
    const text = body(lead, "Features and tools", "Page Inspector", para("the inspector"), "Web Console", para("the console"), "Style Editor", para("the editor"), "Also", "Next", "Back", "Home", lead);
    expect(headings(parse(text))).toEqual([null, "Features and tools", "Page Inspector", "Web Console", "Style Editor"]);
  });

  it("in a news story, a line over a subheading stays a paragraph", () => {
    const text = body(lead, lead, "More about the debt", "The cost of borrowing", lead, lead, lead, lead, lead);
    expect(headings(parse(text))).toEqual([null, "The cost of borrowing"]);
  });
});

describe("page-wide style", () => {
  it("a page that marks its headings with anchors marks them all", () => {
    const text = body(lead, "History[edit]", para("history"), "The old town hall, 1900", para("the hall"), "Economy[edit]", para("trade"));
    expect(headings(parse(text))).toEqual([null, "History[edit]", "Economy[edit]"]);
  });

  it("a page that ends no line with punctuation has no headings to tell by it", () => {
    const lines = Array.from({ length: 12 }, (_, i) => `今天我们一起去山里看红叶 风景真的非常美丽 大家都拍了很多照片 第${i}张`);
    const text = body(lines[0] ?? "", "晚餐准备了砂锅鱼头", ...lines.slice(1));
    expect(headings(parse(text))).toEqual([null]);
  });

  it("a Chinese line wrapped before a run with no spaces stays one paragraph", () => {
    const run = "能够打败围棋冠军也跟这些神经网络有很大关系但是它必须进行训练才行开发人员向它提供了历史对弈中的大约三千万记录";
    const text = `标题\n\n${lead}\n\nDeepMind的AlphaGo\n${run}\n\n${lead}`;
    expect(headings(parse(text))).toEqual([null]);
  });
});

describe("closing blocks and captions", () => {
  it("a label over a list of web addresses heads the list", () => {
    const text = body(lead, para("the tools"), "Sources and links", "https://example.org/docs/inspector", "https://example.com/blog/flames");
    expect(headings(parse(text))).toEqual([null, "Sources and links"]);
  });

  it("an author's name over the biography that opens with it is no heading; the label over them is", () => {
    const text = body(lead, para("the vote"), "About the author", "Jane Doe", "Jane Doe is a freelance producer based in Seoul.");
    expect(headings(parse(text))).toEqual([null, "About the author"]);
  });

  it("a heading that the paragraph under it defines, in the body of a story, stays a heading", () => {
    const text = body(lead, "Web Console", "Web Console is a tool that shows what the page logs, and it is open by default.", para("a"), para("b"), para("c"), para("d"), para("e"));
    expect(headings(parse(text))).toEqual([null, "Web Console"]);
  });

  it("on a page whose contents list is in Title Case, a sentence-case caption is no heading", () => {
    const text = body(lead, "Understanding the Score", "Preparing the Server Data", "Finding Past Anomalies", "Understanding the Score", para("scores"), "Anomaly in status code four", para("the chart"), "Preparing the Server Data", para("data"), "Finding Past Anomalies", para("the past"));
    expect(headings(parse(text))).toEqual([null, "Understanding the Score", "Preparing the Server Data", "Finding Past Anomalies"]);
  });

  it("on a page without a contents list, headings of either style stay", () => {
    const text = body(lead, "Understanding the Score", para("scores"), "Anomaly in status code four", para("the chart"));
    expect(headings(parse(text))).toEqual([null, "Understanding the Score", "Anomaly in status code four"]);
  });
});
