import type { SearchableDocument } from "../knowledge/document.ts";
import { openingVerbOf, phraseOnlyKeysOf, QUOTED, subjectKeysOf, textSourceKeysOf } from "./clause-parts.ts";
import { subjectsOf } from "./deeds.ts";
import { hasPersonPronounSubject, opensInsideQuotation, writesAsName } from "./name-mentions.ts";
import { personNamedIn, speakerNameKeys, tellsReactionByPronoun, tellsReactionOf } from "./reaction-parts.ts";
import { isPlural } from "./question-grammar.ts";
import type { IndexedSentence, QueryTerm, QuestionNeeds } from "./search-types.ts";
import type { Thesaurus } from "./synonyms.ts";
import { keepBestJudgement, promoteRunnerUp, type AnswerJudgement } from "./runner-up.ts";
import { lemmaOf, termKey } from "./terms.ts";
import { contentWords, isLineOfNames } from "./text.ts";

// How far down a sentence where the one asked about speaks may come up from (see speakerFirst, quotationFirst).
const SPEAKER_RUNNERS_UP = 2;
// "said", "says": a sentence that says what someone said tells their words, if not word for word (see quotationFirst).
const REPORTS_WORDS = /\b(?:say|says|said|saying)\b/i;
// A verb's own forms and synonyms tell the same act; its looser relations ("expect" for "ask", "title" for "claim") do not.
const SAME_ACT = 0.6;
// Verbs that ask for someone's words or mind and nothing more: what they said is best told in their words.
const PLAIN_SPEECH = new Set(["say", "tell", "state", "add", "comment", "speak", "talk", "mention", "note", "remark", "reply", "respond", "answer", "write", "think", "feel", "believe", "react"]);
// A report of declining to speak tells no words: "Petrie declined to discuss the landing fees".
const DECLINES_TO_SPEAK = /\b(?:declined|refused|would not|wouldn't|did not|didn't)\s+(?:to\s+)?(?:say|discuss|comment|confirm|elaborate)\b/i;
// The pronouns besides "he" and "she" that may stand for a speaker (a company, a group, a quoted speaker),
// wherever they stand in the sentence.
const PRONOUN_FOR_SPEAKER = /\b(?:[Ii]t|[Tt]hey|[Ww]e|I)\b/;

/** What the speaker checks read of the indexed sentences. */
export interface IndexedSentenceLookup {
  sentenceAt(unit: number): IndexedSentence | undefined;
  /** The index terms of a question word's variants that a sentence holds, of at least a weight when one is given. */
  variantsIn(term: QueryTerm, unit: number, minWeight?: number): number[];
  /** True when terms were found and each is one of the index keys given (read only then). */
  foundOnlyAmong(found: readonly number[], keysOf: () => ReadonlySet<string>): boolean;
  termId(key: string): number | undefined;
}

/** What the speaker checks read of the indexed sentences and documents. */
export interface SpeakerLookup extends IndexedSentenceLookup {
  /** The units of a document's sentences, in order. */
  unitsOf(document: SearchableDocument): Iterable<number>;
  /** True when the sentence quotes someone's words. */
  quotesAt(unit: number): boolean;
}

/**
 * Questions about what someone said, thought or felt ("What did Putin say?"): which sentences tell
 * that person's words, and the order of the best hits that follows from it.
 */
export class SpeakerReading {
  constructor(
    private readonly index: SpeakerLookup,
    private readonly thesaurus: Thesaurus,
  ) {}

  /** True for a word naming a person by a role ("member" of "member of parliament Hester Quayle"). */
  private readonly namesRole = (word: string): boolean => this.thesaurus.namesPersonInSomeSense(lemmaOf(word));
  /** True for a noun of words said ("statement" of "William James' statement that…"), whose owner speaks. */
  private readonly namesWordsSaid = (word: string): boolean => this.thesaurus.namesWordsSaid(lemmaOf(word));

