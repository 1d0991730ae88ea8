/**
 * Measuring and wrapping text in display columns. wrap-ansi and string-width are right for every
 * script, emoji and escape code, but cost more at start-up than everything else newsread does for
 * a plain-text article (Intl.Segmenter and a large emoji expression are built at import). Most
 * articles are in scripts whose every character is one column wide, so for those the same greedy,
 * hard-breaking wrap runs here directly; anything else loads the libraries. A test holds the two
 * to identical output.
 */
import { isTrimmedByTrim } from "../text/chars.js";

export interface Metrics {
  /**
   * Word-wrap to `width` columns, breaking words longer than that, trimming line ends; `indent`
   * starts every row after the first (not counted in `width`), put there as the rows are made.
   */
  wrap(text: string, width: number, indent?: string): string;
  /** Display columns of one line. */
  width(line: string): number;
}

/** A character that may not be one column once printable() has escaped it. */
const NOT_ONE_COLUMN = /[^\u0000-\u007e\u007f-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u202a-\u202e\u2030-\u205e\u2066-\u2069\u20a0-\u20c0\u2100-\u218b\u2190-\u22ff\u2500-\u259f]/;

/**
 * Text whose every character is one column in any terminal once printable() has escaped it:
 * Latin, Greek, Cyrillic, general punctuation, currency signs, letterlike symbols and number forms
 * (™, №, ⅓), arrows and mathematical operators (→, −, ≈), box drawing and block elements (tables
 * drawn in text), without combining marks or the soft hyphen (zero columns); control
 * characters and bidi overrides count, as printable() turns them into ASCII escapes. Tested on
 * the raw text, so no escaped copy is made just to measure; by a search for a character outside,
 * as in isPlainText.
 */
export function isOneColumnText(text: string): boolean {
  return !NOT_ONE_COLUMN.test(text);
}

/**
 * Metrics for plain text (no escape codes), given the texts to show before printable() escapes
 * them: the fast path when every one is one-column text.
 */
export async function plainMetrics(texts: readonly string[]): Promise<Metrics> {
  if (texts.every(isOneColumnText)) return oneColumnMetrics;
  return texts.every(isSimpleText) ? simpleTextMetrics : ansiMetrics();
}

/**
 * Metrics for anything, styled text included. wrap-ansi measures every word with string-width,
 * which for any character outside ASCII builds a grapheme segmenter and compiles a large emoji
 * expression: most of the styled renderer's start-up. Where the visible text is one-column, where
 * the breaks fall depends only on the spaces, the escape codes and the number of characters, so
 * wrap-ansi wraps an ASCII stand-in and the characters are put back (see wrapStyledOneColumn).
 * Unstyled one-column text (most of an article that has wider characters somewhere) needs no
 * wrap-ansi at all: `oneColumnMetrics` wraps it as wrap-ansi would.
 */
export async function ansiMetrics(): Promise<Metrics> {
  const [{ default: wrapAnsi }, { default: stringWidth }] = await Promise.all([import("wrap-ansi"), import("string-width")]);
  const wrap = (text: string, width: number): string => wrapAnsi(text, Math.max(1, width), { hard: true, trim: true });
  const wrapStyled = (text: string, width: number): string => wrapStyledOneColumn(text, (standIn) => wrap(standIn, width)) ?? wrap(text, width);
  return {
    wrap: (text, width, indent = "") => {
      if (isUnstyledOneColumn(text)) return oneColumnMetrics.wrap(text, width, indent);
      return indented(wrapSimpleText(text, width) ?? wrapStyled(text, width), indent);
    },
    width: (line) => visibleOneColumnWidth(line) ?? simpleLineWidth(line) ?? stringWidth(line),
  };
}

/** Any control character but the line break: escape codes among them. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

export function isUnstyledOneColumn(text: string): boolean {
  return isOneColumnText(text) && !CONTROL.test(text);
}

function indented(wrapped: string, indent: string): string {
  return indent === "" ? wrapped : wrapped.replaceAll("\n", "\n" + indent);
}

/** The escape codes newsread's styling writes: SGR styles and OSC 8 hyperlinks. */
const STYLE_ESCAPE = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*\u0007/y;

function escapeAt(text: string, index: number): string | undefined {
  STYLE_ESCAPE.lastIndex = index;
  return STYLE_ESCAPE.exec(text)?.[0];
}

