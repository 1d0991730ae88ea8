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
