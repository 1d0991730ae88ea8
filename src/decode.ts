import { unreadable } from "./errors.js";

/**
 * Bytes to text. Articles arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, or from
 * archives in legacy 8-bit Windows-1252/Latin-1; anything with NUL bytes or mostly control
 * characters is not a text article.
 */
export function decodeArticleBytes(bytes: Uint8Array, name: string): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8OrLegacy(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw unreadable(`${name}: not a text article (binary content)`);
  return utf8OrLegacy(bytes);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function utf8OrLegacy(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: real archives of this kind are Windows-1252 (Latin-1 plus curly quotes, dashes, € in 0x80-0x9F).
    return decodeWindows1252(bytes);
  }
}

// Node's TextDecoder treats "windows-1252" as plain Latin-1, leaving 0x80-0x9F as C1 controls.
const WINDOWS_1252_HIGH =
  "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** NUL anywhere, or control bytes (other than tab, line ends, form feed and ESC) in over 10 % of a sample. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const sample = bytes.subarray(0, 65536);
  // Counted by a regular expression over the bytes as Latin-1 text (one character a byte), not byte
  // by byte in JavaScript: a file is read once, before its code has warmed up.
  const controls = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString("latin1").match(CONTROL_BYTES)?.length ?? 0;
  return sample.length > 0 && controls / sample.length > 0.1;
}

const CONTROL_BYTES = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/g;
