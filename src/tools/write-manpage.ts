// Build step: writes dist/newsread.1 from the command definitions (package.json's "man" points at it).
import { writeFileSync } from "node:fs";
import { manPage } from "../manpage.js";
import { defineProgram, inertTarget } from "../program.js";
import { packageVersion } from "../version.js";

const program = defineProgram(packageVersion(), inertTarget());
const date = new Date().toISOString().slice(0, 10);
writeFileSync(new URL("../newsread.1", import.meta.url), manPage(program, packageVersion(), date));
