import type { FieldIndex } from "./field-index.ts";

/**
 * Sentences scored in full per question. A cheap first pass (the rarity of the words each sentence
 * shares with the question) picks them, so the cost follows the question's words, not the corpus.
 * Among 1,000 and 10,000 documents, 100 find the same first answers as 200 (within one or two of
 * 750 questions either way) in three quarters of the time: the answer is nearly always among the
 * first pass's first 50.
 */
const MAX_CANDIDATES = 100;
/**
 * A word in more units than this is too common to pick candidates with: it still counts when
 * scoring the candidates the rarer words found. A fixed number, not a share of the corpus, so the
 * first pass costs the same at 100 documents and at 10,000.
 */
const MAX_CANDIDATE_POSTINGS = 1_000;
/**
 * A word too common to pick candidates with, but in fewer units than this, still adds to the
 * candidates the rarer words picked: "Shares in the company fell 8.4 percent" is found through the
 * company's name in its paragraph, and "shares" is what puts it ahead of the paragraph's other
 * sentences. Past this, walking the word's postings costs more than it tells.
 */
const MAX_RANKING_POSTINGS = 30_000;
/**
 * The same for a word's paragraphs and titles, lower: each brings all its sentences, and context
 * is what a rare word (a name) lends to its neighbours, not a common one.
 */
const MAX_CONTEXT_POSTINGS = 300;
/** Variants weaker than this (distant relations) count when scoring but do not nominate candidates. */
const MIN_CANDIDATE_WEIGHT = 0.3;
const EMPTY_POSTINGS: readonly number[] = [];
const NO_COPIES: ArrayLike<number> = [];
const NO_NAMES: ReadonlySet<number> = new Set();

/** An index term that may stand for a question word: its weight (1 for the word itself) and rarity. */
export interface TermVariant {
  term: number;
  weight: number;
  idf: number;
}

/** What the first pass reads of the index, as it stands at the search. */
export interface FirstPassIndex {
  sentenceIndex: FieldIndex;
  paragraphIndex: FieldIndex;
  /** By paragraph unit, its sentence units. */
  paragraphSentences: readonly (ArrayLike<number> & Iterable<number>)[];
  titleIndex: FieldIndex;
  /** By title unit, its document's sentence units. */
  titleSentences: readonly ArrayLike<number>[];
  /** Sentence units numbered so far, removed ones included: the scratch space has a slot for each. */
  sentenceCount: number;
  /** True for an indexed sentence unit that the asker may see. */
  isVisible(unit: number): boolean;
  /**
   * 1 for a sentence unit that repeats a passage stored earlier (the same sentence between the same
   * sentences, in several documents) where that one is seen too: the first stands for it.
   */
  copies?: ArrayLike<number>;
  /** The unit of the sentence a sentence leans on ("He emphasized…", a quotation after its speaker), if any. */
  antecedentOf?(unit: number): number | undefined;
  /**
   * True when a sentence unit comes before another in the store's order, which a whole build numbers
   * them in; by number when absent. Of sentences scoring the same, those found by the same word are
   * kept in this order.
   */
  precedes?(first: number, unit: number): boolean;
}

/** How much a question word found around a sentence counts, as a share of one found in it. */
export interface ContextWeights {
  paragraph: number;
  /**
   * In its document's title: a title naming what the question asks about ("Mabora bronzes") makes
   * every sentence of the article a candidate, though "Justice Whitcombe found..." names neither.
   */
  title: number;
  /** A name in the sentence a sentence leans on (see FirstPassIndex.antecedentOf). */
  antecedent: number;
}

/** Picks the few sentences worth scoring in full for a question (see MAX_CANDIDATES). */
export class FirstPass {
  private readonly weights: ContextWeights;
  /** Scratch space for the first pass, one slot per sentence unit, reused by every search. */
  private roughScores = new Float64Array(0);
  /** By sentence unit, the step of the first pass that first found it in the last search (see candidates). */
  private foundAt = new Int32Array(0);

  constructor(weights: ContextWeights) {
    this.weights = weights;
  }