/**
 * Styled text as `wrap` wraps it, computed by wrapping a copy whose visible characters outside
 * ASCII are replaced by "x"; undefined unless the text is one-column apart from newsread's escape
 * codes (no other control characters: those are left to wrap-ansi). The wrapped copy has the
 * same visible characters other than spaces, in the same order, so the k-th of them is the k-th
 * of the text's.
 */
function wrapStyledOneColumn(text: string, wrap: (standIn: string) => string): string | undefined {
  if (!isOneColumnText(text)) return undefined;
  const normal = /[^\u0000-\u02ff]/.test(text) ? text.normalize() : text; // as wrap-ansi does, see oneColumnMetrics
  let standIn = "";
  let ascii = true;
  for (let i = 0; i < normal.length; ) {
    const code = normal.charCodeAt(i);
    if (code === 0x1b) {
      const escape = escapeAt(normal, i);
      if (escape === undefined) return undefined;
      standIn += escape;
      i += escape.length;
      continue;
    }
    if ((code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) return undefined;
    if (code > 0x7e) ascii = false;
    standIn += code > 0x7e ? "x" : normal.charAt(i);
    i++;
  }
  const wrapped = wrap(standIn);
  if (ascii) return wrapped;
  let restored = "";
  let next = 0; // in `normal`: where to look for the next visible character that is not a space
  for (let i = 0; i < wrapped.length; ) {
    const ch = wrapped.charAt(i);
    const escape = ch === "\u001b" ? escapeAt(wrapped, i) : undefined;
    if (escape !== undefined) {
      restored += escape;
      i += escape.length;
      continue;
    }
    i++;
    if (ch === " " || ch === "\n") {
      restored += ch;
      continue;
    }
    for (;;) {
      const skipped = normal.charAt(next) === "\u001b" ? escapeAt(normal, next) : undefined;
      if (skipped !== undefined) next += skipped.length;
      else if (normal.charAt(next) === " " || normal.charAt(next) === "\n") next++;
      else break;
    }
    restored += normal.charAt(next++);
  }
  return restored;
}

/** Display columns of a styled line whose visible text is one-column; undefined for any other. */
function visibleOneColumnWidth(line: string): number | undefined {
  if (!isOneColumnText(line)) return undefined;
  let width = 0;
  for (let i = 0; i < line.length; ) {
    const code = line.charCodeAt(i);
    if (code === 0x1b) {
      const escape = escapeAt(line, i);
      if (escape === undefined) return undefined;
      i += escape.length;
      continue;
    }
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return undefined;
    width++;
    i++;
  }
  return width;
}

/**
 * Any character outside the ranges that NFC leaves alone, singly and next to each other: below
 * U+0300 (no combining marks), general punctuation (curly quotes, dashes), currency signs,
 * letterlike symbols but for the ohm, kelvin and ångström signs (NFC makes them letters), number
 * forms, arrows and mathematical operators (NFC composes their negations, ≠ and ∉, only from a
 * combining mark), box drawing and block elements.
 */
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02ff\u2010-\u205e\u20a0-\u20c0\u2100-\u2125\u2127-\u2129\u212c-\u218b\u2190-\u22ff\u2500-\u259f]/;

/** A character that printable() or NFC would change, or that may not be one column. */
const NOT_PLAIN_TEXT = /[^\n\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u2125\u2127-\u2129\u212c-\u218b\u2190-\u22ff]/;
/** The same, or a line break. */
const NOT_PLAIN_LINE = /[^\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u2125\u2127-\u2129\u212c-\u218b\u2190-\u22ff]/;

/**
 * Text that printable() and NFC both leave as it is, one column a character: most articles, in
 * every text they show, which one pass over them tells (see `plainTextMetrics`). Searching for a
 * character outside is about a third faster than matching the whole text against the set.
 */
export function isPlainText(text: string): boolean {
  return !NOT_PLAIN_TEXT.test(text);
}

/** Plain text on one line: nearly every text an article shows, which the same pass tells (see `plainLineMetrics`). */
export function isPlainLine(text: string): boolean {
  return !NOT_PLAIN_LINE.test(text);
}

export const oneColumnMetrics: Metrics = {
  wrap: (text, width, indent = "") => wrapOneColumn(text, width, "\n" + indent, true),
  width: (line) => line.length,
};

