import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeArticleBytes } from "../../src/decode.js";
import { ExitCode, UserError } from "../../src/errors.js";
import { loadArticle } from "../../src/input.js";
import { findStored, homeFolder, libraryDir, listStored } from "../../src/store.js";

describe("decodeArticleBytes", () => {
  const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
    const le = Buffer.from(text, "utf16le");
    if (bigEndian) le.swap16();
    return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
  };
  it.each([
    ["UTF-8", Buffer.from("Café “quoted”"), "Café “quoted”"],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Café")]), "Café"],
    ["UTF-16 LE with BOM", utf16("Zürich “q”", false), "Zürich “q”"],
    ["UTF-16 BE with BOM", utf16("Zürich “q”", true), "Zürich “q”"],
    ["Latin-1 pound sign", Buffer.from([0x43, 0x6f, 0x73, 0x74, 0x20, 0xa3, 0x35]), "Cost £5"],
    ["Windows-1252 curly quotes", Buffer.from([0x93, 0x48, 0x69, 0x94]), "“Hi”"],
  ])("%s", (_name, bytes, expected) => {
    expect(decodeArticleBytes(bytes, "x")).toBe(expected);
  });

  it.each([
    ["NUL bytes", Buffer.from([0x41, 0x00, 0x42])],
    ["mostly control bytes", Buffer.from([1, 2, 3, 4, 5, 6, 65, 66])],
  ])("rejects %s as not a text article", (_name, bytes) => {
    expect(() => decodeArticleBytes(bytes, "x.bin")).toThrow(/x\.bin: not a text article/);
  });
});

describe("store", () => {
  it.each([
    [{ NEWSREAD_HOME: "/lib", XDG_DATA_HOME: "/xdg" }, "/lib"],
    [{ XDG_DATA_HOME: "/xdg" }, "/xdg/newsread"],
    [{}, "/home/u/.local/share/newsread"],
    [{ XDG_DATA_HOME: "relative/data" }, "/home/u/.local/share/newsread"],
    [{ NEWSREAD_HOME: "my-library" }, "my-library"],
  ])("libraryDir(%j)", (env, expected) => {
    expect(libraryDir(env, "/home/u")).toBe(expected);
  });

  it("never keeps the library under the current folder for want of a home", () => {
    expect(() => libraryDir({}, "")).toThrow(/no home folder to keep the library in: set NEWSREAD_HOME/);
    expect(() => libraryDir({ XDG_DATA_HOME: "data" }, "relative")).toThrow(/no home folder/);
    expect(libraryDir({ XDG_DATA_HOME: "/xdg" }, "")).toBe("/xdg/newsread");
  });

  it.each([
    ["/home/u", () => "/etc-home", "/home/u"],
    ["", () => "/etc-home", "/etc-home"],
    ["relative", () => "/etc-home", "/etc-home"],
    ["", () => { throw new Error("no such user"); }, ""],
  ])("homeFolder(%j) with the user database's home", (fromEnvironment, fromUserDatabase, expected) => {
    expect(homeFolder(fromEnvironment, fromUserDatabase)).toBe(expected);
  });

  it("lists seeds then library files, .txt and .md only, each id once", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "newsread-store-"));
    const seeds = path.join(root, "seeds");
    const library = path.join(root, "library");
    for (const [dir, names] of [[seeds, ["b.txt", "a.txt"]], [library, ["a.txt", "c.md", "d.json"]]] as const) {
      await import("node:fs/promises").then((fs) => fs.mkdir(dir, { recursive: true }));
      for (const name of names) writeFileSync(path.join(dir, name), "text");
    }
    const stored = await listStored(seeds, library);
    expect(stored.map((s) => [s.id, s.bundled])).toEqual([["a", true], ["b", true], ["c", false]]);
    expect(findStored(stored, "c")?.id).toBe("c");
    expect(findStored(stored, "2")?.id).toBe("b");
    expect(findStored(stored, "4")).toBeUndefined();
    expect(findStored(stored, "02")).toBeUndefined();
    const digits = [{ id: "3", path: "3.txt", bundled: false }, { id: "x", path: "x.txt", bundled: false }, { id: "9", path: "9.txt", bundled: false }];
    expect(findStored(digits, "3")?.id).toBe("9"); // a list number first
    expect(findStored(digits, "9")?.id).toBe("9"); // then an id
    expect(findStored(digits, "18446744073709551616")).toBeUndefined();
  });
});

describe("loadArticle", () => {
  it("explains how to use - when standard input is a terminal, instead of waiting", async () => {
    const error = await loadArticle("-", { findStored: async () => undefined, readStdin: undefined, command: "quotes", notice: () => undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(ExitCode.usage);
    expect((error as UserError).message).toMatch(/standard input.*terminal.*pipe.*'pbpaste \| newsread quotes -'/);
  });

  it.each([
    ["zero-width spaces", "\u200b\n\u200b \n"],
    ["a word joiner", "\u2060"],
    ["byte order marks inside", " \ufeff\n\ufeff\n"],
    ["white space", " \n\t\n"],
  ])("refuses an article of only %s as empty (exit 5), as the parser would find no text", async (_name, text) => {
    const dir = mkdtempSync(path.join(tmpdir(), "newsread-blank-"));
    const file = path.join(dir, "blank.txt");
    writeFileSync(file, text);
    const error = await loadArticle(file, { findStored: async () => undefined, readStdin: undefined, command: "show", notice: () => undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(ExitCode.empty);
    expect((error as UserError).message).toBe(`${file}: empty article, nothing to show`);
  });

  it("prefers an existing file over a stored id of the same name", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "newsread-input-"));
    const file = path.join(dir, "story");
    writeFileSync(file, "From the file.");
    const source = await loadArticle(file, { findStored: async (ref) => (ref === file ? { id: file, path: "/nonexistent", bundled: true } : undefined), readStdin: undefined, command: "show", notice: () => undefined });
    expect(source).toEqual({ id: file, text: "From the file.", markdown: false });
  });
});

describe("Markdown detection", () => {
  it.each([
    ["story.md", "Plain words.", true],
    ["story.MARKDOWN", "Plain words.", true],
    ["story.mkd", "Plain words.", true],
    ["story.txt", "# A Title\n\nBody.", true],
    ["story.txt", "\uFEFF# A Title\n\nBody.", true],
    ["story.txt", "#hashtag is not a title\n\nBody.", false],
    ["story.txt", "A Title\n\nBody.", false],
  ])("%s starting %j is Markdown: %s", async (name, text, markdown) => {
    const dir = mkdtempSync(path.join(tmpdir(), "newsread-md-"));
    const file = path.join(dir, name);
    writeFileSync(file, text);
    expect((await loadArticle(file, { findStored: async () => undefined, readStdin: undefined, command: "show", notice: () => undefined })).markdown).toBe(markdown);
  });
});
