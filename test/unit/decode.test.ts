import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { looksBinary } from "../../src/decode.js";

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
