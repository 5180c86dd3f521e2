import type { SearchableDocument } from "../knowledge/document.ts";
import { type CountedDeed, countedDeedsOf, countedPhrasesOf, eventsOfThingsCountedByOrdinalOf, groupsSizedOf, looseCountPhrasesOf, measuredNounsOf, multipliedNounsOf, nounsCountedByOrdinalOf, pricedPhrasesOf, sharesOfChangeOf, standInNamedIn, unitAmountsOf, unitsSizingNamesOf } from "./counted-phrases.ts";
import { meansDeedWord } from "./deeds.ts";
import { givesFigureBesidesSums, givesMeasure, givesNoFigure, givesOnlyFractions, givesOnlyMultipliers, isTimeUnit, wordsCountedByRatio } from "./measurements.ts";
import type { IndexedSentence, QueryTerm, QuestionNeeds } from "./search-types.ts";
import type { Thesaurus } from "./synonyms.ts";
import { lemmaOf, termKey } from "./terms.ts";
import { WEIGHTS } from "./weights.ts";

/** What "how many times" counts: occasions, which an ordinal numbers whatever it ranks ("their third delegation"). */
export const OCCASIONS = new Set(["times", "occasions"].map(termKey));
// The counts of times English says in one word ("once" only as a rate: "once a day").
const OCCASIONS_IN_WORDS = /\b(?:twice|thrice)\b|\bonce (?:a|an|per|each|every)\b/i;

// The letters a noun made from a verb keeps of it: "arriv-al", "appli-cation", "sign-ature".
const STEM_LETTERS = 4;

/** What the count checks read of the index. */
export interface CountLookup {
  termId(key: string): number | undefined;
  /** The index terms of a question word's variants that a sentence holds, of at least a weight (0 when not given). */
  variantsIn(term: QueryTerm, unit: number, minWeight?: number): number[];
  /** True when the document holds a variant of the question word of at least a weight somewhere. */
  holdsVariant(term: QueryTerm, document: SearchableDocument, minWeight: number): boolean;
  /** True when one of these terms is a variant of the question word or close to it in meaning. */
  meansAnyOf(term: QueryTerm, ids: readonly number[], similarities: Map<number, number>): boolean;
  /** The units of a document's sentences, in order. */
  unitsOf(document: SearchableDocument): Iterable<number>;
}

/**
 * Checks a sentence's numbers and measures against what a how-many, how-much or measuring question
 * counts, prices or measures.
 */
