import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, run, SEED } from "./run.js";

describe("list", () => {
  it("lists the bundled article with number, id, headline, words, quotes and 'bundled' for its added date", () => {
    const result = run(["list"]);
    expect(result.code).toBe(0);
    const [number, id, headline, words, quotes, added] = result.stdout.trimEnd().split("\n")[0]?.split("\t") ?? [];
    expect([number, id]).toEqual(["1", "putin-trump-call"]);
    expect(headline?.length).toBeGreaterThan(10);
    expect(Number(words)).toBeGreaterThan(300);
    expect(quotes).toBe("4");
    expect(added).toBe("bundled");
  });

  it("adds the library folder's .txt and .md files after the bundled ones, ignoring others", () => {
    const env = cleanEnv();
    const library = env.NEWSREAD_HOME ?? "";
    mkdirSync(library, { recursive: true });
    writeFileSync(path.join(library, "my-story.txt"), "My Story Title\n\nA paragraph of my story.\n");
    writeFileSync(path.join(library, "notes.md"), "# Notes Title\n\nA note.\n");
    writeFileSync(path.join(library, "image.png"), "not an article");
    const entries = JSON.parse(run(["list", "--json", "--sort", "number"], { env }).stdout) as { number: number; id: string; bundled: boolean }[];
    expect(entries.map((e) => [e.number, e.id, e.bundled])).toEqual([
      [1, "putin-trump-call", true],
      [2, "my-story", false],
      [3, "notes", false],
    ]);
    expect(run(["show", "2", "--json"], { env }).stdout).toContain('"headline":"My Story Title"');
    expect(run(["show", "notes", "--json"], { env }).stdout).toContain('"headline":"Notes Title"');
  });

  it("finds the library through XDG_DATA_HOME when NEWSREAD_HOME is unset", () => {
    const { NEWSREAD_HOME: _unused, ...env } = cleanEnv();
    const xdg = path.join(env.HOME ?? "", "xdg");
    mkdirSync(path.join(xdg, "newsread"), { recursive: true });
    writeFileSync(path.join(xdg, "newsread", "xdg-story.txt"), "Xdg Title Here\n\nBody text.\n");
    const ids = (JSON.parse(run(["list", "--json"], { env: { ...env, XDG_DATA_HOME: xdg } }).stdout) as { id: string }[]).map((e) => e.id);
    expect(ids).toEqual(["xdg-story", "putin-trump-call"]);
  });

  it("treats a missing library folder as empty", () => {
    const result = run(["list", "--json"], { env: cleanEnv({ NEWSREAD_HOME: "/nonexistent/newsread" }) });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(1);
  });
});

describe("quotes", () => {
  it("prints speaker<TAB>quote a line in a pipe", () => {
    const result = run(["quotes"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("Volodymyr Zelensky\tsign of panic");
  });

  it("names each line's article first when given several, as grep names files", () => {
    const result = run(["quotes", "-", SEED], { input: "Title here\n\n“We are ready,” said Maria Lopez.\n" });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("-\tMaria Lopez\tWe are ready");
    expect(lines[4]).toBe(`${SEED}\tVolodymyr Zelensky\tsign of panic`);
    expect(lines).toHaveLength(5);
  });

  it("groups by speaker with --format text", () => {
    const result = run(["quotes", "--format", "text"]);
    expect(result.stdout).toMatch(/Donald Trump \(2\)\n {2}▎ “very constructive\.”\n {2}▎ “Do they really want/);
  });

  it("prints JSON with --json", () => {
    const parsed = JSON.parse(run(["quotes", "--json"]).stdout) as { id: string; quotes: { speaker: string }[] };
    expect(parsed.id).toBe("putin-trump-call");
    expect(parsed.quotes).toHaveLength(4);
  });
});
