import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { GLOBAL_SCOPE, sentenceRef, type KnowledgeDocument, type Scope, type SearchableDocument, type Sentence } from "../knowledge/document.ts";
import { contentHash, documentText, paragraphsOf, uniqueDocumentId, withDocumentId } from "./document-text.ts";
import { SQLITE_MIGRATIONS, type Migration } from "./migrations.ts";
import {
  CHANGES_PAGE_SIZE,
  KnowledgeStoreError,
  STORE_MESSAGES,
  type AuditAction,
  type AuditEntry,
  type BuiltinResult,
  type DocumentChange,
  type DocumentSummary,
  type KnowledgeStore,
  type NewDocument,
  type StoredDocument,
  type StoreWrite,
} from "./store.ts";

/** The database file inside DATA_DIR. */
export const STORE_FILE_NAME = "knowledge.sqlite";
/** How long a writer waits for another process's write lock before giving up. */
export const BUSY_TIMEOUT_MS = 10_000;
/** Most audit entries one call returns unless asked otherwise. */
export const AUDIT_PAGE_SIZE = 100;

/** Settings of the SQLite store; all optional. */
export interface SqliteStoreOptions {
  /** The clock for added_at and the audit log; tests pass a fixed one. */
  now?: () => Date;
  busyTimeoutMs?: number;
  migrations?: readonly Migration[];
}

const DEFAULTS = { now: () => new Date(), busyTimeoutMs: BUSY_TIMEOUT_MS, migrations: SQLITE_MIGRATIONS } as const;

/** The store file for a data folder. */
export function storeFile(dataDir: string): string {
  return join(dataDir, STORE_FILE_NAME);
}

interface DocumentRow {
  id: string;
  scope: string;
  title: string;
  publisher: string | null;
  site: string | null;
  url: string | null;
  text: string;
  content_hash: string;
  sentence_count: number;
  builtin: number;
  added_by: string;
  added_at: string;
}

/** What an index reads of a document row: not its text, a third of what a start would read. */
type SearchableRow = Pick<DocumentRow, "id" | "scope" | "title" | "publisher" | "site" | "url">;

/** A sentence row, read as an array: a start reads every sentence of the knowledge base. */
type SentenceCells = [documentId: string, paragraph: number, sentence: number, text: string];

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  document_id: string;
  scope: string;
  title: string;
}

interface ChangeRow {
  seq: number;
  document_id: string;
  scope: string;
  kind: "put" | "remove";
}

const SUMMARY_COLUMNS = "id, scope, title, url, sentence_count, builtin, added_by, added_at";

function toSummary(row: Pick<DocumentRow, "id" | "scope" | "title" | "url" | "sentence_count" | "builtin" | "added_by" | "added_at">): DocumentSummary {
  const summary: DocumentSummary = {
    id: row.id,
    scope: row.scope,
    title: row.title,
    sentenceCount: row.sentence_count,
    builtin: row.builtin === 1,
    addedBy: row.added_by,
    addedAt: row.added_at,
  };
  if (row.url !== null) summary.url = row.url;
  return summary;
}

function toSentence([documentId, paragraph, sentence, text]: SentenceCells): Sentence {
  return { ref: sentenceRef(documentId, paragraph, sentence), documentId, paragraph, sentence, text };
}

function toDocument(row: DocumentRow, sentences: Sentence[]): StoredDocument {
  return {
    ...toSearchable(row, sentences),
    paragraphs: paragraphsOf(row.text),
    text: row.text,
    contentHash: row.content_hash,
    builtin: row.builtin === 1,
    addedBy: row.added_by,
    addedAt: row.added_at,
  };
}

function toSearchable(row: SearchableRow, sentences: Sentence[]): SearchableDocument {
  const document: SearchableDocument = { id: row.id, scope: row.scope, title: row.title, sentences };
  if (row.publisher !== null) document.publisher = row.publisher;
  if (row.site !== null) document.site = row.site;
  if (row.url !== null) document.url = row.url;
  return document;
}

/** The stored text of a document, refusing what would not round-trip (an empty paragraph, no sentences). */
function storableText(document: KnowledgeDocument): string {
  if (document.scope.trim() === "") throw new KnowledgeStoreError("invalid", "The scope is missing.", `empty scope for document ${document.id}`);
  const text = documentText(document.paragraphs);
  if (paragraphsOf(text).some((paragraph) => paragraph === "")) {
    throw new KnowledgeStoreError("invalid", "A paragraph of the text is empty.", `document ${document.id} has an empty paragraph`);
  }
  if (document.sentences.length === 0) {
    throw new KnowledgeStoreError("invalid", "The text has no sentences.", `document ${document.id} has no sentences`);
  }
  return text;
}

