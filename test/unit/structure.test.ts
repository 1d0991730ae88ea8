import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointLength, codePointsBetween, firstChunkLength, firstWordLength, toBlocks } from "../../src/parse/blocks.js";
import { isAnchoredHeading, toSections } from "../../src/parse/headings.js";
import { isTitleOfWork } from "../../src/parse/quotes.js";
import { paragraphsOf } from "../../src/parse/quoting.js";
import { cleanTitle } from "../../src/parse/headline.js";
import { isBlankText, needsNormalizing, normalizeText, squeezeLine, toLines, trimmedSlice } from "../../src/parse/normalize.js";
import { isShortLine, isUnpunctuatedText } from "../../src/parse/page-layout.js";
import { isByline, isCaptionOrCredit, isDateOrTime, isListItem, startsWithDigit } from "../../src/parse/furniture.js";
import { endsInStop, endsLikeProse, isProseLike, isWhollyQuoted, wordCount } from "../../src/parse/shape.js";
import { articleStats, blockStats } from "../../src/parse/stats.js";

// The hand-read line ends must answer exactly what the patterns they replace answer.
const marks = fc.constantFrom(..."abc .,;:!?…。，；：！？\"”“„«»’‘')]」』[(".split(""), "😀", "\ud800", "\udc00");
const texts = fc.array(marks, { maxLength: 8 }).map((c) => c.join(""));

