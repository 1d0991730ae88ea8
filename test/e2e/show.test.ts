import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import stringWidth from "string-width";
import stripAnsi from "strip-ansi";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv, ESC, run, SEED } from "./run.js";

const tmp = mkdtempSync(path.join(tmpdir(), "newsread-e2e-"));
const file = (name: string, content: string | Buffer): string => {
  const p = path.join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const widest = (text: string): number => Math.max(...stripAnsi(text).split("\n").map((line) => stringWidth(line)));

describe("show --json on the bundled seed", () => {
  const result = run(["show", "--json"]);
  const article = JSON.parse(result.stdout) as {
    id: string;
    headline: string;
    headlineSource: string;
    sections: { heading: string | null; paragraphs: string[] }[];
    quotes: { text: string; speaker: string | null; section: number; paragraph: number }[];
    stats: { words: number; readingMinutes: number };
  };

  it("prints one JSON object on one line and nothing on stderr", () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(article.id).toBe("putin-trump-call");
  });

  it("finds three sections with the seed's subheadings", () => {
    expect(article.sections.map((s) => s.heading)).toEqual([null, "Putin Trump call stirs diplomatic shock", "Mixed signals from Washington"]);
    expect(article.sections.map((s) => s.paragraphs.length)).toEqual([1, 3, 3]);
  });

  it("derives a headline from the lead, since the seed has no title line", () => {
    expect(article.headlineSource).toBe("derived");
    expect(article.headline.length).toBeGreaterThan(10);
    expect(article.headline.length).toBeLessThanOrEqual(100);
    expect(article.sections[0]?.paragraphs[0]).toContain(article.headline.replace(/[.…]+$/, "").slice(0, 20));
  });

  it("finds the four quotes and who said them", () => {
    expect(article.quotes.map((q) => [q.text, q.speaker?.replace(/^the /i, "")])).toEqual([
      ["productive", "Kremlin"],
      ["very constructive.", "Donald Trump"],
      ["Do they really want Tomahawks coming their way? I don’t think so.", "Donald Trump"],
      ["sign of panic", "Volodymyr Zelensky"],
    ]);
    expect(article.quotes.map((q) => [q.section, q.paragraph])).toEqual([[1, 0], [1, 0], [2, 0], [2, 1]]);
  });

  it("counts words and reading time", () => {
    expect(article.stats.words).toBeGreaterThan(300);
    expect(article.stats.readingMinutes).toBe(Math.max(1, Math.round(article.stats.words / 230)));
  });
});

