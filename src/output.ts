import type { Writable } from "node:stream";

/**
 * Write and wait until the stream has taken it. A reader that goes away early (`newsread show |
 * head -n 1`) is not an error: EPIPE resolves quietly and reports that the reader is gone.
 */
export function writeOut(stream: Writable, text: string): Promise<"written" | "closed"> {
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
