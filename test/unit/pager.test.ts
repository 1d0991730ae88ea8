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
  const cases: [PagingMode, boolean, number, number | undefined, boolean][] = [
    ["auto", true, 30, 24, true],
    ["auto", true, 24, 24, false],
    ["auto", true, 30, undefined, true],
    ["auto", false, 1000, 24, false],
    ["always", true, 1, 24, true],
    ["always", false, 1, 24, false],
    ["never", true, 1000, 24, false],
  ];
  it.each(cases)("--paging %s, tty=%s, %i lines on %s rows -> %s", (mode, tty, lines, rows, expected) => {
    expect(shouldPage(mode, tty, lines, rows)).toBe(expected);
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
  const paged = existsSync(record) ? (JSON.parse(readFileSync(record, "utf8")) as { args: string[]; input: string; lesscharset: string | null }) : undefined;
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

  it("does not page when an empty NEWSREAD_PAGER turns paging off", async () => {
    const result = await runOnTerminal(["show"], 10, { NEWSREAD_PAGER: "", PAGER: "false" });
    expect(result.out).toContain("Mixed signals from Washington");
    expect(result.err).toBe("");
  });
});
