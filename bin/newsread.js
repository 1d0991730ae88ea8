#!/usr/bin/env node
// Runs the bundled CLI (dist/bundle/, built by `npm run build`, which `npm install` runs through `prepare`).
import { main } from "../dist/bundle/cli.js";

await main(process);
