import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDocument } from "../../src/knowledge/build-document.ts";
import type { KnowledgeDocument, Scope } from "../../src/knowledge/document.ts";
import { draftFromText } from "../../src/library/ingest.ts";
import { openSqliteStore, storeFile, type SqliteStoreOptions } from "../../src/store/sqlite-store.ts";
import type { KnowledgeStore } from "../../src/store/store.ts";

/** A fresh temp folder, and a function that deletes it. */
export function tempFolder(prefix = "kb-store-"): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens the SQLite store of a data folder, as the library and the CLI do. */
export function openStoreIn(dataDir: string, options?: SqliteStoreOptions): Promise<KnowledgeStore> {
  return openSqliteStore(storeFile(dataDir), options);
}

/** A small document typed as a moderator would, split into sentences. */
export function noteDocument(title: string, text: string, scope: Scope, url?: string): KnowledgeDocument {
  return buildDocument(draftFromText({ title, text, ...(url ? { url } : {}) }), scope);
}

/** A server id that looks like Discord's. */
export const SERVER_A = "111111111111111111";
export const SERVER_B = "222222222222222222";
