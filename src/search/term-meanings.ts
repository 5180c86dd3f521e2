import { KnownSimilarities } from "./known-similarities.ts";
import type { Thesaurus } from "./synonyms.ts";
import { lemmaOf } from "./terms.ts";
import { WordVectors, type WordVector } from "./word-vectors.ts";

/** Words of every kind of text ("good", "new", "year") rank among the commonest this many in English. */
const COMMONEST_WORDS = 500;
/** Word vectors kept per term: the few words indexed under one lemma cover its meanings. */
const MAX_MEANINGS_PER_TERM = 4;
/** Below this similarity to the vectors a term has, a word's vector is another meaning worth keeping. */
const DISTINCT_MEANING = 0.8;
/**
 * Words this common in English ("one", "two", "new", "first", "year") are in nearly every text: a
 * sentence's word among them, close to a question word by its vector, says nothing about which
 * sentence answers it.
 */
const EVERYWHERE_WORDS = 50;
/**
 * Question words whose similarities to index terms are kept between questions, the least recently
 * asked dropped first: a few kilobytes each (a bit per index term).
 */
const KEPT_QUESTION_WORDS = 1_000;
/** The rank of a term no word of which was remembered (see TermMeanings.termRanks). */
const UNRANKED = -1;

/** A vector a question word is compared by, and how much a similarity to it counts (0 to 1). */
export interface Meaning {
  vector: WordVector;
  weight: number;
}

/** A sentence's term closest in meaning to a question word, and how close (cosine, 0 when none). */
export interface NearestTerm {
  similarity: number;
  /** -1 when no term of the sentence has a meaning. */
  term: number;
}

/**
 * The meanings (word vectors) of index terms, for finding a sentence word of the same meaning as a
 * question word ("farmers" for "growers").
 */
export class TermMeanings {
  private readonly thesaurus: Thesaurus;
  private readonly wordVectors: WordVectors;
  /**
   * The first few words indexed under each term, by term id: a lemma stands for several words
   * ("press" and "pressing"), which may not mean the same.
   */
  private readonly termWords: string[][] = [];
  /** Their vectors, read when a term is first compared by meaning: most terms never are. */
  private readonly termVectors: (WordVector[] | undefined)[] = [];
  /**
   * By term id, the order its first word was remembered in, which a whole build numbers terms in:
   * of a sentence's words as close to a question word, the one met first is the nearest, whatever
   * order a patched index numbered them in.
   */
  private readonly termRanks: number[] = [];
  private nextRank = 0;
  /**
   * By a question word's meanings (and the floor), what its comparisons with index terms found, in
   * the order last asked: comparing vectors is the costliest step of a search.
   */
  private readonly knownSimilarities = new Map<string, KnownSimilarities>();
  /** The key of a question word's meanings in knownSimilarities, made once per question. */
  private readonly similarityKeys = new WeakMap<readonly Meaning[], string>();

  constructor(thesaurus: Thesaurus, wordVectors: WordVectors) {
    this.thesaurus = thesaurus;
    this.wordVectors = wordVectors;
  }

  /**
   * The vector of a dictionary word. Names and misspellings get none: "Netanyahu" sits close to
   * "Hamas" in the vectors, but a question about one is not answered by a sentence about the other.
   */
  meaningOf(word: string): WordVector | undefined {
    const lemma = lemmaOf(word);
    // The vector first: most words of a large index have none (rare words, numbers), and WordNet's
    // lookup costs more.
    const vector = this.wordVectors.vectorOf(word) ?? this.wordVectors.vectorOf(lemma);
    return vector !== undefined && this.thesaurus.knows(lemma) ? vector : undefined;
  }

  /** The commonest dictionary word among some ("travel" of the words one slip from "travle"), if any. */
  commonWordNear(words: Iterable<string>): string | undefined {
    let best: { word: string; rank: number } | undefined;
    for (const word of words) {
      const rank = this.wordVectors.rankOf(word);
      if (rank !== undefined && (best === undefined || rank < best.rank) && this.thesaurus.knows(lemmaOf(word))) best = { word, rank };
    }
    return best?.word;
  }

  /**
   * How many times as often English writes one word as another, by their frequency ranks (a word's
   * frequency falls as one over its rank); infinite when only the first is among the words kept.
   */
  timesCommoner(word: string, than: string): number {
    const rank = this.wordVectors.rankOf(word);
    if (rank === undefined) return 0;
    const rankThan = this.wordVectors.rankOf(than);
    return rankThan === undefined ? Number.POSITIVE_INFINITY : (rankThan + 1) / (rank + 1);
  }

  /**
   * True when a word's lemma is among the commonest English words ("good", "late", "year"): any
   * text holds them, so finding one says little about what a sentence is about.
   */
  isCommon(word: string): boolean {
    return this.isFrequent(lemmaOf(word), COMMONEST_WORDS);
  }

  /** True when a word is among the `within` commonest English words, by its vector's frequency rank. */
  isFrequent(word: string, within: number): boolean {
    const rank = this.wordVectors.rankOf(word);
    return rank !== undefined && rank < within;
  }

  /** True when a word's lemma is among the few commonest English words, which nearly every sentence holds. */
  private isEverywhere(word: string): boolean {
    return this.isFrequent(lemmaOf(word), EVERYWHERE_WORDS);
  }

