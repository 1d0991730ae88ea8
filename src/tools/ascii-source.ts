/**
 * Escapes the characters outside ASCII that esbuild leaves in its output. esbuild writes strings,
 * templates and names as ASCII, but not regular expression literals (nor comments). One such
 * character makes V8 keep the whole script's source as two bytes a character: for the snapshot's
 * entry that is 0.38 MB more heap for every run to read back, and measurably slower starts.
 *
 * In a regular expression `\uXXXX` means the code unit it replaces, with or without the u flag (with
 * it, an escaped surrogate pair is still one code point); in a comment it is only text. A character
 * escaped by a backslash (`\’`) would become `\\u2019`, a backslash and five letters, so that case
 * is refused with an error (and bundle.ts keeps the script as esbuild wrote it).
 */
export function escapeNonAscii(code: string): string {
  return code.replace(/[^\0-\x7f]/g, (unit, offset: number) => {
    if (backslashesBefore(code, offset) % 2 === 1) {
      throw new Error(`a backslash escapes a character outside ASCII at offset ${String(offset)}: ${JSON.stringify(code.slice(Math.max(0, offset - 40), offset + 1))}`);
    }
    return `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

function backslashesBefore(code: string, offset: number): number {
  let count = 0;
  while (offset - count > 0 && code.charCodeAt(offset - count - 1) === 0x5c) count++;
  return count;
}
