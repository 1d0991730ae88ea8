/**
 * The grammar of attribution over one sentence's tokens: which noun phrase is the subject of a
 * reporting verb, the attribution a quote gets inside its own sentence, and a sentence's subject.
 * News attributes quotes in a handful of shapes, all built on a reporting verb ("said", "told",
 * "described ... as", "according to"):
 *   "...," said X.   "...," X said.   X said: "..."   X told reporters "..."   X described it as "..."
 * The speaker is the verb's subject: before a finite verb, or right after it when inverted after
 * a quote. A participle ("calling it ...") takes the subject of its sentence.
 */
import { FUNCTION_WORDS, GROUP_PRONOUNS, isDescriptor, isParticiple, NAME_CONNECTORS, ORGANISATION_NOUNS, ORGANISATION_WORDS, PERSON_PRONOUNS, REPORTING_VERBS, ROLES, WRITINGS } from "./lexicon.js";
import { type Entity, entityFromWords } from "./names.js";
import { endsPossessive, type Token, type TokenReader } from "./tokens.js";

export type NounPhrase =
  | { kind: "name"; entity: Entity; weak?: boolean }
  | { kind: "pronoun"; word: string }
  | { kind: "description"; words: string[]; definite: boolean; owner?: "person" | "group" };

/** Lower-case words that can stand between a subject and its verb ("Trump later said"). */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  "also", "later", "then", "has", "had", "have", "was", "is", "were", "are", "would", "will", "once", "previously",
  "recently", "repeatedly", "earlier", "reportedly", "publicly", "privately", "just", "again", "now", "further",
  "simply", "only", "even", "still", "often", "never", "has", "did", "does", "do", "had", "been", "quickly",
  "yesterday", "today", "tonight", "afterwards", "subsequently", "last", "week", "night", "month",
]);
const PREPOSITIONS = new Set([
  "with", "of", "to", "for", "from", "at", "by", "between", "into", "on", "in", "about", "against", "than",
  "as", "after", "before", "like", "over", "under", "toward", "towards", "against", "among", "during", "onto",
]);
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "one", "another", "this", "that", "several", "some", "two", "three", "many", "most", "other"]);
const DEFINITE = new Set(["the", "his", "her", "its", "their", "our", "this", "that"]);
const MAX_VERB_DISTANCE_AFTER = 14;
/** Words that open a new clause: a verb after them is not the quote's attribution ("“right” when he said"). */
const CLAUSE_OPENERS = new Set(["when", "while", "because", "after", "before", "if", "since", "that", "which", "where", "but", "and", "as", "although", "though", "until", "unless", "whether", "so", "or"]);
const ATTRIBUTION_DASHES = new Set(["―", "—", "–", "-", "--"]);

