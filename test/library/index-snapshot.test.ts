import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer-question.ts";
import { GLOBAL_SCOPE } from "../../src/knowledge/document.ts";
import { loadBuiltinDocuments } from "../../src/knowledge/builtin.ts";
import { indexSnapshotFile, loadIndex, saveIndex } from "../../src/library/index-snapshot.ts";
import { makeDocument } from "../support/make-document.ts";
import { draftFromText, storeDraft } from "../../src/library/ingest.ts";
import { openLibrary, type Library } from "../../src/library/library.ts";
import { openStoreIn, tempFolder } from "../store/temp-store.ts";

const FALCON = draftFromText({
  title: "Falcon sanctuary opens",
  text: "The Zarqa falcon sanctuary opened on Monday with forty peregrine falcons. Its director is Leila Haddad.",
});
const FALCON_QUESTION = "Who is the director of the falcon sanctuary?";
const SEED_QUESTION = "Who led the Hamas delegation to Moscow?";

let folder: ReturnType<typeof tempFolder>;
let library: Library | undefined;

beforeEach(() => {
  folder = tempFolder("kb-snapshot-");
});

afterEach(async () => {
  await library?.close();
  library = undefined;
  folder.remove();
});

async function restart(saveIndexSnapshot: boolean, options: { wholeIndexOnly?: boolean; onSnapshotError?: (error: unknown) => void } = {}): Promise<Library> {
  await library?.close();
  library = await openLibrary({ dataDir: folder.dir, saveIndexSnapshot, ...options });
  return library;
}

