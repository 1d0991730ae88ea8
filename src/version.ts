import { readFileSync } from "node:fs";
import { packageJsonPath } from "./paths.js";

let version: string | undefined;

/** The package's version, from its package.json (read once: the start-up snapshot keeps it). */
export function packageVersion(): string {
  if (version !== undefined) return version;
  const parsed: unknown = JSON.parse(readFileSync(packageJsonPath(), "utf8"));
  version = typeof parsed === "object" && parsed !== null && "version" in parsed && typeof parsed.version === "string" ? parsed.version : "unknown";
  return version;
}
