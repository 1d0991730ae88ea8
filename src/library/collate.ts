/**
 * Headlines A to Z as a reader sorts them: accents and case aside, numbers by their value ("9
 * lives" before "10 things"), leading quotation marks and punctuation passed over. (SQLite compares
 * code units: "Éclair" after "Zulu", "10" before "9".) Each headline's key is made once and the
 * keys compared as code units: a locale's collator compares thousands of times slower, and would
 * make the order depend on the machine's locale, which scripts reading the listing should not.
 */
export function headlineSortKey(headline: string): string {
  // Most headlines are ASCII: the Unicode patterns, slower to compile and run, are for the others.
  const folded = NON_ASCII.test(headline)
    ? headline.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/^[^\p{L}\p{N}]+/u, "")
    : headline.toLowerCase().replace(/^[^a-z0-9]+/, "");
  return /\d/.test(folded) ? folded.replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, "").padStart(DIGITS, "0")) : folded;
}
const NON_ASCII = /[^\x00-\x7f]/;
/** Numbers are compared by value up to this many digits. */
const DIGITS = 16;

/** Two headlines by their sort keys, made once each (see headlineSortKey). */
export function headlineComparer(): (a: string, b: string) => number {
  const keys = new Map<string, string>();
  const keyOf = (headline: string): string => {
    let key = keys.get(headline);
    if (key === undefined) {
      key = headlineSortKey(headline);
      keys.set(headline, key);
    }
    return key;
  };
  return (a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}
