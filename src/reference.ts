import { ExitCode } from "./errors.js";

/** Facts a user looks up: shown in the man page and kept the same as the README's tables. */

export const ENVIRONMENT: readonly (readonly [name: string, effect: string])[] = [
  ["NEWSREAD_HOME", "the library folder"],
  ["XDG_DATA_HOME", "the library folder is $XDG_DATA_HOME/newsread when NEWSREAD_HOME is unset (else ~/.local/share/newsread)"],
  ["NEWSREAD_PAGER", "the pager command, split into words without a shell; empty turns paging off"],
  ["PAGER", "the pager when NEWSREAD_PAGER is unset (default: less -R -F -K)"],
  ["NEWSREAD_THEME", "dark, light or plain, when --theme is not given"],
  ["COLORFGBG", "the terminal's colours (fg;bg), used to choose the light or dark theme"],
  ["NO_COLOR", "any non-empty value turns colour off with --color auto; wins over FORCE_COLOR"],
  ["FORCE_COLOR", "turns colour on even in a pipe; 0 or false turn it off"],
  ["TERM", "dumb turns colour off"],
  ["COLUMNS", "the width when the terminal reports none"],
  ["NEWSREAD_DEBUG", "any non-empty value adds a stack trace to error messages, naming lines of the TypeScript sources (newsread then starts without its snapshot)"],
  ["NEWSREAD_SNAPSHOT", "0 starts newsread without its start-up snapshot (for comparing and debugging); 1 keeps it when NEWSREAD_DEBUG is set"],
];

export const EXIT_STATUS: readonly (readonly [code: number, meaning: string])[] = [
  [ExitCode.ok, "success, including a reader that closed the pipe early"],
  [ExitCode.internal, "internal error (a bug: please report it with NEWSREAD_DEBUG=1 output)"],
  [ExitCode.usage, "usage: unknown command or option, invalid option value, - when standard input is a terminal"],
  [ExitCode.notFound, "not found: no such file, unknown article id or number"],
  [ExitCode.unreadable, "unreadable: a directory, permission denied, binary (not text) content, UTF-32"],
  [ExitCode.empty, "empty: the article has no text (only white space and invisible characters)"],
  [ExitCode.refused, "refused: an id given with --id is taken, or the article to remove is a bundled one or has more than one file"],
  [ExitCode.notWritable, "the library folder (or its index) cannot be created or written"],
];
