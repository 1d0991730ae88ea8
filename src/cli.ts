import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { listCommand } from "./commands/list.js";
import { QUOTE_FORMATS, quotesCommand, type QuoteFormat } from "./commands/quotes.js";
import { showCommand } from "./commands/show.js";
import { ExitCode, UserError } from "./errors.js";
import type { InputContext } from "./input.js";
import { writeOut, writeThroughPager } from "./output.js";
import { PAGING_MODES, pagerCommand, shouldPage, type PagingMode } from "./pager.js";
import { FORMATS, type Format } from "./render/index.js";
import { decideTheme, THEMES, type ThemeName } from "./render/theme.js";
import { libraryDir, listStored } from "./store.js";
import { COLOR_MODES, decideColor, decideWidth, MAX_WIDTH, MIN_WIDTH, type ColorMode } from "./terminal.js";

/** The slice of a Node process the CLI uses; tests pass a fake one. */
export interface CliProcess {
  argv: string[];
  env: Record<string, string | undefined>;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: Writable;
  exitCode?: number | string | undefined;
  on?(event: "SIGINT", listener: () => void): unknown;
  off?(event: "SIGINT", listener: () => void): unknown;
}

const SEEDS_DIR = fileURLToPath(new URL("../seeds/", import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL("../package.json", import.meta.url));

interface DisplayFlags {
  width?: number;
  color: ColorMode;
  paging: PagingMode;
  /** False with -P/--no-pager. */
  pager: boolean;
  theme?: ThemeName;
}

/** What a command leaves to print, and whether it may go through a pager. */
interface Output {
  text: string;
  paging: PagingMode;
}

interface ShowFlags extends DisplayFlags {
  format?: Format;
  json?: boolean;
  summary?: boolean;
}

interface QuotesFlags extends DisplayFlags {
  format?: QuoteFormat;
  json?: boolean;
}

/** Parse argv, run the command, print its output; the one place errors become messages and exit codes. */
export async function main(proc: CliProcess): Promise<void> {
  proc.stdout.on("error", () => {}); // a closed pipe is reported by writeOut; nothing else to do here
  const output: Output = { text: "", paging: "never" };
  try {
    const program = buildProgram(proc, (text, paging = "never") => {
      output.text += text;
      output.paging = paging;
    });
    if (proc.argv.length <= 2) {
      program.outputHelp();
    } else {
      await program.parseAsync(proc.argv);
    }
  } catch (error) {
    // Help and version end commander's parse with an "error" whose exit code is 0; their text is in `output`.
    if (!(error instanceof CommanderError && error.exitCode === 0)) {
      proc.exitCode = reportError(proc, error);
      return;
    }
  }
  await emit(proc, output);
}

/** Print, through the pager when the output is taller than the terminal (or paging is forced). */
async function emit(proc: CliProcess, output: Output): Promise<void> {
  if (!output.text) return;
  const lines = output.text.split("\n").length - 1;
  const pager = shouldPage(output.paging, proc.stdout.isTTY === true, lines, proc.stdout.rows) ? pagerCommand(proc.env) : undefined;
  if (pager) {
    // The pager owns the terminal now: Ctrl-C is for it (less -K quits), we just wait for it to end.
    const ignoreInterrupt = (): void => {};
    proc.on?.("SIGINT", ignoreInterrupt);
    const result = await writeThroughPager(pager, output.text, proc.env);
    proc.off?.("SIGINT", ignoreInterrupt);
    if (result === "paged") return;
    proc.stderr.write(`newsread: warning: pager '${pager[0] ?? ""}' could not be started; printing directly\n`);
  }
  await writeOut(proc.stdout, output.text);
}

function buildProgram(proc: CliProcess, print: (text: string, paging?: PagingMode) => void): Command {
  const stdoutIsTTY = proc.stdout.isTTY === true;
  const input = async (): Promise<InputContext> => ({
    stored: await listStored(SEEDS_DIR, libraryDir(proc.env, homedir())),
    readStdin: proc.stdin.isTTY ? undefined : () => readAll(proc.stdin),
  });
  /** Width and colour; an explicit styled format counts as a terminal for colour's sake. */
  const display = (flags: DisplayFlags, styled: boolean): { width: number; color: boolean; theme: ThemeName } => ({
    width: decideWidth(flags.width, proc.stdout.columns, proc.env, stdoutIsTTY),
    color: decideColor(flags.color, proc.env, stdoutIsTTY || styled),
    theme: decideTheme(flags.theme, proc.env),
  });

  const program = new Command("newsread")
    .description("Read news articles in the terminal: headline, sections and who said what.")
    .version(readVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .exitOverride()
    .configureOutput({ writeOut: print, writeErr: () => {}, outputError: () => {} })
    .showSuggestionAfterError(true)
    .addHelpText("after", `
Examples:
  newsread show                      the bundled article, styled on a terminal
  newsread show story.txt            an article saved as text
  pbpaste | newsread show -          an article from standard input
  newsread show 2 --summary          the gist of the second stored article
  newsread show story.txt --json     the parsed article for other programs
  newsread quotes story.txt          who said what
  newsread list                      the stored articles

Run 'newsread help <command>' for a command's options.`);

  program
    .command("show")
    .description("show articles: styled on a terminal, plain text in a pipe")
    .argument("[article...]", "a stored id, a number from 'newsread list', a file, or - for standard input (default: the first stored article)")
    .addOption(new Option("-f, --format <format>", "output format (default: ansi on a terminal, text otherwise)").choices(FORMATS).conflicts("json"))
    .option("--json", "short for --format json: the Article as JSON, one object a line")
    .option("-s, --summary", "a plain summary: headline, lead, sections, key quotes")
    .addOption(widthOption())
    .addOption(colorOption())
    .addOption(themeOption())
    .addOption(pagingOption())
    .option("-P, --no-pager", "short for --paging never")
    .addHelpText("after", `
Examples:
  newsread show story.txt --width 60
  newsread show story.txt --format markdown > story.md
  newsread show a.txt b.txt --json | jq .headline
  newsread show --summary --color never`)
    .action(async (refs: string[], flags: ShowFlags) => {
      const settings = display(flags, flags.format === "ansi");
      const format: Format = flags.json ? "json" : (flags.format ?? (stdoutIsTTY || settings.color ? "ansi" : "text"));
      print(await showCommand(refs, { format, summary: flags.summary === true, ...settings }, await input()), flags.pager ? flags.paging : "never");
    });

  program
    .command("quotes")
    .description("who said what: quotes grouped by speaker on a terminal, speaker<TAB>quote in a pipe")
    .argument("[article...]", "as for 'show'")
    .addOption(new Option("-f, --format <format>", "output format (default: ansi on a terminal, tsv otherwise)").choices(QUOTE_FORMATS).conflicts("json"))
    .option("--json", "short for --format json: one object a line per article with its quotes")
    .addOption(widthOption())
    .addOption(colorOption())
    .addOption(themeOption())
    .addOption(pagingOption())
    .option("-P, --no-pager", "short for --paging never")
    .addHelpText("after", `
Examples:
  newsread quotes story.txt
  newsread quotes story.txt | cut -f1 | sort | uniq -c`)
    .action(async (refs: string[], flags: QuotesFlags) => {
      const settings = display(flags, flags.format === "ansi");
      const format: QuoteFormat = flags.json ? "json" : (flags.format ?? (stdoutIsTTY || settings.color ? "ansi" : "tsv"));
      print(await quotesCommand(refs, { format, ...settings }, await input()), flags.pager ? flags.paging : "never");
    });

  program
    .command("list")
    .description("list the stored articles: the bundled ones and those in your library folder")
    .option("--json", "a JSON array of the stored articles")
    .addHelpText("after", `
Your library folder is $NEWSREAD_HOME, else $XDG_DATA_HOME/newsread, else ~/.local/share/newsread.
Examples:
  newsread list
  newsread list --json | jq '.[].id'`)
    .addOption(pagingOption())
    .option("-P, --no-pager", "short for --paging never")
    .action(async (flags: { json?: boolean; paging: PagingMode; pager: boolean }) => {
      const format = flags.json ? "json" : stdoutIsTTY ? "table" : "tsv";
      print(await listCommand(format, decideWidth(undefined, proc.stdout.columns, proc.env, stdoutIsTTY), await input()), flags.pager ? flags.paging : "never");
    });

  return program;
}

function widthOption(): Option {
  return new Option("-w, --width <columns>", `wrap at this many columns (${MIN_WIDTH}-${MAX_WIDTH}; default: the terminal's, at most 80)`).argParser(
    (value) => {
      const width = Number(value);
      if (!Number.isInteger(width) || width < MIN_WIDTH || width > MAX_WIDTH) {
        throw new InvalidArgumentError(`Expected a whole number of columns from ${MIN_WIDTH} to ${MAX_WIDTH}.`);
      }
      return width;
    },
  );
}

function themeOption(): Option {
  return new Option("--theme <theme>", "colours for a dark or light background, or plain (default: $NEWSREAD_THEME, else from $COLORFGBG, else dark)").choices(THEMES);
}

function pagingOption(): Option {
  return new Option("--paging <when>", "use a pager ($NEWSREAD_PAGER, $PAGER or less) for output taller than the terminal").choices(PAGING_MODES).default("auto");
}

function colorOption(): Option {
  return new Option("--color <when>", "colour the output (NO_COLOR and FORCE_COLOR are honoured with auto)").choices(COLOR_MODES).default("auto");
}

/** One line on stderr; a stack trace only for what a user cannot cause, or with NEWSREAD_DEBUG set. */
function reportError(proc: CliProcess, error: unknown): number {
  const debug = Boolean(proc.env.NEWSREAD_DEBUG);
  if (error instanceof UserError || error instanceof CommanderError) {
    const message = error.message.replace(/^error: /, "").replace(/\s*\n\s*/g, " ");
    proc.stderr.write(`newsread: ${message}\n`);
    if (debug && error.stack) proc.stderr.write(`${error.stack}\n`);
    return error instanceof UserError ? error.exitCode : ExitCode.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  proc.stderr.write(`newsread: internal error: ${message}${debug ? "" : " (set NEWSREAD_DEBUG=1 for details)"}\n`);
  if (debug && error instanceof Error && error.stack) proc.stderr.write(`${error.stack}\n`);
  return ExitCode.internal;
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function readVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync(PACKAGE_JSON, "utf8"));
  return typeof parsed === "object" && parsed !== null && "version" in parsed && typeof parsed.version === "string" ? parsed.version : "unknown";
}
