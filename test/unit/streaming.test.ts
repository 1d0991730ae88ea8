import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { writeChunks } from "../../src/output.js";
import { gathered } from "../../src/render/chunks.js";
import { renderArticle, renderArticleChunks, FORMATS, type RenderOptions } from "../../src/render/index.js";
import { sampleArticle } from "./fixtures.js";

const options = (overrides: Partial<RenderOptions>): RenderOptions => ({ format: "text", width: 60, color: false, theme: "dark", summary: false, hyperlinks: false, ...overrides });

describe("output made as it is written", () => {
  it.each(FORMATS.flatMap((format) => [false, true].map((summary) => [format, summary] as const)))("%s (summary %s): the pieces make what renderArticle makes", async (format, summary) => {
    const article = sampleArticle();
    const whole = await renderArticle(article, options({ format, summary }));
    expect([...(await renderArticleChunks(article, options({ format, summary })))].join("")).toBe(whole);
  });

  it.each([["escapes", "bell \u0007, override \u202e, tab\there"], ["wide text", "東京の記者会見 “quote”"], ["NFC", "combining e\u0301 and Ελληνικά"]])(
    "and so for text that is not plain (%s)",
    async (_name, paragraph) => {
      const article = sampleArticle({ sections: [{ heading: "Heading \u0007", paragraphs: [paragraph, paragraph] }] });
      const whole = await renderArticle(article, options({}));
      expect(whole).not.toContain("\u0007");
      expect([...(await renderArticleChunks(article, options({})))].join("")).toBe(whole);
    },
  );

  it("gathers pieces in order into strings of about the size asked, dropping none", () => {
    const pieces = Array.from({ length: 100 }, (_, i) => `piece ${i}\n`);
    const out = [...gathered(pieces, 50)];
    expect(out.join("")).toBe(pieces.join(""));
    expect(out.slice(0, -1).every((s) => s.length >= 50 && s.length < 60)).toBe(true);
    expect([...gathered(["", ""], 50)]).toEqual([]);
  });

  it("stops making pieces once the reader has gone", async () => {
    let made = 0;
    function* pieces(): Generator<string> {
      for (let i = 0; i < 1000; i++) {
        made++;
        yield "x".repeat(1000);
      }
    }
    const closed = new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error("gone"), { code: "EPIPE" })) });
    closed.on("error", () => {});
    expect(await writeChunks(closed, pieces())).toBe("closed");
    expect(made).toBeLessThan(100);
  });
});
