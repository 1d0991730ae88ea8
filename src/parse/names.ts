/**
 * Names: turning a run of capitalised words into the name of a person or body, and finding the
 * fullest form of a name the article gives ("Trump" -> "Donald Trump" when the article once says
 * "U.S. President Donald Trump").
 */
import { codePointLength, isNameInitialAt, isUppercaseAt } from "../text/chars.js";
import { CALENDAR_WORDS, FUNCTION_WORDS, isDescriptor, NAME_CONNECTORS, ORGANISATION_NOUNS, ORGANISATION_WORDS, ROLES } from "./lexicon.js";

const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "inc", "corp", "co", "ltd", "bros", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "del", "atty", "msgr"]);

/** Longer words cannot be in the list (lower-casing never shortens a word), so they skip the lower-casing. */
const MAX_ABBREVIATION_LENGTH = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** "U.S.", "Mr.", "J." keep their full stop as part of the word. */
export function isAbbreviationWord(raw: string): boolean {
  const bare = raw.slice(0, -1);
  // Most words before a full stop are lower-case prose, which neither capital pattern can match.
  const first = bare.charCodeAt(0);
  if (first >= 97 && first <= 122) return (bare.length <= MAX_ABBREVIATION_LENGTH && ABBREVIATIONS.has(bare.toLowerCase())) || bare.includes(".");
  // "R-Ky.", "D-Wis.": party and state after a US legislator's name.
  return ABBREVIATIONS.has(bare.toLowerCase()) || bare.includes(".") || (bare.length === codePointLength(bare, 0) && isUppercaseAt(bare, 0)) || (bare.includes("-") && /^\p{Lu}-\p{Lu}\p{L}{0,4}$/u.test(bare));
}

export interface Entity {
  /** The name as it should be shown ("Donald Trump", "the Kremlin"). */
  name: string;
  /** Lower-cased last word, the key a later short mention ("Trump") is found by. */
  key: string;
  tokens: number;
  /** A person rather than an organisation or place: "the" or an organisation word marks the latter. */
  person: boolean;
  /** The mention carried a role or honorific ("President", "Mr."): a sign of a person introduced. */
  hadRole: boolean;
}

/** A word without its possessive ending; full stops stay ("F.", "Jr.") and are ignored when matching roles. */
const bare = (word: string): string => word.replace(/(?:['’]s|['’])$/u, "");
/** Lower case, no closing full stop, one apostrophe: "O’Neill" and "O'Neill" are one name. */
const plain = (word: string): string => foldApostrophes(word.toLowerCase().replace(/\.$/u, ""));
const foldApostrophes = (text: string): string => (text.includes("’") ? text.replace(/’/gu, "'") : text);

/**
 * Build an entity from a capitalised run as written (possibly led by "the"). Leading sentence
 * words are dropped, then everything up to the last role word ("U.S. President", "Secretary of
 * State"), since the name proper follows its titles.
 */
export function entityFromWords(words: readonly string[]): Entity | null {
  // The same runs recur all through an article ("The", "Mr. Smith"): build each one once.
  const run = cachedRun(words);
  if (run.entity === undefined) {
    run.entity = buildEntity(words);
    cachedEntities++;
  }
  return run.entity;
}

/**
 * The entities built so far, as a tree of their words: a run is found word by word (the words are
 * the tokens' shared strings, whose hashes are kept), with no joined key to build and hash.
 * Entities are never modified after they are built, so one object can serve every mention.
 */
interface CachedRun {
  entity?: Readonly<Entity> | null;
  longer?: Map<string, CachedRun>;
}
const entityCache = new Map<string, CachedRun>();
let cachedEntities = 0;
const MAX_CACHED_ENTITIES = 20_000;
const NO_WORDS: CachedRun = { entity: null };

/** The cache's place for a run of words, made if it is new (the whole cache is emptied when full). */
function cachedRun(words: readonly string[]): CachedRun {
  if (words.length === 0) return NO_WORDS;
  if (cachedEntities >= MAX_CACHED_ENTITIES) {
    entityCache.clear();
    cachedEntities = 0;
  }
  let level = entityCache;
  let run: CachedRun | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    run = level.get(word);
    if (!run) {
      run = {};
      level.set(word, run);
    }
    if (i + 1 < words.length) level = run.longer ??= new Map<string, CachedRun>();
  }
  return run ?? NO_WORDS;
}

