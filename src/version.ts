import { readFileSync } from "node:fs";
import { packageJsonPath } from "./paths.js";

/** The package's version, from its package.json. */
export function packageVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync(packageJsonPath(), "utf8"));
  return typeof parsed === "object" && parsed !== null && "version" in parsed && typeof parsed.version === "string" ? parsed.version : "unknown";
}
