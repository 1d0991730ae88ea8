// Build step: writes the start-up snapshot bin/newsread starts Node from (see ../snapshot.ts).
// A snapshot only loads in the Node binary that wrote it, and with the V8 flags it was written
// with (any other Node stops with an error), so beside it go, for the launcher to check and use:
// - dist/snapshot/node: the binary's path and the flags, one a line;
// - dist/snapshot/node-stamp: a file with the binary's modification time, which tells the launcher
//   when the binary at that path was replaced (an upgrade or a downgrade: package managers give
//   files their package's time, which may be older than the snapshot).
// Without a snapshot newsread still runs, only slower to start: a failure here is a warning, not a
// failed build.
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { packageRoot } from "../paths.js";

const folder = path.join(packageRoot(), "dist", "snapshot");
const blob = path.join(folder, "newsread.blob");
const nodeFile = path.join(folder, "node");
const stampFile = path.join(folder, "node-stamp");

/**
 * A young generation of two 2 MB halves at most (V8 grows it to 32 MB): a run's survivors end up
 * in the old generation anyway, so the larger young generation is only peak memory (a third of it
 * for a 10 MB article) at no measurable gain in speed. Starting at full size instead
 * (--min-semi-space-size) would spare a 10,000-article listing a few collections but cost every
 * run 4 ms of start-up; --no-rehash-snapshot would save a tenth of Node's start-up but keep the
 * hash seed of Node's own built-in snapshot, the same in every copy of this Node (a known seed
 * lets a crafted article make hash tables slow).
 *
 * Code runs twice as long as V8's default before it is sent to the optimising compiler. A process
 * waits at exit for the compiles it started, and styling one article made its wrapping loop hot
 * just in time to start a 20 ms compile whose result it never used: `show --format ansi` took
 * 115 ms instead of 91 (x node -e 0: 2.80 instead of 2.22), and a search with a few hits 99
 * instead of 90. Four times as long gained no more and slowed a 10,000-article listing by 8 %;
 * twice as long leaves it as it was.
 */
const V8_FLAGS = ["--max-semi-space-size=2", "--interrupt-budget=135168"];
for (const file of [blob, nodeFile, stampFile]) rmSync(file, { force: true });

// --no-warnings: Node warns that it has not verified every built-in module it is asked to load
// while building a snapshot (child_process, tty); the warm-up only loads them, it never uses them.
const result = spawnSync(process.execPath, [...V8_FLAGS, "--no-warnings", "--snapshot-blob", blob, "--build-snapshot", path.join(folder, "entry.cjs")], {
  cwd: folder,
  env: { PATH: process.env.PATH ?? "" },
  encoding: "utf8",
});
// touch copies the time to the nanosecond, as the launcher's test compares it.
const stamped = result.status === 0 && writeStamp();
if (stamped) {
  writeFileSync(nodeFile, `${process.execPath}\n${V8_FLAGS.join(" ")}\n`);
} else {
  for (const file of [blob, stampFile]) rmSync(file, { force: true });
  const failure = result.status === 0 ? "could not copy the Node binary's time with touch -r" : result.stderr || result.error?.message || `exit ${String(result.status)}`;
  const reason = failure.trim().split("\n").slice(0, 5).join("\n  ");
  process.stderr.write(`newsread build: warning: no start-up snapshot (newsread will start slower):\n  ${reason}\n`);
}

function writeStamp(): boolean {
  writeFileSync(stampFile, "");
  return spawnSync("touch", ["-r", process.execPath, stampFile]).status === 0;
}
