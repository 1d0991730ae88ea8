import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { progressLine, report } from "../../src/commands/add.js";
import type { AddResult } from "../../src/library/library.js";
import { isoTime } from "../../src/commands/list.js";
import { highlightLines } from "../../src/commands/search.js";
import { oneColumnMetrics } from "../../src/render/wrap.js";
import { fileChanges, isArticleFile, isRacy } from "../../src/library/freshness.js";
import { makeSnippet, matchExpression, parseQuery, speakerMatcher, stem, termMatcher } from "../../src/library/query.js";
import { openDatabase } from "../../src/library/sqlite.js";
import { invalidIdReason, slugify, uniqueId } from "../../src/library/slug.js";

describe("slugify", () => {
  it.each([
    ["Putin Trump call stirs diplomatic shock", "putin-trump-call-stirs-diplomatic-shock"],
    ["Zelensky’s “sign of panic”: what it means", "zelenskys-sign-of-panic-what-it-means"],
    ["Café crème à Zürich", "cafe-creme-a-zurich"],
    ["東京で会議", "東京で会議"],
    ["2024", "article-2024"],
    ["!!!", "article"],
    ["A very long headline that goes on and on well past the sixty characters an id may have", "a-very-long-headline-that-goes-on-and-on-well-past-the-sixty"],
    ["Supercalifragilisticexpialidocioussupercalifragilisticexpialidocious word", "supercalifragilisticexpialidocioussupercalifragilisticexpial"],
  ])("%j -> %j", (headline, expected) => {
    expect(slugify(headline)).toBe(expected);
    expect(slugify(headline).length).toBeLessThanOrEqual(60);
  });

  it("makes ids unique with -2, -3, ...", () => {
    const taken = new Set(["story", "story-2"]);
    expect(uniqueId("story", (id) => taken.has(id))).toBe("story-3");
    expect(uniqueId("fresh", (id) => taken.has(id))).toBe("fresh");
  });

  it.each([
    ["my-pick", undefined],
    ["notes_2024.v2", undefined],
    ["", "empty"],
    ["42", "list number"],
    ["../etc", "starts with"],
    [".hidden", "starts with"],
    ["a b", "starts with"],
    ["story.txt", "extension"],
  ])("invalidIdReason(%j)", (id, reason) => {
    const result = invalidIdReason(id);
    if (reason === undefined) expect(result).toBeUndefined();
    else expect(result).toContain(reason);
  });
});

