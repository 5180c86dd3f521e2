import { isLede } from "../knowledge/document.ts";
import { satisfies, TYPES_A_SENTENCE_HOLDS } from "./answer-type.ts";
import { figuresOf } from "./figures.ts";
import { OWN_FORM_WEIGHT } from "./query-terms.ts";
import { keepBestJudgement, promoteRunnerUp } from "./runner-up.ts";
import type { IndexedSentence, QueryTerm, QuestionNeeds, SearchHit } from "./search-types.ts";
import type { AnswerTraits } from "./sentence-traits.ts";
import { WEIGHTS } from "./weights.ts";

// How far down a sentence holding the names asked may come up from, and the share of the best
// one's relevance it must have (see namesHeldFirst).
const NAMED_RUNNERS_UP = 2;
const NAMED_MIN_RELEVANCE = 0.7;
// How far down a sentence naming who did what a who-question asks may come up from (see doerFirst).
const DOER_RUNNERS_UP = 2;
// How far down a sentence giving the kind of answer a lede lacks may come up from (see kindAskedFirst).
const KIND_RUNNERS_UP = 2;
// How far down a body sentence giving the headline's figure may stand (see toldFigureFirst).
const FIGURE_RUNNERS_UP = 10;
// How far down a sentence going on from the best one may come up from, and the share of its
// relevance it must have (see continuationFirst).
const CONTINUATION_RUNNERS_UP = 2;
const CONTINUATION_MIN_RELEVANCE = 0.5;
// The words a sentence holds of the question's own: its forms and synonyms in their commonest sense,
// not a narrower word or a synonym in a rarer sense.
const CONTINUATION_MIN_VARIANT_WEIGHT = 0.6;

/** What the re-ranking steps read of the knowledge base. */
export interface RerankingLookup {
  /** The indexed sentence at a unit. */
  sentenceAt(unit: number): IndexedSentence | undefined;
  /** Scores a sentence against the question, as the search scores its candidates. */
  score(needs: QuestionNeeds, indexed: IndexedSentence, unit: number): SearchHit;
  /** The sentence after the best one that tells the reaction asked, if any (see SpeakerReading.reactionAfter). */
  reactionAfter(needs: QuestionNeeds, bestUnit: number): number | undefined;
  /** True when a sentence would be refused as someone else's words than those of the one asked about. */
  tellsOthersWordsThan(needs: QuestionNeeds, unit: number): boolean;
  /** True when a sentence names who did the deed a who-question asks about. */
  tellsDoer(needs: QuestionNeeds, unit: number): boolean;
  /** A sentence's answer traits (see answerTraitsOf), read once. */
  traitsOf(indexed: IndexedSentence): AnswerTraits;
  /** True when a sentence holds this index term. */
  holdsTerm(term: number, unit: number): boolean;
  /** The question word's variants a sentence holds, of at least this weight. */
  variantsIn(term: QueryTerm, unit: number, minWeight: number): number[];
  /** The index terms of the subject the sentence before opens with, when this one's subject is a pronoun standing for it ("It is used…"). */
  subjectBorrowed(unit: number): readonly number[];
}

/**
 * The re-ranking steps after scoring: each puts first a close runner-up that answers what the
 * question asks in the way the best sentence does not.
 */
export class Reranking {
  constructor(private readonly index: RerankingLookup) {}

  /**
   * "Why did Bogdanov think meeting Hamas would be useful?": when the best sentence lacks a name the
   * question gives ("The purpose of the meeting was…"), a close runner-up of its article that holds
   * the names in it or around it ("“…a meeting would be beneficial…”" after Bogdanov's words) and
   * covers more of the rest goes first; the best one would be refused for the name it lacks. Not a
   * "he" merely taken to be the one asked about (another's quotation may be), nor one sharing less
   * ("between 2018 and 2023" for "who won the world cup in 2018?").
   */
  namesHeldFirst(hits: { hit: SearchHit; unit: number }[]): void {
    const [first] = hits;
    if (first === undefined || first.hit.holdsNames) return;
    const best = first.hit;
    promoteRunnerUp(
      hits,
      NAMED_RUNNERS_UP,
      ({ hit }) => hit.document === best.document && hit.namesInReach && hit.relevance >= NAMED_MIN_RELEVANCE * best.relevance && hit.coverage > best.coverage && hit.askedCoverage >= best.askedCoverage,
    );
  }

