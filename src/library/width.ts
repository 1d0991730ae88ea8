/**
 * Display widths for the library's tables and snippets. Characters in SIMPLE are one column each
 * (ASCII, Latin, curly quotes, dashes, ellipsis), and then length is width; anything else loads
 * string-width, which is slow to load, so `list` and `search` pay for it only when they must.
 */
const SIMPLE = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027]*$/;

export async function widthFunction(texts: Iterable<string>): Promise<(text: string) => number> {
  for (const text of texts) {
    if (!SIMPLE.test(text)) {
      const { default: stringWidth } = await import("string-width");
      return stringWidth;
    }
  }
  return (text) => text.length;
}

/** Greedy word wrap of plain text to `width` columns (over-long words are broken). */
export function wrapPlain(text: string, width: number, displayWidth: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const word of text.split(" ")) {
    const w = displayWidth(word);
    if (used > 0 && used + 1 + w <= width) {
      line += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (used > 0) lines.push(line);
    line = "";
    used = 0;
    for (const ch of word) {
      const cw = displayWidth(ch);
      if (used + cw > width && used > 0) {
        lines.push(line);
        line = "";
        used = 0;
      }
      line += ch;
      used += cw;
    }
  }
  if (used > 0 || lines.length === 0) lines.push(line);
  return lines;
}
