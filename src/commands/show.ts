import { renderArticleChunks, type RenderOptions } from "../render/index.js";
import type { InputContext } from "../input.js";
import { loadArticles } from "./load.js";

/**
 * `newsread show`: each article rendered in the chosen format, separated as that format expects.
 * The output comes in pieces, made as they are written (see renderArticleChunks).
 */
export async function showCommand(refs: readonly string[], options: RenderOptions, input: InputContext): Promise<Iterable<string>> {
  const articles = await loadArticles(refs, input);
  const rendered = await Promise.all(articles.map((article) => renderArticleChunks(article, options)));
  return separated(rendered, separator(options));
}

function* separated(parts: readonly Iterable<string>[], between: string): Generator<string, void, undefined> {
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) yield between;
    yield* parts[i] ?? [];
  }
}

function separator(options: RenderOptions): string {
  switch (options.format) {
    case "json":
      return "";
    case "markdown":
      return "\n---\n\n";
    case "text":
    case "ansi":
      return `\n${"─".repeat(Math.min(options.width, 40))}\n\n`;
  }
}
