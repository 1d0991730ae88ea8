import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv, run, SEED, type RunResult } from "./run.js";

interface Entry {
  number: number;
  id: string;
  path: string;
  bundled: boolean;
  added: string | null;
  headline: string;
  words: number;
  quotes: number;
}

/** A fresh library (NEWSREAD_HOME) and a folder of articles to add from. */
function setup(): { env: Record<string, string>; library: string; files: string } {
  const env = cleanEnv();
  const files = mkdtempSync(path.join(tmpdir(), "newsread-articles-"));
  return { env, library: env.NEWSREAD_HOME ?? "", files };
}

function article(headline: string, body: string, speaker = "Anna Petrenko"): string {
  return `${headline}\n\n${body} The talks in the capital went on for several hours on Tuesday, officials said.\n\n"We are close to a deal," said ${speaker}.\n`;
}

function write(dir: string, name: string, text: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function list(env: Record<string, string>): Entry[] {
  const result = run(["list", "--json"], { env });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Entry[];
}

function isFolderAt(dir: string): boolean {
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function articleFiles(library: string): string[] {
  return existsSync(library) ? readdirSync(library).filter((n) => /\.(txt|md)$/.test(n)).sort() : [];
}

function runAsync(args: string[], env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(BIN, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ stdout, stderr, code }));
  });
}

