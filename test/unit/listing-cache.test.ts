import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { folderStamps } from "../../src/library/folders.js";
import { firstLines, forgetListings, isCurrent, keepListing, readKeptListing } from "../../src/library/listing-cache.js";

const text = (bytes: Uint8Array | undefined): string | undefined => (bytes === undefined ? undefined : Buffer.from(bytes).toString("utf8"));

describe("firstLines", () => {
  it.each([
    ["a\nb\nc\n", 0, ""],
    ["a\nb\nc\n", 2, "a\nb\n"],
    ["a\nb\nc\n", 3, "a\nb\nc\n"],
    ["a\nb\nc\n", 9, "a\nb\nc\n"],
    ["", 3, ""],
    ["Zürich “quoted”\n…\n", 1, "Zürich “quoted”\n"],
  ])("%j, %i -> %j", (all, count, expected) => {
    expect(text(firstLines(Buffer.from(all), count))).toBe(expected);
  });
});

describe("isCurrent", () => {
  const hour = 3_600_000;
  const kept = { maker: "1.0.0/1", libraryDir: "/lib", seeds: "/seeds\n5", library: String(10n * 1_000_000n), checkedAt: 10 + hour, linePerArticle: true };
  const now = { maker: "1.0.0/1", libraryDir: "/lib", seeds: "/seeds\n5", library: String(10n * 1_000_000n) };

  it("holds while every stamp is the one it was made with, taken well after the folder's last change", () => {
    expect(isCurrent(kept, now)).toBe(true);
  });

  it.each([
    ["another maker", { ...now, maker: "1.0.1/1" }, kept],
    ["another library path", { ...now, libraryDir: "/other" }, kept],
    ["the bundled articles changed or moved", { ...now, seeds: "/seeds\n6" }, kept],
    ["the library folder changed", { ...now, library: String(11n * 1_000_000n) }, kept],
    ["no library folder", { ...now, library: "" }, { ...kept, library: "" }],
    ["made in the same tick as the folder's last change (racy)", now, { ...kept, checkedAt: 10 + 500 }],
  ])("fails when %s", (_, current, made) => {
    expect(isCurrent(made, current)).toBe(false);
  });
});

describe("keeping and reading a listing", () => {
  function library(): { seeds: string; dir: string } {
    const root = mkdtempSync(path.join(tmpdir(), "newsread-kept-"));
    const seeds = path.join(root, "seeds");
    const dir = path.join(root, "library");
    mkdirSync(seeds);
    mkdirSync(path.join(dir, ".newsread"), { recursive: true });
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(dir, anHourAgo, anHourAgo);
    return { seeds, dir };
  }
  const listing = "3\tc\n2\tb\n1\ta\n";

  it("reads back what was kept, whole or its first lines, while the stamps hold", () => {
    const { seeds, dir } = library();
    keepListing(dir, "tsv", "v/1", { ...folderStamps(seeds, dir), checkedAt: Date.now() }, listing, 3);
    expect(text(readKeptListing(seeds, dir, "tsv", "v/1", undefined))).toBe(listing);
    expect(text(readKeptListing(seeds, dir, "tsv", "v/1", 2))).toBe("3\tc\n2\tb\n");
    expect(readKeptListing(seeds, dir, "json", "v/1", undefined)).toBeUndefined();
    expect(readKeptListing(seeds, dir, "tsv", "v/2", undefined)).toBeUndefined();
    expect(readdirSync(path.join(dir, ".newsread"))).toEqual(["listing.tsv"]); // no temporary file left
  });

  it("reads only as far as a limit needs, across reads (lines past the first 64 KB)", () => {
    const { seeds, dir } = library();
    const lines = Array.from({ length: 3000 }, (_, i) => `${3000 - i}\tarticle-${i}\tA headline long enough to fill the line ${"x".repeat(i % 50)}\n`);
    keepListing(dir, "tsv", "v/1", { ...folderStamps(seeds, dir), checkedAt: Date.now() }, lines.join(""), lines.length);
    for (const limit of [1, 900, 2999, 3000, 5000]) expect(text(readKeptListing(seeds, dir, "tsv", "v/1", limit))).toBe(lines.slice(0, limit).join(""));
  });

  it("is not cut by lines when an article took more than one line", () => {
    const { seeds, dir } = library();
    keepListing(dir, "ids", "v/1", { ...folderStamps(seeds, dir), checkedAt: Date.now() }, "a\nb\nc\n", 2);
    expect(text(readKeptListing(seeds, dir, "ids", "v/1", undefined))).toBe("a\nb\nc\n");
    expect(readKeptListing(seeds, dir, "ids", "v/1", 1)).toBeUndefined();
  });

  it("is no longer trusted once a file is added to the folder, and is gone once forgotten", () => {
    const { seeds, dir } = library();
    keepListing(dir, "tsv", "v/1", { ...folderStamps(seeds, dir), checkedAt: Date.now() }, listing, 3);
    writeFileSync(path.join(dir, "new.txt"), "New\n");
    expect(readKeptListing(seeds, dir, "tsv", "v/1", undefined)).toBeUndefined();
    forgetListings(dir);
    expect(readdirSync(path.join(dir, ".newsread"))).toEqual([]);
  });
});
