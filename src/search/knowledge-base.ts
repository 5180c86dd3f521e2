import { GLOBAL_SCOPE, type KnowledgeDocument, type Scope, type Sentence } from "../knowledge/document.ts";
import { answerTraitsOf, questionShape, satisfies, type AnswerTraits } from "./answer-type.ts";
import { FieldIndex } from "./field-index.ts";
import { Thesaurus } from "./synonyms.ts";
import { lemmaOf, termKey } from "./terms.ts";
import { contentWords } from "./text.ts";
import { Vocabulary } from "./vocabulary.ts";

/** A sentence found for a question. */
export interface SearchHit {
  sentence: Sentence;
  document: KnowledgeDocument;
  /** Ranking score, comparable only within one search. */
  relevance: number;
  /** Share of the question's meaning (rarity-weighted words) the sentence covers, 0 to 1. */
  coverage: number;
}

export interface SearchOptions {
  /** The server asking: it sees global documents and its own. Global only when absent. */
  scope?: Scope;
  limit?: number;
}

const WEIGHTS = {
  /** A word found in the sentence's paragraph counts this much of one found in the sentence. */
  paragraph: 0.3,
  /** A word found in the sentence before one that starts with a pronoun ("He emphasized..."). */
  antecedent: 0.7,
  /** Coverage credit for a word found in that sentence before. */
  antecedentCoverage: 0.8,
  /** A word found in the document's title. */
  title: 0.2,
  /** Coverage credit for a word found only around the sentence, not in it. */
  contextCoverage: 0.5,
  /** A framing word ("long" in "how long") matters this much of a topic word. */
  framing: 0.3,
  /** A misspelt word matched to a known one counts this much, times Fuse.js's closeness. */
  spelling: 0.9,
  /** Ranking bonus for a sentence holding the kind of thing the question asks for. */
  answerType: 0.15,
} as const;
/**
 * Sentences scored in full per question. A cheap first pass (the rarity of the words each sentence
 * shares with the question) picks them, so the cost follows the question's words, not the corpus.
 */
const MAX_CANDIDATES = 300;
/**
 * A word in more units than this (the larger of a floor and a share of all units) is too common to
 * pick candidates with: it still counts when scoring the candidates the rarer words found.
 */
const CANDIDATE_POSTINGS = { floor: 500, share: 0.005 } as const;
const DEFAULT_LIMIT = 3;

interface TermVariant {
  key: string;
  weight: number;
}

/** A question word with the index keys that may stand for it and how much it matters. */
interface QueryTerm {
  key: string;
  importance: number;
  variants: TermVariant[];
}

interface IndexedSentence {
  sentence: Sentence;
  document: KnowledgeDocument;
  paragraphUnit: number;
  titleUnit: number;
  /** The sentence before, when this one starts with a pronoun that refers back to it. */
  antecedentUnit: number | undefined;
  traits: AnswerTraits;
}

interface IndexedDocument {
  document: KnowledgeDocument;
  sentenceUnits: number[];
  paragraphUnits: number[];
  titleUnit: number;
  words: string[];
}

/**
 * The searchable knowledge: documents split into sentences, indexed by the stems of their words at
 * three levels (sentence, paragraph, title), so a sentence can lean on its context ("He
 * emphasized..." is found for a question that names him). Rebuilt from the store at start.
 */
export class KnowledgeBase {
  private readonly documentsById = new Map<string, IndexedDocument>();
  private readonly sentences = new Map<number, IndexedSentence>();
  private readonly paragraphSentences = new Map<number, number[]>();
  private readonly sentenceIndex = new FieldIndex();
  private readonly paragraphIndex = new FieldIndex();
  private readonly titleIndex = new FieldIndex();
  private readonly vocabulary = new Vocabulary();
  private readonly thesaurus: Thesaurus;
  private nextUnit = 0;

  constructor(thesaurus: Thesaurus = new Thesaurus()) {
    this.thesaurus = thesaurus;
  }

