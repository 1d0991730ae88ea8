/**
 * Measuring and wrapping text in display columns. wrap-ansi and string-width are right for every
 * script, emoji and escape code, but cost more at start-up than everything else newsread does for
 * a plain-text article (Intl.Segmenter and a large emoji expression are built at import). Most
 * articles are in scripts whose every character is one column wide, so for those the same greedy,
 * hard-breaking wrap runs here directly; anything else loads the libraries. A test holds the two
 * to identical output. Chinese and Japanese text is wrapped by the line-breaking rules of those
 * scripts too (see `wideRows`), which wrap-ansi does not know: there the breaks move.
 */
import { isTrimmedByTrim } from "../text/chars.js";
import { EAST_ASIAN, isNoEnd, isNoStart, mayBreakBetween } from "../text/kinsoku.js";

export interface Metrics {
  /**
   * Word-wrap to `width` columns, breaking words longer than that, trimming line ends; `indent`
   * starts every row after the first (not counted in `width`), put there as the rows are made.
   */
  wrap(text: string, width: number, indent?: string): string;
  /** Display columns of one line. */
  width(line: string): number;
}

/**
 * A headline or heading wrapped to as few rows as at `width`, but with rows as even as that allows
 * (as CSS's `text-wrap: balance` does): "Council approves plan to cut regional costs after / talks"
 * reads worse than two halves. The narrowest width keeping the row count is searched for; headings
 * are short, so the few wraps this takes cost nothing that shows.
 */
export function wrapBalanced(metrics: Metrics, text: string, width: number): string {
  const wrapped = metrics.wrap(text, width);
  const rows = rowCount(wrapped);
  if (rows < 2) return wrapped;
  // Never narrower than the longest word: balancing must not break a word the width leaves whole.
  let narrow = 1;
  for (const word of text.split(" ")) narrow = Math.max(narrow, metrics.width(word));
  if (narrow >= width) return wrapped;
  let wide = width;
  while (narrow < wide) {
    const middle = (narrow + wide) >> 1;
    if (rowCount(metrics.wrap(text, middle)) <= rows) wide = middle;
    else narrow = middle + 1;
  }
  return wide === width ? wrapped : metrics.wrap(text, wide);
}

/**
 * Items joined by `separator` (the metadata line: "24 words · 1 min read · 1 quote") wrapped at
 * the separators, which a row break replaces, so that no item is split over two rows ("1 min" /
 * "read"); an item wider than a row by itself is wrapped as text is. Where the whole line fits, it
 * is the items joined, as `wrap` gives it.
 */
export function wrapAtSeparators(metrics: Metrics, items: readonly string[], separator: string, width: number): string {
  const rows: string[] = [];
  let row: string | undefined;
  for (const item of items) {
    const joined = row === undefined ? item : row + separator + item;
    if (row === undefined || metrics.width(joined) <= width) row = joined;
    else {
      rows.push(row);
      row = item;
    }
  }
  if (row !== undefined) rows.push(row);
  return rows.map((line) => (metrics.width(line) > width ? metrics.wrap(line, width) : line)).join("\n");
}

function rowCount(text: string): number {
  let rows = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) rows++;
  return rows;
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
  const wrapStyled = (text: string, width: number): string => wrapStyledOneColumn(text, (standIn) => wrap(standIn, width)) ?? wrapKeepingRules(text, Math.max(1, width), wrap, stringWidth);
  return {
    wrap: (text, width, indent = "") => {
      if (isUnstyledOneColumn(text)) return oneColumnMetrics.wrap(text, width, indent);
      return indented(wrapSimpleText(text, width) ?? wrapStyled(text, width), indent);
    },
    width: (line) => visibleOneColumnWidth(line) ?? simpleLineWidth(line) ?? stringWidth(line),
  };
}

/**
 * Display columns of a line, newsread's escape codes aside, where that is cheap to tell (one-column
 * text, or simple text: see NOT_SIMPLE_TEXT); undefined where only string-width can tell, which
 * `ansiMetrics` loads.
 */
