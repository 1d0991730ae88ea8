/**
 * Markdown articles: marked's lexer (run by the caller, which loads marked only for Markdown)
 * gives the structure explicitly, so no layout is guessed: a leading `#` heading is the title,
 * other headings start sections, paragraphs, block quotes, lists and code are paragraphs.
 * Emphasis and links are kept as marks on the plain paragraph text; quotes and speakers are found
 * as in plain text, and a block quote without quotation marks is itself a quote.
 */
import type { Token, Tokens } from "marked";
import type { Article, InlineMark, Quote, Section } from "../article.js";
import { deriveHeadline } from "./headline.js";
import { parseArticle } from "./index.js";
import { quotesOf } from "./quoting.js";
import { signatureLine, trailingSignature } from "./signature.js";
import { articleStats } from "./stats.js";

interface Paragraph {
  text: string;
  marks: Omit<InlineMark, "section" | "paragraph">[];
  /** The text of a block quote (a quotation with no marks of its own) and who signed it. */
  blockQuote?: { text: string; speaker: string | null };
  /** A code block: program text, whose quotation marks delimit strings, not quotations. */
  code?: true;
}

interface DraftSection {
  heading: string | null;
  paragraphs: Paragraph[];
}

/**
 * Markdown text to an Article, given marked's lexer (which the caller loads, only when it is needed).
 * Text the Markdown reading cannot take is read as plain text instead: marked's block patterns
 * backtrack once per character of a paragraph, and V8 stops a pattern whose backtracking outgrows
 * its stack (a block quote of some 300,000 lines); nesting deep enough overflows the call stack.
 * Either is a RangeError, and the plain-text parser reads any text.
 */
