import { readdir } from "node:fs/promises";
import path from "node:path";

/** An article newsread keeps: a bundled seed or a file in the user's library folder. */
export interface StoredArticle {
  id: string;
  path: string;
  bundled: boolean;
}

const ARTICLE_EXTENSIONS = new Set([".txt", ".md"]);

/** The library folder: $NEWSREAD_HOME, else $XDG_DATA_HOME/newsread, else ~/.local/share/newsread. */
export function libraryDir(env: Readonly<Record<string, string | undefined>>, homeDir: string): string {
  if (env.NEWSREAD_HOME) return env.NEWSREAD_HOME;
  if (env.XDG_DATA_HOME) return path.join(env.XDG_DATA_HOME, "newsread");
  return path.join(homeDir, ".local", "share", "newsread");
}

/** Bundled articles first, then the library's, each in name order; ids already taken are skipped. */
export async function listStored(seedsDir: string, library: string): Promise<StoredArticle[]> {
  const stored: StoredArticle[] = [];
  const seen = new Set<string>();
  for (const [dir, bundled] of [[seedsDir, true], [library, false]] as const) {
    for (const name of await articleFiles(dir)) {
      const id = path.basename(name, path.extname(name));
      if (seen.has(id)) continue;
      seen.add(id);
      stored.push({ id, path: path.join(dir, name), bundled });
    }
  }
  return stored;
}

/** A stored article by id or by its 1-based number in the listing. */
export function findStored(stored: readonly StoredArticle[], ref: string): StoredArticle | undefined {
  const byId = stored.find((a) => a.id === ref);
  if (byId) return byId;
  if (/^[1-9]\d*$/.test(ref)) return stored[Number(ref) - 1];
  return undefined;
}

async function articleFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase()))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    // A library folder that does not exist yet is simply empty.
    if (isErrnoException(error) && (error.code === "ENOENT" || error.code === "ENOTDIR")) return [];
    throw error;
  }
}

export function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && "code" in error;
}
