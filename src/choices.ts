import type { QuoteFormat } from "./commands/quotes.js";
import type { Format } from "./render/index.js";

/**
 * The values of --format for `show` and `quotes`, for the command definitions. Kept here, apart from
 * the renderers that define the types, so that defining the commands (on every run, for `list` and
 * `search` too) does not load the renderers; the checks below fail to compile if the lists and the
 * types ever differ.
 */
export const FORMAT_CHOICES = ["ansi", "text", "markdown", "json"] as const satisfies readonly Format[];
export const QUOTE_FORMAT_CHOICES = ["ansi", "text", "tsv", "json"] as const satisfies readonly QuoteFormat[];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const formatsComplete: Same<(typeof FORMAT_CHOICES)[number], Format> = true;
const quoteFormatsComplete: Same<(typeof QUOTE_FORMAT_CHOICES)[number], QuoteFormat> = true;
void formatsComplete;
void quoteFormatsComplete;
