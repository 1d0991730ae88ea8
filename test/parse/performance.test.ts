import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

/**
 * Inputs that a quadratic step or a backtracking expression would turn into minutes: each must
 * parse (the suite's timeout catches a hang) and keep its content. Their timings are in `npm run bench`.
 */
describe("input size", () => {
  const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

  it.each([
    ["a 2 MB single line with quotes", "The mayor said “the bridge will close,” Maria Lopez told reporters. ".repeat(30_000)],
    ["200,000 short lines", "Short line\n".repeat(200_000)],
    ["a 2 MB hard-wrapped paragraph", ("word ".repeat(14) + "\n").repeat(28_000)],
    ["100,000 unmatched quote marks", "“ ".repeat(100_000) + "\n" + '"'.repeat(100_000)],
    ["a megabyte of full stops", ".".repeat(1_000_000) + " A"],
    ["a megabyte of spaces after a full stop", "a." + " ".repeat(1_000_000) + "b"],
  ])("%s", (_name, text) => {
    const article = parse(text);
    const kept = [article.headlineSource === "title" ? article.headline : "", ...article.sections.flatMap((s) => [s.heading ?? "", ...s.paragraphs])].join(" ");
    expect(words(kept)).toBeGreaterThanOrEqual(words(text) - 1);
  });
});