  /** Puts first the close runner-up that tells the speaker's own words (see speakerFirst, quotationFirst). */
  reorder(needs: QuestionNeeds, hits: { hit: AnswerJudgement; unit: number }[]): void {
    this.speakerFirst(needs, hits);
    this.reportFirst(needs, hits);
    this.quotationFirst(needs, hits);
    // "How did the council react to the visit?": a close runner-up opening with the one asked about
    // and telling a reaction ("The council was glad to see them") goes before one that tells none
    // (see tellsNoReaction).
    if (hits[0] !== undefined && this.tellsNoReaction(needs, hits[0].unit)) promoteRunnerUp(hits, SPEAKER_RUNNERS_UP, ({ unit }) => this.opensWithSpeaker(needs, unit) && this.mayTellReaction(unit));
  }

  /**
   * "What did Brankovich say about the filling schedule?": when the best sentence quotes the speaker
   * through the sentence before it ("…,” she said."), and that close runner-up reports the speaker's
   * words holding more of what else the question asks ("Brankovich said the filling schedule had been
   * shared…"), the runner-up answers: the quotation goes on to something else. Not one declining to
   * speak ("Petrie declined to discuss the fees"), which tells no words.
   */
  private reportFirst(needs: QuestionNeeds, hits: { hit: AnswerJudgement; unit: number }[]): void {
    const [first] = hits;
    const quoting = first === undefined ? undefined : this.index.sentenceAt(first.unit);
    if (first === undefined || quoting?.traits?.quotes !== true || !this.asksSpeakersWords(needs)) return;
    const asked = this.askedWeights(needs, first.unit);
    const holdsMoreAsked = (unit: number) => {
      const weights = this.askedWeights(needs, unit);
      return weights.every((weight, at) => weight >= (asked[at] ?? 0)) && weights.some((weight, at) => weight > (asked[at] ?? 0));
    };
    const reports = (unit: number) => {
      const told = this.index.sentenceAt(unit);
      return quoting.antecedentUnit === unit && told?.traits?.quotes === false && !DECLINES_TO_SPEAK.test(told.sentence.text) && this.opensWithSpeaker(needs, unit) && holdsMoreAsked(unit);
    };
    const reporting = promoteRunnerUp(hits, SPEAKER_RUNNERS_UP, ({ unit }) => reports(unit));
    if (reporting !== undefined) keepBestJudgement(reporting.hit, first.hit);
  }

  /**
   * "What did Putin say?": when the best sentence names Putin only inside a phrase ("their
   * appreciation for Putin's stance"), or tells someone else's words, a close runner-up that opens
   * with him as its subject ("Vladimir Putin issued a warning…") answers instead.
   */
  private speakerFirst(needs: QuestionNeeds, hits: { unit: number }[]): void {
    const [first] = hits;
    if (first === undefined || !(this.namesSpeakerInPhraseOnly(needs, first.unit) || this.leavesSpeakerOut(needs, first.unit))) return;
    promoteRunnerUp(hits, SPEAKER_RUNNERS_UP, ({ unit }) => this.opensWithSpeaker(needs, unit));
  }

  /**
   * "What did the mediator say?", "what did Agnes Borrow say?": when the best sentence tells of the
   * speaker without quoting them ("Talks resumed at the urging of a federal mediator, Carl Obuya",
   * "…Agnes Borrow, 74, said she supported the workers…"), a close runner-up of the same article
   * that quotes them ("“…this road is going to smell like a fish market,” she said.") gives their
   * words themselves, unless it holds less of what else the question asks ("…about losing teachers").
   */
  private quotationFirst(needs: QuestionNeeds, hits: { hit: AnswerJudgement; unit: number }[]): void {
    const [first] = hits;
    const told = first === undefined ? undefined : this.index.sentenceAt(first.unit);
    if (first === undefined || told?.traits?.quotes !== false || !this.asksSpeakersWords(needs) || this.tellsReactionAsked(needs, first.unit) || this.tellsActAsked(needs, first.unit)) return;
    const asked = this.askedWeights(needs, first.unit);
    const holdsAskedAsWell = (unit: number) => this.askedWeights(needs, unit).every((weight, at) => weight >= (asked[at] ?? 0));
    // A quotation going on from a sentence that tells no words ("Talks resumed at the urging of…") has that one's words around it.
    const goesOnFromBest = (unit: number) => !this.reportsWords(told.sentence.text) && this.index.sentenceAt(unit)?.antecedentUnit === first.unit;
    const quoting = promoteRunnerUp(hits, SPEAKER_RUNNERS_UP, ({ unit }) => this.quotesSpeaker(needs, first.unit, unit) && (goesOnFromBest(unit) || holdsAskedAsWell(unit)));
    // Whether the question is answered at all was judged by the sentence that matched it best: the
    // quotation need not repeat whom the speaker spoke of ("…about Tullis").
    if (quoting !== undefined) keepBestJudgement(quoting.hit, first.hit);
  }

