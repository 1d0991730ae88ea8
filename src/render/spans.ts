/**
 * Spans: stretches of a paragraph to set apart (quotes, emphasis, strong, links). The model keeps
 * only their words, so they are found again in the paragraph; renderers then wrap each span in
 * their own markers with `decorate`.
 */

export type SpanKind = "quote" | "emphasis" | "strong" | "link";

export interface Span {
  start: number;
  end: number;
  kind: SpanKind;
  url?: string;
}

export interface WantedSpan {
  kind: SpanKind;
  text: string;
  url?: string;
}

/**
 * Find each wanted span in reading order. Marks nested in another come first (inner before
 * outer), so each search may start a little before where the previous span ended.
 */
export function locateSpans(paragraph: string, wanted: readonly WantedSpan[]): Span[] {
  const spans: Span[] = [];
  let previousEnd = 0;
  for (const w of wanted) {
    if (!w.text) continue;
    const at = paragraph.indexOf(w.text, Math.max(0, previousEnd - w.text.length));
    if (at < 0) continue;
    spans.push({ start: at, end: at + w.text.length, kind: w.kind, ...(w.url === undefined ? {} : { url: w.url }) });
    previousEnd = at + w.text.length;
  }
  return spans;
}

/**
 * Whether a link's words are its address already ("https://example.com", "example.com/" for
 * https://example.com, "ana@example.com" for its mailto: link): formats that print an address
 * after the words would print it twice.
 */
export function namesItsAddress(words: string, url: string): boolean {
  const bare = (s: string): string => s.replace(/^(?:https?:\/\/|mailto:)/i, "").replace(/\/$/, "");
  return words === url || bare(words) === bare(url);
}

export interface Decoration {
  text: (segment: string) => string;
  open: (span: Span) => string;
  close: (span: Span) => string;
}

/** The paragraph with each span's markers around it: outer spans open first and close last. */
export function decorate(paragraph: string, spans: readonly Span[], how: Decoration): string {
  if (spans.length === 0) return how.text(paragraph);
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const open: Span[] = [];
  let result = "";
  let cursor = 0;
  const closeUntil = (position: number): void => {
    for (let top = open[open.length - 1]; top && top.end <= position; top = open[open.length - 1]) {
      result += how.text(paragraph.slice(cursor, top.end)) + how.close(top);
      cursor = top.end;
      open.pop();
    }
  };
  for (const span of ordered) {
    closeUntil(span.start);
    if (span.start < cursor) continue; // overlaps one already open without nesting in it: leave it plain
    result += how.text(paragraph.slice(cursor, span.start)) + how.open(span);
    cursor = span.start;
    open.push(span);
  }
  closeUntil(Number.POSITIVE_INFINITY);
  return result + how.text(paragraph.slice(cursor));
}
