import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's own folder (package.json, seeds/), found by walking up from this module: the
 * same code runs from dist/ as compiled by tsc and from the bundle in dist/bundle/, at different
 * depths.
 */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "seeds"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("newsread's package folder (with package.json and seeds/) was not found");
    dir = parent;
  }
}

export const PACKAGE_ROOT = packageRoot();
export const SEEDS_DIR = path.join(PACKAGE_ROOT, "seeds");
export const PACKAGE_JSON = path.join(PACKAGE_ROOT, "package.json");