/** The attribution of the quote at `q` in its sentence, or null when the sentence has none. */
export function attributionFor(tokens: readonly Token[], q: number): NounPhrase | null {
  // A signature after a quote: “...” ― Jane Doe
  if (ATTRIBUTION_DASHES.has(tokens[q + 1]?.text ?? "") && tokens[q + 2]?.capitalised) {
    const signed = nounPhraseAfter(tokens, q + 2, tokens.length);
    if (signed?.kind === "name") return signed;
  }
  // After the quote: "...," said X / "...," X said — a finite verb within a few words.
  const first = tokens[q + 1]?.text === "," ? q + 2 : q + 1;
  // “...,” Malkia Cyril, the director at the centre and who also features in the film, told ...:
  // inside an appositive set off after the name, a clause ("and who ...") is the appositive's own.
  const appositiveEnd = appositiveAfterName(tokens, first);
  for (let v = q + 1; v < tokens.length && v <= Math.max(q + MAX_VERB_DISTANCE_AFTER, appositiveEnd + 2); v++) {
    const token = tokens[v];
    if (!token || token.kind === "quote") break;
    if (token.kind === "punct" && /[.;!?]/.test(token.text)) break;
    if (v < appositiveEnd) continue;
    if (token.kind === "word" && CLAUSE_OPENERS.has(token.lower) && !joinsTitle(tokens, first, v) && !joinsOrganisation(tokens, v, tokens.length)) break;
    if (!isReportingVerb(tokens, v)) continue;
    if (token.lower === "according") return nounPhraseAfter(tokens, v + 2, tokens.length);
    if (isParticiple(token.lower)) break;
    // “...,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said: the
    // name standing right after the quote is the subject, however long its appositives.
    // Without an appositive the subject's head is the name next to the verb: "UBS economist Maury
    // Harris told" is Maury Harris (read below, back from the verb), not UBS.
    const named = first < v && (tokens[first]?.capitalised || PERSON_PRONOUNS.has(tokens[first]?.lower ?? ""));
    if (named && hasAppositiveMark(tokens, first, v)) {
      const direct = nounPhraseAfter(tokens, first, v);
      if (direct && direct.kind !== "description") return direct;
    }
    const before = nounPhraseBefore(tokens, v - 1, q + 1);
    if (before && before.kind !== "description") return before;
    // "Mr Tanzi's statement said": the name that owns the subject.
    const owner = named ? nounPhraseAfter(tokens, first, v) : null;
    if (owner && owner.kind !== "description") return owner;
    if (before) return before;
    const after = nounPhraseAfter(tokens, v + 1, tokens.length);
    if (after) return after;
    break;
  }
  // Before the quote: X said: "..." / X described it as "..." / according to X, "..."
  for (let v = q - 1; v >= 0; v--) {
    const token = tokens[v];
    if (!token || token.kind === "quote") continue;
    if (!isReportingVerb(tokens, v)) continue;
    const subject = subjectOfVerb(tokens, v, q);
    if (subject && !(subject.kind === "description" && !subject.definite)) return subject;
    // A verb whose subject is not a speaker ("the spate of shootings demands"): look further back.
  }
  // A quote introduced by a colon: "Obama has a new message: “It's about me.”"
  if (tokenBefore(tokens, q)?.text === ":") {
    const subject = sentenceSubject(tokens.slice(0, q));
    if (subject?.kind === "name") return subject;
  }
  return null;
}

/** The last token of the capitalised run (with connectors: "Secretary of State") that `end` is in, ending after a possessive. */
function capitalisedRunEnd(tokens: readonly Token[], end: number, limit: number): number {
  while (end + 1 < limit) {
    const next = tokens[end + 1];
    if (next?.kind === "word" && (next.capitalised || (NAME_CONNECTORS.has(next.lower) && tokens[end + 2]?.capitalised))) end++;
    else if (ofTheAt(tokens, end + 1, limit)) end += 2; // "Chancellor of the Exchequer"
    else break;
    if (endsPossessive(tokens[end]?.text ?? "")) break;
  }
  return end;
}

/** Whether "of the" stands at `at` inside a name, a capitalised word after it: "Speaker of the House", "Chancellor of the Exchequer". */
function ofTheAt(tokens: readonly Token[], at: number, limit: number): boolean {
  return at + 2 < limit && tokens[at]?.lower === "of" && tokens[at + 1]?.text === "the" && tokens[at + 2]?.kind === "word" && tokens[at + 2]?.capitalised === true && tokens[at - 1]?.capitalised === true;
}

/**
 * Whether the capitalised run `start`..`end` is the first part of a title that goes on after "and"
 * into a second capitalised run holding a role and then a name: no role in the first part, a role
 * before the last word of the second.
 */
function titleGoesOnAfterAnd(tokens: readonly Token[], start: number, end: number, limit: number): boolean {
  if (tokens[end + 1]?.lower !== "and" || !tokens[end + 2]?.capitalised || end + 2 >= limit) return false;
  const isRole = (token: Token | undefined): boolean => token !== undefined && (ROLES.has(token.lower.replace(/\.$/u, "")) || isDescriptor(token.lower));
  for (let k = start; k <= end; k++) if (isRole(tokens[k])) return false;
  const secondEnd = capitalisedRunEnd(tokens, end + 2, limit);
  for (let k = end + 2; k < secondEnd; k++) if (isRole(tokens[k])) return true;
  return false;
}

/**
 * Whether the "and" at `at` joins two capitalised runs into one body's name, as the second ends
 * in a word that names a body: "the Finance and Economy Ministry", "the Securities and Exchange
 * Commission", "the Food and Drug Administration" ("Smith and Jones" are two people).
 */