describe("add, list, show, search, rm", () => {
  it("round trip: an added article is listed newest first, shown by number and id, found, and removed", () => {
    const { env, library, files } = setup();
    const file = write(files, "budget.txt", article("Budget Talks Resume In Kyiv", "Officials said the budget would pass before winter."));

    const added = run(["add", file], { env });
    expect(added.code).toBe(0);
    expect(added.stdout).toBe(`budget-talks-resume-in-kyiv\tadded\t${file}\n`);
    expect(added.stderr).toBe("newsread: added 1 article\n");
    expect(articleFiles(library)).toEqual(["budget-talks-resume-in-kyiv.txt"]);
    expect(readFileSync(path.join(library, "budget-talks-resume-in-kyiv.txt"), "utf8")).toBe(readFileSync(file, "utf8"));

    const entries = list(env);
    expect(entries.map((e) => [e.number, e.id, e.bundled])).toEqual([
      [2, "budget-talks-resume-in-kyiv", false],
      [1, "putin-trump-call", true],
    ]);
    expect(entries[0]?.headline).toBe("Budget Talks Resume In Kyiv");
    expect(entries[0]?.quotes).toBe(1);
    expect(entries[0]?.added).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(entries[1]?.added).toBeNull();
    const tsv = run(["list"], { env }).stdout.split("\n")[0]?.split("\t");
    expect(tsv?.slice(0, 5)).toEqual(["2", "budget-talks-resume-in-kyiv", "Budget Talks Resume In Kyiv", String(entries[0]?.words), "1"]);

    expect(run(["show", "2", "--json"], { env }).stdout).toContain('"headline":"Budget Talks Resume In Kyiv"');
    expect(run(["show", "budget-talks-resume-in-kyiv", "--json"], { env }).stdout).toContain('"headline":"Budget Talks Resume In Kyiv"');
    expect(run(["quotes", "2"], { env }).stdout).toBe("Anna Petrenko\tWe are close to a deal\n");

    const found = run(["search", "budget", "winter"], { env });
    expect(found.code).toBe(0);
    const [number, id, score, headline, snippet] = found.stdout.trimEnd().split("\t");
    expect([number, id, headline]).toEqual(["2", "budget-talks-resume-in-kyiv", "Budget Talks Resume In Kyiv"]);
    expect(Number(score)).toBeGreaterThan(0);
    expect(snippet).toContain("budget would pass before winter");
    const json = JSON.parse(run(["search", "budget", "--json"], { env }).stdout) as { total: number; hits: { id: string; snippet: string; highlights: [number, number][] }[] };
    expect(json.total).toBe(1);
    const hit = json.hits[0];
    expect(hit?.highlights.map(([a, b]) => hit.snippet.slice(a, b).toLowerCase())).toEqual(["budget"]);
    expect(JSON.parse(run(["search", "--speaker", "Petrenko", "--json"], { env }).stdout).total).toBe(1);
    expect(JSON.parse(run(["search", "--speaker", "Zelensky", "--json"], { env }).stdout).hits[0].id).toBe("putin-trump-call");
    expect(run(["search", "nothing-like-this"], { env })).toEqual({ stdout: "", stderr: "", code: 0 });

    const removed = run(["rm", "budget-talks-resume-in-kyiv"], { env });
    expect(removed).toEqual({ stdout: "removed budget-talks-resume-in-kyiv\n", stderr: "", code: 0 });
    expect(articleFiles(library)).toEqual([]);
    expect(list(env).map((e) => e.id)).toEqual(["putin-trump-call"]);
    expect(run(["search", "budget"], { env }).stdout).toBe("");
  });

  it("ranks an article with the words in its headline above one that only mentions them", () => {
    const { env, files } = setup();
    const mention = write(files, "a.txt", article("Council Meets On Roads", "A short aside on grain exports was made."));
    const headline = write(files, "b.txt", article("Grain Exports Rise Again", "Ports reopened and ships left."));
    expect(run(["add", mention, headline], { env }).code).toBe(0);
    const ids = run(["search", "grain", "exports"], { env }).stdout.trimEnd().split("\n").map((l) => l.split("\t")[1]);
    expect(ids).toEqual(["grain-exports-rise-again", "council-meets-on-roads"]);
  });

  it("searches a possessive (Yukos's, Brown’s) for the name, and --speaker past a title (Mr Brown)", () => {
    const { env, files } = setup();
    const plain = write(files, "a.txt", article("Oil Firm Yukos In Court", "Yukos went to court in Houston.", "Gordon Brown"));
    const possessive = write(files, "b.txt", article("Shares Fall Again", "Yukos's shares fell as the government's plan stalled.", "Anna Petrenko"));
    const stray = write(files, "c.txt", article("Ratings Agency Acts", "Russia's oil giant is in trouble. S&P cut its rating.", "Anna Petrenko"));
    expect(run(["add", plain, possessive, stray], { env }).code).toBe(0);
    const search = (...args: string[]): { hits: { id: string; snippet: string; highlights: [number, number][] }[] } => JSON.parse(run(["search", "--json", ...args], { env }).stdout);
    for (const query of ["Yukos's", "Yukos’s", "yukos"]) {
      const { hits } = search(query);
      expect(hits.map((h) => h.id).sort()).toEqual(["oil-firm-yukos-in-court", "shares-fall-again"]);
      for (const hit of hits) for (const [a, b] of hit.highlights) expect(hit.snippet.slice(a, b).toLowerCase()).toBe("yukos");
    }
    for (const speaker of ["Mr Brown", "Brown’s", "Gordon Brown"]) expect(search("--speaker", speaker).hits.map((h) => h.id)).toEqual(["oil-firm-yukos-in-court"]);
    expect(run(["search", "--speaker", "*"], { env })).toEqual({ stdout: "", stderr: "newsread: nothing to search for: no words to look for, and no name in --speaker '*'\n", code: 2 });
    expect(run(["search", "--speaker", "Mr"], { env })).toEqual({ stdout: "", stderr: "newsread: nothing to search for: no words to look for, and no name in --speaker 'Mr'\n", code: 2 });
  });

  it("leaves out the articles with a word or phrase typed after '-', and says so when nothing else is asked", () => {
    const { env, files } = setup();
    const both = write(files, "a.txt", article("Grain Deal Signed", "Wheat and barley exports resume."));
    const wheat = write(files, "b.txt", article("Wheat Prices Fall", "Wheat fell on the news."));
    expect(run(["add", both, wheat], { env }).code).toBe(0);
    const ids = (...query: string[]): string[] => (JSON.parse(run(["search", "--json", "--", ...query], { env }).stdout) as { hits: { id: string }[] }).hits.map((h) => h.id);
    expect(ids("wheat").sort()).toEqual(["grain-deal-signed", "wheat-prices-fall"]);
    expect(ids("wheat", "-barley")).toEqual(["wheat-prices-fall"]);
    expect(ids("wheat", '-"barley exports"')).toEqual(["wheat-prices-fall"]);
    expect(ids("wheat", "-bar*")).toEqual(["wheat-prices-fall"]);
    expect(run(["search", "--", "-barley"], { env })).toEqual({
      stdout: "",
      stderr: "newsread: nothing to search for: a word after '-' only leaves articles out; give words to look for too, or --speaker NAME\n",
      code: 2,
    });
  });

  it("finds words inside Chinese and Japanese text, which puts no spaces between words", () => {
    const { env, files } = setup();
    const chinese = write(files, "zh.txt", "科技新闻\n\n谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习的计算机。这款产品非常重要。\n");
    const japanese = write(files, "ja.txt", "会議のニュース\n\n東京で会議が開かれました。首相は記者団に対し、経済対策を発表しました。\n");
    expect(run(["add", chinese, japanese], { env }).code).toBe(0);
    const search = (...query: string[]): { total: number; hits: { snippet: string; highlights: [number, number][] }[] } =>
      JSON.parse(run(["search", ...query, "--json"], { env }).stdout) as { total: number; hits: { snippet: string; highlights: [number, number][] }[] };
    const marked = (result: ReturnType<typeof search>): string[] => result.hits.flatMap((h) => h.highlights.map(([a, b]) => h.snippet.slice(a, b)));
    expect(marked(search("人工智能"))).toEqual(["人工智能"]);
    expect(marked(search("DeepMind"))).toEqual(["DeepMind"]);
    expect(marked(search("首相", "経済"))).toEqual(["首相", "経済"]);
    expect(search("智能公司").total).toBe(1);
    expect(search("人工智能公司", "会議").total).toBe(0); // every word must occur in one article
    expect(search("能人").total).toBe(0); // the characters in that order, not each somewhere
    // Half-width katakana is found by either form.
    const halfWidth = write(files, "hw.txt", "記事\n\nｿﾆｰは新しいﾛﾎﾞｯﾄを発表した。\n");
    expect(run(["add", halfWidth], { env }).code).toBe(0);
    expect(marked(search("ﾛﾎﾞｯﾄ"))).toEqual(["ﾛﾎﾞｯﾄ"]);
    expect(search("ロボット").total).toBe(1);
    // And marked in the text in either form: a half-width query in full-width text.
    expect(run(["add", write(files, "fw.txt", "記事\n\n政府はカタカナの表記について発表した。\n")], { env }).code).toBe(0);
    expect(marked(search("ｶﾀｶﾅ"))).toEqual(["カタカナ"]);
  });

  it("cuts snippets from the text as the parser reads it: no invisible characters, no title line again", () => {
    const { env, files } = setup();
    expect(run(["add", write(files, "z.txt", "Zero\u200bwidth head\u2060line\n\nThe body text is here.\n")], { env }).code).toBe(0);
    const hit = (JSON.parse(run(["search", "body", "--json"], { env }).stdout) as { hits: { headline: string; snippet: string }[] }).hits[0];
    expect(hit).toMatchObject({ headline: "Zerowidth headline", snippet: "The body text is here." });
  });

  it("sorts headlines A-Z as a reader does: accents and case aside, numbers by value, leading marks passed over", () => {
    const { env, files } = setup();
    const headlines = ["Zulu Wins The Cup", "'Quoted' Headline Here", "10 Things To Know", "Éclair Shop Opens", "apple Picks A Chip", "9 Lives Of A Cat", "Banana Prices Fall", "zebra Crossing Closed"];
    headlines.forEach((headline, i) => expect(run(["add", write(files, `${i}.txt`, article(headline, "Word ".repeat(12)))], { env }).code).toBe(0));
    const sorted = (args: string[]): string[] =>
      (JSON.parse(run(["list", "--json", "--sort", "headline", ...args], { env }).stdout) as Entry[]).map((e) => e.headline).filter((h) => headlines.includes(h));
    const expected = ["9 Lives Of A Cat", "10 Things To Know", "apple Picks A Chip", "Banana Prices Fall", "Éclair Shop Opens", "'Quoted' Headline Here", "zebra Crossing Closed", "Zulu Wins The Cup"];
    expect(sorted([])).toEqual(expected);
    expect(sorted(["--reverse"])).toEqual([...expected].reverse());
    expect(sorted(["--limit", "3"])).toEqual(expected.slice(0, 2)); // the bundled "A surprise…" comes third: word by word
  });

  it("sorts and limits the listing, numbers staying with their articles", () => {
    const { env, files } = setup();
    const paths = ["Alpha Story Here", "Beta Story Here", "Gamma Story Here"].map((h, i) => write(files, `${i}.txt`, article(h, "Word ".repeat(10 * (i + 1)))));
    for (const p of paths) expect(run(["add", p], { env }).code).toBe(0);
    const ids = (args: string[]): string[] => (JSON.parse(run(["list", "--json", ...args], { env }).stdout) as Entry[]).map((e) => `${e.number}:${e.id}`);
    expect(ids([])).toEqual(["4:gamma-story-here", "3:beta-story-here", "2:alpha-story-here", "1:putin-trump-call"]);
    expect(ids(["--limit", "2"])).toEqual(["4:gamma-story-here", "3:beta-story-here"]);
    expect(ids(["--sort", "number"])).toEqual(["1:putin-trump-call", "2:alpha-story-here", "3:beta-story-here", "4:gamma-story-here"]);
    expect(ids(["--sort", "headline", "--reverse", "--limit", "1"])).toEqual(["4:gamma-story-here"]);
    expect(ids(["--sort", "words", "-n", "1"])).toEqual(["1:putin-trump-call"]);
    expect(run(["list", "--ids", "--limit", "1"], { env }).stdout).toBe("gamma-story-here\n");
    expect(run(["list", "--limit", "0"], { env }).code).toBe(2);
    // A limit past 2^53 is no limit (SQLite refuses such a number): it lists all, as do search's.
    expect(ids(["--limit", "9223372036854775807"])).toHaveLength(4);
    expect(JSON.parse(run(["search", "story", "--json", "-n", "9223372036854775807"], { env }).stdout).hits).toHaveLength(3);
    expect(run(["list", "--sort", "size"], { env }).code).toBe(2);
  });
});

