import fc from "fast-check";
import wrapAnsi from "wrap-ansi";
import { describe, expect, it } from "vitest";
import { Chalk } from "chalk";
import stringWidth from "string-width";
import { printable } from "../../src/render/sanitize.js";
import { ansiMetrics, hasTrimmedEnds, isOneColumnText, isPlainLine, isPlainText, isUnstyledOneColumn, oneColumnMetrics, plainLineMetrics, plainMetrics, plainTextMetrics, wrapAtSeparators, wrapBalanced } from "../../src/render/wrap.js";

describe("one-column wrapping", () => {
  const oneColumnChar = fc.constantFrom("a", "b", "Z", "é", "ß", "—", "“", "”", "’", "…", "€", "Ж", "λ", "─", "│", "┼", "█", "™", "№", "⅓", "→", "−", "≈", "≠", "\u2126", ".", ",", "-", " ", " ", " ", "\u00a0");
  const text = fc.array(oneColumnChar, { maxLength: 200 }).map((c) => c.join(""));
  const lines = fc.array(text, { minLength: 1, maxLength: 4 }).map((l) => l.join("\n"));

  it("gives exactly what wrap-ansi gives, for any one-column text and width", () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 1, max: 90 }), (input, width) => {
        expect(oneColumnMetrics.wrap(input, width)).toBe(wrapAnsi(input, width, { hard: true, trim: true }));
      }),
      { numRuns: 2000 },
    );
  });

  it("and so for well-spaced prose, the common case that is wrapped by slicing", () => {
    const word = fc.array(fc.constantFrom("a", "b", "Z", "é", "—", "“", "”", "’", ".", ","), { minLength: 1, maxLength: 14 }).map((c) => c.join(""));
    const prose = fc.array(word, { minLength: 1, maxLength: 60 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(prose, fc.integer({ min: 1, max: 90 }), (input, width) => {
        expect(oneColumnMetrics.wrap(input, width)).toBe(wrapAnsi(input, width, { hard: true, trim: true }));
      }),
      { numRuns: 2000 },
    );
  });

  it("and so for prose with doubled and no-break spaces, which matter only where a row breaks", () => {
    const word = fc.array(fc.constantFrom("a", "b", "é", "—", "“", "”", "."), { minLength: 1, maxLength: 9 }).map((c) => c.join(""));
    const gap = fc.constantFrom(" ", " ", " ", " ", "  ", "   ", " \u00a0", "\u00a0 ", "\u00a0");
    const prose = fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 40 }).map((pairs) => pairs.map(([w, g], i) => (i === pairs.length - 1 ? w : w + g)).join(""));
    fc.assert(
      fc.property(prose, fc.integer({ min: 1, max: 40 }), (input, width) => {
        expect(oneColumnMetrics.wrap(input, width)).toBe(wrapAnsi(input, width, { hard: true, trim: true }));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["aaa bbb  ccc", 7, "aaa bbb\nccc"],
    ["aaa bbb  ccc", 8, "aaa bbb\nccc"],
    ["aaa  bbb ccc", 8, "aaa  bbb\nccc"],
    ["aaa bbb \u00a0ccc", 7, "aaa bbb\n\u00a0ccc"],
    ["aaa bbb \u00a0ccc ddd", 7, "aaa bbb\nccc ddd"],
    ["aaa bbb\u00a0 ccc", 7, "aaa\nbbb\u00a0\nccc"],
    ["aaa bbb ccc ", 7, "aaa bbb\nccc"],
    ["\u00a0aaa bbb ccc", 7, "aaa bbb\nccc"],
  ])("wraps %j at %i columns as wrap-ansi does", (input, width, expected) => {
    expect(wrapAnsi(input, width, { hard: true, trim: true })).toBe(expected);
    expect(oneColumnMetrics.wrap(input, width)).toBe(expected);
  });

  it.each([
    ["word", true],
    ["“quoted”", true],
    ["", true],
    [" lead", false],
    ["trail ", false],
    ["\u00a0nbsp", false],
    ["tab\t", false],
    ["\u2009thin", false],
    ["ideographic\u3000", false],
    ["\ufeffbom", false],
    ["x", true],
    ["é…", true],
  ])("%j has trimmed ends: %s", (input, expected) => {
    expect(hasTrimmedEnds(input)).toBe(expected);
    expect(input === input.trim()).toBe(expected);
  });

  it.each([
    ["plain English with curly quotes and dashes — like this…", true],
    ["Ελληνικά и русский, français, Straße, €5", true],
    ["a table: ┌──┬──┐ │ a│ b│ ▀▄█", true],
    ["東京", false],
    ["emoji 😀", false],
    ["combining e\u0301", false],
    ["soft\u00adhyphen", false],
    ["zero\u200bwidth", false],
  ])("%j is one-column text: %s", (input, expected) => {
    expect(isOneColumnText(input)).toBe(expected);
  });

  it("counts control characters as the ASCII escapes printable() makes of them", async () => {
    expect(await plainMetrics(["bell \u0007, escape \u001b[31m, override \u202e"])).toBe(oneColumnMetrics);
    expect(await plainMetrics(["soft\u00adhyphen"])).not.toBe(oneColumnMetrics);
  });

  it("takes as one column only symbols that are one column, their own grapheme, and one-column text under NFC", () => {
    const segmenter = new Intl.Segmenter();
    const symbols = Array.from({ length: 0x22ff - 0x2100 + 1 }, (_, i) => String.fromCharCode(0x2100 + i)).filter(isOneColumnText);
    expect(symbols).toContain("™");
    expect(symbols).toContain("−");
    expect(symbols.length).toBeGreaterThan(500);
    for (const ch of symbols) {
      const code = `U+${ch.charCodeAt(0).toString(16)}`;
      expect(stringWidth(ch), code).toBe(1);
      expect([...segmenter.segment(`a${ch}${ch}é`)].length, code).toBe(4);
      expect(isOneColumnText(ch.normalize()), code).toBe(true);
      if (isPlainText(ch)) expect(ch.normalize(), code).toBe(ch);
    }
    expect(isPlainText("\u2126")).toBe(false); // the ohm sign, which NFC makes an omega
  });

  it("falls back to the libraries for other scripts", async () => {
    const metrics = await plainMetrics(["東京の記者会見"]);
    expect(metrics.width("東京")).toBe(4);
    expect(metrics).not.toBe(oneColumnMetrics);
    expect(await plainMetrics(["plain", "text"])).toBe(oneColumnMetrics);
  });

  it("takes as plain only text that printable() and NFC leave as it is, one column a character, and wraps it alike", () => {
    const anyChar = fc.integer({ min: 0, max: 0x22ff }).map((code) => String.fromCharCode(code));
    const mixed = fc.array(fc.oneof(anyChar, fc.constantFrom("a", " ", "“", "”", "é", "—", "\n")), { maxLength: 80 }).map((c) => c.join(""));
    fc.assert(
      fc.property(mixed, fc.integer({ min: 1, max: 90 }), (input, width) => {
        if (!isPlainText(input)) return;
        expect(printable(input)).toBe(input);
        expect(input.normalize()).toBe(input);
        expect(isOneColumnText(input)).toBe(true);
        expect(plainTextMetrics.wrap(input, width)).toBe(oneColumnMetrics.wrap(input, width));
      }),
      { numRuns: 3000 },
    );
    expect(isPlainText("plain English with curly quotes and dashes — like this…")).toBe(true);
    expect(isPlainText("tab\there")).toBe(false);
    expect(isPlainText("Ελληνικά")).toBe(false);
  });

  it("takes as a plain line only plain text without line breaks, and wraps it alike", () => {
    const anyChar = fc.integer({ min: 0, max: 0x22ff }).map((code) => String.fromCharCode(code));
    const mixed = fc.array(fc.oneof(anyChar, fc.constantFrom("a", " ", " ", "  ", "“", "”", "é", "—", "\u00a0")), { maxLength: 120 }).map((c) => c.join(""));
    fc.assert(
      fc.property(mixed, fc.integer({ min: 1, max: 90 }), (input, width) => {
        expect(isPlainLine(input)).toBe(isPlainText(input) && !input.includes("\n"));
        if (isPlainLine(input)) expect(plainLineMetrics.wrap(input, width)).toBe(oneColumnMetrics.wrap(input, width));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["one-column", oneColumnMetrics],
    ["plain text", plainTextMetrics],
    ["plain line", plainLineMetrics],
  ])("%s metrics put the indent after every line break, as the rows are made", (_name, metrics) => {
    const text = fc.array(fc.constantFrom("a", "bb", "é", "“", " ", " ", "  ", "\u00a0", "\n"), { maxLength: 60 }).map((c) => c.join(""));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 30 }), fc.constantFrom("", "  ", "      "), (input, width, indent) => {
        if (metrics === plainLineMetrics && !isPlainLine(input)) return;
        expect(metrics.wrap(input, width, indent)).toBe(metrics.wrap(input, width).replaceAll("\n", "\n" + indent));
      }),
      { numRuns: 1500 },
    );
  });

  it.each([
    ["plain words, “quoted” — and dashed…", true],
    ["", true],
    ["two\nlines", false],
    ["tab\there", false],
    ["soft\u00adhyphen", false],
    ["Ελληνικά", false],
  ])("%j is a plain line: %s", (input, expected) => {
    expect(isPlainLine(input)).toBe(expected);
  });
});

