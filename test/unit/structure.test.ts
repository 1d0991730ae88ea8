import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsInStop, endsLikeProse, isWhollyQuoted } from "../../src/parse/shape.js";

// The hand-read line ends must answer exactly what the patterns they replace answer.
const marks = fc.constantFrom(..."abc .,;:!?…。，；：！？\"”“„«»’‘')]」』[(".split(""), "😀", "\ud800", "\udc00");
const texts = fc.array(marks, { maxLength: 8 }).map((c) => c.join(""));

describe("line ends", () => {
  it.each([
    ["Prices rose.", true],
    ["He said: “No.”", true],
    ["It ended (finally).", true],
    ["Who won?", false],
    ["“Who won?”", true],
    ["Budget talks continue", false],
    ["First, then", false],
    ["Markets。」", true],
    ["", false],
    ["”", false],
  ])("endsLikeProse(%j) = %s", (text, expected) => {
    expect(endsLikeProse(text)).toBe(expected);
  });

  it("endsLikeProse: as its patterns say", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(endsLikeProse(text)).toBe(/[.,;:!…。，；：！]["”’'»)\]」』]*$/u.test(text) || /[?？]["”’'»」』]$/u.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["Done.", ".", true],
    ["Done.”)", ".", true],
    ["Done”)", ".", false],
    [")", ".", false],
    ["", ".", false],
    ["Why?", ".!?", true],
  ])("endsInStop(%j, %j) = %s", (text, stops, expected) => {
    expect(endsInStop(text, stops)).toBe(expected);
  });

  it("endsInStop: as its pattern says", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(endsInStop(text, ".!?…:。！？：")).toBe(/[.!?…:。！？：]["”’'»)\]」』]*$/u.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["“A pulled quote”", true],
    ["'Single'", true],
    ["«Guillemets»", true],
    ["“Open only", false],
    ["Close only”", false],
    ["\"", true],
    ["", false],
  ])("isWhollyQuoted(%j) = %s", (text, expected) => {
    expect(isWhollyQuoted(text)).toBe(expected);
  });

  it("isWhollyQuoted: as its patterns say", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(isWhollyQuoted(text)).toBe(/^["“„«‘']/u.test(text) && /["”“»’']$/u.test(text));
      }),
      { numRuns: 5000 },
    );
  });
});