  /** Indexes a document, replacing any document with the same id. */
  add(document: KnowledgeDocument): void {
    this.remove(document.id);
    const titleUnit = this.nextUnit++;
    const titleWords = contentWords(document.title);
    this.titleIndex.add(titleUnit, titleWords.map(termKey));
    const indexed: IndexedDocument = { document, sentenceUnits: [], paragraphUnits: [], titleUnit, words: [] };
    const paragraphUnitByNumber = new Map<number, number>();
    const paragraphKeys = new Map<number, string[]>();
    for (const sentence of document.sentences) {
      let paragraphUnit = paragraphUnitByNumber.get(sentence.paragraph);
      if (paragraphUnit === undefined) {
        paragraphUnit = this.nextUnit++;
        paragraphUnitByNumber.set(sentence.paragraph, paragraphUnit);
        indexed.paragraphUnits.push(paragraphUnit);
        this.paragraphSentences.set(paragraphUnit, []);
      }
      const unit = this.nextUnit++;
      const sentenceWords = contentWords(sentence.text);
      const sentenceKeys = sentenceWords.map(termKey);
      paragraphKeys.set(paragraphUnit, [...(paragraphKeys.get(paragraphUnit) ?? []), ...sentenceKeys]);
      indexed.words.push(...sentenceWords);
      indexed.sentenceUnits.push(unit);
      const paragraphUnits = this.paragraphSentences.get(paragraphUnit) ?? [];
      const antecedentUnit = STARTS_WITH_PRONOUN.test(sentence.text) ? paragraphUnits.at(-1) : undefined;
      paragraphUnits.push(unit);
      this.sentenceIndex.add(unit, sentenceKeys);
      this.sentences.set(unit, {
        sentence,
        document,
        paragraphUnit,
        titleUnit,
        antecedentUnit,
        traits: answerTraitsOf(sentence.text, termKey),
      });
    }
    for (const [paragraphUnit, keys] of paragraphKeys) this.paragraphIndex.add(paragraphUnit, keys);
    this.vocabulary.add(indexed.words);
    this.documentsById.set(document.id, indexed);
  }

  /** Removes a document from the index; false when it was not there. */
  remove(documentId: string): boolean {
    const indexed = this.documentsById.get(documentId);
    if (!indexed) return false;
    for (const unit of indexed.sentenceUnits) {
      this.sentenceIndex.remove(unit);
      this.sentences.delete(unit);
    }
    for (const unit of indexed.paragraphUnits) {
      this.paragraphIndex.remove(unit);
      this.paragraphSentences.delete(unit);
    }
    this.titleIndex.remove(indexed.titleUnit);
    this.vocabulary.remove(indexed.words);
    this.documentsById.delete(documentId);
    return true;
  }

  /** A document by id, whatever its scope. */
  get(documentId: string): KnowledgeDocument | undefined {
    return this.documentsById.get(documentId)?.document;
  }

  /** The documents a server sees (global ones and its own), or the global ones. */
  documents(scope: Scope = GLOBAL_SCOPE): KnowledgeDocument[] {
    return [...this.documentsById.values()]
      .map((indexed) => indexed.document)
      .filter((document) => isVisible(document.scope, scope));
  }

  /** The sentences that best answer a question, best first, with how much of it each covers. */
  search(question: string, options: SearchOptions = {}): SearchHit[] {
    const scope = options.scope ?? GLOBAL_SCOPE;
    const limit = options.limit ?? DEFAULT_LIMIT;
    const shape = questionShape(question);
    const terms = this.queryTerms(question, shape.framingWord);
    if (terms.length === 0) return [];
    const questionKeys = new Set(terms.map((term) => term.key));
    const totalImportance = terms.reduce((sum, term) => sum + term.importance, 0);
    const hits: SearchHit[] = [];
    for (const unit of this.candidates(terms, scope)) {
      const indexed = this.sentences.get(unit);
      if (!indexed) continue;
      let relevance = 0;
      let covered = 0;
      for (const term of terms) {
        let best = 0;
        let bestCover = 0;
        for (const { key, weight } of term.variants) {
          const idf = this.sentenceIndex.idf(key);
          const inSentence = this.sentenceIndex.saturation(key, unit);
          const inParagraph = this.paragraphIndex.saturation(key, indexed.paragraphUnit);
          const inTitle = this.titleIndex.saturation(key, indexed.titleUnit);
          const inAntecedent =
            indexed.antecedentUnit === undefined ? 0 : this.sentenceIndex.saturation(key, indexed.antecedentUnit);
          const context = Math.max(WEIGHTS.paragraph * inParagraph, WEIGHTS.antecedent * inAntecedent);
          const score = weight * idf * (inSentence + context + WEIGHTS.title * inTitle);
          best = Math.max(best, score);
          const cover =
            inSentence > 0 ? 1
            : inAntecedent > 0 ? WEIGHTS.antecedentCoverage
            : inParagraph > 0 || inTitle > 0 ? WEIGHTS.contextCoverage
            : 0;
          bestCover = Math.max(bestCover, weight * cover);
        }
        relevance += best;
        covered += term.importance * bestCover;
      }
      if (satisfies(indexed.traits, shape.answerType, questionKeys)) relevance *= 1 + WEIGHTS.answerType;
      const coverage = covered / totalImportance;
      // BM25 alone lets one rare word outrank a sentence that answers the whole question.
      relevance *= coverage;
      hits.push({ sentence: indexed.sentence, document: indexed.document, relevance, coverage });
    }
    return hits.sort((a, b) => b.relevance - a.relevance || a.sentence.ref.localeCompare(b.sentence.ref)).slice(0, limit);
  }