/** `oneColumnMetrics` for text known to be plain (`isPlainText`): no test for what NFC would change. */
export const plainTextMetrics: Metrics = {
  wrap: (text, width, indent = "") => wrapOneColumn(text, width, "\n" + indent, false),
  width: (line) => line.length,
};

/**
 * `plainTextMetrics` for texts known to be plain and on one line (`isPlainLine`): no search for line
 * breaks either, which for a short text (a heading, a quote, a speaker) costs more than its wrap.
 */
export const plainLineMetrics: Metrics = {
  wrap: (text, width, indent = "") => wrapOneLine(text, Math.max(1, width), "\n" + indent),
  width: (line) => line.length,
};

/**
 * Text of one-column characters (as in `isUnstyledOneColumn`, without bidi controls) and of
 * characters two columns wide that stand alone: each one code unit, its own grapheme and its own
 * NFC form (kana, Bopomofo, CJK ideographs, Hangul syllables, CJK brackets and stops, fullwidth
 * forms). Such text, most of what a Chinese, Japanese or Korean article shows, wraps as one-column
 * text does with two columns for each wide character, which `wrapLine` does without wrap-ansi.
 */
const NOT_SIMPLE_TEXT = /[^\n\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u218b\u2190-\u22ff\u2500-\u259f\u3001-\u3003\u3008-\u3011\u3041-\u3096\u30a1-\u30fc\u3105-\u312f\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff5e]/;
/** In simple text, every character from here on is two columns wide, and none before it. */
const WIDE_FROM = 0x3001;

function isSimpleText(text: string): boolean {
  return !NOT_SIMPLE_TEXT.test(text);
}

/**
 * Metrics for simple text, as `ansiMetrics` wraps and measures it, without loading wrap-ansi and
 * string-width (a tenth of a second before a Chinese, Japanese or Korean article could be shown).
 * Simple text is plain text for them: printable() leaves it as it is, and so do the renderers'
 * quote marks, dashes and link targets around it.
 */
export const simpleTextMetrics: Metrics = {
  wrap: (text, width, indent = "") => {
    if (isUnstyledOneColumn(text)) return oneColumnMetrics.wrap(text, width, indent);
    const wrapped = wrapSimpleText(text, width);
    if (wrapped === undefined) throw new Error("internal: simple-text metrics given text that is not simple");
    return indented(wrapped, indent);
  },
  width: (line) => {
    const width = visibleOneColumnWidth(line) ?? simpleLineWidth(line);
    if (width === undefined) throw new Error("internal: simple-text metrics given a line that is not simple");
    return width;
  },
};

/** wrap-ansi's wrap of simple text (`NOT_SIMPLE_TEXT`), without the indent; undefined for other text. */
function wrapSimpleText(text: string, width: number): string | undefined {
  if (NOT_SIMPLE_TEXT.test(text)) return undefined;
  const normal = text.normalize(); // as wrap-ansi does: a wide character is its own NFC, a one-column one may not be
  if (normal !== text && NOT_SIMPLE_TEXT.test(normal)) return undefined;
  const columns = Math.max(1, width);
  return normal
    .split("\n")
    .map((line) => wrapLine(line, columns, "\n", true))
    .join("\n");
}

/** Display columns of a line of simple text (`NOT_SIMPLE_TEXT`); undefined for any other. */
function simpleLineWidth(line: string): number | undefined {
  return line.includes("\n") || NOT_SIMPLE_TEXT.test(line) ? undefined : simpleTextWidth(line);
}

/** Display columns of simple text: two for each wide character. */
function simpleTextWidth(text: string): number {
  let width = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= WIDE_FROM) width++;
  return width;
}

/** `breakRow` is what goes between rows: a line break and the indent. */
function wrapOneColumn(text: string, width: number, breakRow: string, mayNeedNfc: boolean): string {
  const columns = Math.max(1, width);
  // wrap-ansi normalises to NFC; text of only these characters is its own NFC, so skip the copy.
  const normal = mayNeedNfc && MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize() : text;
  if (!normal.includes("\n")) return wrapOneLine(normal, columns, breakRow);
  return normal
    .split("\n")
    .map((line) => wrapWellSpacedLine(line, columns, breakRow) ?? wrapLine(line, columns, breakRow))
    .join(breakRow);
}

function wrapOneLine(line: string, columns: number, breakRow: string): string {
  if (line.length <= columns) return wrapShortLine(line, breakRow);
  return wrapWellSpacedLine(line, columns, breakRow) ?? wrapLine(line, columns, breakRow);
}

