import { Command, Help, InvalidArgumentError, Option } from "commander";
import { QUOTE_FORMAT_CHOICES as QUOTE_FORMATS, FORMAT_CHOICES as FORMATS } from "./choices.js";
import { LIST_SORTS, type ListSort } from "./commands/list.js";
import type { QuoteFormat } from "./commands/quotes.js";
import { DEFAULT_SEARCH_LIMIT, SEARCH_FORMATS, type SearchFormat } from "./commands/search.js";
import { SHELLS, type Shell } from "./completion.js";
import { PAGING_MODES, type PagingMode } from "./pager.js";
import type { Format } from "./render/index.js";
import { oneColumnMetrics } from "./render/wrap.js";
import { THEMES, type ThemeName } from "./render/theme.js";
import { COLOR_MODES, MAX_WIDTH, MIN_WIDTH, READING_WIDTH, type ColorMode } from "./terminal.js";

/**
 * newsread's commands and options, defined once: the CLI runs them, and `--help`, the completion
 * scripts and the man page are all generated from this same definition.
 */

export interface DisplayFlags {
  width?: number;
  color: ColorMode;
  theme?: ThemeName;
  paging: PagingMode;
  /** False with -P/--no-pager. */
  pager: boolean;
}

export interface ShowFlags extends DisplayFlags {
  format?: Format;
  json?: boolean;
  summary?: boolean;
}

export interface QuotesFlags extends DisplayFlags {
  format?: QuoteFormat;
  json?: boolean;
}

export interface ListFlags {
  json?: boolean;
  ids?: boolean;
  sort: ListSort;
  reverse?: boolean;
  limit?: number;
  paging: PagingMode;
  pager: boolean;
}

export interface AddFlags {
  id?: string;
}

export interface SearchFlags extends DisplayFlags {
  format?: SearchFormat;
  json?: boolean;
  speaker?: string;
  limit: number;
}

export interface ProgramActions {
  show(refs: string[], flags: ShowFlags): Promise<void>;
  quotes(refs: string[], flags: QuotesFlags): Promise<void>;
  list(flags: ListFlags): Promise<void>;
  add(files: string[], flags: AddFlags): Promise<void>;
  rm(ids: string[]): Promise<void>;
  search(query: string[], flags: SearchFlags): Promise<void>;
  completion(shell: Shell): Promise<void>;
}

export const DESCRIPTION = "Read news articles in the terminal: headline, sections and who said what.";

/**
 * Where a program's output and commands go. Read when they run, not when the program is made, so
 * the program can be made ahead of the run that uses it (the start-up snapshot holds one: see cli.ts).
 */
export interface ProgramTarget {
  print(text: string): void;
  /** The terminal's columns, to lay help out in; undefined where output is not a terminal (help is then 80 wide). */
  helpWidth(): number | undefined;
  actions: ProgramActions;
}

/** A target that prints nothing and whose commands do nothing: for a program only read (the man page) or not yet run. */
export function inertTarget(): ProgramTarget {
  const nothing = async (): Promise<void> => {};
  return { print: () => {}, helpWidth: () => undefined, actions: { show: nothing, quotes: nothing, list: nothing, add: nothing, rm: nothing, search: nothing, completion: nothing } };
}

