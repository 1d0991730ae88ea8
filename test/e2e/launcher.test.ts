import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv, ROOT, run, SEED } from "./run.js";

// bin/newsread starts Node from the start-up snapshot the build writes; without a usable one it runs
// bin/newsread.js. Both must be the same program.
const COMMANDS: readonly string[][] = [
  ["show", SEED, "--format", "text"],
  ["show", SEED, "--json"],
  ["show", SEED, "--summary"],
  ["show", SEED, "--format", "markdown"],
  ["show", SEED, "--format", "ansi", "--color", "always", "--width", "60"],
  ["quotes", SEED],
  ["quotes", SEED, "--color", "always"],
  ["list"],
  ["search", "kremlin"],
  ["show", "nowhere.txt"],
  ["show", "--width", "0"],
  ["--help"],
];

const BIN_DIR = path.dirname(BIN);

const snapshotBuilt = (): boolean => {
  try {
    return readFileSync(path.join(ROOT, "dist", "snapshot", "node"), "utf8").trim().length > 0;
  } catch {
    return false;
  }
};

/** A copy of the built package elsewhere: bin, dist and seeds copied, node_modules linked. */
function movedPackage(): string {
  const copy = mkdtempSync(path.join(tmpdir(), "newsread-moved-"));
  for (const entry of ["bin", "dist", "seeds", "package.json"]) cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true, preserveTimestamps: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"));
  // The Node binary's time, to the nanosecond (a copy keeps it only to the microsecond).
  const node = readFileSync(path.join(ROOT, "dist", "snapshot", "node"), "utf8").split("\n")[0] ?? "";
  spawnSync("touch", ["-r", node, path.join(copy, "dist", "snapshot", "node-stamp")]);
  return copy;
}