describe("queries", () => {
  it.each([
    ["zelensky missiles", `"zelensky" AND "missiles"`],
    [`"white house" visit`, `"white house" AND "visit"`],
    ["Putin-Trump", `"putin trump"`],
    ["drone*", `"drone" *`],
    ["AND OR NOT", `"and" AND "or" AND "not"`],
    [`"unbalanced`, `"unbalanced"`],
    ["Zürich", `"zurich"`],
    // Chinese and Japanese as the index holds them: pairs of characters, in a row.
    ["人工智能", `"人工 工智 智能"`],
    ["谷歌DeepMind", `"谷歌 deepmind"`],
    ["会議 首相", `"会議" AND "首相"`],
    ["人", `"人" *`],
    ["  ", undefined],
    // A possessive is the name: the index holds its "s" as a word of its own.
    ["Yukos's", `"yukos"`],
    ["Greenspan’s rates", `"greenspan" AND "rates"`],
    [`"Alan Greenspan's"`, `"alan greenspan"`],
    [`"Greenspan's speech"`, `("greenspan s speech" OR "greenspan speech")`],
    ["Yukos' shares", `"yukos" AND "shares"`],
    ["O'Brien", `"o brien"`],
    // A "-" before a word or phrase leaves out the articles that have it; inside a word it is punctuation.
    ["trump -clinton", `("trump") NOT ("clinton")`],
    [`budget -"federal budget" -tax*`, `("budget") NOT ("federal budget" OR "tax" *)`],
    ["e-mail -", `"e mail"`],
    [`"-clinton"`, `"clinton"`],
    ["-clinton", undefined],
  ])("matchExpression(%j)", (query, expected) => {
    expect(matchExpression(query, undefined)).toBe(expected);
  });

  it("adds a speaker clause", () => {
    expect(matchExpression("", "Zelensky")).toBe(`speakers : "zelensky"`);
    expect(matchExpression("talks", "Donald Trump")).toBe(`"talks" AND speakers : "donald trump"`);
    expect(matchExpression("", "李")).toBe(`speakers : "李" *`); // a one-character surname, the first of a pair
    expect(matchExpression("-clinton", "Trump")).toBe(`(speakers : "trump") NOT ("clinton")`);
  });

  it.each([
    ["Zelensky’s", `speakers : "zelensky"`],
    ["Mr Brown", `speakers : "brown"`],
    ["Mrs. Thatcher", `speakers : "thatcher"`],
    ["Dr Anna Petrenko", `speakers : "anna petrenko"`],
    ["Ms Smith's", `speakers : "smith"`],
    ["Miss Marple", `speakers : "marple"`],
    ["Mr", undefined], // a title alone names no one (the index keeps names without titles): a usage error
    ["*", undefined],
  ])("looks for the name in --speaker %j, without a possessive or a title before it", (speaker, expected) => {
    expect(matchExpression("", speaker)).toBe(expected);
  });

  it.each([
    ["Li", "Li Wei", true],
    ["Li", "Julia Gillard", false], // the letters, not the word
    ["Wei", "Li Wei", true],
    ["Li Wei", "Li Wei", true],
    ["Wei Li", "Li Wei", false],
    ["Davy", "Emma Davies", true], // one stem, as the index has it
    ["Mr Brown", "Gordon Brown", true],
    ["Müller", "Thomas Muller", true],
    ["李", "李明", true],
    ["明", "李明", false],
  ])("--speaker %j names the speaker %j: %j", (speaker, name, expected) => {
    expect(speakerMatcher(speaker)(name)).toBe(expected);
  });

  it("highlights the name of a possessive query, never a lone s", () => {
    const snippet = makeSnippet("Russia's oil giant Yukos. S&P said Yukos's debts and the government's plan", termMatcher("Yukos's"));
    expect(snippet.highlights.map(([a, b]) => snippet.text.slice(a, b))).toEqual(["Yukos", "Yukos"]);
    const bySpeaker = makeSnippet("Mr Brown said: “It's done.”", termMatcher("", "Mr Brown’s"));
    expect(bySpeaker.highlights.map(([a, b]) => bySpeaker.text.slice(a, b))).toEqual(["Brown"]);
  });

  it("parses prefixes only on bare words", () => {
    expect(parseQuery(`drone* "x*"`)).toEqual([
      { words: ["drone"], prefix: true },
      { words: ["x"], prefix: false },
    ]);
  });

  it.each([
    ["talks", "talk"],
    ["talked", "talk"],
    ["talking", "talk"],
    ["policies", "polici"],
    ["policy", "polici"],
    ["Zelensky’s", "zelenski"],
    ["bus", "bu"],
    ["glass", "glass"],
    // Porter's rules as the engine applies them, beyond cutting -s, -ed and -ing.
    ["running", "run"],
    ["hoping", "hope"],
    ["argued", "argu"],
    ["generous", "gener"],
    ["generals", "gener"],
    ["possibility", "possibl"],
    ["relational", "relat"],
    ["agreed", "agre"],
    ["Müllers", "muller"],
    ["by", "by"], // under three letters: as it is
  ])("stem(%j) = %j", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it("stems as the index does: every word a search finds is one its snippet marks", () => {
    const words = ["running", "runs", "hoping", "hopes", "hopped", "argued", "arguing", "generously", "generals", "possibly", "possibility",
      "mobility", "sensitivity", "relational", "conditional", "vietnamization", "happiness", "happily", "agreed", "feed", "ponies", "caress",
      "controlling", "rolled", "formalize", "electrical", "hopefulness", "digitizer", "ay", "sky", "naïve", "Straße", "größeren", "москвы"];
    const db = openDatabase(":memory:", {});
    try {
      db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61 remove_diacritics 2'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')");
      const insert = db.prepare("INSERT INTO t(rowid, x) VALUES (?, ?)");
      words.forEach((word, i) => insert.run(i + 1, word));
      const terms = db.prepare("SELECT doc, term FROM v ORDER BY doc").all() as { doc: number; term: string }[];
      expect(terms.map(({ doc }) => words[doc - 1])).toEqual(words);
      expect(words.map(stem)).toEqual(terms.map(({ term }) => term));
    } finally {
      db.close();
    }
  });

  it("matches words of the text against the query's", () => {
    const matches = termMatcher("talk drone*", "Putin");
    expect(["Talks", "talked", "drones", "droned", "Putin", "walk"].map(matches)).toEqual([true, true, true, true, true, false]);
  });

  it("does not mark the words a query leaves out", () => {
    const snippet = makeSnippet("Trump and Clinton met; 人工智能 and 中国 too.", termMatcher("trump -clinton 中国 -人工智能"));
    expect(snippet.highlights.map(([a, b]) => snippet.text.slice(a, b))).toEqual(["Trump", "中国"]);
  });

  it.each([
    ["U.S.", "Obama’s plan for the U.S. economy, Biden's too", ["U", "S"]],
    ["3.5", "from 3% to 3.5% in 5 years", ["3", "5"]],
    ["don't", "I don't know, he said; it isn't t", ["don", "t"]],
    [`"white house" house`, "The House voted; the White House said", ["House", "White", "House"]],
    [`"greenspan speech"`, "Greenspan's speech and Greenspan speech, not Greenspan’s long speech", ["Greenspan", "speech", "Greenspan", "speech"]],
    ["Putin-Tru*", "Putin and Trump, then Putin-Trumpism", ["Putin", "Trumpism"]],
  ])("marks the words of a phrase (%j) only where they stand together", (query, text, marked) => {
    const snippet = makeSnippet(text, termMatcher(query));
    expect(snippet.highlights.map(([a, b]) => snippet.text.slice(a, b))).toEqual(marked);
  });

  it("marks the words found only by Porter's rules in the snippet", () => {
    const snippet = makeSnippet("Pence was running late. The generals said they were hoping to win.", termMatcher("run generous hope"));
    expect(snippet.highlights.map(([a, b]) => snippet.text.slice(a, b))).toEqual(["running", "generals", "hoping"]);
  });
});

