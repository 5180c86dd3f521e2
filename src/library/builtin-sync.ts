import { GLOBAL_SCOPE, type KnowledgeDocument } from "../knowledge/document.ts";
import type { KnowledgeStore } from "../store/store.ts";

/** Who the audit log names for built-in documents. */
export const BUILTIN_ACTOR = "knowledge/";

/** What syncing the built-in documents did, by id. */
export interface BuiltinSyncReport {
  added: string[];
  replaced: string[];
  unchanged: string[];
  removed: string[];
}

/**
 * Makes the store's built-in documents match the ones from knowledge/: new ones added, changed
 * ones replaced, unchanged ones untouched (so running it at every start writes nothing), and ones
 * whose file is gone removed. Safe when several processes start at once: each put is one transaction.
 */
export async function syncBuiltinDocuments(store: KnowledgeStore, documents: readonly KnowledgeDocument[]): Promise<BuiltinSyncReport> {
  const report: BuiltinSyncReport = { added: [], replaced: [], unchanged: [], removed: [] };
  for (const document of documents) {
    const { value } = await store.putBuiltinDocument(document, BUILTIN_ACTOR);
    report[value].push(document.id);
  }
  const wanted = new Set(documents.map((document) => document.id));
  for (const stored of await store.listDocuments(GLOBAL_SCOPE)) {
    if (stored.builtin && !wanted.has(stored.id)) {
      await store.removeBuiltinDocument(stored.id, BUILTIN_ACTOR);
      report.removed.push(stored.id);
    }
  }
  return report;
}
