import fc from "fast-check";
import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";
import { describe, expect, it } from "vitest";
import { ansiMetrics, oneColumnMetrics, plainMetrics, simpleTextMetrics } from "../../src/render/wrap.js";

/** The wide characters `NOT_SIMPLE_TEXT` lets through, range by range (see wrap.ts). */
const WIDE_RANGES: [number, number][] = [
  [0x3000, 0x301f],
  [0x3041, 0x3096],
  [0x309b, 0x30ff],
  [0x3105, 0x312f],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0xff01, 0xff5e],
];
const wideChars = WIDE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)));

describe("wrapping text with wide characters", () => {
  it("takes as wide only characters two columns wide that stand alone: their own NFC form and grapheme", () => {
    const segmenter = new Intl.Segmenter();
    for (const ch of wideChars) {
      expect(stringWidth(ch), `U+${ch.charCodeAt(0).toString(16)}`).toBe(2);
      expect(ch.normalize()).toBe(ch);
      expect([...segmenter.segment(`a${ch}${ch}é`)].length).toBe(4);
    }
  });

  // Characters the rules of Chinese and Japanese line breaking are not about (see kinsoku.test.ts), and some they are.
  const wide = fc.constantFrom("的", "の", "一", "リ", "ㄜ", "〒", "ゟ", "ヿ", "\u3000", "한", "국", "Ａ", "ｚ", "鿿", "가", "힣");
  const ruled = fc.constantFrom("、", "。", "ー", "・", "「", "」", "【", "！", "々", "っ", "〝", "〟");
  const oneColumn = fc.constantFrom("a", "Z", "é", "ß", "—", "…", "Ж", "λ", "\u0374", "™", "→", "−", "\u212b", " ", " ", "  ", "\u00a0", "\n", "1", ".");
  const quote = fc.constantFrom("“", "’");
  const text = fc.array(fc.oneof(wide, wide, oneColumn), { maxLength: 120 }).map((c) => c.join(""));
  const anyText = fc.array(fc.oneof(wide, wide, ruled, oneColumn, quote), { maxLength: 120 }).map((c) => c.join(""));
  /** Whether any row of wrapped text starts with a character the rules keep from a row's start, or ends with one they keep from its end. */
  const breaksRules = (wrapped: string): boolean => wrapped.split("\n").some((row) => /^[、。ー・」！々っ〟’]|[「【〝“]$/.test(row));

  it("never breaks a word of one-column characters among wide ones that a row could hold", async () => {
    for (const metrics of [await ansiMetrics(), simpleTextMetrics]) {
      fc.assert(
        fc.property(text, fc.integer({ min: 1, max: 40 }), (input, width) => {
          expect(splitsShortNarrowRun(input, metrics.wrap(input, width), width)).toBe(false);
        }),
        { numRuns: 2000 },
      );
    }
    expect(splitsShortNarrowRun("的aa", "的a\na", 3)).toBe(true);
    expect(splitsShortNarrowRun("的aa", "的\naa", 3)).toBe(false);
    expect(splitsShortNarrowRun("aaaa", "aaa\na", 3)).toBe(false);
  });

  it("gives exactly what wrap-ansi gives, for any width and indent, where the rules have nothing to say (it breaks no short word)", async () => {
    for (const metrics of [await ansiMetrics(), simpleTextMetrics]) {
      fc.assert(
        fc.property(text, fc.integer({ min: 1, max: 40 }), fc.constantFrom("", "  "), (input, width, indent) => {
          const expected = wrapAnsi(input, width, { hard: true, trim: true });
          if (!splitsShortNarrowRun(input, expected, width) && !leavesRoomForWide(expected, width)) {
            expect(metrics.wrap(input, width, indent)).toBe(expected.replaceAll("\n", "\n" + indent));
          }
        }),
        { numRuns: 2000 },
      );
    }
  });

  it("and so where wrap-ansi keeps the rules anyway; where it does not, keeps the text and the width", async () => {
    for (const metrics of [await ansiMetrics(), simpleTextMetrics]) {
      fc.assert(
        fc.property(anyText, fc.integer({ min: 1, max: 40 }), (input, width) => {
          const expected = wrapAnsi(input, width, { hard: true, trim: true });
          const wrapped = metrics.wrap(input, width);
          if (!breaksRules(expected) && !splitsShortNarrowRun(input, expected, width) && !leavesRoomForWide(expected, width)) expect(wrapped).toBe(expected);
          expect(wrapped.replace(/[\s]/g, "")).toBe(expected.replace(/[\s]/g, ""));
          for (const row of wrapped.split("\n")) if (row.length > 1) expect(stringWidth(row)).toBeLessThanOrEqual(width);
        }),
        { numRuns: 2000 },
      );
    }
  });

  it("measures a line as string-width does", async () => {
    for (const metrics of [await ansiMetrics(), simpleTextMetrics]) {
      fc.assert(
        fc.property(text, (input) => {
          for (const line of input.split("\n")) expect(metrics.width(line)).toBe(stringWidth(line));
        }),
        { numRuns: 1000 },
      );
    }
  });

  it.each([
    [["plain", "text"], oneColumnMetrics],
    [["東京の記者会見", "“quote” — Ana"], simpleTextMetrics],
    [["東京の記者会見", "a party 🎉"], undefined],
    [["東京の記者会見", "bell \u0007"], undefined],
    [["東京の記者会見", "e\u0301"], undefined],
  ])("chooses the metrics that need no libraries where it can: %j", async (texts, expected) => {
    const metrics = await plainMetrics(texts);
    if (expected !== undefined) expect(metrics).toBe(expected);
    else expect([oneColumnMetrics, simpleTextMetrics]).not.toContain(metrics);
  });

  it("will not wrap or measure text that is not simple, rather than get it wrong", () => {
    expect(() => simpleTextMetrics.wrap("a party 🎉 tonight", 5)).toThrow(/not simple/);
    expect(() => simpleTextMetrics.width("a party 🎉")).toThrow(/not simple/);
  });

  it.each([
    ["a Chinese sentence", "中文新聞的標題，在這裡。還有一些文字", 10],
    ["a wide character that does not fit at a row's end", "ab一二三四", 5],
    ["words of both widths", "Tokyo 東京 and Seoul 서울 met", 7],
    ["a width of one", "一a二", 1],
    ["fullwidth forms", "ＡＢＣ！ ｄｅｆ", 4],
    ["a one-column character NFC changes", "\u0374一二 \u037e", 3],
  ])("and so for %s", async (_name, input, width) => {
    const metrics = await ansiMetrics();
    expect(metrics.wrap(input, width)).toBe(wrapAnsi(input, width, { hard: true, trim: true }));
  });
});

