import type { KnowledgeDocument, Scope, SearchableDocument } from "../knowledge/document.ts";

/** How a document entered the store, as the audit log records it. */
export type AddAction = "add" | "import";
/** Every action the audit log records; "replace" is a built-in document refreshed from knowledge/. */
export type AuditAction = AddAction | "remove" | "replace";

/** A stored document with who added it and when. */
export interface StoredDocument extends KnowledgeDocument {
  /** The body paragraphs joined by blank lines: what the duplicate check hashes. */
  text: string;
  contentHash: string;
  builtin: boolean;
  addedBy: string;
  /** ISO 8601, UTC. */
  addedAt: string;
}

/** One line of a document list: enough to show, without the sentences. */
export interface DocumentSummary {
  id: string;
  scope: Scope;
  title: string;
  url?: string;
  sentenceCount: number;
  builtin: boolean;
  addedBy: string;
  addedAt: string;
}

/** What to store: a document already split into sentences, and who adds it. */
export interface NewDocument {
  /** Its id is the wish; the store makes it unique (suffix -2, -3, ...) and relabels the sentences. */
  document: KnowledgeDocument;
  addedBy: string;
  action: AddAction;
}

/** The result of a write: the document as stored and the change it made. */
export interface StoreWrite<T> {
  value: T;
  /** The change sequence number of this write, so the writer's own index can skip it when polling. */
  changeSeq: number;
}

/** A built-in document from knowledge/ as it should be in the store. */
export type BuiltinResult = "added" | "replaced" | "unchanged";

/** One entry of the audit log. Entries outlive the documents they name. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  documentId: string;
  scope: Scope;
  title: string;
}

/** Most changes one changesSince call returns unless asked otherwise; a poller asks again when it gets this many. */
export const CHANGES_PAGE_SIZE = 1_000;

/** One change to the documents, in commit order: the basis of cross-process sync. */
export interface DocumentChange {
  seq: number;
  documentId: string;
  scope: Scope;
  kind: "put" | "remove";
}

/**
 * The knowledge store, narrow and asynchronous so that a PostgreSQL adapter is one new file.
 * Scope rules live here: a server sees the global documents and its own, never another server's.
 */
export interface KnowledgeStore {
  /** Stores a new document in one transaction. Throws a KnowledgeStoreError "duplicate" when its text is already visible in that scope. */
  addDocument(input: NewDocument): Promise<StoreWrite<StoredDocument>>;
  /** Puts a built-in document (global, read-only): added when absent, replaced when different, else untouched. */
  putBuiltinDocument(document: KnowledgeDocument, actor: string): Promise<StoreWrite<BuiltinResult>>;
  /** Removes a built-in document whose file has left knowledge/; refuses any other document. */
  removeBuiltinDocument(id: string, actor: string): Promise<StoreWrite<DocumentSummary>>;
  /** Removes a document of exactly this scope. Another server's document is "not-found"; a built-in or, from a server, a global one is "read-only". */
  removeDocument(id: string, scope: Scope, actor: string): Promise<StoreWrite<DocumentSummary>>;
  /** A document as seen from a scope (its own or global), or undefined. */
  getDocument(id: string, scope: Scope): Promise<StoredDocument | undefined>;
  /** The documents a scope sees: global first, then its own, oldest first. */
  listDocuments(scope: Scope): Promise<DocumentSummary[]>;
  /** Every stored document, all scopes, as an index reads it: without its stored text and paragraphs. */
  allDocuments(): Promise<SearchableDocument[]>;
  /** The current state of some documents, any scope; absent ids are left out. */
  documentsById(ids: readonly string[]): Promise<StoredDocument[]>;
  /** The document in this scope (or global) whose text has this hash, if any. */
  findByContentHash(contentHash: string, scope: Scope): Promise<DocumentSummary | undefined>;
  /** The highest change sequence number committed so far (0 for a new store). */
  latestChangeSeq(): Promise<number>;
  /** Changes after `seq`, oldest first. */
  changesSince(seq: number, limit?: number): Promise<DocumentChange[]>;
  /** The audit log, newest first; optionally one scope only. */
  auditLog(options?: { scope?: Scope; limit?: number }): Promise<AuditEntry[]>;
  /** Problems found by the database's own check and by counting each document's sentences; empty when consistent. */
  checkConsistency(): Promise<string[]>;
  close(): Promise<void>;
}

/** Why the store refused a write or a lookup. */
export type StoreErrorCode = "duplicate" | "not-found" | "read-only" | "id-taken" | "invalid";

/** The user-facing sentences for store refusals, one place for the CLI and the bot. */
export const STORE_MESSAGES = {
  duplicate: (existingId: string) => `This text is already stored as document "${existingId}".`,
  notFound: (id: string) => `There is no document "${id}" here.`,
  builtin: (id: string) => `Document "${id}" is built in (it comes from the knowledge/ folder) and cannot be removed here.`,
  globalFromServer: (id: string) =>
    `Document "${id}" is shared by every server; only the people who run the bot can remove it, from the command line.`,
  idTaken: (id: string) => `The id "${id}" belongs to a document that is not built in; remove or rename it first.`,
} as const;

/** A refusal from the store: `message` names the module and value, `userMessage` is one sentence for people. */
export class KnowledgeStoreError extends Error {
  override readonly name = "KnowledgeStoreError";
  constructor(
    readonly code: StoreErrorCode,
    readonly userMessage: string,
    detail: string,
    /** For "duplicate": the document that already has the text. */
    readonly existingId?: string,
  ) {
    super(`store: ${detail}`);
  }
}