function joinsOrganisation(tokens: readonly Token[], at: number, limit: number): boolean {
  if (tokens[at]?.lower !== "and" || at + 1 >= limit || !tokens[at - 1]?.capitalised || !tokens[at + 1]?.capitalised || endsPossessive(tokens[at - 1]?.text ?? "")) return false;
  const end = capitalisedRunEnd(tokens, at + 1, limit);
  const last = tokens[end];
  return last !== undefined && !endsPossessive(last.text) && ORGANISATION_WORDS.has(last.lower);
}

const RELATIVE_PRONOUNS = new Set(["who", "whom", "whose", "which", "that"]);

/** How many lower-case words may describe a person between an organisation and the name ("chief economist"). */
const MAX_DESCRIPTOR_WORDS = 3;

/**
 * Where a name starts after a role or job of one to three lower-case words at `start` ("host",
 * "chief economist"), or -1: words that could carry the sentence on (a verb of saying, a
 * preposition, a determiner, a conjunction, an adverb, a pronoun) are not such a description.
 */
function nameAfterDescriptor(tokens: readonly Token[], start: number, limit: number): number {
  for (let k = start; k < limit && k < start + MAX_DESCRIPTOR_WORDS + 1; k++) {
    const word = tokens[k];
    if (!word || word.kind !== "word") return -1;
    if (word.capitalised) return k > start ? k : -1;
    const lower = word.lower;
    if (PREPOSITIONS.has(lower) || DETERMINERS.has(lower) || CLAUSE_OPENERS.has(lower) || BETWEEN_SUBJECT_AND_VERB.has(lower)) return -1;
    if (PERSON_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower) || REPORTING_VERBS.has(lower) || RELATIVE_PRONOUNS.has(lower)) return -1;
    // Adverbs and verbs in the past ("said Clapton, who joined Guy"; "said Lopez yesterday") carry the sentence on.
    if (/(?:ly|ed)$/u.test(lower)) return -1;
  }
  return -1;
}

/** Whether a name connector ("of", "de") joins the run from `from` to `to`. */
function hasConnector(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!tokens[k]?.capitalised && NAME_CONNECTORS.has(tokens[k]?.lower ?? "")) return true;
  return false;
}

/** Whether a comma, a dash or a bracket stands between `from` and `to`: an appositive set off after the subject. */
function hasAppositiveMark(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const text = tokens[k]?.text ?? "";
    if (text === "," || text === "(" || ATTRIBUTION_DASHES.has(text)) return true;
  }
  return false;
}

/** The longest appositive this reads past: a title and a relative clause, not a sentence's worth. */
const MAX_APPOSITIVE_TOKENS = 30;

/**
 * Where the appositive after a name starting at `start` ends (its closing comma), when the name is
 * followed by one: "Malkia Cyril, the executive director at the center, told"; -1 when not.
 */
function appositiveAfterName(tokens: readonly Token[], start: number): number {
  if (!tokens[start]?.capitalised) return -1;
  let i = capitalisedRunEnd(tokens, start, tokens.length) + 1;
  if (tokens[i]?.text !== ",") return -1;
  // Appositives may follow one another ("Scott Pruitt, the attorney general of Oklahoma, one of the
  // states suing, said"): read on to the comma a verb of saying follows, or the last one.
  let end = -1;
  for (let part = 0; part < MAX_APPOSITIVES; part++) {
    const close = nextComma(tokens, i + 1);
    if (close < 0) return end;
    end = close;
    const after = tokens[close + 1];
    if (after?.kind === "word" && REPORTING_VERBS.has(after.lower)) return close;
    i = close;
  }
  return end;
}

/** Appositives read past one after another. */
const MAX_APPOSITIVES = 3;

/** The next comma from `from` within an appositive's length, before the sentence ends or a quote; -1 when none. */
function nextComma(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k <= from + MAX_APPOSITIVE_TOKENS; k++) {
    const token = tokens[k];
    if (!token || token.kind === "quote" || (token.kind === "punct" && /[.;!?]/.test(token.text))) return -1;
    if (token.text === ",") return k;
  }
  return -1;
}

