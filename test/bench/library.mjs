// A generated article library for the scale benchmarks: variations of the bundled seed article
// (its paragraphs reordered and reworded, a headline of its own, names and places swapped, a few rare
// words), made by a seeded generator so every run measures the same library. Never from the corpus.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SEED = fileURLToPath(new URL("../../seeds/putin-trump-call.txt", import.meta.url));

const PEOPLE = [
  ["Zelensky", "Volodymyr Zelensky"], ["Trump", "Donald Trump"], ["Putin", "Vladimir Putin"],
  ["Merz", "Friedrich Merz"], ["Macron", "Emmanuel Macron"], ["Starmer", "Keir Starmer"],
  ["Meloni", "Giorgia Meloni"], ["Tusk", "Donald Tusk"], ["Sanchez", "Pedro Sanchez"], ["Rutte", "Mark Rutte"],
];
const PLACES = ["Washington", "Kyiv", "Moscow", "Berlin", "Paris", "London", "Rome", "Warsaw", "Madrid", "Brussels", "Geneva", "Ankara"];
const TOPICS = ["missiles", "tariffs", "grain", "pipelines", "sanctions", "drones", "elections", "refugees", "energy", "ceasefire", "budget", "shipping"];
const VERBS = ["stirs", "shakes", "rattles", "clouds", "reshapes", "upends", "tests", "lifts"];
const NOUNS = ["talks", "visit", "summit", "alliance", "markets", "plans", "hopes", "deal"];

function generator(seed) {
  let state = (seed * 2654435761) >>> 0;
  return (n) => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state % n;
  };
}

/** A pronounceable rare word, e.g. "kovarel": a few per article make searches with few hits. */
export function rareWord(n) {
  const c = "bdfgklmnprstvz";
  const v = "aeiou";
  let word = "";
  for (let i = 0, x = n + 7; i < 3; i++, x = Math.floor(x / 70)) word += c[x % 14] + v[Math.floor(x / 14) % 5];
  return word + "l";
}

const seedText = readFileSync(SEED, "utf8");
const seedParagraphs = seedText.split("\n").filter((line) => line.trim() !== "");

/** The i-th variation of the seed article (plain text: a title line, then paragraphs and subheadings). */
export function variantArticle(i) {
  const pick = generator(i + 1);
  const [short, full] = PEOPLE[pick(PEOPLE.length)];
  const place = PLACES[pick(PLACES.length)];
  const topic = TOPICS[pick(TOPICS.length)];
  const headline = `${short} ${topic} ${VERBS[pick(VERBS.length)]} ${place} ${NOUNS[pick(NOUNS.length)]} ${i + 1}`;
  const body = seedParagraphs.slice(0);
  for (let k = body.length - 1; k > 1; k--) {
    const j = 1 + pick(k);
    [body[k], body[j]] = [body[j], body[k]];
  }
  const rare = [rareWord(i), rareWord(i * 7 + 3), rareWord(pick(5000))];
  const paragraphs = body.map((p) =>
    p.replaceAll("Zelensky", short).replaceAll("Volodymyr " + short, full).replaceAll("Washington", place).replaceAll("missiles", topic),
  );
  paragraphs.push(`Officials in ${place} said the ${topic} question, known locally as ${rare.join(", ")}, would return next week.`);
  return `${headline}\n\n${paragraphs.join("\n\n")}\n`;
}

/** Write `count` variations as library files (what `newsread add` would store), named by number. */
export function writeLibrary(dir, count, from = 0) {
  mkdirSync(dir, { recursive: true });
  for (let i = from; i < from + count; i++) writeFileSync(path.join(dir, `article-${String(i + 1).padStart(6, "0")}.txt`), variantArticle(i));
}

/** Plain documents for the engine comparison: the fields newsread indexes, without running the parser. */
export function variantDocument(i) {
  const text = variantArticle(i);
  const [headline, ...rest] = text.split("\n").filter((l) => l.trim() !== "");
  const quotes = [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
  return { id: i + 1, headline, body: rest.join("\n"), quotes: quotes.join("\n"), speakers: PEOPLE[generator(i + 1)(PEOPLE.length)][1] };
}
