import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

/** Every stage must be linear-ish: these inputs would take minutes with a quadratic step. */
describe("input size", () => {
  const timed = (text: string): number => {
    const start = performance.now();
    parse(text);
    return performance.now() - start;
  };

  it.each([
    ["a 2 MB single line with quotes", "The mayor said “the bridge will close,” Maria Lopez told reporters. ".repeat(30_000)],
    ["200,000 short lines", "Short line\n".repeat(200_000)],
    ["a 2 MB hard-wrapped paragraph", ("word ".repeat(14) + "\n").repeat(28_000)],
    ["100,000 unmatched quote marks", "“ ".repeat(100_000) + "\n" + '"'.repeat(100_000)],
    ["a megabyte of full stops", ".".repeat(1_000_000) + " A"],
    ["a megabyte of spaces after a full stop", "a." + " ".repeat(1_000_000) + "b"],
  ])("%s", (_name, text) => {
    expect(timed(text)).toBeLessThan(5000);
  });
});