/** The attribution a sentence makes without a quote of its own ("He said the plan was dead."). */
export function sentenceAttribution(tokens: readonly Token[]): NounPhrase | null {
  for (let v = 0; v < tokens.length; v++) if (isReportingVerb(tokens, v)) {
    const np = subjectOfVerb(tokens, v, tokens.length);
    if (np) return np;
  }
  return null;
}

/**
 * Whether `sentenceAttribution` could find anything in a sentence's text: whether it has a run of
 * ASCII letters that, lower-cased, is a reporting verb (not capitalised) or "according". Most
 * sentences around a quote have none, and this reads their characters once instead of tokenising
 * them. It is exact on that side: a word token the grammar takes for a verb is such a run, whole
 * (lower-casing makes ASCII only of ASCII and of the Kelvin sign, which sends the text to the grammar).
 */
export function mayAttribute(text: string): boolean {
  verbShapes ??= shapesOf([...REPORTING_VERBS, "according"]);
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const lower = code | 0x20;
    if (code < 128 && lower >= 97 && lower <= 122) {
      if (start < 0) start = i;
      continue;
    }
    if (code === KELVIN_SIGN) return true;
    if (start < 0) continue;
    // Only a word of a verb's first letter and length is copied and looked up; a capitalised one
    // is a verb only as "According".
    const first = text.charCodeAt(start);
    const shape = i - start < MAX_SHAPE_LENGTH ? shapeOf(first | 0x20, i - start) : -1;
    if (first <= 90 ? shape === ACCORDING_SHAPE : verbShapes.has(shape)) {
      const word = text.slice(start, i).toLowerCase();
      if (REPORTING_VERBS.has(word) || word === "according") return true;
    }
    start = -1;
  }
  return false;
}
const KELVIN_SIGN = 0x212a;
const MAX_SHAPE_LENGTH = 32;
/** A word's lower-case first letter and length, as one number. */
const shapeOf = (firstLetter: number, length: number): number => firstLetter * MAX_SHAPE_LENGTH + length;
const ACCORDING_SHAPE = shapeOf(97, "according".length);
const shapesOf = (words: readonly string[]): Set<number> => new Set(words.map((word) => shapeOf(word.charCodeAt(0), word.length)));
/** The shapes of the reporting verbs, made when first needed (not at start-up). */
let verbShapes: Set<number> | undefined;

function subjectOfVerb(tokens: readonly Token[], v: number, limit: number): NounPhrase | null {
  const verb = tokens[v];
  if (!verb) return null;
  if (verb.lower === "according") return nounPhraseAfter(tokens, v + 2, limit);
  if (isParticiple(verb.lower)) return sentenceSubject(tokens);
  // "X bemoaned the unrest and said ...": a verb joined to an earlier one shares its subject.
  if (tokenBefore(tokens, v)?.lower === "and" || tokenBefore(tokens, v)?.lower === "but") return sentenceSubject(tokens.slice(0, v));
  const before = nounPhraseBefore(tokens, v - 1, 0);
  if (before) return before;
  // Only an inverted verb ("Said Trump: ...", "..., said the senator") has its subject after it;
  // otherwise what follows is its object ("told reporters", "demands that all Americans").
  const previous = tokenBefore(tokens, v);
  const inverted = !previous || previous.kind === "quote" || previous.text === "," || previous.text === ":";
  return inverted ? nounPhraseAfter(tokens, v + 1, limit) : null;
}

function isReportingVerb(tokens: readonly Token[], v: number): boolean {
  const token = tokens[v];
  if (!token || token.kind !== "word") return false;
  // "According to X, ..." opens a sentence as often as it follows a clause.
  if (token.lower === "according") return tokens[v + 1]?.lower === "to";
  // A capitalised "States" or "Post" is part of a name, not a verb.
  if (token.capitalised || !REPORTING_VERBS.has(token.lower)) return false;
  // "a report", "the call", "his statement", "Obama's remarks": nouns spelled like verbs follow a
  // determiner or a possessive.
  const previous = tokenBefore(tokens, v)?.lower ?? "";
  return !DETERMINERS.has(previous) && !endsPossessive(previous);
}

/**
 * Whose a description is, when it is something that speaks for its owner: "his report", "her
 * statement", "his spokesman" say what he or she says, "its statement" what the body says. (A
 * person of their own is not: "his wife said", "her lawyers said".)
 */
