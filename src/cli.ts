import { fstatSync } from "node:fs";
import { homedir, userInfo } from "node:os";
import type { Readable, Writable } from "node:stream";
import { CommanderError, type Command } from "commander";
import { listCommand } from "./commands/list.js";
import type { QuoteFormat } from "./commands/quotes.js";
import type { SearchFormat } from "./commands/search.js";
import { completionScript } from "./completion.js";
import { ArticleBytesReader } from "./decode.js";
import { ExitCode, unreadable, usageError, UserError } from "./errors.js";
import type { InputContext } from "./input.js";
import { writeChunks, writeOut, writeThroughPager } from "./output.js";
import { pagerCommand, screenRows, screenRowsOf, shouldPage, type PagingMode } from "./pager.js";
import { defineProgram, inertTarget, type DisplayFlags, type ProgramActions, type ProgramTarget } from "./program.js";
import type { DisplaySettings, Format } from "./render/index.js";
import { printable, printableName } from "./render/sanitize.js";
import { decideTheme, THEMES } from "./render/theme.js";
import { findStoredArticle, homeFolder, libraryDir as libraryDirIn } from "./store.js";
import { decideColor, decideHyperlinks, decideTableWidth, decideWidth, READING_WIDTH, terminalColumns } from "./terminal.js";
import { seedsDir } from "./paths.js";
import { ansiMetrics, quickLineWidth } from "./render/wrap.js";
import { packageVersion } from "./version.js";

/** The slice of a Node process the CLI uses; tests pass a fake one. */
export interface CliProcess {
  argv: string[];
  env: Record<string, string | undefined>;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  exitCode?: number | string | undefined;
  on?(event: PagerSignal, listener: () => void): unknown;
  off?(event: PagerSignal, listener: () => void): unknown;
}

/** The signals newsread handles while a pager has the terminal. */
type PagerSignal = "SIGINT" | "SIGTERM" | "SIGHUP";

/** Exit statuses for a run ended by a signal, as a shell reports them (128 + the signal's number). */
const SIGNAL_EXIT: Record<Exclude<PagerSignal, "SIGINT">, number> = { SIGHUP: 129, SIGTERM: 143 };


/** What a command leaves to print, and whether it may go through a pager. */
interface Output {
  text: string;
  /** Printed after `text`: pieces made as they are written (a long article is never one string), unless a pager needs them whole. */
  chunks: Iterable<string>;
  /** Printed last: output already in UTF-8 (a kept listing, as read from its file). */
  bytes: Uint8Array | undefined;
  paging: PagingMode;
}

/** Parse argv, run the command, print its output; the one place errors become messages and exit codes. */
export async function main(proc: CliProcess): Promise<void> {
  proc.stdout.on("error", () => {}); // a closed pipe is reported by writeOut; nothing else to do here
  const output: Output = { text: "", chunks: [], bytes: undefined, paging: "never" };
  try {
    await run(proc, output);
  } catch (error) {
    // Help and version end commander's parse with an "error" whose exit code is 0; their text is in `output`.
    if (!(error instanceof CommanderError && error.exitCode === 0)) {
      proc.exitCode = reportError(proc, error);
      return;
    }
  }
  try {
    await emit(proc, output);
  } catch (error) {
    proc.exitCode = reportError(proc, error); // output made while it is written can fail there
  }
}

