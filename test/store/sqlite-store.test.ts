import { existsSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GLOBAL_SCOPE } from "../../src/knowledge/document.ts";
import { SQLITE_MIGRATIONS } from "../../src/store/migrations.ts";
import { openSqliteStore, storeFile } from "../../src/store/sqlite-store.ts";
import { KnowledgeStoreError, STORE_MESSAGES, type KnowledgeStore } from "../../src/store/store.ts";
import { SERVER_A, SERVER_B, noteDocument, openStoreIn, tempFolder } from "./temp-store.ts";

const MOSCOW = "The delegation arrived in Moscow on Thursday. It met the deputy foreign minister.\n\nTalks lasted two days.";
const DOHA = "A second meeting took place in Doha. Officials from Qatar attended.";
const FIXED_NOW = new Date("2026-01-02T03:04:05.000Z");

let folder: ReturnType<typeof tempFolder>;
let store: KnowledgeStore;

beforeEach(async () => {
  folder = tempFolder();
  store = await openStoreIn(folder.dir, { now: () => FIXED_NOW });
});

afterEach(async () => {
  await store.close();
  folder.remove();
});

/** Everything a reader can see of the store, to compare before and after a refused write. */
async function snapshot(s: KnowledgeStore) {
  return {
    documents: await s.documentsById((await s.allDocuments()).map((document) => document.id)),
    audit: await s.auditLog({ limit: 1_000 }),
    seq: await s.latestChangeSeq(),
  };
}

async function refusal(promise: Promise<unknown>): Promise<KnowledgeStoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KnowledgeStoreError);
  return error as KnowledgeStoreError;
}

