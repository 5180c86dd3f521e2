import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Child-process and emulator tests start real Node processes; the 2-core CI machine needs room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
