import type { Writable } from "node:stream";
import { gathered } from "./render/chunks.js";

/**
 * Write and wait until the stream has taken it. A reader that goes away early (`newsread show |
 * head -n 1`) is not an error: EPIPE resolves quietly and reports that the reader is gone.
 */
export function writeOut(stream: Writable, text: string | Uint8Array): Promise<"written" | "closed"> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") resolve("closed");
      else reject(error);
    };
    stream.once("error", onError);
    stream.write(text, (error) => {
      stream.off("error", onError);
      if (!error) resolve("written");
      else onError(error);
    });
  });
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
export function writeThroughPager(command: readonly string[], text: string, env: Readonly<Record<string, string | undefined>>): Promise<"paged" | "missing"> {
  const [program, ...args] = command;
  if (program === undefined) return Promise.resolve("missing");
  return import("node:child_process").then(
    ({ spawn }) =>
      new Promise((resolve) => {
        // Our output is always UTF-8; without a UTF-8 locale less would show it as <E2><80><99>.
        const pagerEnv = { ...env, LESSCHARSET: env.LESSCHARSET ?? "utf-8" };
        const pager = spawn(program, args, { stdio: ["pipe", "inherit", "inherit"], env: pagerEnv });
        let started = true;
        pager.on("error", () => {
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