  /**
   * The sentences sharing the rarest question words, in their text, paragraph or title, best first;
   * `names` are the index terms of the question's names as typed, which a sentence leaning on one
   * that holds them shares too.
   */
  candidates(variants: readonly TermVariant[], index: FirstPassIndex, names: ReadonlySet<number> = NO_NAMES): number[] {
    const { sentenceIndex, paragraphIndex, paragraphSentences, titleIndex, titleSentences } = index;
    if (this.roughScores.length < index.sentenceCount) {
      this.roughScores = new Float64Array(Math.max(index.sentenceCount, this.roughScores.length * 2));
      this.foundAt = new Int32Array(this.roughScores.length);
    }
    const rough = this.roughScores;
    const touched: number[] = [];
    // Each word's sentences, then its paragraphs', then its titles' are a step: within one, a whole
    // build finds sentences in the store's order, which breaks ties between equal scores (see best).
    const foundAt = this.foundAt;
    let step = 0;
    // A copy is never a candidate: it would take the place of another sentence, and only one of
    // the same text is ever cited.
    const copies = index.copies ?? NO_COPIES;
    const rankingOnly: { postings: ArrayLike<number>; amount: number }[] = [];
    // Every sentence of each context (paragraph or title) holding a word gets a share of it.
    const addAround = (contexts: ArrayLike<number>, sentencesOf: readonly ArrayLike<number>[], contextAmount: number) => {
      if (contexts.length / 2 > MAX_CONTEXT_POSTINGS) return;
      for (let at = 0; at < contexts.length; at += 2) {
        const units = sentencesOf[contexts[at] ?? 0] ?? EMPTY_POSTINGS;
        for (let next = 0; next < units.length; next++) {
          const unit = units[next] ?? 0;
          if (copies[unit] === 1) continue;
          if (rough[unit] === 0) {
            touched.push(unit);
            foundAt[unit] = step;
          }
          rough[unit] = (rough[unit] ?? 0) + contextAmount;
        }
      }
    };
    for (const { term, weight, idf } of variants) {
      if (weight < MIN_CANDIDATE_WEIGHT) continue;
      const amount = weight * idf;
      const postings = sentenceIndex.postings(term);
      step += 1;
      if (postings.length / 2 > MAX_CANDIDATE_POSTINGS && postings.length / 2 <= MAX_RANKING_POSTINGS) rankingOnly.push({ postings, amount });
      if (postings.length / 2 <= MAX_CANDIDATE_POSTINGS) {
        for (let at = 0; at < postings.length; at += 2) {
          const unit = postings[at] ?? 0;
          if (copies[unit] === 1) continue;
          if (rough[unit] === 0) {
            touched.push(unit);
            foundAt[unit] = step;
          }
          rough[unit] = (rough[unit] ?? 0) + amount;
          // A name counts in the sentence after that leans on this one (a quotation after "Bogdanov
          // stated…"), as the full scoring counts it: the pronoun or the quotation stands for it.
          const next = unit + 1;
          if (names.has(term) && copies[next] !== 1 && index.antecedentOf?.(next) === unit) {
            if (rough[next] === 0) {
              touched.push(next);
              foundAt[next] = step;
            }
            rough[next] = (rough[next] ?? 0) + this.weights.antecedent * amount;
          }
        }
      }
      // Through the context only for the question's own words: a synonym next door is weak evidence.
      if (weight < 1) continue;
      step += 1;
      addAround(paragraphIndex.postings(term), paragraphSentences, this.weights.paragraph * amount);
      step += 1;
      addAround(titleIndex.postings(term), titleSentences, this.weights.title * amount);
    }
    for (const { postings, amount } of rankingOnly) {
      for (let at = 0; at < postings.length; at += 2) {
        const unit = postings[at] ?? 0;
        if ((rough[unit] ?? 0) > 0) rough[unit] = (rough[unit] ?? 0) + amount;
      }
    }
    // Only common words: fall back to the rarest of them.
    if (touched.length === 0) {
      const rarest = variants.reduce<TermVariant | undefined>((best, variant) => (!best || variant.idf > best.idf ? variant : best), undefined);
      const postings = rarest ? sentenceIndex.postings(rarest.term) : [];
      step += 1;
      for (let at = 0; at < postings.length; at += 2) {
        if (copies[postings[at] ?? 0] === 1) continue;
        touched.push(postings[at] ?? 0);
        foundAt[postings[at] ?? 0] = step;
        rough[postings[at] ?? 0] = 1;
      }
    }
    const score = (unit: number) => rough[unit] ?? 0;
    // Equal scores in the order a whole build finds them: by step, then in the store's order.
    const precedes = index.precedes ?? ((first: number, unit: number) => first < unit);
    const before = (a: number, b: number) => (foundAt[a] ?? 0) - (foundAt[b] ?? 0) || (a === b ? 0 : precedes(a, b) ? -1 : 1);
    // Most sentences a question touches are seen by everyone: the best ones are picked among all,
    // and visibility, which looks each one up, is checked on those alone unless some are hidden.
    const visible = (unit: number) => index.isVisible(unit);
    let chosen = best(touched, score, before).filter(visible);
    if (chosen.length < Math.min(MAX_CANDIDATES, touched.length)) chosen = best(touched.filter(visible), score, before);
    for (const unit of touched) rough[unit] = 0;
    return chosen;
  }
}

/** The MAX_CANDIDATES units with the highest scores, best first; equal ones as `before` orders them. */
function best(units: readonly number[], score: (unit: number) => number, before: (a: number, b: number) => number): number[] {
  const threshold = kthLargest(Float64Array.from(units, score), MAX_CANDIDATES);
  return units
    .filter((unit) => score(unit) >= threshold)
    .sort((a, b) => score(b) - score(a) || before(a, b))
    .slice(0, MAX_CANDIDATES);
}

/** The k-th largest value (or the smallest, when there are fewer), by quickselect: linear, in place. */
function kthLargest(values: Float64Array, k: number): number {
  if (values.length <= k) return values.length === 0 ? 0 : Math.min(...values);
  let low = 0;
  let high = values.length - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1] ?? 0;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] ?? 0) > pivot) i++;
      while ((values[j] ?? 0) < pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target] ?? 0;
}
