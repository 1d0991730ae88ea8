/**
 * Decisions about the terminal, made once at the edge from what the CLI gathered (flags,
 * environment, whether stdout is a terminal). Pure, so every rule here is tested directly.
 */

export const COLOR_MODES = ["auto", "always", "never"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

type Env = Readonly<Record<string, string | undefined>>;

/**
 * --color always/never wins; then NO_COLOR (any non-empty value) turns colour off, before
 * FORCE_COLOR ("0" or "false" off, anything else on), so a user who asked for no colour never
 * gets escape codes from an inherited FORCE_COLOR; then TERM=dumb; then whether it is a terminal.
 */
export function decideColor(mode: ColorMode, env: Env, isTTY: boolean): boolean {
  if (mode !== "auto") return mode === "always";
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !["0", "false"].includes(env.FORCE_COLOR.toLowerCase());
  if (env.TERM === "dumb") return false;
  return isTTY;
}

/** The widest comfortable reading measure, in columns (see README: why 80). */
export const READING_WIDTH = 80;
export const MIN_WIDTH = 20;
export const MAX_WIDTH = 1000;

/**
 * --width wins. On a terminal: its width (or COLUMNS when it reports none), capped at the
 * reading width. Anywhere else: the reading width, so piped text is the same on every machine.
 */
export function decideWidth(flag: number | undefined, reportedColumns: number | undefined, env: Env, isTTY: boolean): number {
  if (flag !== undefined) return flag;
  if (!isTTY) return READING_WIDTH;
  return Math.max(MIN_WIDTH, Math.min(terminalColumns(reportedColumns, env) ?? READING_WIDTH, READING_WIDTH));
}

/**
 * A table's width: the whole terminal (the reading measure is for prose; a table's columns, ids
 * above all, are cut to fit), else the reading width.
 */
export function decideTableWidth(reportedColumns: number | undefined, env: Env, isTTY: boolean): number {
  if (!isTTY) return READING_WIDTH;
  return Math.max(MIN_WIDTH, terminalColumns(reportedColumns, env) ?? READING_WIDTH);
}

/** A terminal's own width: what it reports, else COLUMNS; undefined when neither says. */
export function terminalColumns(reportedColumns: number | undefined, env: Env): number | undefined {
  if (reportedColumns !== undefined && reportedColumns > 0) return reportedColumns;
  const fromEnv = Number.parseInt(env.COLUMNS ?? "", 10);
  return fromEnv > 0 ? fromEnv : undefined;
}

/**
 * Whether the terminal shows OSC 8 hyperlinks, from what it says about itself in the environment
 * (the same signals the supports-hyperlinks package reads); FORCE_HYPERLINK overrides. Terminals
 * that do not know OSC 8 would print the URL twice or garble it, so unknown means no.
 */
export function decideHyperlinks(env: Env, isTTY: boolean): boolean {
  if (env.FORCE_HYPERLINK !== undefined) return !["0", "false", ""].includes(env.FORCE_HYPERLINK.toLowerCase());
  if (!isTTY) return false;
  if (env.WT_SESSION || env.DOMTERM || env.KITTY_WINDOW_ID) return true;
  if (Number(env.VTE_VERSION) >= 5000 || Number(env.KONSOLE_VERSION) >= 201200) return true;
  const program = env.TERM_PROGRAM ?? "";
  if (["WezTerm", "vscode", "ghostty", "Hyper"].includes(program)) return true;
  if (program === "iTerm.app") {
    const [major = 0, minor = 0] = (env.TERM_PROGRAM_VERSION ?? "").split(".").map(Number);
    return major > 3 || (major === 3 && minor >= 1);
  }
  return ["xterm-kitty", "xterm-ghostty", "wezterm", "foot", "foot-extra", "alacritty"].includes(env.TERM ?? "");
}
