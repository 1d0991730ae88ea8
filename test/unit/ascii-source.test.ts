import { describe, expect, it } from "vitest";
import { escapeNonAscii } from "../../src/tools/ascii-source.js";

/** Evaluates one expression of generated code, as the bundle's script would: the point is to run the escaped source. */
const evaluate = (code: string): unknown => new Function(`return (${code});`)();

describe("escapeNonAscii", () => {
  it.each([
    ["plain ASCII is left as it is", "/[a-z]+/g", "/[a-z]+/g"],
    ["a curly apostrophe in a class", "/['’]s$/", "/['\\u2019]s$/"],
    ["a dash range", "/[—–-]/u", "/[\\u2014\\u2013-]/u"],
    ["an astral character becomes its surrogate pair", "/😀/u", "/\\ud83d\\ude00/u"],
    ["an escaped backslash before one", "/\\\\’/", "/\\\\\\u2019/"],
    ["a comment", "// © the authors", "// \\u00a9 the authors"],
  ])("%s", (_case, source, escaped) => {
    expect(escapeNonAscii(source)).toBe(escaped);
  });

  it.each([
    ["/['’]s$/iu", "Rossi’s"],
    ["/^[•◦▪‣–]\\s/", "• item"],
    ["/^.$/u", "😀"],
    ["/[😀-😂]/u", "😁"],
    ["/[😀-😂]/u", "\ud83d"],
    ["/\\p{Lu}é/u", "Bé"],
  ])("%s means the same escaped, on %j", (literal, input) => {
    const before = evaluate(literal) as RegExp;
    const after = evaluate(escapeNonAscii(literal)) as RegExp;
    expect(escapeNonAscii(literal)).toMatch(/^[\0-\x7f]*$/);
    expect(after.flags).toBe(before.flags);
    expect(after.test(input)).toBe(before.test(input));
  });

  it("stops at a character escaped by a backslash, whose escape would mean something else", () => {
    expect(() => escapeNonAscii("/\\’/")).toThrow(/backslash escapes a character outside ASCII/);
  });
});
