import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArticleBytesReader, decodeArticleBytes, decodeUtf8WithWindows1252, looksBinary, MAX_ARTICLE_BYTES, utf16WithoutMark } from "../../src/decode.js";
import { ExitCode, UserError } from "../../src/errors.js";

/** looksBinary as it was, byte by byte: what the counting by regular expression must equal. */
function looksBinaryByBytes(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const sample = bytes.subarray(0, 65536);
  let controls = 0;
  for (const b of sample) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1;
}

describe("looksBinary", () => {
  it("judges any bytes as counting them one by one does", () => {
    // Mostly text, with control bytes (and now and then a NUL) in varying proportions around the limit.
    const byte = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0xff }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 0x1f }) }, { weight: 1, arbitrary: fc.constantFrom(0x09, 0x0a, 0x0c, 0x0d, 0x1b, 0x0b, 0x1c) });
    const bytes = fc.array(fc.oneof({ weight: 50, arbitrary: byte }, { weight: 1, arbitrary: fc.constant(0) }), { maxLength: 300 });
    fc.assert(
      fc.property(bytes, fc.nat(8), (values, offset) => {
        // A view into a larger buffer, as file reads from Node's pool are.
        const view = new Uint8Array([...new Array<number>(offset).fill(7), ...values, 3]).subarray(offset, offset + values.length);
        expect(looksBinary(view)).toBe(looksBinaryByBytes(view));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["every byte value once", Uint8Array.from({ length: 256 }, (_, i) => i).subarray(1)],
    ["controls past the 64 KiB sample", Uint8Array.from({ length: 70000 }, (_, i) => (i < 65536 ? 0x41 : 0x01))],
    ["controls just over a tenth", Uint8Array.from({ length: 1000 }, (_, i) => (i <= 100 ? 0x02 : 0x41))],
    ["controls just a tenth", Uint8Array.from({ length: 1000 }, (_, i) => (i < 100 ? 0x02 : 0x41))],
    ["empty", new Uint8Array(0)],
  ])("%s", (_name, bytes) => {
    expect(looksBinary(bytes)).toBe(looksBinaryByBytes(bytes));
  });
});

/** Windows-1252's characters for 0x80-0x9F (Latin-1 elsewhere), as the whole file used to be read. */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const windows1252 = (bytes: Uint8Array): string => Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : String.fromCharCode(b))).join("");

/**
 * decodeUtf8WithWindows1252 by another route: at each byte, the shortest run of 1-4 bytes the strict
 * decoder takes as one character is UTF-8; a byte that starts none is Windows-1252.
 */
function mixedByStrictDecoder(bytes: Uint8Array): string {
  const strict = new TextDecoder("utf-8", { fatal: true });
  let text = "";
  for (let i = 0; i < bytes.length; ) {
    let taken = 0;
    for (let size = 1; size <= 4 && i + size <= bytes.length && taken === 0; size++) {
      try {
        const decoded = strict.decode(bytes.subarray(i, i + size));
        if ([...decoded].length === 1) {
          text += decoded;
          taken = size;
        }
      } catch {
        // not a whole character yet, or never one
      }
    }
    if (taken === 0) text += windows1252(bytes.subarray(i, i + 1));
    i += taken || 1;
  }
  return text;
}

const bytesOf = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));

