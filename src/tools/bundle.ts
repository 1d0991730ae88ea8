// Build step: bundles the CLI into dist/bundle/, which bin/newsread.js runs. One file loads faster
// than the hundred modules tsc leaves in dist/; the costly renderers stay in chunks that load only
// on the paths that use them (dynamic imports become chunks).
import { rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { PACKAGE_ROOT } from "../paths.js";

const source = (file: string): string => path.join(PACKAGE_ROOT, "src", file);
const outdir = path.join(PACKAGE_ROOT, "dist", "bundle");
rmSync(outdir, { recursive: true, force: true }); // chunk names change with their content

await build({
  entryPoints: { cli: source("cli.ts") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "eof",
  logLevel: "warning",
  alias: {
    "cli-highlight": source("stubs/no-highlight.ts"),
    "node-emoji": source("stubs/no-emoji.ts"),
    "cli-table3": source("stubs/no-table.ts"),
  },
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: { js: 'import { createRequire as newsreadRequire } from "node:module"; const require = newsreadRequire(import.meta.url);' },
  // A native module: loaded from node_modules at run time.
  external: ["better-sqlite3"],
});
