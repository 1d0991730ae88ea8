import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse/index.js";
import { renderArticle } from "../../src/render/index.js";
import { isStatement, isStoryProse, shortened, summarise } from "../../src/summary.js";

/** An article as plain text: a title line, a blank line, paragraphs set apart by blank lines. */
const article = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join("\n\n")}\n`;
const summaryOf = (text: string) => summarise(parseArticle(text, "t"));
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const plain = (text: string) => renderArticle(parseArticle(text, "t"), { format: "text", width: 72, color: false, theme: "dark", summary: true, hyperlinks: false });

/** Ordinary news sentences, to give an article the length of one. */
const filler = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `Council officers presented the ${["first", "second", "third", "fourth", "fifth", "sixth"][i % 6]} part of the plan to residents at a meeting in the town hall on Thursday evening.`);

describe("key quotes are statements, with speakers, each said once", () => {
  it.each([
    [
      "titles, terms and scare quotes are not statements; a quote without a speaker is not shown beside attributed ones",
      article(
        "Harbour studio bets on a phone game",
        `A small studio in Leeds will release its first phone game, "Star Harbour," next month, the company said on Monday.`,
        `Players who "like" the game's page get a free level, and the studio says it asks for their "consent" before sending news.`,
        `"Star Harbour" costs five pounds. Reviewers called "Star Harbour" charming.`,
        `"We spent three years making something people can finish on a bus ride," said Maria Lopez, the studio's founder.`,
        `Analysts warned of "the scourge of free games" in a crowded market.`,
        `"Most phone games never make back what they cost to build and market."`,
      ),
      [{ text: "We spent three years making something people can finish on a bus ride", speaker: "Maria Lopez" }],
    ],
    [
      "a quote said twice (in the text and again as a pull quote) is shown once",
      article(
        "Mayor defends the bridge",
        ...filler(2),
        `"This bridge will pay for itself within twenty years," Mayor Ana Ruiz said on Tuesday.`,
        `Ruiz repeated the point later. "This bridge will pay for itself within twenty years," she said.`,
        ...filler(2),
      ),
      [{ text: "This bridge will pay for itself within twenty years", speaker: "Ana Ruiz" }],
    ],
    [
      "one quote a speaker before anyone's second, and no more than two",
      article(
        "Union and council clash over pay",
        ...filler(8),
        `"We have waited four years for a fair offer and we will not wait any longer," said union leader Tom Baker.`,
        `"Our members are ready to strike from the first of May," Baker said.`,
        `"Nobody wants a strike, least of all the families who depend on these services," Baker added.`,
        `"The council has made its best offer within the budget it has," said council leader Joan Hart.`,
        ...filler(8),
      ),
      [
        { text: "We have waited four years for a fair offer and we will not wait any longer", speaker: "Tom Baker" },
        { text: "Our members are ready to strike from the first of May", speaker: "Tom Baker" },
        { text: "The council has made its best offer within the budget it has", speaker: "Joan Hart" },
      ],
    ],
    [
      "fragments only: no key quotes rather than fragments",
      article(
        "Festival returns",
        ...filler(2),
        `Organisers called the weekend "a triumph" and said ticket sales were "better than ever".`,
        `Some residents complained about "noise" and "litter" near the park.`,
      ),
      [],
    ],
    [
      "a quote the lead gives already is not repeated",
      article(
        "Minister resigns",
        `"I can no longer serve in a government whose policy I cannot defend," the minister, Paul Grant, said in a letter on Friday.`,
        ...filler(3),
        `"He was a loyal colleague and a friend to many of us," said Prime Minister Sara Klein.`,
      ),
      [{ text: "He was a loyal colleague and a friend to many of us", speaker: "Sara Klein" }],
    ],
  ])("%s", (_case, text, expected) => {
    expect(summaryOf(text).quotes).toEqual(expected);
  });

  it.each([
    ["consent", false],
    ["Super Mario Run", false],
    ["the scourge of war", false],
    ["Terms of Service", false],
    ["Keeping Up With The Joneses Again", false],
    ["a long-awaited step", false],
    ["We will not back down.", true],
    ["We will keep the old ferry running until the bridge opens", true],
    ["growing at a moderate pace despite the rise in energy prices", true],
    ["这是一个非常重要的决定，我们会继续努力。", true],
    ["离开地球表面", false],
  ])("isStatement(%j) = %s", (text, expected) => {
    expect(isStatement(text)).toBe(expected);
  });
});

