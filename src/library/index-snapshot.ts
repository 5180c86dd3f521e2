import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { SearchableDocument } from "../knowledge/document.ts";
import { languagePackageVersions } from "../search/derived-lists.ts";
import { KnowledgeBase, SNAPSHOT_VERSION, type KnowledgeSnapshot } from "../search/knowledge-base.ts";
import { dropStaleFiles, isAsideOf, replaceFile } from "../search/aside-writes.ts";
import { packWithArrays, unpackWithArrays } from "./packed-arrays.ts";

/**
 * A saved copy of the search index in the data folder, so a start with thousands of documents loads
 * the index instead of re-reading every sentence. It is only a cache: every document is still read
 * from the store, a document whose sentences changed since the copy is indexed again, and a copy
 * that is missing, damaged or of another version is ignored (and replaced at the next save). The file
 * is a SHA-256 digest of the rest, then the packed index: a flipped bit anywhere is damage found.
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
  /** True when the index was built whole from its documents, none added or removed since (see LoadedIndex.wholeBuild). */
  wholeBuild: boolean;
  knowledge: KnowledgeSnapshot;
}

const DIGEST = "sha256";
const DIGEST_BYTES = 32;
/** How long a writer's leftover (a process killed while saving) is kept before a save drops it. */
const LEFTOVER_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The snapshot file of a data folder. */
export function indexSnapshotFile(dataDir: string): string {
  return join(dataDir, INDEX_SNAPSHOT_FILE);
}

/** A digest of everything indexing reads from a document: its title and its sentences. */
export function documentFingerprint(document: SearchableDocument): string {
  // One update of the whole text, not one a sentence: a start fingerprints every sentence stored.
  let text = document.title;
  for (const sentence of document.sentences) text += `\n${sentence.paragraph}.${sentence.sentence}\t${sentence.text}`;
  return createHash("sha1").update(text).digest("base64");
}

/** What loading found: the index, whether the saved copy covered every document as it is, and how the index was made. */
export interface LoadedIndex {
  knowledge: KnowledgeBase;
  upToDate: boolean;
  /**
   * True when the index is as building it whole from these documents makes it: built so, or restored
   * from a copy that was, of exactly these documents. An index patched with documents added or
   * removed since is not, though it answers as one (see KnowledgeBase.add): its arrays keep the
   * removed documents' empty slots, and the ask command keeps to whole builds.
   */
  wholeBuild: boolean;
}

/**
 * The index of these documents: restored from the saved copy where it still fits, built where not.
 * With `wholeOnly`, a copy is restored only when it was built whole from exactly these documents;
 * else the index is built whole, so the answers are those of a fresh build (the ask command's).
 */
export function loadIndex(file: string, documents: readonly SearchableDocument[], wholeOnly = false): LoadedIndex {
  const saved = readSavedIndex(file);
  // Removed documents leave empty slots behind; once they outnumber the sentences, build afresh.
  const sentences = documents.reduce((count, document) => count + document.sentences.length, 0);
  if (saved && saved.knowledge.sentenceLinks.length / 3 <= 2 * Math.max(1, sentences)) {
    const unchanged = documents.filter((document) => saved.fingerprints[document.id] === documentFingerprint(document));
    const upToDate = unchanged.length === documents.length && unchanged.length === Object.keys(saved.fingerprints).length;
    if (!wholeOnly || (upToDate && saved.wholeBuild)) {
      try {
        const knowledge = KnowledgeBase.restore(saved.knowledge, unchanged);
        const restored = new Set(unchanged.map((document) => document.id));
        for (const document of documents) if (!restored.has(document.id)) knowledge.add(document);
        return { knowledge, upToDate, wholeBuild: upToDate && saved.wholeBuild };
      } catch {
        // A copy that does not fit is only a lost shortcut: index from the documents.
      }
    }
  }
  const knowledge = new KnowledgeBase();
  for (const document of documents) knowledge.add(document);
  return { knowledge, upToDate: false, wholeBuild: true };
}

/**
 * Saves the index beside the store, with whether it was built whole (see LoadedIndex.wholeBuild);
 * written aside and renamed, so a reader never sees half a file.
 */
export function saveIndex(file: string, knowledge: KnowledgeBase, wholeBuild: boolean): void {
  const snapshot = knowledge.snapshot();
  const fingerprints: Record<string, string> = {};
  for (const id of snapshot.documents.ids) {
    const document = knowledge.get(id);
    if (document) fingerprints[id] = documentFingerprint(document);
  }
  const packed = packWithArrays({ madeWith: MADE_WITH, fingerprints, wholeBuild, knowledge: snapshot } satisfies SavedIndex);
  replaceFile(file, [createHash(DIGEST).update(packed).digest(), packed]);
  dropStaleFiles(dirname(file), (name) => isAsideOf(basename(file), name), LEFTOVER_LIFETIME_MS);
}

function readSavedIndex(file: string): SavedIndex | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const bytes = readFileSync(file);
    const packed = bytes.subarray(DIGEST_BYTES);
    if (bytes.length < DIGEST_BYTES || !createHash(DIGEST).update(packed).digest().equals(bytes.subarray(0, DIGEST_BYTES))) return undefined;
    const saved = unpackWithArrays(packed) as Partial<SavedIndex> | null;
    return saved?.madeWith === MADE_WITH && saved.fingerprints && saved.knowledge ? (saved as SavedIndex) : undefined;
  } catch {
    return undefined;
  }
}
