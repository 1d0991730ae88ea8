/**
 * Errors a user can cause. Each carries the exit code documented in the README; the CLI's single
 * catch prints `newsread: <message>` for these and a stack trace only for anything else (or with
 * NEWSREAD_DEBUG set).
 */

export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  notFound: 3,
  unreadable: 4,
  empty: 5,
  refused: 6,
  notWritable: 7,
  outputFailed: 8,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export class UserError extends Error {
  readonly exitCode: ExitCodeValue;
  constructor(message: string, exitCode: ExitCodeValue) {
    super(message);
    this.name = "UserError";
    this.exitCode = exitCode;
  }
}

export const usageError = (message: string): UserError => new UserError(message, ExitCode.usage);
export const notFound = (message: string): UserError => new UserError(message, ExitCode.notFound);
export const unreadable = (message: string): UserError => new UserError(message, ExitCode.unreadable);
export const emptyArticle = (message: string): UserError => new UserError(message, ExitCode.empty);
/** An article `add` finds no text in: nothing is stored. */
export const nothingToAdd = (source: string): UserError => emptyArticle(`${source}: empty article, nothing to add`);
export const refused = (message: string): UserError => new UserError(message, ExitCode.refused);
export const libraryNotWritable = (message: string): UserError => new UserError(message, ExitCode.notWritable);
/** The library folder, or one on the way to it, cannot be read: the same exit code as one that cannot be written. */
export const libraryUnreadable = (message: string): UserError => new UserError(message, ExitCode.notWritable);
export const outputFailed = (message: string): UserError => new UserError(message, ExitCode.outputFailed);

/**
 * Every failure named, a line each (as cat names each file it cannot read), so that several bad
 * arguments are mended in one go: all but the last through `notice`, the last thrown with the
 * first one's exit code. Nothing when there are none.
 */
export function failTogether(failures: readonly UserError[], notice: (message: string) => void): void {
  const [first, ...more] = failures;
  if (!first) return;
  const last = more.pop();
  if (!last) throw first;
  for (const failure of [first, ...more]) notice(failure.message);
  throw new UserError(last.message, first.exitCode);
}

/** An error from a system call (Node gives those a `code`: ENOENT, EACCES, ...). */
export function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && "code" in error;
}

/** The system's code for an error ("ENOENT"), or undefined for an error that has none. */
export function errnoCode(error: unknown): string | undefined {
  return isErrnoException(error) && error.code !== undefined ? String(error.code) : undefined;
}