describe("styled wrapping", () => {
  const chalk = new Chalk({ level: 3 });
  const styles = [chalk.bold, chalk.italic, chalk.cyan, chalk.dim, chalk.yellow.underline, chalk.hex("#aa5500"), (t: string) => t];
  const char = fc.constantFrom("a", "b", "Z", "é", "ß", "—", "“", "”", "’", "…", "Ж", "λ", "─", "│", "™", "−", ".", ",");
  const word = fc.array(char, { minLength: 1, maxLength: 16 }).map((c) => c.join(""));
  const link = (text: string, url: string): string => `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007`;
  const piece = fc.tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.nat(styles.length - 1), fc.nat(styles.length - 1), fc.option(fc.constantFrom("https://example.org/a", "https://exämple.org/ñ"))).map(([words, outer, inner, url]) => {
    const text = words.map((w, i) => (i % 3 === 1 ? (styles[inner] ?? String)(w) : w)).join(" ");
    const styled = (styles[outer] ?? String)(text);
    return url === null ? styled : link(styled, url);
  });
  const styledText = fc.array(piece, { minLength: 1, maxLength: 8 }).chain((pieces) => fc.array(fc.constantFrom(" ", "  ", "\n"), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((p, i) => p + (gaps[i] ?? "")).join("")));

  it("gives exactly what wrap-ansi gives for styled one-column text, links included", async () => {
    const metrics = await ansiMetrics();
    fc.assert(
      fc.property(styledText, fc.integer({ min: 1, max: 60 }), (input, width) => {
        const expected = wrapAnsi(input, width, { hard: true, trim: true });
        expect(metrics.wrap(input, width)).toBe(expected);
        expect(metrics.wrap(input, width, "  ")).toBe(expected.replaceAll("\n", "\n  "));
        for (const line of expected.split("\n")) expect(metrics.width(line)).toBe(stringWidth(line));
      }),
      { numRuns: 1500 },
    );
  });

  it("gives exactly what wrap-ansi gives for unstyled one-column text, wrapped without it", async () => {
    const metrics = await ansiMetrics();
    const char = fc.constantFrom("a", "Z", "é", "ß", "—", "“", "’", "…", "Ж", "λ", "e\u0301", " ", " ", "  ", "\u00a0", "\n");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 120 }).map((c) => c.join("")), fc.integer({ min: 1, max: 60 }), fc.constantFrom("", "  "), (input, width, indent) => {
        expect(metrics.wrap(input, width, indent)).toBe(wrapAnsi(input, width, { hard: true, trim: true }).replaceAll("\n", "\n" + indent));
      }),
      { numRuns: 1500 },
    );
  });

  it.each([
    ["plain “words” — Ж λ é", true],
    ["two\nlines", true],
    ["styled \u001b[1mbold\u001b[22m", false],
    ["tab\there", false],
    ["bell \u0007", false],
    ["C1 \u0085", false],
    ["wide 東京", false],
  ])("%j is unstyled one-column text: %s", (input, expected) => {
    expect(isUnstyledOneColumn(input)).toBe(expected);
  });

  it.each([
    ["wide characters", `${chalk.bold("東京の")} 記者会見 ${chalk.cyan("は")}`],
    ["emoji", `${chalk.bold("tea")} 🍵 ${chalk.cyan("time")}`],
    ["a control character", "bell \u0007 ring"],
    ["an escape newsread does not write", "move \u001b[2J clear"],
  ])("leaves text with %s to wrap-ansi", async (_name, input) => {
    const metrics = await ansiMetrics();
    expect(metrics.wrap(input, 7)).toBe(wrapAnsi(input, 7, { hard: true, trim: true }));
    expect(metrics.width(input)).toBe(stringWidth(input));
  });
});

