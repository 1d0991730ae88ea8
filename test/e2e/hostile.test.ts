import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv, run } from "./run.js";

const tmp = mkdtempSync(path.join(tmpdir(), "newsread-hostile-"));
const file = (name: string, content: string | Buffer): string => {
  const p = path.join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const json = (args: string[]): { headline: string; sections: { heading: string | null; paragraphs: string[] }[]; quotes: { text: string; speaker: string | null }[] } =>
  JSON.parse(run([...args, "--json"]).stdout);

const ARTICLE = "Council Opens New Bridge\n\nThe council opened the bridge on Monday. “It costs £5 to cross,” said Ana Ruiz.\n\nTraffic moved freely by noon.\n";

describe("encodings", () => {
  const utf16 = (text: string, bigEndian: boolean): Buffer => {
    const body = Buffer.from(text, "utf16le");
    if (bigEndian) body.swap16();
    return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
  };
  const latin1 = Buffer.from(ARTICLE.replace("“", '"').replace("”", '"'), "latin1");

  it.each([
    ["UTF-8", Buffer.from(ARTICLE)],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)])],
    ["UTF-16 LE with BOM", utf16(ARTICLE, false)],
    ["UTF-16 BE with BOM", utf16(ARTICLE, true)],
    ["Latin-1", latin1],
    ["CRLF line ends", Buffer.from(ARTICLE.replace(/\n/g, "\r\n"))],
    ["CR-only line ends", Buffer.from(ARTICLE.replace(/\n/g, "\r"))],
    ["mixed line ends", Buffer.from("Council Opens New Bridge\r\n\rThe council opened the bridge on Monday. “It costs £5 to cross,” said Ana Ruiz.\n\r\nTraffic moved freely by noon.\r")],
  ])("%s decodes to the same article", (name, bytes) => {
    const article = json(["show", file(`${name}.txt`, bytes)]);
    expect(article.headline).toBe("Council Opens New Bridge");
    expect(article.sections.flatMap((s) => s.paragraphs)).toEqual([
      expect.stringMatching(/^The council opened the bridge on Monday\. ["“]It costs £5 to cross,["”] said Ana Ruiz\.$/),
      "Traffic moved freely by noon.",
    ]);
    expect(article.quotes.map((q) => [q.text.replace(/,$/, ""), q.speaker])).toEqual([["It costs £5 to cross", "Ana Ruiz"]]);
  });

  it("also decodes from standard input", () => {
    const result = run(["show", "-", "--json"], { input: utf16(ARTICLE, false) });
    expect((JSON.parse(result.stdout) as { headline: string }).headline).toBe("Council Opens New Bridge");
  });

  it.each([
    ["NUL bytes", Buffer.from("Some text\u0000with a NUL byte")],
    ["an image", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
  ])("refuses %s as not a text article", (name, bytes) => {
    const result = run(["show", file(`${name}.bin`, bytes)]);
    expect(result.code).toBe(4);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^newsread: .*not a text article.*\n$/);
  });
});

describe("encodings and empty text: show and add read and refuse alike", () => {
  const utf16 = (text: string, bigEndian: boolean): Buffer => {
    const body = Buffer.from(text, "utf16le");
    return bigEndian ? body.swap16() : body;
  };
  const utf32 = (text: string, bigEndian: boolean): Buffer => {
    const body = Buffer.from(Uint32Array.from([0xfeff, ...[...text].map((c) => c.codePointAt(0) ?? 0)]).buffer);
    return bigEndian ? body.swap32() : body;
  };
  const STORY = "Café owners protest\n\nThe café owners met on Monday. “Prices rose by 5 €,” said Ana Ruiz.\n";
  const storedFiles = (library: string): string[] => (existsSync(library) ? readdirSync(library).filter((n) => /\.(txt|md)$/.test(n)) : []);

  it("a UTF-8 article with one stray Windows-1252 byte keeps its UTF-8 and reads the byte as Windows-1252", () => {
    // 0x92 is Windows-1252's curly apostrophe: pasted from an older document into a UTF-8 one.
    const bytes = Buffer.concat([Buffer.from(STORY), Buffer.from("\nIt"), Buffer.from([0x92]), Buffer.from("s busy.\n")]);
    const target = file("stray-byte.txt", bytes);
    const article = json(["show", target]);
    expect(article.headline).toBe("Café owners protest");
    expect(article.sections.flatMap((s) => s.paragraphs)).toEqual(["The café owners met on Monday. “Prices rose by 5 €,” said Ana Ruiz.", "It’s busy."]);
    const env = cleanEnv();
    const added = run(["add", target], { env });
    expect(added.code).toBe(0);
    expect(added.stdout).toBe(`cafe-owners-protest\tadded\t${target}\n`);
    expect(readFileSync(path.join(env.NEWSREAD_HOME ?? "", "cafe-owners-protest.txt"), "utf8")).toBe(`${STORY}\nIt’s busy.\n`);
  });

  const refused: [string, number, Buffer, RegExp][] = [
    ["UTF-32 LE with BOM", 4, utf32(STORY, false), /: UTF-32 text is not supported: convert it to UTF-8 first, e\.g\. with 'iconv -f UTF-32 -t UTF-8'$/],
    ["UTF-32 BE with BOM", 4, utf32(STORY, true), /: UTF-32 text is not supported: convert it to UTF-8 first/],
    ["UTF-16 LE with BOM and a NUL", 4, Buffer.concat([Buffer.from([0xff, 0xfe]), utf16("Some\u0000text here.\n", false)]), /: not a text article \(binary content\)$/],
    ["UTF-8 with BOM and a NUL", 4, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Some\u0000text here.\n")]), /: not a text article \(binary content\)$/],
    ["UTF-16 LE without BOM", 4, utf16(STORY, false), /: not a text article \(binary content\): it looks like UTF-16LE without a byte order mark; convert it to UTF-8 first, e\.g\. with 'iconv -f UTF-16LE -t UTF-8'$/],
    ["UTF-16 BE without BOM", 4, utf16(STORY, true), /: not a text article \(binary content\): it looks like UTF-16BE without a byte order mark; convert it to UTF-8 first, e\.g\. with 'iconv -f UTF-16BE -t UTF-8'$/],
    ["only a zero-width space", 5, Buffer.from("\u200b\n"), /: empty article, nothing to (show|add)$/],
    ["only word joiners and byte order marks", 5, Buffer.from("\u2060\n\ufeff \u200b\ufeff\n"), /: empty article, nothing to (show|add)$/],
  ];

  it.each(refused)("show refuses %s: one line, exit %i", (name, code, bytes, message) => {
    const target = file(`refused ${name}.txt`, bytes);
    for (const result of [run(["show", target]), run(["show", "-"], { input: bytes })]) {
      expect(result.code).toBe(code);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^newsread: [^\n]+\n$/);
      expect(result.stderr.trimEnd()).toMatch(message);
    }
    expect(run(["show", target]).stderr.startsWith(`newsread: ${target}: `)).toBe(true);
  });

  it.each(refused)("add refuses %s and stores nothing: one line, exit %i", (name, code, bytes, message) => {
    const env = cleanEnv();
    const good = file("good.txt", STORY);
    const target = file(`refused ${name}.txt`, bytes);
    for (const result of [run(["add", good, target], { env }), run(["add", "-"], { env, input: bytes })]) {
      expect(result.code).toBe(code);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^newsread: [^\n]+\n$/);
      expect(result.stderr.trimEnd()).toMatch(message);
    }
    expect(storedFiles(env.NEWSREAD_HOME ?? "")).toEqual([]);
  });
});