  /**
   * "How did the volunteer react when he came across his father's entries?": when the best sentence
   * tells that occasion and no one's words nor how the one asked about reacted ("…came across his
   * father's handwriting in the books"; not "Tom Pengelly wept when…"), the article's next sentence
   * tells the reaction, if it goes on with a quotation the best one opens, or quotes that person
   * (see speaksAs): its unit, else none.
   */
  reactionAfter(needs: QuestionNeeds, bestUnit: number): number | undefined {
    const unit = bestUnit + 1;
    const best = this.index.sentenceAt(bestUnit);
    const next = this.index.sentenceAt(unit);
    if (needs.shape.occasionClause !== true || best === undefined || next?.document !== best.document || REPORTS_WORDS.test(best.sentence.text)) return undefined;
    const person = this.personAskedIn(needs, bestUnit);
    if (this.tellsReactionAsked(needs, bestUnit, person)) return undefined;
    // The rest of a quotation the best sentence opens is the same speaker's words.
    if (opensInsideQuotation([best.sentence.text, next.sentence.text])[1] === true) return unit;
    return person !== undefined && this.index.quotesAt(unit) && this.speaksAs(person, this.speakerKeys(needs), bestUnit, unit) ? unit : undefined;
  }

  /** The name of the one a "how did X react when…" question asks about, as a sentence names them (see personNamedIn); none for other questions. */
  private personAskedIn(needs: QuestionNeeds, unit: number): Set<string> | undefined {
    const term = this.speakerTerm(needs);
    const text = this.index.sentenceAt(unit)?.sentence.text;
    return term === undefined || text === undefined ? undefined : personNamedIn(text, this.speakerKeys(needs), term.isName);
  }

  /**
   * True when a "how did X react when…" question's best sentence tells how X reacted ("Ruth Alder
   * laughed out loud when…", or "He wept in the dock as…" after a sentence naming X): it answers itself.
   */
  private tellsReactionAsked(needs: QuestionNeeds, unit: number, person = this.personAskedIn(needs, unit)): boolean {
    const indexed = this.index.sentenceAt(unit);
    if (needs.shape.occasionClause !== true || indexed === undefined) return false;
    if (person !== undefined) return tellsReactionOf(indexed.sentence.text, person, this.thesaurus);
    return indexed.antecedentUnit !== undefined && this.personAskedIn(needs, indexed.antecedentUnit) !== undefined && tellsReactionByPronoun(indexed.sentence.text, this.thesaurus);
  }

  /** The index keys of the words a question names the one asked about by ("tom", "pengelly"; "the", "elderly", "volunteer"). */
  private speakerKeys(needs: QuestionNeeds): Set<string> {
    return new Set((needs.shape.speakerWords ?? []).map(termKey));
  }

  /**
   * True when a quoting sentence's speaker is named with a name word the question does not give, and
   * the question gives one of theirs it lacks: "Ben Alder said" is not Ruth Alder, whose surname he
   * shares; "Ruth Alder said" may be "Alder", and "Mr Barr said" "the collector".
   */
  private namesOtherSpeaker(needs: QuestionNeeds, unit: number): boolean {
    const text = this.index.sentenceAt(unit)?.sentence.text;
    const asked = this.speakerKeys(needs);
    const askedNames = needs.terms.filter((term) => term.isName && asked.has(term.key)).map((term) => term.key);
    if (text === undefined || askedNames.length === 0) return false;
    const speaker = new Set(speakerNameKeys(text));
    return speaker.size > 0 && [...speaker].some((key) => !asked.has(key)) && askedNames.some((key) => !speaker.has(key));
  }

