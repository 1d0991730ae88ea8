// The measurement behind newsread's choice of full-text engine (issue 6): MiniSearch (pure JS, the
// whole index in one JSON file loaded by every process) against SQLite FTS5 through better-sqlite3 (an
// index on disk, queried in place), on generated libraries of 10,000 and 100,000 articles.
//
//   npm install --no-save minisearch && node test/bench/engines.mjs [10000,100000]
//
// Every figure is a whole fresh process, as a newsread command would be, beside `node -e 0` in the
// same run. Not part of `npm run bench` (it needs minisearch, which newsread does not depend on).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rareWord, variantDocument } from "./library.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// ENGINE_MODULES=/some/dir/node_modules/.. resolves the engines from another install.
const require = createRequire(path.join(process.env.ENGINE_MODULES ?? ROOT, "package.json"));
const SELF = fileURLToPath(import.meta.url);
const QUERIES = ["sanctions kyiv", "tomahawk missiles", rareWord(42)];
const FIELDS = ["headline", "body", "quotes", "speakers"];

const engines = {
  minisearch: {
    file: "index.json",
    options: { fields: FIELDS, storeFields: ["headline"], searchOptions: { boost: { headline: 10, quotes: 2, speakers: 2 } } },
    build(dir, docs) {
      const MiniSearch = require("minisearch");
      const index = new MiniSearch(this.options);
      index.addAll(docs);
      writeFileSync(path.join(dir, this.file), JSON.stringify(index));
    },
    load(dir) {
      const MiniSearch = require("minisearch");
      return MiniSearch.loadJSON(readFileSync(path.join(dir, this.file), "utf8"), this.options);
    },
    search(dir, query) {
      return this.load(dir).search(query, { combineWith: "AND" }).slice(0, 20).length;
    },
    addOne(dir, doc) {
      const index = this.load(dir);
      index.add(doc);
      writeFileSync(path.join(dir, this.file), JSON.stringify(index));
    },
  },
  sqlite: {
    file: "index.db",
    open(dir) {
      const Database = require("better-sqlite3");
      return new Database(path.join(dir, this.file));
    },
    build(dir, docs) {
      const db = this.open(dir);
      db.exec(`CREATE VIRTUAL TABLE fts USING fts5(headline, body, quotes, speakers, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2')`);
      const insert = db.prepare("INSERT INTO fts(rowid, headline, body, quotes, speakers) VALUES (?, ?, ?, ?, ?)");
      db.transaction(() => docs.forEach((d) => insert.run(d.id, d.headline, d.body, d.quotes, d.speakers)))();
      db.close();
    },
    search(dir, query) {
      const db = this.open(dir);
      const match = query.split(/\s+/).map((t) => `"${t}"`).join(" ");
      return db.prepare("SELECT rowid, bm25(fts, 10, 1, 2, 2) AS rank FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 20").all(match).length;
    },
    addOne(dir, doc) {
      const db = this.open(dir);
      db.prepare("INSERT INTO fts(rowid, headline, body, quotes, speakers) VALUES (?, ?, ?, ?, ?)").run(doc.id, doc.headline, doc.body, doc.quotes, doc.speakers);
      db.close();
    },
  },
};

// Child: one operation in a fresh process.
if (process.argv[2] === "child") {
  const [, , , name, op, dir, arg] = process.argv;
  const engine = engines[name];
  if (op === "search") engine.search(dir, arg);
  else if (op === "add") engine.addOne(dir, { ...variantDocument(Number(arg)), id: Number(arg) + 1 });
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function wall(argv) {
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${argv.join(" ")}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
function maxRssMb(argv) {
  const result = spawnSync("/usr/bin/time", ["-f", "%M", ...argv], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  return Number(result.stderr.trim().split("\n").pop()) / 1024;
}

const sizes = (process.argv[2] ?? "10000,100000").split(",").map(Number);
const available = Object.keys(engines).filter((name) => {
  try {
    require.resolve(name === "sqlite" ? "better-sqlite3" : name);
    return true;
  } catch {
    console.log(`${name}: not installed, skipped`);
    return false;
  }
});
const rows = [["articles", "engine", "build s", "index MB", "search ms (median)", "x node -e 0", "search RSS MB", "add one ms"]];
for (const size of sizes) {
  const docs = Array.from({ length: size }, (_, i) => variantDocument(i));
  for (const name of available) {
    const dir = mkdtempSync(path.join(tmpdir(), `newsread-engine-${name}-`));
    const start = performance.now();
    engines[name].build(dir, docs);
    const buildS = (performance.now() - start) / 1000;
    const mb = statSync(path.join(dir, engines[name].file)).size / 1024 / 1024;
    const node = [];
    const search = [];
    for (let run = 0; run < 5; run++) {
      node.push(wall([process.execPath, "-e", "0"]));
      for (const q of QUERIES) search.push(wall([process.execPath, SELF, "child", name, "search", dir, q]));
    }
    const rss = maxRssMb([process.execPath, SELF, "child", name, "search", dir, QUERIES[0]]);
    const add = [0, 1, 2].map((k) => wall([process.execPath, SELF, "child", name, "add", dir, String(size + k)]));
    rows.push([size, name, buildS.toFixed(1), mb.toFixed(0), median(search).toFixed(0), (median(search) / median(node)).toFixed(2), rss.toFixed(0), median(add).toFixed(0)]);
    console.log(rows.at(-1).join("\t"));
    rmSync(dir, { recursive: true, force: true });
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
console.log("\n" + rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ")).join("\n"));
