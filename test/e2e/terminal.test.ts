import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import stringWidth from "string-width";
import { afterEach, describe, expect, it } from "vitest";
import { BIN } from "./run.js";

// newsread in a real terminal: tmux runs it at a given size, we type, then read the screen back.
const hasTmux = spawnSync("sh", ["-c", "command -v tmux"]).status === 0;
const PROMPT = "READY> ";
const PROMPT_SEEN = PROMPT.trimEnd(); // tmux drops trailing spaces
const sessions: string[] = [];

function tmux(...args: string[]): string {
  return execFileSync("tmux", args, { encoding: "utf8" });
}

/** The environment of a test's shell and of the newsread it runs (PATH with bin/ first, for completion scripts, which run `newsread`). */
function terminalEnv(home: string): Record<string, string> {
  return { PATH: `${path.dirname(BIN)}:${process.env.PATH ?? "/usr/bin:/bin"}`, HOME: home, NEWSREAD_HOME: `${home}/library`, TERM: "xterm-256color", LANG: "C.UTF-8", PS1: PROMPT };
}

function startTerminal(columns: number, rows: number, options: { home?: string; cwd?: string } = {}): string {
  const name = `newsread-test-${process.pid}-${sessions.length}`;
  const home = options.home ?? mkdtempSync(path.join(tmpdir(), "newsread-tmux-"));
  const env = Object.entries(terminalEnv(home)).map(([key, value]) => `${key}=${value}`);
  const cwd = options.cwd ? ["-c", options.cwd] : [];
  tmux("new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows), ...cwd, "env", "-i", ...env, "bash", "--norc", "--noprofile");
  sessions.push(name);
  return name;
}

function screen(name: string, withEscapes = false): string {
  return tmux("capture-pane", "-p", ...(withEscapes ? ["-e"] : []), "-t", name);
}

async function waitFor(name: string, condition: (text: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = screen(name);
    if (condition(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const lastLine = (text: string): string => text.trimEnd().split("\n").pop() ?? "";
const type = (name: string, command: string): void => void tmux("send-keys", "-t", name, "-l", command);
const enter = (name: string): void => void tmux("send-keys", "-t", name, "Enter");

afterEach(() => {
  for (const name of sessions.splice(0)) spawnSync("tmux", ["kill-session", "-t", name]);
});

describe.skipIf(!hasTmux)("in a real terminal (tmux)", () => {
  it.each([
    [80, 24],
    [120, 40],
  ])("at %ix%i a long article is paged, styled, fits the width, and q quits", async (columns, rows) => {
    const term = startTerminal(columns, rows);
    await waitFor(term, (s) => s.includes(PROMPT_SEEN), "the shell");
    type(term, `${BIN} show`);
    enter(term);
    const paged = await waitFor(term, (s) => lastLine(s).startsWith(":"), "the pager's prompt");
    expect(paged).not.toContain(PROMPT_SEEN);
    expect(paged).toContain("words · ");
    const lines = paged.split("\n");
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(Math.min(columns, 80));
    expect(screen(term, true)).toMatch(/\u001b\[[0-9;]*m/);
    tmux("send-keys", "-t", term, "q");
    await waitFor(term, (s) => lastLine(s) === PROMPT_SEEN, "the shell after q");
  });

  it("Ctrl-C in the pager quits it and returns to the shell", async () => {
    const term = startTerminal(80, 24);
    await waitFor(term, (s) => s.includes(PROMPT_SEEN), "the shell");
    type(term, `${BIN} show`);
    enter(term);
    await waitFor(term, (s) => lastLine(s).startsWith(":"), "the pager's prompt");
    tmux("send-keys", "-t", term, "C-c");
    await waitFor(term, (s) => lastLine(s) === PROMPT_SEEN, "the shell after Ctrl-C");
  });

  it("says how to use '-' when standard input is the terminal, instead of waiting", async () => {
    const term = startTerminal(100, 10);
    await waitFor(term, (s) => s.includes(PROMPT_SEEN), "the shell");
    type(term, `${BIN} show -; echo "exit=$?"`);
    enter(term);
    const text = await waitFor(term, (s) => /^exit=\d/m.test(s), "newsread to exit");
    expect(text.replace(/\n/g, "")).toContain("newsread: '-' reads an article from standard input, which is a terminal");
    expect(text).toContain("exit=2");
  });

  it("prints output that fits on one screen without a pager", async () => {
    const term = startTerminal(120, 40);
    await waitFor(term, (s) => s.includes(PROMPT_SEEN), "the shell");
    type(term, `${BIN} list`);
    enter(term);
    const text = await waitFor(term, (s) => s.split(PROMPT_SEEN).length > 2, "the prompt after the output");
    expect(text).toMatch(/#\s+ID\s+ADDED\s+WORDS\s+QUOTES\s+HEADLINE/);
    expect(text).toContain("putin-trump-call");
  });

  it.each([
    [60, "show"],
    [60, "help"],
    [40, "list"],
  ])("at %i columns wraps the help of %s itself: no description is split by the screen's edge", async (columns, command) => {
    const term = startTerminal(columns, 100);
    await waitFor(term, (s) => s.includes(PROMPT_SEEN), "the shell");
    type(term, `clear; ${BIN} ${command === "help" ? "--help" : `${command} --help`}`);
    enter(term);
    const text = await waitFor(term, (s) => s.includes("Examples:") && s.split(PROMPT_SEEN).length > 1 && lastLine(s) === PROMPT_SEEN, "the prompt after the help");
    // Options and commands are indented, and so are their descriptions: a row that starts at the
    // screen's edge among them is a description the terminal had to wrap.
    const items = text
      .split(/^(?:Arguments|Options|Commands):\n/m)
      .slice(1)
      .map((section) => section.split("\n\n")[0] ?? "")
      .join("\n");
    expect(items.split("\n").filter((row) => /^\S/.test(row))).toEqual([]);
    expect(items).toMatch(/^ {2}-h, --help/m);
  });

  it("colours a short styled summary and wraps it to a narrow terminal", async () => {
    const term = startTerminal(50, 60);
    await waitFor(term, (s) => s.includes(PROMPT_SEEN), "the shell");
    type(term, `${BIN} show --summary`);
    enter(term);
    const text = await waitFor(term, (s) => s.split(PROMPT_SEEN).length > 2, "the prompt after the output");
    expect(text).toContain("Key quotes");
    expect(Math.max(...text.split("\n").map((l) => stringWidth(l)))).toBeLessThanOrEqual(50);
    expect(screen(term, true)).toMatch(/\u001b\[[0-9;]*m/);
  });

  it("completes at Tab with the bash script: rm the library's ids only, a file name with a space as one word, help", async () => {
    const home = mkdtempSync(path.join(tmpdir(), "newsread-tmux-"));
    const folder = mkdtempSync(path.join(tmpdir(), "newsread-files-"));
    writeFileSync(path.join(folder, "my story.txt"), "Budget Talks Stall\n\nThe senate stalled on the budget on Tuesday.\n");
    execFileSync(BIN, ["add", "my story.txt"], { cwd: folder, env: terminalEnv(home), stdio: "ignore" });
    const term = startTerminal(100, 20, { home, cwd: folder });
    await waitFor(term, (s) => s.includes(PROMPT_SEEN), "the shell");
    type(term, "source <(newsread completion bash); clear");
    enter(term);
    await waitFor(term, (s) => lastLine(s) === PROMPT_SEEN, "the shell after sourcing the script");
    // One candidate each, so a single Tab writes it in: rm's would be two if it offered the bundled article.
    for (const [typed, completed] of [
      ["newsread rm ", "newsread rm budget-talks-stall"],
      ["newsread show my", "newsread show my\\ story.txt"],
      ["newsread add \"my s", 'newsread add "my story.txt"'],
      ["newsread he", "newsread help"],
    ] as const) {
      type(term, typed);
      tmux("send-keys", "-t", term, "Tab");
      await waitFor(term, (s) => lastLine(s) === `${PROMPT}${completed}`, `'${typed}' to complete to '${completed}'`);
      tmux("send-keys", "-t", term, "C-u");
    }
  });
});