describe("add", () => {
  it("adding the same text again changes nothing and says which id it has", () => {
    const { env, library, files } = setup();
    const text = article("Port Strike Ends", "Dock workers returned.");
    const first = write(files, "one.txt", text);
    const copy = write(files, "copy.txt", text);
    expect(run(["add", first], { env }).code).toBe(0);
    const again = run(["add", first, copy], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`port-strike-ends\texists\t${first}\nport-strike-ends\texists\t${copy}\n`);
    expect(again.stderr).toBe("newsread: added 0 articles, 2 already stored\n");
    expect(articleFiles(library)).toEqual(["port-strike-ends.txt"]);
    expect(run(["add", "-"], { env, input: text }).stdout).toBe("port-strike-ends\texists\tstandard input\n");
    // The bundled article is stored already too.
    expect(run(["add", SEED], { env }).stdout).toMatch(/^putin-trump-call\texists\t/);
  });

  it("makes ids unique, takes --id, keeps Markdown as .md and reads standard input", () => {
    const { env, library, files } = setup();
    const a = write(files, "a.txt", article("Same Headline Twice", "First body."));
    const b = write(files, "b.txt", article("Same Headline Twice", "Second body."));
    const md = write(files, "notes.md", "# Café Notes, Part 2\n\nA note about the café.\n");
    expect(run(["add", a, b, md], { env }).stdout.split("\n").map((l) => l.split("\t")[0])).toEqual(["same-headline-twice", "same-headline-twice-2", "cafe-notes-part-2", ""]);
    expect(run(["add", "--id", "my-pick", "-"], { env, input: article("Picked By Hand", "Body.") }).stdout).toBe("my-pick\tadded\tstandard input\n");
    expect(run(["add", "-"], { env, input: "# Heading From Stdin\n\nThe council met on Tuesday and approved the plan for the new bridge.\n" }).code).toBe(0);
    expect(articleFiles(library)).toEqual(["cafe-notes-part-2.md", "heading-from-stdin.md", "my-pick.txt", "same-headline-twice-2.txt", "same-headline-twice.txt"]);
  });

  it("refuses an --id that is taken (6), malformed (2), or given for several files (2), storing nothing", () => {
    const { env, library, files } = setup();
    const a = write(files, "a.txt", article("First Story", "Body."));
    const b = write(files, "b.txt", article("Second Story", "Body."));
    expect(run(["add", "--id", "taken", a], { env }).code).toBe(0);
    const taken = run(["add", "--id", "taken", b], { env });
    expect(taken).toEqual({ stdout: "", stderr: "newsread: the id 'taken' is already taken (see 'newsread list --ids')\n", code: 6 });
    expect(run(["add", "--id", "putin-trump-call", b], { env }).code).toBe(6);
    for (const id of ["12", "../up", ".hidden", "x.txt"]) {
      const bad = run(["add", "--id", id, b], { env });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/^newsread: --id '.*': an id .*\n$/);
    }
    expect(run(["add", "--id", "both", a, b], { env }).code).toBe(2);
    expect(articleFiles(library)).toEqual(["taken.txt"]);
  });

  it("stores nothing when one of the files is missing (3) or empty (5)", () => {
    const { env, library, files } = setup();
    const good = write(files, "good.txt", article("Good Story", "Body."));
    const missing = run(["add", good, path.join(files, "missing.txt")], { env });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe(`newsread: ${path.join(files, "missing.txt")}: no such file\n`);
    const empty = run(["add", good, write(files, "empty.txt", "  \n")], { env });
    expect(empty.code).toBe(5);
    expect(articleFiles(library)).toEqual([]);
  });

  it("names every file it cannot add, a line each, with the first one's exit code", () => {
    const { env, library, files } = setup();
    const good = write(files, "good.txt", article("Good Story", "Body."));
    const empty = write(files, "empty.txt", "  \n");
    const binary = write(files, "binary.dat", Buffer.from([0, 1, 2, 0, 255, 0]));
    const missing = path.join(files, "missing.txt");
    const result = run(["add", empty, good, missing, binary], { env });
    expect(result.code).toBe(5);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`newsread: ${empty}: empty article, nothing to add`);
    expect(lines[1]).toBe(`newsread: ${missing}: no such file`);
    expect(lines[2]).toMatch(new RegExp(`^newsread: ${binary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
    expect(result.stdout).toBe("");
    expect(articleFiles(library)).toEqual([]);
  });

  it.each([
    ["rule.md", "---\n"],
    ["title-mark.md", "# \n"],
    ["comment.md", "<!-- a note -->\n"],
    ["rules.md", "***\n\n___\n"],
  ])("refuses Markdown whose markup holds no text, %s, as empty (5), storing nothing; put in the folder by hand, it is listed as (empty)", (name, text) => {
    const { env, library, files } = setup();
    const good = write(files, "good.txt", article("Good Story", "Body."));
    const markup = write(files, name, text);
    expect(run(["add", good, markup], { env })).toEqual({ stdout: "", stderr: `newsread: ${markup}: empty article, nothing to add\n`, code: 5 });
    expect(articleFiles(library)).toEqual([]);
    write(library, name, text);
    expect(list(env).filter((e) => !e.bundled).map((e) => [e.headline, e.words])).toEqual([["(empty)", 0]]);
  });

  it("eight adds at once all succeed and lose nothing", async () => {
    const { env, library, files } = setup();
    const batches = Array.from({ length: 8 }, (_, p) =>
      Array.from({ length: 5 }, (_, k) => write(files, `p${p}-${k}.txt`, article(k === 0 ? "Shared Headline" : `Story ${p} Number ${k}`, `Body of ${p}/${k}.`))),
    );
    const results = await Promise.all(batches.map((batch) => runAsync(["add", ...batch], env)));
    for (const result of results) {
      expect(result.stderr).toBe("newsread: added 5 articles\n");
      expect(result.code).toBe(0);
    }
    const ids = results.flatMap((r) => r.stdout.trimEnd().split("\n").map((l) => l.split("\t")[0]));
    expect(new Set(ids).size).toBe(40);
    expect(ids.filter((id) => id?.startsWith("shared-headline"))).toHaveLength(8);
    expect(articleFiles(library)).toHaveLength(40);
    const entries = list(env);
    expect(entries).toHaveLength(41);
    expect(entries.map((e) => e.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
  });

  it("a killed add leaves only whole articles and an index that works; adding again completes it", async () => {
    const { env, library, files } = setup();
    const texts = new Map<string, string>();
    const paths = Array.from({ length: 1500 }, (_, i) => {
      const text = article(`Bulk Story ${i}`, `Body number ${i} of the bulk batch.`);
      texts.set(text, `bulk-story-${i}`);
      return write(files, `bulk-${i}.txt`, text);
    });
    const child = spawn(BIN, ["add", ...paths], { env, stdio: "ignore" });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    // Kill it as soon as the first article is stored (or let it finish: what follows holds either way).
    let done = false;
    void exited.then(() => (done = true));
    while (!done && articleFiles(library).length === 0) await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGKILL");
    await exited;

    const stored = articleFiles(library);
    for (const name of stored) expect(texts.has(readFileSync(path.join(library, name), "utf8"))).toBe(true);
    const entries = list(env);
    expect(entries).toHaveLength(stored.length + 1);
    expect(run(["search", "bulk"], { env }).code).toBe(0);

    const again = run(["add", ...paths], { env });
    expect(again.code).toBe(0);
    expect(articleFiles(library)).toHaveLength(1500);
    expect(new Set(list(env).map((e) => e.id)).size).toBe(1501);
  });
});

describe("rm", () => {
  it("the help's example of removing the ids a grep finds works for ids with spaces, quotes and a leading dash", () => {
    const { env, library } = setup();
    mkdirSync(library, { recursive: true });
    const names = ["sp ace draft", "o'brien draft", `say "hi" draft`, "-dash draft", "keep"];
    for (const name of names) write(library, `${name}.txt`, article(`Story ${name}`, "Body."));
    const example = run(["help", "rm"], { env }).stdout.split("\n").find((line) => line.includes("| xargs"))?.trim() ?? "";
    expect(example).toMatch(/^newsread list --ids \| grep draft \|/);
    const result = spawnSync("sh", ["-c", example], { env: { ...env, PATH: `${path.dirname(BIN)}:${env.PATH ?? ""}` }, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(articleFiles(library)).toEqual(["keep.txt"]);
  });

  it("and for ids with a tab or a line end, which list --ids shows escaped and show and rm take back", () => {
    const { env, library } = setup();
    mkdirSync(library, { recursive: true });
    for (const name of ["tab\there draft", "line\nend draft", "keep"]) write(library, `${name}.txt`, article(`Story ${name.replace(/\s/g, " ")}`, "Body."));
    const ids = run(["list", "--ids"], { env }).stdout;
    expect(ids).toContain("tab\\x09here draft\n");
    expect(run(["show", "tab\\x09here draft", "--json"], { env }).stdout).toContain('"headline":"Story tab here draft"');
    const example = run(["help", "rm"], { env }).stdout.split("\n").find((line) => line.includes("| xargs"))?.trim() ?? "";
    const result = spawnSync("sh", ["-c", example], { env: { ...env, PATH: `${path.dirname(BIN)}:${env.PATH ?? ""}` }, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(articleFiles(library)).toEqual(["keep.txt"]);
  });

  it("refuses a bundled article (6) and an unknown id (3), removing nothing", () => {
    const { env, library, files } = setup();
    run(["add", write(files, "a.txt", article("Keep Me Around", "Body."))], { env });
    const bundled = run(["rm", "keep-me-around", "putin-trump-call"], { env });
    expect(bundled).toEqual({ stdout: "", stderr: "newsread: 'putin-trump-call' is a bundled article and cannot be removed\n", code: 6 });
    const unknown = run(["rm", "keep-me-around", "nope"], { env });
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toBe("newsread: no article 'nope' in the library (rm takes ids: see 'newsread list')\n");
    expect(articleFiles(library)).toEqual(["keep-me-around.txt"]);
    expect(run(["rm", "2"], { env }).code).toBe(3); // numbers move when articles are removed: rm takes ids only
    expect(run(["show", "nope"], { env }).code).toBe(3);
    expect(run(["show", "9"], { env }).code).toBe(3);
  });

  it("in a library folder that does not exist: unknown id (3), bundled (6)", () => {
    const env = cleanEnv();
    expect(run(["rm", "x"], { env }).code).toBe(3);
    expect(run(["rm", "putin-trump-call"], { env }).code).toBe(6);
    expect(existsSync(env.NEWSREAD_HOME ?? "")).toBe(false);
  });
});

describe("references", () => {
  it("a list number past any library's size, or too long to be a file name, is not found (3), with or without a library folder", () => {
    const { env, library } = setup();
    for (const withFolder of [false, true]) {
      if (withFolder) mkdirSync(library, { recursive: true });
      for (const [command, ref] of [["show", "9223372036854775807"], ["quotes", "18446744073709551616"], ["show", "9007199254740993"], ["show", "1" + "0".repeat(40)], ["show", "9".repeat(400)]]) {
        const result = run([command ?? "", ref ?? ""], { env });
        expect({ withFolder, ref, ...result }).toEqual({ withFolder, ref, stdout: "", stderr: `newsread: no article '${ref}': not a file, nor an id or number in 'newsread list'\n`, code: 3 });
      }
    }
  });
});

describe("a library path that is not what it should be", () => {
  it("a file where the index folder goes: read commands index in memory, add and rm exit 7", () => {
    const { env, library, files } = setup();
    mkdirSync(library, { recursive: true });
    write(library, "by-hand.txt", article("Kept By Hand", "Body about lanterns."));
    writeFileSync(path.join(library, ".newsread"), "not a folder");
    expect(list(env).map((e) => `${e.number}:${e.id}`)).toEqual(["2:by-hand", "1:putin-trump-call"]);
    expect(run(["list"], { env }).stdout).toMatch(/^2\tby-hand\tKept By Hand\t/);
    expect(run(["search", "lanterns"], { env }).stdout).toMatch(/^2\tby-hand\t/);
    expect(run(["show", "2", "--json"], { env }).stdout).toContain('"headline":"Kept By Hand"');
    expect(run(["show", "3"], { env }).code).toBe(3);
    const added = run(["add", write(files, "new.txt", article("Not To Be Stored", "Body."))], { env });
    expect(added).toEqual({ stdout: "", stderr: `newsread: ${path.join(library, ".newsread")}: cannot create the index folder: file already exists (EEXIST)\n`, code: 7 });
    const removed = run(["rm", "by-hand"], { env });
    expect(removed).toEqual({ stdout: "", stderr: `newsread: ${path.join(library, ".newsread")}: cannot create the index folder: file already exists (EEXIST)\n`, code: 7 });
    expect(articleFiles(library)).toEqual(["by-hand.txt"]);
  });

  it("a folder where the index file goes: read commands index in memory, add says what is in the way", () => {
    const { env, library, files } = setup();
    mkdirSync(library, { recursive: true });
    write(library, "by-hand.txt", article("Kept By Hand", "Body about lanterns."));
    const indexFile = path.join(library, ".newsread", "index.db");
    mkdirSync(indexFile, { recursive: true });
    expect(run(["search", "lanterns"], { env }).stdout).toMatch(/^2\tby-hand\t/);
    const added = run(["add", write(files, "new.txt", article("Not To Be Stored", "Body."))], { env });
    expect(added).toEqual({ stdout: "", stderr: `newsread: ${indexFile}: the library's index is a folder, not a file (move it away, and newsread rebuilds the index)\n`, code: 7 });
    expect(articleFiles(library)).toEqual(["by-hand.txt"]);
  });

  it("a library folder under a file: an empty library to read, add exits 7", () => {
    const { env, files } = setup();
    const file = write(files, "homefile", "a file, not a folder");
    const under = { ...env, NEWSREAD_HOME: path.join(file, "library") };
    expect(list(under).map((e) => e.id)).toEqual(["putin-trump-call"]);
    expect(run(["list"], { env: under }).stdout).toMatch(/^1\tputin-trump-call\t/);
    expect(run(["search", "putin", "--json"], { env: under }).code).toBe(0);
    expect(run(["show", "1", "--json"], { env: under }).code).toBe(0);
    expect(run(["quotes", "2"], { env: under }).code).toBe(3);
    expect(run(["rm", "nope"], { env: under }).code).toBe(3);
    const added = run(["add", write(files, "new.txt", article("Not To Be Stored", "Body."))], { env: under });
    expect(added).toEqual({ stdout: "", stderr: `newsread: ${path.join(file, "library")}: cannot create the library folder: not a directory (ENOTDIR)\n`, code: 7 });
  });
});