describe("a summary is short: key quotes are capped and long quotes cut", () => {
  const longQuote = (name: string, n: number): string =>
    `"Our ${["first", "second", "third", "fourth", "fifth", "sixth"][n]} concern is the price of energy for the households that can least afford it this winter. ${"We have written to the regulator, we have met the suppliers, and we have asked the government for help many times over the past year. ".repeat(3)}Nothing has changed," said ${name}, who speaks for a group of ${n + 2} charities.`;
  const names = ["Ada Brown", "Ben Clark", "Cara Diaz", "Dan Evans", "Eve Ford", "Fay Green"];
  const text = article("Charities warn of a hard winter", ...filler(4), ...names.map((name, n) => longQuote(name, n)), ...filler(4));

  it("holds at most 4 key quotes of at most 80 words, each cut to its first sentence", () => {
    const summary = summaryOf(text);
    expect(summary.quotes.map((q) => q.speaker)).toEqual(["Ada Brown", "Ben Clark", "Cara Diaz", "Dan Evans"]);
    expect(summary.quotes.map((q) => q.text)).toEqual(
      ["first", "second", "third", "fourth"].map((nth) => `Our ${nth} concern is the price of energy for the households that can least afford it this winter.`),
    );
    expect(summary.quotes.reduce((n, q) => n + words(q.text), 0)).toBeLessThanOrEqual(80);
    const summaryWords = words([summary.headline, summary.lead, ...summary.quotes.map((q) => q.text)].join(" "));
    expect(summaryWords).toBeLessThan(summary.stats.words / 3);
  });

  it.each([
    ["a short quote is whole", "We will keep the ferry running.", "We will keep the ferry running."],
    [
      "a long quote is cut to its first sentence",
      `We will keep the ferry running until the bridge opens. ${"It carries more than two thousand people a day and many of them have no other way to work. ".repeat(2)}`,
      "We will keep the ferry running until the bridge opens.",
    ],
    [
      "a first sentence too short to stand alone takes the next",
      `No. ${"The plan was never costed and the council knows it, whatever it says in public now. ".repeat(3)}`,
      "No. The plan was never costed and the council knows it, whatever it says in public now.",
    ],
    [
      "a long first sentence is cut at a word boundary, with an ellipsis",
      `${"the ferry, which has run since 1904, carries workers, pupils, nurses and shoppers, ".repeat(4)}and it must not stop.`,
      "the ferry, which has run since 1904, carries workers, pupils, nurses and shoppers, the ferry, which has run since 1904, carries workers, pupils, nurses and shoppers, the ferry, which has…",
    ],
  ])("shortened: %s", (_case, quote, expected) => {
    expect(shortened(quote)).toBe(expected);
  });

  it("renders short", async () => {
    expect(await plain(text)).toMatchInlineSnapshot(`
      "Charities warn of a hard winter
      ===============================

      810 words · 4 min read · 6 quotes

      Council officers presented the first part of the plan to residents at a
      meeting in the town hall on Thursday evening. Council officers presented
      the second part of the plan to residents at a meeting in the town hall
      on Thursday evening. Council officers presented the third part of the
      plan to residents at a meeting in the town hall on Thursday evening.

      Key quotes
      ----------

        “Our first concern is the price of energy for the households that can
        least afford it this winter.”
          — Ada Brown

        “Our second concern is the price of energy for the households that can
        least afford it this winter.”
          — Ben Clark

        “Our third concern is the price of energy for the households that can
        least afford it this winter.”
          — Cara Diaz

        “Our fourth concern is the price of energy for the households that can
        least afford it this winter.”
          — Dan Evans
      "
    `);
  });
});

