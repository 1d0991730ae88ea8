import { describe, expect, it } from "vitest";
import { headlineComparer, headlineSortKey } from "../../src/library/collate.js";

describe("headlines A-Z", () => {
  it.each([
    ["case aside", ["banana", "Apple", "cherry"], ["Apple", "banana", "cherry"]],
    ["accents aside", ["Zulu", "Éclair", "eagle"], ["eagle", "Éclair", "Zulu"]],
    ["numbers by their value", ["10 things", "9 lives", "100 days", "009 agents"], ["009 agents", "9 lives", "10 things", "100 days"]],
    ["leading quotation marks and punctuation passed over", ["“Zebra” crossing", "'Quoted' here", "…and then", "Apple"], ["…and then", "Apple", "'Quoted' here", "“Zebra” crossing"]],
    ["word by word: a shorter word first", ["Apple pie", "A surprise", "Applesauce"], ["A surprise", "Apple pie", "Applesauce"]],
  ])("%s", (_name, headlines, sorted) => {
    expect([...headlines].sort(headlineComparer())).toEqual(sorted);
  });

  it("makes the same key for an ASCII headline by either path", () => {
    expect(headlineSortKey("'Budget' talks 2026")).toBe("budget' talks 0000000000002026");
    expect(headlineSortKey("’Budget’ talks 2026")).toBe("budget’ talks 0000000000002026");
  });
});
