// Build step: writes dist/newsread.1 from the command definitions (package.json's "man" points at it).
import { writeFileSync } from "node:fs";
import { manPage } from "../manpage.js";
import { defineProgram } from "../program.js";
import { packageVersion } from "../version.js";

const nothing = async (): Promise<void> => {};
const program = defineProgram(packageVersion(), { print: () => {}, actions: { show: nothing, quotes: nothing, list: nothing, add: nothing, rm: nothing, search: nothing, completion: nothing } });
const date = new Date().toISOString().slice(0, 10);
writeFileSync(new URL("../newsread.1", import.meta.url), manPage(program, packageVersion(), date));