describe("the launcher", () => {
  /** How the launcher started Node: its last command, as `sh -x` traces it. */
  const startedWith = (env: Record<string, string>, bin = BIN): string => {
    const trace = spawnSync("sh", ["-x", bin, "--version"], { env, encoding: "utf8" }).stderr;
    return trace.split("\n").filter((line) => line.startsWith("+ exec ")).pop() ?? "";
  };

  it("starts Node from the snapshot the build wrote, with the flags it was written with", () => {
    expect(snapshotBuilt()).toBe(true);
    const [node, flags] = readFileSync(path.join(ROOT, "dist", "snapshot", "node"), "utf8").split("\n");
    expect(startedWith(cleanEnv())).toBe(`+ exec ${node} ${flags} --snapshot-blob ${BIN_DIR}/../dist/snapshot/newsread.blob ${BIN_DIR}/../bin/newsread.js --version`);
  });

  it.each([
    ["NEWSREAD_SNAPSHOT=0", { NEWSREAD_SNAPSHOT: "0" }],
    ["NODE_OPTIONS", { NODE_OPTIONS: "--max-old-space-size=512" }],
  ])("starts Node without it when %s is set", (_name, extra) => {
    expect(startedWith(cleanEnv(extra))).toBe(`+ exec node ${BIN_DIR}/../bin/newsread.js --version`);
  });

  it.each(COMMANDS.map((argv) => [argv.join(" ").replace(ROOT, "./"), argv]))("gives the same stdout, stderr and exit code with and without the snapshot: %s", (_name, argv) => {
    const env = cleanEnv();
    const fromSnapshot = run(argv, { env });
    const withoutSnapshot = run(argv, { env: { ...env, NEWSREAD_SNAPSHOT: "0" } });
    expect(fromSnapshot).toEqual(withoutSnapshot);
    expect(fromSnapshot.stdout + fromSnapshot.stderr).not.toBe("");
  });

  it("with NEWSREAD_DEBUG, starts without it and with source maps: traces name the TypeScript sources", () => {
    expect(startedWith(cleanEnv({ NEWSREAD_DEBUG: "1" }))).toBe(`+ exec node --enable-source-maps ${BIN_DIR}/../bin/newsread.js --version`);
    const result = run(["show", "nowhere.txt"], { env: cleanEnv({ NEWSREAD_DEBUG: "1" }) });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^newsread: nowhere\.txt: no such file\n.*Error: nowhere\.txt: no such file\n\s+at .*\/src\/\w+\.ts:\d+:\d+\)/);
    // Asked for, the snapshot stays: its traces point into the script it was built from.
    expect(startedWith(cleanEnv({ NEWSREAD_DEBUG: "1", NEWSREAD_SNAPSHOT: "1" }))).toContain("--snapshot-blob");
    const fromSnapshot = run(["show", "nowhere.txt"], { env: cleanEnv({ NEWSREAD_DEBUG: "1", NEWSREAD_SNAPSHOT: "1" }) });
    expect(fromSnapshot.stderr).toMatch(/\n\s+at .*dist\/snapshot\/entry\.cjs:\d+:\d+\)?\n/);
  });

  it("runs without the snapshot when NODE_OPTIONS is set (V8 flags would not match it)", () => {
    const result = run(["show", SEED, "--format", "text"], { env: cleanEnv({ NODE_OPTIONS: "--max-old-space-size=512" }) });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^A surprise Putin-Trump call/);
    expect(result.stderr).toBe("");
  });

  it("finds the package where it is now, not where the snapshot was built", () => {
    const copy = movedPackage();
    writeFileSync(path.join(copy, "seeds", "zz-moved.txt"), "Moved Package Works\n\nThis article only exists in the moved copy of the package.\n");
    expect(startedWith(cleanEnv(), path.join(copy, "bin", "newsread"))).toContain("--snapshot-blob");
    const result = spawnSync(path.join(copy, "bin", "newsread"), ["list", "--ids"], { env: cleanEnv(), encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout.trimEnd().split("\n").sort()).toEqual(["putin-trump-call", "zz-moved"]);
  });

  it("runs bin/newsread.js when the snapshot was written by another Node, and through a symbolic link", () => {
    const copy = movedPackage();
    writeFileSync(path.join(copy, "dist", "snapshot", "node"), "/nonexistent/node\n");
    const link = path.join(copy, "newsread-link");
    symlinkSync(path.join(copy, "bin", "newsread"), link);
    expect(startedWith(cleanEnv(), link)).not.toContain("--snapshot-blob");
    const result = spawnSync(link, ["show", SEED, "--format", "text"], { env: cleanEnv(), encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(run(["show", SEED, "--format", "text"]).stdout);
  });

  it("runs bin/newsread.js when the Node binary was replaced since the build, even by an older one", () => {
    const copy = movedPackage();
    const launcher = path.join(copy, "bin", "newsread");
    expect(startedWith(cleanEnv(), launcher)).toContain("--snapshot-blob");
    spawnSync("touch", ["-d", "2001-01-01", path.join(copy, "dist", "snapshot", "node-stamp")]);
    expect(startedWith(cleanEnv(), launcher)).toMatch(/^\+ exec node .*newsread\.js --version$/);
    spawnSync("touch", [path.join(copy, "dist", "snapshot", "node-stamp")]);
    expect(startedWith(cleanEnv(), launcher)).toMatch(/^\+ exec node .*newsread\.js --version$/);
    expect(spawnSync(launcher, ["--version"], { env: cleanEnv(), encoding: "utf8" }).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("says to build first, in one line, in a checkout that was never built", () => {
    const bare = mkdtempSync(path.join(tmpdir(), "newsread-unbuilt-"));
    cpSync(path.join(ROOT, "bin"), path.join(bare, "bin"), { recursive: true });
    const result = spawnSync(path.join(bare, "bin", "newsread"), ["--version"], { env: cleanEnv(), encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("newsread: not built yet: run 'npm install' (or 'npm run build') in its folder\n");
  });

  it("is the command package.json installs", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(path.join(ROOT, pkg.bin.newsread ?? "")).toBe(BIN);
  });
});
