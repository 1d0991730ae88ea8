import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { INDEX_DIR, INDEX_FILE, Library, type OpenOptions } from "../../src/library/library.js";
import { openDatabase } from "../../src/library/sqlite.js";

/** A library folder with the bundled articles' folder beside it (empty: only the library's own count). */
function folders(): { seeds: string; dir: string } {
  const root = mkdtempSync(path.join(tmpdir(), "newsread-library-files-"));
  const seeds = path.join(root, "seeds");
  mkdirSync(seeds);
  return { seeds, dir: path.join(root, "library") };
}

function item(headline: string): { text: string; source: string; markdown: boolean } {
  return { text: `${headline}\n\nBody text about ${headline.toLowerCase()}.`, source: `${headline}.txt`, markdown: false };
}

async function withLibrary<T>(seeds: string, dir: string, options: OpenOptions, work: (library: Library) => Promise<T>): Promise<T> {
  const library = await Library.open(seeds, dir, options);
  try {
    return await work(library);
  } finally {
    library.close();
  }
}

const MINUTE = 60_000;

describe("temporary files left by a killed add", () => {
  it("are removed by a later write once old enough that no running add can own them", async () => {
    const { seeds, dir } = folders();
    await withLibrary(seeds, dir, { create: true }, (library) => library.add([item("First Story")], undefined));
    const index = path.join(dir, INDEX_DIR);
    writeFileSync(path.join(index, "tmp-0123456789abcdef"), ""); // killed before it was written
    linkSync(path.join(dir, "first-story.txt"), path.join(index, "tmp-fedcba9876543210")); // killed after its link
    writeFileSync(path.join(index, "notes"), "not newsread's to remove");
    const temps = (): string[] => readdirSync(index).filter((n) => n.startsWith("tmp-")).sort();

    // Just made: a running add could own them.
    await withLibrary(seeds, dir, { create: true }, (library) => library.add([item("Second Story")], undefined));
    expect(temps()).toEqual(["tmp-0123456789abcdef", "tmp-fedcba9876543210"]);

    // Eleven minutes on, the next write (here a removal) sweeps them; the article they shared a file with stays.
    const later = Date.now() + 11 * MINUTE;
    await withLibrary(seeds, dir, { create: false, now: () => later }, (library) => library.remove(["second-story"]));
    expect(temps()).toEqual([]);
    expect(existsSync(path.join(index, "notes"))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith(".txt"))).toEqual(["first-story.txt"]);
  });
});

describe("a library file whose modification time is ahead of the clock", () => {
  const FUTURE = new Date(Date.UTC(2030, 0, 1));
  const numbered = async (library: Library): Promise<string[]> => (await library.articles()).map((a) => `${a.number}:${a.id}`);

  it("is taken as added when it was first indexed, so later adds come after it and renumber nothing", async () => {
    const { seeds, dir } = folders();
    await withLibrary(seeds, dir, { create: true }, (library) => library.add([item("First Story"), item("Second Story")], undefined));
    writeFileSync(path.join(dir, "by-hand.txt"), "Copied By Hand\n\nFrom a machine whose clock is ahead.\n");
    utimesSync(path.join(dir, "by-hand.txt"), FUTURE, FUTURE);
    const firstSeen = Date.now();
    const before = await withLibrary(seeds, dir, { create: false }, numbered);
    expect(before).toEqual(["1:first-story", "2:second-story", "3:by-hand"]);

    await withLibrary(seeds, dir, { create: true }, (library) => library.add([item("Third Story")], undefined));
    await withLibrary(seeds, dir, { create: true }, async (library) => {
      expect(await numbered(library)).toEqual([...before, "4:third-story"]);
      const added = (await library.find("by-hand"))?.added ?? Number.NaN;
      expect(added).toBeGreaterThanOrEqual(firstSeen - 1000);
      expect(added).toBeLessThanOrEqual(Date.now());
    });
  });

  it("taken at that time by an index made before, stays the newest until then: later adds are numbered after it", async () => {
    const { seeds, dir } = folders();
    await withLibrary(seeds, dir, { create: true }, (library) => library.add([item("First Story"), item("Second Story")], undefined));
    const db = openDatabase(path.join(dir, INDEX_DIR, INDEX_FILE), {});
    db.prepare("UPDATE articles SET added = ? WHERE id = 'first-story'").run(FUTURE.getTime());
    db.close();
    await withLibrary(seeds, dir, { create: true }, async (library) => {
      expect(await numbered(library)).toEqual(["1:second-story", "2:first-story"]);
      await library.add([item("Third Story")], undefined);
      expect(await numbered(library)).toEqual(["1:second-story", "2:first-story", "3:third-story"]);
    });
  });

  it("a rebuilt index takes it at the time of the rebuild: still the newest", async () => {
    const { seeds, dir } = folders();
    await withLibrary(seeds, dir, { create: true }, (library) => library.add([item("First Story")], undefined));
    writeFileSync(path.join(dir, "by-hand.txt"), "Copied By Hand\n\nFrom a machine whose clock is ahead.\n");
    utimesSync(path.join(dir, "by-hand.txt"), FUTURE, FUTURE);
    await withLibrary(seeds, dir, { create: true }, (library) => library.add([item("Second Story")], undefined));
    rmSync(path.join(dir, INDEX_DIR), { recursive: true });
    expect(await withLibrary(seeds, dir, { create: false }, numbered)).toEqual(["1:first-story", "2:second-story", "3:by-hand"]);
  });
});

describe("ranking a word that more than half the library has (README: search)", () => {
  // SQLite's BM25 sets such a word's IDF, negative by the formula, to 1e-6: every hit's score is near
  // 0, but as one factor of every score alike, so a one-word search ranks its hits as it would were
  // the word rare.
  const stories = [
    item("Trump urges supporters to vote"),
    { text: `Axelrod calls on Dean\n\nTrump said so. ${"Filler words here. ".repeat(40)}`, source: "axelrod.txt", markdown: false },
    { text: `Sanders on Clinton\n\nTrump and Trump again. ${"Filler words here. ".repeat(120)}`, source: "sanders.txt", markdown: false },
    item("Nothing about him"),
  ];
  const ranked = async (others: number): Promise<{ ids: string[]; best: number }> => {
    const { seeds, dir } = folders();
    const unrelated = Array.from({ length: others }, (_, i) => item(`Unrelated story ${i}`));
    return withLibrary(seeds, dir, { create: true }, async (library) => {
      await library.add([...stories, ...unrelated], undefined);
      const { hits } = await library.search("trump", undefined, 10);
      return { ids: hits.map((h) => h.id), best: hits[0]?.score ?? 0 };
    });
  };

  it("in 3 of 4 articles it scores near 0, in the same order as in 3 of 40", async () => {
    const common = await ranked(0);
    const rare = await ranked(36);
    expect(common.best).toBeLessThan(0.0001);
    expect(rare.best).toBeGreaterThan(1);
    expect(common.ids).toEqual(rare.ids);
    expect(common.ids[0]).toBe("trump-urges-supporters-to-vote");
  });
});