  /** The sentences sharing the rarest question words, in their text or their paragraph, best first. */
  private candidates(terms: readonly QueryTerm[], scope: Scope): number[] {
    const rough = new Map<number, number>();
    const credit = (unit: number, amount: number) => rough.set(unit, (rough.get(unit) ?? 0) + amount);
    const selective = (index: FieldIndex, key: string) =>
      index.postings(key).length <= Math.max(CANDIDATE_POSTINGS.floor, index.unitCount * CANDIDATE_POSTINGS.share);
    const variants = terms.flatMap((term) => term.variants);
    for (const { key, weight } of variants) {
      const idf = this.sentenceIndex.idf(key);
      if (selective(this.sentenceIndex, key)) {
        for (const posting of this.sentenceIndex.postings(key)) credit(posting.unit, weight * idf);
      }
      if (selective(this.paragraphIndex, key)) {
        for (const posting of this.paragraphIndex.postings(key)) {
          for (const unit of this.paragraphSentences.get(posting.unit) ?? []) credit(unit, WEIGHTS.paragraph * weight * idf);
        }
      }
    }
    // Only common words: fall back to the rarest of them.
    if (rough.size === 0) {
      const rarest = variants.reduce<TermVariant | undefined>(
        (best, variant) =>
          !best || this.sentenceIndex.postings(variant.key).length < this.sentenceIndex.postings(best.key).length ? variant : best,
        undefined,
      );
      for (const posting of rarest ? this.sentenceIndex.postings(rarest.key) : []) credit(posting.unit, 1);
    }
    const visible = [...rough].filter(([unit]) => {
      const indexed = this.sentences.get(unit);
      return indexed !== undefined && isVisible(indexed.document.scope, scope);
    });
    return visible
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([unit]) => unit);
  }

  /** The question's words as index keys, with synonyms and spelling fixes at lower weights. */
  private queryTerms(question: string, framingWord?: string): QueryTerm[] {
    const seen = new Set<string>();
    const terms: QueryTerm[] = [];
    for (const word of contentWords(question)) {
      const key = termKey(word);
      if (seen.has(key)) continue;
      seen.add(key);
      const lemma = lemmaOf(word);
      const variants: TermVariant[] = [{ key, weight: 1 }];
      const offer = (candidate: string, weight: number) => {
        const candidateKey = termKey(candidate);
        const known = variants.find((variant) => variant.key === candidateKey);
        if (known) known.weight = Math.max(known.weight, weight);
        else if (this.sentenceIndex.has(candidateKey) || this.paragraphIndex.has(candidateKey)) {
          variants.push({ key: candidateKey, weight });
        }
      };
      for (const related of this.thesaurus.related(lemma)) offer(related.word, related.weight);
      // A word neither the knowledge base nor the dictionary knows is a name or a typo.
      if (!this.sentenceIndex.has(key) && !this.thesaurus.knows(lemma)) {
        for (const candidate of this.vocabulary.candidates(word)) {
          offer(candidate.word, WEIGHTS.spelling * candidate.closeness);
        }
      }
      const importance = this.sentenceIndex.idf(key) * (word === framingWord ? WEIGHTS.framing : 1);
      terms.push({ key, importance, variants });
    }
    return terms;
  }
}

// A sentence that opens with a pronoun leans on the sentence before for its subject.
const STARTS_WITH_PRONOUN = /^[“"‘']?(he|she|they|it|his|her|their|its|this|these)\b/i;

function isVisible(documentScope: Scope, scope: Scope): boolean {
  return documentScope === GLOBAL_SCOPE || documentScope === scope;
}