function ownerOf(determiner: string, head: string): { owner?: "person" | "group" } {
  if (!SPEAKS_FOR_OWNER.has(head)) return {};
  if (determiner === "his" || determiner === "her") return { owner: "person" };
  if (determiner === "its") return { owner: "group" };
  return {};
}
/** Writings and mouthpieces: what they say, their owner says. */
const SPEAKS_FOR_OWNER = new Set([...WRITINGS, "spokesman", "spokeswoman", "spokesperson"]);

/** The noun phrase ending at `end` (going back no further than `floor`), skipping adverbs and appositives. */
function nounPhraseBefore(tokens: readonly Token[], end: number, floor: number): NounPhrase | null {
  let i = end;
  while (i >= floor) {
    const token = tokens[i];
    if (!token) return null;
    if (token.kind === "word" && !token.capitalised && (BETWEEN_SUBJECT_AND_VERB.has(token.lower) || /ly$/u.test(token.lower))) {
      i--;
      continue;
    }
    if (token.text === "," || token.text === ")" || token.text === "—" || token.text === "–") {
      // An appositive or aside between subject and verb: "Zelensky, putting on a brave face, suggested".
      const closer = token.text;
      const opener = closer === ")" ? "(" : closer;
      let k = i - 1;
      while (k >= floor && k > i - 25 && tokens[k]?.text !== opener && tokens[k]?.kind !== "quote") k--;
      if (k < floor || tokens[k]?.text !== opener) return null;
      // A name set off after its title is the subject: "the company's chief executive, Jane Roe, said"
      // (after a title: a name after a name is a place's region, "officials in Albany, New York, said").
      const afterTitle = tokens[k - 1]?.kind === "word" && !tokens[k - 1]?.capitalised;
      const named = closer === "," && afterTitle ? nameBetween(tokens, k + 1, i) : null;
      if (named) return named;
      i = k - 1;
      // "Jane Roe, a spokeswoman for the Acme Coalition, which speaks for builders, said": a relative
      // clause set off belongs to the body just before it, which closes an appositive of the name
      // that is the subject. That appositive is passed over too when it opens like a title.
      if (closer === "," && RELATIVE_PRONOUNS.has(tokens[k + 1]?.lower ?? "")) {
        const titleOpens = appositiveOpening(tokens, i, floor);
        if (titleOpens >= 0) i = titleOpens - 1;
      }
      continue;
    }
    break;
  }
  const token = tokens[i];
  if (!token || i < floor || token.kind !== "word") return null;
  if (PERSON_PRONOUNS.has(token.lower) || GROUP_PRONOUNS.has(token.lower) || token.lower === "i") return { kind: "pronoun", word: token.lower };
  if (token.capitalised) {
    let start = i;
    while (start - 1 >= floor) {
      const prev = tokens[start - 1];
      if (prev?.kind === "word" && (prev.capitalised || (NAME_CONNECTORS.has(prev.lower) && tokenBefore(tokens, start - 1)?.capitalised) || joinsOrganisation(tokens, start - 1, i + 1))) start--;
      else if (start - 2 >= floor && ofTheAt(tokens, start - 2, i + 1)) start -= 2;
      else break;
    }
    if (start - 1 >= floor && tokens[start - 1]?.lower === "the") start--;
    const entity = entityFromWords(tokens.slice(start, i + 1).map((t) => t.text));
    return entity ? { kind: "name", entity } : null;
  }
  // A description: back to its determiner, a few words at most ("the senator", "the Vermont senator").
  for (let k = i; k >= floor && k >= i - 4; k--) {
    const word = tokens[k];
    if (!word || word.kind !== "word") return null;
    if (DETERMINERS.has(word.lower)) {
      const words = tokens.slice(k + 1, i + 1).map((t) => t.lower);
      if (words.some((w) => PREPOSITIONS.has(w))) return null;
      return { kind: "description", words, definite: DEFINITE.has(word.lower), ...ownerOf(word.lower, words[words.length - 1] ?? "") };
    }
  }
  return null;
}

