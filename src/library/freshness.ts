/**
 * When the derived index no longer matches the article files (pure). A folder's modification time
 * changes whenever a file in it is created, removed or renamed (newsread's own writes, a file copied
 * in by hand, an editor that saves by replacing the file), so one stat of the folder tells whether
 * anything needs looking at; only then is every file's size and modification time compared.
 */

/** A file as the index last saw it, or as it is on disk now. */
export interface FileStamp {
  name: string;
  size: number;
  /** Modification time in nanoseconds, as a decimal string (exact, unlike a float of milliseconds). */
  mtimeNs: string;
}

export interface FileChanges {
  added: FileStamp[];
  changed: FileStamp[];
  removed: string[];
}

const ARTICLE_FILE = /^[^.].*\.(txt|md)$/is; // s: a name may hold a line end (it is shown escaped)

/** Article files are `.txt` and `.md` files; hidden files (the index's own folder, editors' swap files) are not. */
export function isArticleFile(name: string): boolean {
  return ARTICLE_FILE.test(name);
}

/** What to index, re-index and forget to bring `indexed` up to `onDisk`. */
export function fileChanges(indexed: ReadonlyMap<string, Omit<FileStamp, "name">>, onDisk: readonly FileStamp[]): FileChanges {
  const changes: FileChanges = { added: [], changed: [], removed: [] };
  const seen = new Set<string>();
  for (const file of onDisk) {
    seen.add(file.name);
    const known = indexed.get(file.name);
    if (!known) changes.added.push(file);
    else if (known.size !== file.size || known.mtimeNs !== file.mtimeNs) changes.changed.push(file);
  }
  for (const name of indexed.keys()) if (!seen.has(name)) changes.removed.push(name);
  return changes;
}

export function hasChanges(changes: FileChanges): boolean {
  return changes.added.length + changes.changed.length + changes.removed.length > 0;
}

/**
 * Whether the folder stamp recorded in the index can be trusted to show the next change. File times
 * have a coarse tick: a file created in the same tick as the recording leaves the folder's time as
 * recorded. A stamp recorded within `marginMs` of the folder's time is "racy" (as Git calls it), and
 * the next run looks at the file names once more before trusting it.
 */
export function isRacy(folderMtimeNs: bigint, recordedAtMs: number, marginMs = 2000): boolean {
  return BigInt(Math.floor(recordedAtMs)) * 1_000_000n - folderMtimeNs < BigInt(marginMs) * 1_000_000n;
}
