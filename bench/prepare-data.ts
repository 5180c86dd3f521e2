import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KnowledgeDocument } from "../src/knowledge/document.ts";
import { openLibrary } from "../src/library/library.ts";
import { openSqliteStore, storeFile } from "../src/store/sqlite-store.ts";
import { SNAPSHOT_FILE, type ColdSource } from "./measurement.ts";

/** Who the store's audit log names for the benchmark's documents. */
const BENCH_ACTOR = "bench";

/**
 * Writes the knowledge base of one size where a cold process will find it, in a fresh temporary
 * folder: a SQLite store holding the Brown documents (the library adds the seed article itself, as
 * at every start) with the index snapshot a running bot saves, or a JSON snapshot of every
 * document. Returns the folder.
 */
export async function prepareDataDir(documents: readonly KnowledgeDocument[], source: ColdSource): Promise<string> {
  const dataDir = join(tmpdir(), `article-bench-${source}-${documents.length}-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  if (source === "json-rebuild") {
    writeFileSync(join(dataDir, SNAPSHOT_FILE), JSON.stringify(documents));
    return dataDir;
  }
  const store = await openSqliteStore(storeFile(dataDir));
  try {
    for (const document of documents) {
      if (document.id.startsWith("brown-")) await store.addDocument({ document, addedBy: BENCH_ACTOR, action: "import" });
    }
  } finally {
    await store.close();
  }
  // As the bot leaves it after its first start: the store, and the index it saved beside it.
  await (await openLibrary({ dataDir, saveIndexSnapshot: true })).close();
  return dataDir;
}

/** Deletes a folder made by prepareDataDir. */
export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}