async function run(proc: CliProcess, output: Output): Promise<void> {
  const stdoutIsTTY = proc.stdout.isTTY === true;
  const libraryDir = (env: CliProcess["env"]): string => libraryDirIn(env, homeFolder(homedir(), () => userInfo().homedir));
  const print = (text: string): void => void (output.text += text);
  const paged = (flags: { paging: PagingMode; pager: boolean }): void => void (output.paging = flags.pager ? flags.paging : "never");
  const readStdin = (): (() => Promise<Uint8Array>) | undefined => (proc.stdin.isTTY ? undefined : () => readAll(proc.stdin));
  const notice = (message: string): void => void proc.stderr.write(`newsread: ${printable(message)}\n`);
  const input = async (command: string): Promise<InputContext> => ({
    command,
    notice,
    findStored: (ref) => findStoredArticle(seedsDir(), libraryDir(proc.env), ref, { create: false, notice }),
    // A getter: standard input is opened (which costs start-up time) only to read an article from it.
    get readStdin() {
      return readStdin();
    },
  });
  /** Width, colour, theme and hyperlinks; an explicit styled format counts as a terminal for colour's sake. */
  const display = (flags: DisplayFlags, styled: boolean): DisplaySettings => {
    const color = decideColor(flags.color, proc.env, stdoutIsTTY || styled);
    const configured = proc.env.NEWSREAD_THEME;
    if (color && flags.theme === undefined && configured && !(THEMES as readonly string[]).includes(configured)) {
      proc.stderr.write(`newsread: warning: NEWSREAD_THEME '${printable(configured)}' is not a theme (${THEMES.join(", ")}); using the default\n`);
    }
    return {
      width: decideWidth(flags.width, proc.stdout.columns, proc.env, stdoutIsTTY),
      color,
      theme: decideTheme(flags.theme, proc.env),
      hyperlinks: color && decideHyperlinks(proc.env, stdoutIsTTY),
    };
  };

  /**
   * Whether a command's default format is its styled one: on a terminal (with colour or without:
   * its layout is the reading one), or in a pipe with `--color always` given. Colour turned on only
   * by the environment (FORCE_COLOR, which CI machines often export for every program) leaves a
   * pipe its plain or tab-separated format, which scripts read.
   */
  const styledByDefault = (flags: DisplayFlags): boolean => stdoutIsTTY || flags.color === "always";

  const actions: ProgramActions = {
    async show(refs, flags) {
      const settings = display(flags, flags.format === "ansi");
      const format: Format = flags.json ? "json" : (flags.format ?? (styledByDefault(flags) ? "ansi" : "text"));
      const { showCommand } = await import("./commands/show.js"); // the parser and renderers load only for commands that use them
      output.chunks = await showCommand(refs, { format, summary: flags.summary === true, ...settings }, await input("show"));
      paged(flags);
    },
    async quotes(refs, flags) {
      const settings = display(flags, flags.format === "ansi");
      const format: QuoteFormat = flags.json ? "json" : (flags.format ?? (styledByDefault(flags) ? "ansi" : "tsv"));
      const { quotesCommand } = await import("./commands/quotes.js");
      print(await quotesCommand(refs, { format, ...settings }, await input("quotes")));
      paged(flags);
    },
    async list(flags) {
      const format = flags.ids ? "ids" : flags.json ? "json" : stdoutIsTTY ? "table" : "tsv";
      const width = decideTableWidth(proc.stdout.columns, proc.env, stdoutIsTTY);
      const order = { sort: flags.sort, reverse: flags.reverse === true, limit: flags.limit };
      const listed = await listCommand({ format, width }, order, { seedsDir: seedsDir(), libraryDir: libraryDir(proc.env), open: { create: false, notice } });
      if (typeof listed === "string") print(listed);
      else output.bytes = listed;
      paged(flags);
    },
    async add(files, flags) {
      const { addCommand } = await import("./commands/add.js");
      const stderr = proc.stderr;
      const progress = stderr.isTTY
        ? { draw: (line: string) => void stderr.write(`\r\u001b[K${line}`), columns: () => terminalColumns(stderr.columns, proc.env) ?? READING_WIDTH }
        : undefined;
      const context = {
        seedsDir: seedsDir(),
        libraryDir: libraryDir(proc.env),
        get readStdin() {
          return readStdin();
        },
        stdoutIsTTY,
        progress,
        notice,
      };
      print(await addCommand(files, flags.id, context));
    },
    async rm(ids) {
      const { rmCommand } = await import("./commands/rm.js");
      print(await rmCommand(ids, seedsDir(), libraryDir(proc.env)));
    },
    async search(words, flags) {
      const { searchCommand } = await import("./commands/search.js");
      const settings = display(flags, flags.format === "ansi");
      const format: SearchFormat = flags.json ? "json" : (flags.format ?? (styledByDefault(flags) ? "ansi" : "tsv"));
      const options = { format, speaker: flags.speaker, limit: flags.limit, ...settings };
      print(await searchCommand(words.join(" "), options, seedsDir(), libraryDir(proc.env)));
      paged(flags);
    },
    async completion(shell) {
      print(completionScript(program, shell));
    },
  };
  const helpWidth = (): number | undefined => (stdoutIsTTY ? proc.stdout.columns : undefined);
  const program = takeProgramMadeAhead({ print, helpWidth, actions }) ?? defineProgram(packageVersion(), { print, helpWidth, actions });
  const [first, topic, ...extra] = proc.argv.slice(2);
  // Commander's help command takes no notice of more words; every other command refuses them.
  if (first === "help" && extra.length > 0) throw usageError(`too many arguments for 'help': it takes one command, e.g. 'newsread help ${topic ?? "show"}'`);
  if (proc.argv.length <= 2 || (first === "help" && topic === "help")) program.outputHelp();
  else if (first === "help" && topic !== undefined && !program.commands.some((c) => c.name() === topic)) {
    // Commander asks for help on an unknown command with an internal code for its message; parsed
    // as a command, it gets the message an unknown command gets, with its suggestion.
    await program.parseAsync([...proc.argv.slice(0, 2), topic]);
  } else {
    await program.parseAsync(proc.argv).catch((error: unknown) => {
      throw first === "search" ? withExclusionHint(error) : error;
    });
  }
}