/**
 * The comma opening an appositive that ends at `end` with a name ("…, a spokeswoman for the Acme
 * Coalition"), when it opens like a title (a word in lower case: "a", "president") and a capitalised
 * word stands before that comma (the person it describes); -1 when not.
 */
function appositiveOpening(tokens: readonly Token[], end: number, floor: number): number {
  if (!tokens[end]?.capitalised) return -1;
  for (let k = end - 1; k >= floor && k > end - MAX_APPOSITIVE_TOKENS; k--) {
    const token = tokens[k];
    if (!token || token.kind === "quote" || (token.kind === "punct" && token.text !== ",")) return -1;
    if (token.text !== ",") continue;
    const opens = tokens[k + 1];
    return opens?.kind === "word" && !opens.capitalised && tokens[k - 1]?.capitalised ? k : -1;
  }
  return -1;
}

/** The noun phrase starting at `start`: "said Trump", "said the senator", "according to the Kremlin". */
function nounPhraseAfter(tokens: readonly Token[], start: number, limit: number): NounPhrase | null {
  let i = start;
  // Skip a time or place adverbial ("said on Friday", "said yesterday").
  while (i < limit) {
    const token = tokens[i];
    if (!token || token.kind !== "word") break;
    if ((token.lower === "on" || token.lower === "in" || token.lower === "last") && tokens[i + 1]?.capitalised && /day$/u.test(tokens[i + 1]?.lower ?? "")) i += 2;
    else if (BETWEEN_SUBJECT_AND_VERB.has(token.lower) && !token.capitalised) i++;
    else break;
  }
  // "said 9/11 widow Terry Strada", "said conservative radio host Rush Limbaugh": descriptors
  // without a determiner lead into the name.
  if (tokens[i] && !tokens[i]?.capitalised && !DETERMINERS.has(tokens[i]?.lower ?? "")) {
    for (let k = i; k < limit && k <= i + 4; k++) {
      const word = tokens[k];
      if (!word || word.kind !== "word" || PERSON_PRONOUNS.has(word.lower) || GROUP_PRONOUNS.has(word.lower)) break;
      if (word.capitalised) {
        i = k;
        break;
      }
    }
  }
  const token = tokens[i];
  if (!token || i >= limit || token.kind !== "word") return null;
  if (PERSON_PRONOUNS.has(token.lower) || GROUP_PRONOUNS.has(token.lower)) return { kind: "pronoun", word: token.lower };
  let end = i;
  if (token.lower === "the" && tokens[i + 1]?.capitalised) end = i + 1;
  if (tokens[end]?.capitalised) {
    end = capitalisedRunEnd(tokens, end, limit);
    // "said MSNBC host Chris Matthews", "said the Kremlin spokesman Dmitry Peskov": an organisation
    // or place, a role, then the person, who is the speaker. (Not after "Cara Diemont of IT": that
    // run is a person with an affiliation already, and "firm Dimension Data" describes the latter.)
    const person = hasConnector(tokens, i, end) ? -1 : nameAfterDescriptor(tokens, end + 1, limit);
    if (person >= 0) {
      i = person;
      end = capitalisedRunEnd(tokens, person, limit);
    } else if (titleGoesOnAfterAnd(tokens, i, end, limit)) {
      // "said Economic and Fiscal Policy Minister Heizo Takenaka": a title of two capitalised
      // parts joined by "and"; the name closes the second (its title words are dropped with it).
      i = end + 2;
      end = capitalisedRunEnd(tokens, i, limit);
    }
    const entity = entityFromWords(tokens.slice(i, end + 1).map((t) => t.text));
    return entity ? { kind: "name", entity } : null;
  }
  if (DETERMINERS.has(token.lower)) {
    const words: string[] = [];
    for (let k = i + 1; k < limit && k <= i + 4; k++) {
      const word = tokens[k];
      if (!word || word.kind !== "word" || PREPOSITIONS.has(word.lower) || word.lower === "who" || word.lower === "that") break;
      if (word.capitalised) {
        // "a Clinton spokesman": the description names its principal.
        const entity = entityFromWords([word.text]);
        if (entity && !FUNCTION_WORDS.has(word.lower)) return { kind: "name", entity, weak: true };
      }
      words.push(word.lower);
    }
    return words.length > 0 ? { kind: "description", words, definite: DEFINITE.has(token.lower), ...ownerOf(token.lower, words[words.length - 1] ?? "") } : null;
  }
  return null;
}