describe("balanced headings", () => {
  it.each([
    ["one row stays as it is", "Council approves plan", 40, ["Council approves plan"]],
    ["no lone word on the last row", "Council approves plan to cut regional costs after talks", 50, ["Council approves plan to cut", "regional costs after talks"]],
    ["three rows kept three, evened", "Zelensky hopes for Tomahawks as a surprise Putin-Trump call throws his visit into doubt", 40, ["Zelensky hopes for Tomahawks", "as a surprise Putin-Trump call", "throws his visit into doubt"]],
    ["a word longer than the width is broken where the width breaks it", "Supercalifragilisticexpialidocious", 20, ["Supercalifragilistic", "expialidocious"]],
    ["no row narrower than the longest word", "A headline with extraordinarily long words", 30, ["A headline with", "extraordinarily long words"]],
  ])("%s", async (_name, text, width, rows) => {
    const metrics = await plainMetrics([text]);
    expect(wrapBalanced(metrics, text, width).split("\n")).toEqual(rows);
  });

  it("never takes more rows, nor a wider one, than plain wrapping, styled or not", async () => {
    const chalk = new Chalk({ level: 3 });
    const metrics = await ansiMetrics();
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 20 }), fc.integer({ min: 10, max: 80 }), (words, width) => {
        const text = chalk.bold(words.join(" "));
        const plain = metrics.wrap(text, width).split("\n");
        const balanced = wrapBalanced(metrics, text, width).split("\n");
        expect(balanced.length).toBe(plain.length);
        for (const row of balanced) expect(stringWidth(row)).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe("wrapping a line of items at their separators", () => {
  const items = ["24 words", "1 min read", "1 quote"];
  it.each([
    ["on one row where it fits", 40, "24 words · 1 min read · 1 quote"],
    ["exactly", 31, "24 words · 1 min read · 1 quote"],
    ["at the last separator that fits", 30, "24 words · 1 min read\n1 quote"],
    ["never inside an item", 20, "24 words\n1 min read · 1 quote"],
    ["an item at a time", 12, "24 words\n1 min read\n1 quote"],
    ["an item wider than a row wrapped as text", 6, "24\nwords\n1 min\nread\n1\nquote"],
  ])("%s (%i columns)", (_name, width, expected) => {
    expect(wrapAtSeparators(oneColumnMetrics, items, " · ", width)).toBe(expected);
  });

  it("gives what wrap gives wherever the line fits", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]+( [a-z0-9]+)?$/), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 60 }), (parts, width) => {
        const line = parts.join(" · ");
        if (line.length <= width) expect(wrapAtSeparators(oneColumnMetrics, parts, " · ", width)).toBe(oneColumnMetrics.wrap(line, width));
      }),
    );
  });
});
