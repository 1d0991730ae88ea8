import { describe, expect, it } from "vitest";
import { headings, parse, prose } from "./helpers.js";

/**
 * Subheadings on pages scraped from the web: reference pages, how-tos and blogs whose headings,
 * contents lists, link lists and captions all became plain lines. Every case is checked against a
 * news article of the same shape that must keep its reading.
 */
const body = (...lines: string[]): string => lines.join("\n");

describe("lines next to a would-be heading", () => {
  it.each([
    [
      "questions one under another are a list of questions",
      body(prose(1), "Do I really need it?", "Where am I going to put it?", "Is it in my budget?", prose(2)),
      [null],
    ],
    [
      "a line that the next block continues in lower case",
      body(prose(1), "Your options are limited: either", "rewrite the code from scratch in the new framework, which takes months.", prose(2)),
      [null],
    ],
    ["a line holding a web address", body(prose(1), "This link is broken, see https://example.org/issue/48", prose(2)), [null]],
    [
      "a heading that quotes a question is still one heading",
      body(prose(1), 'Write Your Own "Should I Buy This?" Test', prose(2)),
      [null, 'Write Your Own "Should I Buy This?" Test'],
    ],
    ["a single question over prose is a heading", body(prose(1), "What happens next?", prose(2)), [null, "What happens next?"]],
    [
      "a heading over a paragraph opening with a brand name in lower case",
      body(prose(1), "The new phone", "iPhone sales rose again in the spring, the company said on Tuesday."),
      [null, "The new phone"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(headings(parse(text))).toEqual(expected);
  });
});
