import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's own folder (package.json, seeds/), found by walking up from this module: the same
 * code runs from dist/ as compiled by tsc, from the bundle in dist/bundle/ and from the start-up
 * snapshot (where "this module" is the launcher's file, see snapshot.ts), at different depths.
 * Found on each call rather than once at import, so a snapshot built in one place still finds the
 * folder it runs from.
 */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "seeds"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("newsread's package folder (with package.json and seeds/) was not found");
    dir = parent;
  }
}

export const seedsDir = (): string => path.join(packageRoot(), "seeds");
export const packageJsonPath = (): string => path.join(packageRoot(), "package.json");
