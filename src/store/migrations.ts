/** One schema step. Versions count from 1 and never change once released: add a new one instead. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The SQLite schema, in order. The database's `user_version` is the last version applied; at open
 * the store runs the missing ones, each in the same transaction as its version bump.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "documents, sentences, audit log, change sequence",
    sql: `
      CREATE TABLE documents (
        id             TEXT PRIMARY KEY,
        scope          TEXT NOT NULL,
        title          TEXT NOT NULL,
        publisher      TEXT,
        site           TEXT,
        url            TEXT,
        text           TEXT NOT NULL,
        content_hash   TEXT NOT NULL,
        sentence_count INTEGER NOT NULL,
        builtin        INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        added_by       TEXT NOT NULL,
        added_at       TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX documents_scope_content ON documents (scope, content_hash);
      CREATE INDEX documents_scope_added ON documents (scope, added_at);

      -- The derived sentences, stored so an index is rebuilt without splitting again.
      CREATE TABLE sentences (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        paragraph   INTEGER NOT NULL,
        sentence    INTEGER NOT NULL,
        text        TEXT NOT NULL,
        PRIMARY KEY (document_id, paragraph, sentence)
      ) STRICT, WITHOUT ROWID;

      -- No foreign key: entries outlive the documents they name.
      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL CHECK (action IN ('add', 'import', 'remove', 'replace')),
        document_id TEXT NOT NULL,
        scope       TEXT NOT NULL,
        title       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_scope ON audit_log (scope, id);

      -- One row per committed write; readers in other processes poll max(seq).
      CREATE TABLE changes (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL,
        scope       TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('put', 'remove')),
        at          TEXT NOT NULL
      ) STRICT;
    `,
  },
];
