import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { KnowledgeDocument } from "../knowledge/document.ts";
import { languagePackageVersions } from "../search/derived-lists.ts";
import { KnowledgeBase, SNAPSHOT_VERSION, type KnowledgeSnapshot } from "../search/knowledge-base.ts";
import { packWithArrays, unpackWithArrays } from "./packed-arrays.ts";

/**
 * A saved copy of the search index in the data folder, so a start with thousands of documents loads
 * the index instead of re-reading every sentence. It is only a cache: every document is still read
 * from the store, a document whose sentences changed since the copy is indexed again, and a copy
 * that is missing, damaged or of another version is ignored (and replaced at the next save).
 */

/** The snapshot's file name inside DATA_DIR. */
export const INDEX_SNAPSHOT_FILE = "index-snapshot.bin";

/**
 * What the saved index was made with: the snapshot format and the language data that decide a
 * word's index key. An upgrade of any of them makes the copy unusable, so it is rebuilt.
 */
const MADE_WITH = [`snapshot ${SNAPSHOT_VERSION}`, ...languagePackageVersions()].join(", ");

interface SavedIndex {
  madeWith: string;
  /** What each saved document's indexed text was, by id, to tell which are unchanged. */
  fingerprints: Record<string, string>;
  knowledge: KnowledgeSnapshot;
}

/** The snapshot file of a data folder. */
export function indexSnapshotFile(dataDir: string): string {
  return join(dataDir, INDEX_SNAPSHOT_FILE);
}

/** A digest of everything indexing reads from a document: its title and its sentences. */
export function documentFingerprint(document: KnowledgeDocument): string {
  // One update of the whole text, not one a sentence: a start fingerprints every sentence stored.
  let text = document.title;
  for (const sentence of document.sentences) text += `\n${sentence.paragraph}.${sentence.sentence}\t${sentence.text}`;
  return createHash("sha1").update(text).digest("base64");
}

/** What loading found: the index, and whether the saved copy covered every document as it is. */
export interface LoadedIndex {
  knowledge: KnowledgeBase;
  upToDate: boolean;
}

/** The index of these documents: restored from the saved copy where it still fits, built where not. */
export function loadIndex(file: string, documents: readonly KnowledgeDocument[]): LoadedIndex {
  const saved = readSavedIndex(file);
  // Removed documents leave empty slots behind; once they outnumber the sentences, build afresh.
  const sentences = documents.reduce((count, document) => count + document.sentences.length, 0);
  if (saved && saved.knowledge.sentenceLinks.length / 3 <= 2 * Math.max(1, sentences)) {
    try {
      const unchanged = documents.filter((document) => saved.fingerprints[document.id] === documentFingerprint(document));
      const knowledge = KnowledgeBase.restore(saved.knowledge, unchanged);
      const restored = new Set(unchanged.map((document) => document.id));
      for (const document of documents) if (!restored.has(document.id)) knowledge.add(document);
      const upToDate = unchanged.length === documents.length && unchanged.length === Object.keys(saved.fingerprints).length;
      return { knowledge, upToDate };
    } catch {
      // A copy that does not fit is only a lost shortcut: index from the documents.
    }
  }
  const knowledge = new KnowledgeBase();
  for (const document of documents) knowledge.add(document);
  return { knowledge, upToDate: false };
}

/** Saves the index beside the store; written aside and renamed, so a reader never sees half a file. */
export function saveIndex(file: string, knowledge: KnowledgeBase): void {
  const snapshot = knowledge.snapshot();
  const fingerprints: Record<string, string> = {};
  for (const id of snapshot.documents.ids) {
    const document = knowledge.get(id);
    if (document) fingerprints[id] = documentFingerprint(document);
  }
  // Unique per writer: two hosts sharing DATA_DIR may both run as pid 1.
  const partial = `${file}.${randomUUID()}.partial`;
  try {
    writeFileSync(partial, packWithArrays({ madeWith: MADE_WITH, fingerprints, knowledge: snapshot } satisfies SavedIndex));
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

function readSavedIndex(file: string): SavedIndex | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const saved = unpackWithArrays(readFileSync(file)) as Partial<SavedIndex> | null;
    return saved?.madeWith === MADE_WITH && saved.fingerprints && saved.knowledge ? (saved as SavedIndex) : undefined;
  } catch {
    return undefined;
  }
}