  /** Forgets every term's words, to be told them again in another order (see rememberWord). */
  forgetWords(): void {
    this.termWords.length = 0;
    this.termVectors.length = 0;
    this.termRanks.length = 0;
    this.nextRank = 0;
    this.knownSimilarities.clear();
  }

  /** Records a word seen for the first time under a term, for its meaning. */
  rememberWord(term: number, word: string): void {
    while (this.termWords.length <= term) {
      this.termWords.push([]);
      this.termRanks.push(UNRANKED);
    }
    if (this.termRanks[term] === UNRANKED) this.termRanks[term] = this.nextRank++;
    const words = this.termWords[term];
    if (!words || words.length >= MAX_MEANINGS_PER_TERM) return;
    words.push(word);
    this.termVectors[term] = undefined;
    // The term may have gained a meaning: what was known of its similarities is no longer sure.
    this.knownSimilarities.clear();
  }

  /**
   * How close in meaning a sentence's nearest word is to a question word (the best of its meanings,
   * each similarity times its weight), given the sentence's flat (term, frequency) pairs; 0 when
   * below `floor`, under which the caller makes nothing of a similarity. Similarities are
   * remembered per question word (the caller keeps one map per word and one floor, and may rule
   * terms out in it), since candidates share most of their words; and between questions. Of terms
   * as close, the one whose first word was remembered first.
   */
  nearestInMeaning(meanings: readonly Meaning[], pairs: ArrayLike<number>, similarities: Map<number, number>, floor: number): NearestTerm {
    // Plain loops: this runs for every word of every candidate sentence not matched otherwise.
    let bestSimilarity = 0;
    let bestTerm = -1;
    let known: KnownSimilarities | undefined;
    for (let at = 0; at < pairs.length; at += 2) {
      const term = pairs[at] ?? -1;
      let similarity = similarities.get(term);
      if (similarity === undefined) {
        known ??= this.knownSimilaritiesTo(meanings, floor);
        similarity = known.get(term);
        if (similarity === undefined) {
          similarity = this.similarityTo(meanings, term, floor);
          known.set(term, similarity);
        }
        similarities.set(term, similarity);
      }
      if (similarity > bestSimilarity || (similarity === bestSimilarity && similarity > 0 && this.rankOf(term) < this.rankOf(bestTerm))) {
        bestSimilarity = similarity;
        bestTerm = term;
      }
    }
    return { similarity: bestSimilarity, term: bestTerm };
  }

  /** The order a term's first word was remembered in (see termRanks); a term never remembered comes last. */
  private rankOf(term: number): number {
    const rank = this.termRanks[term] ?? UNRANKED;
    return rank === UNRANKED ? Number.MAX_SAFE_INTEGER : rank;
  }

  /** How close a term is in meaning to a question word's meanings (each similarity times its weight); 0 below `floor`. */
  private similarityTo(meanings: readonly Meaning[], term: number, floor: number): number {
    let similarity = 0;
    const others = this.meaningsOf(term);
    for (let other = 0; other < others.length; other++) {
      for (let own = 0; own < meanings.length; own++) {
        const meaning = meanings[own] as Meaning;
        const weighted = meaning.weight * WordVectors.similarityFrom(meaning.vector, others[other] as WordVector, floor / meaning.weight);
        if (weighted > similarity) similarity = weighted;
      }
    }
    return similarity;
  }

  /** What is known of index terms' similarities to a question word's meanings, marked as the last asked. */
  private knownSimilaritiesTo(meanings: readonly Meaning[], floor: number): KnownSimilarities {
    let meaningsKey = this.similarityKeys.get(meanings);
    if (meaningsKey === undefined) {
      meaningsKey = meanings.map((meaning) => `${meaning.vector.row}*${meaning.weight}`).join(" ");
      this.similarityKeys.set(meanings, meaningsKey);
    }
    const key = `${floor} ${meaningsKey}`;
    let known = this.knownSimilarities.get(key);
    if (known === undefined) {
      known = new KnownSimilarities();
      if (this.knownSimilarities.size >= KEPT_QUESTION_WORDS) this.knownSimilarities.delete(this.knownSimilarities.keys().next().value ?? "");
    } else {
      this.knownSimilarities.delete(key);
    }
    this.knownSimilarities.set(key, known);
    return known;
  }

  /** True when two vectors are one meaning ("resident" and "residents"): a second adds nothing. */
  sameMeaning(first: WordVector, second: WordVector): boolean {
    return WordVectors.similarityFrom(first, second, DISTINCT_MEANING) > 0;
  }

  /** The distinct meanings (vectors) of a term's words. */
  private meaningsOf(term: number): WordVector[] {
    let vectors = this.termVectors[term];
    if (!vectors) {
      vectors = [];
      for (const word of this.termWords[term] ?? []) {
        if (this.isEverywhere(word)) continue;
        const vector = this.meaningOf(word);
        // "Resident" and "residents" mean the same: keep a second vector only for another meaning.
        if (vector && vectors.every((known) => !this.sameMeaning(known, vector))) vectors.push(vector);
      }
      this.termVectors[term] = vectors;
    }
    return vectors;
  }
}
