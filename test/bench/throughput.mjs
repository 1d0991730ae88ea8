// In one process: parse + plain-text render of a file, timed, to measure throughput apart from start-up.
// It does what `newsread show FILE --format text` does with its output: the pieces are rendered as
// they are written, gathered into writes, and each write is encoded as UTF-8 by the stream; only the
// system call is left out (the stream takes each write and drops it).
// usage: node throughput.mjs FILE RUNS -> the median milliseconds of RUNS runs after one untimed
// warm-up run (which compiles the parser and renderer), as JSON
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { writeChunks } from "../../dist/output.js";
import { parseArticle } from "../../dist/parse/index.js";
import { renderArticleChunks } from "../../dist/render/index.js";

const [file, runsArg] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
const options = { format: "text", width: 80, color: false, theme: "dark", summary: false, hyperlinks: false };
const render = async () => writeChunks(sink, await renderArticleChunks(parseArticle(text, file), options));
await render();
const times = [];
for (let i = 0; i < Number(runsArg ?? 3); i++) {
  const start = performance.now();
  await render();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ ms: times[Math.floor(times.length / 2)] }));
