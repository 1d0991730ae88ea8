import wrapAnsi from "wrap-ansi";

/**
 * Word-wrap to a width in display columns (wide CJK and emoji count two), breaking words longer
 * than the width so that no line is ever wider. ANSI styling survives the wrap.
 */
export function wrap(text: string, width: number): string {
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: true });
}

/** Wrap, then put `first` before the first line and `rest` before the others; both count toward the width. */
export function wrapIndented(text: string, width: number, first: string, rest: string, prefixWidth: number): string {
  return wrap(text, width - prefixWidth)
    .split("\n")
    .map((line, i) => (i === 0 ? first : rest) + line)
    .join("\n");
}
