import { EventEmitter } from "node:events";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main, type CliProcess } from "../../src/cli.js";
import { pagerCommand, screenRowsOf, shouldPage, splitCommand, type PagingMode } from "../../src/pager.js";
import { decideTheme } from "../../src/render/theme.js";

describe("splitCommand", () => {
  it.each([
    ["less", ["less"]],
    ["  less   -R  ", ["less", "-R"]],
    ['"/opt/my pager/bin" --flag', ["/opt/my pager/bin", "--flag"]],
    ["more 'a b' c\\ d", ["more", "a b", "c d"]],
    ['bat --style="plain,header"', ["bat", "--style=plain,header"]],
    ["", []],
    ['less "unterminated', undefined],
    ["less 'x", undefined],
  ])("%j", (command, words) => {
    expect(splitCommand(command)).toEqual(words);
  });
});

describe("pagerCommand", () => {
  it.each([
    [{}, { command: ["less", "-R", "-F", "-K"] }],
    [{ PAGER: "less" }, { command: ["less", "-R", "-F", "-K"] }],
    [{ PAGER: "/usr/bin/less" }, { command: ["/usr/bin/less", "-R", "-F", "-K"] }],
    [{ PAGER: "less -S" }, { command: ["less", "-S"] }],
    [{ PAGER: "most" }, { command: ["most"] }],
    [{ PAGER: "more", NEWSREAD_PAGER: "less -r" }, { command: ["less", "-r"] }],
    [{ PAGER: "more", NEWSREAD_PAGER: "" }, undefined],
    [{ PAGER: "" }, undefined],
    [{ NEWSREAD_PAGER: 'less "unterminated' }, { unusable: "NEWSREAD_PAGER has a quotation mark left open" }],
    [{ PAGER: "less 'x" }, { unusable: "PAGER has a quotation mark left open" }],
  ])("%j", (env, expected) => {
    expect(pagerCommand(env)).toEqual(expected);
  });
});

describe("shouldPage", () => {
  const cases: [PagingMode, boolean, number, number | undefined, string | undefined, boolean][] = [
    ["auto", true, 30, 24, "xterm-256color", true],
    // Output fits when it leaves the last row for the prompt, as less -F judges it.
    ["auto", true, 24, 24, "xterm-256color", true],
    ["auto", true, 23, 24, "xterm-256color", false],
    ["auto", true, 30, undefined, undefined, true],
    ["auto", false, 1000, 24, "xterm", false],
    ["auto", true, 1000, 24, "dumb", false],
    ["always", true, 1, 24, "xterm", true],
    ["always", true, 1, 24, "dumb", true],
    ["always", false, 1, 24, "xterm", false],
    ["never", true, 1000, 24, "xterm", false],
    // A terminal reporting 0 rows has not said its size: 24 are assumed, as for none.
    ["auto", true, 10, 0, "xterm", false],
    ["auto", true, 23, 0, "xterm", false],
    ["auto", true, 30, 0, "xterm", true],
  ];
  it.each(cases)("--paging %s, tty=%s, %i lines on %s rows, TERM=%s -> %s", (mode, tty, lines, rows, term, expected) => {
    expect(shouldPage(mode, tty, lines, rows, term)).toBe(expected);
  });
});

