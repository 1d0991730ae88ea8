import { ExitCode } from "./errors.js";

/** Facts a user looks up: shown in the man page and kept the same as the README's tables. */

export const ENVIRONMENT: readonly (readonly [name: string, effect: string])[] = [
  ["NEWSREAD_HOME", "the library folder"],
  ["XDG_DATA_HOME", "the library folder is $XDG_DATA_HOME/newsread when NEWSREAD_HOME is unset and it is an absolute path (else ~/.local/share/newsread)"],
  ["NEWSREAD_PAGER", "the pager command, split into words without a shell; empty turns paging off"],
  ["PAGER", "the pager when NEWSREAD_PAGER is unset (default less, run as less -R -F -K)"],
  ["LESSCHARSET", "passed to the pager; newsread sets utf-8 when it is unset, since its output is UTF-8"],
  ["LESS", "passed to the pager; newsread sets FRK when it is unset, so that a pager setting with options of its own (less -S) still shows colours"],
  ["NEWSREAD_THEME", "dark, light or plain, when --theme is not given (another value is warned of, and the default used)"],
  ["COLORFGBG", "the terminal's colours (fg;bg), used to choose the light or dark theme"],
  ["NO_COLOR", "any non-empty value turns colour off (with --color auto); wins over FORCE_COLOR"],
  ["FORCE_COLOR", "turns colour on where it would be off, for styled output (--format ansi) in a pipe or on a dumb terminal; 0 or false turn it off. It does not change a pipe's format, which scripts read"],
  ["TERM", "dumb turns colour off (headings are then underlined) and paging; also tells which terminals show hyperlinks"],
  ["FORCE_HYPERLINK", "1 shows links as OSC 8 hyperlinks, 0 never (otherwise TERM_PROGRAM, VTE_VERSION and similar tell)"],
  ["COLUMNS", "the width when the terminal reports none"],
  ["NEWSREAD_DEBUG", "any non-empty value adds a stack trace to error messages, naming lines of the TypeScript sources (newsread then starts without its snapshot)"],
  ["NEWSREAD_SNAPSHOT", "0 starts newsread without its start-up snapshot (for comparing and debugging); 1 keeps it when NEWSREAD_DEBUG is set"],
  ["NODE_OPTIONS", "when set, newsread starts without its snapshot (Node flags may not match the snapshot's)"],
];

export const EXIT_STATUS: readonly (readonly [code: number, meaning: string])[] = [
  [ExitCode.ok, "success, including a reader that closed the pipe early"],
  [ExitCode.internal, "internal error (a bug: please report it with NEWSREAD_DEBUG=1 output)"],
  [ExitCode.usage, "usage: unknown command or option, invalid option value, - when standard input is a terminal or given twice"],
  [ExitCode.notFound, "not found: no such file, unknown article id or number"],
  [ExitCode.unreadable, "unreadable: a directory (also as standard input), permission denied, binary (not text) content, UTF-32"],
  [ExitCode.empty, "empty: the article has no text (only white space and invisible characters)"],
  [ExitCode.refused, "refused: an id given with --id is taken, or the article to remove is a bundled one or has more than one file"],
  [ExitCode.notWritable, "the library folder (or its index) cannot be read, created or written"],
  [ExitCode.outputFailed, "the output cannot be written: a full disk, an I/O error"],
];
