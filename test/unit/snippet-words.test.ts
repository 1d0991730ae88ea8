import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseSpace, makeSnippet, matchedWords, matchedWordsByScan, normalizeWord, OUTSIDE_ASCII_BUT_PUNCTUATION, parseQuery, termMatcher, type WordMatcher } from "../../src/library/query.js";
import { hasCjk, pairedWords } from "../../src/text/cjk.js";

// makeSnippet finds matched words by the query's leads (matchedWords); it must find exactly what
// judging every word (matchedWordsByScan) finds.

/** makeSnippet by the plain scan: a matcher without leads. */
const plainSnippet = (text: string, matcher: WordMatcher, length: number): ReturnType<typeof makeSnippet> =>
  makeSnippet(text, Object.assign((word: string) => matcher(word), { fragments: matcher.fragments, phrases: matcher.phrases, alone: matcher.alone }), length);

describe("matchedWords", () => {
  it.each([
    ["Policies and the policy: POLICY makers", "policies"],
    ["Talks, talked, TALKING, stalk and talkers", "talk"],
    ["Talks, talked, TALKING, stalk and talkers", "talk*"],
    // Porter rewrites a stem's last letters: "hoping" -> "hope", "possibility" -> "possibl".
    ["Hoping, hoped, HOPES and hopping", "hope"],
    ["Possibly the possibility of POSSIBILITIES", "possibility"],
    ["Happy, happily and unhappiness", "happiness"],
    ["Kyïv, Kyiv’s KYIV and kyiv-based", "kyiv"],
    ["Café crème, cafe and CAFÉS in Zürich", "café zurich"],
    ["Putin's war and Putin’s generals", "Putin's"],
    ["Łódź and Lodz, Kraków and Krakow", "łódź kraków"],
    ["The ﬁnance ministers ﬁned ﬁrms", "finance fine"],
    ["𝐀lpha and alpha, 😀 emoji 😀alpha", "alpha"],
    ["y Y yy, a A, 1 2 10", "y a 1"],
    ["nothing to see here", "zzz"],
    ["ⁱ½² and ª, «quoted» … dashes — and\u2060joined", "a"],
  ])("finds in %j what every word's judgment finds for %j", (text, query) => {
    const matcher = termMatcher(query, "Kovalenko");
    expect(matchedWords(text, matcher)).toEqual(matchedWordsByScan(text, matcher));
    expect(makeSnippet(text, matcher, 30)).toEqual(plainSnippet(text, matcher, 30));
  });

  it("finds what every word's judgment finds, for any text and query", () => {
    const piece = fc.constantFrom(
      "talk", "Talks", "TALKED", "talking", "stalk", "hoping", "Hope", "possibility", "possibly", "happy", "mobility", "ay", "policy", "Policies", "polic", "kyiv", "Kyïv", "KYÏV", "café", "CAFE", "Zürich",
      "zurich", "Łódź", "lodz", "ﬁne", "fine", "Putin", "Putin's", "Putin’s", "naïve", "y", "yy", "a", "A", "1", "42", "ß", "SS", "ſ",
      "K", "\u212a", "ı", "İ", "𝐀", "😀", "\ud800", "\udc00", "½", "²", "ª", "«", "»", "…", "\u2060", "\u2071", "Ж", "λ", "東京", "人工智能", "公司", "人", "é", "e\u0301", " ", " ", "  ", "\n", "-", ".", "’", "“", "”", "—", "'",
    );
    const text = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(""));
    const word = fc.constantFrom("talk", "talk*", "hoping", "possibly", "mobility", "happiness", "ai", "Putin's", "talk-policy", '"kyiv talks"', "y.a", "polic-tal*", "tal*", "policies", "policy", "kyiv", "Kyïv", "café", "zurich", "łódź", "fine", "putin's", "naive", "y", "a*", "1", "ss", "k", "i", "ж", "東京", "人工智能", "人", "ß*");
    const query = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));
    const speaker = fc.option(fc.constantFrom("Putin", "Zelensky", "Łódź"), { nil: undefined });
    fc.assert(
      fc.property(text, query, speaker, (input, words, who) => {
        const matcher = termMatcher(words, who);
        expect(matchedWords(input, matcher)).toEqual(matchedWordsByScan(input, matcher));
        expect(makeSnippet(input, matcher, 40)).toEqual(plainSnippet(input, matcher, 40));
      }),
      { numRuns: 3000 },
    );
  });

  it("takes every character outside ASCII that can be part of a word for a candidate", () => {
    const candidate = new RegExp(OUTSIDE_ASCII_BUT_PUNCTUATION);
    for (let code = 0x80; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (/[\p{L}\p{N}]/u.test(char) || (code >= 0xd800 && code <= 0xdfff)) expect(candidate.test(char), code.toString(16)).toBe(true);
    }
  });
});

describe("collapseSpace", () => {
  it("makes each run of white space one space, as replacing every run does", () => {
    const space = fc.constantFrom(" ", "  ", "\t", "\n", "\n\n", "\r\n", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u200b", "\u0085");
    const piece = fc.oneof(space, fc.constantFrom("a", "word", "é", "—", ".", "😀"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(collapseSpace(text)).toBe(text.replace(/\s+/g, " "));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("parseQuery", () => {
  /**
   * The words of a part as parseQuery found them before it took ASCII text by a class of its own;
   * Chinese and Japanese as the index holds them, in pairs of characters.
   */
  const wordsByUnicodeClass = (raw: string): string[] => [...normalizeWord(raw).matchAll(/[\p{L}\p{N}]+/gu)].flatMap((m) => pairedWords(m[0]));
  const POSSESSIVE = /(?<=[\p{L}\p{N}])['’]s(?![\p{L}\p{N}])/gu;
  const singleCjk = (words: readonly string[]): boolean => words.length > 0 && words[words.length - 1]?.length === 1 && hasCjk(words[words.length - 1] ?? "");

  it("finds the words every Unicode letter and digit class finds, ASCII or not", () => {
    const piece = fc.constantFrom("Talk", "kyiv", "Kyïv", "café", "42", "a1", "Putin's", "\"", "*", "-", " ", "  ", "ß", "İ", "ﬁ", "Ж", "東京", "人", "工智能", "😀", "𝐀", "_", "é", "\u0301", "$", "~");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const query = pieces.join("");
        // A "-" before a word or a "phrase" leaves it out: the part is still found, marked excluded.
        const expected = [...query.matchAll(/(-?)"([^"]*)"?|(\S+)/g)]
          .map((m) => ({ raw: m[2] ?? (m[3] ?? "").replace(/^-+/, ""), bare: m[3] !== undefined }))
          .map(({ raw, bare }) => ({ raw, bare, words: wordsByUnicodeClass(raw.replace(POSSESSIVE, "")) }))
          .map(({ raw, bare, words }) => ({ words, prefix: (bare && raw.endsWith("*")) || singleCjk(words) }))
          .filter((part) => part.words.length > 0);
        // A possessive's "s" is no word to look for (a phrase as written, with it, is looked for beside it).
        expect(parseQuery(query).map(({ words, prefix }) => ({ words, prefix }))).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