describe("screenRowsOf", () => {
  const length = (line: string): number => line.replace(/\u001b\[[0-9;]*m/g, "").length;
  it.each([
    ["one short line", "hello\n", 80, 1],
    ["lines as rows when none is wider than the terminal", "a\n\nb\n", 80, 3],
    ["a line as wide as the terminal is one row", `${"x".repeat(80)}\n`, 80, 1],
    ["a line one column wider wraps onto a second", `${"x".repeat(81)}\n`, 80, 2],
    ["a paragraph on one line (JSON, Markdown) takes the rows it wraps onto", `${"word ".repeat(100)}\n`, 60, 9],
    ["escape codes take no columns", `\u001b[1m${"x".repeat(80)}\u001b[22m\n`, 80, 1],
    ["closing escape codes after the last line end take no row", "a\nb\n\u001b[0m", 80, 2],
    ["text after the last line end takes its rows", "a\nbc", 80, 2],
    ["counted only up to enough", "a\n".repeat(1000), 80, 25],
    ["a long line counted only up to enough", "word ".repeat(2_000_000), 80, 25],
  ])("%s", (_, text, columns, rows) => {
    expect(screenRowsOf(text, columns, length, 25)).toBe(rows);
  });

  it("measures a long line only until it is known not to fit", () => {
    let measured = 0;
    const measure = (line: string): number => ((measured += line.length), line.length);
    expect(screenRowsOf(`${"x".repeat(10_000_000)}\n`, 80, measure, 25)).toBe(25);
    expect(measured).toBeLessThan(10_000);
  });
});

describe("decideTheme", () => {
  it.each([
    [undefined, {}, "dark"],
    ["plain", { NEWSREAD_THEME: "light" }, "plain"],
    [undefined, { NEWSREAD_THEME: "light" }, "light"],
    [undefined, { NEWSREAD_THEME: "neon" }, "dark"],
    [undefined, { COLORFGBG: "0;15" }, "light"],
    [undefined, { COLORFGBG: "15;0" }, "dark"],
    [undefined, { COLORFGBG: "12;default;7" }, "light"],
    [undefined, { COLORFGBG: "nonsense" }, "dark"],
  ] as const)("--theme %s with %j -> %s", (flag, env, expected) => {
    expect(decideTheme(flag, env)).toBe(expected);
  });
});

const FAKE_PAGER = fileURLToPath(new URL("../fixtures/fake-pager.mjs", import.meta.url));

/** main() on a fake terminal of `rows` rows whose pager is the recording fake. */
async function runOnTerminal(args: string[], rows: number, env: Record<string, string> = {}, columns = 80) {
  const record = path.join(mkdtempSync(path.join(tmpdir(), "newsread-pager-")), "record.json");
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns, rows });
  const stderr = new PassThrough();
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => (out += d.toString()));
  stderr.on("data", (d: Buffer) => (err += d.toString()));
  const proc: CliProcess = {
    argv: ["node", "newsread", ...args],
    env: { NEWSREAD_HOME: "/nonexistent", NEWSREAD_PAGER: `"${process.execPath}" "${FAKE_PAGER}" "${record}" --from-test`, ...env },
    stdin,
    stdout,
    stderr,
  };
  await main(proc);
  const paged = existsSync(record) ? (JSON.parse(readFileSync(record, "utf8")) as { args: string[]; input: string; lesscharset: string | null; less: string | null }) : undefined;
  return { out, err, paged, exitCode: proc.exitCode ?? 0 };
}

