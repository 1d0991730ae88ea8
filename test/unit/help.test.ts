import { describe, expect, it } from "vitest";
import { defineProgram, explainedExamples, inertTarget, wrapProse } from "../../src/program.js";

/** The help a terminal of `columns` shows for `command` (the program's own with none). */
function helpAt(columns: number | undefined, command?: string): string {
  let text = "";
  const program = defineProgram("0.0.0", { ...inertTarget(), print: (printed) => void (text += printed), helpWidth: () => columns });
  const shown = command === undefined ? program : program.commands.find((c) => c.name() === command);
  shown?.outputHelp();
  return text;
}

/** A line of the help that is a command line to copy: examples are never broken. */
const isExampleCommand = (line: string): boolean => /^ {2}(newsread|pbpaste) /.test(line);

const COMMANDS = [undefined, "show", "quotes", "list", "add", "rm", "search", "completion"];

describe("help in a narrow terminal", () => {
  it.each([60, 40])("fits %i columns, but for command lines to copy and words longer than a line", (columns) => {
    for (const command of COMMANDS) {
      for (const line of helpAt(columns, command).split("\n")) {
        if (isExampleCommand(line) || line.startsWith("Usage: ")) continue;
        const longestWord = Math.max(...line.split(" ").map((word) => word.length));
        if (longestWord < columns) expect(line.length, `${command ?? "newsread"}: ${line}`).toBeLessThanOrEqual(columns);
      }
    }
  });

  it("wraps descriptions beside their options at 60 columns, as commander does at 100", () => {
    expect(helpAt(60, "show").split("\nOptions:\n")[1]?.split("\n").slice(0, 6).join("\n")).toMatchInlineSnapshot(`
      "  -f, --format <format>  output format (default: ansi on a
                               terminal, text otherwise) (choices:
                               "ansi", "text", "markdown", "json")
        --json                 short for --format json: the
                               Article as JSON, one object a line
        -s, --summary          a plain summary: headline, lead,"
    `);
  });

  it("sets descriptions under their options or commands where the column beside them would be narrower than 30", () => {
    expect(helpAt(60).split("\nCommands:\n")[1]?.split("\n").slice(0, 5).join("\n")).toMatchInlineSnapshot(`
      "  show [options] [article...]
            show articles: styled on a terminal, plain text in a
            pipe
        quotes [options] [article...]
            who said what: quotes grouped by speaker on a"
    `);
    expect(helpAt(40, "show").split("\nOptions:\n")[1]?.split("\n").slice(0, 6).join("\n")).toMatchInlineSnapshot(`
      "  -f, --format <format>
            output format (default: ansi on a
            terminal, text otherwise)
            (choices: "ansi", "text",
            "markdown", "json")
        --json"
    `);
  });

  it("is as commander lays it out at 80 columns and in a pipe, where it fits", () => {
    for (const command of COMMANDS) expect(helpAt(80, command)).toBe(helpAt(undefined, command));
    expect(helpAt(undefined)).toContain("\n  newsread show                      the bundled article, styled on a terminal\n");
    expect(helpAt(undefined, "show")).toContain("\n  -s, --summary          a plain summary: headline, lead, sections, key quotes\n");
  });
});

describe("the parts of help laid out by newsread", () => {
  const examples = [
    ["newsread show", "the bundled article"],
    ["newsread search zelensky missiles", "find articles by their words"],
  ] as const;

  it.each([
    ["beside their commands where every line fits", 70, "  newsread show                      the bundled article\n  newsread search zelensky missiles  find articles by their words"],
    ["under them where one would not", 60, "  newsread show\n      the bundled article\n  newsread search zelensky missiles\n      find articles by their words"],
    ["wrapped under them where needed", 24, "  newsread show\n      the bundled\n      article\n  newsread search zelensky missiles\n      find articles by\n      their words"],
  ])("examples: %s", (_name, width, expected) => {
    expect(explainedExamples(examples, width)).toBe(expected);
  });

  it.each([
    ["prose is wrapped", "Adding an article changes nothing.", 20, "Adding an article\nchanges nothing."],
    ["indented lines are left whole", "Examples:\n  newsread show story.txt --width 60", 20, "Examples:\n  newsread show story.txt --width 60"],
    ["blank lines stay", "One.\n\nTwo.", 20, "One.\n\nTwo."],
  ])("wrapProse: %s", (_name, text, width, expected) => {
    expect(wrapProse(text, width)).toBe(expected);
  });
});
