import type { Article, Quote } from "../article.js";
import { signatureLine, trailingSignature } from "../parse/signature.js";

/** A paragraph that was a block quote opens one, or continues the one of the paragraph above. */
export type BlockQuoteRole = "opens" | "continues";

/**
 * Which paragraphs of an article were block quotes, for Markdown output to write them as block
 * quotes again: as a plain paragraph, a quotation without quotation marks reads back as no quote.
 * The Article keeps no block quotes, but tells them apart: such a quote is one whose words open
 * its paragraph (any other quote's words follow a quotation mark), followed by nothing or by the
 * signature naming its speaker. A block quote's last paragraph signs it, so the paragraphs of one
 * are kept together: a paragraph continues the block quote above it when that one's last
 * paragraph is all quote by the same speaker; so does a signature line naming that speaker, which
 * closes it. Paragraphs with quotation marks of their own, which read back the same in a block
 * quote or out of one, join it when a paragraph after them continues it, or when its last
 * paragraph could not end it (it would be read as a signature).
 * Indexed [section][paragraph]; undefined for a paragraph written as a paragraph.
 */
export function blockQuoteRoles(article: Article): (BlockQuoteRole | undefined)[][] {
  const quotes = quotesByParagraph(article);
  return article.sections.map((section, sectionIndex) => {
    const roles: (BlockQuoteRole | undefined)[] = section.paragraphs.map(() => undefined);
    // The block quote the paragraphs above belong to, while another may join it.
    let open: { speaker: string | null; canEnd: boolean } | null = null;
    let waiting: number[] = []; // paragraphs with quotation marks of their own since its last one
    const join = (paragraph: number | null, role: BlockQuoteRole): void => {
      if (role === "continues") for (const w of waiting) roles[w] = "continues";
      if (paragraph !== null) roles[paragraph] = role;
      waiting = [];
    };
    const close = (): void => {
      // An unsigned block quote whose last paragraph reads as a signature had more paragraphs after it.
      if (open?.canEnd === false) join(null, "continues");
      open = null;
      waiting = [];
    };
    section.paragraphs.forEach((text, paragraph) => {
      const here = quotes[sectionIndex]?.[paragraph] ?? [];
      const own = here.find((quote) => isBlockQuote(text, quote));
      const speaker = open?.speaker ?? null;
      if (own) {
        if (open !== null && open.speaker === own.speaker) join(paragraph, "continues");
        else {
          close();
          join(paragraph, "opens");
        }
        open = text === own.text ? { speaker: own.speaker, canEnd: own.speaker !== null || !readsAsSigned(text) } : null;
      } else if (speaker !== null && (signatureLine(text) === speaker || trailingSignature(text)?.speaker === speaker)) {
        join(paragraph, "continues");
        open = null;
      } else if (open !== null && here.length > 0) waiting.push(paragraph);
      else close();
    });
    close();
    return roles;
  });
}

/** Whether a block quote ending with this paragraph would be read as signed by it. */
function readsAsSigned(text: string): boolean {
  return signatureLine(text) !== null || trailingSignature(text) !== null;
}

/** Whether the paragraph is the quote's words alone, or its words and the signature naming its speaker. */
function isBlockQuote(text: string, quote: Quote): boolean {
  if (quote.text === "" || !text.startsWith(quote.text)) return false;
  if (text === quote.text) return true;
  const signature = trailingSignature(text);
  return signature !== null && signature.speaker === quote.speaker && text.slice(0, signature.at).trim() === quote.text;
}

function quotesByParagraph(article: Article): Quote[][][] {
  const bySection: Quote[][][] = article.sections.map(() => []);
  for (const quote of article.quotes) ((bySection[quote.section] ??= [])[quote.paragraph] ??= []).push(quote);
  return bySection;
}
