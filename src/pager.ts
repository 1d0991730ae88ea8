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

/**
 * The terminal's rows, or the 24 that less and most programs assume when it reports none. A
 * terminal that reports 0 rows (`script`, a serial console, a container's terminal before it is
 * sized) has not said its size either: taken at its word it would fit nothing, and page one line.
 */
export function screenRows(reported: number | undefined): number {
  return reported !== undefined && reported > 0 ? reported : 24;
}

/**
 * Page only on a terminal; with auto, only when the output does not fit on the screen, and not on a
 * dumb terminal. Output fits when it leaves the last row free for the shell's prompt, as `less -F`
 * judges it: as tall as the screen, it would be printed and then pushed up a row by the prompt,
 * taking the headline out of sight.
 */
export function shouldPage(mode: PagingMode, stdoutIsTTY: boolean, outputRows: number, reportedRows: number | undefined, term: string | undefined): boolean {
  if (!stdoutIsTTY || mode === "never") return false;
  if (mode === "always") return true;
  // A dumb terminal (Emacs' shell buffer, for one) scrolls by itself, and less stops on it to warn.
  if (term === "dumb") return false;
  return outputRows >= screenRows(reportedRows);
}

/**
 * The rows of the screen `text` fills on a terminal `columns` wide, counted up to `enough` (whether
 * it fits is the question, and a long text need not be measured to its end). A line wider than the
 * terminal takes as many rows as the terminal wraps it onto: JSON and Markdown keep a paragraph on
 * one line, and `--width` may be wider than the terminal, so lines are not rows. `lineWidth` gives
 * a line's display columns, escape codes aside. Text after the last line end (the styling's closing
 * escape codes) takes a row only if it shows something.
 */
export function screenRowsOf(text: string, columns: number, lineWidth: (line: string) => number, enough: number): number {
  const width = Math.max(1, columns);
  let rows = 0;
  for (let start = 0; start < text.length && rows < enough; ) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end);
    // No character is wider than two columns a UTF-16 code unit: a line that short needs no measuring.
    const shown = line.length * 2 <= width && end >= 0 ? 0 : shownWidth(line, lineWidth, (enough - rows) * width);
    rows += end < 0 ? Math.ceil(shown / width) : Math.max(1, Math.ceil(shown / width));
    start = end < 0 ? text.length : end + 1;
  }
  return Math.min(rows, enough);
}

/** Code units of a long line measured at a time (see `shownWidth`). */
const MEASURED_PIECE = 4096;

/**
 * A line's display columns, measured a piece at a time and only until they pass `atLeast`: a
 * 10 MB paragraph of JSON needs only its first screenfuls measured to know that it does not fit,
 * and measuring emoji takes string-width seconds a megabyte. Pieces end after a space where there is one
 * (never inside an escape code or a grapheme) and never inside a surrogate pair.
 */
function shownWidth(line: string, lineWidth: (line: string) => number, atLeast: number): number {
  if (line.length <= MEASURED_PIECE) return lineWidth(line);
  let shown = 0;
  for (let start = 0; start < line.length && shown <= atLeast; ) {
    let end = Math.min(line.length, start + MEASURED_PIECE);
    if (end < line.length) {
      const space = line.lastIndexOf(" ", end - 1);
      if (space > start + MEASURED_PIECE / 2) end = space + 1;
      else if (/[\ud800-\udbff]/.test(line.charAt(end - 1))) end--;
    }
    shown += lineWidth(line.slice(start, end));
    start = end;
  }
  return shown;
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
