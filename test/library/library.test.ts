import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadBuiltinDocuments } from "../../src/knowledge/builtin.ts";
import { GLOBAL_SCOPE } from "../../src/knowledge/document.ts";
import { draftFromText, storeDraft } from "../../src/library/ingest.ts";
import { openLibrary, type Library } from "../../src/library/library.ts";
import type { KnowledgeStore } from "../../src/store/store.ts";
import { SERVER_A, SERVER_B, noteDocument, openStoreIn, tempFolder } from "../store/temp-store.ts";

const FALCON = draftFromText({
  title: "Falcon sanctuary opens",
  text: "The Zarqa falcon sanctuary opened on Monday with forty peregrine falcons. Its director is Leila Haddad.",
});
const FALCON_QUESTION = "Who is the director of the falcon sanctuary?";
/** Plenty for a poll every second on a loaded CI machine; the test passes as soon as the change shows. */
const SYNC_DEADLINE = { timeout: 20_000, interval: 25 } as const;

let folder: ReturnType<typeof tempFolder>;
let library: Library | undefined;
let other: KnowledgeStore | undefined;

beforeEach(() => {
  folder = tempFolder("kb-library-");
});

afterEach(async () => {
  await library?.close();
  await other?.close();
  library = undefined;
  other = undefined;
  folder.remove();
});

function topDocument(lib: Library, question: string, scope = GLOBAL_SCOPE): string | undefined {
  return lib.knowledge.search(question, { scope, limit: 1 })[0]?.document.id;
}

describe("the library", () => {
  it("indexes the built-in documents from knowledge/ at open and answers from them", async () => {
    library = await openLibrary({ dataDir: folder.dir });
    expect(topDocument(library, "Who led the Hamas delegation to Moscow?")).toBe("guardian-hamas-moscow-visit");
    expect((await library.store.listDocuments(GLOBAL_SCOPE)).map((d) => [d.id, d.builtin])).toEqual([["guardian-hamas-moscow-visit", true]]);
  });

  it("writes nothing at a second start when the built-in documents have not changed", async () => {
    library = await openLibrary({ dataDir: folder.dir });
    const seq = await library.store.latestChangeSeq();
    await library.close();
    library = await openLibrary({ dataDir: folder.dir });
    expect(await library.store.latestChangeSeq()).toBe(seq);
  });

  it("replaces a built-in document whose file changed and drops one whose file is gone", async () => {
    const [seed] = loadBuiltinDocuments();
    const extra = noteDocument("Falcon sanctuary opens", "Forty falcons live there.", GLOBAL_SCOPE);
    library = await openLibrary({ dataDir: folder.dir, builtinDocuments: [seed!, extra] });
    await library.close();
    const edited = noteDocument("Falcon sanctuary opens", "Forty-one falcons live there now.", GLOBAL_SCOPE);
    library = await openLibrary({ dataDir: folder.dir, builtinDocuments: [edited] });
    expect(library.knowledge.get("guardian-hamas-moscow-visit")).toBeUndefined();
    expect(library.knowledge.get("falcon-sanctuary-opens")?.sentences.at(-1)?.text).toBe("Forty-one falcons live there now.");
    expect((await library.store.auditLog()).slice(0, 2).map((e) => [e.action, e.documentId])).toEqual([
      ["remove", "guardian-hamas-moscow-visit"],
      ["replace", "falcon-sanctuary-opens"],
    ]);
  });

  it("makes a document it adds answerable at once, in its server only", async () => {
    library = await openLibrary({ dataDir: folder.dir });
    const added = await library.addDocument({ draft: FALCON, scope: SERVER_A, addedBy: "alice", action: "add" });
    expect(topDocument(library, FALCON_QUESTION, SERVER_A)).toBe(added.id);
    expect(topDocument(library, FALCON_QUESTION, SERVER_B)).toBeUndefined();
    expect(topDocument(library, FALCON_QUESTION, GLOBAL_SCOPE)).toBeUndefined();
  });

  it("removes a document from the index at once", async () => {
    library = await openLibrary({ dataDir: folder.dir });
    const added = await library.addDocument({ draft: FALCON, scope: SERVER_A, addedBy: "alice", action: "add" });
    await library.removeDocument(added.id, SERVER_A, "alice");
    expect(library.knowledge.get(added.id)).toBeUndefined();
    expect(topDocument(library, FALCON_QUESTION, SERVER_A)).toBeUndefined();
  });

  it("does not read its own writes again when it syncs", async () => {
    library = await openLibrary({ dataDir: folder.dir, syncIntervalMs: 60_000 });
    await library.addDocument({ draft: FALCON, scope: SERVER_A, addedBy: "alice", action: "add" });
    expect(await library.refresh()).toBe(0);
  });

  it("leaves the store unchanged when another server tries to remove a document", async () => {
    library = await openLibrary({ dataDir: folder.dir });
    const added = await library.addDocument({ draft: FALCON, scope: SERVER_A, addedBy: "alice", action: "add" });
    await expect(library.removeDocument(added.id, SERVER_B, "mallory")).rejects.toMatchObject({ code: "not-found" });
    expect(topDocument(library, FALCON_QUESTION, SERVER_A)).toBe(added.id);
  });
});

describe("the library and other processes", () => {
  it("answers from a document another process adds, without a restart", async () => {
    library = await openLibrary({ dataDir: folder.dir });
    other = await openStoreIn(folder.dir);
    const { value } = await storeDraft(other, { draft: FALCON, scope: SERVER_A, addedBy: "cli-user", action: "add" });
    const lib = library;
    await vi.waitFor(() => expect(topDocument(lib, FALCON_QUESTION, SERVER_A)).toBe(value.id), SYNC_DEADLINE);
    expect(topDocument(lib, FALCON_QUESTION, SERVER_B)).toBeUndefined();
  });

  it("stops answering from a document another process removes, without a restart", async () => {
    library = await openLibrary({ dataDir: folder.dir });
    const added = await library.addDocument({ draft: FALCON, scope: SERVER_A, addedBy: "alice", action: "add" });
    other = await openStoreIn(folder.dir);
    await other.removeDocument(added.id, SERVER_A, "cli-user");
    const lib = library;
    await vi.waitFor(() => expect(lib.knowledge.get(added.id)).toBeUndefined(), SYNC_DEADLINE);
    expect(topDocument(lib, FALCON_QUESTION, SERVER_A)).toBeUndefined();
  });

  it("applies every change of a burst larger than one page of the change log", async () => {
    library = await openLibrary({ dataDir: folder.dir, syncIntervalMs: 60_000, changesPageSize: 10 });
    other = await openStoreIn(folder.dir);
    const ids: string[] = [];
    for (let n = 0; n < 25; n += 1) {
      const draft = draftFromText({ title: `Note ${n}`, text: `Observation number ${n} was recorded.` });
      ids.push((await storeDraft(other, { draft, scope: SERVER_A, addedBy: "bulk", action: "import" })).value.id);
    }
    expect(await library.refresh()).toBe(25);
    expect(ids.every((id) => library?.knowledge.get(id) !== undefined)).toBe(true);
  });
});
