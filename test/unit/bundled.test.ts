import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledListing } from "../../src/library/bundled.js";
import { Library, type ListingSort } from "../../src/library/library.js";
import { findStored } from "../../src/store.js";

// Without a library folder, `list` reads the bundled articles itself instead of opening SQLite;
// it must list exactly what the index lists.
describe("the bundled articles' listing without SQLite", () => {
  const seeds = mkdtempSync(path.join(tmpdir(), "newsread-seeds-"));
  const articles: Record<string, string> = {
    "zebra-count.txt": "Zebra count rises\n\nRangers counted more zebras this year than last.\n\n“It is a good year,” said ranger Ama Boateng.",
    "apple-harvest.txt": "apple harvest ends early\n\nFarmers finished picking a week ahead of schedule, with a smaller crop.",
    "Bridge-vote.md": "# Bridge vote passes\n\nThe council approved the bridge.\n\n> We waited long enough.\n> — Ana Ruiz\n\nWork starts in spring, officials said, and lasts two years.",
    "bridge-vote.txt": "A second file with the same id in another case is a different id.",
    "empty.txt": "",
    "binary.txt": "\u0000\u0001\u0002 not text",
    "ümlaut-story.txt": "Über den Fluss\n\nEine Brücke wird gebaut, sagte der Bürgermeister.",
    "notes.json": "{}",
  };
  for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(seeds, name), text);
  const missingLibrary = path.join(seeds, "no-library-here");

  const sorts: ListingSort[] = ["added", "number", "id", "headline", "words", "quotes"];
  const cases = sorts.flatMap((sort) => [false, true].flatMap((reverse) => [undefined, 2].map((limit) => ({ sort, reverse, limit }))));

  it.each(cases)("%o", async (order) => {
    const library = await Library.open(seeds, missingLibrary, { create: false });
    try {
      const expected = await library.listing(order);
      expect(await bundledListing(seeds, order)).toEqual(expected);
      expect(expected.length).toBe(order.limit ?? 7);
    } finally {
      library.close();
    }
  });

  it("finds an article by id or list number as the full listing does", async () => {
    const library = await Library.open(seeds, missingLibrary, { create: false });
    try {
      const all = await library.articles();
      for (const ref of ["1", "3", "7", "8", "0", "03", "zebra-count", "Bridge-vote", "bridge-vote", "nothing", "ümlaut-story"]) {
        expect(await library.find(ref)).toEqual(findStored(all, ref));
      }
      expect((await library.find("3"))?.number).toBe(3);
    } finally {
      library.close();
    }
  });

  it("reads a bundled article again when its file has changed since it was last listed", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "newsread-seeds-"));
    const file = path.join(folder, "story.txt");
    const headlines = async (): Promise<string[]> => (await bundledListing(folder, { sort: "number", reverse: false, limit: undefined })).map((a) => a.headline);
    writeFileSync(file, "First headline\n\nA paragraph of the story.");
    expect(await headlines()).toEqual(["First headline"]);
    writeFileSync(file, "A longer second headline\n\nA paragraph of the story.");
    expect(await headlines()).toEqual(["A longer second headline"]);
    // The same size: only the modification time tells.
    writeFileSync(file, "A longer third headline!\n\nA paragraph of the story.");
    utimesSync(file, new Date("2001-01-01"), new Date("2001-01-01"));
    expect(await headlines()).toEqual(["A longer third headline!"]);
    // Another folder's file of the same name, size and time is another article.
    const other = mkdtempSync(path.join(tmpdir(), "newsread-seeds-"));
    writeFileSync(path.join(other, "story.txt"), "A longer other headline!\n\nA paragraph of the story.");
    utimesSync(path.join(other, "story.txt"), new Date("2001-01-01"), new Date("2001-01-01"));
    expect((await bundledListing(other, { sort: "number", reverse: false, limit: undefined })).map((a) => a.headline)).toEqual(["A longer other headline!"]);
  });
});
