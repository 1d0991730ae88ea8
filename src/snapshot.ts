/**
 * The start-up snapshot's entry. `npm run build` bundles this file and runs it once under
 * `node --build-snapshot` (tools/build-snapshot.ts): it loads the CLI, runs the everyday commands
 * on the bundled article so their code is compiled and their modules initialised, and leaves V8's
 * heap as it is then in dist/snapshot/. bin/newsread starts Node from that heap, which skips
 * loading, compiling and initialising newsread's modules on every run: what Node 20 offers in
 * place of a compile cache.
 *
 * What a heap may not carry is kept out of it: nothing from the build machine's process (the
 * warm-up runs on a stand-in process), no native module (SQLite is never opened here), no Intl
 * object (string-width and wrap-ansi build an Intl.Segmenter at import; see deferIntlSegmenter).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { startupSnapshot } from "node:v8";
import { defineProgramAhead, main, type CliProcess } from "./cli.js";
import { classifyAllCharacters } from "./text/chars.js";
import { packageRoot, seedsDir } from "./paths.js";

/**
 * The bundle's `import.meta.url` (the snapshot is built as one CommonJS file, which has none):
 * where the package is found. At build time this file; at run time the launcher's bin/ file.
 */
declare global {
  var newsreadModuleUrl: string;
}
globalThis.newsreadModuleUrl = pathToFileURL(__filename).href;

const sample = readFileSync(path.join(seedsDir(), readdirSync(seedsDir()).filter((file) => file.endsWith(".txt")).sort()[0] ?? ""), "utf8");

/** The everyday commands, on the sample from standard input: no path of the build machine is kept. */
const WARM_UP: readonly string[][] = [
  ["show", "-", "--format", "text"],
  ["show", "-", "--json"],
  ["show", "-", "--summary"],
  ["show", "-", "--format", "markdown"],
  ["quotes", "-"],
  ["quotes", "-", "--json"],
  ["list"],
  ["--help"],
];

/**
 * A library folder that does not exist, so that `list` lists the bundled articles alone: the
 * snapshot then holds their facts (library/bundled.ts), and no SQLite (a native module) is opened.
 */
const NO_LIBRARY = path.join(packageRoot(), "dist", "snapshot", "no-library");

function standIn(argv: readonly string[]): CliProcess {
  const discard = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() });
  return { argv: ["node", "newsread", ...argv], env: { NEWSREAD_HOME: NO_LIBRARY }, stdin: Readable.from([sample]), stdout: discard(), stderr: discard() };
}

/**
 * An Intl object cannot be in a V8 heap snapshot, and two of the styled renderer's libraries make
 * an Intl.Segmenter when imported. While the snapshot is built, segmenters are made on first use
 * instead, and forgotten before the heap is written; at run time each makes its own when asked.
 */
function deferIntlSegmenter(): void {
  const RealSegmenter = Intl.Segmenter;
  const deferred = new Set<{ forget(): void }>();
  class DeferredSegmenter {
    #real: Intl.Segmenter | undefined;
    readonly #args: ConstructorParameters<typeof Intl.Segmenter>;
    constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
      this.#args = args;
      deferred.add({ forget: () => (this.#real = undefined) });
    }
    segment(input: string): Intl.Segments {
      return (this.#real ??= new RealSegmenter(...this.#args)).segment(input);
    }
    resolvedOptions(): Intl.ResolvedSegmenterOptions {
      return (this.#real ??= new RealSegmenter(...this.#args)).resolvedOptions();
    }
  }
  // Only the methods above exist on a deferred segmenter; they are all the libraries use.
  const setSegmenter = (value: unknown): void => void Object.defineProperty(Intl, "Segmenter", { value, writable: true, configurable: true });
  setSegmenter(DeferredSegmenter);
  startupSnapshot.addSerializeCallback(() => {
    for (const segmenter of deferred) segmenter.forget();
    setSegmenter(RealSegmenter);
  });
}

async function warmUp(): Promise<void> {
  for (const argv of WARM_UP) await main(standIn(argv));
  // The parser's character table, whole: a run from the snapshot then compiles no pattern for it.
  classifyAllCharacters();
  // Node's own modules that a run loads late (process.stdout on a pipe or a terminal) are compiled
  // without a code cache when Node starts from a user snapshot: load them here.
  await Promise.all([import("node:net"), import("node:tty")]);
  // The library's code, better-sqlite3's JavaScript included; its compiled part loads at run time.
  await import("./library/library.js");
  // A search's snippets stem the hits' words as the index does (library/porter.ts): compiled here with
  // the rest, or a search that cuts many snippets compiled the stemmer's dozen functions first.
  const { makeSnippet, speakerMatcher, termMatcher } = await import("./library/query.js");
  makeSnippet(sample, termMatcher("talks running", "Trump"));
  speakerMatcher("Trump")("Donald Trump");
  deferIntlSegmenter();
  await Promise.all([import("marked"), import("marked-terminal"), import("chalk"), import("wrap-ansi"), import("string-width")]);
  // The styled renderer runs too, on the sample, whose text is one column a character: wrap-ansi and
  // string-width then see only ASCII stand-ins (see render/wrap.ts), so string-width's emoji
  // expression, which would be compiled to machine code that a snapshot cannot hold, is never run.
  // A styled `show` starts about 5 ms sooner; the plain commands measured the same within 2 ms.
  await main(standIn(["show", "-", "--format", "ansi", "--color", "always"]));
  defineProgramAhead();
}

// The heap is written once the warm-up is over and the event loop is empty.
void warmUp().then(() =>
  startupSnapshot.setDeserializeMainFunction(() => {
    // bin/newsread runs `node --snapshot-blob BLOB bin/newsread.js ARGS...`: argv[1] is in the package.
    globalThis.newsreadModuleUrl = pathToFileURL(process.argv[1] ?? __filename).href;
    void main(process);
  }),
);