describe("makeSnippet", () => {
  const text = "The council met on Monday. Nothing else happened for a while, and the weather was fine. " +
    "Later the budget talks resumed in Kyiv, where ministers said the budget would pass. The end.";

  it("picks the passage with the most different matched words and marks them", () => {
    const snippet = makeSnippet(text, termMatcher("budget kyiv"), 80);
    expect(snippet.text.startsWith("…Later the budget talks resumed in Kyiv")).toBe(true);
    expect(snippet.text.endsWith("…")).toBe(true);
    expect(snippet.highlights.map(([a, b]) => snippet.text.slice(a, b))).toEqual(["budget", "Kyiv", "budget"].slice(0, snippet.highlights.length));
    expect(snippet.highlights.length).toBeGreaterThanOrEqual(2);
  });

  it("gives the beginning when nothing matches, and the whole of a short text", () => {
    expect(makeSnippet(text, () => false, 30).text).toBe("The council met on Monday.…");
    expect(makeSnippet("Short  text\nhere.", termMatcher("text"))).toEqual({ text: "Short text here.", highlights: [[6, 10]] });
  });

  it("marks Chinese and Japanese where they occur, and words that touch them", () => {
    const snippet = makeSnippet("谷歌在2014年收购的人工智能公司DeepMind开发出一款计算机。", termMatcher("人工智能 deepmind"));
    expect(snippet.highlights.map(([a, b]) => snippet.text.slice(a, b))).toEqual(["人工智能", "DeepMind"]);
  });

  it("marks highlights after wrapping, on the right words of each line", () => {
    const snippet = makeSnippet("alpha beta gamma delta beta", termMatcher("beta"));
    const lines = highlightLines(snippet, 12, oneColumnMetrics, (t) => `[${t}]`);
    expect(lines).toEqual(["alpha [beta]", "gamma delta", "[beta]"]);
  });
});

