import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse/index.js";

const speakersOf = (body: string): (string | null)[] => parseArticle(`Title\n\n${body}`, "t").quotes.map((q) => q.speaker);

// Sentences without quotes are queued for the subject history and read only when a pronoun or a
// description looks back: the speakers must be those of reading every sentence in order.
describe("subjects of sentences without quotes", () => {
  it.each([
    ["earlier in the paragraph", "Mary Jones arrived. “We will win,” she said.", ["Mary Jones"]],
    ["after the quote before", "“We lost,” Tom Smith said. Mary Jones arrived later.\n\n“We will win,” she said.", ["Tom Smith", "Mary Jones"]],
    [
      "two quoting paragraphs back",
      "“We lost,” Tom Smith said. Mary Jones arrived later.\n\n“No comment,” Acme Corp said.\n\n“We will win,” she said.",
      ["Tom Smith", "Acme Corp", "Mary Jones"],
    ],
    ["a pronoun subject changes nothing", "Tom Smith spoke. He left. “Yes,” he said.", ["Tom Smith"]],
    ["a later quote-less subject wins", "“We lost,” Tom Smith said. Mary Jones arrived. Later Ann Lee spoke.\n\n“Fine,” she said.", ["Tom Smith", "Ann Lee"]],
    ["a body for it", "Acme Corp said profits rose. “We are pleased,” it said.", ["Acme Corp"]],
    ["a quoting sentence after the quiet ones", "Mary Jones arrived. “Go,” Tom Smith said. “Stay,” she said.", ["Tom Smith", "Tom Smith"]],
  ])("%s", (_name, body, expected) => {
    expect(speakersOf(body)).toEqual(expected);
  });
});