export function parseMarkdownText(text: string, id: string, lex: (source: string) => Token[]): Article {
  try {
    return parseMarkdownArticle(lex(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n")), id);
  } catch (error) {
    if (error instanceof RangeError) return parseArticle(text, id);
    throw error;
  }
}

export function parseMarkdownArticle(tokens: readonly Token[], id: string): Article {
  const blocks = tokens.filter((t) => t.type !== "space");
  const first = blocks[0];
  const title = first?.type === "heading" && (first as Tokens.Heading).depth === 1 ? inline((first as Tokens.Heading).tokens).text : null;
  const drafts: DraftSection[] = [{ heading: null, paragraphs: [] }];
  for (const token of title === null ? blocks : blocks.slice(1)) {
    if (token.type === "heading") drafts.push({ heading: inline((token as Tokens.Heading).tokens).text, paragraphs: [] });
    else for (const paragraph of paragraphsOf(token)) drafts[drafts.length - 1]?.paragraphs.push(paragraph); // a list may have any number of items
  }
  // The untitled opening section is dropped when empty, unless it is all there is (as in plain text).
  const kept = drafts.filter((d, i) => i > 0 || d.paragraphs.length > 0 || drafts.length === 1);

  const sections: Section[] = kept.map((d) => ({ heading: d.heading, paragraphs: d.paragraphs.map((p) => p.text) }));
  const marks: InlineMark[] = kept.flatMap((d, section) => d.paragraphs.flatMap((p, paragraph) => p.marks.map((m) => ({ ...m, section, paragraph }))));
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  return {
    id,
    // With no paragraph to derive a headline from, the headings are the text there is (as in plain text).
    headline: title ?? deriveHeadline(paragraphs.length > 0 ? paragraphs : sections.flatMap((s) => (s.heading === null ? [] : [s.heading]))),
    headlineSource: title === null ? "derived" : "title",
    sections,
    quotes: quotesWithBlockQuotes(kept, sections),
    marks,
    stats: articleStats(sections),
  };
}

/** Quotes found in the text as in plain text (code blocks aside), and block quotes without marks of their own. */
function quotesWithBlockQuotes(drafts: readonly DraftSection[], sections: readonly Section[]): Quote[] {
  const quotes = quotesOf(sections).filter((q) => !drafts[q.section]?.paragraphs[q.paragraph]?.code);
  drafts.forEach((d, section) =>
    d.paragraphs.forEach((p, paragraph) => {
      if (p.blockQuote && !quotes.some((q) => q.section === section && q.paragraph === paragraph)) {
        quotes.push({ text: p.blockQuote.text, speaker: p.blockQuote.speaker, section, paragraph });
      }
    }),
  );
  return quotes.sort((a, b) => a.section - b.section || a.paragraph - b.paragraph);
}

function blockQuoteParagraphs(inner: Paragraph[]): Paragraph[] {
  const last = inner[inner.length - 1];
  if (!last) return [];
  const signer = signatureLine(last.text);
  if (signer !== null) return [...inner.slice(0, -1).map((p) => ({ ...p, blockQuote: { text: p.text, speaker: signer } })), last];
  const trailing = trailingSignature(last.text);
  const speaker = trailing?.speaker ?? null;
  return inner.map((p) => ({ ...p, blockQuote: { text: p === last && trailing ? p.text.slice(0, trailing.at).trim() : p.text, speaker } }));
}

function paragraphsOf(token: Token): Paragraph[] {
  switch (token.type) {
    case "paragraph":
      return [inline((token as Tokens.Paragraph).tokens)];
    case "blockquote":
      return blockQuoteParagraphs((token as Tokens.Blockquote).tokens.flatMap(paragraphsOf));
    case "list": {
      const list = token as Tokens.List;
      const items = list.items.map((item, i) => {
        const marker = list.ordered ? `${Number(list.start || 1) + i}.` : "-";
        // A list inside an item goes on lines of its own under the item's text, indented to it.
        const indent = " ".repeat(marker.length + 1);
        const own: Paragraph[] = [];
        const nested: Paragraph[] = [];
        for (const child of item.tokens) (child.type === "list" ? nested : own).push(...paragraphsOf(child));
        const lines = [`${marker} ${own.map((c) => c.text).join(" ")}`, ...nested.flatMap((n) => n.text.split("\n").map((line) => indent + line))];
        return { text: lines.join("\n"), marks: [...own, ...nested].flatMap((c) => c.marks) };
      });
      return [{ text: items.map((i) => i.text).join("\n"), marks: items.flatMap((i) => i.marks) }];
    }
    case "text": {
      const text = token as Tokens.Text;
      return [text.tokens ? inline(text.tokens) : { text: decodeEntities(text.text), marks: [] }];
    }
    case "code":
      return [{ text: (token as Tokens.Code).text, marks: [], code: true }];
    case "table": {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]): string => cells.map((c) => inline(c.tokens).text).join(" | ");
      return [{ text: [row(table.header), ...table.rows.map(row)].join("\n"), marks: [] }];
    }
    default:
      return []; // rules, raw HTML, definitions: nothing a reader reads
  }
}

/** Inline tokens to plain text, remembering which words were emphasised or linked. */
function inline(tokens: readonly Token[] | undefined): Paragraph {
  let text = "";
  const marks: Paragraph["marks"] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "text":
      case "escape":
        // A line break in the source only wraps the paragraph; hard breaks come as "br".
        text += "tokens" in token && token.tokens ? inline(token.tokens as Token[]).text : decodeEntities((token as Tokens.Text).text).replace(/[ \t]*\n[ \t]*/g, " ");
        break;
      case "br":
        text += "\n";
        break;
      case "codespan":
        text += decodeEntities((token as Tokens.Codespan).text);
        break;
      case "em":
      case "strong":
      case "del":
      case "link": {
        const inner = inline((token as Tokens.Em).tokens);
        text += inner.text;
        for (const mark of inner.marks) marks.push(mark); // not push(...): a paragraph may have any number of them
        if (token.type === "link") marks.push({ kind: "link", text: inner.text, url: (token as Tokens.Link).href });
        else if (token.type !== "del") marks.push({ kind: token.type === "em" ? "emphasis" : "strong", text: inner.text });
        break;
      }
      case "image":
        text += (token as Tokens.Image).text;
        break;
      default:
        break; // inline HTML tags
    }
  }
  return { text: text.trim(), marks };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (!name.startsWith("#")) return ENTITIES[name.toLowerCase()] ?? whole;
    const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
