import { loadBuiltinDocuments } from "../knowledge/builtin.ts";
import type { KnowledgeDocument, Scope, SearchableDocument } from "../knowledge/document.ts";
import type { KnowledgeBase } from "../search/knowledge-base.ts";
import { openSqliteStore, storeFile } from "../store/sqlite-store.ts";
import { CHANGES_PAGE_SIZE, type DocumentSummary, type KnowledgeStore, type StoredDocument } from "../store/store.ts";
import { syncBuiltinDocuments } from "./builtin-sync.ts";
import { indexSnapshotFile, loadIndex, saveIndex } from "./index-snapshot.ts";
import { storeDraft, type AddDraftInput } from "./ingest.ts";

/** How often a library looks for changes made by other processes: well inside the 2-second promise. */
export const SYNC_INTERVAL_MS = 1_000;

/** What openLibrary needs; only dataDir is required. */
export interface LibraryOptions {
  dataDir: string;
  syncIntervalMs?: number;
  /** Most changes read from the store at a time. */
  changesPageSize?: number;
  /** The built-in documents; default: the files in knowledge/. */
  builtinDocuments?: readonly KnowledgeDocument[];
  /** Opens the store for a data folder; default: the SQLite file in it. */
  openStore?: (dataDir: string) => Promise<KnowledgeStore>;
  /**
   * Save the search index in the data folder after building it and at close, so the next start
   * loads it instead of re-indexing (the bot and the ask command do).
   */
  saveIndexSnapshot?: boolean;
  /**
   * Restore a saved index only when it was built whole from exactly the stored documents, else build
   * it whole: the answers are then a fresh build's, whatever was added or removed in between (the ask
   * command does). Without it, a saved index is patched with the documents changed since, which is
   * faster after a change (the bot).
   */
  wholeIndexOnly?: boolean;
  /** Told when a background sync fails; the next tick tries again. Default: one line on stderr. */
  onSyncError?: (error: unknown) => void;
  /** Told when saving the index snapshot fails; the store is unaffected. Default: one line on stderr. */
  onSnapshotError?: (error: unknown) => void;
}

/** The knowledge store and a search index kept in step with it. */
export interface Library {
  readonly knowledge: KnowledgeBase;
  readonly store: KnowledgeStore;
  /** Stores a draft and indexes it at once, so the next question can cite it. */
  addDocument(input: AddDraftInput): Promise<StoredDocument>;
  /** Removes a document of this scope from the store and from the index at once. */
  removeDocument(id: string, scope: Scope, actor: string): Promise<DocumentSummary>;
  /** Applies changes other processes committed since the last look; returns how many documents it re-read or dropped. */
  refresh(): Promise<number>;
  /** Stops syncing and closes the store. */
  close(): Promise<void>;
}

const DEFAULTS = {
  syncIntervalMs: SYNC_INTERVAL_MS,
  changesPageSize: CHANGES_PAGE_SIZE,
  openStore: (dataDir: string) => openSqliteStore(storeFile(dataDir)),
  saveIndexSnapshot: false,
  wholeIndexOnly: false,
  onSnapshotError: (error: unknown) => {
    process.stderr.write(`library: could not save the index snapshot: ${error instanceof Error ? error.message : String(error)}\n`);
  },
  onSyncError: (error: unknown) => {
    process.stderr.write(`library: sync with the store failed, retrying: ${error instanceof Error ? error.message : String(error)}\n`);
  },
} as const;

/** The index holds what it reads of a document: the stored text and its paragraphs would only double the memory. */
function indexable(document: SearchableDocument & Partial<StoredDocument>): SearchableDocument {
  const { text: _text, paragraphs: _paragraphs, contentHash: _hash, builtin: _builtin, addedBy: _by, addedAt: _at, ...searchable } = document;
  return searchable;
}

/**
 * Opens the store, brings the built-in documents in knowledge/ into it, indexes every stored
 * document, and keeps the index in step: its own writes at once, other processes' writes within
 * about a second, by polling the store's change sequence on an unref'd timer that close() stops.
 */
