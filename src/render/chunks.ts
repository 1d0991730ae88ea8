/**
 * Pieces of output gathered into strings of about `size` characters. Each gathered string is one
 * flat object, so what is kept of a long output (or waits to be written) is a few hundred strings
 * rather than every block's pieces, which the garbage collector would otherwise copy about while
 * the rest is made.
 */
export function* gathered(pieces: Iterable<string>, size: number): Generator<string, void, undefined> {
  let pending: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= size) {
      yield pending.join("");
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join("");
}