describe("escape injection: article text never drives the terminal", () => {
  const attacks: [string, string][] = [
    ["clear screen (CSI)", "\u001b[2J\u001b[H"],
    ["window title (OSC 0)", "\u001b]0;pwned\u0007"],
    ["clipboard write (OSC 52)", "\u001b]52;c;ZWNobyBwd25lZA==\u0007"],
    ["hyperlink (OSC 8)", "\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\"],
    ["8-bit CSI (C1)", "\u009b31m"],
    ["backspace overprint", "safe\b\b\b\bevil"],
    ["carriage-return overprint", "safe text\revil"],
    ["bidi override", "\u202egnp.exe\u202c and \u2066isolate\u2069"],
  ];
  const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

  it.each(attacks)("%s", (name, payload) => {
    const story = `Headline ${name.split(" ")[0]} Here\n\nA paragraph with ${payload} inside it, and “a quote ${payload} too,” said Ana Ruiz.\n`;
    const target = file(`attack-${name.replace(/\W+/g, "-")}.txt`, story);
    // A bare CR is a line end (old Mac files), so it starts a new line instead of overprinting.
    const shownAsEscape = !/^[^\r]*\r[^\r]*$/.test(payload);
    for (const format of ["text", "markdown"]) {
      const out = run(["show", target, "--format", format]).stdout;
      expect(out).not.toMatch(CONTROLS);
      if (shownAsEscape) expect(out).toMatch(/\\x1b|\\x9b|\\x08|\\u202e/);
    }
    for (const args of [["show", "--format", "ansi", "--color", "always"], ["show", "--summary", "--color", "always"], ["quotes", "--format", "ansi", "--color", "always"]]) {
      const out = run([...args, target]).stdout.replace(/\u001b\[[0-9;]*m/g, "");
      expect(out).not.toMatch(CONTROLS);
    }
    expect(run(["quotes", target]).stdout).not.toMatch(CONTROLS);
    if (shownAsEscape) expect(JSON.stringify(json(["show", target]))).toContain(JSON.stringify(payload).slice(1, -1));
  });

  it("in the addresses of a Markdown article's links", () => {
    const target = file("evil-link.md", "# Evil link\n\nClick [here](http://a.example/\u0007\u001b]0;pwned\u0007x) and [there](<http://b.example/\u001b[2J>).\n");
    for (const format of ["text", "markdown", "ansi"]) {
      const out = run(["show", target, "--format", format, "--color", "never"]).stdout;
      expect(out).not.toMatch(CONTROLS);
      // Markdown escapes the escape's backslash, so that it reads back as one.
      expect(out).toContain(format === "markdown" ? "http://b.example/\\\\x1b[2J" : "http://b.example/\\x1b[2J");
    }
  });
});

describe("input that never ends", () => {
  // Bounded here, so that a regression fails instead of hanging: the refusal takes a fraction of a second.
  const within = { timeout: 30_000, encoding: "utf8" as const, env: cleanEnv() };

  it.each([
    ["show", "/dev/zero"],
    ["quotes", "/dev/urandom"],
    ["add", "/dev/zero"],
  ])("%s %s is refused on its first bytes, not read into memory until the machine runs out", (command, device) => {
    const result = spawnSync(BIN, [command, device], within);
    expect(result.status).toBe(4);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`newsread: ${device}: not a text article (binary content)\n`);
  });

  it("and so on standard input", () => {
    const result = spawnSync("sh", ["-c", `head -c 2000000000 /dev/urandom | "${BIN}" show -`], within);
    expect(result.status).toBe(4);
    expect(result.stderr).toBe("newsread: standard input: not a text article (binary content)\n");
  });
});
