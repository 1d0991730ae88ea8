import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    // End-to-end tests spawn node processes and drive tmux; give them room on a loaded two-core machine.
    testTimeout: 30_000,
  },
});
