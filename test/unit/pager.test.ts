import { EventEmitter } from "node:events";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main, type CliProcess } from "../../src/cli.js";
import { pagerCommand, shouldPage, splitCommand, type PagingMode } from "../../src/pager.js";
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
    ["auto", true, 24, 24, "xterm-256color", false],
    ["auto", true, 30, undefined, undefined, true],
    ["auto", false, 1000, 24, "xterm", false],
    ["auto", true, 1000, 24, "dumb", false],
    ["always", true, 1, 24, "xterm", true],
    ["always", true, 1, 24, "dumb", true],
    ["always", false, 1, 24, "xterm", false],
    ["never", true, 1000, 24, "xterm", false],
  ];
  it.each(cases)("--paging %s, tty=%s, %i lines on %s rows, TERM=%s -> %s", (mode, tty, lines, rows, term, expected) => {
    expect(shouldPage(mode, tty, lines, rows, term)).toBe(expected);
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
async function runOnTerminal(args: string[], rows: number, env: Record<string, string> = {}) {
  const record = path.join(mkdtempSync(path.join(tmpdir(), "newsread-pager-")), "record.json");
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 80, rows });
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