/** True when a built-in document in the store already matches the one from knowledge/. */
function sameBuiltin(stored: StoredDocument, document: KnowledgeDocument, text: string): boolean {
  const sentencesOf = (sentences: readonly Sentence[]) => JSON.stringify(sentences.map((s) => [s.paragraph, s.sentence, s.text]));
  return (
    stored.title === document.title &&
    (stored.publisher ?? null) === (document.publisher ?? null) &&
    (stored.site ?? null) === (document.site ?? null) &&
    (stored.url ?? null) === (document.url ?? null) &&
    stored.text === text &&
    sentencesOf(stored.sentences) === sentencesOf(document.sentences)
  );
}

/**
 * Opens (creating if needed) the SQLite knowledge store: WAL, a busy timeout, full sync, foreign
 * keys, and every missing migration. Each write is one IMMEDIATE transaction, so a document is
 * stored completely or not at all, even under kill -9.
 */
export async function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Promise<KnowledgeStore> {
  const settings = { ...DEFAULTS, ...options };
  const now = () => settings.now().toISOString();
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(settings.busyTimeoutMs))}`);
    const mode = db.pragma("journal_mode = WAL", { simple: true });
    if (mode !== "wal") throw new Error(`store: ${file}: journal mode is ${String(mode)}, not wal`);
    // FULL: in WAL mode NORMAL may lose the last commits on power loss; a moderator's add must survive.
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    migrate(db, settings.migrations, file);
    return storeOn(db, now);
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The store's operations on an open, migrated database. */
function storeOn(db: Database.Database, now: () => string): KnowledgeStore {
  const statements = {
    documentById: db.prepare<[string], DocumentRow>("SELECT * FROM documents WHERE id = ?"),
    visibleDocument: db.prepare<[string, string], DocumentRow>("SELECT * FROM documents WHERE id = ? AND scope IN (?, 'global')"),
    idExists: db.prepare<[string], { one: number }>("SELECT 1 AS one FROM documents WHERE id = ?"),
    sentencesOf: db
      .prepare<[string], SentenceCells>("SELECT document_id, paragraph, sentence, text FROM sentences WHERE document_id = ? ORDER BY paragraph, sentence")
      .raw(),
    allSearchable: db.prepare<[], SearchableRow>("SELECT id, scope, title, publisher, site, url FROM documents ORDER BY id"),
    allSentences: db
      .prepare<[], SentenceCells>("SELECT document_id, paragraph, sentence, text FROM sentences ORDER BY document_id, paragraph, sentence")
      .raw(),
    listVisible: db.prepare<[string], DocumentRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE scope IN (?, 'global')
       ORDER BY scope <> 'global', added_at, id`,
    ),
    byHash: db.prepare<[string, string], DocumentRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE content_hash = ? AND scope IN (?, 'global')
       ORDER BY scope <> 'global', id LIMIT 1`,
    ),
    insertDocument: db.prepare(
      `INSERT INTO documents (id, scope, title, publisher, site, url, text, content_hash, sentence_count, builtin, added_by, added_at)
       VALUES (@id, @scope, @title, @publisher, @site, @url, @text, @content_hash, @sentence_count, @builtin, @added_by, @added_at)`,
    ),
    insertSentence: db.prepare("INSERT INTO sentences (document_id, paragraph, sentence, text) VALUES (?, ?, ?, ?)"),
    deleteDocument: db.prepare<[string]>("DELETE FROM documents WHERE id = ?"),
    insertAudit: db.prepare(
      "INSERT INTO audit_log (at, actor, action, document_id, scope, title) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    insertChange: db.prepare("INSERT INTO changes (document_id, scope, kind, at) VALUES (?, ?, ?, ?)"),
    latestChange: db.prepare<[], { seq: number | null }>("SELECT max(seq) AS seq FROM changes"),
    changesSince: db.prepare<[number, number], ChangeRow>(
      "SELECT seq, document_id, scope, kind FROM changes WHERE seq > ? ORDER BY seq LIMIT ?",
    ),
    auditAll: db.prepare<[number], AuditRow>("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?"),
    auditScope: db.prepare<[string, number], AuditRow>("SELECT * FROM audit_log WHERE scope = ? ORDER BY id DESC LIMIT ?"),
    sentenceCountMismatch: db.prepare<[], { id: string; expected: number; found: number }>(
      `SELECT d.id AS id, d.sentence_count AS expected, count(s.document_id) AS found
       FROM documents d LEFT JOIN sentences s ON s.document_id = d.id
       GROUP BY d.id HAVING found <> expected`,
    ),
  };

  const load = (row: DocumentRow): StoredDocument => toDocument(row, statements.sentencesOf.all(row.id).map(toSentence));

  /** Inserts a document row and its sentences, and records the audit entry and the change; returns the change seq. */
  const insert = (document: KnowledgeDocument, text: string, builtin: boolean, actor: string, action: AuditAction): number => {
    const at = now();
    statements.insertDocument.run({
      id: document.id,
      scope: document.scope,
      title: document.title,
      publisher: document.publisher ?? null,
      site: document.site ?? null,
      url: document.url ?? null,
      text,
      content_hash: contentHash(text),
      sentence_count: document.sentences.length,
      builtin: builtin ? 1 : 0,
      added_by: actor,
      added_at: at,
    });
    for (const sentence of document.sentences) {
      statements.insertSentence.run(document.id, sentence.paragraph, sentence.sentence, sentence.text);
    }
    return record(action, actor, document.id, document.scope, document.title, "put", at);
  };

  const record = (action: AuditAction, actor: string, id: string, scope: Scope, title: string, kind: "put" | "remove", at = now()): number => {
    statements.insertAudit.run(at, actor, action, id, scope, title);
    return Number(statements.insertChange.run(id, scope, kind, at).lastInsertRowid);
  };

  const refuseDuplicate = (hash: string, scope: Scope, exceptId?: string) => {
    const existing = statements.byHash.get(hash, scope);
    if (existing && existing.id !== exceptId) {
      throw new KnowledgeStoreError(
        "duplicate",
        STORE_MESSAGES.duplicate(existing.id),
        `text already stored as document ${existing.id} (scope ${existing.scope})`,
        existing.id,
      );
    }
  };

  const addDocument = db.transaction((input: NewDocument): StoreWrite<StoredDocument> => {
    const text = storableText(input.document);
    refuseDuplicate(contentHash(text), input.document.scope);
    const id = uniqueDocumentId(input.document.id, (candidate) => statements.idExists.get(candidate) !== undefined);
    const document = withDocumentId(input.document, id);
    const changeSeq = insert(document, text, false, input.addedBy, input.action);
    return { value: load(statements.documentById.get(id)!), changeSeq };
  });

  const putBuiltin = db.transaction((document: KnowledgeDocument, actor: string): StoreWrite<BuiltinResult> => {
    if (document.scope !== GLOBAL_SCOPE) {
      throw new KnowledgeStoreError("invalid", "Built-in documents are global.", `built-in document ${document.id} has scope ${document.scope}`);
    }
    const text = storableText(document);
    const row = statements.documentById.get(document.id);
    if (row && row.builtin !== 1) {
      throw new KnowledgeStoreError("id-taken", STORE_MESSAGES.idTaken(document.id), `built-in id ${document.id} is taken by a document added by ${row.added_by}`);
    }
    if (row && sameBuiltin(load(row), document, text)) return { value: "unchanged", changeSeq: 0 };
    refuseDuplicate(contentHash(text), GLOBAL_SCOPE, document.id);
    if (row) statements.deleteDocument.run(document.id);
    const changeSeq = insert(document, text, true, actor, row ? "replace" : "add");
    return { value: row ? "replaced" : "added", changeSeq };
  });

  const removeBuiltin = db.transaction((id: string, actor: string): StoreWrite<DocumentSummary> => {
    const row = statements.documentById.get(id);
    if (!row || row.builtin !== 1) {
      throw new KnowledgeStoreError("not-found", STORE_MESSAGES.notFound(id), `no built-in document ${id}`);
    }
    statements.deleteDocument.run(id);
    return { value: toSummary(row), changeSeq: record("remove", actor, id, row.scope, row.title, "remove") };
  });

  const removeDocument = db.transaction((id: string, scope: Scope, actor: string): StoreWrite<DocumentSummary> => {
    const row = statements.documentById.get(id);
    // Another server's document is reported exactly like a missing one: its existence is not revealed.
    if (!row || (row.scope !== scope && row.scope !== GLOBAL_SCOPE)) {
      throw new KnowledgeStoreError("not-found", STORE_MESSAGES.notFound(id), `no document ${id} in scope ${scope}`);
    }
    if (row.builtin === 1) {
      throw new KnowledgeStoreError("read-only", STORE_MESSAGES.builtin(id), `document ${id} is built in`);
    }
    if (row.scope !== scope) {
      throw new KnowledgeStoreError("read-only", STORE_MESSAGES.globalFromServer(id), `document ${id} is global; scope ${scope} cannot remove it`);
    }
    statements.deleteDocument.run(id);
    return { value: toSummary(row), changeSeq: record("remove", actor, id, row.scope, row.title, "remove") };
  });

  // Reads see one snapshot: a document and its sentences always come from the same commit.
  const readDocuments = db.transaction((): SearchableDocument[] => {
    const sentences = new Map<string, Sentence[]>();
    let list: Sentence[] = [];
    for (const cells of statements.allSentences.iterate()) {
      // Rows come grouped by document: one map entry per document, not one lookup per sentence.
      if (list[0]?.documentId !== cells[0]) sentences.set(cells[0], (list = []));
      list.push(toSentence(cells));
    }
    return statements.allSearchable.all().map((row) => toSearchable(row, sentences.get(row.id) ?? []));
  });
  const readById = db.transaction((ids: readonly string[]) =>
    ids.flatMap((id) => {
      const row = statements.documentById.get(id);
      return row ? [load(row)] : [];
    }),
  );
  const readVisible = db.transaction((id: string, scope: Scope) => {
    const row = scope === GLOBAL_SCOPE ? globalRow(id) : statements.visibleDocument.get(id, scope);
    return row ? load(row) : undefined;
  });
  const globalRow = (id: string) => {
    const row = statements.documentById.get(id);
    return row?.scope === GLOBAL_SCOPE ? row : undefined;
  };

  return {
    async addDocument(input) {
      return addDocument.immediate(input);
    },
    async putBuiltinDocument(document, actor) {
      return putBuiltin.immediate(document, actor);
    },
    async removeBuiltinDocument(id, actor) {
      return removeBuiltin.immediate(id, actor);
    },
    async removeDocument(id, scope, actor) {
      return removeDocument.immediate(id, scope, actor);
    },
    async getDocument(id, scope) {
      return readVisible.deferred(id, scope);
    },
    async listDocuments(scope) {
      return statements.listVisible.all(scope).map(toSummary);
    },
    async allDocuments() {
      return readDocuments.deferred();
    },
    async documentsById(ids) {
      return readById.deferred(ids);
    },
    async findByContentHash(hash, scope) {
      const row = statements.byHash.get(hash, scope);
      return row ? toSummary(row) : undefined;
    },
    async latestChangeSeq() {
      return statements.latestChange.get()?.seq ?? 0;
    },
    async changesSince(seq, limit = CHANGES_PAGE_SIZE) {
      return statements.changesSince.all(seq, limit).map(
        (row): DocumentChange => ({ seq: row.seq, documentId: row.document_id, scope: row.scope, kind: row.kind }),
      );
    },
    async auditLog(options = {}) {
      const limit = options.limit ?? AUDIT_PAGE_SIZE;
      const rows = options.scope === undefined ? statements.auditAll.all(limit) : statements.auditScope.all(options.scope, limit);
      return rows.map(
        (row): AuditEntry => ({
          id: row.id,
          at: row.at,
          actor: row.actor,
          action: row.action,
          documentId: row.document_id,
          scope: row.scope,
          title: row.title,
        }),
      );
    },
    async checkConsistency() {
      const problems: string[] = [];
      const integrity = db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
      for (const { integrity_check: line } of integrity) if (line !== "ok") problems.push(`integrity: ${line}`);
      const orphans = db.pragma("foreign_key_check") as unknown[];
      if (orphans.length > 0) problems.push(`foreign keys: ${orphans.length} rows point at missing documents`);
      for (const row of statements.sentenceCountMismatch.all()) {
        problems.push(`document ${row.id}: ${row.found} sentences stored, ${row.expected} expected`);
      }
      return problems;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

/** Runs the missing migrations in one IMMEDIATE transaction, so two processes starting at once do not both migrate. */
function migrate(db: Database.Database, migrations: readonly Migration[], file: string): void {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  db.transaction(() => {
    const current = db.pragma("user_version", { simple: true }) as number;
    if (current > latest) {
      throw new Error(`store: ${file}: schema version ${current} is newer than this program knows (${latest})`);
    }
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}
