import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INDEX_DIR, INDEX_FILE, Library, type LibraryArticle, type ListingSort } from "../../src/library/library.js";
import { openDatabase } from "../../src/library/sqlite.js";

// Search hits and limited listings number their articles by counting index ranges (numbersOf); the
// numbers must be the articles' positions in the full canonical listing, whatever their dates.

const sorts: ListingSort[] = ["id", "headline", "words", "quotes"];

function makeLibrary(times: readonly number[]): { seeds: string; dir: string } {
  const root = mkdtempSync(path.join(tmpdir(), "newsread-numbers-"));
  const seeds = path.join(root, "seeds");
  const dir = path.join(root, "library");
  mkdirSync(seeds);
  mkdirSync(dir);
  for (const name of ["b-seed", "a-seed", "c-seed"]) writeFileSync(path.join(seeds, `${name}.txt`), `Seed ${name} talks\n\nThe seed talks about budget talks.`);
  times.forEach((time, i) => {
    const file = path.join(dir, `story-${String((i * 7) % times.length).padStart(2, "0")}.txt`);
    writeFileSync(file, `Story ${i} on budget talks\n\n${"More budget talks. ".repeat(1 + (i % 4))}`);
    utimesSync(file, new Date(time), new Date(time));
  });
  return { seeds, dir };
}

async function expectCanonicalNumbers(library: Library): Promise<void> {
  const numberOf = new Map((await library.articles()).map((a) => [a.id, a.number]));
  const check = (articles: readonly LibraryArticle[]): void => {
    for (const article of articles) expect(article.number, article.id).toBe(numberOf.get(article.id));
  };
  for (const sort of sorts) for (const reverse of [false, true]) check(await library.listing({ sort, reverse, limit: 7 }));
  for (const limit of [1, 5, 100]) check((await library.search("talks", undefined, limit)).hits);
  for (const id of numberOf.keys()) check([(await library.find(id)) as LibraryArticle]);
}

describe("article numbers of hits and limited listings", () => {
  it("are their positions in the canonical order, with dates tied or not", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 5 }).map((n) => Date.UTC(2020, 0, 1 + n)), { minLength: 1, maxLength: 12 }), async (times) => {
        const { seeds, dir } = makeLibrary(times);
        const library = await Library.open(seeds, dir, { create: false });
        try {
          await expectCanonicalNumbers(library);
        } finally {
          library.close();
        }
      }),
      { numRuns: 15 },
    );
  });

  it("are their positions in an index not as newsread writes it too (a library article without a date)", async () => {
    const { seeds, dir } = makeLibrary([Date.UTC(2020, 0, 3), Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 2), Date.UTC(2020, 0, 1)]);
    (await Library.open(seeds, dir, { create: false })).close();
    const db = openDatabase(path.join(dir, INDEX_DIR, INDEX_FILE), {});
    db.prepare("UPDATE articles SET added = NULL WHERE id = 'story-02'").run();
    db.close();
    const library = await Library.open(seeds, dir, { create: false });
    try {
      await expectCanonicalNumbers(library);
      expect((await library.find("story-02"))?.number).toBe(4); // first of the library's, before the dated ones
    } finally {
      library.close();
    }
  });
});

describe("numbers of articles added together", () => {
  it("follow the order they were given, within one millisecond and after the index is rebuilt", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "newsread-add-order-"));
    const seeds = path.join(root, "seeds");
    const dir = path.join(root, "library");
    mkdirSync(seeds);
    const headlines = ["Zulu Story Here", "Mike Story Here", "Alpha Story Here"];
    const items = headlines.map((h) => ({ text: `${h}\n\nBody text about ${h}.`, source: h, markdown: false }));
    const numbers = async (library: Library): Promise<string[]> => (await library.articles()).map((a) => `${a.number}:${a.id}`);
    const expected = ["1:zulu-story-here", "2:mike-story-here", "3:alpha-story-here"];

    const library = await Library.open(seeds, dir, { create: true, now: () => Date.UTC(2024, 0, 1) });
    try {
      await library.add(items, undefined);
      expect(await numbers(library)).toEqual(expected);
    } finally {
      library.close();
    }
    rmSync(path.join(dir, INDEX_DIR), { recursive: true });
    const rebuilt = await Library.open(seeds, dir, { create: false });
    try {
      expect(await numbers(rebuilt)).toEqual(expected);
    } finally {
      rebuilt.close();
    }
  });
});