/**
 * `search trump -clinton`: a word to leave out reads as an option before `--`; the message says
 * where it goes rather than leave the user to guess that `-word` is supported at all.
 */
function withExclusionHint(error: unknown): unknown {
  if (!(error instanceof CommanderError) || error.code !== "commander.unknownOption") return error;
  const word = /'(-[^-'][^']*)'/.exec(error.message)?.[1];
  return word === undefined ? error : usageError(`unknown option '${word}' (to leave out the articles that have a word, give it after --: newsread search -- WORDS ${word})`);
}

/** A program made before its run, and the target it was made with, which the run fills in. */
let madeAhead: { program: Command; target: ProgramTarget } | undefined;

/**
 * Define the commands now, for the next run to use: the start-up snapshot is written after this,
 * so a run from it finds them made (commander building them took about 3 ms of every run).
 */
export function defineProgramAhead(): void {
  const target = inertTarget();
  madeAhead = { program: defineProgram(packageVersion(), target), target };
}

/** The program made ahead, once, now printing to and acting through `target`. */
function takeProgramMadeAhead(target: ProgramTarget): Command | undefined {
  const ahead = madeAhead;
  madeAhead = undefined;
  if (!ahead) return undefined;
  Object.assign(ahead.target, target);
  return ahead.program;
}

