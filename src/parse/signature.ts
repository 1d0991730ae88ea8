/**
 * A block quote's signature, as Markdown articles write one: "— Jane Doe" on a line of its own, or
 * after the words ("... . — Jane Doe, mayor"). The speaker is the name before any comma. Read by the
 * Markdown parser, and by the Markdown renderer to write such a quote back as a block quote.
 */
const SIGNATURE_LINE = /^(?:—|–|--)\s*([^—–\n]{2,80})$/u;
const TRAILING_SIGNATURE = /\s(?:—|–|--)\s*([^—–\n]{2,80})$/u;

/** Who signs with this line; null when it is not a signature. */
export function signatureLine(text: string): string | null {
  const signature = SIGNATURE_LINE.exec(text)?.[1];
  return signature ? nameOf(signature) : null;
}

/** The signature closing these words: where it starts and who it names; null when they have none. */
export function trailingSignature(text: string): { at: number; speaker: string } | null {
  const match = TRAILING_SIGNATURE.exec(text);
  return match?.[1] ? { at: match.index, speaker: nameOf(match[1]) } : null;
}

function nameOf(signature: string): string {
  return signature.split(",")[0]?.trim() ?? signature;
}
