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
import { writeOut } from "./output.js";
import { FORMATS, type Format } from "./render/index.js";
import { libraryDir, listStored } from "./store.js";
import { COLOR_MODES, decideColor, decideWidth, MAX_WIDTH, MIN_WIDTH, type ColorMode } from "./terminal.js";

/** The slice of a Node process the CLI uses; tests pass a fake one. */
export interface CliProcess {
  argv: string[];
  env: Record<string, string | undefined>;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable;
  exitCode?: number | string | undefined;
}

const SEEDS_DIR = fileURLToPath(new URL("../seeds/", import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL("../package.json", import.meta.url));

interface DisplayFlags {
  width?: number;
  color: ColorMode;
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
  let output = "";
  try {
    const program = buildProgram(proc, (text) => (output += text));
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
  if (output) await writeOut(proc.stdout, output);
}

function buildProgram(proc: CliProcess, print: (text: string) => void): Command {
  const stdoutIsTTY = proc.stdout.isTTY === true;
  const input = async (): Promise<InputContext> => ({
    stored: await listStored(SEEDS_DIR, libraryDir(proc.env, homedir())),
    readStdin: proc.stdin.isTTY ? undefined : () => readAll(proc.stdin),
  });
  /** Width and colour; an explicit styled format counts as a terminal for colour's sake. */
  const display = (flags: DisplayFlags, styled: boolean): { width: number; color: boolean } => ({
    width: decideWidth(flags.width, proc.stdout.columns, proc.env, stdoutIsTTY),
    color: decideColor(flags.color, proc.env, stdoutIsTTY || styled),
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
    .addHelpText("after", `
Examples:
  newsread show story.txt --width 60
  newsread show story.txt --format markdown > story.md
  newsread show a.txt b.txt --json | jq .headline
  newsread show --summary --color never`)
    .action(async (refs: string[], flags: ShowFlags) => {
      const { width, color } = display(flags, flags.format === "ansi");
      const format: Format = flags.json ? "json" : (flags.format ?? (stdoutIsTTY || color ? "ansi" : "text"));
      print(await showCommand(refs, { format, summary: flags.summary === true, width, color }, await input()));
    });

  program
    .command("quotes")
    .description("who said what: quotes grouped by speaker on a terminal, speaker<TAB>quote in a pipe")
    .argument("[article...]", "as for 'show'")
    .addOption(new Option("-f, --format <format>", "output format (default: ansi on a terminal, tsv otherwise)").choices(QUOTE_FORMATS).conflicts("json"))
    .option("--json", "short for --format json: one object a line per article with its quotes")
    .addOption(widthOption())
    .addOption(colorOption())
    .addHelpText("after", `
Examples:
  newsread quotes story.txt
  newsread quotes story.txt | cut -f1 | sort | uniq -c`)
    .action(async (refs: string[], flags: QuotesFlags) => {
      const { width, color } = display(flags, flags.format === "ansi");
      const format: QuoteFormat = flags.json ? "json" : (flags.format ?? (stdoutIsTTY || color ? "ansi" : "tsv"));
      print(await quotesCommand(refs, { format, width, color }, await input()));
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
    .action(async (flags: { json?: boolean }) => {
      const format = flags.json ? "json" : stdoutIsTTY ? "table" : "tsv";
      print(await listCommand(format, display({ color: "never" }, false).width, await input()));
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
