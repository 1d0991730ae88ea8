import { describe, expect, it } from "vitest";
import { wholeNumber } from "../../src/program.js";

describe("whole-number option values", () => {
  it.each([
    ["40", 40],
    ["040", 40],
    ["1", 1],
    ["0", 0],
    ["99999999999999999999", 1e20],
    ["0x28", undefined],
    ["4e1", undefined],
    [" 40", undefined],
    ["40 ", undefined],
    ["40.5", undefined],
    ["40.0", undefined],
    ["+40", undefined],
    ["-1", undefined],
    ["", undefined],
    ["٤٠", undefined],
    ["Infinity", undefined],
  ])("%j is %s", (value, expected) => {
    expect(wholeNumber(value)).toBe(expected);
  });
});
