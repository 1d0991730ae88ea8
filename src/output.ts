import type { Writable } from "node:stream";
import { outputFailed } from "./errors.js";
import { gathered } from "./render/chunks.js";

/**
 * Write and wait until the stream has taken it. A reader that goes away early (`newsread show |
 * head -n 1`) is not an error: EPIPE resolves quietly and reports that the reader is gone.
 */
export function writeOut(stream: Writable, text: string | Uint8Array): Promise<"written" | "closed"> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") resolve("closed");
      else reject(cannotWrite(error));
    };
    stream.once("error", onError);
    stream.write(text, (error) => {
      stream.off("error", onError);
      if (!error) resolve("written");
      else onError(error);
    });
  });
}

/**
 * A write that failed for a reason of the system's (a full disk, an I/O error): the user's to deal
 * with, not a bug, so one line saying what the system said ("ENOSPC: no space left on device, write").
 */
function cannotWrite(error: NodeJS.ErrnoException): Error {
  if (!error.code) return error;
  const reason = error.message.replace(/^[A-Z0-9_]+: /, "").replace(/, write$/, "");
  return outputFailed(`cannot write the output: ${reason} (${error.code})`);
}

/** Pieces are gathered into writes of about this many characters: one system call a piece would cost more. */
const WRITE_SIZE = 1 << 14;

/**
 * Write pieces of text in order as they are made, a few at a time, so the whole is never held at
 * once. Stops making them when the reader has gone (`newsread show | head -n 1`).
 */
export async function writeChunks(stream: Writable, chunks: Iterable<string>): Promise<"written" | "closed"> {
  for (const text of gathered(chunks, WRITE_SIZE)) {
    if ((await writeOut(stream, text)) === "closed") return "closed";
  }
  return "written";
}

/**
 * Send text through a pager that shares our terminal. Resolves "missing" when the pager cannot be
 * started (so the caller can print directly) and "paged" once the pager has exited; a user who
 * quits the pager before reading everything is not an error.
 */
export function writeThroughPager(
  command: readonly string[],
  text: string,
  env: Readonly<Record<string, string | undefined>>,
  stop?: AbortSignal,
): Promise<"paged" | "missing"> {
  const [program, ...args] = command;
  if (program === undefined) return Promise.resolve("missing");
  return import("node:child_process").then(
    ({ spawn }) =>
      new Promise((resolve) => {
        // Our output is always UTF-8; without a UTF-8 locale less would show it as <E2><80><99>.
        // LESS as newsread runs a bare less (colours shown, quit on one screen or Ctrl-C), unless
        // set: a pager setting with options of its own (`less -S`) would otherwise show escape codes.
        const pagerEnv = { ...env, LESSCHARSET: env.LESSCHARSET ?? "utf-8", LESS: env.LESS ?? "FRK" };
        // `stop` ends the pager (SIGTERM); it then closes, as when the user quits it.
        const pager = spawn(program, args, { stdio: ["pipe", "inherit", "inherit"], env: pagerEnv, ...(stop ? { signal: stop } : {}) });
        let started = true;
        pager.on("error", () => {
          if (stop?.aborted) return;
          started = false;
          resolve("missing");
        });
        pager.stdin.on("error", () => {}); // EPIPE: the user quit the pager early
        pager.stdin.end(text);
        pager.on("close", () => {
          if (started) resolve("paged");
        });
      }),
  );
}