describe("decodeArticleBytes: text", () => {
  const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
    const body = Buffer.from(text, "utf16le");
    if (bigEndian) body.swap16();
    return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
  };
  it.each<[string, Uint8Array, string]>([
    ["valid UTF-8", bytesOf("Café “quoted” 5 € 🎉"), "Café “quoted” 5 € 🎉"],
    ["UTF-8 with one stray Windows-1252 apostrophe", bytesOf("Café owners’ 5 € “protest”. It", [0x92], "s here."), "Café owners’ 5 € “protest”. It’s here."],
    ["UTF-8 with BOM and a stray byte", bytesOf([0xef, 0xbb, 0xbf], "Café ", [0x93], "hi", [0x94]), "Café “hi”"],
    ["UTF-8 and Latin-1 letters side by side", bytesOf("naïve ", [0xe9, 0x74, 0xe9]), "naïve été"],
    ["an emoji beside a stray byte", bytesOf("🎉", [0x85]), "🎉…"],
    ["Windows-1252 alone (no valid UTF-8 sequence)", bytesOf([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35]), "“Café” €5"],
    ["a sequence cut short is two Windows-1252 bytes", bytesOf("a", [0xe2, 0x80], "b é"), "aâ€b é"],
    ["a sequence cut short at the end", bytesOf("é", [0xf0, 0x9f, 0x8e]), "éðŸŽ"],
    ["an overlong form is not UTF-8", bytesOf("é", [0xc0, 0xaf]), "éÀ¯"],
    ["a surrogate is not UTF-8", bytesOf("é", [0xed, 0xa0, 0x80]), "éí\u00a0€"],
    ["past U+10FFFF is not UTF-8", bytesOf("é", [0xf4, 0x90, 0x80, 0x80]), "éô\u0090€€"],
    ["UTF-16 LE with BOM", utf16("Zürich “q”", false), "Zürich “q”"],
    ["UTF-16 BE with BOM", utf16("Zürich “q”", true), "Zürich “q”"],
  ])("%s", (_name, bytes, expected) => {
    expect(decodeArticleBytes(bytes, "x")).toBe(expected);
  });

  it("reads any bytes as the strict decoder's characters where it takes them, else as Windows-1252", () => {
    // Bytes around UTF-8's boundaries, so that valid, cut-short and invalid sequences all come up.
    const byte = fc.oneof(fc.integer({ min: 0x20, max: 0x7f }), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }), fc.constantFrom(0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 40 }), (values) => {
        const bytes = Uint8Array.from(values);
        expect(decodeUtf8WithWindows1252(bytes)).toBe(mixedByStrictDecoder(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads valid UTF-8 as the strict decoder does, and bytes with no valid sequence as Windows-1252", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        expect(decodeUtf8WithWindows1252(Buffer.from(text))).toBe(text);
      }),
    );
    // Bytes that start no UTF-8 sequence: ASCII, continuation bytes, C0, C1 and F5-FF.
    const noSequence = fc.array(fc.oneof(fc.integer({ min: 0x20, max: 0x7f }), fc.integer({ min: 0x80, max: 0xc1 }), fc.integer({ min: 0xf5, max: 0xff })), { maxLength: 200 });
    fc.assert(
      fc.property(noSequence, (values) => {
        expect(decodeUtf8WithWindows1252(Uint8Array.from(values))).toBe(windows1252(Uint8Array.from(values)));
      }),
    );
  });
});