export async function openLibrary(options: LibraryOptions): Promise<Library> {
  const settings = { ...DEFAULTS, ...options };
  const store = await settings.openStore(settings.dataDir);
  try {
    await syncBuiltinDocuments(store, settings.builtinDocuments ?? loadBuiltinDocuments());
  } catch (error) {
    await store.close();
    throw error;
  }
  // The sequence is read before the documents: a change committed in between is applied twice, never missed.
  let lastSeq = await store.latestChangeSeq();
  const stored = await store.allDocuments();
  const snapshotFile = indexSnapshotFile(settings.dataDir);
  const { knowledge, upToDate, wholeBuild } = loadIndex(snapshotFile, stored.map(indexable), settings.wholeIndexOnly);
  // The index's own list is per scope; this is every id in it, for a full reload.
  const indexed = new Set(stored.map((document) => document.id));
  let changedSinceSnapshot = !upToDate;
  let builtWhole = wholeBuild;
  const saveSnapshot = () => {
    if (!settings.saveIndexSnapshot || !changedSinceSnapshot) return;
    // Tried once per change: a copy that cannot be written is told once, not again at close.
    changedSinceSnapshot = false;
    try {
      saveIndex(snapshotFile, knowledge, builtWhole);
    } catch (error) {
      settings.onSnapshotError(error);
    }
  };
  saveSnapshot();
  const index = (document: SearchableDocument) => {
    knowledge.add(indexable(document));
    indexed.add(document.id);
    changedSinceSnapshot = true;
    builtWhole = false;
  };
  const unindex = (id: string) => {
    knowledge.remove(id);
    indexed.delete(id);
    changedSinceSnapshot = true;
    builtWhole = false;
  };
  /** Sequence numbers of this library's own writes, already in the index. */
  const ownChanges = new Set<number>();
  let running: Promise<number> | undefined;
  let closed = false;

  const reloadAll = async (): Promise<number> => {
    const seq = await store.latestChangeSeq();
    const documents = await store.allDocuments();
    const present = new Set(documents.map((document) => document.id));
    for (const id of [...indexed]) if (!present.has(id)) unindex(id);
    for (const document of documents) index(document);
    lastSeq = seq;
    ownChanges.clear();
    return documents.length;
  };

  const applyChanges = async (): Promise<number> => {
    const latest = await store.latestChangeSeq();
    if (latest === lastSeq) return 0;
    // The sequence went back: the database was replaced (restored from a backup). Start over.
    if (latest < lastSeq) return reloadAll();
    let touched = 0;
    for (;;) {
      const changes = await store.changesSince(lastSeq, settings.changesPageSize);
      const last = changes.at(-1);
      if (last === undefined) break;
      const ids = [...new Set(changes.filter((change) => !ownChanges.has(change.seq)).map((change) => change.documentId))];
      const current = await store.documentsById(ids);
      const found = new Set(current.map((document) => document.id));
      for (const document of current) index(document);
      for (const id of ids) if (!found.has(id)) unindex(id);
      touched += ids.length;
      lastSeq = last.seq;
      for (const seq of ownChanges) if (seq <= lastSeq) ownChanges.delete(seq);
    }
    return touched;
  };

  const refresh = (): Promise<number> => {
    if (closed) return Promise.resolve(0);
    // One sync at a time: a slow one is joined, not overlapped.
    running ??= applyChanges().finally(() => {
      running = undefined;
    });
    return running;
  };

  const timer = setInterval(() => {
    refresh().catch(settings.onSyncError);
  }, settings.syncIntervalMs);
  timer.unref();

  return {
    knowledge,
    store,
    async addDocument(input) {
      const { value, changeSeq } = await storeDraft(store, input);
      index(value);
      if (changeSeq > lastSeq) ownChanges.add(changeSeq);
      return value;
    },
    async removeDocument(id, scope, actor) {
      const { value, changeSeq } = await store.removeDocument(id, scope, actor);
      unindex(id);
      if (changeSeq > lastSeq) ownChanges.add(changeSeq);
      return value;
    },
    refresh,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
      saveSnapshot();
      await store.close();
    },
  };
}
