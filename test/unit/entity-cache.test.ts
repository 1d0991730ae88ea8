import { describe, expect, it } from "vitest";
import { entityFromWords, NameIndex } from "../../src/parse/names.js";

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

describe("NameIndex: the fullest form of a name", () => {
  const index = (...names: string[][]): NameIndex => {
    const built = new NameIndex();
    for (const words of names) {
      const entity = entityFromWords(words);
      if (entity) built.add(entity);
    }
    return built;
  };
  const fullest = (built: NameIndex, words: string[]): string | undefined => {
    const entity = entityFromWords(words);
    return entity ? built.fullest(entity).name : undefined;
  };

  it.each([
    ["a surname alone takes the fullest form", [["Maria", "Lopez"], ["Lopez"]], ["Lopez"], "Maria Lopez"],
    ["a role before the name marks the form", [["Ana", "Lopez"], ["Mayor", "Maria", "Lopez"]], ["Lopez"], "Maria Lopez"],
    ["a two-word name is completed by a form ending in its words", [["Juan", "Carlos", "Lopez"], ["Carlos", "Lopez"]], ["Carlos", "Lopez"], "Juan Carlos Lopez"],
    ["not by one ending in the same letters inside a word", [["Kakaro", "Smith"], ["Aro", "Smith"]], ["Aro", "Smith"], "Aro Smith"],
    ["a first name alone points at the person it begins", [["Hillary", "Clinton"]], ["Hillary"], "Hillary Clinton"],
  ])("%s", (_name, names, asked, expected) => {
    expect(fullest(index(...names), asked)).toBe(expected);
  });

  it("knows a person's key from a name of two words, or one given with a role", () => {
    const built = index(["Kremlin"], ["Maria", "Lopez"]);
    expect(built.isPersonKey("lopez")).toBe(true);
    expect(built.isPersonKey("kremlin")).toBe(false);
    const entity = entityFromWords(["Senator", "Becker"]);
    if (entity) built.add(entity);
    expect(built.isPersonKey("becker")).toBe(true);
  });

  it("keeps thousands of names sharing a last word apart, each its own fullest form", () => {
    // Each name is looked up among the forms ending in its own words, not among every "… Smith".
    const firsts = Array.from({ length: 3000 }, (_, i) => `Name${i.toString(36)}`);
    const built = index(...firsts.map((first) => [first, "Smith"]));
    for (const first of [firsts[0], firsts[1500], firsts[2999]]) expect(fullest(built, [first ?? "", "Smith"])).toBe(`${first} Smith`);
  });
});