describe.skipIf(!isFolderAt("/proc/self"))("a library in a file system that makes no folders (/proc)", () => {
  // mkdir there says ENOENT under a folder that exists, on which Node's recursive mkdir loops forever.
  const runBounded = (args: string[], home: string): RunResult => {
    const result = spawnSync(BIN, args, { env: { ...cleanEnv(), NEWSREAD_HOME: home }, encoding: "utf8", timeout: 20_000 });
    return { stdout: result.stdout, stderr: result.stderr, code: result.status };
  };

  it.each(["/proc", "/proc/self"])("NEWSREAD_HOME=%s: read commands index in memory, add exits 7", (home) => {
    expect(runBounded(["list"], home)).toMatchObject({ stderr: "", code: 0 });
    expect(runBounded(["search", "putin"], home)).toMatchObject({ stderr: "", code: 0 });
    expect(runBounded(["add", SEED], home)).toEqual({ stdout: "", stderr: `newsread: ${home}/.newsread: cannot create the index folder: no such file or directory (ENOENT)\n`, code: 7 });
  });

  it("NEWSREAD_HOME under /proc that does not exist: add exits 7", () => {
    expect(runBounded(["add", SEED], "/proc/newsread-none/library")).toEqual({ stdout: "", stderr: "newsread: /proc/newsread-none/library: cannot create the library folder: no such file or directory (ENOENT)\n", code: 7 });
  });
});

