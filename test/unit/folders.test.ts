import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeFolder } from "../../src/library/folders.js";

describe("makeFolder", () => {
  const base = (): string => mkdtempSync(path.join(tmpdir(), "newsread-folders-"));

  it.each([["one"], ["one/two/three"], ["."]])("makes %j and the folders above it, and takes one that is there", (relative) => {
    const dir = path.join(base(), relative);
    makeFolder(dir);
    makeFolder(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it.each([
    ["file", "EEXIST"],
    ["file/below", "ENOTDIR"],
  ])("refuses %j where a file is in the way (%s)", (relative, code) => {
    const root = base();
    writeFileSync(path.join(root, "file"), "a file");
    expect(() => makeFolder(path.join(root, relative))).toThrow(expect.objectContaining({ code }));
  });

  it.skipIf(!statSync("/proc/self", { throwIfNoEntry: false }))("ends with an error, instead of looping, where a folder cannot be made under one that exists (/proc)", () => {
    expect(() => makeFolder("/proc/.newsread")).toThrow(expect.objectContaining({ code: "ENOENT" }));
    expect(() => makeFolder("/proc/newsread-none/library")).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });
});