export class CountChecks {
  /** By verb, the nouns made from its own stem (see nounsOfDeed). */
  private readonly deedNouns = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly index: CountLookup,
    private readonly thesaurus: Thesaurus,
  ) {}

  /**
   * True when a how-many question's counted noun is in the sentence but every number there counts
   * something else: "7.5 tonnes" says how heavy, not how many cars; "in 2019" or "one in 50
   * children" says no number of children. A number that heads no noun ("rose to 600") may count it;
   * fractions alone ("almost a third less likely") count nothing, and a multiplier only the parts of
   * what it describes ("the purpose is three-fold").
   */
  countsOnlyOthers(needs: QuestionNeeds, indexed: IndexedSentence, unit: number): boolean {
    const { shape, terms, counted } = needs;
    if (counted === undefined || shape.asksHowMuch || shape.measure !== undefined || !shape.needsAnswerType) return false;
    const at = terms.findIndex((term) => term.key === counted);
    const term = terms[at];
    if (term === undefined) return false;
    const phrases = (indexed.countedPhrases ??= countedPhrasesOf(indexed.sentence.text));
    const similarities = needs.similarities[at] ?? new Map<number, number>();
    // "How many times…": a span ("for 20 minutes") is time, not times.
    const countsAsked = (nouns: readonly string[]): boolean =>
      !(OCCASIONS.has(counted) && nouns.every((noun) => termKey(noun) !== counted && isTimeUnit(lemmaOf(noun)))) &&
      (this.index.meansAnyOf(term, nouns.flatMap((noun) => this.index.termId(termKey(noun)) ?? []), similarities) || this.namesKindCounted(counted, nouns) || countsPeopleOfPlace(nouns) || (namesWhole(needs, nouns) && this.tellsDeedAsked(needs, unit)));
    // "How many Britons…": "1.4 million people in the UK" counts them, by people and the place.
    const countsPeopleOfPlace = (nouns: readonly string[]): boolean =>
      this.thesaurus.namesPeopleOfPlace(counted) && nouns.some((noun) => this.thesaurus.namesKindOf(counted, lemmaOf(noun))) && this.index.variantsIn(term, unit).length > 0;
    // "How many fewer caterpillars…": "47 per cent fewer caterpillars" gives the difference asked; a
    // share of change counting nothing ("teachers will earn 5 per cent more") tells no count of them.
    if (shape.asksDifference === true && sharesOfChangeOf(indexed.sentence.text).some(countsAsked)) return false;
    // "The purpose of the plays is three-fold" tells how many purposes, and no number of students.
    if (phrases.length === 0 && givesOnlyMultipliers(indexed.sentence.text)) return !multipliedNounsOf(indexed.sentence.text).some((noun) => countsAsked([noun]));
    if (phrases.length === 0) return givesOnlyFractions(indexed.sentence.text) || this.countsOnlyOthersLoosely(counted, indexed, countsAsked);
    // "the fourth meteorite recovered in Westmarsh since records began, and the first since 1937":
    // beside a year, an ordinal heading the very noun asked still tells how many there have been.
    if (this.countsByOrdinal(needs, indexed)) return false;
    return phrases.every((nouns) => nouns === undefined || (nouns.length > 0 && !countsAsked(nouns)));
  }

  /**
   * True when a number of a how-many question's sentence counts "ones" standing for the noun asked,
   * said where the "ones" points (see standInNamedIn): "Japan has had 15 destructive ones", after
   * "Tsunami are rare in the Atlantic".
   */
  countsWhatItStandsFor(needs: QuestionNeeds, indexed: IndexedSentence, unit: number): boolean {
    const { shape, terms, counted } = needs;
    if (counted === undefined || shape.asksHowMuch || !shape.needsAnswerType) return false;
    const term = terms.find((candidate) => candidate.key === counted);
    if (term === undefined) return false;
    const namedIn = standInNamedIn(indexed.sentence.text);
    if (namedIn === undefined) return false;
    if (this.index.variantsIn(term, unit).length > 0) return true;
    const before = unit - 1;
    return namedIn === "sentence before" && [...this.index.unitsOf(indexed.document)].includes(before) && this.index.variantsIn(term, before).length > 0;
  }

  /**
   * True when a number of the sentence counts the name a how-many question counts copies or parts of
   * ("a million Guideposts"), in a sentence telling the question's deed if it has one: "a million
   * Guideposts will circulate" says nothing of how many were stolen.
   */
  countsWholeNamed(needs: QuestionNeeds, indexed: IndexedSentence, unit: number): boolean {
    if (needs.countedWhole === undefined || !this.tellsDeedAsked(needs, unit)) return false;
    return (indexed.countedPhrases ??= countedPhrasesOf(indexed.sentence.text)).some((nouns) => nouns !== undefined && namesWhole(needs, nouns));
  }

  /** True when the sentence says the question's deed, if it asks one ("stolen" in "how many copies… were stolen?"). */
  private tellsDeedAsked(needs: QuestionNeeds, unit: number): boolean {
    const deed = needs.terms.find((term) => term.key === needs.eventKey);
    return deed === undefined || this.index.variantsIn(deed, unit).length > 0;
  }

  /**
   * True when a number of a how-many question's sentence counts a kind of what it asks ("212 pass
   * holders" for "how many people"), or the members of a group of people (see sizesGroupOfPeople).
   */
  countsKindAsked(needs: QuestionNeeds, indexed: IndexedSentence, unit: number): boolean {
    const { shape, counted } = needs;
    if (counted === undefined || shape.asksHowMuch || !shape.needsAnswerType) return false;
    return (
      (indexed.countedPhrases ??= countedPhrasesOf(indexed.sentence.text)).some((nouns) => nouns !== undefined && this.namesKindCounted(counted, nouns)) ||
      this.sizesGroupOfPeople(needs, indexed, unit)
    );
  }

  /**
   * True when a number of the sentence counts the noun made from the verb a how-many question asks
   * of people at large: "500 arrivals each week" tells how many people arrive, "2,000 signatures" how
   * many signed. Not of a kind of people ("how many patients were admitted?": "140 admissions" may be
   * anyone's), and only a noun made from the verb's own stem: WordNet also ties "board" to "table"
   * and "join" to "union".
   */
  countsDeedAsNoun(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const { countedDeed, counted } = needs;
    if (countedDeed === undefined || counted === undefined || needs.shape.asksHowMuch || !this.thesaurus.namesPeople(counted)) return false;
    const made = this.nounsOfDeed(countedDeed);
    if (made.size === 0) return false;
    return (indexed.countedPhrases ??= countedPhrasesOf(indexed.sentence.text)).some((nouns) => nouns !== undefined && nouns.some((noun) => made.has(lemmaOf(noun))));
  }

  /**
   * True when every number of a how-many question's sentence counting the noun asked sizes a thing
   * of a name the question does not give, beside the name the question gives: "Carrowmere Ridge would
   * be the largest wind farm, ahead of the 14-turbine Brackwater scheme" tells no number of turbines
   * of "the Carrowmere Ridge wind farm". A sentence without the question's name may size its thing by
   * another ("Haldane will install the 40-turbine Solway Deep array"), and an ordinal may count too.
   */
  sizesOnlyOthersNamed(needs: QuestionNeeds, indexed: IndexedSentence, unit: number): boolean {
    const { counted, terms } = needs;
    const named = terms.filter((term) => term.isName);
    if (counted === undefined || !needs.shape.needsAnswerType || named.length === 0 || !named.every((term) => this.index.variantsIn(term, unit).length > 0)) return false;
    const sizing = unitsSizingNamesOf(indexed.sentence.text).filter(({ unit: sized }) => termKey(sized) === counted);
    if (sizing.length === 0 || sizing.some(({ names }) => names.some((name) => needs.questionKeys.has(termKey(name))))) return false;
    if (this.countsByOrdinal(needs, indexed)) return false;
    const counting = (indexed.countedPhrases ??= countedPhrasesOf(indexed.sentence.text)).filter((nouns) => nouns?.some((noun) => termKey(noun) === counted) === true);
    return counting.length === sizing.length;
  }

  /**
   * True when an ordinal tells how many of the counted noun there have been: heading it ("the fourth
   * meteorite recovered in the county") or ranking the question's deed done to it (see
   * ranksDeedAskedOnCounted); or, for a count of times, a word says it ("has been invaded twice").
   */
  countsByOrdinal(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const { counted } = needs;
    if (counted === undefined) return false;
    if (OCCASIONS.has(counted) && OCCASIONS_IN_WORDS.test(indexed.sentence.text)) return true;
    // "their third delegation to Moscow" ranks groups, as "212 pass holders" counts people.
    const ranked = (indexed.ordinalNouns ??= nounsCountedByOrdinalOf(indexed.sentence.text));
    return ranked.some((noun) => termKey(noun) === counted) || this.namesKindCounted(counted, ranked) || this.ranksDeedAskedOnCounted(needs, indexed);
  }

  /**
   * True when an ordinal ranks the question's own deed done to the thing it counts: "the fourth
   * lighthouse disposal by the trust since 2018" tells how many lighthouses the trust has disposed of;
   * "the third lighthouse keeper" tells how many keepers there have been.
   */
  private ranksDeedAskedOnCounted(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const { counted } = needs;
    if (counted === undefined) return false;
    // "The third lighthouse keeper": a noun for the one doing the deed ranks people, not deeds.
    const events = (indexed.ordinalEvents ??= eventsOfThingsCountedByOrdinalOf(indexed.sentence.text)).filter(
      ({ event, things }) => things.some((thing) => termKey(thing) === counted) && !this.thesaurus.namesPersonInSomeSense(lemmaOf(event)),
    );
    return events.length > 0 && needs.terms.some((term) => term.key !== counted && events.some(({ event }) => lemmaOf(event) === term.key || this.nounsOfDeed(term.key).has(lemmaOf(event))));
  }

  /** The nouns made from a verb's own stem (see countsDeedAsNoun), read once per verb: each candidate sentence asks. */
  private nounsOfDeed(deed: string): ReadonlySet<string> {
    let made = this.deedNouns.get(deed);
    if (made === undefined) {
      const stem = deed.slice(0, STEM_LETTERS);
      made = new Set(this.thesaurus.derivedSynonyms(deed).flatMap((related) => (related.word.startsWith(stem) ? [related.word] : [])));
      this.deedNouns.set(deed, made);
    }
    return made;
  }

  /**
   * True when a question counting people meets the size of a group of them ("a crowd of 3,850" for
   * "how many people watched?"), in a sentence telling the deed it asks about, if any: "with a crew
   * of 19" tells how many were on board, not how many died.
   */
  private sizesGroupOfPeople(needs: QuestionNeeds, indexed: IndexedSentence, unit: number): boolean {
    const { counted, countedDeed } = needs;
    if (counted === undefined || !this.thesaurus.namesPeople(counted)) return false;
    const deed = countedDeed === undefined ? undefined : needs.terms.find((term) => term.key === countedDeed);
    if (deed !== undefined && this.index.variantsIn(deed, unit).length === 0) return false;
    return (indexed.groupsSized ??= groupsSizedOf(indexed.sentence.text)).some((noun) => this.thesaurus.namesGroupOfPeople(lemmaOf(noun)));
  }

  /** True when one of the nouns a number counts is a kind of the counted noun (see Thesaurus.namesKindOf). */
  private namesKindCounted(counted: string, nouns: readonly string[]): boolean {
    return nouns.some((noun) => this.thesaurus.namesKindOf(lemmaOf(noun), counted));
  }

  /**
   * True when a sentence without a figure ranks or loosely counts only things other than those a
   * how-many question counts: "the second and third legs moved the team up to third" tells no number
   * of teams, nor "several loan repayments" one of accounts, while "their third delegation to
   * Moscow" tells how many delegations have gone.
   */
  private countsOnlyOthersLoosely(counted: string, indexed: IndexedSentence, countsAsked: (nouns: readonly string[]) => boolean): boolean {
    if (OCCASIONS.has(counted) || !givesNoFigure(indexed.sentence.text)) return false;
    const phrases = (indexed.looseCountPhrases ??= looseCountPhrasesOf(indexed.sentence.text));
    return phrases.every((nouns) => nouns === undefined || (nouns.length > 0 && !countsAsked(nouns)));
  }

  /**
   * True when a number of the sentence is the subject or object of a verb meaning the one a how-many
   * question asks about (see countedDeedsOf): "220 others were taken hostage" counts who were taken.
   */
  countsDeedAsked(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    return this.deedsCountedAsked(needs, indexed).length > 0;
  }

  /**
   * True when a number of the sentence counting a broader class than a how-many question's noun is
   * the subject or object of the verb asked, in an article that ties them to that noun: "More than
   * 600 people signed up" tells how many volunteers signed up to transcribe the logs where the article
   * says "the transcription was done by volunteers"; one that never says "fighters" counts anyone
   * killed, and "Twelve people were injured" counts no teachers where the article only says "two
   * teachers were also on board" (others on board may be all the injured). A number that names no
   * noun counts those the text names elsewhere: "only 2,417 had been clocked back" tells how many
   * birds were, in an article that tells of birds clocked.
   */
  countsBroaderInDeedAsked(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const { counted } = needs;
    const term = needs.terms.find((candidate) => candidate.key === counted);
    if (counted === undefined || term === undefined || !needs.countedUnqualified || !this.index.holdsVariant(term, indexed.document, 1)) return false;
    const countsBroader = this.deedsCountedAsked(needs, indexed).some(({ nouns }) => nouns.length === 0 || nouns.some((noun) => this.thesaurus.namesKindOf(counted, lemmaOf(noun))));
    return countsBroader && this.tiesCountedNoun(needs, term, indexed.document);
  }

  /**
   * True when a number naming no noun is the object of the verb a how-many question asks, done by
   * the one it names, in a sentence saying each of the question's names, in an article that says the
   * counted noun: "Fraser Moyle made 92 from 104 balls" tells how many runs Moyle made; "Haddad said
   * Pelling had won 1,359" no votes of Haddad's.
   */
  countsBareDeedOfNamed(needs: QuestionNeeds, indexed: IndexedSentence, unit: number): boolean {
    const { counted } = needs;
    const term = needs.terms.find((candidate) => candidate.key === counted);
    const names = needs.terms.filter((candidate) => candidate.isName);
    if (term === undefined || names.length === 0 || !this.index.holdsVariant(term, indexed.document, 1)) return false;
    const doneByNamed = this.deedsCountedAsked(needs, indexed).some(({ nouns, doer }) => nouns.length === 0 && doer.some((word) => needs.questionKeys.has(termKey(word))));
    return doneByNamed && names.every((name) => this.index.variantsIn(name, unit, 1).length > 0);
  }

  /**
   * True when a sentence of the document says a how-many question's noun as typed together with another
   * word the question asks, surely: there the article tells those it calls so doing what the question
   * tells of them ("was done by volunteers" of "transcription"), or names them beside the count
   * ("600 people, all volunteers, signed up"), not merely among the others of the same event.
   */
  private tiesCountedNoun(needs: QuestionNeeds, counted: QueryTerm, document: SearchableDocument): boolean {
    const others = needs.terms.filter((term) => term !== counted && !term.isName && !term.isFraming);
    for (const unit of this.index.unitsOf(document)) {
      if (this.index.variantsIn(counted, unit, 1).length > 0 && others.some((term) => this.index.variantsIn(term, unit, WEIGHTS.sureCover).length > 0)) return true;
    }
    return false;
  }

  /** The numbers' deeds of the sentence (see countedDeedsOf) whose verb means the one a how-many question asks about. */
  private deedsCountedAsked(needs: QuestionNeeds, indexed: IndexedSentence): CountedDeed[] {
    const deed = needs.countedDeed;
    if (deed === undefined) return [];
    const term = needs.terms.find((candidate) => candidate.key === deed);
    return (indexed.countedDeeds ??= countedDeedsOf(indexed.sentence.text)).filter(({ verb }) => {
      const key = termKey(verb);
      return key === deed || (term !== undefined && meansDeedWord(term, key, (word) => this.index.termId(word)));
    });
  }

  /**
   * True when a how-many question that names nothing counted ("How many will be making the
   * journey?") meets a sentence whose every figure is a sum of money: it counts people or things.
   */
  countsOnlySums(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const { shape } = needs;
    if (needs.counted !== undefined || shape.answerType !== "quantity" || shape.asksHowMuch || shape.measure !== undefined || !shape.needsAnswerType) return false;
    return !givesFigureBesidesSums(indexed.sentence.text);
  }

  /** True when a how-many-more question's counted noun follows a ratio ("twice as many agency staff" for "How many more agency staff…?"). */
  countsByRatio(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    return needs.countsCompared && this.surelyAmong(needs, needs.counted, () => wordsCountedByRatio(indexed.sentence.text));
  }

  /** True when a sum in the sentence modifies the noun a how-much question prices, or a near synonym of it ("the £14.6m trial"). */
  pricesAsked(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    return this.surelyAmong(needs, needs.priced, () => this.pricedPhrases(indexed).flatMap((nouns) => nouns.at(-1) ?? []));
  }

  /**
   * True when every sum of the sentence prices another thing from inside its noun phrase than the
   * one a how-much question prices: "a man wearing a $200 watch, driving a 1959 Rolls Royce" tells
   * no price of the car. Where the thing asked is an undertaking (see QuestionNeeds.pricesUndertaking),
   * a sum pricing a noun whose commonest sense is an act may be its price by another name ("restored
   * in a £64,000 project" prices the restoration; "a £40,000 loan" no refit).
   */
  pricesOnlyOthers(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const priced = needs.priced;
    const phrases = this.pricedPhrases(indexed);
    if (priced === undefined || phrases.length === 0) return false;
    return phrases.every((nouns) => nouns.length > 0 && !this.surelyAmong(needs, priced, () => nouns) && !(needs.pricesUndertaking && this.thesaurus.namesAct(lemmaOf(nouns.at(-1) ?? ""))));
  }

  private pricedPhrases(indexed: IndexedSentence): string[][] {
    return (indexed.pricedPhrases ??= pricedPhrasesOf(indexed.sentence.text));
  }

  /**
   * True when the sentence gives an amount in a unit of what a how-much question counts: "15 hectares
   * of her land" tells how much land, though the dictionary files land among possessions, priced in money.
   */
  givesAmountCounted(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    return this.surelyAmong(needs, needs.counted, () =>
      (indexed.unitAmounts ??= unitAmountsOf(indexed.sentence.text)).filter(({ unit }) => this.thesaurus.namesUnit(lemmaOf(unit.toLowerCase()))).map(({ noun }) => noun),
    );
  }

  /**
   * True when a sentence is about the thing a measuring question measures, if it names one: it says
   * it surely, or by a word near in meaning in an article that says it as asked ("the remaining
   * vessel" where the article tells of the ferry's "two boats"). "The trial lasted three weeks" tells
   * how long no strike lasted, nor "the bridge will be 85 metres long" how long a tunnel is.
   */
  tellsThingMeasured(needs: QuestionNeeds, covers: readonly number[], document: SearchableDocument): boolean {
    const at = needs.terms.findIndex((term) => term.key === needs.measured);
    const term = needs.terms[at];
    if (term === undefined) return true;
    const cover = covers[at] ?? 0;
    return cover >= WEIGHTS.sureCover || (cover > 0 && this.index.holdsVariant(term, document, 1));
  }

  /**
   * True when a measurement in the sentence, of the question's measure, modifies the noun a measuring
   * question measures or a near synonym of it ("the 14.2-kilometre line", "the zoo's 96-year history").
   */
  measuresAsked(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const { measure } = needs.shape;
    if (measure === undefined) return false;
    return this.surelyAmong(needs, needs.measured, () =>
      (indexed.measuredNouns ??= measuredNounsOf(indexed.sentence.text)).filter((phrase) => givesMeasure(phrase.measurement, measure)).map((phrase) => phrase.noun),
    );
  }

  /**
   * True when the question word of this key, or a variant of it sure enough to cover it, is one of a
   * sentence's nouns, read only when there is such a word (tagging a sentence is slow).
   */
  private surelyAmong(needs: QuestionNeeds, key: string | undefined, nounsOf: () => readonly string[]): boolean {
    const term = key === undefined ? undefined : needs.terms.find((candidate) => candidate.key === key);
    if (term === undefined) return false;
    const nouns = nounsOf().flatMap((noun) => this.index.termId(termKey(noun)) ?? []);
    return term.variants.some((variant) => variant.weight >= WEIGHTS.sureCover && nouns.includes(variant.term));
  }
}

/** True when a number's nouns name what a how-many question counts copies or parts of (see QuestionNeeds.countedWhole). */
function namesWhole(needs: QuestionNeeds, nouns: readonly string[]): boolean {
  return needs.countedWhole !== undefined && nouns.some((noun) => termKey(noun) === needs.countedWhole);
}