describe("hand-made file names never drive the terminal", () => {
  const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

  it("ids are escaped in every output but JSON, one field and one line each", () => {
    const { env, library, files } = setup();
    mkdirSync(library, { recursive: true });
    const id = "esc\u001b[31mred\ttab\u202e";
    const shown = "esc\\x1b[31mred\\x09tab\\u202e";
    const text = article("Hostile Name Story", "Body about marmalade.");
    write(library, `${id}.txt`, text);
    write(library, `bad\u001b]0;title\u0007.txt`, "\u0000\u0001 binary, not an article");

    const tsv = run(["list"], { env }).stdout.split("\n");
    expect(tsv.map((line) => line.split("\t")[1])).toEqual(expect.arrayContaining([shown, "bad\\x1b]0;title\\x07"]));
    expect(tsv.every((line) => line === "" || line.split("\t").length === 6)).toBe(true);
    expect(run(["list", "--ids"], { env }).stdout).toContain(`${shown}\n`);
    expect(run(["search", "marmalade"], { env }).stdout).toMatch(new RegExp(`^\\d+\\t${shown.replace(/[\\[]/g, "\\$&")}\\t`));
    expect(run(["search", "marmalade", "--format", "text"], { env }).stdout).toContain(`${shown} · `);
    expect(run(["add", write(files, "same.txt", text)], { env }).stdout).toBe(`${shown}\texists\t${path.join(files, "same.txt")}\n`);
    const bad = run(["show", "bad\u001b]0;title\u0007"], { env });
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain("bad\\x1b]0;title\\x07.txt");
    expect(list(env).map((e) => e.id)).toContain(id); // JSON keeps the exact name
    expect(run(["rm", id], { env })).toEqual({ stdout: `removed ${shown}\n`, stderr: "", code: 0 });

    for (const args of [["list"], ["list", "--ids"], ["search", "marmalade"], ["show", "bad\u001b]0;title\u0007"]]) {
      const result = run(args, { env });
      expect(result.stdout.replaceAll("\t", " ")).not.toMatch(CONTROLS);
      expect(result.stderr).not.toMatch(CONTROLS);
    }
  });
});

