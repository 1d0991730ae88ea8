import type { Article } from "../article.js";
import { notFound } from "../errors.js";
import { loadArticle, refuseStdinTwice, type InputContext } from "../input.js";
import { parseArticle } from "../parse/index.js";
import { parseMarkdownText } from "../parse/markdown.js";

/** Read and parse every article named, or the first stored one when none is. */
export async function loadArticles(refs: readonly string[], input: InputContext): Promise<Article[]> {
  refuseStdinTwice(refs);
  const named = refs.length > 0 ? refs : [await defaultRef(input)];
  const articles: Article[] = [];
  for (const ref of named) {
    const source = await loadArticle(ref, input);
    articles.push(source.markdown ? await parseMarkdown(source.text, source.id) : parseArticle(source.text, source.id));
  }
  return articles;
}

async function defaultRef(input: InputContext): Promise<string> {
  const first = await input.findStored("1");
  if (!first) throw notFound("no article named and no stored articles to show (see 'newsread list')");
  return first.id;
}

/** marked's lexer is loaded only when an article is Markdown. */
async function parseMarkdown(text: string, id: string): Promise<Article> {
  const { Lexer } = await import("marked");
  return parseMarkdownText(text, id, (source) => Lexer.lex(source));
}
