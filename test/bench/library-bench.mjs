// `npm run bench`, part 4 (run by bench.mjs, or alone): the article library at scale. Generated
// libraries (variations of the seed, see library.mjs) of 10,000 and 100,000 articles; whole-process
// medians of list and search beside `node -e 0` measured in the same rounds; the one-time index build;
// and `add` of 1,000 files in one command. BENCH_LIBRARY_SIZES=10000,100000 and BENCH_RUNS (default 15).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rareWord, writeLibrary } from "./library.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = path.join(ROOT, "bin", "newsread"); // the installed command: the snapshot launcher
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SIZES = (process.env.BENCH_LIBRARY_SIZES ?? "10000,100000").split(",").map(Number);
const node = process.execPath;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeOnce(argv, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { env, stdio: ["ignore", "ignore", "pipe"], timeout: 3_600_000, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${argv.join(" ")}: exit ${result.status} ${String(result.stderr).trim()}`);
  return ms;
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ")).join("\n");
}

console.log(`\nthe article library (${RUNS} runs per command after a warm-up; whole processes, output to a pipe)`);
const work = mkdtempSync(path.join(tmpdir(), "newsread-library-bench-"));
const summary = [["articles", "command", "median ms", "x node -e 0"]];
for (const size of SIZES) {
  const library = path.join(work, `library-${size}`);
  const env = { PATH: process.env.PATH, HOME: work, NEWSREAD_HOME: library };
  const newsread = (...args) => [BIN, ...args];
  let start = performance.now();
  writeLibrary(library, size);
  const writeS = (performance.now() - start) / 1000;
  const buildMs = timeOnce(newsread("list", "--limit", "1"), env); // the first run indexes every file
  console.log(`${size} articles: files written in ${writeS.toFixed(1)} s; first run (builds the index from the files) ${(buildMs / 1000).toFixed(1)} s`);

  const commands = [
    ["node -e 0 (baseline)", [node, "-e", "0"]],
    ["--version (CLI start-up alone)", newsread("--version")],
    ["list (all, tsv)", newsread("list")],
    ["list --limit 20", newsread("list", "--limit", "20")],
    ["list --json", newsread("list", "--json")],
    ["search sanctions kyiv", newsread("search", "sanctions", "kyiv")],
    [`search ${rareWord(42)} (rare word)`, newsread("search", rareWord(42))],
    ["search --speaker Merz", newsread("search", "--speaker", "Merz")],
    ["show 5000 --format text", newsread("show", "5000", "--format", "text")],
  ];
  const times = new Map(commands.map(([name]) => [name, []]));
  for (const [, argv] of commands) timeOnce(argv, env);
  for (let round = 0; round < RUNS; round++) for (const [name, argv] of commands) times.get(name).push(timeOnce(argv, env));
  const baseline = median(times.get("node -e 0 (baseline)"));
  for (const [name, xs] of times) summary.push([size, name, median(xs).toFixed(1), (median(xs) / baseline).toFixed(2)]);

  // add: 1,000 new files in one command, into this library.
  const incoming = path.join(work, `incoming-${size}`);
  mkdirSync(incoming);
  writeLibrary(incoming, 1000, size);
  const files = Array.from({ length: 1000 }, (_, i) => path.join(incoming, `article-${String(size + i + 1).padStart(6, "0")}.txt`));
  start = performance.now();
  timeOnce(newsread("add", ...files), env);
  summary.push([size, "add 1,000 files (one command, once)", (performance.now() - start).toFixed(0), "-"]);
  const after = timeOnce(newsread("list", "--limit", "1"), env);
  summary.push([size, "list right after that add", after.toFixed(1), (after / baseline).toFixed(2)]);
  rmSync(incoming, { recursive: true, force: true });
  rmSync(library, { recursive: true, force: true });
}
console.log(table(summary));
rmSync(work, { recursive: true, force: true });
