import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/parse/quotes.js";
import { parse, quotes } from "./helpers.js";

const texts = (paragraphs: string[]): string[] => findQuotes(paragraphs).map((q) => q.text);

describe("quote spans", () => {
  it.each([
    ["curly", ["He called it “a mess,” and left."], ["a mess"]],
    ["straight", ['"We are ready," she said.'], ["We are ready"]],
    ["inside full stop kept", ["It was “very good.”"], ["very good."]],
    ["question kept", ["“Is it over? I think so.” he asked."], ["Is it over? I think so."]],
    ["nested single quotes", ["“She told me ‘never again’ and meant it,” he said."], ["She told me ‘never again’ and meant it"]],
    ["one-word partial", ["A “productive” call."], ["productive"]],
    ["two in a sentence", ["“Yes,” he said, “absolutely.”"], ["Yes", "absolutely."]],
    ["German „…“", ["Er sagte: „Wir sind bereit.“ Dann ging er."], ["Wir sind bereit."]],
    ["Polish „…”", ["Powiedział: „Jesteśmy gotowi”."], ["Jesteśmy gotowi"]],
    ["guillemets «…»", ["Il a dit «nous sommes prêts» hier."], ["nous sommes prêts"]],
    ["reversed guillemets »…«", ["Er sagte »wir sind bereit« gestern."], ["wir sind bereit"]],
    ["Japanese corner brackets 「…」", ["首相は「経済対策を発表する」と述べた。"], ["経済対策を発表する"]],
    ["Chinese: the full-width comma before 他说 is not the quote's", ["“我们会继续努力，”他说。“这是第二句。”"], ["我们会继续努力", "这是第二句。"]],
    ["a title in 『…』 inside 「…」", ["彼は「『雪国』を読んだ」と言った。"], ["『雪国』を読んだ"]],
    ["『…』 alone is a title, not a quote", ["小説『雪国』は有名だ。"], []],
    ["」 closes only 「", ["He said “a 」 b” here."], ["a 」 b"]],
    ["apostrophes are not quotes", ["Kyiv’s leaders don’t agree with the 1990s' rules, the workers' union said."], []],
    ["single quotes alone are not quotes", ["The so-called ‘deal’ fell apart."], []],
    ["an inch mark is not a quote", ['He is 5\'10" tall and said "hello there" to us.'], ["hello there"]],
    ["a stray opening mark is dropped", ["He said “this never closes.", "Next paragraph has “a real quote” in it."], ["a real quote"]],
    ["a stray mark before a real quote", ["A stray “ mark and then “the quote” here."], ["the quote"]],
  ])("%s", (_name, paragraphs, expected) => {
    expect(texts(paragraphs)).toEqual(expected);
  });

  it("joins the multi-paragraph convention into one quote at its first paragraph", () => {
    const spans = findQuotes(["“First part of it.", "“Second part of it.", "“Last part,” she said.", "After."]);
    expect(spans.map((s) => [s.text, s.para, s.endPara])).toEqual([["First part of it. Second part of it. Last part", 0, 2]]);
  });

  it("keeps each paragraph of a multi-paragraph quote as its own paragraph", () => {
    const a = parse(`Title\n\n"First part of it.\n\n"Second part," Maria Lopez said.\n\nAfter that.`);
    expect(a.sections[0]?.paragraphs).toHaveLength(3);
    expect(quotes(a)).toEqual([["First part of it. Second part", "Maria Lopez"]]);
  });

  it("a quote left open without the convention ends at its paragraph", () => {
    expect(texts(["He said “this runs on.", "A new paragraph without a mark."])).toEqual([]);
    // A straight mark left open is not continued by a paragraph that opens with a curly one.
    expect(texts(['"Kevin was snoring.', "“Here he is, babe,” she said."])).toEqual(["Here he is, babe"]);
    expect(texts(["“It runs on.", "“And ends here,” she said."])).toEqual(["It runs on. And ends here"]);
  });

  it("goes on where a paragraph break inside a quote was lost, the mark reopened after a full stop", () => {
    expect(texts(['Mr Ito said: "Exports slowed. "The amber light is flashing." Then the index fell.'])).toEqual(["Exports slowed. The amber light is flashing."]);
    expect(texts(["“It was hard. “We won anyway!” Later, rain."])).toEqual(["It was hard. We won anyway!"]);
    // Not after a word that goes on, nor when another mark reopens: the first mark was stray.
    expect(texts(['The so-called "experts and "the public" disagree.'])).toEqual(["the public"]);
    expect(texts(['He said "it ended. “Yes,” she said.'])).toEqual(["Yes"]);
    // A closing mark left out before the narrator's words: they are not the quote's.
    expect(texts(['"Prices will rise, the agency said. Growth will slow. "The deficit is a challenge," it added.'])).toEqual(["The deficit is a challenge"]);
    expect(texts(['"We told them. He was careful, saying ties mattered. "Russia is a partner," he said.'])).toEqual(["Russia is a partner"]);
    const a = parse(`Title\n\nThe economy shrank. "Spending looks good, but only for now. "The amber light is flashing," said Hiro Shira, an economist. After that.`);
    expect(quotes(a)).toEqual([["Spending looks good, but only for now. The amber light is flashing", "Hiro Shira"]]);
  });

  it("is linear in unmatched marks", () => {
    const start = performance.now();
    const paragraph = "“ ".repeat(100_000) + "” ".repeat(100_000);
    findQuotes([paragraph, '"'.repeat(100_000)]);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it.each([
    ["a film title", "She starred in the film “Silent Harbour” last year.", 0],
    ["a book titled", "His book titled “The Long Road Home” sold well.", 0],
    ["called with a lower-case phrase is a quote", "He called the plan “a total disaster” on Monday.", 1],
  ])("titles of works: %s", (_name, paragraph, count) => {
    expect(parse(`Title\n\n${paragraph}`).quotes).toHaveLength(count);
  });

  it("records section and paragraph of each quote", () => {
    const a = parse(`Title\n\nFirst paragraph with no quote at all in it, just prose.\n\nSub heading\n\nShe said “hello there” to everyone.`);
    expect(a.quotes.map((q) => [q.section, q.paragraph])).toEqual([[1, 0]]);
  });
});