describe("a file named by hand with digits alone", () => {
  it("does not take the list number it reads as: digits are a list number first, then an id", () => {
    const { env, library } = setup();
    mkdirSync(library, { recursive: true });
    const one = write(library, "1.txt", article("Named One By Hand", "Body."));
    write(library, "99.txt", article("Named Ninety Nine", "Body."));
    utimesSync(one, new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 1)));
    const headline = (ref: string): string => (JSON.parse(run(["show", ref, "--json"], { env }).stdout) as { headline: string }).headline;
    expect(headline("1")).toBe(list(env).find((e) => e.number === 1)?.headline);
    expect(headline("2")).toBe("Named One By Hand");
    expect(headline(one)).toBe("Named One By Hand");
    expect(headline("99")).toBe("Named Ninety Nine"); // no article has that number
    expect(run(["quotes", "1"], { env }).stdout).not.toContain("We are close to a deal");
    expect(run(["rm", "1"], { env }).stdout).toBe("removed 1\n"); // rm takes ids only
  });
});

describe("two files with one id", () => {
  it("the name that sorts first has the id, however the files came; rm refuses the id until one is gone", () => {
    const { env, library } = setup();
    mkdirSync(library, { recursive: true });
    write(library, "foo.txt", article("Plain Text Version", "Body."));
    write(library, "other.txt", article("Another Story", "Body.")); // indexed after foo.txt: foo.txt's row is not the last
    expect(list(env).find((e) => e.id === "foo")?.headline).toBe("Plain Text Version");
    write(library, "foo.txt", article("Plain Text Edited", "Body.")); // changed in the same refresh as foo.md comes
    write(library, "foo.md", "# Markdown Version\n\nBody of the Markdown one.\n");
    const headlines = (): (string | undefined)[] => list(env).filter((e) => e.id === "foo").map((e) => e.headline);
    expect(headlines()).toEqual(["Markdown Version"]);
    rmSync(path.join(library, ".newsread"), { recursive: true });
    expect(headlines()).toEqual(["Markdown Version"]); // the same from a rebuilt index

    const refusedRm = run(["rm", "foo"], { env });
    expect(refusedRm).toEqual({
      stdout: "",
      stderr: `newsread: 'foo' is the id of more than one file (foo.md, foo.txt in ${library}): rename or remove all but one of them by hand\n`,
      code: 6,
    });
    expect(articleFiles(library)).toEqual(["foo.md", "foo.txt", "other.txt"]);

    rmSync(path.join(library, "foo.md"));
    expect(headlines()).toEqual(["Plain Text Edited"]);
    expect(run(["rm", "foo"], { env })).toEqual({ stdout: "removed foo\n", stderr: "", code: 0 });
    expect(list(env).map((e) => e.id)).toEqual(["other", "putin-trump-call"]);
  });
});

