import { readFileSync } from "node:fs";

/** The package's version, read from its package.json beside dist/. */
export function packageVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  return typeof parsed === "object" && parsed !== null && "version" in parsed && typeof parsed.version === "string" ? parsed.version : "unknown";
}