describe("paging on a terminal", () => {
  it("sends output taller than the screen through the pager, styled and whole", async () => {
    const result = await runOnTerminal(["show"], 10);
    expect(result.out).toBe("");
    expect(result.paged?.args).toEqual(["--from-test"]);
    expect(result.paged?.input).toContain("\u001b[");
    expect(result.paged?.input).toContain("Mixed signals from Washington");
    expect(result.paged?.lesscharset).toBe("utf-8");
    expect(result.paged?.less).toBe("FRK");
  });

  it("keeps the user's LESS, and gives a pager with options of its own the options a bare less gets", async () => {
    expect((await runOnTerminal(["show"], 10, { LESS: "-S" })).paged?.less).toBe("-S");
    expect((await runOnTerminal(["show"], 10, { LESS: "" })).paged?.less).toBe("");
  });

  it("does not page on a dumb terminal, which scrolls by itself, unless asked to", async () => {
    expect((await runOnTerminal(["show"], 10, { TERM: "dumb" })).paged).toBeUndefined();
    expect((await runOnTerminal(["show", "--paging", "always"], 10, { TERM: "dumb" })).paged).toBeDefined();
  });

  it("keeps the reading layout on a terminal without colour, with the headline and headings underlined", async () => {
    for (const env of [{ NO_COLOR: "1" }, { TERM: "dumb" }] as Record<string, string>[]) {
      const result = await runOnTerminal(["show", "--paging", "never"], 10, env);
      expect(result.out).not.toContain("\u001b");
      expect(result.out).toMatch(/^A surprise Putin-Trump call has thrown a curveball…\n=+\n/);
      expect(result.out).toMatch(/\nMixed signals from Washington\n-{29}\n/);
      expect(result.out).toContain("  ▎ “");
    }
  });

  it("prints output that fits on the screen directly", async () => {
    const result = await runOnTerminal(["show", "--summary"], 200);
    expect(result.paged).toBeUndefined();
    expect(result.out).toContain("Key quotes");
  });

  it.each([
    [["show", "--summary", "--paging", "always"], 200, true],
    [["show", "--paging", "never"], 10, false],
    [["show", "-P"], 10, false],
    [["quotes"], 3, true],
    [["list", "--paging", "always"], 100, true],
  ])("%j on %i rows pages: %s", async (args, rows, paged) => {
    const result = await runOnTerminal(args, rows);
    expect(result.paged !== undefined).toBe(paged);
    expect(result.out === "").toBe(paged);
  });

  it.each([
    // The article as JSON is one line of about 2,500 characters: 32 rows of an 80-column terminal.
    [["show", "--json"], 30, 80, true],
    [["show", "--json"], 40, 80, false],
    // Markdown keeps each paragraph on one line, which a narrow terminal wraps onto several rows.
    [["show", "--format", "markdown"], 40, 40, true],
    [["show", "--format", "markdown"], 40, 80, false],
    // A width wider than the terminal: its lines wrap there.
    [["show", "--width", "200"], 60, 60, true],
    [["show", "--width", "200"], 60, 200, false],
  ])("%j on %i rows of %i columns pages: %s (lines wider than the terminal take several rows)", async (args, rows, columns, paged) => {
    const result = await runOnTerminal(args, rows, {}, columns);
    expect(result.paged !== undefined).toBe(paged);
  });

  it("pages output exactly as tall as the screen, which the prompt would push up a row, as less -F does", async () => {
    const rows = (await runOnTerminal(["show", "--summary"], 200)).out.split("\n").length - 1;
    expect((await runOnTerminal(["show", "--summary"], rows)).paged).toBeDefined();
    expect((await runOnTerminal(["show", "--summary"], rows + 1)).paged).toBeUndefined();
  });

  it("does not page a short text on a terminal that reports 0 rows (its size unknown)", async () => {
    const result = await runOnTerminal(["show", "--summary"], 0);
    expect(result.paged).toBeUndefined();
    expect(result.out).toContain("Key quotes");
  });

  it("falls back to printing, with a one-line warning, when the pager cannot start", async () => {
    const result = await runOnTerminal(["show"], 10, { NEWSREAD_PAGER: "/nonexistent/pager --flag" });
    expect(result.exitCode).toBe(0);
    expect(result.err).toBe("newsread: warning: pager '/nonexistent/pager' could not be started; printing directly\n");
    expect(result.out).toContain("Mixed signals from Washington");
  });

  it("prints directly, with a one-line warning, when the pager setting leaves a quotation open", async () => {
    const result = await runOnTerminal(["show"], 10, { NEWSREAD_PAGER: 'less "unterminated' });
    expect(result.exitCode).toBe(0);
    expect(result.paged).toBeUndefined();
    expect(result.err).toBe("newsread: warning: NEWSREAD_PAGER has a quotation mark left open; printing directly\n");
    expect(result.out).toContain("Mixed signals from Washington");
  });

  it.each([
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const)("told to end (%s) while the pager runs, ends the pager and waits for it, then exits %i", async (signal, status) => {
    const record = path.join(mkdtempSync(path.join(tmpdir(), "newsread-pager-")), "record.json");
    const signals = new EventEmitter();
    const proc: CliProcess = {
      argv: ["node", "newsread", "show"],
      env: { NEWSREAD_HOME: "/nonexistent", NEWSREAD_PAGER: `"${process.execPath}" "${FAKE_PAGER}" "${record}" --linger` },
      stdin: Object.assign(new PassThrough(), { isTTY: true }),
      stdout: Object.assign(new PassThrough(), { isTTY: true, columns: 80, rows: 10 }),
      stderr: new PassThrough(),
      on: (event, listener) => signals.on(event, listener),
      off: (event, listener) => signals.off(event, listener),
    };
    const running = main(proc);
    for (let waited = 0; !existsSync(record) && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    signals.emit(signal);
    await running;
    expect(proc.exitCode).toBe(status);
    expect(JSON.parse(readFileSync(record, "utf8"))).toMatchObject({ terminated: true });
    expect(signals.listenerCount(signal)).toBe(0);
  });

  it("warns once, in one line, of a NEWSREAD_THEME that is no theme, and styles with the default", async () => {
    const result = await runOnTerminal(["show", "--summary"], 200, { NEWSREAD_THEME: "neon" });
    expect(result.err).toBe("newsread: warning: NEWSREAD_THEME 'neon' is not a theme (dark, light, plain); using the default\n");
    expect(result.out).toContain("Key quotes");
    expect((await runOnTerminal(["show", "--summary", "--theme", "light"], 200, { NEWSREAD_THEME: "neon" })).err).toBe("");
    expect((await runOnTerminal(["show", "--summary"], 200, { NEWSREAD_THEME: "light" })).err).toBe("");
  });

  it("does not page when an empty NEWSREAD_PAGER turns paging off", async () => {
    const result = await runOnTerminal(["show"], 10, { NEWSREAD_PAGER: "", PAGER: "false" });
    expect(result.out).toContain("Mixed signals from Washington");
    expect(result.err).toBe("");
  });
});
