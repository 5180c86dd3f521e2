import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GLOBAL_SCOPE } from "../../src/knowledge/document.ts";
import type { KnowledgeStore } from "../../src/store/store.ts";
import { openStoreIn, tempFolder } from "./temp-store.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI_ENTRY = "src/cli.ts";
/** Enough files that the import is still running when the first ones are committed, even on a fast machine. */
const FILE_COUNT = 1_500;
const PARAGRAPHS = 5;
const SENTENCES_PER_PARAGRAPH = 4;
/** The title is sentence 1 of paragraph 0. */
const SENTENCES_PER_DOCUMENT = 1 + PARAGRAPHS * SENTENCES_PER_PARAGRAPH;
/** Kill once this many documents are committed: mid-import, whatever the machine's speed. */
const KILL_AFTER = 25;

let folder: ReturnType<typeof tempFolder>;
let store: KnowledgeStore | undefined;

function writeReports(dir: string): void {
  mkdirSync(dir);
  for (let n = 0; n < FILE_COUNT; n += 1) {
    const paragraphs = Array.from({ length: PARAGRAPHS }, (_, p) =>
      Array.from({ length: SENTENCES_PER_PARAGRAPH }, (_, s) => `Observer ${n} logged item ${p * SENTENCES_PER_PARAGRAPH + s} at station ${(n * 7 + s) % 97}.`).join(" "),
    );
    writeFileSync(join(dir, `report-${String(n).padStart(5, "0")}.md`), `# Field report ${n}\n\n${paragraphs.join("\n\n")}\n`);
  }
}

function runImport(reports: string, dataDir: string) {
  const child = spawn(process.execPath, ["--import", "tsx", CLI_ENTRY, "kb", "import", reports], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, exit, stdout: () => stdout };
}

beforeEach(() => {
  folder = tempFolder("kb-crash-");
});

afterEach(async () => {
  await store?.close();
  store = undefined;
  folder.remove();
});

describe("an import killed with SIGKILL", () => {
  it("leaves every document complete or absent, and a second run finishes the import", { timeout: 120_000 }, async () => {
    const reports = join(folder.dir, "reports");
    const dataDir = join(folder.dir, "data");
    writeReports(reports);
    const first = runImport(reports, dataDir);

    // Watch through a second connection, as another process would, until the import is under way.
    await vi.waitFor(
      async () => {
        store ??= await openStoreIn(dataDir);
        const imported = (await store.listDocuments(GLOBAL_SCOPE)).filter((d) => !d.builtin).length;
        expect(imported).toBeGreaterThanOrEqual(KILL_AFTER);
      },
      { timeout: 60_000, interval: 10 },
    );
    first.child.kill("SIGKILL");
    expect((await first.exit).signal).toBe("SIGKILL");
    await store?.close();

    store = await openStoreIn(dataDir);
    expect(await store.checkConsistency()).toEqual([]);
    const imported = (await store.listDocuments(GLOBAL_SCOPE)).filter((d) => !d.builtin);
    const survivors = await store.documentsById(imported.map((d) => d.id));
    expect(survivors.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(survivors.length).toBeLessThan(FILE_COUNT);
    for (const document of survivors) {
      expect(document.sentences).toHaveLength(SENTENCES_PER_DOCUMENT);
      expect(document.paragraphs).toHaveLength(PARAGRAPHS);
    }
    const seqAfterKill = await store.latestChangeSeq();
    await store.close();
    store = undefined;

    const second = runImport(reports, dataDir);
    expect((await second.exit).code).toBe(0);
    expect(second.stdout().trim().split("\n").at(-1)).toBe(
      `added: ${FILE_COUNT - survivors.length}, skipped: ${survivors.length}, refused: 0`,
    );
    store = await openStoreIn(dataDir);
    expect(await store.checkConsistency()).toEqual([]);
    expect((await store.listDocuments(GLOBAL_SCOPE)).filter((d) => !d.builtin)).toHaveLength(FILE_COUNT);
    expect(await store.latestChangeSeq()).toBeGreaterThan(seqAfterKill);
  });
});
