import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { defineProgramAhead, main, type CliProcess } from "../../src/cli.js";

/** main() with a fake process: the CLI is tested without spawning. */
async function runMain(
  args: string[],
  options: { stdinIsTTY?: boolean; stdoutIsTTY?: boolean; columns?: number; stderrIsTTY?: boolean; stderrColumns?: number; env?: Record<string, string> } = {},
) {
  const stdout = Object.assign(new PassThrough(), { isTTY: options.stdoutIsTTY ?? false, columns: options.columns });
  const stderr = Object.assign(new PassThrough(), { isTTY: options.stderrIsTTY ?? false, columns: options.stderrColumns });
  const stdin = Object.assign(new PassThrough(), { isTTY: options.stdinIsTTY ?? false });
  stdin.end();
  const chunks: { out: string[]; err: string[] } = { out: [], err: [] };
  stdout.on("data", (d: Buffer) => chunks.out.push(d.toString()));
  stderr.on("data", (d: Buffer) => chunks.err.push(d.toString()));
  const proc: CliProcess = { argv: ["node", "newsread", ...args], env: { NEWSREAD_HOME: "/nonexistent", NEWSREAD_PAGER: "", ...options.env }, stdin, stdout, stderr };
  await main(proc);
  return { stdout: chunks.out.join(""), stderr: chunks.err.join(""), exitCode: proc.exitCode ?? 0 };
}

describe("main", () => {
  it("refuses '-' when standard input is a terminal, saying how to use it", async () => {
    const result = await runMain(["show", "-"], { stdinIsTTY: true });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^newsread: '-' reads an article from standard input, which is a terminal/);
  });

  it.each([
    [["search", "trump", "-clinton"], "newsread: unknown option '-clinton' (to leave out the articles that have a word, give it after --: newsread search -- WORDS -clinton)\n"],
    [["search", "trump", "--clinton"], "newsread: unknown option '--clinton'\n"],
    [["list", "-clinton"], "newsread: unknown option '-clinton'\n"],
  ])("says where a search's word to leave out goes, when it was read as an option: %j", async (args, stderr) => {
    expect(await runMain(args)).toEqual({ stdout: "", stderr, exitCode: 2 });
  });

  it("styles and wraps to the terminal when stdout is one, capped at the reading width", async () => {
    const result = await runMain(["show"], { stdoutIsTTY: true, columns: 200 });
    expect(result.stdout).toContain("\u001b[");
    const widths = result.stdout.replace(/\u001b\[[0-9;]*m/g, "").split("\n").map((l) => l.length);
    expect(Math.max(...widths)).toBeLessThanOrEqual(80);
  });

  it("honours NO_COLOR on a terminal but keeps the reading layout", async () => {
    const result = await runMain(["show"], { stdoutIsTTY: true, columns: 100, env: { NO_COLOR: "1" } });
    expect(result.stdout).not.toContain("\u001b");
    expect(result.stdout).toContain("  ▎ “");
  });

  it("lists as an aligned table on a terminal", async () => {
    const result = await runMain(["list"], { stdoutIsTTY: true, columns: 60 });
    const [header, row] = result.stdout.split("\n");
    expect(header).toMatch(/^#\s+ID\s+ADDED\s+WORDS\s+QUOTES\s+HEADLINE$/);
    expect(row).toMatch(/^1\s+putin-trump-call\s+bundled\s+\d+\s+\d+\s+\S/);
    expect(row?.length).toBeLessThanOrEqual(60);
  });

  it.each([30, 40, 80])("draws add's progress bar within a %i-column terminal, so that redrawing it never leaves copies behind", async (columns) => {
    const files = mkdtempSync(path.join(tmpdir(), "newsread-progress-"));
    const names = Array.from({ length: 12 }, (_, i) => {
      const file = path.join(files, `story-${i}.txt`);
      writeFileSync(file, `Story number ${i} about the budget\n\nThe council met on day ${i} and agreed the budget.\n`);
      return file;
    });
    const result = await runMain(["add", ...names], { stdoutIsTTY: true, stderrIsTTY: true, stderrColumns: columns, env: { NEWSREAD_HOME: path.join(files, "library") } });
    expect(result.exitCode).toBe(0);
    const drawn = result.stderr.split("\r\u001b[K").filter(Boolean);
    expect(drawn.length).toBeGreaterThan(1);
    for (const line of drawn) expect(line.length).toBeLessThan(columns);
    expect(result.stdout).toBe("Added 12 articles\n");
  });

  it.each([100, 200])("lists as a table as wide as a %i-column terminal, so ids and headlines are not cut at 80", async (columns) => {
    const library = mkdtempSync(path.join(tmpdir(), "newsread-wide-list-"));
    const id = "stealth-over-health-the-senator-who-says-she-is-better-than-ever";
    const headline = "Stealth over health: the senator who says she is better than ever";
    writeFileSync(path.join(library, `${id}.txt`), `${headline}\n\nThe senator said so on Monday.\n`);
    const result = await runMain(["list"], { stdoutIsTTY: true, columns, env: { NEWSREAD_HOME: library } });
    const lines = result.stdout.trimEnd().split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeGreaterThan(80);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
    // At 200 columns nothing needs cutting; at 100 the id is cut to leave the headline its 24 columns.
    if (columns === 200) expect(lines[1]).toMatch(new RegExp(`^2  ${id}  .*  ${headline}$`));
  });

  it("reports an internal error in one line without a stack trace", async () => {
    const result = await runMain(["show", "--width", "30", "--format", "text", "--", "/dev/null/x"]);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(result.stderr).not.toContain("    at ");
  });

  it.each([
    [["--version"]],
    [["show", "--format", "text", "--width", "50"]],
    [["list", "--sort", "headline"]],
    [["show", "--format", "yaml"]],
    [["help", "search"]],
  ])("runs a program defined ahead (as the start-up snapshot holds it) exactly as one defined for the run: %j", async (args) => {
    const fresh = await runMain(args);
    defineProgramAhead();
    const ahead = await runMain(args);
    expect(ahead).toEqual(fresh);
    expect(ahead.stdout + ahead.stderr).not.toBe("");
    // Used once: the next run defines its own, with nothing left from the last one's options.
    expect(await runMain(args)).toEqual(fresh);
  });
});
