import type { Article } from "../article.js";
import type { Summary } from "../summary.js";

/** One JSON object on one line, so several articles make a stream a program reads line by line. */
export function renderJson(value: Article | Summary): string {
  return JSON.stringify(value) + "\n";
}