export function defineProgram(version: string, target: ProgramTarget): Command {
  const helpWidth = (): number => target.helpWidth() ?? HELP_WIDTH;
  /** Help text after the options, its prose wrapped to the terminal when the help is shown. */
  const laidOut = (text: string) => (): string => wrapProse(text, helpWidth());
  const program = new Command("newsread")
    .description(DESCRIPTION)
    .version(version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .exitOverride()
    .configureOutput({ writeOut: (text) => target.print(text), writeErr: () => {}, outputError: () => {}, getOutHelpWidth: helpWidth })
    .configureHelp(NARROW_HELP)
    .showSuggestionAfterError(true)
    .addHelpText("after", () => wrapProse(`
Examples:
${explainedExamples(PROGRAM_EXAMPLES, helpWidth())}

Run 'newsread help <command>' for a command's options.`, helpWidth()));

  withDisplayOptions(
    program
      .command("show")
      .description("show articles: styled on a terminal, plain text in a pipe")
      .argument("[article...]", "a stored id, a number from 'newsread list', a file, or - for standard input (default: the first stored article)")
      .addOption(new Option("-f, --format <format>", "output format (default: ansi on a terminal, text otherwise)").choices(FORMATS).conflicts("json"))
      .option("--json", "short for --format json: the Article as JSON, one object a line")
      .option("-s, --summary", "a plain summary: headline, lead, sections, key quotes"),
  )
    .addHelpText("after", laidOut(`
Examples:
  newsread show story.txt --width 60
  newsread show story.txt --format markdown > story.md
  newsread show a.txt b.txt --json | jq .headline
  newsread show --summary --color never`))
    .action((refs: string[], flags: ShowFlags) => target.actions.show(refs, flags));

  withDisplayOptions(
    program
      .command("quotes")
      .description("who said what: quotes grouped by speaker on a terminal, speaker<TAB>quote in a pipe (the article first, id<TAB>speaker<TAB>quote, for several)")
      .argument("[article...]", "as for 'show'")
      .addOption(new Option("-f, --format <format>", "output format (default: ansi on a terminal, tsv otherwise)").choices(QUOTE_FORMATS).conflicts("json"))
      .option("--json", "short for --format json: one object a line per article with its quotes"),
  )
    .addHelpText("after", laidOut(`
Examples:
  newsread quotes story.txt
  newsread quotes story.txt | cut -f1 | sort | uniq -c`))
    .action((refs: string[], flags: QuotesFlags) => target.actions.quotes(refs, flags));

  program
    .command("list")
    .description("list the stored articles, newest first: the bundled ones and those in your library folder")
    .option("--json", "a JSON array of the stored articles")
    .addOption(new Option("--ids", "only the ids, one a line (for scripts and completion)").conflicts("json"))
    .addOption(new Option("--sort <key>", "order by: added (newest first), number, id, headline, words or quotes (most first)").choices(LIST_SORTS).default("added"))
    .option("-r, --reverse", "reverse the order")
    .addOption(new Option("-n, --limit <count>", "show at most this many").argParser(positiveInteger))
    .addOption(pagingOption())
    .addOption(noPagerOption())
    .addHelpText("after", laidOut(`
Your library folder is $NEWSREAD_HOME, else $XDG_DATA_HOME/newsread, else ~/.local/share/newsread.
An article's number stays with it whatever the order shown: 'newsread show 3' is the line numbered 3.

Examples:
  newsread list
  newsread list --sort words --limit 5
  newsread list --json | jq '.[].id'`))
    .action((flags: ListFlags) => target.actions.list(flags));

  program
    .command("add")
    .description("store articles (plain text or Markdown) in your library folder, each under an id made from its headline")
    .argument("<file...>", "article files, or - for standard input")
    .option("--id <id>", "the id to store the (one) article under, instead of one made from its headline")
    .addHelpText("after", laidOut(`
Adding an article whose text is already stored changes nothing and says which id it has.
In a pipe, prints id<TAB>added|exists<TAB>file a line, and a summary on stderr.

Examples:
  newsread add story.txt
  pbpaste | newsread add - --id budget-talks
  newsread add ~/saved/*.txt`))
    .action((files: string[], flags: AddFlags) => target.actions.add(files, flags));

  program
    .command("rm")
    .description("remove articles from your library folder (bundled articles cannot be removed)")
    .argument("<id...>", "ids of stored articles (see 'newsread list')")
    .addHelpText("after", laidOut(`
Examples:
  newsread rm budget-talks
  newsread list --ids | grep draft | tr '\\n' '\\0' | xargs -0 newsread rm --`))
    .action((ids: string[]) => target.actions.rm(ids));

  withDisplayOptions(
    program
      .command("search")
      .description("full-text search of the stored articles' headlines, text and quotes, most relevant first")
      .argument("[query...]", "words that must all occur; \"a phrase\" in quotes; word* for a prefix; -word (after --) to leave out")
      .option("--speaker <name>", "only articles that quote this person")
      .addOption(new Option("-n, --limit <count>", "show at most this many").argParser(positiveInteger).default(DEFAULT_SEARCH_LIMIT))
      .addOption(new Option("-f, --format <format>", "output format (default: ansi on a terminal, tsv otherwise)").choices(SEARCH_FORMATS).conflicts("json"))
      .option("--json", "short for --format json: the hits with their snippets as JSON"),
  )
    .addHelpText("after", laidOut(`
In a pipe, prints number<TAB>id<TAB>score<TAB>headline<TAB>snippet a line.

Examples:
  newsread search zelensky missiles
  newsread search "white house" --limit 5
  newsread search --speaker Trump
  newsread search drone* --json | jq '.hits[].id'
  newsread search -- trump -clinton`))
    .action((query: string[], flags: SearchFlags) => target.actions.search(query, flags));

  program
    .command("completion")
    .description("print a shell completion script (see the README for how to install it)")
    .addArgument(new Command().createArgument("<shell>", "bash, zsh or fish").choices(SHELLS))
    .addHelpText("after", laidOut(`
Examples:
  newsread completion bash > ~/.local/share/bash-completion/completions/newsread
  newsread completion zsh > "\${fpath[1]}/_newsread"
  newsread completion fish > ~/.config/fish/completions/newsread.fish`))
    .action((shell: Shell) => target.actions.completion(shell));

  return program;
}

/** The examples of the program's help: a command line and what it does. */
const PROGRAM_EXAMPLES: readonly (readonly [command: string, explanation: string])[] = [
  ["newsread show", "the bundled article, styled on a terminal"],
  ["newsread show story.txt", "an article saved as text or Markdown"],
  ["pbpaste | newsread show -", "an article from standard input"],
  ["newsread show 2 --summary", "the gist of the second stored article"],
  ["newsread show story.txt --json", "the parsed article for other programs"],
  ["newsread quotes story.txt", "who said what"],
  ["newsread list", "the stored articles, newest first"],
  ["newsread add story.txt", "keep an article in your library"],
  ["newsread search zelensky missiles", "find articles by their words"],
];

/** Commander's help width where output is not a terminal. */
const HELP_WIDTH = 80;

/**
 * Below this many columns a description is not set beside its option or command but under it:
 * a column narrower than this holds a few words a line, and commander would not wrap it at all
 * under 40 (the terminal then splits its words wherever the screen ends: at 60 columns, all of them).
 */
const NARROWEST_DESCRIPTION_COLUMN = 30;
/** How far a description set under its option or command is indented. */
const DESCRIPTION_INDENT = "      ";
/** Commander's own indent of an option or command, and the space between it and its description. */
const ITEM_INDENT = 2;
const ITEM_SPACING = 2;

/**
 * Help that reads at any width: descriptions wrapped beside their options in a column of
 * NARROWEST_DESCRIPTION_COLUMN or more, under them where that column would be narrower.
 */
const NARROW_HELP: Partial<Help> = {
  minWidthToWrap: 20,
  formatItem(term: string, termWidth: number, description: string, helper: Help): string {
    const width = helper.helpWidth ?? HELP_WIDTH;
    if (description === "" || width - termWidth - ITEM_INDENT - ITEM_SPACING >= NARROWEST_DESCRIPTION_COLUMN) return Help.prototype.formatItem.call(helper, term, termWidth, description, helper);
    const lines = helper.boxWrap(description, width - DESCRIPTION_INDENT.length).split("\n");
    return `${" ".repeat(ITEM_INDENT)}${term}\n${lines.map((line) => DESCRIPTION_INDENT + line).join("\n")}`;
  },
};

/**
 * Examples with what each does, beside the command lines where every line fits the width, else
 * each under its command line.
 */
export function explainedExamples(examples: readonly (readonly [command: string, explanation: string])[], width: number): string {
  const commandWidth = Math.max(...examples.map(([command]) => command.length));
  const beside = examples.map(([command, explanation]) => `${" ".repeat(ITEM_INDENT)}${command.padEnd(commandWidth + ITEM_SPACING)}${explanation}`);
  if (beside.every((line) => line.length <= width)) return beside.join("\n");
  const explained = (explanation: string): string => DESCRIPTION_INDENT + oneColumnMetrics.wrap(explanation, width - DESCRIPTION_INDENT.length, DESCRIPTION_INDENT);
  return examples.map(([command, explanation]) => `${" ".repeat(ITEM_INDENT)}${command}\n${explained(explanation)}`).join("\n");
}

/**
 * Help text with its prose lines wrapped to `width`; indented lines (examples, command lines to
 * copy) are left whole.
 */
export function wrapProse(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => (line === "" || line.startsWith(" ") ? line : oneColumnMetrics.wrap(line, width)))
    .join("\n");
}