  /**
   * True when the one who speaks a quoting sentence is the person named (see personNamedIn): by
   * their own name, with no other ("Mr Pengelly said"; not "Sam Pengelly said" for Tom Pengelly,
   * nor "Mr Cole said" for Joan Mills), by a "he" or "she" standing for them, or by the kind the
   * question names them by ("the volunteer said"); or, with no one named, going on from the best one.
   */
  private speaksAs(person: ReadonlySet<string>, askedKeys: ReadonlySet<string>, bestUnit: number, unit: number): boolean {
    const quoting = this.index.sentenceAt(unit);
    if (quoting === undefined) return false;
    const { text } = quoting.sentence;
    const names = speakerNameKeys(text);
    if (names.length > 0) return names.every((key) => person.has(key));
    if (hasPersonPronounSubject(text) && quoting.personTerms.length > 0) {
      const ids = new Set([...person].map((key) => this.index.termId(key)));
      return [...quoting.personTerms].every((id) => ids.has(id));
    }
    const subject = subjectKeysOf(text.replace(QUOTED, " "), termKey);
    return subject.size > 0 ? [...subject].some((key) => askedKeys.has(key)) : quoting.antecedentUnit === bestUnit;
  }

  /**
   * True when a sentence of the same article as the best one quotes the speaker the question asks
   * about: leaning on the best one, naming the speaker (by a word or a "he" or "she" standing for
   * them), or in the paragraph where the best one names them, after it, with a "he" or "she" to say
   * it or going on from a quotation that is theirs.
   */
  private quotesSpeaker(needs: QuestionNeeds, bestUnit: number, unit: number): boolean {
    const best = this.index.sentenceAt(bestUnit);
    const quoting = this.index.sentenceAt(unit);
    if (best === undefined || quoting?.traits?.quotes !== true || quoting.document !== best.document || this.namesOtherSpeaker(needs, unit)) return false;
    if (quoting.antecedentUnit === bestUnit) return true;
    const term = this.speakerTerm(needs);
    if (term === undefined) return false;
    if (this.namesSpeaker(term, unit)) return true;
    // A "she" that stands for someone else named in between is theirs.
    if (quoting.paragraphUnit !== best.paragraphUnit || unit < bestUnit || quoting.personTerms.length > 0 || !this.namesSpeaker(term, bestUnit)) return false;
    const before = quoting.antecedentUnit;
    return hasPersonPronounSubject(quoting.sentence.text) || (before !== undefined && before > bestUnit && this.quotesSpeaker(needs, bestUnit, before));
  }

  /** True when a sentence names the speaker by a form or variant of the word, or by a "he" or "she" standing for them. */
  private namesSpeaker(term: QueryTerm, unit: number): boolean {
    const persons = this.index.sentenceAt(unit)?.personTerms ?? [];
    return this.index.variantsIn(term, unit).length > 0 || term.variants.some((variant) => persons.includes(variant.term));
  }

  /** True when a sentence tells someone's words, if not word for word: "said", or a verb of saying or thinking ("argued that…", "warned"). */
  private reportsWords(text: string): boolean {
    return REPORTS_WORDS.test(text) || contentWords(text).some((word) => this.thesaurus.isVerbOfSpeechOrThought(lemmaOf(word)));
  }

  /**
   * How well a sentence holds each word the question asks of the speaker's words (its words but
   * names and those naming the speaker and to whom, when or where they spoke: "losing teachers" in "what did
   * superintendent Angela Whitcomb say about losing teachers", and the verb, "admit" in "what did
   * the councillor admit?"): the weight of the best of its forms or variants there, 0 for none.
   */
  private askedWeights(needs: QuestionNeeds, unit: number): number[] {
    const { speakerWords = [], settingWords = [] } = needs.shape;
    const speakerKeys = new Set([...speakerWords, ...settingWords].map(termKey));
    return needs.terms
      .filter((term) => !term.isName && !term.isFraming && !speakerKeys.has(term.key))
      .map((term) => {
        const found = new Set(this.index.variantsIn(term, unit));
        return Math.max(0, ...term.variants.filter((variant) => found.has(variant.term)).map((variant) => variant.weight));
      });
  }