describe("the saved index", () => {
  it("is written when the library saves it and answers the same after a restart", async () => {
    const first = await restart(true);
    await first.addDocument({ draft: FALCON, scope: GLOBAL_SCOPE, addedBy: "test", action: "add" });
    const before = [SEED_QUESTION, FALCON_QUESTION].map((question) => answerQuestion(first.knowledge, question));
    await first.close();
    expect(existsSync(indexSnapshotFile(folder.dir))).toBe(true);
    const second = await restart(false);
    expect([SEED_QUESTION, FALCON_QUESTION].map((question) => answerQuestion(second.knowledge, question))).toEqual(before);
  });

  it("indexes a document that another process added while the bot was stopped", async () => {
    await (await restart(true)).close();
    const other = await openStoreIn(folder.dir);
    await storeDraft(other, { draft: FALCON, scope: GLOBAL_SCOPE, addedBy: "other", action: "add" });
    await other.close();
    const reopened = await restart(false);
    expect(answerQuestion(reopened.knowledge, FALCON_QUESTION).citations[0]?.text).toMatch(/director is Leila Haddad/);
  });

  it("is ignored when damaged, and the index is built from the store", async () => {
    await (await restart(true)).close();
    writeFileSync(indexSnapshotFile(folder.dir), "not a snapshot");
    const reopened = await restart(false);
    expect(answerQuestion(reopened.knowledge, SEED_QUESTION).answered).toBe(true);
  });

  it("is ignored when one bit of it flipped, and saved again", async () => {
    const first = await restart(true);
    await first.addDocument({ draft: FALCON, scope: GLOBAL_SCOPE, addedBy: "test", action: "add" });
    await first.close();
    const file = indexSnapshotFile(folder.dir);
    const bytes = readFileSync(file);
    const at = Math.floor(bytes.length * 0.9);
    bytes[at] = (bytes[at] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    const reopened = await restart(true);
    expect(answerQuestion(reopened.knowledge, FALCON_QUESTION).citations[0]?.text).toMatch(/director is Leila Haddad/);
    expect(readFileSync(file).equals(bytes)).toBe(false);
  });

  it("is tried once per change when it cannot be written, and told once", async () => {
    const errors: unknown[] = [];
    // A folder where the file should be: every save fails.
    mkdirSync(indexSnapshotFile(folder.dir));
    await (await restart(true, { onSnapshotError: (error) => errors.push(error) })).close();
    library = undefined;
    expect(errors).toHaveLength(1);
  });

  it("drops what a writer killed while saving left behind, once a day old", async () => {
    const file = indexSnapshotFile(folder.dir);
    writeFileSync(`${file}.old-writer.partial`, "half an index");
    writeFileSync(`${file}.busy-writer.partial`, "a save in progress");
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(`${file}.old-writer.partial`, twoDaysAgo, twoDaysAgo);
    await (await restart(true)).close();
    library = undefined;
    expect(readdirSync(folder.dir).filter((name) => name.endsWith(".partial"))).toEqual(["index-snapshot.bin.busy-writer.partial"]);
  });

  it("with wholeIndexOnly, answers as a fresh build of the store, whatever was added and removed in between", async () => {
    const harbour = draftFromText({ title: "Harbour closed", text: "A storm closed the harbour on Tuesday. The harbour master is Ines Moreau." });
    const first = await restart(true);
    await first.addDocument({ draft: FALCON, scope: GLOBAL_SCOPE, addedBy: "test", action: "add" });
    const added = await first.addDocument({ draft: harbour, scope: GLOBAL_SCOPE, addedBy: "test", action: "add" });
    await first.removeDocument(added.id, GLOBAL_SCOPE, "test");
    await first.close();
    const patched = await readIndexWords(true);
    const whole = await readIndexWords(false);
    // The bot's saved index still knows the removed article's words; the ask command's does not.
    expect(patched).toContain("moreau");
    expect(whole).not.toContain("moreau");
    const fresh = tempFolder("kb-snapshot-fresh-");
    try {
      const copied = await openStoreIn(fresh.dir);
      await storeDraft(copied, { draft: FALCON, scope: GLOBAL_SCOPE, addedBy: "test", action: "add" });
      await copied.close();
      const freshLibrary = await openLibrary({ dataDir: fresh.dir });
      expect(library?.knowledge.snapshot()).toEqual(freshLibrary.knowledge.snapshot());
      await freshLibrary.close();
    } finally {
      fresh.remove();
    }
  });

  it("patched, answers as a fresh build of the store, whatever was added and removed in between", async () => {
    const appeal = draftFromText({ title: "Toy appeal", text: "The charity is giving toys to children this winter." });
    const crash = draftFromText({ title: "Crash on Mill Street", text: "A van hit a lamp post on Mill Street. No one was injured. Police closed the road for two hours." });
    const first = await restart(true);
    const added = await first.addDocument({ draft: appeal, scope: GLOBAL_SCOPE, addedBy: "test", action: "add" });
    await first.addDocument({ draft: crash, scope: GLOBAL_SCOPE, addedBy: "test", action: "add" });
    await first.removeDocument(added.id, GLOBAL_SCOPE, "test");
    await first.close();
    // Another process stores the crash report as another site ran it, first in the store's order, while the bot is stopped.
    const copy = draftFromText({ title: "A van hits a lamp post", text: `${crash.paragraphs.join(" ")} Its driver was unhurt.` });
    const other = await openStoreIn(folder.dir);
    await storeDraft(other, { draft: copy, scope: GLOBAL_SCOPE, addedBy: "other", action: "add" });
    await other.close();
    const questions = [SEED_QUESTION, "Besides the hostages, what else was on the agenda for the Moscow talks?", "Was anyone injured when the van hit the lamp post?", "who is mikhail bogdnov"];
    const patched = (await restart(false)).knowledge;
    const answers = questions.map((question) => answerQuestion(patched, question));
    const whole = (await restart(false, { wholeIndexOnly: true })).knowledge;
    expect(answers).toEqual(questions.map((question) => answerQuestion(whole, question)));
  });
});

/** The words of the index a library opened now holds, by how it restores a saved index. */
async function readIndexWords(patching: boolean): Promise<string[]> {
  const opened = await restart(true, { wholeIndexOnly: !patching });
  return opened.knowledge.snapshot().words;
}

describe("loadIndex", () => {
  const seed = loadBuiltinDocuments();
  const harbour = makeDocument("harbour", "Harbour closed", ["A storm closed the harbour on Tuesday."]);

  it("takes every document from the saved copy when none changed", () => {
    const file = indexSnapshotFile(folder.dir);
    saveIndex(file, loadIndex(file, [...seed, harbour]).knowledge, true);
    const loaded = loadIndex(file, [...seed, harbour]);
    expect(loaded.upToDate).toBe(true);
    expect(answerQuestion(loaded.knowledge, "When did the storm close the harbour?").citations[0]?.ref).toBe("harbour#p1.s1");
  });

  it("indexes again a document whose sentences changed since the copy", () => {
    const file = indexSnapshotFile(folder.dir);
    saveIndex(file, loadIndex(file, [...seed, harbour]).knowledge, true);
    const edited = makeDocument("harbour", "Harbour closed", ["A storm closed the harbour on Friday, and the ferry stopped."]);
    const loaded = loadIndex(file, [...seed, edited]);
    expect(loaded.upToDate).toBe(false);
    expect(answerQuestion(loaded.knowledge, "Why did the ferry stop?").citations[0]?.text).toMatch(/ferry stopped/);
  });
});

describe("loadIndex after heavy churn", () => {
  it("builds afresh when most of the saved index is empty slots", () => {
    const file = indexSnapshotFile(folder.dir);
    const seed = loadBuiltinDocuments();
    const knowledge = loadIndex(file, seed).knowledge;
    for (let round = 0; round < 3; round++) for (const document of seed) knowledge.add(document);
    saveIndex(file, knowledge, false);
    const loaded = loadIndex(file, seed);
    expect(loaded.upToDate).toBe(false);
    expect(loaded.knowledge.snapshot().sentenceLinks.length / 3).toBe(seed.reduce((count, document) => count + document.sentences.length, 0));
  });
});
