/** Stored ids: readable, stable, safe as file names, never mistaken for a list number. */

export const MAX_ID_LENGTH = 60;

/**
 * The list number a reference names, or undefined when it names none: not digits alone, or more
 * than any library can hold (beyond 2^53 a number is no longer exact, and SQLite takes it as a float).
 */
export function listNumberOf(ref: string): number | undefined {
  if (!/^[1-9]\d*$/.test(ref)) return undefined;
  const number = Number(ref);
  return Number.isSafeInteger(number) ? number : undefined;
}

/**
 * A readable id from a headline: lower case, letters and digits of any script (Latin diacritics
 * dropped), words joined by "-", cut at a word boundary to at most MAX_ID_LENGTH characters. An id of
 * digits alone would read as a list number, so it gets an "article-" prefix; nothing usable gives
 * "article".
 */
export function slugify(headline: string): string {
  const words = headline
    .normalize("NFKD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1") // é -> e, but not a mark that is part of a letter elsewhere (で)
    .normalize("NFC")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_ID_LENGTH) {
      if (!slug) slug = word.slice(0, MAX_ID_LENGTH);
      break;
    }
    slug = next;
  }
  if (!slug) return "article";
  return /^\d+$/.test(slug) ? `article-${slug}` : slug;
}

/** `base`, else `base-2`, `base-3`, ...: the first that `taken` does not claim. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** Why an id given with --id cannot be used, or undefined when it can. */
export function invalidIdReason(id: string): string | undefined {
  if (id.length === 0) return "an id cannot be empty";
  if (id.length > 100) return "an id can have at most 100 characters";
  if (/^\d+$/.test(id)) return "an id of digits alone would read as a list number";
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(id)) return "an id starts with a letter or digit and has only letters, digits, '.', '_' and '-'";
  if (/\.(txt|md)$/i.test(id)) return "an id has no .txt or .md extension (the file gets one)";
  return undefined;
}
