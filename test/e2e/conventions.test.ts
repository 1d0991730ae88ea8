import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv, ROOT, run } from "./run.js";

const has = (tool: string): boolean => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;

/** A library holding one article of its own (beside the bundled one), and a folder to complete file names in, holding "my story.txt". */
function libraryWithOneArticle(): { env: Record<string, string>; folder: string } {
  const env = cleanEnv();
  const folder = mkdtempSync(path.join(tmpdir(), "newsread-completion-"));
  writeFileSync(path.join(folder, "my story.txt"), "Budget Talks Stall\n\nThe senate stalled on the budget on Tuesday.\n");
  expect(run(["add", "my story.txt"], { env, cwd: folder }).code).toBe(0);
  return { env, folder };
}

describe("completion", () => {
  it.each([["bash"], ["zsh"], ["fish"]])("%s: a script naming every command", (shell) => {
    const result = run(["completion", shell]);
    expect(result.code).toBe(0);
    for (const command of ["show", "quotes", "list", "add", "rm", "search", "completion", "help"]) expect(result.stdout).toContain(command);
    expect(result.stdout).toContain("newsread list --ids");
  });

  it("bash: completes commands, options, option values, stored ids, rm's library ids and files", () => {
    const { env, folder } = libraryWithOneArticle();
    const script = `
      source <("${BIN}" completion bash)
      newsread() { "${BIN}" "$@"; }
      try() { COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]}-1)); COMPREPLY=(); _newsread; printf '[%s]' "\${COMPREPLY[@]}"; echo; }
      try newsread sh
      try newsread show --fo
      try newsread show --format ""
      try newsread quotes putin
      try newsread completion z
      try newsread rm ""
      try newsread add my
      try newsread he
      try newsread help r`;
    const result = spawnSync("bash", ["-c", script], { encoding: "utf8", cwd: folder, env });
    expect(result.stdout.split("\n").slice(0, 9)).toEqual([
      "[show]",
      "[--format]",
      "[ansi][text][markdown][json]",
      "[putin-trump-call]",
      "[zsh]",
      "[budget-talks-stall]",
      "[my story.txt]",
      "[help]",
      "[rm]",
    ]);
  });

  it.skipIf(!has("zsh"))("zsh: the script is valid zsh", () => {
    const result = spawnSync("zsh", ["-n"], { input: run(["completion", "zsh"]).stdout, encoding: "utf8" });
    expect(result.status).toBe(0);
  });

  it.skipIf(!has("fish"))("fish: completes option values, stored ids, rm's library ids, files and help's commands", () => {
    const { env, folder } = libraryWithOneArticle();
    const script = `${run(["completion", "fish"]).stdout}
      function newsread; "${BIN}" $argv; end
      for line in "newsread show --format " "newsread show putin" "newsread rm " "newsread add my" "newsread help r"
        echo "== $line"
        complete -C "$line"
      end`;
    const result = spawnSync("fish", ["--no-config", "-c", script], { encoding: "utf8", cwd: folder, env });
    const candidates = new Map<string, string[]>();
    let current: string[] = [];
    for (const line of result.stdout.split("\n").filter(Boolean)) {
      if (line.startsWith("== ")) candidates.set(line.slice(3), (current = []));
      else current.push(line.split("\t")[0] ?? "");
    }
    expect(candidates.get("newsread show --format ")).toEqual(expect.arrayContaining(["ansi", "text", "markdown", "json"]));
    expect(candidates.get("newsread show putin")).toEqual(["putin-trump-call"]);
    expect(candidates.get("newsread rm ")).toEqual(["budget-talks-stall"]);
    expect(candidates.get("newsread add my")).toEqual(["my story.txt"]);
    expect(candidates.get("newsread help r")).toEqual(["rm"]);
  });

  it("list --ids prints only ids", () => {
    expect(run(["list", "--ids"]).stdout).toBe("putin-trump-call\n");
  });
});

describe("man page", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { man: string };
  const page = readFileSync(path.join(ROOT, pkg.man), "utf8");

  it("is built from the command definitions and named in package.json", () => {
    expect(page).toMatch(/^\.TH NEWSREAD 1 /);
    for (const section of ["NAME", "SYNOPSIS", "COMMANDS", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES"]) expect(page).toContain(`.SH ${section}`);
    for (const option of ["\\-\\-format", "\\-\\-summary", "\\-\\-paging", "\\-\\-theme", "\\-\\-ids"]) expect(page).toContain(option);
    expect(page).toContain(".B NEWSREAD_PAGER");
  });

  it.skipIf(!has("man"))("renders with man", () => {
    const result = spawnSync("man", ["-l", path.join(ROOT, pkg.man)], { encoding: "utf8", env: { ...process.env, MANPAGER: "cat", MANWIDTH: "80" } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("EXIT STATUS");
  });
});

describe("misspelled commands", () => {
  it("suggests the command meant, in one line", () => {
    const result = run(["quotse"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("newsread: unknown command 'quotse' (Did you mean quotes?)\n");
  });

  it("says the same when help is asked for a command that does not exist", () => {
    expect(run(["help", "quotse"])).toEqual({ stdout: "", stderr: "newsread: unknown command 'quotse' (Did you mean quotes?)\n", code: 2 });
    expect(run(["help", "nosuch"])).toEqual({ stdout: "", stderr: "newsread: unknown command 'nosuch'\n", code: 2 });
    // More words after the command are refused, as every other command refuses them.
    expect(run(["help", "show", "extra"])).toEqual({ stdout: "", stderr: "newsread: too many arguments for 'help': it takes one command, e.g. 'newsread help show'\n", code: 2 });
  });

  it("gives the program's help, which lists help itself, for help help", () => {
    const result = run(["help", "help"]);
    expect(result).toMatchObject({ stderr: "", code: 0 });
    expect(result.stdout).toContain("help [command]");
    expect(result.stdout).toBe(run(["--help"]).stdout);
  });
});