/** Width, colour, theme and paging: the options of every command that shows articles. */
function withDisplayOptions(command: Command): Command {
  return command
    .addOption(widthOption())
    .addOption(colorOption())
    .addOption(themeOption())
    .addOption(pagingOption())
    .addOption(noPagerOption());
}

function widthOption(): Option {
  return new Option("-w, --width <columns>", `wrap text at this many columns (${MIN_WIDTH}-${MAX_WIDTH}; default: the terminal's, at most ${READING_WIDTH}); Markdown, JSON and tab-separated output are not wrapped`).argParser(
    (value) => {
      const width = wholeNumber(value);
      if (width === undefined || width < MIN_WIDTH || width > MAX_WIDTH) {
        throw new InvalidArgumentError(`Expected a whole number of columns from ${MIN_WIDTH} to ${MAX_WIDTH}.`);
      }
      return width;
    },
  );
}

function positiveInteger(value: string): number {
  const count = wholeNumber(value);
  if (count === undefined || count < 1) throw new InvalidArgumentError("Expected a whole number, 1 or more.");
  // Past 2^53 a number is no longer exact (SQLite refuses it as a LIMIT): no list is that long anyway.
  return Math.min(count, Number.MAX_SAFE_INTEGER);
}

/**
 * The number a whole-number option's value is written as: decimal digits and nothing else.
 * Number() would also take "0x28", "4e1", " 40" and "40.0" for 40, which no one means as a count.
 */
export function wholeNumber(value: string): number | undefined {
  return /^[0-9]+$/.test(value) ? Number(value) : undefined;
}

function colorOption(): Option {
  return new Option("--color <when>", "colour the output (NO_COLOR and FORCE_COLOR are honoured with auto)").choices(COLOR_MODES).default("auto");
}

function themeOption(): Option {
  return new Option("--theme <theme>", "colours for a dark or light background, or plain (default: $NEWSREAD_THEME, else from $COLORFGBG, else dark)").choices(THEMES);
}

/** -P with --paging is refused, as --json with --format is: which one was meant is not for newsread to guess. */
function noPagerOption(): Option {
  return new Option("-P, --no-pager", "short for --paging never").conflicts("paging");
}

function pagingOption(): Option {
  return new Option("--paging <when>", "use a pager ($NEWSREAD_PAGER, $PAGER or less) for output taller than the terminal").choices(PAGING_MODES).default("auto");
}