describe("the SQLite knowledge store", () => {
  it("stores a document with its sentences, who added it and when", async () => {
    const { value } = await store.addDocument({
      document: noteDocument("Moscow visit", MOSCOW, SERVER_A, "https://example.org/moscow"),
      addedBy: "alice",
      action: "add",
    });
    const stored = await store.getDocument("moscow-visit", SERVER_A);
    expect(stored).toEqual(value);
    expect(stored?.sentences.map((s) => [s.ref, s.text])).toEqual([
      ["moscow-visit#p0.s1", "Moscow visit"],
      ["moscow-visit#p1.s1", "The delegation arrived in Moscow on Thursday."],
      ["moscow-visit#p1.s2", "It met the deputy foreign minister."],
      ["moscow-visit#p2.s1", "Talks lasted two days."],
    ]);
    expect(stored).toMatchObject({ scope: SERVER_A, url: "https://example.org/moscow", addedBy: "alice", addedAt: FIXED_NOW.toISOString(), builtin: false });
    expect(stored?.paragraphs).toEqual(["The delegation arrived in Moscow on Thursday. It met the deputy foreign minister.", "Talks lasted two days."]);
  });

  it("gives every document back unchanged after closing and reopening the file", async () => {
    await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_A), addedBy: "alice", action: "add" });
    await store.addDocument({ document: noteDocument("Doha meeting", DOHA, GLOBAL_SCOPE), addedBy: "bob", action: "import" });
    const before = await snapshot(store);
    await store.close();
    store = await openStoreIn(folder.dir);
    expect(await snapshot(store)).toEqual(before);
  });

  it("keeps the database in WAL mode in one file under the data folder", () => {
    expect(existsSync(storeFile(folder.dir))).toBe(true);
    expect(existsSync(`${storeFile(folder.dir)}-wal`)).toBe(true);
  });

  it("makes an id unique with a numbered suffix when the title's slug is taken", async () => {
    const first = await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_A), addedBy: "a", action: "add" });
    const second = await store.addDocument({ document: noteDocument("Moscow visit", DOHA, SERVER_B), addedBy: "b", action: "add" });
    expect([first.value.id, second.value.id]).toEqual(["moscow-visit", "moscow-visit-2"]);
    expect(second.value.sentences.every((s) => s.documentId === "moscow-visit-2" && s.ref.startsWith("moscow-visit-2#"))).toBe(true);
  });

  it("gives a title without ASCII letters a fallback id", async () => {
    const { value } = await store.addDocument({ document: noteDocument("Москва", MOSCOW, SERVER_A), addedBy: "a", action: "add" });
    expect(value.id).toBe("document");
  });

  it("refuses the same text twice in one scope, names the document that has it, and changes nothing", async () => {
    await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_A), addedBy: "a", action: "add" });
    const before = await snapshot(store);
    const error = await refusal(store.addDocument({ document: noteDocument("Another title", MOSCOW, SERVER_A), addedBy: "b", action: "add" }));
    expect(error.code).toBe("duplicate");
    expect(error.existingId).toBe("moscow-visit");
    expect(error.userMessage).toBe(STORE_MESSAGES.duplicate("moscow-visit"));
    expect(error.message).toMatch(/^store: .*moscow-visit/);
    expect(await snapshot(store)).toEqual(before);
  });

  it("treats text differing only in spacing and line breaks as the same text", async () => {
    await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_A), addedBy: "a", action: "add" });
    const respaced = MOSCOW.replace(". It", ".\n   It");
    const error = await refusal(store.addDocument({ document: noteDocument("Again", respaced, SERVER_A), addedBy: "a", action: "add" }));
    expect(error.code).toBe("duplicate");
  });

  it("lets two servers store the same text, each as its own document", async () => {
    await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_A), addedBy: "a", action: "add" });
    const { value } = await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_B), addedBy: "b", action: "add" });
    expect(value.scope).toBe(SERVER_B);
  });

  it("refuses a server's text that a global document already has", async () => {
    await store.addDocument({ document: noteDocument("Doha meeting", DOHA, GLOBAL_SCOPE), addedBy: "ops", action: "import" });
    const error = await refusal(store.addDocument({ document: noteDocument("Doha", DOHA, SERVER_A), addedBy: "a", action: "add" }));
    expect(error.existingId).toBe("doha-meeting");
  });

  it("shows a server the global documents and its own, never another server's", async () => {
    await store.addDocument({ document: noteDocument("Doha meeting", DOHA, GLOBAL_SCOPE), addedBy: "ops", action: "import" });
    await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_A), addedBy: "a", action: "add" });
    expect((await store.listDocuments(SERVER_A)).map((d) => d.id)).toEqual(["doha-meeting", "moscow-visit"]);
    expect((await store.listDocuments(SERVER_B)).map((d) => d.id)).toEqual(["doha-meeting"]);
    expect((await store.listDocuments(GLOBAL_SCOPE)).map((d) => d.id)).toEqual(["doha-meeting"]);
    expect(await store.getDocument("moscow-visit", SERVER_B)).toBeUndefined();
    expect(await store.getDocument("moscow-visit", GLOBAL_SCOPE)).toBeUndefined();
    expect(await store.getDocument("doha-meeting", SERVER_B)).toBeDefined();
  });

  it("lists a document with its sentence count, who added it and when", async () => {
    await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_A, "https://example.org/m"), addedBy: "alice", action: "add" });
    expect(await store.listDocuments(SERVER_A)).toEqual([
      { id: "moscow-visit", scope: SERVER_A, title: "Moscow visit", url: "https://example.org/m", sentenceCount: 4, builtin: false, addedBy: "alice", addedAt: FIXED_NOW.toISOString() },
    ]);
  });

  it("answers removal of another server's document exactly as for a missing one, and keeps it", async () => {
    await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_A), addedBy: "a", action: "add" });
    const before = await snapshot(store);
    const theirs = await refusal(store.removeDocument("moscow-visit", SERVER_B, "b"));
    const missing = await refusal(store.removeDocument("no-such-id", SERVER_B, "b"));
    expect(theirs.code).toBe("not-found");
    expect(theirs.userMessage).toBe(STORE_MESSAGES.notFound("moscow-visit"));
    expect(missing.userMessage).toBe(STORE_MESSAGES.notFound("no-such-id"));
    expect(await snapshot(store)).toEqual(before);
  });

  it("refuses to remove a global document from a server, and changes nothing", async () => {
    await store.addDocument({ document: noteDocument("Doha meeting", DOHA, GLOBAL_SCOPE), addedBy: "ops", action: "import" });
    const before = await snapshot(store);
    const error = await refusal(store.removeDocument("doha-meeting", SERVER_A, "a"));
    expect(error.code).toBe("read-only");
    expect(await snapshot(store)).toEqual(before);
  });

  it("gives every document, all servers', as the index reads it: its sentences, not its stored text", async () => {
    await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_A), addedBy: "a", action: "add" });
    await store.addDocument({ document: noteDocument("Doha meeting", DOHA, SERVER_B), addedBy: "b", action: "add" });
    const documents = await store.allDocuments();
    expect(documents.map((document) => [document.id, document.scope])).toEqual([["doha-meeting", SERVER_B], ["moscow-visit", SERVER_A]]);
    const [full] = await store.documentsById(["moscow-visit"]);
    expect(documents[1]).toEqual({ id: full?.id, scope: full?.scope, title: full?.title, sentences: full?.sentences });
  });

  it("removes a document with all its sentences so its text can be added again", async () => {
    await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_A), addedBy: "a", action: "add" });
    const { value } = await store.removeDocument("moscow-visit", SERVER_A, "a");
    expect(value).toMatchObject({ id: "moscow-visit", sentenceCount: 4 });
    expect(await store.allDocuments()).toEqual([]);
    expect(await store.checkConsistency()).toEqual([]);
    const again = await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_A), addedBy: "a", action: "add" });
    expect(again.value.id).toBe("moscow-visit");
  });

  it("records add, import and remove in the audit log with who, when, what and which server, and keeps them after removal", async () => {
    await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_A), addedBy: "alice", action: "add" });
    await store.addDocument({ document: noteDocument("Doha meeting", DOHA, SERVER_B), addedBy: "bob", action: "import" });
    await store.removeDocument("moscow-visit", SERVER_A, "carol");
    const at = FIXED_NOW.toISOString();
    expect((await store.auditLog()).map(({ id: _id, ...entry }) => entry)).toEqual([
      { at, actor: "carol", action: "remove", documentId: "moscow-visit", scope: SERVER_A, title: "Moscow visit" },
      { at, actor: "bob", action: "import", documentId: "doha-meeting", scope: SERVER_B, title: "Doha meeting" },
      { at, actor: "alice", action: "add", documentId: "moscow-visit", scope: SERVER_A, title: "Moscow visit" },
    ]);
    expect((await store.auditLog({ scope: SERVER_B })).map((entry) => entry.documentId)).toEqual(["doha-meeting"]);
  });

  it("refuses a document without sentences and changes nothing", async () => {
    const empty = { ...noteDocument("Moscow visit", MOSCOW, SERVER_A), sentences: [] };
    const before = await snapshot(store);
    expect((await refusal(store.addDocument({ document: empty, addedBy: "a", action: "add" }))).code).toBe("invalid");
    expect(await snapshot(store)).toEqual(before);
  });

  it("numbers changes in commit order across two handles on one file", async () => {
    const other = await openStoreIn(folder.dir);
    try {
      const a = await store.addDocument({ document: noteDocument("Moscow visit", MOSCOW, SERVER_A), addedBy: "a", action: "add" });
      const b = await other.addDocument({ document: noteDocument("Doha meeting", DOHA, SERVER_A), addedBy: "b", action: "add" });
      const c = await store.removeDocument("doha-meeting", SERVER_A, "a");
      expect([a.changeSeq, b.changeSeq, c.changeSeq]).toEqual([1, 2, 3]);
      expect(await other.changesSince(1)).toEqual([
        { seq: 2, documentId: "doha-meeting", scope: SERVER_A, kind: "put" },
        { seq: 3, documentId: "doha-meeting", scope: SERVER_A, kind: "remove" },
      ]);
      expect(await other.latestChangeSeq()).toBe(3);
    } finally {
      await other.close();
    }
  });
});