function buildEntity(words: readonly string[]): Entity | null {
  // "RedMonk’s Stephens", "NBC’s Lester Holt": the name after a possessive is the one meant.
  let owner = -1;
  for (let i = 0; i < words.length - 1; i++) if (/['’]s?$/u.test(words[i] ?? "")) owner = i;
  let list = words.slice(owner + 1).map(bare).filter((w) => w.length > 0);
  let hadThe = false;
  while (list.length > 0) {
    const first = plain(list[0] ?? "");
    if (first === "the") {
      hadThe = true;
      list = list.slice(1);
    } else if (FUNCTION_WORDS.has(first) || CALENDAR_WORDS.has(first)) {
      hadThe = false;
      list = list.slice(1);
    } else break;
  }
  let lastRole = -1;
  // A body's name keeps the words of the office it is ("the Finance and Economy Ministry", "the
  // Defence Ministry"): a title is dropped only before a person's name ("Finance Minister Ralph Goodale").
  // After a name of two words or more, an "of" starts the employer or the place ("Detective
  // Inspector Paul Miller of Thames Valley Police", "Stuart Hensel of the Economist Intelligence
  // Unit", see below): the name is judged by what comes before it, and a job word after it is the
  // employer's, not a title ("Economist"). After one word, the "of" is the body's own ("Bank of England").
  const ofAt = list.indexOf("of");
  const nameEnd = ofAt >= 2 ? ofAt : list.length;
  const bodyName = ORGANISATION_WORDS.has(plain(list[nameEnd - 1] ?? ""));
  for (let i = 0; i < Math.min(nameEnd, list.length - 1) && !bodyName; i++) {
    const word = plain(list[i] ?? "");
    if (ROLES.has(word) || isDescriptor(word)) lastRole = i;
  }
  const hadRole = lastRole >= 0;
  if (hadRole) {
    list = list.slice(lastRole + 1);
    hadThe = false;
    // "Secretary of State John Kerry", "Chancellor of the Exchequer Gordon Brown": drop the rest of
    // the title ("of State", "of the Exchequer").
    while (list.length > 2 && NAME_CONNECTORS.has((list[0] ?? "").toLowerCase())) list = list.slice(list[1] === "the" && list.length > 3 ? 3 : 2);
  }
  while (list.length > 0 && NAME_CONNECTORS.has((list[list.length - 1] ?? "").toLowerCase())) list = list.slice(0, -1);
  // "John Brady of ABN AMRO", "Charles B. Rangel of New York": a person's name, then where they work
  // or come from. A body's own name has one word before its "of" ("Bank of Japan") or a word
  // that names a body ("Muslim Council of Britain", "London School of Economics").
  const of = list.indexOf("of");
  if (!hadThe && of >= 2 && list.slice(0, of).every((w) => !ORGANISATION_WORDS.has(w.toLowerCase()) && !ORGANISATION_NOUNS.has(w.toLowerCase()))) list = list.slice(0, of);
  if (list.length === 0 || list.length > 6) return null;
  if (list.some(isContraction)) return null; // "Don't", "She'll", "I'm": a clause, not a name
  // "R" of "R&D", "Thankfully," opening a sentence: a letter alone, or an adverb by its form.
  if (list.length === 1 && (list[0]?.length === 1 || isAdverb(plain(list[0] ?? "")))) return null;
  if (list.length >= 3 && list.every((w) => w === w.toUpperCase() && w !== w.toLowerCase())) return null; // a shouted phrase, not a name
  if (list.every((w) => CALENDAR_WORDS.has(plain(w)) || FUNCTION_WORDS.has(plain(w)))) return null;
  if (!isNameInitialAt(list[0] ?? "", 0)) return null;
  // "Republican", "Democratic", "Senator" alone describe someone without naming them (acronyms
  // such as "NATO" or "EU" are names of bodies).
  if (!hadThe && !hadRole && list.length === 1 && ROLES.has(plain(list[0] ?? "")) && list[0] !== (list[0] ?? "").toUpperCase()) return null;
  const organisation = hadThe || list.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
  const name = (hadThe ? "the " : "") + list.join(" ");
  return {
    name: hadThe && words[0] === "The" ? "The " + list.join(" ") : name,
    key: plain(list[list.length - 1] ?? ""),
    tokens: list.length,
    person: !organisation,
    hadRole,
  };
}

/** A verb or pronoun with its contracted ending ("Don't", "She’ll", "I'm", "We've", "He'd"). */
function isContraction(word: string): boolean {
  return /^\p{L}+['’](?:t|ll|m|re|ve|d)$/u.test(word);
}

/**
 * An English adverb by its ending ("Thankfully", "Reportedly", "Interestingly", "Ultimately"):
 * endings no surname in English-language news has, unlike a bare "-ly" (Kelly, Daly, Bradley).
 */
function isAdverb(word: string): boolean {
  return word.length > 6 && ADVERB_ENDINGS.test(word);
}
const ADVERB_ENDINGS = /(?:fully|ingly|ously|ively|ently|antly|ately|ually|ially|ically|ably|ibly|edly|lessly)$/u;

interface NameForm {
  entity: Entity;
  /** The entity's name lower-cased, made once: every new form of the same key is compared with it. */
  lowerName: string;
  count: number;
  order: number;
}

/** Every name the article uses, so short mentions can be expanded to their fullest form. */
export class NameIndex {
  private readonly byKey = new Map<string, NameForm[]>();
  /**
   * The forms by their lower-cased name, and by their last two words: many names can share a last
   * word ("… Smith", every "… Inc"), and looking a name up among all the forms of its last word,
   * once for each of them, would grow with the square of their number.
   */
  private readonly byName = new Map<string, NameForm>();
  private readonly byLastTwoWords = new Map<string, NameForm[]>();
  /** Keys known as (part of) a person's name of more than one word, or one given with a role. */
  private readonly personKeys = new Set<string>();
  private readonly firstWords = new Map<string, string>();
  private order = 0;
  private readonly formOf = new Map<Entity, NameForm>();
  /** Answers of `fullest` by the (cached, immutable) entity asked about; emptied by any `add`. */
  private readonly fullestOf = new Map<Entity, Entity>();

  add(entity: Entity): void {
    if (this.fullestOf.size > 0) this.fullestOf.clear(); // clearing makes a new table, even of an empty map
    // Entities come from a cache, so the same object recurs with every mention of a run: its form
    // is remembered rather than searched for among all the forms of its key.
    const known = this.formOf.get(entity);
    if (known) {
      this.count(known, entity);
      return;
    }
    const forms = this.byKey.get(entity.key) ?? [];
    const lowerName = foldApostrophes(entity.name.toLowerCase());
    // A form's name ends in its key, so one name is one form whatever the key's other forms.
    const same = this.byName.get(lowerName);
    if (same) {
      this.formOf.set(entity, same);
      this.count(same, entity);
      return; // the same name in other capitals: its first word is already known
    }
    const form = { entity, lowerName, count: 1, order: this.order++ };
    forms.push(form);
    this.formOf.set(entity, form);
    this.byKey.set(entity.key, forms);
    this.byName.set(lowerName, form);
    const lastTwo = lastTwoWords(lowerName);
    if (lastTwo !== undefined) this.byLastTwoWords.set(lastTwo, [...(this.byLastTwoWords.get(lastTwo) ?? []), form]);
    this.notePerson(form);
    if (entity.person && entity.tokens >= 2) {
      // A name of two words or more has a space; "the" is a first word like any other.
      const firstWord = entity.name.slice(0, entity.name.indexOf(" ")).toLowerCase();
      if (!this.firstWords.has(firstWord)) this.firstWords.set(firstWord, entity.key);
    }
  }

  /** Another mention of a form; one with a role marks the form as a person introduced. */
  private count(form: NameForm, entity: Entity): void {
    form.count++;
    if (entity.hadRole && !form.entity.hadRole) {
      form.entity = { ...form.entity, hadRole: true };
      this.notePerson(form);
    }
  }

  private notePerson(form: NameForm): void {
    if (form.entity.person && (form.entity.tokens >= 2 || form.entity.hadRole)) this.personKeys.add(form.entity.key);
  }

  /**
   * The fullest form of a name: the longest form sharing its last word, preferring one introduced
   * with a role ("President Donald Trump") and then the most used.
   */
  fullest(entity: Entity): Entity {
    // Asked for every name subject of every quoting sentence, mostly the same few names.
    let found = this.fullestOf.get(entity);
    if (!found) {
      found = this.findFullest(entity);
      this.fullestOf.set(entity, found);
    }
    return found;
  }

  private findFullest(entity: Entity): Entity {
    let forms = this.byKey.get(entity.key);
    if ((!forms || forms.every((f) => f.entity.tokens <= 1)) && entity.tokens === 1) {
      // A first name alone ("Hillary") points at the person whose full name starts with it.
      const key = this.firstWords.get(entity.key);
      if (key) forms = this.byKey.get(key);
    }
    if (!forms || forms.length === 0) return entity;
    // A name of two words or more is completed only by forms that end in it, word for word: those
    // sharing its last two words.
    const ending = entity.tokens > 1 ? foldApostrophes(entity.name.toLowerCase()).replace(/^the /u, "") : undefined;
    const candidates = ending === undefined ? forms : (this.byLastTwoWords.get(lastTwoWords(ending) ?? "") ?? []);
    // A word the article knows as a person's name ("Trump", of "Donald Trump") is completed by a
    // person's form only: "the Washington Post Trump said" (a comma lost between a body and the
    // name) is not a fuller form of it.
    const personOnly = entity.person && this.personKeys.has(entity.key);
    let best: NameForm | null = null;
    for (const form of candidates) {
      if (form.entity.tokens > 4 || (form.entity.person !== entity.person && (entity.tokens > 1 || personOnly))) continue;
      if (ending !== undefined && !endsWithWords(form.lowerName, ending)) continue;
      if (!best || score(form) > score(best)) best = form;
    }
    return best && best.entity.tokens >= entity.tokens ? best.entity : entity;
  }

  /** Whether the word is known as (part of) a name of more than one word, or with a role. */
  isPersonKey(key: string): boolean {
    return this.personKeys.has(key);
  }
}

/** The last two words of a lower-cased name ("kakaro smith"), or undefined for a single word. */
function lastTwoWords(name: string): string | undefined {
  const last = name.lastIndexOf(" ");
  if (last < 0) return undefined;
  return name.slice(name.lastIndexOf(" ", last - 1) + 1);
}

/** Whether `name` ends in the words of `ending`: all of it, or after a space. */
function endsWithWords(name: string, ending: string): boolean {
  return name.endsWith(ending) && (name.length === ending.length || name.charAt(name.length - ending.length - 1) === " ");
}

function score(form: NameForm): number {
  return form.entity.tokens * 10 + (form.entity.hadRole ? 5 : 0) + Math.min(form.count, 4) - form.order * 0.001;
}
