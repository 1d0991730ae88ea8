import { readFileSync } from "node:fs";
import fc from "fast-check";
import { Lexer } from "marked";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/article.js";
import { parseArticle } from "../../src/parse/index.js";
import { parseMarkdownArticle, parseMarkdownText } from "../../src/parse/markdown.js";
import { renderArticle } from "../../src/render/index.js";
import { printable } from "../../src/render/sanitize.js";
import { namesItsAddress } from "../../src/render/spans.js";
import { SEED } from "../e2e/run.js";

const fromMarkdown = (markdown: string): Article => parseMarkdownArticle(Lexer.lex(markdown), "md");
const toMarkdown = (article: Article): Promise<string> =>
  renderArticle(article, { format: "markdown", width: 80, color: false, theme: "dark", summary: false, hyperlinks: false });
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe("Markdown input", () => {
  const article = fromMarkdown(`# Council *Closes* Bridge

The council voted **7-2** on [Tuesday](https://example.com/vote) to close the bridge,
a decision &amp; a surprise.

## What comes next

> We will keep the ferry running until it reopens.
>
> — Ana Ruiz, mayor

- first *point*
- second point

1. one
2. two

“It is a disgrace,” said Tom Becker.

---

<div>raw html is not read</div>
`);

  it("takes the title, headings and paragraphs from the Markdown structure", () => {
    expect(article.headline).toBe("Council Closes Bridge");
    expect(article.headlineSource).toBe("title");
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ["The council voted 7-2 on Tuesday to close the bridge, a decision & a surprise."] },
      {
        heading: "What comes next",
        paragraphs: ["We will keep the ferry running until it reopens.", "— Ana Ruiz, mayor", "- first point\n- second point", "1. one\n2. two", "“It is a disgrace,” said Tom Becker."],
      },
    ]);
  });

  it("keeps emphasis and links as marks on the paragraph", () => {
    expect(article.marks).toEqual([
      { kind: "strong", text: "7-2", section: 0, paragraph: 0 },
      { kind: "link", text: "Tuesday", url: "https://example.com/vote", section: 0, paragraph: 0 },
      { kind: "emphasis", text: "point", section: 1, paragraph: 2 },
    ]);
  });

  it("takes a block quote as a quote, signed by the line under it", () => {
    expect(article.quotes.map((q) => [q.text.replace(/,$/, ""), q.speaker, q.section, q.paragraph])).toEqual([
      ["We will keep the ferry running until it reopens.", "Ana Ruiz", 1, 0],
      ["It is a disgrace", "Tom Becker", 1, 4],
    ]);
  });

  it("finds no quotations in a code block, whose quotation marks delimit strings", () => {
    const code = fromMarkdown('# Release\n\nThe tool prints a greeting.\n\n```js\nconsole.log("hello there, world");\n```\n\n“It works,” said Tom Becker.\n');
    expect(code.sections[0]?.paragraphs[1]).toBe('console.log("hello there, world");');
    expect(code.quotes.map((q) => [q.text, q.speaker])).toEqual([["It works", "Tom Becker"]]);
  });

  it("derives a headline when there is no # title", () => {
    const derived = fromMarkdown("## Section\n\nThe council closed the bridge on Tuesday. More follows.\n");
    expect(derived.headline).toBe("The council closed the bridge on Tuesday");
    expect(derived.headlineSource).toBe("derived");
    expect(derived.sections[0]?.heading).toBe("Section");
  });

  it.each([
    ["text", "Council Closes Bridge\n=====", "The council voted 7-2 on Tuesday (https://example.com/vote) to close"],
    ["markdown", "# Council Closes Bridge", "The council voted **7-2** on [Tuesday](https://example.com/vote) to close"],
  ] as const)("renders links and emphasis in %s", async (format, title, line) => {
    const out = await renderArticle(article, { format, width: 100, color: false, theme: "dark", summary: false, hyperlinks: false });
    expect(out).toContain(title);
    expect(out).toContain(line);
  });

  it("shows links as OSC 8 hyperlinks where the terminal has them, else as words (url)", async () => {
    const options = { format: "ansi", width: 100, color: true, theme: "dark", summary: false } as const;
    expect(await renderArticle(article, { ...options, hyperlinks: true })).toContain("\u001b]8;;https://example.com/vote\u0007");
    const plain = await renderArticle(article, { ...options, hyperlinks: false });
    expect(plain).not.toContain("\u001b]8;;");
    expect(plain.replace(/\u001b\[[0-9;]*m/g, "")).toContain("Tuesday (https://example.com/vote)");
  });

  it.each([
    ["a bare address", "See https://example.com/page for more.", "See https://example.com/page for more."],
    ["an autolink", "See <https://example.com/page> for more.", "See https://example.com/page for more."],
    ["an address without its scheme", "See [example.com](https://example.com/) for more.", "See example.com for more."],
    ["an email address", "Write to <ana@example.com> today.", "Write to ana@example.com today."],
    ["words that are not the address", "See [the page](https://example.com/page) for more.", "See the page (https://example.com/page) for more."],
    ["another address as words", "See [https://a.org](https://b.org) for more.", "See https://a.org (https://b.org) for more."],
  ])("prints %s once where its words are the address, in text and styled", async (_name, paragraph, shown) => {
    const linked = fromMarkdown(`# Links\n\n${paragraph}\n`);
    const options = { width: 100, theme: "dark", summary: false, hyperlinks: false } as const;
    expect(await renderArticle(linked, { ...options, format: "text", color: false })).toContain(shown);
    const styled = await renderArticle(linked, { ...options, format: "ansi", color: true });
    expect(styled.replace(/\u001b\[[0-9;]*m/g, "")).toContain(shown);
  });
});