describe("the index follows the files", () => {
  it("sees files added, replaced, edited in place and removed by hand", () => {
    const { env, library } = setup();
    mkdirSync(library, { recursive: true });
    write(library, "by-hand.txt", article("Copied In Quietly", "Body."));
    expect(list(env).map((e) => [e.id, e.headline])).toContainEqual(["by-hand", "Copied In Quietly"]);
    expect(JSON.parse(run(["search", "quietly", "--json"], { env }).stdout).total).toBe(1);

    // An editor that saves by writing a new file and renaming it over the old one.
    write(library, ".by-hand.swp", article("Rewritten Headline", "New body mentions kumquats."));
    renameSync(path.join(library, ".by-hand.swp"), path.join(library, "by-hand.txt"));
    expect(list(env).find((e) => e.id === "by-hand")?.headline).toBe("Rewritten Headline");
    expect(run(["search", "kumquats"], { env }).stdout).toMatch(/^2\tby-hand\t/);

    // Edited in place: the folder's time does not change.
    writeFileSync(path.join(library, "by-hand.txt"), article("Edited In Place", "Now about persimmons."));
    expect(list(env).find((e) => e.id === "by-hand")?.headline).toBe("Edited In Place");
    expect(run(["search", "persimmons"], { env }).stdout).toMatch(/^2\tby-hand\t/);
    expect(run(["search", "kumquats"], { env }).stdout).toBe("");

    rmSync(path.join(library, "by-hand.txt"));
    expect(list(env).map((e) => e.id)).toEqual(["putin-trump-call"]);
  });

  it("rebuilds a missing or corrupt index, keeping numbers and added dates", () => {
    const { env, library, files } = setup();
    const paths = ["One Story Here", "Two Story Here", "Three Story Here"].map((h, i) => write(files, `${i}.txt`, article(h, "Body.")));
    for (const p of paths) run(["add", p], { env });
    // Distinct times, as articles added on different days would have.
    ["one-story-here.txt", "two-story-here.txt", "three-story-here.txt"].forEach((name, i) => utimesSync(path.join(library, name), new Date(Date.UTC(2024, 0, 1 + i)), new Date(Date.UTC(2024, 0, 1 + i))));
    rmSync(path.join(library, ".newsread"), { recursive: true });
    const before = list(env);
    const index = path.join(library, ".newsread", "index.db");

    writeFileSync(index, "this is not a database, it was overwritten by hand".repeat(100));
    for (const suffix of ["-wal", "-shm"]) rmSync(index + suffix, { force: true });
    expect(list(env)).toEqual(before);
    expect(JSON.parse(run(["search", "story", "--json"], { env }).stdout).total).toBe(3);

    truncateSync(index, 4096 + 100); // cut off mid-page: damaged, not just missing
    const result = run(["search", "three", "--json"], { env });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).hits[0].id).toBe("three-story-here");
    expect(list(env)).toEqual(before);

    rmSync(path.join(library, ".newsread"), { recursive: true });
    expect(list(env)).toEqual(before);
    expect(before.map((e) => `${e.number}:${e.id}:${e.added}`)).toEqual([
      "4:three-story-here:2024-01-03T00:00:00Z",
      "3:two-story-here:2024-01-02T00:00:00Z",
      "2:one-story-here:2024-01-01T00:00:00Z",
      "1:putin-trump-call:null",
    ]);
  });
});

