/**
 * Word lists for English news attribution: reporting verbs, the roles and honorifics that stand
 * before names, and the small words that are capitalised only because they start a sentence.
 * These are what make speaker finding English-only; everything else in the parser is not.
 */

const VERB_STEMS: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "writing"],
  admit: ["admit", "admits", "admitted", "admitting"],
  quip: ["quip", "quips", "quipped", "quipping"],
  reply: ["reply", "replies", "replied", "replying"],
  testify: ["testify", "testifies", "testified", "testifying"],
  deny: ["deny", "denies", "denied", "denying"],
  cry: ["cry", "cries", "cried", "crying"],
  label: ["label", "labels", "labeled", "labelled", "labeling", "labelling"],
  dub: ["dub", "dubs", "dubbed", "dubbing"],
  read: ["reads"],
  put: ["put"],
  // Fact-checkers' verdicts: "PolitiFact rated the claim “false”".
  rate: ["rated"],
};
/** Regular verbs: -s, -ed, -ing forms are made from these. */
const REGULAR = [
  "add", "state", "ask", "explain", "note", "argue", "claim", "insist", "declare", "describe", "tweet",
  "post", "warn", "continue", "respond", "suggest", "acknowledge", "announce", "recall", "remark", "observe",
  "conclude", "emphasize", "emphasise", "stress", "urge", "predict", "confirm", "report", "joke", "boast",
  "complain", "agree", "lament", "promise", "vow", "pledge", "charge", "accuse", "shout", "yell", "whisper",
  "scream", "recount", "concede", "assert", "allege", "maintain", "contend", "counter", "retort", "reiterate",
  "thunder", "exclaim", "opine", "muse", "explain", "caution", "insist", "mention", "reveal", "disclose",
  "estimate", "forecast", "demand", "wonder", "plead", "sniff", "scoff", "gush", "mutter", "proclaim",
  "instruct", "advise", "inform", "assure", "repeat", "point", "call", "characterize", "characterise",
  "brand", "praise", "criticize", "criticise", "slam", "blast", "hail", "tout", "refer", "deride", "decry",
  "chide", "rail", "lash", "fire", "interject", "interrupt", "answer", "pronounce", "summarize",
  "summarise", "laud", "exhort", "liken", "condemn", "denounce", "compare", "dismiss", "mock", "cite", "quote", "speculate", "theorize", "surmise", "grumble", "insinuate", "imply", "hint", "muse", "jest",
];
const DOUBLED: Record<string, string> = { slam: "slamm", quip: "quipp", admit: "admitt", dub: "dubb", refer: "referr" };

function regularForms(stem: string): string[] {
  const doubled = DOUBLED[stem];
  if (doubled) return [stem, stem + "s", doubled + "ed", doubled + "ing"];
  if (stem.endsWith("e")) return [stem, stem + "s", stem + "d", stem.slice(0, -1) + "ing"];
  if (/[^aeiou]y$/.test(stem)) return [stem, stem.slice(0, -1) + "ies", stem.slice(0, -1) + "ied", stem + "ing"];
  if (/(?:s|sh|ch|x|z)$/.test(stem)) return [stem, stem + "es", stem + "ed", stem + "ing"];
  return [stem, stem + "s", stem + "ed", stem + "ing"];
}

export const REPORTING_VERBS = new Set<string>([
  ...Object.values(VERB_STEMS).flat(),
  ...REGULAR.flatMap(regularForms),
]);

/** Verbs that attribute only in the inverted order after a quote when finite (not "-ing"). */
export function isParticiple(verb: string): boolean {
  return verb.endsWith("ing");
}

