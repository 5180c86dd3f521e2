import { contentWords } from "./text.ts";
import type { WordVectors } from "./word-vectors.ts";
import type { Synset, WordNetPos } from "./wordnet.ts";

/** Sense signatures kept before the cache starts over: far more than the senses of a day's question words. */
const MAX_CACHED_SIGNATURES = 50_000;

/** A context's meaning: the mean direction of its words' vectors. */
export type Centroid = Float64Array;

/**
 * How well a word's senses fit the words around it, by word vectors: a light Lesk, where a sense's
 * words and the words of its definition stand for it. "Role" beside "Hamas" is a part someone plays
 * ("function, office, part"), not what something is used for ("purpose"); "snapped" beside "photo"
 * is photographed, not broken.
 */
export class SenseFit {
  private readonly wordVectors: WordVectors;
  private readonly signatures = new Map<string, Centroid | null>();

  constructor(wordVectors: WordVectors) {
    this.wordVectors = wordVectors;
  }

  /** The mean direction of the words' vectors, undefined when none has one. */
  centroidOf(words: readonly string[]): Centroid | undefined {
    const sum = new Float64Array(this.wordVectors.dimensions);
    let counted = 0;
    for (const word of words) {
      const vector = this.wordVectors.vectorOf(word);
      if (vector === undefined) continue;
      let length = 0;
      for (const value of vector.values) length += value * value;
      if (length === 0) continue;
      const scale = 1 / Math.sqrt(length);
      vector.values.forEach((value, at) => (sum[at] = (sum[at] ?? 0) + value * scale));
      counted++;
    }
    return counted === 0 ? undefined : sum;
  }

  /** Cosine of a context and a sense (its member words and its definition's content words), 0 when the sense has no vector. */
  fit(context: Centroid, synset: Synset, pos: WordNetPos, offset: number): number {
    const signature = this.signatureOf(synset, pos, offset);
    return signature === undefined ? 0 : cosine(context, signature);
  }

  private signatureOf(synset: Synset, pos: WordNetPos, offset: number): Centroid | undefined {
    const key = `${pos}:${offset}`;
    let signature = this.signatures.get(key);
    if (signature === undefined) {
      const members = synset.words.filter((word) => !word.includes("_"));
      signature = this.centroidOf([...members, ...contentWords(synset.gloss)]) ?? null;
      if (this.signatures.size >= MAX_CACHED_SIGNATURES) this.signatures.clear();
      this.signatures.set(key, signature);
    }
    return signature ?? undefined;
  }
}

function cosine(a: Centroid, b: Centroid): number {
  let dot = 0;
  let left = 0;
  let right = 0;
  for (let at = 0; at < a.length; at++) {
    const x = a[at] ?? 0;
    const y = b[at] ?? 0;
    dot += x * y;
    left += x * x;
    right += y * y;
  }
  return left === 0 || right === 0 ? 0 : dot / Math.sqrt(left * right);
}