  /** The question's term for the one it asks what they said, thought or felt ("putin" in "What did Putin say?"). */
  private speakerTerm(needs: QuestionNeeds): QueryTerm | undefined {
    const { speakerWord } = needs.shape;
    if (speakerWord === undefined || !this.asksSpeakersWords(needs)) return undefined;
    return needs.terms.find((candidate) => candidate.key === termKey(speakerWord));
  }

  /**
   * True when the one a question asks what they said opens a sentence as its subject (see
   * subjectKeysOf), or, where the sentence does not name them, the one it leans on ("He argued…").
   */
  private opensWithSpeaker(needs: QuestionNeeds, unit: number): boolean {
    const term = this.speakerTerm(needs);
    const text = this.index.sentenceAt(unit)?.sentence.text;
    // A line of names alone tells nothing they said or did.
    if (term === undefined || text === undefined || isLineOfNames(text)) return false;
    const found = this.index.variantsIn(term, unit);
    const before = this.index.sentenceAt(unit)?.antecedentUnit;
    if (found.length > 0 || before === undefined) return this.foundInSubject(found, unit);
    return this.foundInSubject(this.index.variantsIn(term, before), before);
  }

  /** True when some of the terms found are of the subject a sentence opens with. */
  private foundInSubject(found: readonly number[], unit: number): boolean {
    const text = this.index.sentenceAt(unit)?.sentence.text;
    if (found.length === 0 || text === undefined) return false;
    const ids = new Set([...subjectKeysOf(text, termKey)].map((key) => this.index.termId(key)));
    return found.some((id) => ids.has(id));
  }

  /**
   * True when the one a question asks what they said is a name its article writes ("Hamas",
   * "Putin") and a sentence neither says it, nor leans on one that does, nor has a "he" or "she"
   * who may be them: it tells someone else's words. A kind ("the company") may be told by its name.
   */
  private leavesSpeakerOut(needs: QuestionNeeds, unit: number): boolean {
    const term = this.speakerTerm(needs);
    const indexed = this.index.sentenceAt(unit);
    if (term === undefined || indexed === undefined || hasPersonPronounSubject(indexed.sentence.text)) return false;
    if (!writesAsName(term.key, indexed.document) || term.variants.some((variant) => indexed.personTerms.includes(variant.term))) return false;
    const before = indexed.antecedentUnit;
    return this.index.variantsIn(term, unit).length === 0 && (before === undefined || !this.namesSpeaker(term, before)) && !this.quoteClosesOnSpeaker(term, unit);
  }

  /**
   * True when a sentence opens a quotation it does not close and a later sentence of its paragraph
   * closes it naming the speaker: "“Convenience is the key to the market. Quality will matter more,”
   * Pantas predicted." tells Pantas's words in both sentences.
   */
  private quoteClosesOnSpeaker(term: QueryTerm, unit: number): boolean {
    const opening = this.index.sentenceAt(unit);
    if (opening === undefined || !leavesQuoteOpen(opening.sentence.text)) return false;
    for (let next = unit + 1; ; next++) {
      const indexed = this.index.sentenceAt(next);
      if (indexed === undefined || indexed.paragraphUnit !== opening.paragraphUnit) return false;
      if (closesQuote(indexed.sentence.text)) return this.namesSpeaker(term, next);
    }
  }

  /**
   * True when the one a question asks what they said is a name (see leavesSpeakerOut) and a
   * sentence has no one else who may stand for them either ("it", "they", "we", "I": "Last year it
   * sent the family a letter…"): "What did Lavrov say to the delegation?" is not answered by "Hamas
   * sent their third delegation to Moscow", whose words, if any, are someone else's. Not a kind
   * ("the new mayor"), which a sentence may tell by a name.
   */
  leavesNamedSpeakerOut(needs: QuestionNeeds, unit: number): boolean {
    const term = this.speakerTerm(needs);
    const text = this.index.sentenceAt(unit)?.sentence.text;
    return term !== undefined && term.isName && text !== undefined && !PRONOUN_FOR_SPEAKER.test(text) && this.leavesSpeakerOut(needs, unit);
  }