/** A line that fits: wrap-ansi only trims it (and a white-space-only line becomes empty). */
function wrapShortLine(line: string, breakRow: string): string {
  if (hasTrimmedEnds(line)) return line;
  return line.trim() === "" ? "" : wrapLine(line, Math.max(line.length, 1), breakRow);
}

/**
 * The common case, by slicing: each row ends at the last space that fits, as in wrap-ansi's greedy
 * algorithm. Spacing inside a row is kept either way; only at a row's ends does wrap-ansi trim
 * (spaces at its end; white space, at times no-break spaces, at its start). So the slices are its
 * rows when the line's ends are not white space and each break is a lone space with no no-break
 * space after it: the ends and the breaks are all there is to look at, not every character.
 * Undefined when the line is not like that, or has a word wider than a row, for the general
 * algorithm below.
 */
function wrapWellSpacedLine(line: string, columns: number, breakRow: string): string | undefined {
  if (!hasTrimmedEnds(line)) return undefined;
  let rows = "";
  let start = 0;
  while (line.length - start > columns) {
    let space = start + columns;
    while (space > start && line.charCodeAt(space) !== SPACE) space--;
    if (space <= start) return undefined; // a word wider than a row
    const after = line.charCodeAt(space + 1);
    if (line.charCodeAt(space - 1) === SPACE || after === SPACE || after === NO_BREAK_SPACE) return undefined;
    rows += line.slice(start, space) + breakRow;
    start = space + 1;
  }
  return rows + line.slice(start);
}

const SPACE = 0x20;
const NO_BREAK_SPACE = 0xa0;

/** `line === line.trim()`, told from the line's two end characters without the call. */
export function hasTrimmedEnds(line: string): boolean {
  return line.length === 0 || (!isTrimmedByTrim(line.charCodeAt(0)) && !isTrimmedByTrim(line.charCodeAt(line.length - 1)));
}

/**
 * wrap-ansi's greedy algorithm with { hard: true, trim: true }, for one-column text, or with
 * `wide` for simple text (see `NOT_SIMPLE_TEXT`), its wide characters two columns each.
 */
function wrapLine(line: string, columns: number, breakRow: string, wide = false): string {
  if (line.trim() === "") return "";
  const widthOf = (text: string): number => (wide ? simpleTextWidth(text) : text.length);
  const rows: string[] = [];
  let row = "";
  let rowWidth = 0;
  let rowTrimmed = false;
  let first = true;
  const newRow = (): void => {
    rows.push(row);
    row = "";
    rowWidth = 0;
    rowTrimmed = false;
  };
  for (const word of line.split(" ")) {
    // As wrap-ansi does: before each word, a row not yet trimmed loses its leading white space
    // (no-break spaces too); once it starts with content it stays as it is.
    if (!rowTrimmed) {
      const trimmed = row.trimStart();
      if (trimmed.length !== row.length) rowWidth = widthOf(trimmed);
      row = trimmed;
      rowTrimmed = row.length > 0;
    }
    if (!first && row.length > 0) {
      row += " ";
      rowWidth++;
    }
    first = false;
    const wordWidth = widthOf(word);
    if (wordWidth > columns) {
      // A word wider than a row starts on a new row if that saves a break, then fills rows as
      // far as each character fits.
      const remaining = columns - rowWidth;
      if (Math.floor((wordWidth - 1) / columns) < 1 + Math.floor((wordWidth - remaining - 1) / columns)) newRow();
      for (let i = 0; i < word.length; i++) {
        const charWidth = wide && word.charCodeAt(i) >= WIDE_FROM ? 2 : 1;
        if (row.length > 0 && rowWidth + charWidth > columns) newRow();
        row += word.charAt(i);
        rowWidth += charWidth;
        if (rowWidth === columns && i < word.length - 1) newRow();
      }
      continue;
    }
    if (rowWidth + wordWidth > columns && row.length > 0 && wordWidth > 0) newRow();
    row += word;
    rowWidth += wordWidth;
  }
  rows.push(row);
  return rows.map((r) => r.replace(/ +$/, "")).join(breakRow);
}

/** Wrap, then put `first` before the first line and `rest` before the others; both count toward the width. */
export function wrapIndented(metrics: Metrics, text: string, width: number, first: string, rest: string, prefixWidth: number): string {
  return first + metrics.wrap(text, width - prefixWidth, rest);
}
