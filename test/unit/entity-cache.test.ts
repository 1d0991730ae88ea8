import { describe, expect, it } from "vitest";
import { entityFromWords } from "../../src/parse/names.js";

describe("entityFromWords: built once per run of words", () => {
  it.each([
    [[], null],
    [["Tom"], "Tom"],
    [["Tom", "Smith"], "Tom Smith"],
    [["Tom", "Smith", "Jr."], "Tom Smith Jr."],
    [["President", "Tom", "Smith"], "Tom Smith"],
    [["the", "Kremlin"], "the Kremlin"],
    [["The"], null],
    [["Tom Smith"], "Tom Smith"], // one word with a space in it is not the run "Tom", "Smith"
  ])("%j: %j", (words, name) => {
    const first = entityFromWords(words);
    expect(first?.name ?? null).toBe(name);
    // The same words again, in another array, give the same object: mentions share one entity.
    expect(entityFromWords([...words])).toBe(first);
  });

  it("keeps a run and the longer runs it begins apart", () => {
    const short = entityFromWords(["Tom"]);
    const long = entityFromWords(["Tom", "Smith"]);
    expect(short?.tokens).toBe(1);
    expect(long?.tokens).toBe(2);
    expect(entityFromWords(["Tom"])).toBe(short);
  });
});
