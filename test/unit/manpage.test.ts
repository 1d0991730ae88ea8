import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { manPage } from "../../src/manpage.js";
import { defineProgram, inertTarget } from "../../src/program.js";
import { ENVIRONMENT, EXIT_STATUS } from "../../src/reference.js";

const page = manPage(defineProgram("9.9.9", inertTarget()), "9.9.9", "2026-11-28");
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The first column of the README table under `heading`. */
function readmeTableKeys(heading: string): string[] {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split("\n## ")[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| variable") && !line.startsWith("| code"))
    .map((line) => (line.split("|")[1] ?? "").trim().replace(/`/g, ""));
}

describe("the man page", () => {
  it("lists every environment variable and exit code the README does, and no others", () => {
    expect(ENVIRONMENT.map(([name]) => name).sort()).toEqual(readmeTableKeys("Environment").sort());
    expect(EXIT_STATUS.map(([code]) => String(code))).toEqual(readmeTableKeys("Exit codes"));
    for (const [name] of ENVIRONMENT) expect(page).toContain(`.B ${name}\n`);
  });

  it("has the help command and newsread's own options, and options' defaults", () => {
    expect(page).toContain(".SS help");
    expect(page).toContain("\\fB\\-V, \\-\\-version\\fR");
    expect(page).toContain("\\fB\\-h, \\-\\-help\\fR");
    expect(page).toMatch(/\\-n, \\-\\-limit <count>\\fR\n.*\(default: 20\)/);
  });

  it("gives each example command line once", () => {
    const examples = (page.split(".SH EXAMPLES\n.nf\n")[1] ?? "").split("\n.fi")[0]?.split("\n") ?? [];
    const commands = examples.map((line) => line.split(/\s{2,}/)[0]);
    expect(examples.length).toBeGreaterThan(5);
    expect(new Set(commands).size).toBe(commands.length);
  });
});
