import { unreadable, type UserError } from "./errors.js";

/**
 * Bytes to text. Articles arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, or from
 * archives in legacy 8-bit Windows-1252/Latin-1; anything with NUL characters or mostly control
 * characters is not a text article, whichever encoding it was read in.
 */
export function decodeArticleBytes(bytes: Uint8Array, name: string): string {
  // UTF-32 LE's mark begins with UTF-16 LE's (FF FE): it is looked for first. A UTF-16 text whose
  // first character is U+0000 would look the same, but would be refused for that NUL anyway.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw unreadable(`${name}: UTF-32 text is not supported: convert it to UTF-8 first, e.g. with 'iconv -f UTF-32 -t UTF-8'`);
  }
  if (startsWith(bytes, [0xff, 0xfe])) return refuseIfBinaryText(new TextDecoder("utf-16le").decode(bytes.subarray(2)), name);
  if (startsWith(bytes, [0xfe, 0xff])) return refuseIfBinaryText(new TextDecoder("utf-16be").decode(bytes.subarray(2)), name);
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw binaryContent(body, name);
  return utf8OrWindows1252(body);
}

function binaryContent(body: Uint8Array, name: string): UserError {
  const utf16 = utf16WithoutMark(body);
  const hint = utf16 ? `: it looks like ${utf16} without a byte order mark; convert it to UTF-8 first, e.g. with 'iconv -f ${utf16} -t UTF-8'` : "";
  return unreadable(`${name}: not a text article (binary content)${hint}`);
}

/**
 * The most bytes an article may have: V8 holds no longer string (2^29 - 24 UTF-16 units), and each
 * byte read makes one unit at most.
 */
export const MAX_ARTICLE_BYTES = 512 * 1024 * 1024;

/**
 * An article's bytes gathered as they are read, refused as soon as they can be: a stream that never
 * ends (`/dev/zero`, `/dev/urandom`) or a large binary file is judged by its first bytes, as
 * `decodeArticleBytes` would judge it whole, instead of being read into memory until the machine
 * runs out. The first `SAMPLE_LENGTH` bytes are judged as soon as they are in; after them, a NUL
 * byte in 8-bit text ends the reading; past `MAX_ARTICLE_BYTES`, so does the size.
 */
export class ArticleBytesReader {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  private judged = false;
  /** UTF-16 (or UTF-32) by its byte order mark: NUL bytes are its own, and decoding judges it. */
  private wide = false;

  constructor(private readonly name: string) {}

  /** A regular file's size, known before it is read: too large is refused without reading. */
  expect(size: number): void {
    if (size > MAX_ARTICLE_BYTES) throw this.tooLarge();
  }

  /**
   * `seen`: the caller judged the chunk's beginning already and hands it over whole (a regular
   * file read into one buffer), which `decodeArticleBytes` reads in full next: no NUL search here.
   */
  add(chunk: Uint8Array, seen = false): void {
    if (chunk.length === 0) return;
    this.length += chunk.length;
    if (this.length > MAX_ARTICLE_BYTES) throw this.tooLarge();
    this.chunks.push(chunk);
    if (!this.judged) {
      if (this.length >= SAMPLE_BYTES) this.judge(this.bytes());
    } else if (!seen && !this.wide && chunk.includes(0)) {
      throw unreadable(`${this.name}: not a text article (binary content)`);
    }
  }

  /** Everything read; judged whole by `decodeArticleBytes` after. */
  bytes(): Uint8Array {
    if (this.chunks.length > 1) this.chunks.splice(0, this.chunks.length, Buffer.concat(this.chunks));
    return this.chunks[0] ?? new Uint8Array(0);
  }

  /** Judges the article's first bytes (at least `SAMPLE_BYTES` of them, or all there are) as `decodeArticleBytes` would. */
  judge(head: Uint8Array): void {
    if (this.judged) return;
    this.judged = true;
    if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]) || startsWith(head, [0x00, 0x00, 0xfe, 0xff])) {
      this.wide = true;
      return;
    }
    const body = startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head;
    if (looksBinary(body)) throw binaryContent(body, this.name);
  }

  private tooLarge(): UserError {
    return unreadable(`${this.name}: too large to read as an article (over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`);
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 text is checked once decoded: its bytes hold NULs (the high bytes of ASCII) by design. */
function refuseIfBinaryText(text: string, name: string): string {
  if (text.includes("\0") || mostlyControls(text.slice(0, SAMPLE_LENGTH))) throw unreadable(`${name}: not a text article (binary content)`);
  return text;
}

function utf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeUtf8WithWindows1252(bytes);
  }
}

