// Build step: bundles the CLI twice.
// - dist/bundle/: ES modules that bin/newsread.js runs. One file loads faster than the hundred
//   modules tsc leaves in dist/; the costly renderers stay in chunks that load only on the paths
//   that use them (dynamic imports become chunks).
// - dist/snapshot/entry.cjs: the whole CLI in one CommonJS file, the entry of the start-up snapshot
//   (see ../snapshot.ts), which can only run a single script.
// The ES modules have source maps, which bin/newsread turns on for NEWSREAD_DEBUG's stack traces.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build, type BuildOptions } from "esbuild";
import { packageRoot } from "../paths.js";
import { escapeNonAscii } from "./ascii-source.js";

const source = (file: string): string => path.join(packageRoot(), "src", file);
const dist = (folder: string): string => path.join(packageRoot(), "dist", folder);

const common: BuildOptions = {
  bundle: true,
  platform: "node",
  target: "node20",
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "eof",
  logLevel: "warning",
  // Code highlighting, emoji shortcodes and tables are things an article never has.
  alias: {
    "cli-highlight": source("stubs/no-highlight.ts"),
    "node-emoji": source("stubs/no-emoji.ts"),
    "cli-table3": source("stubs/no-table.ts"),
  },
};

rmSync(dist("bundle"), { recursive: true, force: true }); // chunk names change with their content
await build({
  ...common,
  entryPoints: { cli: source("cli.ts") },
  outdir: dist("bundle"),
  splitting: true,
  format: "esm",
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: { js: 'import { createRequire as newsreadRequire } from "node:module"; const require = newsreadRequire(import.meta.url);' },
  sourcemap: "linked",
});

// The snapshot's heap holds this script's source and its functions' scopes, and every run reads
// them back: short local names and a source of one byte a character (see ascii-source.ts) made the
// blob 6.2 -> 5.7 MB and runs from it 3-5 ms faster (5-8 % of the bundled article's `show`). Its
// stack traces are not read: NEWSREAD_DEBUG runs dist/bundle/ instead, with source maps.
const snapshotEntry = path.join(dist("snapshot"), "entry.cjs");
await build({
  ...common,
  minifyIdentifiers: true,
  entryPoints: [source("snapshot.ts")],
  outfile: snapshotEntry,
  format: "cjs",
  // CommonJS has no import.meta; snapshot.ts sets this global to a file in the package instead.
  define: { "import.meta.url": "newsreadModuleUrl" },
  // A snapshot has no loader for import(): the remaining ones (of Node's own modules) become require().
  supported: { "dynamic-import": false },
});
try {
  writeFileSync(snapshotEntry, escapeNonAscii(readFileSync(snapshotEntry, "utf8")));
} catch (error) {
  // Only start-up time depends on it: the script is left as esbuild wrote it.
  process.stderr.write(`newsread build: warning: the snapshot's script keeps characters outside ASCII: ${error instanceof Error ? error.message : String(error)}\n`);
}
