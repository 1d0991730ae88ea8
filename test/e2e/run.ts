import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The command npm installs: a launcher that starts Node from the start-up snapshot (bin/newsread.js without one). */
export const BIN = path.join(ROOT, "bin", "newsread");
export const SEED = path.join(ROOT, "seeds", "putin-trump-call.txt");

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** A clean environment: none of the developer's colour, pager or library settings leak into a test. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const home = mkdtempSync(path.join(tmpdir(), "newsread-home-"));
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, NEWSREAD_HOME: path.join(home, "library"), ...extra };
}

/** Spawn the real bin/newsread, stdout and stdin as pipes (not a terminal). */
export function run(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): RunResult {
  const result = spawnSync(BIN, args, {
    input: options.input ?? "",
    env: options.env ?? cleanEnv(),
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

export const ESC = "\u001b";