describe("namesItsAddress", () => {
  it.each([
    ["https://example.com/a", "https://example.com/a", true],
    ["example.com/a", "https://example.com/a", true],
    ["example.com", "http://example.com/", true],
    ["ana@example.com", "mailto:ana@example.com", true],
    ["the page", "https://example.com/a", false],
    ["example.com/b", "https://example.com/a", false],
    ["", "https://example.com/a", false],
  ])("%j for %j: %s", (words, url, expected) => {
    expect(namesItsAddress(words, url)).toBe(expected);
  });
});

describe("round trip: Markdown -> --format markdown -> the same Article", () => {
  const roundTrip = async (markdown: string): Promise<void> => {
    const original = fromMarkdown(markdown);
    expect(fromMarkdown(await toMarkdown(original))).toEqual(original);
  };

  it.each([
    ["a link in plain form", "[the page](https://example.com/some_page?a_b=1)"],
    ["a link with balanced parentheses", "[the page](https://en.example.org/wiki/Bridge_(river))"],
    ["a link with an unbalanced parenthesis", "[the page](<https://example.com/a(b>)"],
    ["a link with a space", "[the page](<https://example.com/a b>)"],
    ["a link with angle brackets", "[the page](https://example.com/\\<b\\>)"],
    ["a link with backslashes", "[the page](https://example.com/a\\\\b\\\\\\_c)"],
    ["a link with no address", "[the page]()"],
    ["an autolink", "<https://example.com/a_b*c~d>"],
    ["a bare address", "https://example.com/a_b*c~d)."],
    ["an email address", "jane_doe@example.com"],
  ])("for %s", async (_name, link) => {
    await roundTrip(`# Bridge News\n\nRead ${link} for more.\n`);
  });

  it.each([
    ["signed at its end", "> Short quote only. — Jane Roe"],
    ["signed on its own line", "> Short quote only.\n> — Jane Roe"],
    ["signed on its own paragraph", "> We will keep the ferry running.\n>\n> — Ana Ruiz, mayor"],
    ["of several paragraphs, signed on its own paragraph", "> The ferry runs.\n>\n> It will keep running.\n>\n> — Ana Ruiz"],
    ["of several paragraphs, signed at the end of the last", "> The ferry runs.\n>\n> It will keep running. — Ana Ruiz"],
    ["unsigned", "> The ferry runs.\n>\n> It will keep running."],
    ["next to one signed by someone else", "> The ferry runs. — Ana Ruiz\n\n> The bridge waits. — Tom Becker"],
    ["next to one signed by the same person", "> The ferry runs.\n>\n> — Ana Ruiz\n\n> The bridge waits.\n>\n> — Ana Ruiz"],
    ["with quotation marks of its own", "> “The ferry runs,” said Ana Ruiz.\n>\n> It will keep running.\n>\n> — Ana Ruiz"],
    ["holding a list", "> - the ferry\n> - the bridge\n>\n> — Ana Ruiz"],
    ["followed by a signature-like paragraph of its own", "> The ferry runs.\n\n— Ana Ruiz"],
  ])("for a block quote %s", async (_name, quote) => {
    await roundTrip(`# Ferry Plan\n\nThe council met.\n\n${quote}\n\nBody text here.\n`);
  });

  it("for any arrangement of block quotes, signed or not, among paragraphs", async () => {
    const word = fc.constantFrom("ferry", "runs", "“It", "works,”", "said", "Ana", "Ruiz", "—", "Jane Roe", "mayor,", "the", "bridge.", "Tom");
    const paragraph = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(" "));
    const signature = fc.constantFrom("", "\n>\n> — Ana Ruiz", "\n> — Jane Roe, mayor", " — Ana Ruiz", " — Tom");
    const blockQuote = fc
      .tuple(fc.array(paragraph, { minLength: 1, maxLength: 3 }), signature)
      .map(([paragraphs, signed]) => paragraphs.map((p) => `> ${p}`).join("\n>\n") + signed);
    const other = fc.constantFrom("— Ana Ruiz", "- a list\n- of two", "“Yes,” said Ana Ruiz.", "> - a\n> - b", "> “Quoted” — Ana Ruiz");
    const markdown = fc.array(fc.oneof(paragraph, blockQuote, blockQuote, other), { minLength: 1, maxLength: 6 }).map((blocks) => `# Ferry Plan\n\n${blocks.join("\n\n")}\n`);
    await fc.assert(fc.asyncProperty(markdown, async (md) => roundTrip(md)), { numRuns: 300 });
  });

  it("for the article above", async () => {
    await roundTrip(`# Council *Closes* Bridge\n\nThe council voted **7-2** on [Tuesday](https://example.com/vote).\n\n## Next\n\n> We will keep the ferry running until it reopens.\n>\n> — Ana Ruiz, mayor\n\n- first *point*\n- second point\n`);
  });
});

