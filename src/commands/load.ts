import type { Article } from "../article.js";
import { failTogether, notFound, UserError } from "../errors.js";
import { loadArticle, refuseStdinTwice, type ArticleSource, type InputContext } from "../input.js";
import { parseArticle } from "../parse/index.js";
import { parseMarkdownText } from "../parse/markdown.js";

/** Read and parse every article named, or the first stored one when none is. */
export async function loadArticles(refs: readonly string[], input: InputContext): Promise<Article[]> {
  refuseStdinTwice(refs);
  const named = refs.length > 0 ? refs : [await defaultRef(input)];
  const articles: Article[] = [];
  const failures: UserError[] = [];
  for (const ref of named) {
    let source: ArticleSource;
    try {
      source = await loadArticle(ref, input);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failures.push(error);
      continue;
    }
    // Parsed only while nothing has failed: the output is all or nothing.
    if (failures.length === 0) articles.push(source.markdown ? await parseMarkdown(source.text, source.id) : parseArticle(source.text, source.id));
  }
  // Every argument that cannot be read is named, a line each, as `add` names them.
  failTogether(failures, input.notice);
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
