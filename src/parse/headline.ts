/**
 * The headline: the title line when the text starts with one, otherwise one derived from the lead.
 */
import type { Block } from "./blocks.js";
import { isDateline, isFurniture, withoutDateline } from "./furniture.js";
import { endsInStop, isHeadingShaped, isProseLike, isWhollyQuoted } from "./shape.js";
import { splitSentences } from "../text/sentences.js";

const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 35;
const MAX_DERIVED_CHARS = 90;
const MIN_CLAUSE_CHARS = 30;

/**
 * Whether the first block is a title. A title is short, set apart from what follows and not a
 * sentence of the body: it has no sentence punctuation at its end — except that a title followed
 * by a blank line may end in a full stop (some archives punctuate titles), as long as it is a
 * single sentence and prose follows it.
 */
export function isTitleBlock(blocks: readonly Block[]): boolean {
  const first = blocks[0];
  const next = blocks[1];
  if (!first) return false;
  if (first.markdownLevel === 1) return true;
  if (first.markdownLevel > 1 || !next) return false;
  const text = first.text;
  if (!isHeadingShaped(text, MAX_TITLE_CHARS, MAX_TITLE_WORDS) || isWhollyQuoted(text)) return false;
  if (/[,;:]$/.test(text)) return false;
  // Chinese and Japanese headlines are never closed with an ideographic full stop: it ends a sentence.
  if (endsInStop(text, "。")) return false;
  // A full stop or an ellipsis, perhaps in closing quotes (read from the end before the pattern, which would try every position).
  if (endsInStop(text, ".…") && /[.…]["”’»)]*$/u.test(text)) {
    // A quotation closed by a comma goes on to its attribution: `"We will win," said Jane Doe.`
    // is the story's first sentence, whose quote belongs to the body.
    if (/,["”’»]/u.test(text)) return false;
    // Some archives punctuate titles, even as two short sentences ("X could make history. Again.");
    // set apart by a blank line and shorter than the paragraph after it, that is still a title.
    const sentences = splitSentences(text).length;
    const proseFollows = isProseLike(next.text) || next.markdownLevel > 0;
    return first.blankAfter && proseFollows && (sentences === 1 || (sentences <= 3 && text.length < next.text.length));
  }
  return true;
}

/** A title as displayed: without markdown emphasis or a closing full stop. */
export function cleanTitle(text: string): string {
  const unemphasised = text.startsWith("**") ? text.replace(/^\*\*(.*)\*\*$/u, "$1") : text;
  // The closing stop is looked for at the end first: the pattern would try every position.
  const unstopped = endsInStop(unemphasised, ".") ? unemphasised.replace(/(?<!\.)\.(["”’'»)]*)$/u, "$1") : unemphasised;
  return unstopped.trim();
}

/**
 * A headline made from the lead: its first sentence, without a dateline, cut back to headline
 * length at the last clause boundary (comma, dash, semicolon, colon) that keeps it meaningful,
 * or at a word boundary when the sentence has no usable clause break.
 */
export function deriveHeadline(paragraphs: readonly string[]): string {
  const lead = paragraphs.find((p) => !isFurniture(p) || isDateline(p)) ?? paragraphs[0] ?? "";
  const firstSentence = splitSentences(withoutDateline(lead), 1)[0] ?? "";
  const sentence = firstSentence.replace(/[.!…。]+$/u, "").trim();
  if ([...sentence].length <= MAX_DERIVED_CHARS) return sentence;
  const window = sentence.slice(0, MAX_DERIVED_CHARS + 1);
  let cut = -1;
  for (const boundary of [", ", " — ", " – ", " - ", "; ", ": "]) {
    const at = window.lastIndexOf(boundary);
    if (at >= MIN_CLAUSE_CHARS && at > cut) cut = at;
  }
  if (cut >= 0) return sentence.slice(0, cut).trim();
  return cutAtPhrase(window) + "…";
}

/**
 * Words that open a new phrase: a headline cut before one reads as a whole thought ("A call has
 * thrown a curveball…"), where a cut at any word can split a name ("…President Volodymyr…").
 */
const PHRASE_OPENERS = new Set([
  "into", "in", "on", "at", "for", "with", "as", "after", "before", "while", "amid", "over", "from",
  "to", "by", "about", "against", "during", "since", "until", "and", "but", "or", "that", "which",
  "who", "where", "when", "because", "despite", "following", "under", "without",
]);

function cutAtPhrase(window: string): string {
  const words = window.split(" ").slice(0, -1); // the last word may be cut in half
  for (let end = words.length - 1; end > 0; end--) {
    const kept = words.slice(0, end).join(" ");
    if (kept.length < MIN_CLAUSE_CHARS) break;
    if (PHRASE_OPENERS.has((words[end] ?? "").toLowerCase())) return kept.replace(/[,;:—–-]+$/u, "").trim();
  }
  return words.join(" ").replace(/[,;:—–-]+$/u, "").trim() || window;
}


