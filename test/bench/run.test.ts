import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The quick bench takes about 10 s alone; the 2-core machine may be busy with other tests. */
const SMOKE_TIMEOUT_MS = 120_000;

describe("npm run bench -- --quick", () => {
  const outDir = mkdtempSync(join(tmpdir(), "bench-smoke-"));
  const out = join(outDir, "results.json");
  let run: SpawnSyncReturns<string>;
  beforeAll(() => {
    // The real bench as a child process, with the flags npm run bench gives it.
    run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "bench/run.ts", "--quick", "--out", out], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      timeout: SMOKE_TIMEOUT_MS,
    });
  }, SMOKE_TIMEOUT_MS);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("finishes without an error", () => {
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
  });

  it("prints one row per engine at 100 documents", () => {
    expect(run.stdout).toContain("| docs | sentences | engine |");
    for (const engine of ["this project", "Fuse.js (plain)", "MiniSearch"]) {
      expect(run.stdout).toMatch(new RegExp(`\\| 100 \\| [\\d,]+ \\| ${engine.replace(/[().]/g, "\\$&")} \\|`));
    }
  });

  it("writes the same figures as JSON", () => {
    const results = JSON.parse(readFileSync(out, "utf8")) as { measurements: { engine: string; documents: number; p50Ms: number }[] };
    expect(results.measurements.map((m) => [m.engine, m.documents])).toEqual([
      ["ours", 100],
      ["fuse", 100],
      ["minisearch", 100],
    ]);
    expect(results.measurements.every((m) => m.p50Ms > 0)).toBe(true);
  });

  it("times each question's first ask apart from the repeated ones, for this project", () => {
    const results = JSON.parse(readFileSync(out, "utf8")) as { measurements: { engine: string; firstAskP50Ms?: number }[] };
    expect(results.measurements.find((m) => m.engine === "ours")?.firstAskP50Ms).toBeGreaterThan(0);
  });
});
