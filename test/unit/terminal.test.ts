import { describe, expect, it } from "vitest";
import { decideColor, decideHyperlinks, decideTableWidth, decideWidth, terminalColumns, type ColorMode } from "../../src/terminal.js";

describe("decideColor", () => {
  const cases: [ColorMode, Record<string, string>, boolean, boolean][] = [
    ["auto", {}, true, true],
    ["auto", {}, false, false],
    ["always", { NO_COLOR: "1" }, false, true],
    ["never", { FORCE_COLOR: "3" }, true, false],
    ["auto", { NO_COLOR: "1" }, true, false],
    ["auto", { NO_COLOR: "" }, true, true],
    ["auto", { FORCE_COLOR: "1" }, false, true],
    ["auto", { FORCE_COLOR: "" }, false, true],
    ["auto", { FORCE_COLOR: "0" }, true, false],
    ["auto", { FORCE_COLOR: "false" }, true, false],
    ["auto", { NO_COLOR: "1", FORCE_COLOR: "1" }, true, false],
    ["auto", { TERM: "dumb" }, true, false],
  ];
  it.each(cases)("--color %s with %j on a terminal=%s -> %s", (mode, env, isTTY, expected) => {
    expect(decideColor(mode, env, isTTY)).toBe(expected);
  });
});

describe("decideWidth", () => {
  const cases: [number | undefined, number | undefined, Record<string, string>, boolean, number][] = [
    [60, 200, {}, true, 60],
    [120, undefined, {}, false, 120],
    [undefined, 200, {}, true, 80],
    [undefined, 50, {}, true, 50],
    [undefined, undefined, { COLUMNS: "64" }, true, 64],
    [undefined, undefined, {}, true, 80],
    [undefined, 10, {}, true, 20],
    [undefined, 200, { COLUMNS: "40" }, false, 80],
  ];
  it.each(cases)("--width %s, terminal %s, env %j, tty=%s -> %i", (flag, columns, env, isTTY, expected) => {
    expect(decideWidth(flag, columns, env, isTTY)).toBe(expected);
  });
});

describe("decideTableWidth", () => {
  it.each([
    [200, {}, true, 200],
    [100, {}, true, 100],
    [undefined, { COLUMNS: "150" }, true, 150],
    [undefined, {}, true, 80],
    [10, {}, true, 20],
    [200, {}, false, 80],
  ])("terminal %s, env %j, tty=%s -> %i: the whole terminal, not the reading width", (columns, env, isTTY, expected) => {
    expect(decideTableWidth(columns, env, isTTY)).toBe(expected);
  });
});

describe("terminalColumns", () => {
  it.each([
    [200, {}, 200],
    [30, { COLUMNS: "100" }, 30],
    [undefined, { COLUMNS: "100" }, 100],
    [0, { COLUMNS: "36" }, 36],
    [undefined, { COLUMNS: "-5" }, undefined],
    [undefined, {}, undefined],
  ])("terminal %s, env %j -> %s: the terminal's own width, uncapped", (columns, env, expected) => {
    expect(terminalColumns(columns, env)).toBe(expected);
  });
});

describe("decideHyperlinks", () => {
  it.each([
    [{}, true, false],
    [{ TERM_PROGRAM: "WezTerm" }, true, true],
    [{ TERM_PROGRAM: "WezTerm" }, false, false],
    [{ TERM_PROGRAM: "iTerm.app", TERM_PROGRAM_VERSION: "3.4.1" }, true, true],
    [{ TERM_PROGRAM: "iTerm.app", TERM_PROGRAM_VERSION: "2.9" }, true, false],
    [{ VTE_VERSION: "6003" }, true, true],
    [{ VTE_VERSION: "4000" }, true, false],
    [{ TERM: "xterm-kitty" }, true, true],
    [{ TERM: "xterm-256color" }, true, false],
    [{ FORCE_HYPERLINK: "1" }, false, true],
    [{ FORCE_HYPERLINK: "0", TERM_PROGRAM: "WezTerm" }, true, false],
  ])("%j on a terminal=%s -> %s", (env, isTTY, expected) => {
    expect(decideHyperlinks(env, isTTY)).toBe(expected);
  });
});
