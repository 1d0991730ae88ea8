import { failTogether, nothingToAdd, notFound, usageError, UserError } from "../errors.js";
import { decodeArticleBytes } from "../decode.js";
import { isMarkdownArticle, readArticleFile, refuseStdinTwice, stdinIsTerminal } from "../input.js";
import type { AddItem, AddResult } from "../library/library.js";
import { isBlankText } from "../parse/normalize.js";
import { invalidIdReason } from "../library/slug.js";
import { printable, printableName } from "../render/sanitize.js";
import { openLibrary } from "../store.js";

export interface AddContext {
  seedsDir: string;
  libraryDir: string;
  /** Undefined when standard input is a terminal. */
  readStdin: (() => Promise<Uint8Array>) | undefined;
  /** Lines for a person (stdout is a terminal) or one tab-separated line per article (a pipe). */
  stdoutIsTTY: boolean;
  /** Progress on a terminal's stderr (undefined elsewhere). */
  progress?: ProgressDisplay;
  /** A message for stderr. */
  notice: (message: string) => void;
}

export interface ProgressDisplay {
  /** Draw a line over the last one ("" to clear it). */
  draw: (line: string) => void;
  /** The terminal's width now (it can be resized during a long add). */
  columns: () => number;
}

/** Adding more than this many articles on a terminal shows a progress bar and a summary instead of a line each. */
const MANY = 10;

/**
 * `newsread add FILE...|-`: read every article first (nothing is stored if one cannot be read), then
 * store them in one go. Returns what to print on stdout; the summary goes to `notice` when piped.
 */
export async function addCommand(sources: readonly string[], chosenId: string | undefined, context: AddContext): Promise<string> {
  if (chosenId !== undefined) {
    const reason = invalidIdReason(chosenId);
    if (reason) throw usageError(`--id '${chosenId}': ${reason}`);
    if (sources.length !== 1) throw usageError("--id names one article: give exactly one FILE with it");
  }
  refuseStdinTwice(sources);
  const items: AddItem[] = [];
  const failures: UserError[] = [];
  for (const source of sources) {
    try {
      items.push(await readItem(source, context));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failures.push(error);
    }
  }
  // Every file that cannot be added is named, so a folder of a thousand is mended in one go;
  // nothing is stored.
  failTogether(failures, context.notice);

  const library = await openLibrary(context.seedsDir, context.libraryDir, { create: true, notice: context.notice });
  let lastLine = "";
  const progress =
    context.progress && items.length > MANY
      ? (done: number, total: number): void => {
          const line = progressLine(done, total, context.progress?.columns() ?? Number.POSITIVE_INFINITY);
          if (line !== lastLine) context.progress?.draw(line);
          lastLine = line;
        }
      : undefined;
  let results: AddResult[];
  try {
    results = await library.add(items, chosenId, progress);
  } finally {
    if (progress) context.progress?.draw("");
    library.close();
  }
  return report(results, context);
}

async function readItem(source: string, context: AddContext): Promise<AddItem> {
  let text: string;
  if (source === "-") {
    if (!context.readStdin) throw stdinIsTerminal("add");
    text = decodeArticleBytes(await context.readStdin(), "standard input");
  } else {
    const read = await readArticleFile(source);
    if (read === undefined) throw notFound(`${source}: no such file`);
    text = read;
  }
  const name = source === "-" ? "standard input" : source;
  // As `show` judges it: text the parser finds no words in would be stored with an empty headline.
  // (Markdown whose markup holds no text, such as a lone rule, is found only once parsed: Library.add.)
  if (isBlankText(text)) throw nothingToAdd(name);
  return { text, source: name, markdown: isMarkdownArticle(source, text) };
}

const BAR_WIDTH = 30;
/** A bar narrower than this says too little to be worth its columns: the count alone is shown. */
const MIN_BAR_WIDTH = 10;

/**
 * `[#######-------]  512/1000 articles`, narrowed to fit a terminal of `columns`: a line as wide as
 * the terminal wraps, and redrawing it (a carriage return, then clear to the end of the line) would
 * then clear only its last row, leaving a copy of the bar behind at every update. The last column
 * is left free, as a line that fills it leaves some terminals' cursor on the next row.
 */
export function progressLine(done: number, total: number, columns: number): string {
  const room = columns - 1;
  const fraction = `${String(done).padStart(String(total).length)}/${total}`;
  const count = `${fraction} articles`;
  const barWidth = Math.min(BAR_WIDTH, room - count.length - 3);
  if (barWidth >= MIN_BAR_WIDTH) {
    const filled = total === 0 ? barWidth : Math.floor((done / total) * barWidth);
    return `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}] ${count}`;
  }
  return [count, fraction].find((line) => line.length <= room) ?? "";
}

/** On a terminal, at most this many "already stored" lines of a large add; the rest are counted. */
const SHOWN_EXISTING = 50;

/** What `add` prints on stdout (and, in a pipe, the summary it gives `notice`). */
export function report(results: readonly AddResult[], context: Pick<AddContext, "stdoutIsTTY" | "notice">): string {
  const added = results.filter((r) => r.status === "added").length;
  const existing = results.length - added;
  const summary = `added ${added} article${added === 1 ? "" : "s"}${existing ? `, ${existing} already stored` : ""}`;
  if (!context.stdoutIsTTY) {
    // For scripts: id, status, source; the summary on stderr keeps stdout to the data.
    context.notice(summary);
    return results.map((r) => `${printableName(r.id)}\t${r.status}\t${printableName(r.source)}\n`).join("");
  }
  if (results.length <= MANY) {
    return results
      .map((r) => (r.status === "exists" ? alreadyStoredLine(r) : `added ${printableName(r.id)}: ${printable(r.headline)}`))
      .map((line) => `${line}\n`)
      .join("");
  }
  // The summary is always the last line, after the first files already stored and a count of the rest.
  const stored = results.filter((r) => r.status === "exists").map(alreadyStoredLine);
  const lines = stored.slice(0, SHOWN_EXISTING);
  if (stored.length > SHOWN_EXISTING) lines.push(`… and ${stored.length - SHOWN_EXISTING} more already stored`);
  lines.push(summary.charAt(0).toUpperCase() + summary.slice(1));
  return lines.map((line) => `${line}\n`).join("");
}

function alreadyStoredLine(result: AddResult): string {
  return `already stored as ${printableName(result.id)}: ${printableName(result.source)}`;
}