/** Words that stand before a name as a title or role, and are not part of the name. */
export const ROLES = new Set([
  "president", "vice", "prime", "minister", "secretary", "chancellor", "premier", "senator", "sen", "rep",
  "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "mr", "mrs", "ms", "miss",
  "dr", "prof", "professor", "sir", "dame", "lord", "lady", "judge", "justice", "general", "gen", "col",
  "colonel", "lt", "sgt", "capt", "captain", "cmdr", "adm", "admiral", "major", "maj", "chief", "executive",
  "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman",
  "spokesperson", "leader", "king", "queen", "prince", "princess", "pope", "rev", "reverend", "father",
  "bishop", "archbishop", "cardinal", "ambassador", "commissioner", "attorney", "speaker", "candidate",
  "nominee", "officer", "detective", "inspector", "sheriff", "deputy", "foreign", "defense", "defence",
  "treasury", "finance", "interior", "economy", "health", "labor", "labour", "trade", "opposition",
  "democratic", "republican", "democrat", "gop", "former", "presidential", "sheikh", "emir", "sultan",
  "rabbi", "imam", "coach", "manager", "founder", "analyst", "economist", "strategist", "pollster",
  "correspondent", "reporter", "editor", "columnist", "author", "actor", "actress", "singer", "star",
  "mp", "mep", "lawmaker", "host", "anchor", "adviser", "advisor", "aide", "counsel", "chairperson",
  "superintendent", "councillor", "councilman", "councilwoman", "assemblyman", "assemblywoman", "delegate",
  "rival", "activist", "journalist", "lawyer", "widow", "widower", "expert", "historian", "scientist",
  "researcher", "challenger", "incumbent", "veteran", "comedian", "rapper", "musician", "writer", "filmmaker",
  "producer", "entrepreneur", "billionaire", "businessman", "businesswoman", "mogul", "critic", "rev.",
  "hon", "pres", "supt", "insp", "u.s", "us", "uk", "u.k", "un", "u.n", "eu", "e.u", "nato",
  "dj", "broadcaster", "presenter", "songwriter", "singer-songwriter", "film-maker", "director-general",
  "magistrate", "treasurer", "boss", "frontman", "drummer", "coroner", "playwright", "novelist",
]);

/**
 * A word that describes someone before their name without being part of it, by its form: a
 * profession in -ist ("Guitarist Brian May", "Physicist"), or a compound that places or ranks the
 * person ("Tunisian-born", "Frankfurt-based", "Oscar-winner", "Film-maker").
 */
export function isDescriptor(word: string): boolean {
  if (word.length >= 6 && word.endsWith("ist")) return true;
  const hyphen = word.lastIndexOf("-");
  if (hyphen <= 0) return false;
  const end = word.slice(hyphen + 1);
  // "Under-Secretary", "Vice-President", "Co-founder": a job with its rank joined on.
  return DESCRIBING_ENDS.has(end) || (TITLE_PREFIXES.has(word.slice(0, hyphen)) && ROLES.has(end));
}
const DESCRIBING_ENDS = new Set(["born", "based", "winner", "winning", "maker", "old", "backed", "owned", "led"]);
const TITLE_PREFIXES = new Set(["vice", "under", "co", "ex", "deputy", "acting", "assistant", "joint", "chief"]);

/** Capitalised only because they begin a sentence or clause: never a name on their own. */
export const FUNCTION_WORDS = new Set([
  "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "in", "on", "at", "to", "of", "by", "with",
  "from", "after", "before", "when", "while", "as", "if", "since", "because", "although", "though",
  "unless", "until", "then", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
  "i", "you", "his", "her", "their", "our", "my", "your", "some", "many", "most", "other", "another",
  "both", "each", "every", "all", "any", "no", "not", "there", "here", "what", "who", "whom", "whose",
  "which", "where", "why", "how", "however", "meanwhile", "still", "also", "now", "earlier", "later",
  "last", "next", "first", "speaking", "asked", "according", "despite", "during", "over", "under",
  "about", "against", "between", "into", "through", "without", "within", "among", "instead", "even",
  "just", "only", "indeed", "instead", "moreover", "furthermore", "nevertheless", "nonetheless",
  "thus", "therefore", "hence", "once", "perhaps", "maybe", "yes", "well", "oh", "one", "two", "three",
  "several", "such", "like", "following", "including", "regarding", "unlike", "amid", "across", "behind", "beyond", "toward", "towards", "upon",
  "whether", "though", "whereas", "overall", "ultimately", "finally", "today", "yesterday", "tomorrow",
  "tonight", "recently", "currently", "previously", "already", "again", "do", "does", "did", "is", "are",
  "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may",
  "might", "must", "shall", "let", "please", "thanks", "thank", "dear", "sources", "officials", "critics",
  "analysts", "experts", "supporters", "opponents", "people", "voters", "democrats", "republicans",
  // Numbers and quantities open sentences ("Twenty-nine people were hurt", "Few expected it"); they
  // are no one's name.
  ...numberWords(),
  "few", "fewer", "less", "half", "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "scores",
]);

