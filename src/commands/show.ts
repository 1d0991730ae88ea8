import { renderArticle, type RenderOptions } from "../render/index.js";
import type { InputContext } from "../input.js";
import { loadArticles } from "./load.js";

/** `newsread show`: each article rendered in the chosen format, separated as that format expects. */
export async function showCommand(refs: readonly string[], options: RenderOptions, input: InputContext): Promise<string> {
  const articles = await loadArticles(refs, input);
  const rendered = await Promise.all(articles.map((article) => renderArticle(article, options)));
  return rendered.join(separator(options));
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