// Node's TextDecoder treats "windows-1252" as plain Latin-1, leaving 0x80-0x9F as C1 controls.
const WINDOWS_1252_HIGH =
  "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Bytes that are not valid UTF-8 throughout: each valid UTF-8 sequence is read as UTF-8, each byte
 * of no valid sequence as Windows-1252 (real archives of 8-bit text are Windows-1252: Latin-1 plus
 * curly quotes, dashes and € in 0x80-0x9F). A UTF-8 article with a stray Windows-1252 byte pasted
 * in (0x92, a curly apostrophe) thus keeps its é and € and gets its ’; a Windows-1252 file, whose
 * accented letters are not followed by the continuation bytes UTF-8 needs, reads as Windows-1252
 * throughout. The price: two Windows-1252 characters that happen to make a UTF-8 sequence (ß“ is
 * DF 93) read as that one character; rare, and it misreads only that pair, where reading a whole
 * file as Windows-1252 for one stray byte misread every character of its UTF-8.
 *
 * One walk over the bytes into UTF-16 code units (never more of them than bytes), only for files
 * the strict decoder refused.
 */
export function decodeUtf8WithWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      units[length++] = lead;
      i++;
      continue;
    }
    const size = utf8SequenceLength(bytes, i);
    if (size === 0) {
      units[length++] = lead <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(lead - 0x80) : lead;
      i++;
      continue;
    }
    // Valid, so every byte after the lead is a continuation byte (10xxxxxx) carrying six bits.
    let codePoint = lead & (0xff >> (size + 1));
    for (let k = 1; k < size; k++) codePoint = (codePoint << 6) | ((bytes[i + k] ?? 0) & 0x3f);
    if (codePoint >= 0x10000) {
      units[length++] = 0xd800 + ((codePoint - 0x10000) >> 10);
      units[length++] = 0xdc00 + ((codePoint - 0x10000) & 0x3ff);
    } else {
      units[length++] = codePoint;
    }
    i += size;
  }
  return fromCodeUnits(units.subarray(0, length));
}

/**
 * The length of the well-formed UTF-8 sequence starting at `at` (2 to 4), or 0 when there is none
 * there: the ranges of the Unicode Standard's table 3-7, which leave out overlong forms, surrogates
 * and code points past U+10FFFF.
 */
function utf8SequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at] ?? 0;
  let size: number;
  let secondMin = 0x80;
  let secondMax = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) size = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    size = 3;
    if (lead === 0xe0) secondMin = 0xa0; // below: overlong
    else if (lead === 0xed) secondMax = 0x9f; // above: surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    size = 4;
    if (lead === 0xf0) secondMin = 0x90; // below: overlong
    else if (lead === 0xf4) secondMax = 0x8f; // above: past U+10FFFF
  } else return 0;
  if (at + size > bytes.length) return 0;
  const second = bytes[at + 1] ?? 0;
  if (second < secondMin || second > secondMax) return 0;
  for (let k = 2; k < size; k++) {
    const next = bytes[at + k] ?? 0;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return size;
}

/**
 * UTF-16 code units to a string by the native decoder, which reads the units' bytes: in the order
 * this machine stores them (little-endian nearly everywhere, big-endian on s390x).
 */
function fromCodeUnits(units: Uint16Array): string {
  return new TextDecoder(PLATFORM_UTF16).decode(units);
}
const PLATFORM_UTF16 = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? "utf-16le" : "utf-16be";

/** Characters sampled for control characters: enough to judge a file by, without reading all of a large one. */
const SAMPLE_LENGTH = 65536;
/** Bytes read before an article is first judged: the sample, after a UTF-8 byte order mark. */
export const SAMPLE_BYTES = SAMPLE_LENGTH + 3;

/** NUL anywhere, or control bytes (other than tab, line ends, form feed and ESC) in over 10 % of a sample. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const sample = bytes.subarray(0, SAMPLE_LENGTH);
  // Counted by a regular expression over the bytes as Latin-1 text (one character a byte), not byte
  // by byte in JavaScript: a file is read once, before its code has warmed up.
  return mostlyControls(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString("latin1"));
}

function mostlyControls(sample: string): boolean {
  const controls = sample.match(CONTROL_CHARACTERS)?.length ?? 0;
  return sample.length > 0 && controls / sample.length > 0.1;
}

const CONTROL_CHARACTERS = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/g;

/**
 * "UTF-16LE" or "UTF-16BE" when bytes refused as binary look like UTF-16 text that lost its byte
 * order mark, else undefined. Text in Latin script is mostly characters below U+0100, whose high
 * byte is 0: in UTF-16 LE the bytes at odd offsets are then mostly 0 and those at even offsets
 * rarely are, the other way round in BE. Only a hint for a file refused anyway, from a sample.
 */
export function utf16WithoutMark(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_LENGTH) / 2);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const most = (zeros: number): boolean => zeros > pairs / 2;
  const few = (zeros: number): boolean => zeros <= pairs / 10;
  if (most(oddZeros) && few(evenZeros)) return "UTF-16LE";
  if (most(evenZeros) && few(oddZeros)) return "UTF-16BE";
  return undefined;
}