describe("show in a pipe", () => {
  it("prints plain text wrapped at 80 columns, without escape codes", () => {
    const result = run(["show"]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(widest(result.stdout)).toBeLessThanOrEqual(80);
    expect(result.stdout).toContain("Mixed signals from Washington\n-----");
    expect(result.stdout).toContain("— Donald Trump");
  });

  it("styles with --color always", () => {
    const result = run(["show", "--color", "always"]);
    expect(result.stdout).toContain(`${ESC}[`);
    expect(stripAnsi(result.stdout)).toContain("Putin Trump call stirs diplomatic shock");
  });

  it.each([
    ["NO_COLOR turns colour off even for --format ansi", { NO_COLOR: "1" }, ["--format", "ansi"], false],
    ["an empty NO_COLOR is ignored", { NO_COLOR: "" }, ["--format", "ansi"], true],
    ["FORCE_COLOR colours --format ansi in a pipe", { FORCE_COLOR: "1" }, ["--format", "ansi"], true],
    ["FORCE_COLOR=0 keeps --format ansi plain", { FORCE_COLOR: "0" }, ["--format", "ansi"], false],
    ["FORCE_COLOR leaves a pipe its plain format", { FORCE_COLOR: "1" }, [], false],
    ["--color never wins over FORCE_COLOR", { FORCE_COLOR: "1" }, ["--color", "never"], false],
  ])("%s", (_name, env, args, styled) => {
    const result = run(["show", ...args], { env: cleanEnv(env) });
    expect(result.code).toBe(0);
    expect(result.stdout.includes(ESC)).toBe(styled);
  });

  it.each([
    ["show", [SEED], /^A surprise Putin-Trump call.*\n=+\n/],
    ["quotes", [SEED], /^[^\t\n]+\t[^\t\n]+\n/],
    ["search", ["putin"], /^1\tputin-trump-call\t/],
  ])("FORCE_COLOR, which CI machines export for every program, leaves %s's piped format for scripts", (command, args, start) => {
    const home = mkdtempSync(path.join(tmpdir(), "newsread-force-"));
    const result = run([command, ...args], { env: cleanEnv({ FORCE_COLOR: "3", NEWSREAD_HOME: home }) });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).toMatch(start);
  });

  it.each([["text"], ["ansi"]])("honours --width 40 in display columns (%s), also for wide characters", (format) => {
    const wide = file("wide.txt", "東京の記者会見で首相は新しい経済対策を発表した。🎉🎉 市場は好意的に反応し、株価は大きく上昇した。\n\n日本語の段落がもう一つあります。これはテストのための長い文章です。😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀\n");
    for (const target of [[], [wide]]) {
      const result = run(["show", ...target, "--width", "40", "--format", format, "--color", "always"]);
      expect(result.code).toBe(0);
      expect(widest(result.stdout)).toBeLessThanOrEqual(40);
      expect(widest(result.stdout)).toBeGreaterThan(30);
    }
  });

  it("quotes sets a speaker's quotes of several lines apart with a bare bar, and keeps one-line quotes close", () => {
    const text = [
      "Bridge vote",
      "",
      "“We will keep the ferry running until the bridge opens, whatever it costs the town,” said Ana Ruiz.",
      "",
      "“The work starts in spring and should be finished before the next winter,” Ruiz added.",
      "",
      "“Fine,” said Tom Becker. “Good,” Becker added.",
    ].join("\n");
    expect(run(["quotes", "-", "--format", "text", "--width", "50"], { input: text }).stdout).toMatchInlineSnapshot(`
      "Bridge vote

      Ana Ruiz (2)
        ▎ “We will keep the ferry running until the
        ▎ bridge opens, whatever it costs the town”
        ▎
        ▎ “The work starts in spring and should be
        ▎ finished before the next winter”

      Tom Becker (2)
        ▎ “Fine”
        ▎ “Good”
      "
    `);
  });

  it.each([["text"], ["ansi"]])("quotes honours --width 20 (%s): the headline and speakers' names wrap too", (format) => {
    const result = run(["quotes", SEED, "--width", "20", "--format", format, "--color", "always"]);
    expect(result.code).toBe(0);
    expect(stripAnsi(result.stdout)).toContain("Volodymyr Zelensky");
    expect(widest(result.stdout)).toBeLessThanOrEqual(20);
  });

  it("refuses '-' given twice, which would read standard input's end as an empty article", () => {
    const result = run(["show", "-", "-"], { input: "A Title For Testing\n\nThe body says something.\n" });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("newsread: '-' (standard input) can be given only once\n");
  });

  it.each([["show"], ["add"]])("%s: a directory as standard input is reported as one (exit 4), not as an empty article", (command) => {
    const directory = openSync(tmp, "r");
    try {
      const result = spawnSync(BIN, [command, "-"], { stdio: [directory, "pipe", "pipe"], env: cleanEnv(), encoding: "utf8" });
      expect(result.status).toBe(4);
      expect(result.stderr).toBe("newsread: standard input: is a directory, not an article\n");
    } finally {
      closeSync(directory);
    }
  });

  it("reads standard input with -", () => {
    const result = run(["show", "-", "--json"], { input: "A Title For Testing\n\nThe body says something. “It works well,” said Jane Doe.\n" });
    expect(result.code).toBe(0);
    const article = JSON.parse(result.stdout) as { id: string; quotes: { text: string }[] };
    expect(article.id).toBe("-");
    expect(article.quotes.map((q) => q.text.replace(/,$/, ""))).toEqual(["It works well"]);
  });

  it("prints several articles as one JSON object a line", () => {
    const result = run(["show", "--json", SEED, "1", "putin-trump-call"]);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual([SEED, "putin-trump-call", "putin-trump-call"]);
  });

  it("writes Markdown with --format markdown", () => {
    const result = run(["show", "--format", "markdown"]);
    expect(result.stdout).toContain("\n## Putin Trump call stirs diplomatic shock\n");
    expect(result.stdout).not.toContain(ESC);
  });

  it("gives the gist with --summary", () => {
    const result = run(["show", "--summary"]);
    expect(result.code).toBe(0);
    const text = result.stdout;
    expect(text).toMatch(/\d+ words · \d+ min read/);
    expect(text).toContain("Sections\n--------");
    expect(text).toContain("  • Putin Trump call stirs diplomatic shock");
    expect(text).toContain("Key quotes");
    // The statements with their speakers, not the fragments ("sign of panic", "productive").
    expect(text).toContain("“Do they really want Tomahawks coming their way? I don’t think so.”");
    expect(text).toContain("— Donald Trump");
    expect(text).not.toContain("“sign of panic”");
    expect(text.length).toBeLessThan(run(["show"]).stdout.length);
  });

  it("gives the summary as JSON with --summary --json", () => {
    const summary = JSON.parse(run(["show", "--summary", "--json"]).stdout) as { lead: string; headings: string[]; quotes: unknown[] };
    expect(summary.headings).toEqual(["Putin Trump call stirs diplomatic shock", "Mixed signals from Washington"]);
    expect(summary.lead.length).toBeGreaterThan(50);
    expect(summary.quotes).toEqual([{ text: "Do they really want Tomahawks coming their way? I don’t think so.", speaker: "Donald Trump" }]);
  });

  it("treats a reader that closes early as success: `show | head -n 1`", () => {
    const many = Array.from({ length: 60 }, () => SEED);
    const script = `"${BIN}" show ${many.map((p) => `"${p}"`).join(" ")} 2>"${tmp}/err" | head -n 1 >/dev/null; echo "\${PIPESTATUS[0]}"; cat "${tmp}/err"`;
    const result = spawnSync("bash", ["-c", script], { env: cleanEnv(), encoding: "utf8" });
    expect(result.stdout).toBe("0\n");
  });

  it.skipIf(!existsSync("/dev/full"))("says in one line that output could not be written to a full disk, exit 8", () => {
    for (const args of [["show"], ["--help"], ["list"]]) {
      const result = spawnSync("sh", ["-c", `"${BIN}" ${args.join(" ")} >/dev/full`], { env: cleanEnv({ NEWSREAD_HOME: path.join(tmp, "no-library") }), encoding: "utf8" });
      expect({ args, stderr: result.stderr, status: result.status }).toEqual({ args, stderr: "newsread: cannot write the output: no space left on device (ENOSPC)\n", status: 8 });
    }
  });
});