/** The number words, from "four" on ("one" to "three" are listed with the determiners), and the compounds of tens and units ("twenty-nine"). */
function numberWords(): string[] {
  const units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
  const teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
  const tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
  return [...units.slice(3), ...teens, ...tens, ...tens.flatMap((ten) => units.map((unit) => `${ten}-${unit}`)), "hundred", "thousand", "million", "billion"];
}

export const CALENDAR_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** Words inside a name joining its capitalised parts: "Secretary of State", "Charles de Gaulle". */
export const NAME_CONNECTORS = new Set(["of", "de", "del", "della", "da", "di", "dos", "du", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "el", "y"]);

/** Nouns that name an organisation when used as a description ("the company said"). */
export const ORGANISATION_NOUNS = new Set([
  "company", "firm", "group", "agency", "ministry", "department", "government", "administration",
  "campaign", "party", "bank", "court", "committee", "organisation", "organization", "newspaper", "paper",
  "network", "union", "council", "commission", "office", "board", "club", "team", "band", "studio",
  "station", "channel", "magazine", "website", "site", "statement", "report", "regulator", "watchdog",
  "authority", "authorities", "police", "army", "military", "institute", "university", "school", "charity",
  "foundation", "association", "federation", "league", "body", "operator", "airline", "carrier", "maker",
  "manufacturer", "retailer", "insurer", "lender", "broadcaster", "publisher", "giant", "service",
  "kremlin", "palace", "embassy", "spokesman", "spokeswoman", "spokesperson",
]);

/**
 * Writings that are said to speak ("the letter reads", "his report said"): they speak for whoever
 * wrote them, and are no one themselves, whatever their ending ("letter" is not a person as
 * "writer" is).
 */
export const WRITINGS = new Set([
  "statement", "report", "letter", "brief", "filing", "submission", "memo", "website", "blog", "tweet", "post", "book",
  "memoir", "autobiography", "essay", "article", "column", "speech", "message", "testimony", "lawsuit", "complaint",
  "document", "petition", "motion", "ad", "advert", "advertisement", "editorial", "survey", "study", "list",
]);

/** Words that mark a capitalised sequence as an organisation or place rather than a person. */
export const ORGANISATION_WORDS = new Set([
  "inc", "corp", "corporation", "ltd", "plc", "llc", "co", "company", "group", "bank", "ministry", "department",
  "party", "university", "college", "committee", "council", "commission", "agency", "association", "institute",
  "foundation", "court", "house", "office", "times", "post", "news", "journal", "press", "herald", "tribune",
  "network", "union", "federation", "league", "fund", "service", "services", "board", "authority", "police",
  "army", "navy", "force", "campaign", "center", "centre", "organisation", "organization", "international",
  "airlines", "airways", "motors", "media", "television", "radio", "bbc", "cnn", "reuters", "kremlin",
  "pentagon", "congress", "senate", "parliament", "government", "administration", "street", "city", "state",
  "states", "county", "republic", "kingdom", "nations", "capital", "securities", "exchange", "records",
  "pictures", "studios", "entertainment", "brothers", "bros", "holdings", "partners", "systems", "labs",
  // Places by their head noun ("Easter Island", "Midway Atoll", "Sichuan Province"), which no
  // "he" or "she" can mean; not those that are also common surnames (Hall, Park, Hill, Lake, Church).
  "island", "islands", "atoll", "peninsula", "river", "sea", "ocean", "gulf", "coast", "valley", "mountains",
  "desert", "canal", "harbour", "harbor", "province", "prefecture", "district", "region", "avenue",
  "road", "bridge", "airport", "hospital", "hotel", "stadium", "museum", "cathedral",
]);

export const PERSON_PRONOUNS = new Set(["he", "she"]);
export const GROUP_PRONOUNS = new Set(["they", "it", "we"]);
