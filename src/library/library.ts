import { existsSync, linkSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "../article.js";
import { decodeArticleBytes } from "../decode.js";
import { isMarkdownArticle, readArticleBytes } from "../input.js";
import { errnoCode, libraryNotWritable, notFound, nothingToAdd, refused, UserError, usageError } from "../errors.js";
import { headlineComparer } from "./collate.js";
import { deniedOrAsIs, folderStamps, INDEX_DIR, INDEX_FILE, indexDir, isFolder, makeFolder, type FolderStamps } from "./folders.js";
import { fileChanges, isArticleFile, isRacy, type FileStamp } from "./freshness.js";
import type { ListingStamp } from "./listing-cache.js";
import { isBlankText, normalizeText } from "../parse/normalize.js";
import { findByShownName } from "../render/sanitize.js";
import { pairedForIndex } from "../text/cjk.js";
import { makeSnippet, matchExpression, parseQuery, speakerMatcher, termMatcher, wantedParts, type Snippet } from "./query.js";
import { listNumberOf, slugify, uniqueId } from "./slug.js";
import { isCorruption, isReadOnly, openDatabase, type Database } from "./sqlite.js";

/**
 * The article library. Articles are plain files: the bundled seeds and the `.txt`/`.md` files of the
 * library folder. Everything else (headline, counts, added date, the full-text index) is derived from
 * them into one SQLite database, `<library>/.newsread/index.db`, checked against the files on every
 * run and rebuilt when missing, stale, from another version, or corrupt.
 */

export { INDEX_DIR, INDEX_FILE };
// 2: Markdown articles are indexed as `show` reads them (through marked), not as plain text.
// 3: the listing order's index holds the listing's columns, so a listing never reads the table.
// 4: Chinese and Japanese are indexed as pairs of characters (cjk.ts).
const SCHEMA_VERSION = 4;
/** Libraries up to this many articles are checked file by file on every run (see isLarge). */
export const FILE_CHECK_LIMIT = 2000;
/** How long to wait for another newsread process's write (eight adds of a thousand files at once). */
const LOCK_TIMEOUT_MS = 120_000;
/** `add` writes an article to `<library>/.newsread/tmp-<random>` first, then links it to its name. */
const TEMP_PREFIX = "tmp-";
/**
 * A temporary file untouched for this long was left by an add that was killed: a running add
 * removes its own within milliseconds, and makes them only while it holds the write lock.
 */
const ORPHAN_TEMP_AGE_MS = 10 * 60_000;

/** An article in the library, numbered as `newsread list` numbers it. */
export interface LibraryArticle {
  /** 1-based: bundled articles by id, then the library's in the order they were added. */
  number: number;
  id: string;
  path: string;
  bundled: boolean;
  /** When it was added (milliseconds since the epoch); null for bundled articles. */
  added: number | null;
  headline: string;
  words: number;
  quotes: number;
}

export interface SearchHit extends LibraryArticle {
  /** Higher is more relevant (the engine's BM25, negated). */
  score: number;
  snippet: Snippet;
}

export interface SearchResult {
  /** How many articles match; undefined when not asked for (counting them is a second pass over the matches). */
  total: number | undefined;
  hits: SearchHit[];
}

/** An article to add: its text, where it came from, and whether it is Markdown (kept as `.md`). */
export interface AddItem {
  text: string;
  source: string;
  markdown: boolean;
}

export interface AddResult {
  source: string;
  id: string;
  /** "exists": the same text was already stored, under `id`. */
  status: "added" | "exists";
  headline: string;
}

export interface OpenOptions {
  /** Create the library folder when missing (for add); otherwise a missing folder is simply empty. */
  create: boolean;
  /** Told before a long rebuild, e.g. to say so on a terminal. */
  notice?: (message: string) => void;
  /** The clock (tests pass their own). */
  now?: () => number;
}

export interface Tools {
  /** Plain text or Markdown to an Article, as `show` parses it, so the listing's facts agree with it. */
  parse: (text: string, id: string, markdown: boolean) => Article;
  hash: (text: string) => string;
  random: () => string;
}

interface Row {
  rowid: number;
  id: string;
  file: string;
  bundled: number;
  added: number | null;
  headline: string;
  words: number;
  quotes: number;
}

export interface Doc {
  /** The parser found no text in it (listed as "(empty)"). */
  empty: boolean;
  headline: string;
  words: number;
  quotes: number;
  body: string;
  quoteText: string;
  speakers: string;
  quotesJson: string;
  hash: string;
}

export type ListingSort = "added" | "number" | "id" | "headline" | "words" | "quotes";

/** What `newsread list` asks for: an order, flipped or not, and at most how many. */
export interface ListingOrder {
  sort: ListingSort;
  reverse: boolean;
  limit: number | undefined;
}

/** Each order as columns and whether descending; --reverse flips them all. */
const LISTING_ORDER: Record<Exclude<ListingSort, "headline">, [column: string, descending: boolean][]> = {
  added: [["number", true]], // numbers follow the order added, so newest first is highest number first
  number: [["number", false]],
  id: [["id", false]],
  words: [["words", true], ["number", false]],
  quotes: [["quotes", true], ["number", false]],
};

const ROW_COLUMNS = "a.rowid AS rowid, a.id AS id, a.file AS file, a.bundled AS bundled, a.added AS added, a.headline AS headline, a.words AS words, a.quotes AS quotes";

/**
 * A row of ROW_COLUMNS read as an array: for listings of thousands of rows, better-sqlite3 makes
 * an object per row several times slower than this does.
 */
function rowOf(values: unknown[]): Row {
  const [rowid, id, file, bundled, added, headline, words, quotes] = values as [number, string, string, number, number | null, string, number, number];
  return { rowid, id, file, bundled, added, headline, words, quotes };
}
const CANONICAL_ORDER = "ORDER BY a.bundled DESC, a.added, a.id";

const SCHEMA = `
CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  file TEXT NOT NULL,
  bundled INTEGER NOT NULL,
  size INTEGER NOT NULL,
  mtime TEXT NOT NULL,
  hash TEXT NOT NULL,
  added INTEGER,
  headline TEXT NOT NULL,
  words INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  quotes_json TEXT NOT NULL
);
CREATE INDEX articles_order ON articles (bundled DESC, added, id, file, headline, words, quotes);
CREATE INDEX articles_hash ON articles (hash);
CREATE VIRTUAL TABLE fts USING fts5 (headline, body, quotes, speakers, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');
`;

export class Library {
  private constructor(
    private db: Database,
    private readonly seedsDir: string,
    private readonly dir: string,
    /** The index file, or undefined for an index in memory (no library folder, or not writable). */
    private readonly indexFile: string | undefined,
    private readonly options: OpenOptions,
    /** Why an index in memory is not on disk: what add and rm say when they cannot write. */
    private readonly notWritable = `${dir}: the library folder is not writable`,
  ) {
    this.seedsPrefix = path.join(seedsDir, path.sep);
    this.libraryPrefix = path.join(dir, path.sep);
  }

  /** Folder paths ending in a separator: a file's path is one concatenation (thousands per `list`). */
  private readonly seedsPrefix: string;
  private readonly libraryPrefix: string;

  /** Open the library, bringing its index up to date with the files first. */
  static async open(seedsDir: string, dir: string, options: OpenOptions): Promise<Library> {
    if (!isFolder(dir) && options.create) {
      try {
        makeFolder(dir);
      } catch (error) {
        throw libraryNotWritable(`${dir}: cannot create the library folder: ${systemReason(error)}`);
      }
    }
    let notWritable: string | undefined;
    if (isFolder(dir)) {
      notWritable = Library.makeIndexDir(dir);
      if (notWritable === undefined) {
        try {
          return await Library.openIndex(seedsDir, dir, path.join(indexDir(dir), INDEX_FILE), options);
        } catch (error) {
          if (!isReadOnly(error)) throw error;
          const indexFile = path.join(indexDir(dir), INDEX_FILE);
          // SQLite says only that it cannot open the file; a folder in its place is the likelier cause than permissions.
          notWritable = isFolder(indexFile)
            ? `${indexFile}: the library's index is a folder, not a file (move it away, and newsread rebuilds the index)`
            : `${dir}: the library folder is not writable: ${systemReason(error)}`;
        }
      }
      if (options.create) throw libraryNotWritable(notWritable);
      // A library we may read but not index on disk: index it in memory for this run.
    }
    const library = new Library(openDatabase(":memory:", {}), seedsDir, dir, undefined, options, notWritable);
    library.db.exec(SCHEMA);
    await library.refresh();
    return library;
  }

  /** Make the index's folder; undefined when it is there, else why it cannot be (a file with its name, a folder not writable). */
  private static makeIndexDir(dir: string): string | undefined {
    try {
      makeFolder(indexDir(dir));
      return undefined;
    } catch (error) {
      return isReadOnly(error) ? `${dir}: the library folder is not writable: ${systemReason(error)}` : `${indexDir(dir)}: cannot create the index folder: ${systemReason(error)}`;
    }
  }

  private static async openIndex(seedsDir: string, dir: string, indexFile: string, options: OpenOptions): Promise<Library> {
    for (let attempt = 0; ; attempt++) {
      let library: Library | undefined;
      try {
        library = new Library(openDatabase(indexFile, { timeout: LOCK_TIMEOUT_MS }), seedsDir, dir, indexFile, options);
        library.prepareSchema();
        await library.refresh();
        return library;
      } catch (error) {
        library?.db.close();
        if (attempt > 0 || !isCorruption(error)) throw error;
        removeIndexFiles(indexFile); // corrupt: start again from the article files
      }
    }
  }

  close(): void {
    this.db.close();
  }

  /** Every article, bundled first, then the library's in the order added: list numbers are positions here. */
  async articles(): Promise<LibraryArticle[]> {
    return this.listing({ sort: "number", reverse: false, limit: undefined });
  }

  /**
   * Articles in the order asked for, at most `limit`: sorted and cut by SQLite, so `list --limit 20`
   * of a large library builds 20 objects, not all of them. Numbers are the canonical ones whatever the order.
   */
  async listing(order: ListingOrder): Promise<LibraryArticle[]> {
    const limit = order.limit ?? -1;
    return this.recovering(() => {
      if (order.sort === "added" || order.sort === "number") {
        // The canonical order itself, read along its index from either end: numbers are positions.
        const descending = (order.sort === "added") !== order.reverse;
        const total = this.db.prepare("SELECT count(*) FROM articles").pluck().get() as number;
        const direction = descending ? "a.bundled ASC, a.added DESC, a.id DESC" : "a.bundled DESC, a.added ASC, a.id ASC";
        const rows = (this.db.prepare(`SELECT ${ROW_COLUMNS} FROM articles a ORDER BY ${direction} LIMIT ?`).raw().all(limit) as unknown[][]).map(rowOf);
        return rows.map((row, i) => this.toArticle(row, descending ? total - i : i + 1));
      }
      if (order.sort === "headline") {
        // A-Z as a reader sorts (collate.ts), which SQLite cannot: every headline is read and sorted
        // here. This order is asked for rarely, and a library's headlines are few enough.
        const sql = `SELECT ${ROW_COLUMNS}, row_number() OVER (${CANONICAL_ORDER}) AS number FROM articles a`;
        const rows = (this.db.prepare(sql).raw().all() as unknown[][]).map((values) => ({ row: rowOf(values), number: values[8] as number }));
        const compare = headlineComparer();
        const direction = order.reverse ? -1 : 1;
        rows.sort((a, b) => direction * (compare(a.row.headline, b.row.headline) || a.number - b.number));
        return (limit >= 0 ? rows.slice(0, limit) : rows).map(({ row, number }) => this.toArticle(row, number));
      }
      const keys = LISTING_ORDER[order.sort].map(([column, descending]) => `${column} ${descending !== order.reverse ? "DESC" : "ASC"}`);
      if (limit >= 0 && limit <= 1000) {
        const canonical = keys.join(", ").replace("number ASC", "a.bundled DESC, a.added ASC, a.id ASC").replace("number DESC", "a.bundled ASC, a.added DESC, a.id DESC");
        const rows = this.db.prepare(`SELECT ${ROW_COLUMNS} FROM articles a ORDER BY ${canonical} LIMIT ?`).all(limit) as Row[];
        const numbers = this.numbersOf(rows);
        return rows.map((row) => this.toArticle(row, numbers.get(row.rowid) ?? 0));
      }
      const sql = `SELECT * FROM (SELECT ${ROW_COLUMNS}, row_number() OVER (${CANONICAL_ORDER}) AS number FROM articles a) ORDER BY ${keys.join(", ")} LIMIT ?`;
      const rows = this.db.prepare(sql).raw().all(limit) as unknown[][];
      return rows.map((values) => this.toArticle(rowOf(values), values[8] as number));
    });
  }

  /**
   * The article with this list number, else the one with this id: `show 3` is the line numbered 3
   * even if a file named `3.txt` was put in the folder by hand (ids newsread makes are never digits alone).
   */
  async find(ref: string): Promise<LibraryArticle | undefined> {
    return this.recovering(() => {
      const number = listNumberOf(ref);
      if (number !== undefined) {
        const byNumber = this.db.prepare(`SELECT ${ROW_COLUMNS} FROM articles a ${CANONICAL_ORDER} LIMIT 1 OFFSET ?`).get(number - 1) as Row | undefined;
        if (byNumber) return this.toArticle(byNumber, number);
      }
      const query = this.db.prepare(`SELECT ${ROW_COLUMNS} FROM articles a WHERE a.id = ?`);
      const byId = findByShownName(ref, (id) => query.get(id) as Row | undefined);
      return byId && this.toArticle(byId, this.numberOf(byId));
    });
  }

  /** Full-text search, best first; `speaker` narrows to articles quoting that person. */
  async search(query: string, speaker: string | undefined, limit: number, counting: { total: boolean } = { total: true }): Promise<SearchResult> {
    const match = matchExpression(query, speaker);
    if (match === undefined) {
      if (parseQuery(query).some((part) => part.excluded)) {
        throw usageError("nothing to search for: a word after '-' only leaves articles out; give words to look for too, or --speaker NAME");
      }
      throw usageError(speaker === undefined ? "nothing to search for: give words to look for, or --speaker NAME" : `nothing to search for: no words to look for, and no name in --speaker '${speaker}'`);
    }
    const found = await this.recovering(() => {
      // Ranked first, joined after: the articles' columns are read for the hits shown, not for every match.
      const rows = this.db
        .prepare(
          `SELECT ${ROW_COLUMNS}, a.quotes_json AS quotes_json, hit.rank AS rank ` +
            `FROM (SELECT rowid, bm25(fts, 10.0, 1.0, 3.0, 3.0) AS rank FROM fts WHERE fts MATCH ? ORDER BY rank, rowid LIMIT ?) hit ` +
            `JOIN articles a ON a.rowid = hit.rowid ORDER BY hit.rank, hit.rowid`,
        )
        .all(match, limit) as (Row & { quotes_json: string; rank: number })[];
      const total = rows.length < limit ? rows.length : counting.total ? (this.db.prepare("SELECT count(*) FROM fts WHERE fts MATCH ?").pluck().get(match) as number) : undefined;
      const numbers = this.numbersOf(rows);
      return { total, rows: rows.map((row) => ({ row, number: numbers.get(row.rowid) ?? 0 })) };
    });
    const matches = termMatcher(query, speaker);
    const hasWords = wantedParts(query).length > 0;
    // One matcher for every hit: it judges each speaker's name once, and the hits name the same people.
    const isSpeaker = hasWords ? undefined : speakerMatcher(speaker ?? "");
    // Snippets of Markdown articles come from their text as read, not from their markup.
    const tools = hasWords && found.rows.some(({ row }) => isMarkdownArticle(row.file, "")) ? await loadTools() : undefined;
    const readable = (file: string, id: string): string => {
      // Spaced and cleaned as the parser reads it: the title line then matches the headline, and no invisible character is shown.
      const text = normalizeText(this.readText(file));
      if (!tools || !isMarkdownArticle(file, text)) return text;
      return tools.parse(text, id, true).sections.flatMap((s) => [s.heading ?? "", ...s.paragraphs]).filter(Boolean).join("\n");
    };
    const hits = found.rows.map(({ row, number }): SearchHit => {
      const article = this.toArticle(row, number);
      const text = isSpeaker ? speakerQuotes(row.quotes_json, isSpeaker) : withoutTitle(readable(article.path, article.id), row.headline);
      return { ...article, score: Number((-row.rank).toPrecision(4)), snippet: makeSnippet(text, matches) };
    });
    return { total: found.total, hits };
  }

  /**
   * Store articles as files and index them. Same text as a stored article: nothing is written, and
   * the result names the id it has. One write transaction: concurrent adds wait for each other.
   */
  async add(items: readonly AddItem[], chosenId: string | undefined, progress?: (done: number, total: number) => void): Promise<AddResult[]> {
    if (!this.indexFile) throw libraryNotWritable(this.notWritable);
    const tools = await loadTools();
    // Parse before taking the write lock: other processes wait only for the writing.
    const docs = items.map((item) => {
      const doc = indexDocument(item.text, item.source, item.markdown, tools);
      // Markdown whose markup holds no text (a rule, an empty title, a comment): the parser finds no words, as in blank text.
      if (doc.empty) throw nothingToAdd(item.source);
      return { item, doc };
    });
    return this.recovering(() =>
      this.writing(tools, () => {
        const results: AddResult[] = [];
        const byHash = this.db.prepare("SELECT id FROM articles WHERE hash = ?").pluck();
        // After every article there is, even should the clock have gone back (or an index made before
        // the rule above hold a time ahead of it): an add never renumbers another.
        let added = (this.db.prepare("SELECT added FROM articles WHERE bundled = 0 AND added IS NOT NULL ORDER BY added DESC LIMIT 1").pluck().get() as number | undefined) ?? -Infinity;
        for (const [index, { item, doc }] of docs.entries()) {
          const existing = byHash.get(doc.hash) as string | undefined;
          if (existing !== undefined) {
            results.push({ source: item.source, id: existing, status: "exists", headline: doc.headline });
          } else {
            // Numbers follow the added times, then ids: a millisecond each keeps the order given.
            added = Math.max(this.now(), added + 1);
            const id = this.store(item, doc, chosenId, tools, added);
            results.push({ source: item.source, id, status: "added", headline: doc.headline });
          }
          progress?.(index + 1, docs.length);
        }
        return results;
      }),
    );
  }

  /** Remove library articles by id; all or none: an unknown id or a bundled one stops before any removal. */
  async remove(ids: readonly string[]): Promise<LibraryArticle[]> {
    const tools = await loadTools();
    const work = (): LibraryArticle[] => {
      const byId = this.db.prepare(`SELECT ${ROW_COLUMNS} FROM articles a WHERE a.id = ?`);
      let filesById: Map<string, string[]> | undefined;
      const rows = [...new Set(ids)].map((id) => {
        const row = findByShownName(id, (name) => byId.get(name) as Row | undefined);
        if (!row) throw notFound(`no article '${id}' in the library (rm takes ids: see 'newsread list')`);
        if (row.bundled) throw refused(`'${id}' is a bundled article and cannot be removed`);
        // Removing one would not remove the id: the next file with it would take it.
        filesById ??= groupedById(listArticleFiles(this.dir));
        const sharing = filesById.get(id) ?? [];
        if (sharing.length > 1) throw refused(`'${id}' is the id of more than one file (${sharing.join(", ")} in ${this.dir}): rename or remove all but one of them by hand`);
        return row;
      });
      if (!this.indexFile) throw libraryNotWritable(this.notWritable);
      const removed = rows.map((row) => this.toArticle(row, this.numberOf(row)));
      for (const row of rows) {
        try {
          unlinkSync(path.join(this.dir, row.file));
        } catch (error) {
          if (errorCode(error) !== "ENOENT") throw libraryNotWritable(`${path.join(this.dir, row.file)}: cannot remove: ${systemReason(error)}`);
        }
        this.deleteRow(row.rowid);
      }
      return removed;
    };
    return this.indexFile ? this.recovering(() => this.writing(tools, work)) : work();
  }

  // --- keeping the index in step with the files ---------------------------------------------

  private prepareSchema(): void {
    if (this.db.pragma("user_version", { simple: true }) === SCHEMA_VERSION) return;
    this.db.exec("BEGIN IMMEDIATE");
    try {
      if (this.db.pragma("user_version", { simple: true }) !== SCHEMA_VERSION) {
        // New, or made by another version of newsread: derived data, so start again.
        for (const name of this.db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'fts_%'").pluck().all()) {
          this.db.exec(`DROP TABLE IF EXISTS "${String(name)}"`);
        }
        this.db.exec(SCHEMA);
        this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
      }
      this.db.exec("COMMIT");
    } catch (error) {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      throw error;
    }
    this.db.pragma("journal_mode = WAL");
  }

  /**
   * Cheap when nothing changed: one stat of each folder, compared with what the index recorded. A
   * folder's time changes when a file in it is added, removed or renamed; then every file is compared.
   */
  private async refresh(): Promise<void> {
    const now = this.now();
    const stamps = this.folderStamps();
    const state = this.readState();
    const large = this.isLarge();
    if (state.seeds === stamps.seeds && state.library === stamps.library && (large || !this.filesChanged())) {
      const settled = !isRacy(BigInt(stamps.library || "0"), now);
      if (state.racy) {
        // Recorded in the same tick as a change could have been made: check the names once more.
        if (!this.namesMatch()) return this.writing(await loadTools());
        if (this.indexFile && settled) this.db.prepare("INSERT OR REPLACE INTO state (key, value) VALUES ('racy', '0')").run();
      }
      if (this.indexFile && large && settled && stamps.library !== "") this.current = { ...stamps, checkedAt: now };
      return;
    }
    this.writing(await loadTools());
  }

  /** Set when this run found the index current on its folder stamps alone (see currentStamp). */
  private current: ListingStamp | undefined;

  /**
   * The folder stamps this run found the index current with, when what is made from it may be kept
   * on the same terms (listing-cache.ts): an index on disk, of a library large enough to be checked
   * on its folders' times alone, with stamps not taken in the same tick as a change.
   */
  currentStamp(): ListingStamp | undefined {
    return this.current;
  }

  /**
   * A write transaction, which waits for any other process's: brought up to date with the files
   * first, then `work`, then the folder stamps after it (and whatever was changed by hand meanwhile).
   */
  private writing(tools: Tools): void;
  private writing<T>(tools: Tools, work: () => T): T;
  private writing<T>(tools: Tools, work?: () => T): T | undefined {
    this.db.exec("BEGIN IMMEDIATE");
    try {
      this.sweepOrphanTemps();
      this.sync(tools);
      let result: T | undefined;
      if (work) {
        result = work();
        this.sync(tools);
      }
      this.db.exec("COMMIT");
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      throw error;
    }
  }

  /**
   * Remove the temporary files of adds that were killed (a copy of an article's text, or of one
   * since removed). Run under the write lock, by which no other add can be writing one; the age
   * is a second guard, should a lock ever be missed (an index deleted while in use).
   */
  private sweepOrphanTemps(): void {
    if (!this.indexFile) return;
    const folder = indexDir(this.dir);
    const cutoff = this.now() - ORPHAN_TEMP_AGE_MS;
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.startsWith(TEMP_PREFIX)) continue;
      const file = path.join(folder, name);
      try {
        const stat = statSync(file, { throwIfNoEntry: false });
        // Its change time too, which no one can set back: it moves when the file is written, linked or touched.
        if (stat?.isFile() && Math.max(stat.mtimeMs, stat.ctimeMs) < cutoff) unlinkSync(file);
      } catch {
        // Gone already, or not ours to remove: the next write tries again.
      }
    }
  }

  /** Compare every article file with the index; index what is new or changed, forget what is gone. */
  private sync(tools: Tools): void {
    const stamps = this.folderStamps(); // before listing: a change made while we list shows next time
    const now = this.now();
    const known = this.db.prepare("SELECT rowid, id, file, bundled, size, mtime, added FROM articles").all() as (Row & { size: number; mtime: string })[];
    const holders = new Map(known.map((row) => [row.id, row as IdHolder]));
    const onDisk = { seeds: stampFiles(this.seedsDir), library: stampFiles(this.dir) };
    const work = [
      { bundled: 1, folder: this.seedsDir, files: onDisk.seeds },
      { bundled: 0, folder: this.dir, files: onDisk.library },
    ];
    const pending = work.map(({ bundled, folder, files }) => {
      const rows = new Map(known.filter((row) => row.bundled === bundled).map((row) => [row.file, row]));
      return { bundled, folder, rows, changes: fileChanges(new Map([...rows].map(([file, row]) => [file, { size: row.size, mtimeNs: row.mtime }])), files) };
    });
    const toIndex = pending.reduce((n, p) => n + p.changes.added.length + p.changes.changed.length, 0);
    if (toIndex >= 200) this.options.notice?.(`indexing ${toIndex} articles in ${this.dir} (once)…`);
    for (const { rows, changes } of pending) {
      for (const name of changes.removed) {
        const row = rows.get(name);
        if (row) {
          this.deleteRow(row.rowid);
          holders.delete(row.id);
        }
      }
    }
    for (const { bundled, folder, rows, changes } of pending) {
      for (const file of changes.changed) {
        const row = rows.get(file.name);
        if (!row) continue;
        this.deleteRow(row.rowid);
        const rowid = this.insertRow({ id: row.id, file: file.name, bundled, stamp: file, added: row.added, doc: readDocument(path.join(folder, file.name), row.id, tools) });
        holders.set(row.id, { rowid, bundled, file: file.name });
      }
      for (const file of changes.added) {
        const id = idOfFile(file.name);
        const holder = holders.get(id);
        if (holder && !outranks({ bundled, file: file.name }, holder)) continue;
        if (holder) this.deleteRow(holder.rowid);
        // A file's modification time is when it was added, except that no article is taken as added
        // later than when it was first indexed: a time ahead of the clock (a machine whose clock is
        // ahead, an archive, touch) would keep it the newest for good, and every later add would renumber it.
        const added = bundled ? null : Math.min(Number(BigInt(file.mtimeNs) / 1_000_000n), now);
        const rowid = this.insertRow({ id, file: file.name, bundled, stamp: file, added, doc: readDocument(path.join(folder, file.name), id, tools) });
        holders.set(id, { rowid, bundled, file: file.name });
      }
    }
    const racy = stamps.library !== "" && isRacy(BigInt(stamps.library), this.now());
    const setState = this.db.prepare("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)");
    setState.run("seeds", stamps.seeds);
    setState.run("library", stamps.library);
    setState.run("racy", racy ? "1" : "0");
  }

  /**
   * Write an article file under a new id (never over another file) and index it; returns the id.
   * The file's modification time is its added time, which a rebuilt index reads back.
   */
  private store(item: AddItem, doc: Doc, chosenId: string | undefined, tools: Tools, added: number): string {
    const extension = item.markdown ? ".md" : ".txt";
    const idTaken = this.db.prepare("SELECT 1 FROM articles WHERE id = ?").pluck();
    const taken = (id: string): boolean => idTaken.get(id) !== undefined || existsSync(path.join(this.dir, `${id}.txt`)) || existsSync(path.join(this.dir, `${id}.md`));
    if (chosenId !== undefined && taken(chosenId)) throw refused(`the id '${chosenId}' is already taken (see 'newsread list --ids')`);
    const temp = path.join(indexDir(this.dir), `${TEMP_PREFIX}${tools.random()}`);
    writeFileSync(temp, item.text);
    try {
      // Half a millisecond in: utimes takes seconds as a double, whose error could land a whole
      // millisecond's time in the one before (a rebuilt index reads it in whole milliseconds).
      const seconds = (added + 0.5) / 1000;
      utimesSync(temp, seconds, seconds);
      for (;;) {
        const id = chosenId ?? uniqueId(slugify(doc.headline), taken);
        const file = `${id}${extension}`;
        if (placeExclusively(temp, path.join(this.dir, file))) {
          const stat = statSync(path.join(this.dir, file), { bigint: true });
          this.insertRow({ id, file, bundled: 0, stamp: { name: file, size: Number(stat.size), mtimeNs: String(stat.mtimeNs) }, added, doc });
          return id;
        }
        if (chosenId !== undefined) throw refused(`the id '${chosenId}' is already taken (see 'newsread list --ids')`);
      }
    } finally {
      rmSync(temp, { force: true });
    }
  }

  /** Index an article; returns its rowid. */
  private insertRow(entry: { id: string; file: string; bundled: number; stamp: FileStamp; added: number | null; doc: Doc }): number {
    const { doc } = entry;
    const result = this.db
      .prepare("INSERT INTO articles (id, file, bundled, size, mtime, hash, added, headline, words, quotes, quotes_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .run(entry.id, entry.file, entry.bundled, entry.stamp.size, entry.stamp.mtimeNs, doc.hash, entry.added, doc.headline, doc.words, doc.quotes, doc.quotesJson);
    const indexed = [doc.headline, doc.body, doc.quoteText, doc.speakers].map(pairedForIndex);
    this.db.prepare("INSERT INTO fts (rowid, headline, body, quotes, speakers) VALUES (?, ?, ?, ?, ?)").run(result.lastInsertRowid, ...indexed);
    return Number(result.lastInsertRowid);
  }

  private deleteRow(rowid: number): void {
    this.db.prepare("DELETE FROM articles WHERE rowid = ?").run(rowid);
    this.db.prepare("DELETE FROM fts WHERE rowid = ?").run(rowid);
  }

  private readState(): { seeds: string; library: string; racy: boolean } {
    const rows = this.db.prepare("SELECT key, value FROM state").all() as { key: string; value: string }[];
    const state = new Map(rows.map((r) => [r.key, r.value]));
    return { seeds: state.get("seeds") ?? "?", library: state.get("library") ?? "?", racy: state.get("racy") !== "0" };
  }

  /** What the index records to know it is current. */
  private folderStamps(): FolderStamps {
    return folderStamps(this.seedsDir, this.dir);
  }

  /**
   * A file edited in place leaves its folder's time alone. A small library is cheap to check file by
   * file on every run, so there such edits show at once; a large one (where that would cost more than
   * the whole command) sees them when the folder next changes, or when its index is rebuilt.
   */
  private isLarge(): boolean {
    return this.db.prepare("SELECT 1 FROM articles WHERE bundled = 0 LIMIT 1 OFFSET ?").pluck().get(FILE_CHECK_LIMIT) !== undefined;
  }

  /** Whether a file of a small library changed or went (see isLarge). */
  private filesChanged(): boolean {
    const indexed = this.db.prepare("SELECT file, size, mtime FROM articles WHERE bundled = 0").all() as { file: string; size: number; mtime: string }[];
    const changes = fileChanges(new Map(indexed.map((r) => [r.file, { size: r.size, mtimeNs: r.mtime }])), stampFiles(this.dir));
    // New files change the folder's time; what is left to see here is a file changed or gone.
    return changes.changed.length + changes.removed.length > 0;
  }

  private namesMatch(): boolean {
    const names = new Set(listArticleFiles(this.dir));
    const indexed = this.db.prepare("SELECT file FROM articles WHERE bundled = 0").pluck().all() as string[];
    // Files skipped for a clashing id are on disk but not indexed: compare what is indexed only.
    return indexed.every((file) => names.has(file)) && names.size === indexed.length;
  }

  /** The article's number: its position in the canonical order. */
  private numberOf(row: Row): number {
    return this.numbersOf([row]).get(row.rowid) ?? 0;
  }

  /**
   * Numbers of a few articles (search hits, a limited listing): their positions in the canonical
   * order. An index can count the rows in a range of it but not tell a row's position, so the
   * articles are taken in that order and the rows between each and the one before are counted: one
   * pass over the index up to the last of them, in SQLite, instead of every rowid read into JavaScript.
   */
  private numbersOf(rows: readonly Row[]): Map<number, number> {
    if (rows.length === 0) return new Map();
    if (!this.onlyBundledUndated()) return this.numbersByReading(rows);
    const ordered = this.db
      .prepare(`SELECT a.rowid, a.bundled, a.added, a.id FROM articles a WHERE a.rowid IN (SELECT value FROM json_each(?)) ${CANONICAL_ORDER}`)
      .raw()
      .all(JSON.stringify(rows.map((r) => r.rowid))) as [rowid: number, bundled: number, added: number, id: string][];
    // Undated, bundled articles come first, by id; then the library's, by date added and id.
    const bundledBefore = this.db.prepare("SELECT count(*) FROM articles WHERE bundled = 1 AND id < ?").pluck();
    const datedBefore = this.db.prepare("SELECT count(*) FROM articles WHERE bundled = 0 AND (added, id) < (?, ?)").pluck();
    const datedBetween = this.db.prepare("SELECT count(*) FROM articles WHERE bundled = 0 AND (added, id) > (?, ?) AND (added, id) < (?, ?)").pluck();
    const numbers = new Map<number, number>();
    let previous: { added: number; id: string; number: number } | undefined;
    for (const [rowid, bundled, added, id] of ordered) {
      if (bundled === 1) {
        numbers.set(rowid, (bundledBefore.get(id) as number) + 1);
        continue;
      }
      const before = previous
        ? previous.number + (datedBetween.get(previous.added, previous.id, added, id) as number)
        : (this.db.prepare("SELECT count(*) FROM articles WHERE bundled = 1").pluck().get() as number) + (datedBefore.get(added, id) as number);
      previous = { added, id, number: before + 1 };
      numbers.set(rowid, before + 1);
    }
    return numbers;
  }

  /**
   * Whether bundled articles, and only they, have no added date: what every index newsread writes
   * holds, and what numbersOf's counting relies on. Index lookups only.
   */
  private onlyBundledUndated(): boolean {
    const exceptions = ["bundled = 0 AND added IS NULL", "bundled = 1 AND added IS NOT NULL"];
    return this.db.prepare(`SELECT NOT (${exceptions.map((where) => `EXISTS (SELECT 1 FROM articles WHERE ${where})`).join(" OR ")})`).pluck().get() === 1;
  }

  /** numbersOf for any index: positions in one read of the canonical order's covering index. */
  private numbersByReading(rows: readonly Row[]): Map<number, number> {
    const numbers = new Map<number, number>();
    const order = this.db.prepare(`SELECT a.rowid FROM articles a ${CANONICAL_ORDER}`).pluck().all() as number[];
    // indexOf searches natively; a loop over thousands of rowids would run in the interpreter (it runs once a process).
    for (const { rowid } of rows) {
      const at = order.indexOf(rowid);
      if (at >= 0) numbers.set(rowid, at + 1);
    }
    return numbers;
  }

  private toArticle(row: Row, number: number): LibraryArticle {
    return {
      number,
      id: row.id,
      path: (row.bundled ? this.seedsPrefix : this.libraryPrefix) + row.file,
      bundled: row.bundled === 1,
      added: row.added,
      headline: row.headline,
      words: row.words,
      quotes: row.quotes,
    };
  }

  private readText(file: string): string {
    try {
      return decodeArticleBytes(readArticleBytes(file), file);
    } catch {
      return "";
    }
  }

  /** Run a query; if the index turns out corrupt, rebuild it from the files and run it again. */
  private async recovering<T>(work: () => T): Promise<T> {
    try {
      return work();
    } catch (error) {
      if (!this.indexFile || !isCorruption(error)) throw error;
      this.db.close();
      removeIndexFiles(this.indexFile);
      this.db = openDatabase(this.indexFile, { timeout: LOCK_TIMEOUT_MS });
      this.prepareSchema();
      this.writing(await loadTools());
      return work();
    }
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

let loadedTools: Tools | undefined;

/** The parser and hashing, loaded only when something has to be indexed. */
export async function loadTools(): Promise<Tools> {
  if (loadedTools) return loadedTools;
  const [parse, crypto] = await Promise.all([loadParser(), import("node:crypto")]);
  loadedTools = {
    parse,
    hash: (text) => crypto.createHash("sha256").update(text).digest("hex"),
    random: () => crypto.randomBytes(8).toString("hex"),
  };
  return loadedTools;
}

/** The parser alone, for plain text and Markdown: what reading an article's listing facts needs. */
export async function loadParser(): Promise<Tools["parse"]> {
  const [{ parseArticle }, { parseMarkdownText }, { Lexer }] = await Promise.all([import("../parse/index.js"), import("../parse/markdown.js"), import("marked")]);
  return (text, id, markdown) => (markdown ? parseMarkdownText(text, id, (source) => Lexer.lex(source)) : parseArticle(text, id));
}

/** What a listing shows of an article. */
export type ListingFacts = Pick<Doc, "headline" | "words" | "quotes">;

/** An article file's document; one that cannot be read is listed all the same, so that it can be found and removed. */
export function readDocument(file: string, id: string, tools: Tools): Doc {
  const read = readArticleText(file);
  if ("unreadable" in read) return { ...indexDocument("", id, false, tools), headline: `(${read.unreadable})` };
  try {
    return indexDocument(read.text, id, isMarkdownArticle(file, read.text), tools);
  } catch (error) {
    // One file the parser fails on must not stop the library listing and searching the others
    // (every command refreshes the index); `show` reports the failure itself.
    return { ...indexDocument("", id, false, tools), headline: `(${unparsed(error)})`, hash: tools.hash(normalizedText(read.text)) };
  }
}

/** An article file's listing facts alone, as readDocument gives them. */
export function readListingFacts(file: string, id: string, parse: Tools["parse"]): ListingFacts {
  const read = readArticleText(file);
  if ("unreadable" in read) return { ...listingFacts(undefined), headline: `(${read.unreadable})` };
  try {
    return listingFacts(parsed(read.text, id, isMarkdownArticle(file, read.text), parse).article);
  } catch (error) {
    return { ...listingFacts(undefined), headline: `(${unparsed(error)})` };
  }
}

function unparsed(error: unknown): string {
  return `could not be parsed: ${error instanceof Error ? error.message : String(error)}`;
}

function readArticleText(file: string): { text: string } | { unreadable: string } {
  try {
    return { text: decodeArticleBytes(readArticleBytes(file), file) };
  } catch (error) {
    // `show` says what is wrong with it.
    return { unreadable: error instanceof UserError ? "not a text article" : `unreadable: ${errorCode(error)}` };
  }
}

/**
 * The text with its line ends and outer space made uniform (what the hash is of), and its article:
 * none without text, judged as `show` and `add` judge it (a file of zero-width spaces is empty).
 */
function parsed(text: string, id: string, markdown: boolean, parse: Tools["parse"]): { normalized: string; article: Article | undefined } {
  const normalized = normalizedText(text);
  const article = isBlankText(normalized) ? undefined : parse(text, id, markdown);
  return { normalized, article: article && hasText(article) ? article : undefined };
}

/** Whether the parser found any text: Markdown of markup alone (`---`, `# `, `<!-- -->`) has none. */
function hasText(article: Article): boolean {
  return article.headline !== "" || article.sections.some((s) => s.heading !== null || s.paragraphs.length > 0);
}

function normalizedText(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

function listingFacts(article: Article | undefined): ListingFacts {
  return { headline: article?.headline ?? "(empty)", words: article?.stats.words ?? 0, quotes: article?.quotes.length ?? 0 };
}

/** What the index keeps of an article: the listing's facts and the text to search. */
function indexDocument(text: string, id: string, markdown: boolean, tools: Tools): Doc {
  const { normalized, article } = parsed(text, id, markdown, tools.parse);
  const quotes = article?.quotes ?? [];
  const speakers = [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => s !== null))];
  return {
    empty: article === undefined,
    ...listingFacts(article),
    body: article ? article.sections.map((s) => [s.heading ?? "", ...s.paragraphs].join("\n")).join("\n") : "",
    quoteText: quotes.map((q) => q.text).join("\n"),
    speakers: speakers.join("\n"),
    quotesJson: JSON.stringify(quotes.map((q) => ({ text: q.text, speaker: q.speaker }))),
    hash: tools.hash(normalized),
  };
}

/** The text without its first line when that is the headline (shown above the snippet already). */
function withoutTitle(text: string, headline: string): string {
  const match = /^\s*(?:#+\s*)?([^\n]*)\n/.exec(text);
  return match && match[1]?.trim() === headline.trim() ? text.slice(match[0].length) : text;
}

/** The quotes of the named speaker, as text to cut a snippet from. */
function speakerQuotes(quotesJson: string, isWanted: (name: string) => boolean): string {
  const quotes = JSON.parse(quotesJson) as { text: string; speaker: string | null }[];
  const said = quotes.filter((q) => q.speaker !== null && isWanted(q.speaker));
  return said.map((q) => `${q.speaker ?? ""}: “${q.text}”`).join(" ");
}

/**
 * Give `temp` the name `target` unless a file has it: a hard link fails rather than replace, so two
 * processes can never take the same name. File systems without hard links get a rename after a check
 * (safe among newsread processes, which hold the index's write lock).
 */
function placeExclusively(temp: string, target: string): boolean {
  try {
    linkSync(temp, target);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") {
      throw libraryNotWritable(`${target}: cannot write: ${systemReason(error)}`);
    }
  }
  if (existsSync(target)) return false;
  renameSync(temp, target);
  return true;
}

function stampFiles(dir: string): FileStamp[] {
  const stamps: FileStamp[] = [];
  for (const name of listArticleFiles(dir)) {
    const stat = statSync(path.join(dir, name), { bigint: true, throwIfNoEntry: false });
    if (stat?.isFile()) stamps.push({ name, size: Number(stat.size), mtimeNs: String(stat.mtimeNs) });
  }
  return stamps;
}

/** An article file's id: its name without the extension. */
function idOfFile(name: string): string {
  return path.basename(name, path.extname(name));
}

function groupedById(files: readonly string[]): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const file of files) {
    const id = idOfFile(file);
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  return byId;
}

