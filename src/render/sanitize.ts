/**
 * Article text is other people's text printed into the user's terminal: control characters
 * (C0, DEL, C1) and bidirectional overrides are shown as visible escapes so none of them can
 * move the cursor, retitle the window, write the clipboard or reorder what is displayed.
 * JSON output does not use this: there the text stays exact, escaped by JSON itself.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
const ANY_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
/** What printable() escapes, and tabs and line ends too: they would split a name across fields or lines. */
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
const ANY_UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export function printable(text: string): string {
  if (!ANY_UNSAFE.test(text)) return text; // nearly always: no copy
  return text.replaceAll("\t", " ").replace(UNSAFE, escaped);
}

/**
 * A name from the file system (an article's id, a file's path) for a person or a tab-separated line:
 * as printable() shows text, with tabs and line ends escaped too, so a name is one field on one line.
 */
export function printableName(name: string): string {
  return ANY_UNSAFE_IN_NAME.test(name) ? name.replace(UNSAFE_IN_NAME, escaped) : name;
}

/**
 * A name as printableName showed it, taken back: `tab\x09here` is `tab<TAB>here`. Undefined when it
 * has no such escape, or one of a character printableName leaves as it is. So an id `list --ids`
 * printed escaped can be given back to `show` and `rm` (a name that really is written so is found
 * first, by its own spelling).
 */
export function unescapedName(shown: string): string | undefined {
  if (!shown.includes("\\")) return undefined;
  let changed = false;
  const name = shown.replace(/\\x([0-9a-f]{2})|\\u([0-9a-f]{4})/g, (escape, byte?: string, unit?: string) => {
    const ch = String.fromCharCode(parseInt(byte ?? unit ?? "", 16));
    if (!ANY_UNSAFE_IN_NAME.test(ch) || escaped(ch) !== escape) return escape;
    changed = true;
    return ch;
  });
  return changed ? name : undefined;
}

/** What `find` finds by a name as given, else by the name printableName showed escaped (see unescapedName). */
export function findByShownName<T>(shown: string, find: (name: string) => T | undefined): T | undefined {
  const found = find(shown);
  if (found !== undefined) return found;
  const name = unescapedName(shown);
  return name === undefined ? undefined : find(name);
}

function escaped(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