describe("the lead is the story's prose, not the page's furniture", () => {
  const story = [
    "The city council voted on Tuesday to build a new bridge across the river, ending years of debate.",
    "Work will start in the spring and is expected to take three years.",
  ];
  const lead = story.join(" ");
  it.each([
    ["a photo caption with its credit, and a time stamp", ["The old ferry crossing at dusk Jane Doe/Reuters", "1:39 PM ET"]],
    ["a gallery counter and an agency caption", ["1 / 5", "In this Tuesday, May 3, 2022, photo, the ferry leaves its berth in the morning fog."]],
    ["an encyclopedia's label", ["From Wikipedia, the free encyclopedia"]],
    ["an archive's labels in capitals", ["ABSTRACT.", "FULL TEXT."]],
    ["a picture slot and its credit", ["Image", "The ferry in 1950.CreditJane Doe/EPA, via Shutterstock"]],
    ["a date line and a byline", ["Sept. 25, 2018", "By Jane Doe"]],
    ["a caption credited to a source", ["The river at its widest point. Source: Supplied"]],
    ["a page's title repeated and a one-line label", ["City votes for a bridge · Local News", "Politics"]],
    ["a clause broken off", ["In her recording,."]],
  ])("skips %s", (_case, furniture) => {
    expect(summaryOf(article("Council backs bridge", ...furniture, ...story, ...filler(4))).lead).toBe(lead);
  });

  it.each([
    ["a dated lead", "April 17, 2015 -- The city council voted on Tuesday to build a new bridge."],
    ["a lead opening like a byline", "By the time the vote was taken, most of the public had gone home."],
    ["a short lead sentence", "We messed up."],
    ["a reference page's sentence with its citation", "Mozilla is a free-software community created in 1998.[1]"],
  ])("keeps %s", (_case, first) => {
    expect(summaryOf(article("Council backs bridge", first, ...filler(4))).lead.startsWith(first)).toBe(true);
  });

  it.each([
    ["a deck", ["Years of debate end as the council makes up its mind at last."], "RIVERTON - "],
    ["a deck and an agency's dateline", ["Years of debate end as the council makes up its mind at last."], "RIVERTON (AP) — "],
    ["nothing", [], "RIVERTON, Ore. -- "],
    [
      "labels and a note around a deck",
      ["SUMMARY.", "Years of debate end as the council makes up its mind at last.", "STORY.", "Update Added.", "By Jane Roe"],
      "RIVERTON, Ore. - ",
    ],
  ])("starts where a dateline opens the story, past %s, and without the dateline", (_case, before, dateline) => {
    const [first = "", ...rest] = story;
    expect(summaryOf(article("Council backs bridge", ...before, dateline + first, ...rest, ...filler(4))).lead).toBe(lead);
  });

  it("takes the whole sentences of a long paragraph whose last one was cut off", () => {
    const paragraph = `${filler(2).join(" ")} The council also said that it would`;
    expect(summaryOf(article("Council backs bridge", paragraph, ...story, ...filler(8))).lead).toBe(`${filler(2).join(" ")} ${story[0]}`);
  });

  it("still has a lead when the text has no paragraph of story prose", () => {
    expect(summaryOf(article("Contents", "Getting started", "Setting up", "Examples and more")).lead).not.toBe("");
  });

  it("has a lead for every article with a letter in its body", () => {
    const char = fc.constantFrom("a", "B", " ", ".", "“", "”", '"', "'", "1", "/", ":", "©", "東", "。", "—", "\n");
    const text = fc.array(char, { minLength: 1, maxLength: 200 }).map((c) => c.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseArticle(t, "x");
        const hasLetter = parsed.sections.some((s) => s.paragraphs.some((p) => /[aB東]/u.test(p)));
        if (hasLetter) expect(summarise(parsed).lead).not.toBe("");
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["The council voted on Tuesday.", true],
    ["1:39 PM ET", false],
    ["1 / 5", false],
    ["LETTERS.", false],
    ["From Wikipedia, the free encyclopedia", false],
    ["Jane Doe/Reuters", false],
  ])("isStoryProse(%j) = %s", (paragraph, expected) => {
    expect(isStoryProse(paragraph)).toBe(expected);
  });
});

describe("the lead never stops inside a quotation", () => {
  const opening = "Lawmakers reacted with anger on Friday to the president's remarks about the election.";
  it.each([
    [
      "a quotation of several sentences is read to its closing mark",
      [opening, `“This is a disgraceful day,” said Rep. Ann Cole, who leads the caucus. “The president is a fraud. He owes the country an apology.”`],
      `${opening} “This is a disgraceful day,” said Rep. Ann Cole, who leads the caucus. “The president is a fraud. He owes the country an apology.”`,
    ],
    [
      "one too long to finish is left out: the lead stops before it",
      [opening, `Rep. Ann Cole spoke first. “The president is a fraud. ${"He has said things no leader should say, and he has said them again and again to crowds across the country. ".repeat(4)}”`],
      `${opening} Rep. Ann Cole spoke first.`,
    ],
    [
      "a quotation run on over paragraphs that each open with a mark is read to its end",
      [`The company said it would fight the ruling. "We are disappointed. We will appeal.`, `"The ruling ignores the evidence. It is a bad day for business," a spokesman said.`, ...filler(2)],
      `The company said it would fight the ruling. "We are disappointed. We will appeal. "The ruling ignores the evidence. It is a bad day for business," a spokesman said.`,
    ],
    [
      "a mark that never closes: the lead stops before it",
      [opening, `Rep. Ann Cole spoke first. “The president is a fraud. He owes the country an apology.`, ...filler(2)],
      `${opening} Rep. Ann Cole spoke first.`,
    ],
    [
      "marks set as two apostrophes count as quotation marks",
      [opening, `''This isn't reform,'' said Ann Cole, a former budget official. ''It's the opposite. It adds complexity. It helps no one.''`],
      `${opening} ''This isn't reform,'' said Ann Cole, a former budget official. ''It's the opposite. It adds complexity. It helps no one.''`,
    ],
  ])("%s", (_case, paragraphs, expected) => {
    expect(summaryOf(article("Lawmakers react", ...paragraphs, ...filler(6))).lead).toBe(expected);
  });
});