/** Print, through the pager when the output does not fit on the terminal (or paging is forced). */
async function emit(proc: CliProcess, output: Output): Promise<void> {
  // Where no length of output would be paged (a pipe, a file, --no-pager), it is written as it is made.
  if (!shouldPage(output.paging, proc.stdout.isTTY === true, Number.POSITIVE_INFINITY, proc.stdout.rows, proc.env.TERM)) {
    if ((await writeChunks(proc.stdout, printedInOrder(output))) === "written" && output.bytes) await writeOut(proc.stdout, output.bytes);
    return;
  }
  const text = output.text + [...output.chunks].join("") + (output.bytes ? new TextDecoder().decode(output.bytes) : "");
  if (!text) return;
  const pager = shouldPage(output.paging, proc.stdout.isTTY === true, await screenRowsFor(proc, text), proc.stdout.rows, proc.env.TERM) ? pagerCommand(proc.env) : undefined;
  if (pager && "unusable" in pager) proc.stderr.write(`newsread: warning: ${pager.unusable}; printing directly\n`);
  else if (pager) {
    // The pager owns the terminal now: Ctrl-C is for it (less -K quits), we just wait for it to end.
    // Told to end (SIGTERM, or SIGHUP when the terminal goes), we end the pager first and wait for
    // it, as git does: a pager left behind would go on reading the keys typed to the shell.
    const ignoreInterrupt = (): void => {};
    const stop = new AbortController();
    let stoppedBy: keyof typeof SIGNAL_EXIT | undefined;
    const stopOn = Object.fromEntries(
      (Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]).map((signal) => [signal, () => ((stoppedBy ??= signal), stop.abort())]),
    ) as Record<keyof typeof SIGNAL_EXIT, () => void>;
    proc.on?.("SIGINT", ignoreInterrupt);
    for (const [signal, listener] of Object.entries(stopOn)) proc.on?.(signal as PagerSignal, listener);
    const result = await writeThroughPager(pager.command, text, proc.env, stop.signal);
    proc.off?.("SIGINT", ignoreInterrupt);
    for (const [signal, listener] of Object.entries(stopOn)) proc.off?.(signal as PagerSignal, listener);
    if (stoppedBy) {
      proc.exitCode = SIGNAL_EXIT[stoppedBy];
      return;
    }
    if (result === "paged") return;
    proc.stderr.write(`newsread: warning: pager '${printable(pager.command[0] ?? "")}' could not be started; printing directly\n`);
  }
  await writeOut(proc.stdout, text);
}

/**
 * The screen rows `text` takes on this terminal, up to as many as it has (enough to tell that it
 * does not fit): lines wider than the terminal (JSON, Markdown, a --width wider than it) wrap there.
 */
async function screenRowsFor(proc: CliProcess, text: string): Promise<number> {
  const columns = terminalColumns(proc.stdout.columns, proc.env) ?? READING_WIDTH;
  const enough = screenRows(proc.stdout.rows);
  // Measured without string-width where the text allows (most output): loading it costs start-up time.
  let needsStringWidth = false;
  const quickly = screenRowsOf(text, columns, (line) => quickLineWidth(line) ?? ((needsStringWidth = true), 0), enough);
  if (!needsStringWidth || quickly >= enough) return quickly; // lines left unmeasured would only add rows
  const metrics = await ansiMetrics();
  return screenRowsOf(text, columns, (line) => metrics.width(line), enough);
}

function* printedInOrder(output: Output): Generator<string, void, undefined> {
  yield output.text;
  yield* output.chunks;
}

/**
 * One line on stderr, escaped as article text is (messages name files and ids, which may hold any
 * character); a stack trace only for what a user cannot cause, or with NEWSREAD_DEBUG set.
 */
function reportError(proc: CliProcess, error: unknown): number {
  const debug = Boolean(proc.env.NEWSREAD_DEBUG);
  if (error instanceof UserError || error instanceof CommanderError) {
    // Commander wraps its own messages over lines; a line end or tab in ours came from a name the
    // user gave, and is shown escaped (`\x0a`), as names are everywhere, not as a space.
    const message =
      error instanceof UserError ? printableName(error.message) : printable(error.message.replace(/^error: /, "").replace(/\s*\n\s*/g, " "));
    proc.stderr.write(`newsread: ${message}\n`);
    if (debug && error.stack) proc.stderr.write(`${error.stack}\n`);
    return error instanceof UserError ? error.exitCode : ExitCode.usage;
  }
  const message = printable(error instanceof Error ? error.message : String(error));
  proc.stderr.write(`newsread: internal error: ${message}${debug ? "" : " (set NEWSREAD_DEBUG=1 for details)"}\n`);
  if (debug && error instanceof Error && error.stack) proc.stderr.write(`${error.stack}\n`);
  return ExitCode.internal;
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  // A directory as standard input reads as nothing at all: say what it is, not "empty article".
  const fd = (stream as Readable & { fd?: unknown }).fd;
  if (typeof fd === "number" && fstatSync(fd).isDirectory()) throw unreadable("standard input: is a directory, not an article");
  // Judged as it comes: `cat /dev/urandom | newsread show -` stops at its first bytes.
  const reader = new ArticleBytesReader("standard input");
  for await (const chunk of stream) reader.add(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return reader.bytes();
}
