import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { completionScript, describeCommands } from "../../src/completion.js";
import { defineProgram, inertTarget } from "../../src/program.js";

const program = defineProgram("0.0.0", inertTarget());
const has = (tool: string): boolean => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const COMMANDS = ["show", "quotes", "list", "add", "rm", "search", "completion", "help"];

/**
 * A stand-in for the program the scripts ask for ids: a library with names that a shell would split,
 * expand or glob (ids are file names, and anyone can name a file), and one bundled article.
 */
const STUB_LIBRARY = String.raw`
newsread() {
  if [[ $* == "list --ids" ]]; then
    printf '%s\n' 'my draft' 'evil-$(touch pwned)' '*' putin-trump-call
  elif [[ $* == list ]]; then
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' \
      4 'my draft' Spaced 2 0 2026-01-04T00:00:00Z \
      3 'evil-$(touch pwned)' Evil 2 0 2026-01-03T00:00:00Z \
      2 '*' Star 2 0 2026-01-02T00:00:00Z \
      1 putin-trump-call 'A call' 340 4 bundled
  fi
}`;

/** Runs the generated bash script's _newsread on each command line (its last word is the one completed): the candidates, a list each. */
function bashCandidates(lines: readonly (readonly string[])[], cwd: string): string[][] {
  const calls = lines.map((words) => `try ${words.map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(" ")}`).join("\n");
  const script = `${completionScript(program, "bash")}
${STUB_LIBRARY}
try() { COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]}-1)); COMPREPLY=(); _newsread; printf '%s\\n' "\${COMPREPLY[@]}" | sort; echo '--'; }
${calls}`;
  // LC_ALL=C: sort in code-point order, as the expected lists are.
  const result = spawnSync("bash", ["--norc", "--noprofile", "-c", script], { cwd, encoding: "utf8", env: { ...process.env, LC_ALL: "C" } });
  expect(result.stderr).toBe("");
  return result.stdout.split("--\n").slice(0, lines.length).map((block) => block.split("\n").filter(Boolean));
}

/** A folder to complete file names in. */
function folderWithFiles(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "newsread-completion-"));
  for (const name of ["my story.txt", "story.txt", "notes.md"]) writeFileSync(path.join(dir, name), "Headline\n\nText.\n");
  return dir;
}

describe("completion: what each command's arguments complete to", () => {
  it("lists every command --help lists, help included", () => {
    expect(describeCommands(program).map((c) => c.name)).toEqual(COMMANDS);
  });

  it("articles for show and quotes, files for add, the library's ids for rm, commands for help", () => {
    const kinds = Object.fromEntries(describeCommands(program).map((c) => [c.name, c.argument.kind]));
    expect(kinds).toEqual({ show: "articles", quotes: "articles", list: "words", add: "files", rm: "library-ids", search: "words", completion: "words", help: "commands" });
  });

  it("gives help no -h of its own (commander's help command has none)", () => {
    expect(describeCommands(program).find((c) => c.name === "help")?.options).toEqual([]);
  });
});