describe("freshness", () => {
  it("finds files added, changed and removed", () => {
    const indexed = new Map([
      ["a.txt", { size: 10, mtimeNs: "100" }],
      ["b.txt", { size: 10, mtimeNs: "100" }],
      ["c.txt", { size: 10, mtimeNs: "100" }],
    ]);
    const onDisk = [
      { name: "a.txt", size: 10, mtimeNs: "100" },
      { name: "b.txt", size: 10, mtimeNs: "200" },
      { name: "d.md", size: 5, mtimeNs: "300" },
    ];
    expect(fileChanges(indexed, onDisk)).toEqual({ added: [onDisk[2]], changed: [onDisk[1]], removed: ["c.txt"] });
    expect(fileChanges(indexed, [...indexed].map(([name, s]) => ({ name, ...s })))).toEqual({ added: [], changed: [], removed: [] });
  });

  it("takes .txt and .md files, not hidden ones or others", () => {
    expect(["a.txt", "B.MD", ".a.txt", "x.json", "notes.md.swp", "index.db", "nl\nx.txt", "cr\rx.md", "x.txt\n"].map(isArticleFile)).toEqual([
      true, true, false, false, false, false, true, true, false,
    ]);
  });

  it("calls a folder time recorded right after it changed racy", () => {
    const ms = 1_700_000_000_000;
    const ns = BigInt(ms) * 1_000_000n;
    expect(isRacy(ns, ms + 5)).toBe(true);
    expect(isRacy(ns, ms + 10_000)).toBe(false);
  });
});

describe("list and add helpers", () => {
  it.each([
    [0, 1000, 80, "[------------------------------]    0/1000 articles"],
    [500, 1000, 80, "[###############---------------]  500/1000 articles"],
    [1000, 1000, 200, "[##############################] 1000/1000 articles"],
    // Narrower terminals: the bar shrinks, leaving the last column free, then goes.
    [500, 1000, 40, "[#########---------]  500/1000 articles"],
    [741, 896, 40, "[################----] 741/896 articles"],
    [741, 896, 30, "[########--] 741/896 articles"],
    [741, 896, 25, "741/896 articles"],
    [741, 896, 12, "741/896"],
    [741, 896, 5, ""],
  ])("draws a progress bar: %i of %i at %i columns", (done, total, columns, expected) => {
    const line = progressLine(done, total, columns);
    expect(line).toBe(expected);
    expect(line.length).toBeLessThan(columns);
  });
});

describe("add's report on a terminal", () => {
  const results = (added: number, existing: number): AddResult[] => [
    ...Array.from({ length: added }, (_, i): AddResult => ({ source: `new-${i}.txt`, id: `new-${i}`, status: "added", headline: `New ${i}` })),
    ...Array.from({ length: existing }, (_, i): AddResult => ({ source: `old-${i}.txt`, id: `old-${i}`, status: "exists", headline: `Old ${i}` })),
  ];
  const lines = (added: number, existing: number): string[] => report(results(added, existing), { stdoutIsTTY: true, notice: () => {} }).trimEnd().split("\n");

  it.each([
    // added, already stored, lines of "already stored", the "… and N more" line or none, the summary
    [20, 0, 0, undefined, "Added 20 articles"],
    [20, 3, 3, undefined, "Added 20 articles, 3 already stored"],
    [0, 49, 49, undefined, "Added 0 articles, 49 already stored"],
    [0, 50, 50, undefined, "Added 0 articles, 50 already stored"],
    [0, 51, 50, "… and 1 more already stored", "Added 0 articles, 51 already stored"],
    [872, 896, 50, "… and 846 more already stored", "Added 872 articles, 896 already stored"],
  ])("%i added, %i already stored: the first 50 of those, a count of the rest, and the summary last", (added, existing, shown, more, summary) => {
    const printed = lines(added, existing);
    expect(printed.filter((l) => l.startsWith("already stored as "))).toHaveLength(shown);
    expect(printed.filter((l) => l.startsWith("… and "))).toEqual(more === undefined ? [] : [more]);
    expect(printed.at(-1)).toBe(summary);
    expect(printed).toHaveLength(shown + (more === undefined ? 1 : 2));
  });

  it("a line per article for up to 10 files, and no summary", () => {
    expect(lines(2, 1)).toEqual(["added new-0: New 0", "added new-1: New 1", "already stored as old-0: old-0.txt"]);
  });
});

describe("isoTime", () => {
  it("is toISOString() to the second, for any time", () => {
    const check = (ms: number): void => {
      expect(isoTime(ms)).toBe(new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z"));
    };
    for (const ms of [0, -1, 951_782_400_000, 4_107_542_400_000, 1_764_264_620_999, -62_135_596_800_000, 253_402_300_799_999, -62_198_755_200_000, 8.64e15]) check(ms);
    fc.assert(fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), check), { numRuns: 20_000 });
  });
});