describe("Markdown articles in the library", () => {
  it("are listed and searched as show reads them, not as their markup", () => {
    const env = cleanEnv();
    const dir = mkdtempSync(path.join(tmpdir(), "newsread-md-lib-"));
    const file = path.join(dir, "story.md");
    writeFileSync(file, "# Ferry Plan Agreed\n\nThe council *agreed* the plan on [Tuesday](https://example.com).\n\n> We will keep the ferry running until the bridge opens.\n>\n> — Ana Ruiz\n");
    expect(run(["add", file], { env }).code).toBe(0);
    const shown = JSON.parse(run(["show", "ferry-plan-agreed", "--json"], { env }).stdout) as { stats: { words: number }; quotes: unknown[] };
    const listed = (JSON.parse(run(["list", "--json"], { env }).stdout) as { id: string; words: number; quotes: number }[]).find((e) => e.id === "ferry-plan-agreed");
    expect(listed).toMatchObject({ words: shown.stats.words, quotes: shown.quotes.length });
    const hit = (JSON.parse(run(["search", "ferry", "--json"], { env }).stdout) as { hits: { snippet: string }[] }).hits[0];
    expect(hit?.snippet).toContain("We will keep the ferry running");
    expect(hit?.snippet).not.toMatch(/[>*[\]#]/);
  });
});

describe("Markdown that marked cannot read", () => {
  it("is read as plain text, by show and by the library, instead of failing every command", () => {
    const env = cleanEnv();
    const library = env.NEWSREAD_HOME ?? "";
    mkdirSync(library, { recursive: true });
    // One block quote of 400,000 lines: marked's paragraph patterns exhaust V8's backtracking stack.
    const lines = Array.from({ length: 400_000 }, (_, i) => `> line ${i} of a very long quotation`);
    const file = write(library, "long-quote.md", `# A Very Long Quote\n\n${lines.join(" \n")}\n`);
    const shown = run(["show", file, "--summary", "--json"], { env }); // the summary: the whole article is 25 MB of JSON
    expect(shown.stderr).toBe("");
    expect(shown.code).toBe(0);
    expect((JSON.parse(shown.stdout) as { headline: string }).headline).toContain("A Very Long Quote");
    const listed = list(env).find((e) => e.id === "long-quote");
    expect(listed?.headline).toContain("A Very Long Quote");
    const found = run(["search", "quotation", "--json"], { env });
    expect(found.code).toBe(0);
    expect((JSON.parse(found.stdout) as { hits: { id: string }[] }).hits.map((h) => h.id)).toContain("long-quote");
  });
});

describe("a large library keeps its listing", () => {
  // Larger than FILE_CHECK_LIMIT: only such a library is trusted on its folders' times alone.
  const ARTICLES = 2001;

  /** Indexed, and its folder last changed an hour ago (not in the same tick as the index saw it: trusted on its time). */
  function largeLibrary(): { env: Record<string, string>; library: string; fromIndex: string } {
    const { env, library } = setup();
    mkdirSync(library, { recursive: true });
    for (let i = 1; i <= ARTICLES; i++) write(library, `story-${String(i).padStart(4, "0")}.txt`, `Harbour Report Number ${i}\n\nThe ferry ran on time on day ${i}, the port said.\n`);
    const fromIndex = run(["list"], { env }).stdout; // indexes the files (and makes the index's folder)
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(library, anHourAgo, anHourAgo);
    return { env, library, fromIndex };
  }

  it("prints the kept listing while the folder is unchanged, the same as the index's; a change is seen at once", () => {
    const { env, library, fromIndex } = largeLibrary();
    const kept = path.join(library, ".newsread", "listing.tsv");
    expect(fromIndex.split("\n")).toHaveLength(ARTICLES + 2); // and the bundled seed, and the final newline
    expect(run(["list"], { env }).stdout).toBe(fromIndex); // the folder's new time recorded
    expect(existsSync(kept)).toBe(false);
    expect(run(["list"], { env }).stdout).toBe(fromIndex); // found current on its time: kept
    expect(existsSync(kept)).toBe(true);
    expect(run(["list"], { env }).stdout).toBe(fromIndex);
    expect(run(["list", "--limit", "3"], { env }).stdout).toBe(fromIndex.split("\n").slice(0, 3).join("\n") + "\n");

    // What is printed is the kept text itself (so a listing made differently would show here).
    const [header = "", ...lines] = readFileSync(kept, "utf8").split("\n");
    writeFileSync(kept, [header, "marked", ""].join("\n"));
    expect(run(["list"], { env }).stdout).toBe("marked\n");
    writeFileSync(kept, [header, ...lines].join("\n"));

    // A file copied in by hand changes the folder's time: the index answers, and sees it.
    write(library, "late-arrival.txt", "Late Arrival At The Harbour\n\nThe last ferry came in after midnight.\n");
    const after = run(["list"], { env }).stdout.split("\n");
    expect(after).toHaveLength(ARTICLES + 3);
    expect(after.some((line) => line.split("\t")[1] === "late-arrival")).toBe(true);

    run(["rm", "story-0007"], { env });
    expect(run(["list", "--ids"], { env }).stdout.split("\n")).not.toContain("story-0007");
  });

  it("ignores a kept listing that is damaged or made by another version, and replaces it", () => {
    const { env, library } = largeLibrary();
    run(["list", "--json"], { env });
    const expected = run(["list", "--json"], { env }).stdout;
    expect(run(["list", "--json"], { env }).stdout).toBe(expected);
    const kept = path.join(library, ".newsread", "listing.json");
    const [header = "", body = ""] = readFileSync(kept, "utf8").split(/\n(.*)/s);
    expect((JSON.parse(body) as Entry[]).length).toBe(ARTICLES + 1);

    writeFileSync(kept, [header.replace(/"maker":"[^"]*"/, '"maker":"0.0.0/0"'), "[]", ""].join("\n"));
    expect(run(["list", "--json"], { env }).stdout).toBe(expected);
    writeFileSync(kept, "not a listing at all\n[]\n");
    expect(run(["list", "--json"], { env }).stdout).toBe(expected);
    expect(readFileSync(kept, "utf8").split("\n")[0]).toMatch(/^\{"maker":/);
  });
});