  /**
   * "How did the volunteer react when he came across his father's entries?": the sentence after the
   * best one, telling the reaction (see SpeakerReading.reactionAfter), goes first, whatever words it
   * shares with the question; whether it is answered at all was judged by the best one.
   */
  reactionFirst(needs: QuestionNeeds, hits: { hit: SearchHit; unit: number }[]): void {
    const [first] = hits;
    const unit = first === undefined ? undefined : this.index.reactionAfter(needs, first.unit);
    const indexed = unit === undefined ? undefined : this.index.sentenceAt(unit);
    if (first === undefined || unit === undefined || indexed === undefined) return;
    const at = hits.findIndex((candidate) => candidate.unit === unit);
    const reaction = at < 0 ? { hit: this.index.score(needs, indexed, unit), unit } : hits[at];
    // One that would be refused for whose words it tells or what it gives leaves the best one first.
    if (reaction === undefined || this.index.tellsOthersWordsThan(needs, unit) || (first.hit.givesWhatIsCounted && !reaction.hit.givesWhatIsCounted)) return;
    if (at >= 0) hits.splice(at, 1);
    hits.unshift(reaction);
    keepBestJudgement(reaction.hit, first.hit);
    // It answers in the best one's stead, which stays beside it among the citations.
    reaction.hit.relevance = Math.max(reaction.hit.relevance, first.hit.relevance);
  }

  /**
   * "Who led the group?": when the best sentence names no one who did it ("A group of senior Hamas
   * leaders has journeyed to Moscow"), a close runner-up that does ("Mousa Abu Marzook… headed the
   * delegation") answers instead.
   */
  doerFirst(needs: QuestionNeeds, hits: { hit: SearchHit; unit: number }[]): void {
    const [first] = hits;
    if (first === undefined || !needs.asksWhoDid || this.index.tellsDoer(needs, first.unit)) return;
    // Of the same article: the one the best sentence is about, not a deed with the same verb elsewhere.
    const doing = promoteRunnerUp(hits, DOER_RUNNERS_UP, ({ hit, unit }) => hit.document === first.hit.document && this.index.tellsDoer(needs, unit));
    if (doing !== undefined) keepBestJudgement(doing.hit, first.hit);
  }

  /**
   * "Who came second?": when the best sentence is a lede without the kind of answer asked (a name, a
   * number, a place, a measure: "A colliery brass band… has won the second-section championship"), a
   * close runner-up of its article giving one beside a word asked ("Greyshaw Brass came second")
   * tells the detail the lede sums up: close as a sentence without what the wording needs is ranked
   * (WEIGHTS.uncounted), so that a lede far ahead ("According to the ministry, six of the hostages…"
   * for "who claims…?") keeps its place.
   */
  kindAskedFirst(needs: QuestionNeeds, hits: { hit: SearchHit; unit: number }[]): void {
    const [first] = hits;
    const { answerType, measure } = needs.shape;
    if (first === undefined || !isLede(first.hit.sentence) || (measure === undefined && !TYPES_A_SENTENCE_HOLDS.has(answerType)) || this.givesKindAsked(needs, first.unit)) return;
    const asked = needs.terms.filter((term) => !term.isName && !term.isFraming);
    const saysAsked = (unit: number) => asked.some((term) => term.variants.some((variant) => variant.weight === OWN_FORM_WEIGHT && this.index.holdsTerm(variant.term, unit)));
    const giving = promoteRunnerUp(
      hits,
      KIND_RUNNERS_UP,
      ({ hit, unit }) => hit.document === first.hit.document && hit.relevance >= WEIGHTS.uncounted * first.hit.relevance && saysAsked(unit) && this.givesKindAsked(needs, unit),
    );
    if (giving !== undefined) keepBestJudgement(giving.hit, first.hit);
  }