/** The indexed article that has an id, as far as deciding who keeps it goes. */
interface IdHolder {
  rowid: number;
  bundled: number;
  file: string;
}

/**
 * Whether a file takes an id from the article that has it. One id, one article, decided by the files
 * alone (so a rebuilt index agrees): a bundled article over a library file, then the file whose name
 * sorts first (`foo.md` over `foo.txt`). The others stay on disk, unlisted.
 */
function outranks(file: { bundled: number; file: string }, holder: Omit<IdHolder, "rowid">): boolean {
  return file.bundled !== holder.bundled ? file.bundled > holder.bundled : file.file < holder.file;
}

export function listArticleFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter(isArticleFile).sort();
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    throw deniedOrAsIs(dir, error);
  }
}

function removeIndexFiles(indexFile: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(indexFile + suffix, { force: true });
}

/**
 * What the system said of a failed call, in its words and by its code: "file already exists
 * (EEXIST)", as Node's message starts ("EEXIST: file already exists, mkdir '…'"); the code alone
 * where there are no words.
 */
function systemReason(error: unknown): string {
  const code = errorCode(error);
  const words = error instanceof Error ? /^[A-Z0-9_]+: ([^,]+)/.exec(error.message)?.[1] : undefined;
  return words && words !== code ? `${words} (${code})` : code;
}

/** The system's code for an error, or what it says when it has none. */
function errorCode(error: unknown): string {
  return errnoCode(error) ?? (error instanceof Error ? error.message : String(error));
}