describe("several articles that cannot be read", () => {
  it.each(["show", "quotes"])("%s names every one, a line each, prints nothing and exits with the first one's code", (command) => {
    const empty = file("several-empty.txt", "  \n");
    const binary = file("several-binary.txt", Buffer.from([0x89, 0x50, 0x00, 0x01]));
    const missing = path.join(tmp, "several-missing.txt");
    const result = run([command, empty, "seeds/putin-trump-call.txt", missing, binary]);
    expect(result).toEqual({
      stdout: "",
      stderr: [`${empty}: empty article, nothing to show`, `${missing}: no such file`, `${binary}: not a text article (binary content)`].map((line) => `newsread: ${line}\n`).join(""),
      code: 5,
    });
  });
});

describe("misuse: one line on stderr, nothing on stdout, a documented exit code", () => {
  const dir = path.join(tmp, "a-directory");
  mkdirSync(dir, { recursive: true });
  const cases: [string, string[], number, RegExp][] = [
    ["a missing file", ["show", "no-such-file.txt"], 3, /no-such-file\.txt: no such file/],
    ["a directory", ["show", dir], 4, /is a directory/],
    ["an unknown id", ["show", "no-such-article"], 3, /no article 'no-such-article'/],
    ["an unknown number", ["show", "99"], 3, /no article '99'/],
    // A line end or tab in a name is shown escaped, as names are everywhere: the message stays one line and says what was typed.
    ["a name with a line end", ["show", "a\nb"], 3, /no article 'a\\x0ab'/],
    ["a name with a tab", ["show", "a\tb"], 3, /no article 'a\\x09b'/],
    ["an empty article", ["show", file("empty.txt", "")], 5, /empty article/],
    ["a whitespace-only article", ["show", file("blank.txt", " \n\n\t \n")], 5, /empty article/],
    ["a binary file", ["show", file("binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))], 4, /not a text article/],
    ["an unknown option", ["show", "--bogus"], 2, /unknown option '--bogus'/],
    ["an unknown command", ["shwo"], 2, /unknown command 'shwo'.*show/],
    ["a bad width", ["show", "--width", "abc"], 2, /--width/],
    ["a width too small", ["show", "--width", "3"], 2, /--width/],
    ...["0x28", "4e1", " 40", "40.5", "+40", "40 "].map((width): [string, string[], number, RegExp] => [`a width not in digits alone: '${width}'`, ["show", "--width", width], 2, /--width <columns>' argument '.*' is invalid\. Expected a whole number of columns from 20 to 1000\.$/m]),
    ...["1e2", "0x10", "2.5", " 3", "0"].map((limit): [string, string[], number, RegExp] => [`a list limit not in digits alone: '${limit}'`, ["list", "--limit", limit], 2, /--limit <count>' argument '.*' is invalid\. Expected a whole number, 1 or more\.$/m]),
    ["a search limit not in digits alone", ["search", "x", "--limit", "1e2"], 2, /--limit <count>' argument '1e2' is invalid\. Expected a whole number, 1 or more\.$/m],
    ["a bad format", ["show", "--format", "xml"], 2, /Allowed choices are ansi, text, markdown, json/],
    ["a bad colour mode", ["show", "--color", "sometimes"], 2, /--color/],
    ["--json with --format", ["show", "--json", "--format", "text"], 2, /cannot be used with/],
    ["-P with --paging", ["show", "-P", "--paging", "always"], 2, /option '-P, --no-pager' cannot be used with option '--paging <when>'/],
    ["an empty standard input", ["show", "-"], 5, /standard input: empty article/],
  ];
  it.each(cases)("%s", (_name, args, code, message) => {
    const result = run(args);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^newsread: [^\n]+\n$/);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain("    at ");
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable file (skipped as root, who can read anything)", () => {
    const locked = file("locked.txt", "Some text here.\n");
    chmodSync(locked, 0o000);
    const result = run(["show", locked]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/permission denied/);
  });

  it("shows a stack trace only with NEWSREAD_DEBUG", () => {
    const result = run(["show", "no-such-article"], { env: cleanEnv({ NEWSREAD_DEBUG: "1" }) });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("    at ");
  });
});

describe("help and version", () => {
  it.each([["show"], ["list"], ["quotes"]])("%s --help has examples", (command) => {
    const result = run([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: newsread ${command}`);
    expect(result.stdout).toContain("Examples:");
  });

  it("prints the package version", () => {
    const result = run(["--version"]);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("prints help with no arguments", () => {
    const result = run([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Commands:");
  });
});

describe("Markdown articles", () => {
  it("reads a .md file through its Markdown structure and keeps links", () => {
    const md = file("story.md", "# Bridge Vote\n\nThe council *voted* on [Tuesday](https://example.com/t).\n\n## Next\n\nMore to come.\n");
    const article = JSON.parse(run(["show", md, "--json"]).stdout) as { headline: string; sections: unknown[]; marks: unknown[] };
    expect(article.headline).toBe("Bridge Vote");
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ["The council voted on Tuesday."] },
      { heading: "Next", paragraphs: ["More to come."] },
    ]);
    expect(article.marks).toHaveLength(2);
    expect(run(["show", md]).stdout).toContain("The council voted on Tuesday (https://example.com/t).");
  });

  it("round-trips: show --format markdown of a text article shows as the same Article", () => {
    const markdown = run(["show", "--format", "markdown"]).stdout;
    const again = JSON.parse(run(["show", "-", "--json"], { input: markdown }).stdout) as Record<string, unknown>;
    const original = JSON.parse(run(["show", "--json"]).stdout) as Record<string, unknown>;
    // Standard input is sniffed as Markdown only by a leading "# " title; the seed has none, so name it .md.
    const fromFile = JSON.parse(run(["show", file("seed-copy.md", markdown), "--json"]).stdout) as Record<string, unknown>;
    expect({ ...fromFile, id: original.id, marks: undefined }).toEqual({ ...original, marks: undefined });
    expect(again.sections).toEqual(original.sections);
  });

  it("round-trips web addresses: the Markdown keeps them plain text, with the same characters", () => {
    const text = file("moved.txt", "Site moves\n\nThe page is now at https://example.com/some_page?a_b=1 and more text here.\n");
    const markdown = file("moved.md", run(["show", text, "--format", "markdown"]).stdout);
    const original = JSON.parse(run(["show", text, "--json"]).stdout) as Record<string, unknown>;
    const again = JSON.parse(run(["show", markdown, "--json"]).stdout) as Record<string, unknown>;
    expect(again).toEqual({ ...original, id: markdown, marks: [] });
    expect(run(["show", markdown]).stdout).toContain("The page is now at https://example.com/some_page?a_b=1 and more text here.");
  });

  it("round-trips a block quote: show --format markdown of a Markdown article keeps its quotes", () => {
    const md = file("quoted.md", "# Title\n\n> Short quote only.\n> — Jane Roe\n\nBody text here.\n");
    const again = file("quoted-again.md", run(["show", md, "--format", "markdown"]).stdout);
    expect(run(["quotes", md]).stdout).toBe("Jane Roe\tShort quote only.\n");
    expect(run(["quotes", again]).stdout).toBe(run(["quotes", md]).stdout);
  });
});