  /**
   * True when the one a question asks what they said or felt ("lavrov" in "What did Lavrov say to
   * Marzook?") is in the sentence, by a form or variant of the word, only inside prepositional
   * phrases (see phraseOnlyKeysOf).
   */
  namesSpeakerInPhraseOnly(needs: QuestionNeeds, unit: number): boolean {
    const term = this.speakerTerm(needs);
    const indexed = this.index.sentenceAt(unit);
    if (term === undefined || indexed === undefined) return false;
    const found = this.index.variantsIn(term, unit);
    if (!this.index.foundOnlyAmong(found, () => phraseOnlyKeysOf(indexed.sentence.text, termKey, this.namesRole, this.namesWordsSaid))) return false;
    // A text's words are told inside a phrase presenting it ("under the rules", "in the report"),
    // where no one speaks for themselves ("Councillors said…, speaking ahead of a report").
    if (this.namesText(term) && this.index.foundOnlyAmong(found, () => textSourceKeysOf(indexed.sentence.text, termKey)) && !this.hasOwnSpeaker(indexed)) return false;
    // A sentence that leans on the one before speaks with its speaker ("The Russian foreign ministry
    // released a statement…" then "The purpose of the meeting was…"): there it is no phrase's alone.
    const before = indexed.antecedentUnit;
    const antecedent = before === undefined ? undefined : this.index.sentenceAt(before);
    if (before === undefined || antecedent === undefined) return true;
    const saidBefore = this.index.variantsIn(term, before);
    return saidBefore.length === 0 || this.index.foundOnlyAmong(saidBefore, () => phraseOnlyKeysOf(antecedent.sentence.text, termKey, this.namesRole, this.namesWordsSaid));
  }

  /**
   * True when a sentence that names no one a question asks what they said opens with someone else
   * saying something: "The club announced that Lena Sorvik will take charge…" tells the club's
   * words, not Ferrandi's, though it goes on from a sentence about him; "Okafor said…" tells
   * Okafor's, whom the article calls chief executive, not "the health minister". Only for a person
   * asked about (a name the article has a "he" or "she" for, or a kind of person): a kind of person
   * opening the sentence ("the coach said") may be them, and a group ("the company said") may speak
   * for one; "it", "they" or "we" may stand for them too.
   */
  tellsOthersWords(needs: QuestionNeeds, unit: number): boolean {
    const term = this.speakerTerm(needs);
    const indexed = this.index.sentenceAt(unit);
    if (term === undefined || indexed === undefined) return false;
    const { text } = indexed.sentence;
    if (hasPersonPronounSubject(text) || PRONOUN_FOR_SPEAKER.test(text) || this.namesAnyOfSpeaker(needs, unit)) return false;
    if (!(term.isName ? this.namesPersonIn(term, indexed.document) : this.thesaurus.namesPersonInSomeSense(term.key))) return false;
    // "according to the archaeologists", of an article telling what archaeologists did: one of them
    // speaks for them ("Halvorsen said…").
    if (!term.isName && isPlural(needs.shape.speakerWord ?? "") && this.saysWordIn(term, indexed.document)) return false;
    const verb = openingVerbOf(text);
    if (verb === undefined || !this.thesaurus.reportsSpeechOrThought(lemmaOf(verb))) return false;
    const subject = [...subjectKeysOf(text, termKey)];
    return subject.length > 0 && !subject.some((key) => this.thesaurus.namesPersonInSomeSense(key));
  }

  /** True when some sentence of a document holds the word itself, not a word of like meaning. */
  private saysWordIn(term: QueryTerm, document: SearchableDocument): boolean {
    return [...this.index.unitsOf(document)].some((unit) => this.index.variantsIn(term, unit, 1).length > 0);
  }

  /** True when a sentence holds any word naming the one asked about, or a description of someone that does. */
  private namesAnyOfSpeaker(needs: QuestionNeeds, unit: number): boolean {
    const indexed = this.index.sentenceAt(unit);
    const speakerKeys = new Set((needs.shape.speakerWords ?? []).map(termKey));
    const described = new Set([...(indexed?.personTerms ?? []), ...(indexed?.describingTerms ?? [])]);
    return needs.terms
      .filter((term) => speakerKeys.has(term.key))
      .some((term) => this.index.variantsIn(term, unit).length > 0 || term.variants.some((variant) => described.has(variant.term)));
  }

