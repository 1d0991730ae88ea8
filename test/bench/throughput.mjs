// In one process: parse + plain-text render of a file, timed, to measure throughput apart from start-up.
// usage: node throughput.mjs FILE RUNS -> the median milliseconds of RUNS runs after one untimed
// warm-up run (which compiles the parser and renderer), as JSON
import { readFileSync } from "node:fs";
import { parseArticle } from "../../dist/parse/index.js";
import { renderArticle } from "../../dist/render/index.js";

const [file, runsArg] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const render = async () => renderArticle(parseArticle(text, file), { format: "text", width: 80, color: false, theme: "dark", summary: false, hyperlinks: false });
await render();
const times = [];
for (let i = 0; i < Number(runsArg ?? 3); i++) {
  const start = performance.now();
  await render();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ ms: times[Math.floor(times.length / 2)] }));