describe("Markdown output of links", () => {
  it("shows control characters in a link's address as visible escapes, and writes the address as it shows it", async () => {
    const article = fromMarkdown("# Evil Link\n\nClick [here](http://a.example/\u0007\u001b]0;pwned\u0007x) and [there](<http://b.example/\u001b[2J>).\n");
    const markdown = await toMarkdown(article);
    expect(markdown).not.toMatch(CONTROL);
    const shown = (a: Article): (string | undefined)[] => (a.marks ?? []).map((m) => m.url);
    expect(shown(fromMarkdown(markdown))).toEqual(shown(article).map((url) => printable(url ?? "")));
    expect(shown(fromMarkdown(markdown))).toEqual(["http://a.example/\\x07\\x1b]0;pwned\\x07x", "http://b.example/\\x1b[2J"]);
  });
});

describe("round trip: text -> --format markdown -> the same Article", () => {
  const roundTrip = async (text: string): Promise<void> => {
    const original = parseArticle(text, "a.txt");
    const markdown = await toMarkdown(original);
    const again = fromMarkdown(markdown);
    expect({ ...again, id: original.id, marks: undefined }).toEqual({ ...original, marks: undefined });
    expect(again.marks).toEqual([]);
  };

  it("for the bundled seed", async () => {
    await roundTrip(readFileSync(SEED, "utf8"));
  });

  it.each([
    ["a titled article with markup characters", "Council * Closes _the_ Bridge #1\n\nThe [council] voted 7-2 <today> on `Tuesday` & AT&amp;T | said ~~no~~.\n\n- not a list\n\n# not a heading either, but a paragraph that starts with a hash sign.\n"],
    ["subheadings and quotes", "The council voted to close the bridge on Tuesday, officials said.\n\nWhat Comes Next\n\n“We will keep the ferry running,” said Ana Ruiz.\n\n1. Numbered lines\n\n---\n\n=== underline ===\n"],
    ["a title alone", "# ;\n"],
    ["a Markdown title over nothing but a heading", "# Title\n\n## Heading\n"],
    ["list lines inside a paragraph", "Budget Plan Announced\n\nThe plan has three parts:\n\n- lower fares\n- more buses\n- new routes\n\nOfficials said it would start in May.\n"],
  ])("for %s", async (_name, text) => {
    await roundTrip(text);
  });

  // marked finds web and email addresses in running text (GFM autolinks) and reads them without
  // backslash escapes: the Markdown must keep them plain text, with the same characters.
  it.each([
    ["an address with _", "https://example.com/some_page?a_b=1"],
    ["an address with * and ~", "http://x.example/*star*/~tilde~/a**b**"],
    ["an address in upper case", "HTTPS://EXAMPLE.COM/A_B"],
    ["an address with trailing punctuation", "https://example.com/a_b_.,:;!?*~"],
    ["an address in parentheses", "(see https://en.example.org/wiki/Bridge_(river)_x)"],
    ["an address with an entity", "https://example.com/?a=1&amp;b_c=2"],
    ["an ftp address", "ftp://files.example/x_y"],
    ["a www address", "www.example.com/new_home"],
    ["a www address after an underscore", "old_www.example.com/a_b"],
    ["an address inside a word", "xhttps://a.example/b_c"],
    ["an address in angle brackets", "<https://example.com/a_b>"],
    ["an email address", "jane_doe@example.com"],
    ["a mailto address", "mailto:jane_doe@example.com"],
  ])("for %s", async (_name, address) => {
    await roundTrip(`Site moves to ${address}\n\nThe page is now at ${address} and more text here.\n\n- a list line with ${address}\n`);
  });

  it("for any article-shaped text", async () => {
    const plainWord = fc.stringMatching(/^[A-Za-z0-9“”"'’.,:;!?*_#<>[\]()&|~`\\-]{1,10}$/);
    // Pieces marked reads as the start of an address, joined to words.
    const address = fc.tuple(fc.constantFrom("https://", "http://www.", "www.", "@", "mailto:"), plainWord).map(([start, rest]) => start + rest);
    const word = fc.oneof({ arbitrary: plainWord, weight: 4 }, { arbitrary: fc.tuple(plainWord, address).map(([a, b]) => a + b), weight: 1 });
    const line = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(" "));
    const text = fc.array(line, { minLength: 1, maxLength: 8 }).map((lines) => lines.join("\n\n") + "\n");
    await fc.assert(fc.asyncProperty(text, async (t) => roundTrip(t)), { numRuns: 200 });
  });
});

describe("Markdown the lexer cannot take", () => {
  const text = "# Ferry Plan\n\nThe council agreed the plan.\n\n> \"We will keep the ferry running,\" said Ana Ruiz.\n";
  it.each([
    ["its patterns' backtracking outgrows V8's stack", "Maximum call stack size exceeded"],
    ["its nesting outgrows the call stack", "Maximum call stack size exceeded"],
  ])("is read as plain text when %s", (_case, message) => {
    const article = parseMarkdownText(text, "md", () => {
      throw new RangeError(message);
    });
    expect(article).toEqual(parseArticle(text, "md"));
    expect(article.headline).toBe("Ferry Plan");
  });

  it("still fails on any other error: only a RangeError means the text was too much for the lexer", () => {
    expect(() =>
      parseMarkdownText(text, "md", () => {
        throw new TypeError("a bug");
      }),
    ).toThrow(TypeError);
  });
});

describe("Markdown lists inside list items", () => {
  it.each([
    ["a bulleted list in a bulleted item", "- first item\n- second item\n  - nested one\n  - nested two\n- third item", "- first item\n- second item\n  - nested one\n  - nested two\n- third item"],
    ["a numbered list in a numbered item", "1. a\n2. b\n   1. b1\n   2. b2", "1. a\n2. b\n   1. b1\n   2. b2"],
    ["two levels down", "- top\n  - middle\n    - bottom", "- top\n  - middle\n    - bottom"],
  ])("sets %s on lines of their own under the item, indented to it", async (_name, list, paragraph) => {
    const article = fromMarkdown(`# Lists\n\n${list}\n`);
    expect(article.sections[0]?.paragraphs).toEqual([paragraph]);
    // Written as lines of one paragraph, they read back as lines without their indentation (README).
    const flat = paragraph.split("\n").map((line) => line.trimStart()).join("\n");
    expect(fromMarkdown(await toMarkdown(article)).sections[0]?.paragraphs).toEqual([flat]);
  });
});