  /**
   * True when some sentence of a document has a "he" or "she" standing for the name, or a
   * description of a person naming it (describedNames, folded into its person terms).
   */
  private namesPersonIn(term: QueryTerm, document: SearchableDocument): boolean {
    return [...this.index.unitsOf(document)].some((unit) => {
      const persons = this.index.sentenceAt(unit)?.personTerms ?? [];
      return term.variants.some((variant) => persons.includes(variant.term));
    });
  }

  /** True when a person or a group says or thinks something in the sentence ("Councillors said…", "she said"), whose words they are. */
  private hasOwnSpeaker(indexed: IndexedSentence): boolean {
    indexed.subjects ??= subjectsOf(indexed.sentence.text, termKey);
    return indexed.subjects.some(
      ({ subjectKeys, personal, deedKey }) => this.thesaurus.reportsSpeechOrThought(deedKey) && (personal || subjectKeys.some((key) => this.thesaurus.namesPersonOrGroup(key))),
    );
  }

  /** True when a speaker asked about is a text or its ideas ("the rules", "the report"), not a name. */
  private namesText(term: QueryTerm): boolean {
    return !term.isName && this.thesaurus.namesIdeaOrText(term.key);
  }

  /**
   * "What did Hale-Brandt blame the outage on?", "what did the detective urge the public to do?": a
   * sentence telling that very act ("blamed an expired security certificate…", "urged anyone offered…")
   * says what it was about, which a quotation of the one asked gives only in part. Not for a verb
   * asking for words alone ("say", "think"): those are the quotation's.
   */
  tellsActAsked(needs: QuestionNeeds, unit: number): boolean {
    const verb = needs.shape.reportingVerb;
    if (verb === undefined || PLAIN_SPEECH.has(lemmaOf(verb))) return false;
    const term = needs.terms.find((candidate) => candidate.key === termKey(verb));
    return term !== undefined && this.index.variantsIn(term, unit, SAME_ACT).length > 0;
  }

  /**
   * True when a question asking how someone reacted ("How did the Israeli government react to the
   * visit?") meets a sentence that tells no reaction: it quotes no one, tells no saying, thinking or
   * feeling ("said", "wept", "glad"; see Thesaurus.mayTellReaction), and holds nothing else the
   * question asks, such as what they reacted to. "According to the Israeli government, six of the
   * hostages hold Russian citizenship" is the government's word on something else.
   */
  tellsNoReaction(needs: QuestionNeeds, unit: number): boolean {
    if (needs.shape.answerType !== "manner" || !this.asksSpeakersWords(needs) || this.mayTellReaction(unit)) return false;
    return this.askedWeights(needs, unit).every((weight) => weight === 0);
  }

  /** True when a sentence quotes someone or tells a saying, thinking or feeling ("said", "wept", "glad"; see Thesaurus.mayTellReaction). */
  private mayTellReaction(unit: number): boolean {
    const text = this.index.sentenceAt(unit)?.sentence.text;
    if (text === undefined) return false;
    return this.index.quotesAt(unit) || this.reportsWords(text) || contentWords(text).some((word) => this.thesaurus.mayTellReaction(word));
  }

  /** True when the question asks what someone it names said, thought or felt ("What did Lavrov say…"). */
  asksSpeakersWords(needs: QuestionNeeds): boolean {
    const { speakerWord, reportingVerb } = needs.shape;
    return speakerWord !== undefined && reportingVerb !== undefined && this.thesaurus.reportsSpeechOrThought(lemmaOf(reportingVerb));
  }
}

/** True when a text opens more quotations than it closes: a quotation going on into the next sentence. */
function leavesQuoteOpen(text: string): boolean {
  return oddStraightQuotes(text) || count(text, "“") > count(text, "”");
}

/** True when a text inside a quotation closes it: more closing marks than opening ones. */
function closesQuote(text: string): boolean {
  return oddStraightQuotes(text) || count(text, "”") > count(text, "“");
}

function oddStraightQuotes(text: string): boolean {
  return count(text, '"') % 2 === 1;
}

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}