describe("completion scripts' content", () => {
  it("names every command, help too, as a first word", () => {
    expect(completionScript(program, "bash")).toContain(`compgen -W "${COMMANDS.join(" ")} --help --version"`);
    const zsh = completionScript(program, "zsh");
    const fish = completionScript(program, "fish");
    for (const command of COMMANDS) {
      expect(zsh).toContain(`    '${command}:`);
      expect(fish).toContain(`complete -c newsread -n __fish_use_subcommand -a ${command} -d `);
    }
  });

  it("bash: never puts names through compgen -W or an unquoted $(...), which split and expand them", () => {
    const script = completionScript(program, "bash");
    expect(script).not.toContain('compgen -W "$(');
    expect(script).not.toMatch(/\(\$\(compgen -f/);
  });

  it("asks for rm's ids from the piped listing, leaving out the bundled ones", () => {
    for (const shell of ["bash", "zsh", "fish"] as const) {
      expect(completionScript(program, shell)).toContain(`newsread list 2>/dev/null | awk -F'\\t' '$6 != "bundled" { print $2 }'`);
    }
  });

  it("zsh: rm completes the library's ids, add files, help commands", () => {
    const script = completionScript(program, "zsh");
    /** A command's branch: its name to the ;; that ends it. */
    const branch = (name: string): string => script.slice(script.indexOf(` ${name}) _arguments`)).split(";;")[0] ?? "";
    expect(branch("rm")).toMatch(/'\*:article in your library:_newsread_library_ids' $/);
    expect(branch("add")).toMatch(/'\*:file:_files' $/);
    expect(branch("help")).toBe(" help) _arguments -s '1:command:_newsread_commands' ");
    expect(script).toContain("'help:show help for a command'");
  });

  it("fish: rm completes the library's ids, add files, help commands", () => {
    const script = completionScript(program, "fish");
    expect(script).toContain("complete -c newsread -n '__fish_seen_subcommand_from rm' -a '(__newsread_library_ids)'");
    expect(script).toContain("complete -c newsread -n '__fish_seen_subcommand_from add' -F");
    expect(script).toContain("complete -c newsread -n __fish_use_subcommand -a help -d 'show help for a command'");
    expect(script).toMatch(/-n '__fish_seen_subcommand_from help; and not __fish_seen_subcommand_from show .*' -a rm /);
  });
});

describe.skipIf(!has("bash"))("the bash script, run by bash", () => {
  it("offers rm the library's ids and not the bundled one, each whole, none expanded", () => {
    const cwd = folderWithFiles();
    const [all, prefixed, quoted] = bashCandidates([["newsread", "rm", ""], ["newsread", "rm", "my"], ["newsread", "rm", "'my d"]], cwd);
    expect(all).toEqual(["*", "evil-$(touch pwned)", "my draft"]);
    expect(prefixed).toEqual(["my draft"]);
    expect(quoted).toEqual(["my draft"]);
    expect(existsSync(path.join(cwd, "pwned"))).toBe(false);
  });

  it("offers add the files that match, a name with a space as one word", () => {
    const [all, prefixed, spaced] = bashCandidates([["newsread", "add", ""], ["newsread", "add", "st"], ["newsread", "add", "my"]], folderWithFiles());
    expect(all).toEqual(["my story.txt", "notes.md", "story.txt"]);
    expect(prefixed).toEqual(["story.txt"]);
    expect(spaced).toEqual(["my story.txt"]);
  });

  it("offers show ids and files, a file typed in quotes or with a backslash as one word", () => {
    const lines = [["newsread", "show", "my"], ["newsread", "show", '"my s'], ["newsread", "show", "my\\ s"], ["newsread", "quotes", "e"]];
    expect(bashCandidates(lines, folderWithFiles())).toEqual([["my draft", "my story.txt"], ["my story.txt"], ["my story.txt"], ["evil-$(touch pwned)"]]);
  });

  it("offers help among the commands, and the commands after it", () => {
    const [commands, afterHelp, secondWord] = bashCandidates([["newsread", "he"], ["newsread", "help", ""], ["newsread", "help", "show", ""]], folderWithFiles());
    expect(commands).toEqual(["help"]);
    expect(afterHelp).toEqual([...COMMANDS].sort());
    expect(secondWord).toEqual([]);
  });

  it("leaves the shell's noglob setting as it found it", () => {
    const script = `${completionScript(program, "bash")}\n${STUB_LIBRARY}
COMP_WORDS=(newsread rm ""); COMP_CWORD=2; _newsread; echo "[$-]"; set -f; _newsread; echo "[$-]"`;
    const result = spawnSync("bash", ["--norc", "--noprofile", "-c", script], { encoding: "utf8" });
    const [before, after] = result.stdout.trim().split("\n");
    expect(before).not.toContain("f");
    expect(after).toContain("f");
  });
});
