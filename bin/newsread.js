#!/usr/bin/env node
// Runs the bundled CLI (dist/bundle/, built by `npm run build`, which `npm install` runs through
// `prepare`). bin/newsread, the installed command, runs this when it cannot start Node from the
// start-up snapshot.
let cli;
try {
  cli = await import("../dist/bundle/cli.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.url ?? "").endsWith("/dist/bundle/cli.js")) throw error;
  process.stderr.write("newsread: not built yet: run 'npm install' (or 'npm run build') in its folder\n");
  process.exit(1);
}
await cli.main(process);
