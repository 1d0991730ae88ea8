import { describe, expect, it, vi } from "vitest";
import { ExitCode, UserError } from "../../src/errors.js";
import { readArticleFile } from "../../src/input.js";

// Root reads every file, so the end-to-end test of an unreadable file skips on machines where tests
// run as root; here the file system answers with each error a user can meet instead.
const failures = vi.hoisted(() => new Map<string, string>());
vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return {
    ...actual,
    openSync: (file: string, ...rest: unknown[]) => {
      const code = failures.get(file);
      if (code) throw Object.assign(new Error(`${code}: simulated`), { code });
      return (actual.openSync as (...args: unknown[]) => unknown)(file, ...rest);
    },
  };
});

describe("readArticleFile maps file-system errors to one clear message and exit code", () => {
  it.each([
    ["EACCES", "permission denied", ExitCode.unreadable],
    ["EPERM", "permission denied", ExitCode.unreadable],
    ["EISDIR", "is a directory, not an article", ExitCode.unreadable],
    ["EIO", "cannot read (EIO)", ExitCode.unreadable],
  ])("%s", async (code, message, exitCode) => {
    failures.set(`/articles/${code}.txt`, code);
    const error = await readArticleFile(`/articles/${code}.txt`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(`/articles/${code}.txt: ${message}`);
    expect((error as UserError).exitCode).toBe(exitCode);
  });

  it("a missing file is not an error here: the name may be a stored article's id", async () => {
    failures.set("/articles/missing.txt", "ENOENT");
    expect(await readArticleFile("/articles/missing.txt")).toBeUndefined();
  });
});