describe("decodeArticleBytes: not a text article (exit 4, one line)", () => {
  const utf16 = (text: string, bigEndian: boolean): Buffer => {
    const body = Buffer.from(text, "utf16le");
    if (bigEndian) body.swap16();
    return body;
  };
  const utf32 = (text: string, bigEndian: boolean): Buffer => {
    const units = Uint32Array.from([0xfeff, ...[...text].map((c) => c.codePointAt(0) ?? 0)]);
    const body = Buffer.from(units.buffer);
    if (bigEndian) body.swap32();
    return body;
  };
  const ARTICLE = "Cafe owners protest\n\nBody text here.\n";
  it.each<[string, Uint8Array, RegExp]>([
    ["UTF-32 LE with BOM", utf32(ARTICLE, false), /^x: UTF-32 text is not supported: convert it to UTF-8 first, e\.g\. with 'iconv -f UTF-32 -t UTF-8'$/],
    ["UTF-32 BE with BOM", utf32(ARTICLE, true), /^x: UTF-32 text is not supported/],
    ["UTF-16 LE with BOM holding U+0000", bytesOf([0xff, 0xfe], [...utf16("Some\u0000text", false)]), /^x: not a text article \(binary content\)$/],
    ["UTF-16 BE with BOM holding U+0000", bytesOf([0xfe, 0xff], [...utf16("Some\u0000text", true)]), /^x: not a text article \(binary content\)$/],
    ["FF FE then control characters", bytesOf([0xff, 0xfe], [...utf16("\u0001\u0002\u0003\u0004abc", false)]), /^x: not a text article \(binary content\)$/],
    ["UTF-8 with BOM holding NUL", bytesOf([0xef, 0xbb, 0xbf], "Some\u0000text"), /^x: not a text article \(binary content\)$/],
    ["NUL in UTF-8", bytesOf("Some\u0000text"), /^x: not a text article \(binary content\)$/],
    ["an image", bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /^x: not a text article \(binary content\)$/],
    ["UTF-16 LE without BOM", utf16(ARTICLE, false), /^x: not a text article \(binary content\): it looks like UTF-16LE without a byte order mark; convert it to UTF-8 first, e\.g\. with 'iconv -f UTF-16LE -t UTF-8'$/],
    ["UTF-16 BE without BOM", utf16(ARTICLE, true), /^x: not a text article \(binary content\): it looks like UTF-16BE without a byte order mark; convert it to UTF-8 first, e\.g\. with 'iconv -f UTF-16BE -t UTF-8'$/],
    ["UTF-16 LE without BOM, accented", utf16("Café à Zürich, “quoted”.\n", false), /looks like UTF-16LE without a byte order mark/],
  ])("%s", (_name, bytes, message) => {
    const error = (() => {
      try {
        return decodeArticleBytes(bytes, "x");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(ExitCode.unreadable);
    expect((error as UserError).message).toMatch(message);
  });
});

describe("utf16WithoutMark", () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ["ASCII text in UTF-16 LE", Buffer.from("Plain text\n", "utf16le"), "UTF-16LE"],
    ["ASCII text in UTF-16 BE", Buffer.from("Plain text\n", "utf16le").swap16(), "UTF-16BE"],
    ["UTF-32 LE (zeros at both offsets)", Buffer.from(Uint32Array.from([..."Plain text"].map((c) => c.charCodeAt(0))).buffer), undefined],
    ["a run of zeros", new Uint8Array(64), undefined],
    ["an image header", bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), undefined],
    ["too short to tell", Buffer.from("A", "utf16le"), undefined],
  ])("%s: %s", (_name, bytes, expected) => {
    expect(utf16WithoutMark(bytes)).toBe(expected);
  });
});

describe("ArticleBytesReader: judged as the bytes come in", () => {
  const SAMPLE = 65_536 + 3;
  const refuses = (add: () => void): string => {
    try {
      add();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(ExitCode.unreadable);
      return (error as Error).message;
    }
    return "accepted";
  };

  it("refuses binary content once its first sample is in, without waiting for the end", () => {
    const reader = new ArticleBytesReader("x");
    expect(refuses(() => reader.add(new Uint8Array(SAMPLE)))).toBe("x: not a text article (binary content)");
    const controls = new ArticleBytesReader("y");
    expect(refuses(() => controls.add(new Uint8Array(SAMPLE).fill(1)))).toBe("y: not a text article (binary content)");
  });

  it("and a NUL byte in any later piece of 8-bit text", () => {
    const reader = new ArticleBytesReader("x");
    reader.add(Buffer.from("Title\n\n" + "Some words. ".repeat(6000)));
    reader.add(Buffer.from("More words.\n"));
    expect(refuses(() => reader.add(Buffer.from("a\u0000b")))).toBe("x: not a text article (binary content)");
  });

  it("keeps what it was given, in order, where the text is fine", () => {
    const text = "Title\n\n" + "Some words, é and 中. ".repeat(5000);
    const bytes = Buffer.from(text);
    const reader = new ArticleBytesReader("x");
    for (let at = 0; at < bytes.length; at += 7777) reader.add(bytes.subarray(at, at + 7777));
    expect(decodeArticleBytes(reader.bytes(), "x")).toBe(text);
  });

  it("leaves UTF-16 with a byte order mark, whose NUL bytes are its own, to decoding", () => {
    const text = "Title\n\n" + "Some words. ".repeat(6000);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const reader = new ArticleBytesReader("x");
    reader.add(bytes.subarray(0, SAMPLE));
    reader.add(bytes.subarray(SAMPLE));
    expect(decodeArticleBytes(reader.bytes(), "x")).toBe(text);
  });

  it("refuses more than a string can hold before reading it", () => {
    expect(refuses(() => new ArticleBytesReader("x").expect(MAX_ARTICLE_BYTES + 1))).toBe("x: too large to read as an article (over 512 MB)");
    expect(refuses(() => new ArticleBytesReader("x").expect(MAX_ARTICLE_BYTES))).toBe("accepted");
  });
});
