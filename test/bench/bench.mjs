// `npm run bench`: whole-process medians as ratios to `node -e 0` measured in the same run, peers on
// the same article, throughput and memory on generated articles, and hostile inputs from issue 4.
// Figures, not assertions: nothing here fails a build. BENCH_RUNS sets the runs per command (default 15),
// BENCH_PARTS the parts to run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hostile, newsArticle } from "./generate.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = path.join(ROOT, "bin", "newsread"); // the installed command: the snapshot launcher
const SEED = path.join(ROOT, "seeds", "putin-trump-call.txt");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// BENCH_PARTS=startup,throughput,hostile,library: which parts to run (all by default).
const PARTS = process.env.BENCH_PARTS?.split(",").map((part) => part.trim());
const wanted = (part) => PARTS === undefined || PARTS.includes(part);
const work = mkdtempSync(path.join(tmpdir(), "newsread-bench-"));
const env = { PATH: process.env.PATH, HOME: work, NEWSREAD_HOME: path.join(work, "library") };
const MB = 1024 * 1024;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const has = (tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;

function timeOnce(argv, input) {
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { env, stdio: [input ? "pipe" : "ignore", "ignore", "pipe"], input, timeout: 120_000 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${argv.join(" ")}: exit ${result.status} ${String(result.stderr).trim()}`);
  return ms;
}

/** Round-robin over the commands, so drift in machine load touches them all alike. */
function medians(commands) {
  const times = new Map(commands.map(([name]) => [name, []]));
  for (const [, argv] of commands) timeOnce(argv); // warm the file cache
  for (let round = 0; round < RUNS; round++) for (const [name, argv] of commands) times.get(name).push(timeOnce(argv));
  return new Map([...times].map(([name, xs]) => [name, median(xs)]));
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ")).join("\n");
}

function maxRssKb(argv) {
  return wholeRun(argv).rssKb;
}

/** One whole process: its wall time (including /usr/bin/time's own start, about a millisecond) and peak memory. */
function wholeRun(argv) {
  const start = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-f", "%M", ...argv], { env, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", timeout: 300_000 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, rssKb: Number(result.stderr.trim().split("\n").pop()) };
}

/** The V8 flags the installed command runs with (see src/tools/build-snapshot.ts), so that in-process figures are its own. */
function commandFlags() {
  try {
    return (readFileSync(path.join(ROOT, "dist", "snapshot", "node"), "utf8").split("\n")[1] ?? "").split(" ").filter(Boolean);
  } catch {
    return [];
  }
}

console.log(`newsread benchmark: node ${process.version}, ${RUNS} runs per command after a warm-up\n`);
const node = process.execPath;
const newsread = (...args) => [BIN, ...args];

// 1. Start-up: the commands people run many times a day, beside bare Node and the peers.
if (wanted("startup")) {
  const commands = [
    ["node -e 0 (baseline)", [node, "-e", "0"]],
    ["show SEED --format text", newsread("show", SEED, "--format", "text")],
    ["show SEED --json", newsread("show", SEED, "--json")],
    ["show SEED --summary", newsread("show", SEED, "--summary")],
    ["list", newsread("list")],
    ["quotes SEED", newsread("quotes", SEED)],
    ["show SEED --format ansi", newsread("show", SEED, "--format", "ansi", "--color", "always")],
  ];
  if (has("pandoc")) commands.push(["pandoc -t plain (peer)", ["pandoc", "-f", "markdown", "-t", "plain", SEED]]);
  if (has("batcat")) commands.push(["batcat --style=plain (peer)", ["batcat", "--style=plain", "--color=always", SEED]]);
  if (has("fold")) commands.push(["fold -s (peer)", ["fold", "-s", SEED]]);
  const startup = medians(commands);
  const baseline = startup.get("node -e 0 (baseline)");
  console.log(table([["command", "median ms", "x node -e 0"], ...[...startup].map(([name, ms]) => [name, ms.toFixed(1), (ms / baseline).toFixed(2)])]));
}

// 2. Throughput and memory on generated articles of 1, 10 and 100 MB.
if (wanted("throughput")) {
  const THROUGHPUT_ROUNDS = 5;
  console.log(
    `\nparse + text render after a warm-up run in the same process, with the command's V8 flags, the sizes taken in turn ${THROUGHPUT_ROUNDS} times (medians; "x 10 MB time" is the median of each round's ratio);` +
      ` then whole \`show FILE --format text\` processes (output to /dev/null), as a user runs it once: its time (the code not yet optimised, the file read and the output written included) and peak memory`,
  );
  const rows = [["article", "ms", "MB/s", "x 10 MB time", "whole show ms", "whole show MB/s", "max RSS MB (whole show)", "RSS - node baseline, x input"]];
  // Medians: one process's peak varies by a few megabytes with when its collections happen.
  const baseRss = median([0, 1, 2, 3, 4].map(() => maxRssKb([node, "-e", "0"]))) / 1024;
  const articles = [1, 10, 100].map((size) => {
    const file = path.join(work, `article-${size}mb.txt`);
    const text = newsArticle(size * MB);
    writeFileSync(file, text);
    return { size, file, megabytes: Buffer.byteLength(text) / MB, times: [] }; // the generator's size is approximate
  });
  // In turn rather than one size after another: this machine's speed drifts by a fifth over a minute,
  // which made the 100 MB : 10 MB ratio anything from 8 to 13 when each size was timed in one go. For
  // the same reason the ratio is taken within each round, between runs seconds apart, and the median
  // of those reported.
  for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
    for (const article of articles) {
      const out = spawnSync(node, [...commandFlags(), "--max-old-space-size=8192", path.join(ROOT, "test", "bench", "throughput.mjs"), article.file, "1"], { encoding: "utf8", env });
      article.times.push(JSON.parse(out.stdout).ms);
    }
  }
  const tenMbTimes = articles[1].times;
  for (const { size, file, megabytes, times } of articles) {
    const ms = median(times);
    const toTenMb = median(times.map((t, round) => t / tenMbTimes[round]));
    const whole = Array.from({ length: size === 100 ? 1 : 3 }, () => wholeRun(newsread("show", file, "--format", "text")));
    const wholeMs = median(whole.map((run) => run.ms));
    const rss = median(whole.map((run) => run.rssKb)) / 1024;
    rows.push([`${megabytes.toFixed(1)} MB`, ms.toFixed(0), (megabytes / (ms / 1000)).toFixed(1), toTenMb.toFixed(2), wholeMs.toFixed(0), (megabytes / (wholeMs / 1000)).toFixed(1), rss.toFixed(0), ((rss - baseRss) / megabytes).toFixed(1)]);
    rmSync(file);
  }
  console.log(table(rows));
}

// 3. Hostile inputs: each must finish (whole process, plain text and JSON).
if (wanted("hostile")) {
  console.log("\nhostile inputs, whole process (one run each)");
  const hostileRows = [["input", "size MB", "text ms", "json ms", "max RSS MB"]];
  for (const [name, make] of Object.entries(hostile)) {
    const file = path.join(work, "hostile.txt");
    const text = make(10 * MB);
    writeFileSync(file, text);
    const size = Buffer.byteLength(text) / MB;
    const textMs = timeOnce(newsread("show", file, "--format", "text"));
    const jsonMs = timeOnce(newsread("show", file, "--json"));
    hostileRows.push([name, size.toFixed(1), textMs.toFixed(0), jsonMs.toFixed(0), (maxRssKb(newsread("show", file, "--format", "text")) / 1024).toFixed(0)]);
  }
  console.log(table(hostileRows));
}
rmSync(work, { recursive: true, force: true });

// 4. The article library at 10,000 and 100,000 articles (its own script, so it can run alone).
if (wanted("library")) {
  spawnSync(process.execPath, [path.join(ROOT, "test", "bench", "library-bench.mjs")], { stdio: "inherit", env: process.env });
}