describe("built-in documents in the store", () => {
  const builtin = () => noteDocument("Seed article", MOSCOW, GLOBAL_SCOPE);

  it("adds a built-in document once and writes nothing when it is unchanged", async () => {
    expect((await store.putBuiltinDocument(builtin(), "knowledge/")).value).toBe("added");
    const before = await snapshot(store);
    expect(await store.putBuiltinDocument(builtin(), "knowledge/")).toEqual({ value: "unchanged", changeSeq: 0 });
    expect(await snapshot(store)).toEqual(before);
  });

  it("replaces a built-in document whose text changed, recording the replacement", async () => {
    await store.putBuiltinDocument(builtin(), "knowledge/");
    const changed = noteDocument("Seed article", `${MOSCOW} A correction was issued.`, GLOBAL_SCOPE);
    expect((await store.putBuiltinDocument(changed, "knowledge/")).value).toBe("replaced");
    expect((await store.getDocument("seed-article", GLOBAL_SCOPE))?.sentences.at(-1)?.text).toBe("A correction was issued.");
    expect((await store.auditLog())[0]?.action).toBe("replace");
    expect(await store.checkConsistency()).toEqual([]);
  });

  it("refuses to remove a built-in document, from a server or globally", async () => {
    await store.putBuiltinDocument(builtin(), "knowledge/");
    expect((await refusal(store.removeDocument("seed-article", GLOBAL_SCOPE, "ops"))).userMessage).toBe(STORE_MESSAGES.builtin("seed-article"));
    expect((await refusal(store.removeDocument("seed-article", SERVER_A, "a"))).code).toBe("read-only");
    expect(await store.getDocument("seed-article", SERVER_A)).toBeDefined();
  });

  it("refuses a built-in id that a moderator's document already has", async () => {
    await store.addDocument({ document: noteDocument("Seed article", DOHA, GLOBAL_SCOPE), addedBy: "ops", action: "add" });
    expect((await refusal(store.putBuiltinDocument(builtin(), "knowledge/"))).code).toBe("id-taken");
  });
});

describe("opening the store", () => {
  it("runs the numbered migrations once and refuses a database from a newer version", async () => {
    await store.close();
    const future = [...SQLITE_MIGRATIONS, { version: 2, name: "a later step", sql: "CREATE TABLE later (x INTEGER) STRICT;" }];
    const other = tempFolder();
    try {
      await (await openSqliteStore(storeFile(other.dir), { migrations: future })).close();
      // Reopening with the same list runs nothing again: a second CREATE TABLE would throw.
      await (await openSqliteStore(storeFile(other.dir), { migrations: future })).close();
      await expect(openSqliteStore(storeFile(other.dir))).rejects.toThrow(/^store: .*schema version 2 is newer than this program knows \(1\)/);
    } finally {
      other.remove();
    }
    store = await openStoreIn(folder.dir);
  });
});
