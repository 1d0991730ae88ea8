/**
 * Text clean-up before any structure is looked for. Articles arrive from editors, web pages and
 * archives, so the same layout can be spelled with different invisible characters; everything
 * downstream assumes one spelling: "\n" line ends, plain spaces, no BOM, no trailing blanks.
 */
import { isTrimmedByTrim } from "../text/chars.js";

/** Spaces that are not U+0020 but mean the same on a page (NBSP, thin, figure, ideographic...). */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/**
 * Invisible characters that web pages leave in text (zero-width space, word joiner, byte order
 * mark) and that break word matching. The zero-width joiner and non-joiner are kept: they are
 * spelling, not layout (emoji sequences such as 👨‍👩‍👧, Persian and Indic words).
 */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/g;

/**
 * Whether the parser would find no text at all: nothing but white space (`\s` is what `trim` and
 * the parser's lines drop, U+FEFF included) and the invisible characters normalizeText deletes.
 * Looks for the first other character, which in an article comes at once: no copy of the text.
 */
export function isBlankText(text: string): boolean {
  return !VISIBLE.test(text);
}
const VISIBLE = /[^\s\u200B\u2060\uFEFF]/;

/** Anything normalizeText would change; most texts have none, and then no copy is made. */
const NEEDS_NORMALIZING = /[\r\f\v\t\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]/;

/**
 * `NEEDS_NORMALIZING.test(text)`. Text with no character beyond Latin-1 (most articles) can hold only
 * the ASCII controls and the NBSP of that class: each is looked for with the native string search,
 * several times faster over such text than the pattern's class tried at every character.
 */
export function needsNormalizing(text: string): boolean {
  if (BEYOND_LATIN1.test(text)) return NEEDS_NORMALIZING.test(text);
  return text.includes("\r") || text.includes("\t") || text.includes("\f") || text.includes("\v") || text.includes("\u00A0");
}
const BEYOND_LATIN1 = /[^\x00-\xff]/;

/**
 * Line ends of every kind (CRLF, CR, and the Unicode line and paragraph separators, which editors
 * and web pages write for a line break) become "\n". Tabs, vertical tabs and form feeds become a
 * space: a vertical tab is what word processors write for a line break inside a paragraph, and a
 * form feed for a page break, which falls between paragraphs anyway (on a line of its own it leaves
 * a blank line).
 */
export function normalizeText(text: string): string {
  if (!needsNormalizing(text)) return text;
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/[\t\v\f]/g, " ")
    .replace(ODD_SPACES, " ")
    .replace(ZERO_WIDTH, "");
}

/**
 * The text as trimmed lines; blank lines are kept (as "") because they separate blocks. One walk
 * from line end to line end: each line is cut out already trimmed of its spaces, rather than split
 * out and then trimmed into a second string.
 */
export function toLines(text: string): string[] {
  const normal = normalizeText(text);
  const lines: string[] = [];
  const n = normal.length;
  for (let start = 0; start <= n; ) {
    const lineEnd = normal.indexOf("\n", start);
    const end = lineEnd < 0 ? n : lineEnd;
    lines.push(trimmedSlice(normal, start, end));
    start = end + 1;
  }
  return lines;
}

/**
 * `text.slice(start, end).trim()`. Normalized text has no white space but spaces and line ends, so
 * the line's spaces are stepped over by code; a line that still ends in other white space (text
 * that was not normalized) is left to `trim`.
 */
export function trimmedSlice(text: string, start: number, end: number): string {
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  const line = text.slice(start, end);
  return start < end && (isTrimmedByTrim(text.charCodeAt(start)) || isTrimmedByTrim(text.charCodeAt(end - 1))) ? line.trim() : line;
}

/** A line with its runs of spaces collapsed, and its words (the gaps between its spaces that are not empty). */
export interface SqueezedLine {
  text: string;
  words: number;
}

/**
 * Collapse runs of spaces inside a line (hard-wrapped or hand-typed text often doubles them), and
 * count its words in the same walk over its spaces: the article's word count then needs no walk of
 * its own. Collapsing runs of spaces leaves the count as it is. Most lines have no double space,
 * and are spared the replace machinery.
 */
export function squeezeLine(line: string): SqueezedLine {
  let words = 0;
  let doubled = false;
  let from = 0;
  for (;;) {
    const space = line.indexOf(" ", from);
    const end = space < 0 ? line.length : space;
    if (end > from) words++;
    else if (space >= 0 && from > 0) doubled = true; // an empty gap between two spaces
    if (space < 0) break;
    from = space + 1;
  }
  return { text: doubled ? line.replace(/ {2,}/g, " ") : line, words };
}
