/**
 * Which pager to run, decided from the environment without a shell: $NEWSREAD_PAGER, else $PAGER,
 * else less. An empty NEWSREAD_PAGER turns paging off. `less` given with no options gets -R
 * (let colours through), -F (quit when it fits on one screen) and -K (Ctrl-C quits).
 */

export const PAGING_MODES = ["auto", "always", "never"] as const;
export type PagingMode = (typeof PAGING_MODES)[number];

type Env = Readonly<Record<string, string | undefined>>;

/** The pager's words, or why the setting cannot be run (then the output is printed directly). */
export type Pager = { command: string[] } | { unusable: string };

export function pagerCommand(env: Env): Pager | undefined {
  const setting = env.NEWSREAD_PAGER !== undefined ? "NEWSREAD_PAGER" : env.PAGER !== undefined ? "PAGER" : undefined;
  const words = splitCommand(setting === undefined ? "less" : (env[setting] ?? ""));
  // A quotation left open would run something else than was meant (`less "x` as `less x`).
  if (words === undefined) return { unusable: `${setting ?? "the pager"} has a quotation mark left open` };
  const [program] = words;
  if (program === undefined) return undefined;
  if (words.length === 1 && /(^|\/)less$/.test(program)) return { command: [program, "-R", "-F", "-K"] };
  return { command: words };
}

/** Page only on a terminal; with auto, only when the output is taller than the screen, and not on a dumb terminal. */
export function shouldPage(mode: PagingMode, stdoutIsTTY: boolean, outputLines: number, screenRows: number | undefined, term: string | undefined): boolean {
  if (!stdoutIsTTY || mode === "never") return false;
  if (mode === "always") return true;
  // A dumb terminal (Emacs' shell buffer, for one) scrolls by itself, and less stops on it to warn.
  if (term === "dumb") return false;
  return outputLines > (screenRows ?? 24);
}

/**
 * Split a command line into words the way a shell would for simple cases: spaces, quotes,
 * backslashes. Undefined when a quotation is left open, which a shell would refuse too.
 */
export function splitCommand(command: string): string[] | undefined {
  const words: string[] = [];
  let current = "";
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i] ?? "";
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === "\\" && quote === '"' && i + 1 < command.length) current += command[++i];
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === "\\" && i + 1 < command.length) {
      current += command[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(current);
      current = "";
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote) return undefined;
  if (inWord) words.push(current);
  return words;
}