export function quickLineWidth(line: string): number | undefined {
  return visibleOneColumnWidth(line) ?? simpleLineWidth(line);
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

/**
 * wrap-ansi's wrap of text that is neither one-column nor simple (styled wide text, emoji,
 * combining marks), but for the rules of Chinese and Japanese line breaking (see `wideRows`) in
 * text with characters of those scripts: a line that would break against them is laid out anew
 * (`wrapByRules`). Where the rules move no break, the text is wrap-ansi's, byte for byte.
 */
function wrapKeepingRules(text: string, columns: number, wrap: (text: string, width: number) => string, stringWidth: (text: string) => number): string {
  if (!EAST_ASIAN.test(text) || text.includes("\r")) return wrap(text, columns);
  // wrap-ansi wraps each line by itself (after NFC, which a line break stops), so line by line is the same.
  if (!text.includes("\n")) return wrapByRules(text, columns, wrap, stringWidth) ?? wrap(text, columns);
  return text
    .split("\n")
    .map((line) => wrapByRules(line, columns, wrap, stringWidth) ?? wrap(line, columns))
    .join("\n");
}

let graphemes: Intl.Segmenter | undefined; // made on first use: a start-up snapshot cannot hold one

/** Fills a row up to the full width: a character no text newsread shows has, one column wide. */
const FILLER = "\ue000";

/**
 * A line (no line breaks) wrapped by the rules, as `wideRows` lays out a stand-in of it; undefined
 * where the rules move no break (wrap-ansi's wrap is right), or where the line has what the
 * stand-in cannot stand for (control characters or escape codes newsread does not write, a
 * grapheme wider than two columns or with a space in it).
 *
 * The stand-in is simple text with a character for each grapheme of the visible text (NFC, as
 * wrap-ansi takes it): simple characters as themselves, others by a simple character as wide that
 * the rules are not about (white space by white space); a grapheme of no width goes with the one
 * before it. Every character the rules are about is simple, so the stand-in breaks where the line
 * should. wrap-ansi then wraps the line with those rows put one after another, each but the last
 * filled up to the full width with FILLER: every row is as wide as a row can be, so wrap-ansi
 * breaks between them and nowhere else, and it closes and reopens the styles at every row's ends
 * as it always does; the fillers are then taken out. Escape codes between two rows go to the start
 * of the second.
 */
function wrapByRules(line: string, columns: number, wrap: (text: string, width: number) => string, stringWidth: (text: string) => number): string | undefined {
  let normal = ""; // the line as wrap-ansi reads it: its text in NFC, escape codes as they are
  let text = ""; // its visible text
  const at: number[] = []; // where in `normal` each code unit of `text` is
  for (let i = 0; i < line.length; ) {
    if (line.charCodeAt(i) === 0x1b) {
      const escape = escapeAt(line, i);
      if (escape === undefined) return undefined;
      normal += escape;
      i += escape.length;
      continue;
    }
    const next = line.indexOf("\u001b", i);
    const end = next < 0 ? line.length : next;
    const part = line.slice(i, end).normalize();
    if (CONTROL.test(part) || part.includes(FILLER)) return undefined;
    for (let k = 0; k < part.length; k++) at.push(normal.length + k);
    normal += part;
    text += part;
    i = end;
  }
  if (text.trim() === "") return undefined;
  let standIn = text;
  const starts: number[] = []; // where in `text` what each stand-in character stands for starts
  if (isSimpleText(text)) for (let i = 0; i <= text.length; i++) starts.push(i);
  else {
    standIn = "";
    graphemes ??= new Intl.Segmenter();
    for (const { segment, index } of graphemes.segment(text)) {
      const width = stringWidth(segment);
      if (width === 0 && starts.length > 0) continue;
      if (segment.length === 1 && isSimpleText(segment)) standIn += segment;
      else if (width === 0 || width > 2 || segment.includes(" ")) return undefined;
      else if (isTrimmedByTrim(segment.charCodeAt(0))) standIn += width === 1 ? "\u00a0" : "\u3000";
      else standIn += width === 1 ? "a" : "一";
      starts.push(index);
    }
    starts.push(text.length);
  }
  const bounds: number[] = [];
  if (!wideRows(standIn, columns, bounds)) return undefined;
  const escapesIn = (from: number, to: number): string => {
    let escapes = "";
    for (let i = from; i < to; ) {
      const escape = normal.charCodeAt(i) === 0x1b ? escapeAt(normal, i) : undefined;
      escapes += escape ?? "";
      i += escape?.length ?? 1;
    }
    return escapes;
  };
  let rows = "";
  let gap = 0; // in `normal`, where what lies between the last row and the next starts
  for (let r = 0; r < bounds.length; r += 2) {
    const start = bounds[r] ?? 0;
    const end = bounds[r + 1] ?? 0;
    const rowWidth = simpleRangeWidth(standIn, start, end);
    if (end <= start || rowWidth > columns) return undefined;
    const first = at[starts[start] ?? 0] ?? 0;
    const after = (at[(starts[end] ?? 0) - 1] ?? 0) + 1;
    rows += (r === 0 ? "" : " ") + escapesIn(gap, first) + normal.slice(first, after);
    if (r + 2 < bounds.length) rows += FILLER.repeat(columns - rowWidth);
    gap = after;
  }
  rows += escapesIn(gap, normal.length);
  const wrapped = wrap(rows, columns).replaceAll(FILLER, "");
  let breaks = 0;
  for (let i = wrapped.indexOf("\n"); i >= 0; i = wrapped.indexOf("\n", i + 1)) breaks++;
  return breaks === bounds.length / 2 - 1 ? wrapped : undefined;
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
 * NFC form (kana and their marks, Bopomofo, CJK ideographs, Hangul syllables, the ideographic
 * space, CJK brackets, stops and iteration marks, fullwidth forms). Such text, most of what a
 * Chinese, Japanese or Korean article shows, wraps as one-column text does with two columns for
 * each wide character, and by the line-breaking rules of Chinese and Japanese (see `wideRows`),
 * without wrap-ansi.
 */
const NOT_SIMPLE_TEXT = /[^\n\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u218b\u2190-\u22ff\u2500-\u259f\u3000-\u301f\u3041-\u3096\u309b-\u30ff\u3105-\u312f\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff5e]/;
/** In simple text, every character from here on is two columns wide, and none before it. */
const WIDE_FROM = 0x3000;

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

/**
 * wrap-ansi's wrap of simple text (`NOT_SIMPLE_TEXT`), without the indent, but for the rules of
 * Chinese and Japanese line breaking (see `wrapWideLine`); undefined for other text.
 */
function wrapSimpleText(text: string, width: number): string | undefined {
  if (NOT_SIMPLE_TEXT.test(text)) return undefined;
  const normal = text.normalize(); // as wrap-ansi does: a wide character is its own NFC, a one-column one may not be
  if (normal !== text && NOT_SIMPLE_TEXT.test(normal)) return undefined;
  const columns = Math.max(1, width);
  return normal
    .split("\n")
    .map((line) => wrapWideLine(line, columns))
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

/** Display columns of simple text from `start` up to `end`. */
function simpleRangeWidth(text: string, start: number, end: number): number {
  let width = end - start;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= WIDE_FROM) width++;
  return width;
}

/**
 * A line of simple text wrapped as wrap-ansi wraps it ({ hard: true, trim: true }: greedy, a word
 * wider than a row broken between characters, rows trimmed), but for the line-breaking rules of
 * Chinese and Japanese (see `wideRows`).
 */
function wrapWideLine(line: string, columns: number): string {
  if (line.trim() === "") return "";
  const bounds: number[] = [];
  wideRows(line, columns, bounds);
  let wrapped = line.slice(bounds[0], bounds[1]);
  for (let i = 2; i < bounds.length; i += 2) wrapped += "\n" + line.slice(bounds[i], bounds[i + 1]);
  return wrapped;
}

/**
 * The rows of a line of simple text (`wrapWideLine`), as where each starts and ends in it, pushed
 * onto `bounds`; true if the rules moved a break. A row is always a stretch of the line: wrap-ansi
 * only drops white space at a row's ends.
 *
 * No row may start with a closing bracket or stop, a small kana or an iteration mark, nor end with
 * an opening bracket (`mayBreakBetween`). A terminal row cannot take a character more than it has
 * columns, so where wrap-ansi would break so, the break moves back instead, to the last place in
 * the row where the rules allow a break, and what follows goes down to the next row ("oidashi"):
 * at a space, inside the word wider than a row that is being broken between characters (but not
 * inside a Latin word or number in it that a row could hold: `shortNarrowRunStart`), or between
 * two wide characters (`breakAllowed`). Two of wrap-ansi's choices give way to the rules
 * first: a word wider than a row stays on the row it would have left for a new one where it may
 * not start a row, and a word that fits a row but not what is left of this one, and may not start
 * a row, is broken between wide characters where the rules allow, the row taking what fits. A row
 * keeps at least one character: where there is no place to break by the rules (a row of nothing
 * but closing brackets), the break stays where wrap-ansi put it, so wrapping always moves on.
 */
function wideRows(line: string, columns: number, bounds: number[]): boolean {
  let moved = false;
  // The row being filled is line.slice(rowStart, rowEnd); rowTrimmed as in `wrapLine`.
  let rowStart = 0;
  let rowEnd = 0;
  let rowWidth = 0;
  let rowTrimmed = false;
  /** Ends the row before `next`, which starts the next one; the row's end loses its spaces. */
  const endRow = (next: number): void => {
    let end = next;
    while (end > rowStart && line.charCodeAt(end - 1) === SPACE) end--;
    bounds.push(rowStart, end);
    rowStart = rowEnd = next;
    rowWidth = 0;
    rowTrimmed = false;
  };
  // A word is what lies between two spaces, or, where the rules moved a break into a word, what
  // follows the break up to the next space: the row starts there, and wrapping goes on from it.
  words: for (let wordStart = 0; ; ) {
    const space = line.indexOf(" ", wordStart);
    const wordEnd = space < 0 ? line.length : space;
    if (!rowTrimmed) {
      let start = rowStart;
      while (start < rowEnd && isTrimmedByTrim(line.charCodeAt(start))) start++;
      if (start !== rowStart) rowWidth = simpleRangeWidth(line, start, rowEnd);
      rowStart = start;
      rowTrimmed = rowEnd > rowStart;
    }
    // The space before the word joins a row that has something in it; an empty row starts at the word.
    if (rowEnd > rowStart) {
      rowEnd = wordStart;
      rowWidth++;
    } else rowStart = rowEnd = wordStart;
    const wordWidth = simpleRangeWidth(line, wordStart, wordEnd);
    if (wordWidth > columns) {
      // As in `wrapLine`: on a new row if that saves a break (and the rules allow the break before
      // the word), then as far as each character fits. Not a word with Chinese or Japanese in it,
      // which breaks between those characters anyway: it fills the row it starts on.
      const remaining = columns - rowWidth;
      const savesABreak = Math.floor((wordWidth - 1) / columns) < 1 + Math.floor((wordWidth - remaining - 1) / columns);
      const fillsRow = hasWideCharacter(line, wordStart, wordEnd) && allowedBreak(line, fitsUpTo(line, wordStart, wordEnd, rowWidth, columns), rowStart, wordStart, columns) > wordStart;
      if (savesABreak && !fillsRow && breakAllowed(line, wordStart, rowStart, wordStart)) endRow(wordStart);
      else if (savesABreak) moved = true;
      for (let i = wordStart; i < wordEnd; ) {
        const charWidth = line.charCodeAt(i) >= WIDE_FROM ? 2 : 1;
        if (rowEnd > rowStart && rowWidth + charWidth > columns) {
          const allowed = allowedBreak(line, i, rowStart, wordStart, columns);
          const next = allowed < 0 ? i : allowed;
          if (next !== i) moved = true;
          endRow(next);
          if (next < wordStart) {
            wordStart = next;
            continue words;
          }
          i = next; // what went down is laid out again on the new row
          continue;
        }
        rowEnd = ++i;
        rowWidth += charWidth;
      }
    } else {
      if (rowWidth + wordWidth > columns && rowEnd > rowStart && wordWidth > 0) {
        let next = wordStart;
        const mayGoDown = breakAllowed(line, wordStart, rowStart, wordEnd);
        // Chinese and Japanese break between any two of their characters, spaces or not: a "word"
        // with some in it (`AI能够打败…` after a space) fills the row rather than leave it half empty,
        // where wrap-ansi, which breaks only at spaces, would take it down whole. And a word that
        // may not go down whole at all (it would start a row against the rules) gives the row what
        // of it fits, if the rules let the word break there or earlier between wide characters, or
        // gives up what they want.
        if (!mayGoDown || hasWideCharacter(line, wordStart, wordEnd)) {
          const allowed = allowedBreak(line, fitsUpTo(line, wordStart, wordEnd, rowWidth, columns), rowStart, wordEnd, columns);
          if (allowed >= 0 && (!mayGoDown || allowed > wordStart)) {
            next = allowed;
            moved = true;
          }
        }
        endRow(next);
        if (next !== wordStart) {
          wordStart = next;
          continue words;
        }
      }
      rowEnd = wordEnd;
      rowWidth += wordWidth;
    }
    if (space < 0) break;
    wordStart = space + 1;
  }
  endRow(rowEnd);
  return moved;
}

/**
 * The last place a row that starts at `rowStart` may break, by the rules, from `next` (the place
 * before which the next row would start) back; -1 if there is none. Past `breakable`, a run of
 * one-column characters that a row of `columns` could hold is not broken inside.
 */
function allowedBreak(line: string, next: number, rowStart: number, breakable: number, columns: number): number {
  for (let at = next; at > rowStart; at--) {
    if (at > breakable) {
      const runStart = shortNarrowRunStart(line, at, columns);
      if (runStart >= 0) {
        at = runStart + 1; // on to the place before the run
        continue;
      }
    }
    if (breakAllowed(line, at, rowStart, breakable)) return at;
  }
  return -1;
}

/**
 * Where the run of one-column word characters (`isNarrowWordCharacter`) that `at` lies inside
 * starts, if the run is no wider than a row; -1 where `at` is not inside such a run. Chinese and
 * Japanese break between any two ideographs or kana, but a Latin word or a number among them
 * ("Google", "2016", "07:17", "(AI)") is a word, as in UAX #14 and every browser: it goes down
 * whole, and is broken between its characters only when a row cannot hold it. The scan stops a
 * column past the width, so a long run costs no more than a row.
 */
function shortNarrowRunStart(line: string, at: number, columns: number): number {
  if (!isNarrowWordCharacter(line.charCodeAt(at - 1)) || !isNarrowWordCharacter(line.charCodeAt(at))) return -1;
  let start = at - 1;
  while (start > 0 && isNarrowWordCharacter(line.charCodeAt(start - 1)) && at - start <= columns) start--;
  let end = at + 1;
  while (end < line.length && isNarrowWordCharacter(line.charCodeAt(end)) && end - start <= columns) end++;
  return end - start <= columns ? start : -1;
}

/** Where a row `rowWidth` columns full, given the word from `start` to `end`, would have to break: past what fits. */
function fitsUpTo(line: string, start: number, end: number, rowWidth: number, columns: number): number {
  let fits = start;
  for (let width = rowWidth; fits < end; fits++) {
    width += line.charCodeAt(fits) >= WIDE_FROM ? 2 : 1;
    if (width > columns) break;
  }
  return fits;
}

/** Whether line.slice(start, end) has a wide character: in simple text, the only ones from WIDE_FROM on. */
function hasWideCharacter(line: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (line.charCodeAt(i) >= WIDE_FROM) return true;
  return false;
}

/**
 * A one-column character of simple text that is part of a word of them: not white space (where
 * wrap-ansi breaks and trims), nor a curly quote, which the rules keep with the wide text it opens
 * or closes (NaN, off the line's ends, is not).
 */
function isNarrowWordCharacter(code: number): boolean {
  return code < WIDE_FROM && !isTrimmedByTrim(code) && !isNoStart(code) && !isNoEnd(code);
}

/**
 * Whether a row that starts at `rowStart` may break before `at`, the next row starting there: after
 * a space (the row keeping something before it), between two characters from `breakable` on (the
 * word that wrap-ansi breaks between characters, where it does so), or between two wide
 * characters; and only where the row would not end with an opening bracket nor the next start
 * with a closing one (`mayBreakBetween`).
 */
function breakAllowed(line: string, at: number, rowStart: number, breakable: number): boolean {
  const after = line.charCodeAt(at);
  if (after === SPACE) return false;
  let before = line.charCodeAt(at - 1);
  if (before === SPACE) {
    let end = at - 1; // where the row would end, its spaces dropped
    while (end > rowStart && line.charCodeAt(end - 1) === SPACE) end--;
    if (end === rowStart) return false; // nothing would be left on the row
    before = line.charCodeAt(end - 1);
  } else if (at <= breakable && (before < WIDE_FROM || after < WIDE_FROM)) return false;
  return mayBreakBetween(before, after);
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
 * wrap-ansi's greedy algorithm with { hard: true, trim: true }, for one-column text (simple text
 * with wider characters is wrapped by `wrapWideLine`).
 */
function wrapLine(line: string, columns: number, breakRow: string): string {
  if (line.trim() === "") return "";
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
      if (trimmed.length !== row.length) rowWidth = trimmed.length;
      row = trimmed;
      rowTrimmed = row.length > 0;
    }
    if (!first && row.length > 0) {
      row += " ";
      rowWidth++;
    }
    first = false;
    const wordWidth = word.length;
    if (wordWidth > columns) {
      // A word wider than a row starts on a new row if that saves a break, then fills rows as
      // far as each character fits.
      const remaining = columns - rowWidth;
      if (Math.floor((wordWidth - 1) / columns) < 1 + Math.floor((wordWidth - remaining - 1) / columns)) newRow();
      for (let i = 0; i < word.length; i++) {
        if (row.length > 0 && rowWidth + 1 > columns) newRow();
        row += word.charAt(i);
        rowWidth++;
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