describe("line ends", () => {
  it.each([
    ["Prices rose.", true],
    ["He said: “No.”", true],
    ["It ended (finally).", true],
    ["Who won?", false],
    ["“Who won?”", true],
    ["Budget talks continue", false],
    ["First, then", false],
    ["Markets。」", true],
    ["", false],
    ["”", false],
  ])("endsLikeProse(%j) = %s", (text, expected) => {
    expect(endsLikeProse(text)).toBe(expected);
  });

  it("endsLikeProse: as its patterns say", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(endsLikeProse(text)).toBe(/[.,;:!…。，；：！]["”’'»)\]」』]*$/u.test(text) || /[?？]["”’'»」』]$/u.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["Done.", ".", true],
    ["Done.”)", ".", true],
    ["Done”)", ".", false],
    [")", ".", false],
    ["", ".", false],
    ["Why?", ".!?", true],
  ])("endsInStop(%j, %j) = %s", (text, stops, expected) => {
    expect(endsInStop(text, stops)).toBe(expected);
  });

  it("endsInStop: as its pattern says", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(endsInStop(text, ".!?…:。！？：")).toBe(/[.!?…:。！？：]["”’'»)\]」』]*$/u.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["“A pulled quote”", true],
    ["'Single'", true],
    ["«Guillemets»", true],
    ["“Open only", false],
    ["Close only”", false],
    ["\"", true],
    ["", false],
  ])("isWhollyQuoted(%j) = %s", (text, expected) => {
    expect(isWhollyQuoted(text)).toBe(expected);
  });

  it("isWhollyQuoted: as its patterns say", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(isWhollyQuoted(text)).toBe(/^["“„«‘']/u.test(text) && /["”“»’']$/u.test(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("words counted as lines are read", () => {
  it.each([
    ["one", "one", 1],
    ["two words", "two words", 2],
    ["a  doubled   gap", "a doubled gap", 3],
    [" edges ", " edges ", 1],
    ["", "", 0],
    ["   ", " ", 0],
  ])("squeezeLine(%j) = %j, %i words", (line, text, words) => {
    expect(squeezeLine(line)).toEqual({ text, words });
  });

  it.each([
    ["  a b  ", 0, 7, "a b"],
    ["x  a  y", 1, 6, "a"],
    ["   ", 0, 3, ""],
    ["\u2028 a\u00a0 ", 0, 6, "a"],
    ["a\t", 0, 2, "a"],
    ["“a”", 0, 3, "“a”"],
  ])("trimmedSlice(%j, %i, %i) = %j", (text, start, end, expected) => {
    expect(trimmedSlice(text, start, end)).toBe(expected);
  });

  const spaced = fc.array(fc.constantFrom("a", "é", " ", "\n", "\r\n", "\t", "\f", "\v", "\u00a0", "\u2028", "\u2029", "\u2009", "\u3000", "\ufeff", "”", "\u200b", "\u200c", "\u200d"), { maxLength: 20 }).map((c) => c.join(""));

  it.each([
    ["plain text", false],
    ["a\r\nb", true],
    ["a\tb", true],
    ["a\u00a0b", true],
    ["“a” \u2009b", true],
    ["“a” b\u000b", true],
    ["a\u2028b", true],
    ["a\u2029b", true],
    ["“a” b", false],
    ["\ufeffa", true],
    ["a\u200bb", true],
    ["👨\u200d👩", false],
    ["می\u200cخواهم", false],
  ])("needsNormalizing(%j) = %s", (text, expected) => {
    expect(needsNormalizing(text)).toBe(expected);
  });

  it.each([
    ["a\r\nb\rc", "a\nb\nc"],
    // Unicode's line and paragraph separators end a line, as CR does; a vertical tab (a word
    // processor's line break inside a paragraph) and a form feed (its page break) are spaces.
    ["a\u2028b\u2029c", "a\nb\nc"],
    ["a\u000bb\u000cc", "a b c"],
    ["a\n\u000c\nb", "a\n \nb"],
    ["a\tb\u00a0c\u3000d", "a b c d"],
    ["zero\u200bwidth\u2060join\ufeff", "zerowidthjoin"],
    // Joiners are spelling: an emoji family, a Persian word with its non-joiner.
    ["👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"],
    ["می\u200cخواهم", "می\u200cخواهم"],
  ])("normalizeText(%j) = %j", (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  it("needsNormalizing: as its pattern says", () => {
    fc.assert(
      fc.property(spaced, (text) => {
        expect(needsNormalizing(text)).toBe(/[\r\f\v\t\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]/.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["", true],
    [" \n\t\r\n\u00a0\u3000", true],
    ["\u200b\n", true],
    ["\u2060", true],
    ["\n\ufeff \u200b\u2060\ufeff\n", true],
    ["\u200ba", false],
    ["\u200d", false], // a joiner is spelling: the parser keeps it
    ["”", false],
  ])("isBlankText(%j) = %s", (text, expected) => {
    expect(isBlankText(text)).toBe(expected);
  });

  it("isBlankText: no line of the text as the parser reads it holds anything", () => {
    fc.assert(
      fc.property(spaced, (text) => {
        expect(isBlankText(text)).toBe(toLines(text).every((line) => line === ""));
      }),
      { numRuns: 3000 },
    );
  });

  it("toLines: the normalized text split at line ends, each line trimmed", () => {
    fc.assert(
      fc.property(spaced, (text) => {
        expect(toLines(text)).toEqual(normalizeText(text).split("\n").map((line) => line.trim()));
      }),
      { numRuns: 3000 },
    );
  });

  const lines = fc.array(fc.constantFrom("a", "b", " ", "  ", "-", "well-", "1.", "\n", "\n\n", "# ", "Q", "é"), { maxLength: 30 }).map((c) => c.join(""));

  it("squeezeLine: squeezes as the pattern does and counts as wordCount does", () => {
    fc.assert(
      fc.property(lines.map((t) => t.replace(/\n/g, "")), (line) => {
        const squeezed = line.replace(/ {2,}/g, " ");
        expect(squeezeLine(line)).toEqual({ text: squeezed, words: wordCount(squeezed) });
      }),
      { numRuns: 3000 },
    );
  });

  it("a block's count is its text's wordCount, so isShortLine may take it", () => {
    fc.assert(
      fc.property(lines, (text) => {
        for (const block of toBlocks(text)) {
          expect(block.words).toBe(wordCount(block.text));
          expect(isShortLine(block)).toBe(block.markdownLevel === 0 && !isProseLike(block.text));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("blockStats of the blocks is articleStats of their sections", () => {
    fc.assert(
      fc.property(lines, (text) => {
        const blocks = toBlocks(text);
        expect(blockStats(blocks)).toEqual(articleStats(toSections(blocks)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("startsWithDigit", () => {
  it.each([
    ["3 Climate", true],
    ["0", true],
    ["Climate", false],
    ["٣ Arabic-Indic", false],
    ["", false],
  ])("startsWithDigit(%j) = %s", (text, expected) => {
    expect(startsWithDigit(text)).toBe(expected);
  });
});

describe("isUnpunctuatedText", () => {
  // The whole walk, as it was before it learned to stop early.
  const wholeWalk = (texts: readonly string[]): boolean => {
    let lines = 0;
    let bare = 0;
    for (const text of texts) {
      if (text.split(" ").filter(Boolean).length < 8) continue;
      lines++;
      if (!/[.,;:!?]$/u.test(text)) bare++;
    }
    return lines >= 10 && bare >= 0.75 * lines;
  };
  const line = fc.constantFrom(
    "one two three four five six seven eight",
    "one two three four five six seven eight.",
    "short",
    "short.",
    // Eight words, but seven between spaces: a list kept in one block is read by its spaces.
    "one two three four\nfive six seven eight",
  );
  it("stops early only when the walk's answer is settled", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (texts) => {
        const blocks = texts.map((text) => ({ text, markdownLevel: 0, blankBefore: true, blankAfter: true, words: wordCount(text) }));
        expect(isUnpunctuatedText(blocks)).toBe(wholeWalk(texts));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("furniture patterns behind a first look", () => {
  const DATE_OR_TIME = new RegExp(
    "^(?:(?:updated|published|posted|last updated|first published)[:\\s]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?,?(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})\\b|^\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?\\b",
    "iu",
  );
  const pieces = fc.constantFrom("Updated ", "Monday, ", "MARCH ", "ſept ", "3 ", "12:30 ", "2024-01-02", "4th ", "June", "Budget ", "x", " ", "ab", "1.", "- ", "• ", "(a) ", "a) ", "B) ", "photo by", "Photographed", "(left)", "LOGO", "© ", "Credit: ", "pi\u0130cture", "\u212Aey", "ſource:");
  const lines = fc.array(pieces, { maxLength: 6 }).map((p) => p.join(""));

  it("isDateOrTime: as its patterns say", () => {
    fc.assert(
      fc.property(lines, (line) => {
        expect(isDateOrTime(line)).toBe(/[0-9]/.test(line) && DATE_OR_TIME.test(line));
      }),
      { numRuns: 3000 },
    );
  });

  it("isListItem: as its pattern says", () => {
    fc.assert(
      fc.property(lines, (line) => {
        expect(isListItem(line)).toBe(/^(?:[-*•◦▪‣–]\s|\d{1,3}[.)]\s|\(?[a-z]\)\s)/u.test(line));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["Photo by Jane Doe", true],
    ["PHOTOGRAPHED in 2020", true],
    ["The mayor (left) and aides", true],
    ["Getty Images", true],
    ["Credit: Jane Doe", true],
    ["Budget talks continue", false],
    ["Pi\u0130ctured here", false],
    ["In this Jan. 5, 2016, file photo, the ferry leaves its berth.", true],
    ["In this photo taken on Monday, the ferry leaves its berth.", true],
    ["In this case, police released a photo of the man.", false],
  ])("isCaptionOrCredit(%j) = %s", (line, expected) => {
    expect(isCaptionOrCredit(line)).toBe(expected);
  });

  it.each([
    ["By Jane Doe", true],
    ["BY JANE DOE", true],
    ["by Jane Doe", true],
    ["From Wikipedia, the free encyclopedia", true],
    ["By the time police arrived, the crowd had gone.", false],
    ["From the deck of his boat, the skipper saw it all.", false],
  ])("isByline(%j) = %s: the name after the opening word has a capital", (line, expected) => {
    expect(isByline(line)).toBe(expected);
  });
});

describe("cleanTitle", () => {
  it.each([
    ["**Bold title**", "Bold title"],
    ["A title.", "A title"],
    ["A quoted “title.”", "A quoted “title”"],
    ["Wait...", "Wait..."],
    ["No stop", "No stop"],
    ["**Both.**", "Both"],
  ])("cleanTitle(%j) = %j", (text, expected) => {
    expect(cleanTitle(text)).toBe(expected);
  });

  it("as its patterns say", () => {
    const pieces = fc.constantFrom("**", "*", ".", "..", "”", "'", ")", "]", "a", " ", "」");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }).map((p) => p.join("")), (text) => {
        expect(cleanTitle(text)).toBe(text.replace(/^\*\*(.*)\*\*$/u, "$1").replace(/(?<!\.)\.(["”’'»)]*)$/u, "$1").trim());
      }),
      { numRuns: 3000 },
    );
  });
});

describe("cheap tests before the patterns", () => {
  it.each([
    ["History[edit]", true],
    ["Usage¶", true],
    ["History [edit]", true],
    ["History", false],
    ["See [1]", false],
    ["", false],
    ["x".repeat(95) + "[edit]", false],
  ])("isAnchoredHeading(%j) = %s", (text, expected) => {
    expect(isAnchoredHeading(text)).toBe(expected);
  });

  const span = (text: string, start: number) => ({ text, para: 0, start, endPara: 0, end: start + text.length + 2 });
  it.each([
    ["the film “Big Fish”", "Big Fish", true],
    ["the film “Big Fish.”", "Big Fish.", true],
    ["the film “Big Fish Is Back Again.”", "Big Fish Is Back Again.", false],
    ["the film “Big Fish Is Back Again”", "Big Fish Is Back Again", true],
    ["a song called “One Two Three Four Five Six Seven Eight Nine Ten”", "One Two Three Four Five Six Seven Eight Nine Ten", true],
    ["a song called “One Two Three Four Five Six Seven Eight Nine Ten Eleven”", "One Two Three Four Five Six Seven Eight Nine Ten Eleven", false],
    ["he said “Big Fish”", "Big Fish", false],
  ])("isTitleOfWork(%j)", (paragraph, text, expected) => {
    expect(isTitleOfWork(paragraph, span(text, paragraph.indexOf("“")))).toBe(expected);
  });
});

describe("first word lengths counted in place", () => {
  it.each([
    ["well-known words", 5, 10],
    ["a-b", 2, 3],
    ["-ab c", 3, 3],
    ["x- y", 2, 2],
    ["😀-a b", 3, 3],
    ["𝐀-a b", 1, 3],
    ["é-é", 2, 3],
    ["", 0, 0],
    [" lead", 0, 0],
  ])("%j: first chunk %i, first word %i", (line, chunk, word) => {
    expect(firstChunkLength(line)).toBe(chunk);
    expect(firstWordLength(line)).toBe(word);
  });

  const pieces = fc.array(fc.constantFrom("a", "é", "-", " ", "1", "😀", "𝐀", "\ud800", "\udc00"), { maxLength: 12 }).map((c) => c.join(""));

  it("as the word's copy measures them", () => {
    fc.assert(
      fc.property(pieces, (line) => {
        const space = line.indexOf(" ");
        const word = space < 0 ? line : line.slice(0, space);
        const at = word.search(/\p{L}-\p{L}/u);
        expect(firstWordLength(line)).toBe(codePointLength(word));
        expect(firstChunkLength(line)).toBe(codePointLength(at >= 0 ? word.slice(0, at + 2) : word));
        expect(codePointsBetween(line, 1, line.length)).toBe(codePointLength(line.slice(1)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("paragraphsOf", () => {
  it.each([
    [[], []],
    [[{ heading: null, paragraphs: [] }], []],
    [[{ heading: null, paragraphs: ["a", "b"] }, { heading: "H", paragraphs: [] }, { heading: "I", paragraphs: ["c"] }], ["a", "b", "c"]],
  ])("%j", (sections, paragraphs) => {
    expect(paragraphsOf(sections)).toEqual(paragraphs);
  });
});
