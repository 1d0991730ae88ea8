import { printableName } from "../render/sanitize.js";
import { openLibrary } from "../store.js";

/**
 * `newsread rm ID...`: remove articles from the library by id (not by list number: numbers of the
 * articles after a removed one move up, so a script removing "3" twice would remove two articles).
 * All or nothing: an unknown or bundled id stops it before anything is removed.
 */
export async function rmCommand(ids: readonly string[], seedsDir: string, libraryDir: string): Promise<string> {
  const library = await openLibrary(seedsDir, libraryDir, { create: false });
  try {
    const removed = await library.remove(ids);
    return removed.map((a) => `removed ${printableName(a.id)}\n`).join("");
  } finally {
    library.close();
  }
}