  /** True when a sentence gives the kind of answer the question wants (see satisfies). */
  private givesKindAsked(needs: QuestionNeeds, unit: number): boolean {
    const indexed = this.index.sentenceAt(unit);
    return indexed !== undefined && satisfies(this.index.traitsOf(indexed), needs.shape.answerType, needs.questionKeys, needs.shape.measure);
  }

  /**
   * "What did Bogdanov say a meeting would help with?": when the best sentence only brings up what
   * is asked about ("“I am always in support of communication…,” Bogdanov stated") and a close
   * runner-up going on from it ("“…a meeting would be beneficial for resolving practical matters”")
   * holds more of what is asked in words of its own, the runner-up goes first: it borrows the best
   * sentence's words as its antecedent and adds the part asked. Where the question needs an answer
   * of a kind (a sum, a date), only a runner-up giving one.
   */
  continuationFirst(needs: QuestionNeeds, hits: { hit: SearchHit; unit: number }[]): void {
    const [first] = hits;
    if (first === undefined) return;
    const asked = needs.terms.filter((term) => needs.topics.has(term));
    // A pronoun opening the runner-up ("It is used for making buttons") says the best one's subject
    // ("The so-called vegetable ivory is…"), whose words it holds as its own.
    const askedHeld = (unit: number, borrowed: readonly number[] = []) =>
      asked.reduce((sum, term) => {
        const held = this.index.variantsIn(term, unit, CONTINUATION_MIN_VARIANT_WEIGHT).length > 0 || term.variants.some((variant) => variant.weight >= CONTINUATION_MIN_VARIANT_WEIGHT && borrowed.includes(variant.term));
        return sum + (held ? term.importance : 0);
      }, 0);
    const heldByFirst = askedHeld(first.unit);
    const goesOn = promoteRunnerUp(
      hits,
      CONTINUATION_RUNNERS_UP,
      ({ hit, unit }) =>
        this.index.sentenceAt(unit)?.antecedentUnit === first.unit &&
        hit.relevance >= CONTINUATION_MIN_RELEVANCE * first.hit.relevance &&
        // A name asked is given by the best sentence: the one going on from it names them by "she".
        needs.shape.answerType !== "name" &&
        (needs.shape.answerType === "any" || hit.givesWhatIsCounted) &&
        askedHeld(unit, this.index.subjectBorrowed(unit)) > heldByFirst,
    );
    if (goesOn !== undefined) keepBestJudgement(goesOn.hit, first.hit);
  }

  /**
   * A headline that gives the figure a question of quantity asks (how many, how much, and the
   * measuring ones: how long, how far…; "…as hackers demand £1.8m") sums up the body sentence
   * giving the same figure ("…demanding 1.8 million pounds in cryptocurrency"): that sentence, the
   * one a reader would quote, goes first.
   */
  toldFigureFirst(needs: QuestionNeeds, hits: { hit: SearchHit; unit: number }[]): void {
    const [first] = hits;
    if (first === undefined || first.hit.sentence.paragraph !== 0 || needs.shape.answerType !== "quantity" || !first.hit.givesWhatIsCounted) return;
    const figures = figuresOf(first.hit.sentence.text);
    if (figures.length === 0) return;
    const told = promoteRunnerUp(
      hits,
      FIGURE_RUNNERS_UP,
      ({ hit }) => hit.document === first.hit.document && hit.givesWhatIsCounted && figuresOf(hit.sentence.text).some((figure) => figures.includes(figure)),
    );
    if (told !== undefined) keepBestJudgement(told.hit, first.hit);
  }
}
