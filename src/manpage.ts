import type { Command, Option } from "commander";
import { ENVIRONMENT, EXIT_STATUS } from "./reference.js";

/** newsread(1) in roff, generated from the same command definitions as --help. */
export function manPage(program: Command, version: string, date: string): string {
  const lines = [
    `.TH NEWSREAD 1 "${date}" "newsread ${version}" "User Commands"`,
    ".SH NAME",
    `newsread \\- ${roff(program.description())}`,
    ".SH SYNOPSIS",
    ...program.commands.filter((c) => c.name() !== "help").flatMap((c) => [".B newsread", `${roff(c.name())} [\\fIoptions\\fR]${c.registeredArguments.map((a) => ` ${a.required ? "" : "["}\\fI${roff(a.name())}\\fR${a.variadic ? "..." : ""}${a.required ? "" : "]"}`).join("")}`, ".br"]),
    ".B newsread help",
    "[\\fIcommand\\fR]",
    ".br",
    ".B newsread",
    "\\fB\\-V\\fR | \\fB\\-\\-version\\fR | \\fB\\-h\\fR | \\fB\\-\\-help\\fR",
    ".SH DESCRIPTION",
    "newsread parses a news article given as plain text or Markdown into a headline, sections and quotes with who said them,",
    "and shows it styled and word-wrapped on a terminal, as plain text, Markdown or JSON in a pipe, or as a short summary.",
    "An ARTICLE is a file path, \\- for standard input, or the id or number of a stored article (see \\fBnewsread list\\fR).",
    ".SH COMMANDS",
    ...program.commands.filter((c) => c.name() !== "help").flatMap((command) => [
      `.SS ${roff(command.name())}`,
      roff(command.description()),
      ...command.options.filter((o) => !o.hidden).flatMap((o) => [".TP", `\\fB${roff(o.flags)}\\fR`, roff(optionText(o))]),
    ]),
    ".SS help",
    "show help for a command, or for newsread with none (the same as \\fB\\-\\-help\\fR after the command)",
    ".SS options of newsread itself",
    ...program.options.filter((o) => !o.hidden).flatMap((o) => [".TP", `\\fB${roff(o.flags)}\\fR`, roff(optionText(o))]),
    // Commander keeps the help option apart from the others; every command has it.
    ".TP",
    "\\fB\\-h, \\-\\-help\\fR",
    "show help (after a command: that command's)",
    ".SH ENVIRONMENT",
    ...ENVIRONMENT.flatMap(([name, effect]) => [".TP", `.B ${name}`, roff(effect)]),
    ".SH EXIT STATUS",
    ...EXIT_STATUS.flatMap(([code, meaning]) => [".TP", `.B ${code}`, roff(meaning)]),
    ".SH FILES",
    ".TP",
    ".I ~/.local/share/newsread",
    "the default library folder: its .txt and .md files are the user's stored articles",
    ".SH EXAMPLES",
    ".nf",
    ...examples(program).map(roff),
    ".fi",
  ];
  return lines.join("\n") + "\n";
}

/** An option's description, its choices and its default value, as --help shows them. */
function optionText(option: Option): string {
  const choices = option.argChoices ? ` (${option.argChoices.join(", ")})` : "";
  const fallback = option.defaultValue !== undefined && typeof option.defaultValue !== "boolean" ? ` (default: ${String(option.defaultValue)})` : "";
  return option.description + choices + fallback;
}

/** The example lines of every command's help, which are written once, for --help. */
function examples(program: Command): string[] {
  const all = [program, ...program.commands].flatMap((command) => {
    let text = "";
    command.configureOutput({ writeOut: (s) => (text += s) });
    command.outputHelp();
    const section = text.split(/^Examples:\n/m)[1] ?? "";
    return section.split("\n").filter((line) => /^\s+newsread|^\s+\S.*\|\s*newsread/.test(line)).map((line) => line.trim());
  });
  // The same command line is given in several helps, with its own explanation in each: once here.
  const seen = new Set<string>();
  return all.filter((line) => {
    const command = line.split(/\s{2,}/)[0] ?? line;
    if (seen.has(command)) return false;
    seen.add(command);
    return true;
  });
}

/** Escape text for roff: backslashes, leading dots and quotes, hyphens that are minus signs. */
function roff(text: string): string {
  return text.replace(/\\/g, "\\e").replace(/-/g, "\\-").replace(/^([.'])/gm, "\\&$1");
}