/**
 * Whether the clause opener at `v` only joins two parts of a title that leads from the quote to
 * its speaker ("...," chairman and chief executive Richard Parsons said): words in lower case on
 * both sides, and nothing but words since the quote.
 */
function joinsTitle(tokens: readonly Token[], first: number, v: number): boolean {
  if (tokens[v]?.lower !== "and" || v === first) return false;
  const lowerWord = (token: Token | undefined): boolean => token?.kind === "word" && !token.capitalised;
  if (!lowerWord(tokens[v + 1])) return false;
  for (let k = first; k < v; k++) if (!lowerWord(tokens[k])) return false;
  return true;
}

/** The tokens `from` to `to` (excluded) when they are a name and nothing else: capitalised words and name connectors. */
function nameBetween(tokens: readonly Token[], from: number, to: number): NounPhrase | null {
  if (to - from < 1 || to - from > 5 || !tokens[from]?.capitalised || !tokens[to - 1]?.capitalised) return null;
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (token?.kind !== "word" || !(token.capitalised || NAME_CONNECTORS.has(token.lower))) return null;
  }
  const entity = entityFromWords(tokens.slice(from, to).map((t) => t.text));
  return entity ? { kind: "name", entity } : null;
}

/** How many opening tokens of a sentence its subject is looked for in. */
const SUBJECT_WINDOW = 15;

/** The sentence's grammatical subject, approximately: its first name or pronoun not governed by a preposition. */
export function sentenceSubject(tokens: readonly Token[]): NounPhrase | null {
  return subjectAmong(tokens, (i) => i < tokens.length);
}

/** `sentenceSubject` of a sentence's tokens read only as far as the search for its subject goes. */
export function readSubject(reader: TokenReader): NounPhrase | null {
  return subjectAmong(reader.tokens, (i) => reader.has(i));
}

/** `sentenceSubject` over `tokens`, where `has(i)` tells whether there is a token `i` (reading it when they are read as needed). */
function subjectAmong(tokens: readonly Token[], has: (i: number) => boolean): NounPhrase | null {
  for (let i = 0; i < SUBJECT_WINDOW && has(i); i++) {
    const token = tokens[i];
    if (!token || token.kind !== "word") continue;
    // "The prime minister is scheduled to start at 1830 GMT", "Manchester United's board has agreed
    // to give US tycoon Malcolm Glazer…": the subject is the description before the verb; a name
    // after the verb is its object or an adverbial's, and no "it" or "the club" later means it.
    // (In the passive, "Her words were echoed by Sir Richard Eyre", the one named after "by" acts.)
    if (!token.capitalised && FINITE_VERBS.has(token.lower) && descriptionOpensSentence(tokens, i) && !agentFollows(tokens, i, has)) return null;
    // Only a pronoun or a capitalised word can be the subject; the preposition before it is
    // looked at for those alone (this runs over the opening words of every sentence with a quote).
    const pronoun = PERSON_PRONOUNS.has(token.lower) || GROUP_PRONOUNS.has(token.lower);
    if (!pronoun && !(token.capitalised && !FUNCTION_WORDS.has(token.lower))) continue;
    const previous = tokenBefore(tokens, i)?.lower ?? "";
    if (PREPOSITIONS.has(previous) || previous === "'s") continue;
    if (pronoun) return { kind: "pronoun", word: token.lower };
    let end = i;
    for (;;) {
      if (!has(end + 1) || tokens[end + 1]?.kind !== "word") break;
      if (tokens[end + 1]?.capitalised || joinsOrganisationAhead(tokens, end + 1, has)) end++;
      else if (tokens[end + 1]?.lower === "of" && has(end + 3) && ofTheAt(tokens, end + 1, tokens.length)) end += 3; // "Speaker of the House"
      else break;
      if (endsPossessive(tokens[end]?.text ?? "")) break;
    }
    const start = tokenBefore(tokens, i)?.lower === "the" ? i - 1 : i;
    const words = tokens.slice(start, end + 1).map((t) => t.text);
    if (endsPossessive(words[words.length - 1] ?? "")) { i = end; continue; } // "Kyiv’s confidence": a possessor, not the subject
    // "The South Yorkshire company", "Trump campaign spokesman Jason Miller": names that describe
    // the noun after them, a body's or a job's, are not the subject.
    if (has(end + 1) && describesNext(tokens[end + 1])) { i = end; continue; }
    const entity = entityFromWords(words);
    if (entity) return { kind: "name", entity };
    i = end;
  }
  return null;
}

