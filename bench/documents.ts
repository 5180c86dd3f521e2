import type { KnowledgeDocument } from "../src/knowledge/document.ts";
import { loadBuiltinDocuments } from "../src/knowledge/builtin.ts";
import { buildBrownDocuments, brownCorpusDir, readBrownSentences, SENTENCES_PER_DOCUMENT } from "./brown-corpus.ts";

/**
 * The knowledge base of one benchmark size: `size` documents in all, Brown excerpts first and the
 * seed article last (so no engine wins a tie by seeing it first).
 */
export function buildBenchDocuments(size: number): KnowledgeDocument[] {
  const seed = loadBuiltinDocuments();
  const brownCount = Math.max(0, size - seed.length);
  // Reading stops once there are sentences enough; past the corpus's size it reads it all and wraps.
  const corpus = brownCount > 0 ? readBrownSentences(brownCorpusDir(), brownCount * SENTENCES_PER_DOCUMENT) : [];
  const brown = buildBrownDocuments(brownCount, corpus);
  return [...brown, ...seed];
}

/** How many sentences the documents hold, titles included. */
export function countSentences(documents: readonly KnowledgeDocument[]): number {
  return documents.reduce((sum, document) => sum + document.sentences.length, 0);
}