/** A one-column character that, among wide ones, is part of a word: not white space, nor a curly quote (the rules keep those with the wide text). */
const isWordCharacter = (ch: string | undefined): boolean => ch !== undefined && ch.charCodeAt(0) < 0x3000 && ch.trim() !== "" && !"‘’“”".includes(ch);

/**
 * Whether a row break of `wrapped` (`input` wrapped at `width`) falls between two characters of a run
 * of `isWordCharacter` in the input that a row could hold: a word or number broken where it could
 * have gone down whole.
 */
/**
 * Whether wrap-ansi, which breaks only at spaces, took a word down to the next row although this
 * row had room for its start up to a place next to a wide character: where newsread fills the row,
 * as Chinese and Japanese are set (whether the rules allow that break is theirs to say).
 */
function leavesRoomForWide(wrapped: string, width: number): boolean {
  const rows = wrapped.split("\n");
  for (let r = 0; r + 1 < rows.length; r++) {
    const room = width - stringWidth(rows[r] ?? "") - 1;
    const word = [...(rows[r + 1] ?? "").split(" ")[0] ?? ""];
    let prefix = 0;
    for (let k = 0; k + 1 < word.length; k++) {
      prefix += stringWidth(word[k] ?? "");
      if (prefix > room) break;
      if (stringWidth(word[k] ?? "") === 2 || stringWidth(word[k + 1] ?? "") === 2) return true;
    }
  }
  return false;
}

function splitsShortNarrowRun(input: string, wrapped: string, width: number): boolean {
  const text = input.normalize(); // as the wrappers take it
  let at = 0; // in `text`, where the next character of `wrapped` is looked for: what wrapping drops is white space
  let previous = -2; // where the character last put on a row is in `text`
  let newRow = false;
  for (const ch of wrapped) {
    if (ch === "\n") {
      newRow = true;
      continue;
    }
    while (at < text.length && text[at] !== ch) at++;
    if (newRow && previous === at - 1 && isWordCharacter(text[previous]) && isWordCharacter(text[at])) {
      let start = previous;
      while (isWordCharacter(text[start - 1])) start--;
      let end = at + 1;
      while (isWordCharacter(text[end])) end++;
      if (end - start <= width) return true;
    }
    newRow = false;
    previous = at++;
  }
  return false;
}