/**
 * Verbs that are finite wherever they stand after a noun in lower case: the auxiliaries, the
 * modals and the verbs of saying ("the company said").
 */
const FINITE_VERBS = new Set([
  "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "does", "did",
  ...REPORTING_VERBS,
]);

/**
 * Whether the words before `verb` are one noun phrase with a common noun for head, opening the
 * sentence: a determiner or an owner's name ("The", "Its", "Manchester United's"), then words in
 * lower case only ("prime minister", "board"). Read back from the verb, a few words at most.
 */
function descriptionOpensSentence(tokens: readonly Token[], verb: number): boolean {
  const head = tokens[verb - 1];
  if (verb < 2 || verb > MAX_DESCRIPTION_WORDS + 1 || head?.kind !== "word" || head.capitalised || DETERMINERS.has(head.lower) || FUNCTION_WORDS.has(head.lower) || BETWEEN_SUBJECT_AND_VERB.has(head.lower) || /ly$/u.test(head.lower)) return false;
  let k = verb - 1;
  for (; k > 0; k--) {
    const word = tokens[k];
    if (word?.kind !== "word" || word.capitalised || DETERMINERS.has(word.lower)) break;
    // A clause or another verb inside ("The clearest signals come when all indicators are"): not one noun phrase.
    if (FUNCTION_WORDS.has(word.lower) || CLAUSE_OPENERS.has(word.lower) || FINITE_VERBS.has(word.lower)) return false;
  }
  const opener = tokens[k];
  if (opener?.kind !== "word") return false;
  if (k === 0) return DETERMINERS.has(opener.lower);
  // An owner's name: capitalised words back to the sentence's start, the last possessive.
  if (!opener.capitalised || !endsPossessive(opener.text)) return false;
  for (let j = k - 1; j >= 0; j--) if (tokens[j]?.kind !== "word" || !tokens[j]?.capitalised) return false;
  return true;
}

/** Whether a passive's agent ("by") follows the verb at `verb` within a few words: "were echoed by", "was later praised by". */
function agentFollows(tokens: readonly Token[], verb: number, has: (i: number) => boolean): boolean {
  for (let k = verb + 1; k <= verb + MAX_WORDS_BEFORE_AGENT && has(k); k++) {
    const token = tokens[k];
    if (token?.kind !== "word") return false;
    if (token.lower === "by") return true;
  }
  return false;
}
/** Words between a passive's verb and its "by": "has since been widely criticised by". */
const MAX_WORDS_BEFORE_AGENT = 5;

/** The longest description read back from a verb: "The newly appointed deputy finance minister". */
const MAX_DESCRIPTION_WORDS = 7;

/** `joinsOrganisation` where tokens are read as needed: only an "and" has the words after it read, as far as a body's name goes. */
function joinsOrganisationAhead(tokens: readonly Token[], at: number, has: (i: number) => boolean): boolean {
  if (tokens[at]?.lower !== "and") return false;
  has(at + MAX_BODY_NAME_WORDS);
  return joinsOrganisation(tokens, at, tokens.length);
}
/** How many words after an "and" are read for a body's name ("Securities and Exchange Commission"). */
const MAX_BODY_NAME_WORDS = 5;

/** A noun in lower case for a body or a job ("company", "spokesman"), which a name before it describes. */
function describesNext(token: Token | undefined): boolean {
  return token?.kind === "word" && !token.capitalised && (ORGANISATION_NOUNS.has(token.lower) || ROLES.has(token.lower));
}

/** The token before index `i`, or undefined at the start: reading index -1 of an array is a slow property lookup. */
function tokenBefore(tokens: readonly Token[], i: number): Token | undefined {
  return i > 0 ? tokens[i - 1] : undefined;
}
