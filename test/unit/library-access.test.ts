import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { main, type CliProcess } from "../../src/cli.js";

// Root may read any folder, so a library folder the system will not let newsread read cannot be
// made for real where tests run as root; here the file system answers as it does for other users:
// `stat` of a folder under one without search permission, `readdir` of a folder without read
// permission.
const denied = vi.hoisted(() => ({ stat: new Map<string, string>(), readdir: new Map<string, string>() }));
vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  const failing =
    <F extends (...args: never[]) => unknown>(failures: Map<string, string>, original: F) =>
    (...args: Parameters<F>): ReturnType<F> => {
      const code = failures.get(String(args[0]));
      if (code) throw Object.assign(new Error(`${code}: simulated, ${String(args[0])}`), { code });
      return original(...args) as ReturnType<F>;
    };
  return { ...actual, statSync: failing(denied.stat, actual.statSync), readdirSync: failing(denied.readdir, actual.readdirSync) };
});

async function runMain(args: string[], library: string) {
  const stdout = Object.assign(new PassThrough(), { isTTY: false });
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  stdin.end("An article to add. It has words.\n"); // for `add -`, which reads its article before it opens the library
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => (out += d.toString()));
  stderr.on("data", (d: Buffer) => (err += d.toString()));
  const proc: CliProcess = { argv: ["node", "newsread", ...args], env: { NEWSREAD_HOME: library, NEWSREAD_PAGER: "" }, stdin, stdout, stderr };
  await main(proc);
  return { out, err, exitCode: proc.exitCode ?? 0 };
}

describe("a library folder the system will not let newsread read", () => {
  const commands = [["list"], ["list", "--json"], ["show"], ["show", "1"], ["search", "trump"], ["rm", "an-id"], ["add", "-"]].map((args) => [args.join(" "), args] as const);

  it.each(commands)("%s: one line naming it, exit 7 (not an internal error)", async (_, args) => {
    denied.stat.set("/denied/library", "EACCES");
    const result = await runMain([...args], "/denied/library");
    expect(result.out).toBe("");
    expect(result.err).toBe("newsread: /denied/library: cannot read: permission denied (EACCES)\n");
    expect(result.exitCode).toBe(7);
  });

  it.each(commands)("%s, when the folder is there but cannot be listed", async (_, args) => {
    // A folder that is there (stat answers) but cannot be read: readdir is refused.
    const library = (await import("node:fs")).mkdtempSync(path.join(tmpdir(), "newsread-unlistable-"));
    denied.readdir.set(library, "EPERM");
    const result = await runMain([...args], library);
    expect(result.out).toBe("");
    expect(result.err).toBe(`newsread: ${library}: cannot read: operation not permitted (EPERM)\n`);
    expect(result.exitCode).toBe(7);
  });
});
