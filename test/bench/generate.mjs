// Synthetic articles for the benchmark: news-shaped text (title, subheadings, paragraphs, quotes with
// speakers) made from a fixed word list and a seeded generator, so every run measures the same input.

const WORDS = (
  "the council said on tuesday that its plan would cut costs for families across the region while " +
  "officials warned of delays in the budget talks as markets rose and ministers met with union leaders " +
  "to discuss pay energy prices schools hospitals roads and a new bridge over the river"
).split(" ");
const NAMES = ["Ana Ruiz", "Tom Becker", "Priya Nair", "Kwame Mensah", "Li Wei", "Sofia Rossi"];
const VERBS = ["said", "told reporters", "added", "warned"];

function generator(seed) {
  let state = seed >>> 0;
  return (n) => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state % n;
  };
}

function sentence(pick, words) {
  const list = Array.from({ length: words }, () => WORDS[pick(WORDS.length)]);
  const text = list.join(" ");
  return text[0].toUpperCase() + text.slice(1) + ".";
}

/** About `bytes` of article: a title, then sections of four paragraphs with quotes. */
export function newsArticle(bytes, seed = 1) {
  const pick = generator(seed);
  const parts = ["Council approves plan to cut regional costs", ""];
  let size = 0;
  let paragraph = 0;
  while (size < bytes) {
    if (paragraph % 4 === 0 && paragraph > 0) parts.push(`Budget talks ${paragraph / 4} continue`, "");
    const name = NAMES[pick(NAMES.length)];
    const text =
      paragraph % 2 === 0
        ? `${sentence(pick, 12 + pick(10))} ${sentence(pick, 8 + pick(12))}`
        : `“${sentence(pick, 6 + pick(10))}” ${name} ${VERBS[pick(VERBS.length)]}. ${sentence(pick, 10 + pick(8))}`;
    parts.push(text, "");
    size += text.length + 2;
    paragraph++;
  }
  return parts.join("\n");
}

const SYLLABLES = ["ka", "ro", "mi", "sa", "te", "lu", "no", "va", "di", "pe", "zo", "ba", "ri", "go", "fe", "hu"];

/** The `n`th of many made-up surnames ("Karomi"): a story each, so the text names ever new people. */
function surname(n) {
  let word = "";
  for (let k = n + SYLLABLES.length * SYLLABLES.length; k > 0; k = Math.floor(k / SYLLABLES.length)) word += SYLLABLES[k % SYLLABLES.length];
  return word[0].toUpperCase() + word.slice(1);
}

/**
 * About `bytes` of short stories put together, each about someone new, quoted by surname alone
 * ("Karomi said: “…”"): what a day's scraped news saved as one file looks like to the parser, whose
 * work per name must not grow with the length of the whole text.
 */
export function manyStories(bytes, seed = 1) {
  const pick = generator(seed);
  const parts = [];
  let size = 0;
  for (let story = 0; size < bytes; story++) {
    const name = surname(story);
    const paragraphs = [
      `Story ${story + 1} of the day`,
      `${sentence(pick, 10 + pick(8))} ${name} officials met residents on Tuesday.`,
      `${name} said on Tuesday: “${sentence(pick, 8 + pick(8))}” ${sentence(pick, 10 + pick(6))}`,
      `${sentence(pick, 12 + pick(8))} “${sentence(pick, 6 + pick(6))}” she added.`,
    ];
    for (const text of paragraphs) {
      parts.push(text, "");
      size += text.length + 2;
    }
  }
  return parts.join("\n");
}

/**
 * About `bytes` of quotes by ever new people and companies who share a last word ("Karomi Smith",
 * "Rokaro Smith", "Karomi Inc", then "the company said"): the name index must not compare each
 * with all the others of its last word.
 */
export function sharedLastWords(bytes, seed = 1) {
  const pick = generator(seed);
  const parts = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const text =
      n % 2 === 0
        ? `“${sentence(pick, 6 + pick(8))}” said ${surname(n)} Smith.`
        : `${surname(n)} Inc ${WORDS[pick(WORDS.length)]} ${sentence(pick, 8)} “${sentence(pick, 6)}” the company said.`;
    parts.push(text, "");
    size += text.length + 2;
  }
  return parts.join("\n");
}

/** Hostile shapes from issue 4, each about `bytes` long. */
export const hostile = {
  "10 MB of stories, each naming someone new": (bytes) => manyStories(bytes),
  "10 MB of names sharing a last word": (bytes) => sharedLastWords(bytes),
  "10 MB of stories on one line": (bytes) => manyStories(bytes).replace(/\n+/g, " "),
  "a company quoted all over one line, then “he said”": (bytes) => {
    const line = Array.from({ length: Math.ceil(bytes / 90) }, () => "“The plan will cut costs,” Acme Corp said. Officials warned of delays.").join(" ");
    return `${line}\n\n“Ok,” Acme Corp said.\n\n“Fine,” he said.\n`;
  },
  "500,000 quotes with no attribution, one paragraph": () => Array.from({ length: 500_000 }, () => "“The plan will work.”").join(" "),
  "one 10 MB line": (bytes) => newsArticle(bytes).replace(/\n+/g, " "),
  "a million short lines": () => Array.from({ length: 1_000_000 }, (_, i) => `Line ${i} is short.`).join("\n"),
  "100,000 unmatched quotes": () => Array.from({ length: 100_000 }, (_, i) => `word “ another ${i} "`).join(" "),
  "deeply nested quotes": () => `${"“outer ‘inner ".repeat(50_000)}core${"’ end” ".repeat(10)}`,
};
