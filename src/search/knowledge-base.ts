import { GLOBAL_SCOPE, isLede, type Scope, type SearchableDocument, type Sentence } from "../knowledge/document.ts";
import { isSourceLine } from "../knowledge/parse-document.ts";
import { acronymLinks } from "./acronyms.ts";
import { baseNoun } from "./base-forms.ts";
import { countedDeedOf, countsNounAlone, rankedNounsOf, ranksWithNounLeftOut } from "./counted-phrases.ts";
import { listedItemsOf } from "./listed-items.ts";
import { datedClauseKeysOf, datedClauseTimesOf, placesInPresent, tellsTimeAhead, thingsPutOffIn, verbsAheadOf } from "./dated-clauses.ts";
import { DeedReading, deedAsked, doerVerbAsked, meansDeedWord, pickedDoerVerbAsked, subjectsOf } from "./deeds.ts";
import { sharedDerivedLists } from "./derived-lists.ts";
import { mannerGiven } from "./manner.ts";
import { outcomeClauses } from "./outcome-clauses.ts";
import { tellsObligation } from "./obligations.ts";
import { opensAttribution, withAttributionAsSaying } from "./attribution.ts";
import { countsInOwnEvent, questionShape, satisfies, TYPES_A_SENTENCE_HOLDS, type QuestionShape } from "./answer-type.ts";
import { ALWAYS_IN_UNITS, deedTakingTime } from "./measure-questions.ts";
import { ageHoldersOf, ageOfThingAt, averageAgesOf, CLOCK_TIME_MEASURE, givesFraction, givesLength, givesRatioOfAmount, holdsBareFigure, isAgeMeasure, isTimeUnit, measureNounBesideFigure, valueBesideMeasured, verbGoingOnSince } from "./measurements.ts";
import { isPlural, lastVerbOf, MODAL_AUXILIARIES, wholeSharedOf, whyEventWords, wordsAfterDeterminers, wordsUsedAsVerbs } from "./question-grammar.ts";
import { aimGiven, answerTraitsOf, doersOf, reasonGiven, supposesDone, type AnswerTraits, type Doer, type KeyedAgent } from "./sentence-traits.ts";
import { aimKeysOf, openingNounKeysOf, subjectKeysOf } from "./clause-parts.ts";
import { FieldIndex, TermDictionary, type FieldIndexState } from "./field-index.ts";
import { FirstPass, type TermVariant } from "./first-pass.ts";
import { listAt, listCount, packLists, type FlatLists } from "./flat-lists.ts";
import { FrequencyTable } from "./frequency-table.ts";
import { hasPronounSubject, hasThingPronounSubject, headsOfNames, holdsNames, missesAName, namesAnotherInPlace, namesThingItIsAbout, nounNamedAtOpening, ownersNamed, refersBack, saysDefinitely, subjectNamed, thingsNamed, titlesOfNames, type NameWordTests } from "./name-checks.ts";
import { describedNames, HONORIFICS, nameCompletions, nameMentions, personNamesOf, pronounNames, writesAsName, type DescriptionWords } from "./name-mentions.ts";
import { groupNames } from "./group-mentions.ts";
import { describedPeople, introducesName, personDescriptions, type PersonWords } from "./person-descriptions.ts";
import { PassageCopies } from "./passage-copies.ts";
import { CountChecks, OCCASIONS } from "./count-checks.ts";
import { namesByLastWord } from "./kind-mentions.ts";
import { ledeSubjectNames } from "./lede-subjects.ts";
import { introducesThing, thingNames, thingWordsOf, type ThingWords } from "./thing-names.ts";
import { OWN_FORM_WEIGHT, QueryTermReading } from "./query-terms.ts";
import { Reranking } from "./reranking.ts";
import { placeKeysOf } from "./places.ts";
import { partnerEventsOf, partnerMentionsOf, tellsWithPartner } from "./partners.ts";
import { periodsRated, ratePeriods, recurringPeriods } from "./rates.ts";
import { roleAsked, saysOnlyRankedBelow, saysRankBelow } from "./ranks.ts";
import { recipientsOf } from "./recipients.ts";
import { personsByRole } from "./role-mentions.ts";
import type { DocumentUnits, IndexedDocument, IndexedSentence, NameHead, QueryTerm, QuestionNeeds, SearchHit } from "./search-types.ts";
import { SpeakerReading } from "./speakers.ts";
import { SenseFit } from "./sense-fit.ts";
import { type RelatedWord, Thesaurus } from "./synonyms.ts";
import { sharedWordNet } from "./wordnet.ts";
import { distinctTerms, holdsSorted } from "./term-sets.ts";
import { TermMeanings } from "./term-meanings.ts";
import { NOUNS, tagged, VERBS } from "./tagging.ts";
import { isPastVerbForm, lemmaOf, termKey } from "./terms.ts";
import { TitleReading } from "./titles.ts";
import { asMeant, type HeldWords, type MeantQuestion, type SpellingResources } from "./typed-words.ts";
import { contentWords, contentWordsOf, normalizeText, isLightVerb, isLineOfNames, isStopWord, words } from "./text.ts";
import { speechActVerbs } from "./speech-acts.ts";
import { givesInstancesOf, nounsLeftUnnamed, picksByContent, picksByModifier } from "./unnamed-mentions.ts";
import { classAsked, kindChosen, kindNounsAsked } from "./asked-kind.ts";
import { nameWordsOf, sentenceNames, type NameWords, type SentenceName } from "./person-names.ts";
import { Vocabulary } from "./vocabulary.ts";
import { WordUses } from "./word-uses.ts";
import { WEIGHTS } from "./weights.ts";
import { WordVectors } from "./word-vectors.ts";

/**
 * The words that ask for a name ("what are their names?", "what was it called?"): a word that
 * introduces a name means what is asked only when it means what is named, not the asking.
 */
const NAMING_WORDS: ReadonlySet<string> = new Set(["name", "call"]);
// The words a when-question asks a beginning with: "when did they start / begin / first meet?".
const STARTING_WORDS: ReadonlySet<string> = new Set(["start", "begin", "commence", "first"].map(termKey));

// "How much is the ring worth?" asks its value, which is told as a sum; WordNet files the noun
// "worth" under attributes, not possession, so it is no money word there.
const WORTH = termKey("worth");
// WordNet's noun for a word naming something ("brand" is a trade name): what a name answers.
const NAME = "name";

export type { SearchHit } from "./search-types.ts";

export interface SearchOptions {
  /** The server asking: it sees global documents and its own. Global only when absent. */
  scope?: Scope;
  /** Only this document's sentences, when the asker names the article the question is about. */
  documentId?: string;
  limit?: number;
  /**
   * Given when the question comes with its slips respelt already (see KnowledgeBase.asMeant), which
   * are not read again: what was typed for each word respelt, whose look-alikes still count.
   */
  typedAs?: ReadonlyMap<string, string>;
  /**
   * Weigh how much of the things the question names each hit's document holds
   * (SearchHit.documentCoverageOfThings), which only a follow-up's tie needs; 1 for every hit otherwise.
   */
  weighThingsNamed?: boolean;
}

const DEFAULT_LIMIT = 3;
// By the kind a which-question picks, a figure right before it, or after it as its label (see picksByFigure).
const FIGURE_BEFORE_KIND = new Map<string, RegExp>();
const LABEL_AFTER_KIND = new Map<string, RegExp>();
// The sentences an article says a name in that make it one the article is about (see describesNameBy).
const NAME_TOLD_ABOUT_SENTENCES = 2;
// How many of its sentences an article names one it is about in: a side party ("The club's
// chairman, Alan Ferris…") is named in a sentence or two, which a sentence without them is not about.
const ARTICLE_SUBJECT_SENTENCES = 3;
// A word opening with a capital, or an abbreviation of one ("Gov."), as written before a name.
const CAPITALISED_TOKEN = /^\p{Lu}\p{L}*\.?$/u;

// A name's initial: "l." of "Martha L. Quarrie".
const INITIAL = /^[a-z]\.?$/;

/** The people a document names: the last words of their names, and those by the given name before them. */
interface PeopleNamed {
  surnames: ReadonlySet<string>;
  surnamesByGivenName: ReadonlyMap<string, ReadonlySet<string>>;
}

// The body paragraphs that bring in what an article is about: a name brought in later with a
// description ("Brenmoor, a factory in Slovakia") is a side thing, said once.
const INTRODUCTION_PARAGRAPHS = 2;
// The one who wrote a text: a question asking what "the writer" says asks what the text itself says.
const TEXT_WRITERS: ReadonlySet<string> = new Set(["writer", "author", "reporter", "journalist", "columnist", "reviewer", "critic", "essayist"]);
// "How much less…", "how many more…": a sum asked as the difference between two.
const ASKS_DIFFERENCE = /\bhow (?:much|many) (?:less|more|fewer)\b/i;
// The verb a how-much question prices its subject by; another verb asks the price of a deed ("cost to
// rebuild"), but not the thing priced the tagger reads as one ("the man's watch").
const PRICING_VERB = "cost";
// The writer speaking as "I" or "we", and a quotation, from its opening mark to its closing one or the
// sentence's end; a single closing mark is no apostrophe ("don’t"), which a letter follows.
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us)\b/;
// The writer alone, which "the writer" asks of ("we" may be the writer's family or readers).
const FIRST_PERSON_SINGULAR = /\b(?:I|[Mm]e|[Mm]y)\b/;
const QUOTED_SPAN = /[“"].*?(?:[”"]|$)|‘.*?(?:’(?!\p{L})|$)/gu;
// A sentence whose subject is "It", opening it: the thing the article goes on about (see ledeStandsFor).
const OPENS_WITH_IT = /^[“"‘]?It [a-z]/;
// "It" or "Each one" opening a sentence, standing for a thing priced (see itStandsFor).
const OPENS_WITH_THING = /^[“"‘]?(?:It|Each one) [a-z]/;
// A word owning what follows it: "Biscuit's kennel", "the council’s offices".
const POSSESSIVE = /([\p{L}\d-]+)['’]s\b/gu;
// An indefinite article: a sentence with one brings in a thing the next one's "It" may stand for.
const BRINGS_IN_THING = /\b(?:a|an)\s/i;

/** The read-only language resources a knowledge base uses; shared per process unless given. */
export interface KnowledgeResources {
  thesaurus?: Thesaurus;
  wordVectors?: WordVectors;
}

// A word written in lower case, whole: no name, nor part of one.
const LOWER_CASE_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu;
// What a text ends with right before a word it then uses as a noun: a determiner or a number.
const NOUN_AFTER = /\b(?:a|an|the|this|that|these|those|some|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+$/i;

// The measure of "how far", which a length or a journey's time answers.
const DISTANCE_MEASURE = "far";

/**
 * Bumped whenever indexing changes (words, keys, fields): a snapshot of another version is not
 * restored but rebuilt, so an upgrade never answers from an index its code would not have made.
 */
export const SNAPSHOT_VERSION = 82;

/** The whole index as arrays, to save and to restore at the next start instead of re-indexing. */
export interface KnowledgeSnapshot {
  version: number;
  /** Every word seen, by its number (in the order first seen), with its term id. */
  words: string[];
  wordTerms: Int32Array;
  /** Index keys by term id. */
  keys: string[];
  fields: { sentence: FieldIndexState; paragraph: FieldIndexState; title: FieldIndexState };
  /** Per document, in indexing order: its id, its units and the numbers of the words it uses, first used first. */
  documents: { ids: string[]; titleUnits: Int32Array; sentenceUnits: FlatLists; paragraphUnits: FlatLists; words: FlatLists };
  /** Per sentence unit: paragraph unit, title unit, antecedent unit (-1 for none). */
  sentenceLinks: Int32Array;
  /** Per sentence unit: the term ids of the person its pronoun stands for. */
  personTerms: FlatLists;
  /** Per sentence unit: the term ids of the words that describe the people it is about. */
  describingTerms: FlatLists;
  paragraphSentences: FlatLists;
  titleUnits: number;
  /** Per sentence unit, the number of its text, for telling copies of a passage (see PassageCopies.restore). */
  textNumbers: Int32Array;
}

/**
 * The searchable knowledge: documents split into sentences, indexed by the lemmas of their words at
 * three levels (sentence, paragraph, title), so a sentence can lean on its context ("He
 * emphasized..." is found for a question that names him). Rebuilt from the store at start.
 */
// Pairs of words kept with whether one sentence holds both (see inOneSentence).
const MAX_KEPT_PAIRS = 50_000;

export class KnowledgeBase {
  private readonly documentsById = new Map<string, IndexedDocument>();
  /** By document, the people its names tell (see peopleIn), as first needed. */
  private readonly documentPeople = new WeakMap<SearchableDocument, PeopleNamed>();
  /** By document, whether its writer speaks in the first person (see writesInFirstPerson), read once. */
  private readonly firstPersonDocuments = new WeakMap<SearchableDocument, boolean>();
  private readonly sentences: (IndexedSentence | undefined)[] = [];
  /** By paragraph unit, its sentence units; restored ones are views of the snapshot. */
  private readonly paragraphSentences: (number[] | Int32Array)[] = [];
  /** By title unit, its document's sentence units. */
  private readonly titleSentences: ArrayLike<number>[] = [];
  private readonly terms = new TermDictionary();
  private sentenceIndex = new FieldIndex();
  private paragraphIndex = new FieldIndex();
  private titleIndex = new FieldIndex();
  private readonly vocabulary = new Vocabulary();
  /**
   * The words each document uses: the vocabulary and the terms' first words (their meanings) hold
   * those of the documents indexed now, in the store's order, as a whole build of them would.
   */
  private readonly wordUses = new WordUses(this.terms);
  /**
   * True while the vocabulary and the terms' words are as a whole build of the documents indexed now
   * makes them: every document added after those before it in the store's order (by id), none
   * removed. Once not, they are told again from the documents before they are next read (see holdWordsInOrder).
   */
  private wordsInOrder = true;
  /**
   * True while the sentence units are numbered in the store's order of their documents, as a whole
   * build numbers them: each document added after those before it by id. Ties between units are then
   * broken by their numbers, else by their documents' ids (see precedes).
   */
  private unitsInOrder = true;
  /** The greatest id added while units were in order: a document after it in the store's order keeps them so. */
  private greatestId: string | undefined;
  /** The ids of the documents indexed, in the store's order, once sorted; forgotten when a document comes or goes. */
  private sortedIds: string[] | undefined;
  /** By pair of words, whether one sentence holds both (see inOneSentence): famous people's names come back in many questions. Emptied when a document comes or goes. */
  private readonly heldTogether = new Map<string, boolean>();
  /** By pair of words in order, whether some sentence writes them side by side (see inSequence). Emptied with heldTogether. */
  private readonly heldInSequence = new Map<string, boolean>();
  private readonly thesaurus: Thesaurus;
  private readonly meanings: TermMeanings;
  /** The word vectors the meanings are read by, for comparing two words directly. */
  private readonly wordVectors: WordVectors;
  private titleUnits = 0;
  /** The sentence units that repeat a passage stored earlier (see FirstPassIndex.copies). */
  private readonly copies = new PassageCopies({
    textOf: (unit) => this.sentences[unit]?.sentence.text,
    neighbour: (unit, step) => this.bodyNeighbour(unit, step),
    scopeOf: (unit) => this.sentences[unit]?.document.scope,
    precedes: (first, unit) => this.precedes(first, unit),
  });
  /** Scratch tables for scoring one candidate at a time, reused by every search. */
  private readonly frequencies = {
    sentence: new FrequencyTable(),
    paragraph: new FrequencyTable(),
    title: new FrequencyTable(),
    antecedent: new FrequencyTable(),
    /** The sentence before, when the candidate's subject is a pronoun standing for that one's subject. */
    pronounAntecedent: undefined as number | undefined,
  };
  /** Per indexed document, its terms (see documentTerms); a document added again is a new entry. */
  private readonly documentTermCache = new WeakMap<IndexedDocument, Int32Array>();
  /** By document, the distinct lemmas of its words (see lemmasOf). */
  private readonly documentLemmas = new WeakMap<SearchableDocument, readonly string[]>();
  /** Picks the candidates of each search; keeps its scratch space between searches. */
  private readonly firstPass = new FirstPass({ paragraph: WEIGHTS.paragraph, title: WEIGHTS.title, antecedent: WEIGHTS.antecedent });
  /** What the knowledge base holds, for reading compounds and typing slips in questions. */
  private readonly heldWords: HeldWords = {
    isHeld: (word) => this.isHeld(word),
    inOneSentence: (first, second) => this.inOneSentence(first, second),
    inSequence: (first, second) => this.inSequence(first, second),
    inOneDocument: (word, others) => this.inOneDocument(word, others),
    writesAsName: (word) => this.writesAsName(word),
    writesOnlyAsName: (word) => this.writesOnlyAsName(word),
  };
  private readonly spelling: SpellingResources;
  /** The dictionary's kinds of person or body, for the names an opening description stands for. */
  private readonly descriptionWords: DescriptionWords = {
    isKind: (word) => {
      // Asked of most sentences' first words at indexing: each word is looked up once.
      let isKind = this.kindWords.get(word);
      if (isKind === undefined) {
        isKind = lemmaOf(word) === word && (this.thesaurus.namesPersonByRole(word) || this.thesaurus.namesOrganization(word));
        this.kindWords.set(word, isKind);
      }
      return isKind;
    },
    isBody: (word) => this.thesaurus.namesOrganization(word),
    knows: (word) => this.thesaurus.knows(lemmaOf(word)),
    titlesOtherRole: (word, role) => this.thesaurus.titlesOtherRole(word, role),
  };
  private readonly kindWords = new Map<string, boolean>();
  /** The dictionary's nouns, for the things a "the <kind>" stands for (see thingNames). */
  private readonly thingWords: Omit<ThingWords, "isPerson">;
  /** Tells a name's own words from titles and common words (see namesAnotherInPlace). */
  private readonly nameWordTests: NameWordTests = {
    isNameAlone: (word) => !isStopWord(word) && (!this.thesaurus.knows(lemmaOf(word)) || this.thesaurus.isOnlyAName(word)),
    mayNameOne: (word) => !HONORIFICS.has(word) && !this.thesaurus.namesPersonInSomeSense(lemmaOf(word)),
    saidTogether: (first, second) => this.inOneSentence(first, second),
  };
  // Asked of the words around most full names at indexing: each word is looked up once.
  private readonly personWords: PersonWords = {
    isCommonWord: memoised((word) => this.thesaurus.knowsOtherThanAsPerson(lemmaOf(word))),
    namesRole: memoised((word) => this.thesaurus.namesPersonInSomeSense(lemmaOf(word))),
    isAdverb: memoised((word) => this.thesaurus.isAdverb(word)),
    isDictionaryForm: (word) => lemmaOf(word) === word,
  };
  /** What reading a name needs of the dictionary (set in the constructor, with the thesaurus). */
  private readonly nameWords: NameWords;
  /** Reads questions about what someone said (set in the constructor, with the thesaurus). */
  private readonly speakers: SpeakerReading;
  /** Reads questions about what someone did (set in the constructor). */
  private readonly deeds: DeedReading;
  /** Reads the words a question asks a person by ("which judge…"; set in the constructor, with the thesaurus). */
  private readonly titles: TitleReading;
  /** Reads a question's words into index terms (set in the constructor, with the thesaurus and meanings). */
  private readonly queryTermReading: QueryTermReading;
  /** Puts a close runner-up first where it answers what the best sentence does not (set in the constructor). */
  private readonly reranking: Reranking;
  /** Checks a sentence's numbers against what the question counts (set in the constructor, with the thesaurus). */
  private readonly countChecks: CountChecks;

  constructor(resources: KnowledgeResources = {}) {
    this.thesaurus = resources.thesaurus ?? sharedThesaurus();
    this.thingWords = thingWordsOf(this.thesaurus);
    this.nameWords = nameWordsOf(this.thesaurus);
    this.wordVectors = resources.wordVectors ?? sharedWordVectors();
    this.meanings = new TermMeanings(this.thesaurus, this.wordVectors);
    this.queryTermReading = new QueryTermReading(this.thesaurus, this.meanings, new SenseFit(this.wordVectors), {
      termOf: (key) => this.termOf(key),
      vocabulary: this.vocabulary,
      termOfWord: (word) => this.wordUses.termOf(word),
      heldWords: this.heldWords,
      sentenceIndex: () => this.sentenceIndex,
      holds: (term) => this.holds(term),
      titlesWrittenBefore: (name) => this.titlesWrittenBefore(name),
    });
    this.speakers = new SpeakerReading(
      {
        sentenceAt: (unit) => this.sentences[unit],
        variantsIn: (term, unit, minWeight) => this.variantsIn(term, unit, minWeight),
        foundOnlyAmong: (found, keysOf) => this.foundOnlyAmong(found, keysOf),
        termId: (key) => this.termOf(key),
        unitsOf: (document) => this.documentsById.get(document.id)?.sentenceUnits ?? [],
        quotesAt: (unit) => {
          const indexed = this.sentences[unit];
          return indexed !== undefined && this.traitsOf(indexed).quotes;
        },
      },
      this.thesaurus,
    );
    this.deeds = new DeedReading({
      sentenceAt: (unit) => this.sentences[unit],
      variantsIn: (term, unit) => this.variantsIn(term, unit),
      foundOnlyAmong: (found, keysOf) => this.foundOnlyAmong(found, keysOf),
      termId: (key) => this.termOf(key),
      subjectsIn: (unit) => {
        const indexed = this.sentences[unit];
        return indexed === undefined ? [] : (indexed.subjects ??= subjectsOf(indexed.sentence.text, termKey));
      },
    }, (key) => !isLightVerb(key) && !this.thesaurus.reportsSpeechOrThought(key), (term) => term.isName || this.thesaurus.namesPerson(term.key));
    this.titles = new TitleReading({
      sentenceAt: (unit) => this.sentences[unit],
      termId: (key) => this.termOf(key),
      traitsAt: (unit) => {
        const indexed = this.sentences[unit];
        return indexed === undefined ? undefined : this.traitsOf(indexed);
      },
      holdsTerm: (term, unit) => this.sentenceIndex.frequency(term, unit) > 0,
    }, this.thesaurus);
    this.spelling = { vocabulary: this.vocabulary, thesaurus: this.thesaurus, meanings: this.meanings };
    this.reranking = new Reranking({
      sentenceAt: (unit) => this.sentences[unit],
      score: (needs, indexed, unit) => this.score(needs, indexed, unit),
      reactionAfter: (needs, bestUnit) => this.speakers.reactionAfter(needs, bestUnit),
      tellsOthersWordsThan: (needs, unit) => this.tellsOthersWordsThan(needs, unit),
      tellsDoer: (needs, unit) => this.tellsDoer(needs, unit),
      traitsOf: (indexed) => this.traitsOf(indexed),
      holdsTerm: (term, unit) => this.sentenceIndex.frequency(term, unit) > 0,
      variantsIn: (term, unit, minWeight) => this.variantsIn(term, unit, minWeight),
      subjectBorrowed: (unit) => this.subjectBorrowed(unit),
    });
    this.countChecks = new CountChecks({
      termId: (key) => this.termOf(key),
      variantsIn: (term, unit, minWeight) => this.variantsIn(term, unit, minWeight),
      holdsVariant: (term, document, minWeight) => this.holdsVariant(term, document, minWeight),
      meansAnyOf: (term, ids, similarities) => this.meansAnyOf(term, ids, similarities),
      unitsOf: (document) => this.documentsById.get(document.id)?.sentenceUnits ?? [],
    }, this.thesaurus);
  }

  /** Indexes a document, replacing any document with the same id. */
  add(document: SearchableDocument): void {
    this.remove(document.id);
    this.heldTogether.clear();
    this.heldInSequence.clear();
    this.sortedIds = undefined;
    // Before its passages are filed as copies, which tells which comes first by the units' order.
    const inOrder = this.greatestId === undefined || document.id > this.greatestId;
    if (inOrder) this.greatestId = document.id;
    else this.unitsInOrder = false;
    this.wordUses.open();
    const titleUnit = this.titleUnits++;
    this.titleIndex.add(titleUnit, this.termIds(contentWords(document.title)));
    const sentenceUnits: number[] = [];
    const paragraphUnits: number[] = [];
    const paragraphs = new Map<number, { unit: number; sentences: number[]; terms: number[]; phraseTerms: number[] }>();
    const texts = document.sentences.map((sentence) => sentence.text);
    // Each sentence's words and capitalised runs are read once, for the index and for every reader of its names.
    const textWords = texts.map(words);
    const mentions = nameMentions(texts);
    const completions = nameCompletions(texts, mentions, textWords);
    const acronyms = acronymLinks(texts, textWords);
    const surnames = { isCommonWord: (word: string) => this.thesaurus.knowsOtherThanAsPerson(lemmaOf(word)), namesPerson: this.personWords.namesRole, isDictionaryForm: this.personWords.isDictionaryForm };
    const named = personNamesOf(mentions, surnames);
    const persons = pronounNames(texts, surnames, mentions, textWords, named, document.sentences.map((sentence) => sentence.paragraph));
    const groups = groupNames(texts, named, mentions, textWords);
    const people = describedPeople(texts, this.personWords, mentions);
    const descriptions = personDescriptions(texts, persons, this.personWords, mentions, textWords, people);
    const byRole = personsByRole(texts, people);
    // A headline alone has no body, so no lede: past its last sentence.
    const lede = document.sentences.findIndex((sentence) => sentence.paragraph > 0);
    const described = describedNames(texts, lede < 0 ? texts.length : lede, this.descriptionWords, named.isPerson, textWords);
    const byLastWord = namesByLastWord(texts, lede < 0 ? texts.length : lede, mentions, textWords);
    const ledeSubjects = lede < 0 ? [] : ledeSubjectNames(texts, lede, named, textWords);
    const pastLede = document.sentences.findIndex((sentence) => sentence.paragraph > 1);
    const opening = { lede: lede < 0 ? texts.length : lede, pastLede: pastLede < 0 ? texts.length : pastLede };
    const things = thingNames(texts, opening, { ...this.thingWords, isPerson: named.isPerson }, textWords);
    for (const [ordinal, sentence] of document.sentences.entries()) {
      let paragraph = paragraphs.get(sentence.paragraph);
      if (!paragraph) {
        paragraph = { unit: this.paragraphSentences.length, sentences: [], terms: [], phraseTerms: [] };
        this.paragraphSentences.push(paragraph.sentences);
        paragraphs.set(sentence.paragraph, paragraph);
        paragraphUnits.push(paragraph.unit);
      }
      const unit = this.sentences.length;
      const sentenceWords = textWords[ordinal] ?? [];
      const terms = this.termIds([...contentWordsOf(sentenceWords), ...speechActVerbs(sentence.text), ...(completions[ordinal] ?? [])]);
      // A compound or a phrasal verb of the sentence is a term too, for a question's synonym of several
      // words ("cancel" → "called off") or its own phrasal verb; so is the other form of an acronym.
      // Neither lengthens the sentence, whose words they only read another way.
      const phraseTerms = this.termIds([...this.thesaurus.multiWordLemmas(sentenceWords), ...(acronyms[ordinal] ?? [])]);
      paragraph.terms.push(...terms);
      paragraph.phraseTerms.push(...phraseTerms);
      sentenceUnits.push(unit);
      const antecedentUnit = refersBack(sentence.text) ? paragraph.sentences.at(-1) : undefined;
      paragraph.sentences.push(unit);
      this.sentenceIndex.add(unit, phraseTerms.length === 0 ? terms : terms.concat(phraseTerms), terms.length);
      // Most sentences stand for no person: they share one empty list.
      const personWords = [...(persons[ordinal] ?? []), ...(described[ordinal] ?? []), ...(byRole[ordinal] ?? []), ...(byLastWord[ordinal] ?? []), ...(ledeSubjects[ordinal] ?? []), ...(things[ordinal] ?? [])];
      const personTerms = personWords.length === 0 ? NO_PERSONS : this.termIds([...new Set(personWords)]);
      this.sentences.push({ sentence, document, paragraphUnit: paragraph.unit, titleUnit, antecedentUnit, personTerms, describingTerms: NO_PERSONS, traits: undefined });
    }
    // Read once every word of the document has its term: a description read early from a later
    // sentence would change which form of a word stands for its term's meaning.
    sentenceUnits.forEach((unit, ordinal) => {
      const indexed = this.sentences[unit];
      // "The trio" is described by the names of the people it stands for, as one person by their role.
      const describing = [...(descriptions[ordinal] ?? []), ...(groups[ordinal] ?? [])];
      if (indexed !== undefined && describing.length > 0) indexed.describingTerms = this.termIds(describing);
    });
    // A copy is told by the sentences around it too: filed once they are all stored.
    this.copies.note(sentenceUnits);
    for (const paragraph of paragraphs.values()) this.paragraphIndex.add(paragraph.unit, [...paragraph.terms, ...paragraph.phraseTerms], paragraph.terms.length);
    this.titleSentences[titleUnit] = sentenceUnits;
    this.documentsById.set(document.id, { document, sentenceUnits, paragraphUnits, titleUnit });
    this.fileWords(document.id, inOrder);
  }

  /**
   * Files the words a document just indexed uses: those no other document uses join the vocabulary
   * and their terms' words, in the order it first used them, as long as the document comes after
   * every other in the store's order; else they are all told again before they are next read.
   */
  private fileWords(documentId: string, inOrder: boolean): void {
    const entering = this.wordUses.close(documentId);
    if (!inOrder) this.wordsInOrder = false;
    // Told in full before they are next read: a removal left them out of order too.
    if (!this.wordsInOrder) return;
    for (const { word, term } of entering) {
      this.meanings.rememberWord(term, word);
      this.vocabulary.add(word);
    }
  }

  /**
   * Tells the vocabulary and the terms' words again from the documents indexed now, in the store's
   * order, once documents were removed or added out of it: a whole build holds no removed document's
   * words, and the words it met first decide among equal spellings and stand for a term's meaning.
   */
  private holdWordsInOrder(): void {
    if (this.wordsInOrder) return;
    this.vocabulary.clear();
    this.meanings.forgetWords();
    for (const { word, term } of this.wordUses.heldInOrder(this.documentIdsInOrder())) {
      this.meanings.rememberWord(term, word);
      this.vocabulary.add(word);
    }
    this.wordsInOrder = true;
  }

  /** The ids of the documents indexed, in the store's order. */
  private documentIdsInOrder(): readonly string[] {
    // Documents indexed in the store's order are kept in it; else they are sorted once per change.
    if (this.unitsInOrder) return [...this.documentsById.keys()];
    return (this.sortedIds ??= [...this.documentsById.keys()].sort());
  }

  /** Removes a document from the index; false when it was not there. */
  remove(documentId: string): boolean {
    const indexed = this.documentsById.get(documentId);
    if (!indexed) return false;
    this.heldTogether.clear();
    this.heldInSequence.clear();
    this.sortedIds = undefined;
    this.unindex(indexed);
    this.documentsById.delete(documentId);
    this.wordUses.forget(documentId);
    this.wordsInOrder = false;
    return true;
  }

  /** Takes a document's units out of every index. */
  private unindex(indexed: DocumentUnits): void {
    for (const unit of indexed.sentenceUnits) this.copies.forget(unit);
    for (const unit of indexed.sentenceUnits) {
      this.sentenceIndex.remove(unit);
      this.sentences[unit] = undefined;
    }
    for (const unit of indexed.paragraphUnits) {
      this.paragraphIndex.remove(unit);
      this.paragraphSentences[unit] = [];
    }
    this.titleIndex.remove(indexed.titleUnit);
    this.titleSentences[indexed.titleUnit] = [];
  }

  /** A document by id, whatever its scope. */
  get(documentId: string): SearchableDocument | undefined {
    return this.documentsById.get(documentId)?.document;
  }

  /** True when a server (or, without one, everyone) sees the document with this id. */
  sees(documentId: string, scope: Scope = GLOBAL_SCOPE): boolean {
    const document = this.get(documentId);
    return document !== undefined && isVisible(document.scope, scope);
  }

  /**
   * The documents a server sees (global ones and its own), or the global ones, in the order they were
   * indexed: the last is the newest a running bot was given (see documentChoices), which the store's
   * order (by id) does not tell.
   */
  documents(scope: Scope = GLOBAL_SCOPE): SearchableDocument[] {
    return [...this.documentsById.values()]
      .map((indexed) => indexed.document)
      .filter((document) => isVisible(document.scope, scope));
  }

  /** The index as arrays, for {@link KnowledgeBase.restore}. */
  snapshot(): KnowledgeSnapshot {
    const indexed = [...this.documentsById.values()];
    const { words, wordTerms } = this.wordUses.saved;
    const sentenceLinks = new Int32Array(this.sentences.length * 3).fill(-1);
    this.sentences.forEach((indexed, unit) => {
      if (!indexed) return;
      sentenceLinks[unit * 3] = indexed.paragraphUnit;
      sentenceLinks[unit * 3 + 1] = indexed.titleUnit;
      sentenceLinks[unit * 3 + 2] = indexed.antecedentUnit ?? -1;
    });
    return {
      version: SNAPSHOT_VERSION,
      words,
      wordTerms,
      keys: this.terms.keys(),
      fields: { sentence: this.sentenceIndex.state(), paragraph: this.paragraphIndex.state(), title: this.titleIndex.state() },
      documents: {
        ids: indexed.map((entry) => entry.document.id),
        titleUnits: Int32Array.from(indexed, (entry) => entry.titleUnit),
        sentenceUnits: packLists(indexed.map((entry) => entry.sentenceUnits)),
        paragraphUnits: packLists(indexed.map((entry) => entry.paragraphUnits)),
        words: packLists(indexed.map((entry) => this.wordUses.wordsOf(entry.document.id))),
      },
      sentenceLinks,
      personTerms: packLists(this.sentences.map((indexed) => indexed?.personTerms)),
      describingTerms: packLists(this.sentences.map((indexed) => indexed?.describingTerms)),
      paragraphSentences: packLists(this.paragraphSentences),
      titleUnits: this.titleUnits,
      textNumbers: this.copies.textNumbers,
    };
  }

  /**
   * A knowledge base rebuilt from a snapshot without reading any text. `documents` are the current
   * versions of the snapshot's documents, which must be unchanged since it was taken (same
   * sentences); a snapshot document missing from them is left out. Throws when they do not fit.
   */
  static restore(snapshot: KnowledgeSnapshot, documents: readonly SearchableDocument[], resources: KnowledgeResources = {}): KnowledgeBase {
    if (snapshot.version !== SNAPSHOT_VERSION) throw new Error(`knowledge-base: snapshot version ${snapshot.version}`);
    const knowledge = new KnowledgeBase(resources);
    snapshot.keys.forEach((key) => knowledge.terms.idOf(key));
    knowledge.wordUses.restoreWords(snapshot.words, snapshot.wordTerms);
    // The vocabulary and the terms' words are told from the documents restored, when first read.
    knowledge.wordsInOrder = false;
    knowledge.sentenceIndex = FieldIndex.fromState(snapshot.fields.sentence);
    knowledge.paragraphIndex = FieldIndex.fromState(snapshot.fields.paragraph);
    knowledge.titleIndex = FieldIndex.fromState(snapshot.fields.title);
    knowledge.titleUnits = snapshot.titleUnits;
    for (let at = 0; at * 3 < snapshot.sentenceLinks.length; at++) knowledge.sentences.push(undefined);
    for (let at = 0; at < listCount(snapshot.paragraphSentences); at++) {
      knowledge.paragraphSentences.push(listAt(snapshot.paragraphSentences, at));
    }
    const current = new Map(documents.map((document) => [document.id, document]));
    const saved = snapshot.documents;
    for (const [at, id] of saved.ids.entries()) {
      const units: DocumentUnits = {
        titleUnit: saved.titleUnits[at] ?? 0,
        sentenceUnits: listAt(saved.sentenceUnits, at),
        paragraphUnits: listAt(saved.paragraphUnits, at),
      };
      const document = current.get(id);
      if (!document) {
        knowledge.unindex(units);
        continue;
      }
      if (document.sentences.length !== units.sentenceUnits.length) {
        throw new Error(`knowledge-base: snapshot does not fit document ${id}`);
      }
      Array.from(units.sentenceUnits).forEach((unit, ordinal) => {
        const antecedent = snapshot.sentenceLinks[unit * 3 + 2] ?? -1;
        knowledge.sentences[unit] = {
          sentence: document.sentences[ordinal] as Sentence,
          document,
          paragraphUnit: snapshot.sentenceLinks[unit * 3] ?? 0,
          titleUnit: snapshot.sentenceLinks[unit * 3 + 1] ?? 0,
          antecedentUnit: antecedent < 0 ? undefined : antecedent,
          personTerms: listAt(snapshot.personTerms, unit),
          describingTerms: listAt(snapshot.describingTerms, unit),
          traits: undefined,
        };
      });
      knowledge.titleSentences[units.titleUnit] = units.sentenceUnits;
      knowledge.documentsById.set(id, { document, ...units });
      knowledge.wordUses.restoreDocument(id, listAt(saved.words, at));
      // Documents are saved in the order they were indexed, which numbered their units.
      if (knowledge.greatestId !== undefined && id <= knowledge.greatestId) knowledge.unitsInOrder = false;
      else knowledge.greatestId = id;
    }
    // Filed in the store's order, so that the first copy of a passage is a whole build's first.
    knowledge.copies.restore(
      knowledge.documentIdsInOrder().flatMap((id) => Array.from(knowledge.documentsById.get(id)?.sentenceUnits ?? [])),
      snapshot.textNumbers,
    );
    return knowledge;
  }

  /**
   * The question with its typing slips read as the words meant (see asMeant), for reading its wording
   * before it is searched: "acording to the artcle" is "according to the article".
   */
  asMeant(question: string): MeantQuestion {
    this.holdWordsInOrder();
    return asMeant(question, questionShape(question).nameWords, this.heldWords, this.spelling);
  }

  /** The sentences that best answer a question, best first, with how much of it each covers. */
  search(question: string, options: SearchOptions = {}): SearchHit[] {
    this.holdWordsInOrder();
    const needs = this.readQuestion(question, options.typedAs, options.weighThingsNamed === true);
    // No sentence is about a name that nothing in the knowledge base has or is spelled like.
    if (!needs) return [];
    const hits: { hit: SearchHit; unit: number }[] = [];
    // In index order, neighbours share their paragraph and title tables (see FrequencyTable.load).
    for (const unit of this.candidates(needs.terms, options.scope ?? GLOBAL_SCOPE, options.documentId)) {
      const indexed = this.sentences[unit];
      if (indexed) hits.push({ hit: this.score(needs, indexed, unit), unit });
    }
    hits.sort((a, b) => b.hit.relevance - a.hit.relevance || a.hit.sentence.ref.localeCompare(b.hit.sentence.ref));
    this.reranking.namesHeldFirst(hits);
    this.speakers.reorder(needs, hits);
    this.reranking.reactionFirst(needs, hits);
    this.reranking.doerFirst(needs, hits);
    this.reranking.kindAskedFirst(needs, hits);
    this.reranking.toldFigureFirst(needs, hits);
    this.titles.reorder(needs, hits, (unit) => this.tellsDoer(needs, unit));
    this.deeds.reorder(needs, hits);
    this.reranking.continuationFirst(needs, hits);
    const ranked = hits.slice(0, options.limit ?? DEFAULT_LIMIT);
    // "Who is the chief executive of Tarnside Water?": once the sentence introducing a name by the
    // role has gone first (see TitleReading.reorder), one without the word names no one as such.
    for (const { hit, unit } of ranked) if (this.titles.lacksRoleAsked(needs, unit)) hit.givesWhatIsCounted = false;
    // "Which law firm represented Pell & Daughters?": a sentence naming others, in other roles, names no such firm.
    for (const { hit, unit } of ranked) if (this.namesOtherThanPicked(needs, unit)) hit.givesWhatIsCounted = false;
    // "Which airline did the couriers fly with?": a sentence whose names are all people's names no airline.
    for (const { hit, unit } of ranked) if (this.namesOnlyPeople(needs, unit)) hit.givesWhatIsCounted = false;
    // "Which hospital treated him?": "taken to the Drummond Inn" names a building of another kind.
    for (const { hit, unit } of ranked) if (this.namesOnlyOtherBuildings(needs, unit)) hit.givesWhatIsCounted = false;
    // "What is the unemployment rate in Ostland?": an article that never tells the kind asked gives no value of it.
    for (const { hit } of ranked) if (this.lacksKindAsked(needs, hit.document)) hit.givesWhatIsCounted = false;
    // "How much did Holcombe pay for the Range Rover?": an article that never mentions the car prices no car.
    for (const { hit } of ranked) if (needs.paidFor !== undefined && !this.mentionsPaidFor(needs, needs.paidFor, hit.document)) hit.givesWhatIsCounted = false;
    // Read by parts of speech, so for the best sentences alone: down to the first that is no page's
    // "Source:" line (which answers only a question about the source), the one that answers or not.
    for (const { hit, unit } of ranked) {
      hit.toldAsDone = !this.tellsEventAsAim(needs, hit.sentence.text, unit);
      hit.heardFromSpeaker = !this.tellsOthersWordsThan(needs, unit) && !this.speakers.tellsNoReaction(needs, unit);
      if (!isSourceLine(hit.sentence.text)) break;
    }
    return ranked.map(({ hit }) => hit);
  }

  /** The noun a question chooses by kind (see kindChosen), when it names things or beings (see Thesaurus.namesConcreteKind). */
  private nounChosen(question: string, head: string | undefined): string | undefined {
    const kind = kindChosen(question, head);
    return kind !== undefined && this.thesaurus.namesConcreteKind(kind) ? termKey(kind) : undefined;
  }

  /**
   * True when a sentence says a kind of the one the question chooses by kind, at any depth, in lower
   * case (a name is no kind: "Daniel" is a judge of the Bible), that the question does not say itself
   * ("a fox" for "which animal…"; see Thesaurus.mayNameKindOf).
   */
  private namesKindChosen(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const kind = needs.kindChosen;
    return (
      kind !== undefined &&
      [...indexed.sentence.text.matchAll(LOWER_CASE_WORD)].some(({ 0: word, index }) => {
        const lemma = lemmaOf(word);
        if (lemma === kind || isStopWord(lemma) || isPastVerbForm(word) || needs.questionKeys.has(termKey(lemma)) || !this.thesaurus.mayNameKindOf(lemma, kind)) return false;
        // A word met more often as a verb is a noun after a determiner or a number ("a badger"; "the algae spread" tells no farm).
        return this.thesaurus.usuallyNoun(lemma) || NOUN_AFTER.test(indexed.sentence.text.slice(0, index));
      })
    );
  }

  /** True when a name a sentence holds, and the question does not, is one of a question word's variants: "Qatar" of "country". */
  private namesInstanceOf(term: QueryTerm, traits: AnswerTraits, questionKeys: ReadonlySet<string>): boolean {
    return traits.nameKeys.some((key) => {
      const id = questionKeys.has(key) ? undefined : this.termOf(key);
      return id !== undefined && term.variants.some((variant) => variant.term === id);
    });
  }

  /**
   * True when the event a question asks about ("freed" in "Were any hostages freed?") is in the
   * sentence, by its own form, a variant or a word of close meaning, only where the sentence tells an
   * aim (see aimKeysOf); or, in a sentence without the verb, what a yes-no question's event is about
   * ("asked the state to seek a disaster declaration" for "has the state approved the declaration?").
   */
  private tellsEventAsAim(needs: QuestionNeeds, text: string, unit: number): boolean {
    const { eventWord, eventComplement } = needs.shape;
    const verb = eventWord === undefined ? undefined : this.eventTermOf(needs, eventWord);
    // "Did the union want to bargain?": what is wanted or hoped for is told by an aim ("met the owners to
    // negotiate"), as what was meant to happen is.
    if (verb === undefined || needs.shape.eventIntended === true || this.thesaurus.reportsFeeling(verb.term.key)) return false;
    const aims = () => aimKeysOf(text, termKey);
    // Talks held "to discuss the evacuation" did discuss it: an aim to say or think something is met
    // by the meeting that has it; and a synonym of such a verb is another act ("hold" is a sense of "agree").
    const saysOrThinks = this.thesaurus.reportsSpeechOrThought(verb.term.key);
    const forms = this.variantsIn(verb.term, unit, saysOrThinks ? OWN_FORM_WEIGHT : 0);
    // "How many trout has the agency put in the river?": "has restocked the river with 12,000 young
    // trout so far, and plans to release a further 8,000" counts the ones asked outside its aim, where
    // only a looser word for the asked verb is in the aim ("plans to acquire 12 more paintings" is the
    // asked verb itself, and "displays 30 paintings" no acquiring).
    const toldLoosely = () => this.variantsIn(verb.term, unit, WEIGHTS.countedEventSynonym).length === 0;
    if (forms.length > 0) return !saysOrThinks && this.foundOnlyAmong(forms, aims) && !(toldLoosely() && this.countsOutsideAims(needs, unit, aims));
    // What it is about may be a noun that is also such a verb ("budget"): only a verb alone is one.
    const about = eventComplement === undefined ? undefined : this.eventTermOf(needs, eventComplement);
    const told = about === undefined || this.thesaurus.isVerbOfSpeechOrThought(about.term.key) ? [] : this.meantIn(needs, about, unit);
    if (told.length > 0) return this.foundOnlyAmong(told, aims);
    // A verb merely close in meaning comes last ("held" for "lead" in "did the talks lead to the release of hostages?").
    return !saysOrThinks && this.foundOnlyAmong(this.meantIn(needs, verb, unit), aims) && !this.countsOutsideAims(needs, unit, aims);
  }

  /** True when a how-many question's counted noun is in the sentence outside every aim it tells. */
  private countsOutsideAims(needs: QuestionNeeds, unit: number, aims: () => ReadonlySet<string>): boolean {
    const counted = needs.terms.find((term) => term.key === needs.counted);
    if (counted === undefined) return false;
    const held = this.variantsIn(counted, unit, OWN_FORM_WEIGHT);
    return held.length > 0 && !this.foundOnlyAmong(held, aims);
  }

  /** True when a why-question's event is told, by its forms or a word of close meaning, in a clause of the sentence telling an outcome (see outcomeClauses). */
  private tellsOutcomeOfAsked(needs: QuestionNeeds, text: string, unit: number): boolean {
    const told = needs.reasonedEvents.flatMap((at) => {
      const term = needs.terms[at];
      return term === undefined ? [] : this.meantIn(needs, { term, at }, unit);
    });
    if (told.length === 0) return false;
    const outcomes = new Set(outcomeClauses(text, this.thesaurus).flatMap((clause) => clause.map((word) => this.termOf(termKey(word)))));
    return told.some((id) => outcomes.has(id));
  }

  /** A word of a question's event among its search terms, with its index. */
  private eventTermOf(needs: QuestionNeeds, word: string): { term: QueryTerm; at: number } | undefined {
    const at = needs.terms.findIndex((term) => term.key === termKey(word));
    const term = needs.terms[at];
    return term === undefined ? undefined : { term, at };
  }

  /** The index terms by which a sentence holds a question word: its forms, or else a word of close meaning (as in matchTerm). */
  private meantIn(needs: QuestionNeeds, { term, at }: { term: QueryTerm; at: number }, unit: number): number[] {
    const found = this.variantsIn(term, unit);
    if (found.length > 0 || term.meanings.length === 0) return found;
    const nearest = this.meanings.nearestInMeaning(term.meanings, this.sentenceIndex.termsOf(unit), needs.similarities[at] ?? new Map(), WEIGHTS.minSimilarity);
    return nearest.similarity >= WEIGHTS.minSimilarity ? [nearest.term] : [];
  }

  /** The index terms of related words the knowledge base has a key for. */
  private termIdsOf(related: readonly RelatedWord[]): number[] {
    return related.flatMap((word) => this.termOf(termKey(word.word)) ?? []);
  }

  /**
   * True when a sentence gives a list of which two items at least are not the question's
   * ("Ashgrove, Kelling Road, Pennock and Whitlow Green" for "which libraries will close?"); people
   * by their names ("Councillors Maria Lenz, Tom Abara and Gillian Roe voted against…") are no list of
   * things picked.
   */
  private listsNew(needs: QuestionNeeds, kind: string, indexed: IndexedSentence): boolean {
    const items = (indexed.listedItems ??= listedItemsOf(indexed.sentence.text));
    // A list opening with a kind of person before the first name is of people: "Councillors Maria Lenz, …".
    const opening = items[0] ?? [];
    if (opening.length > 1 && this.thesaurus.namesPerson(lemmaOf((opening[0] ?? "").toLowerCase())) && !this.thesaurus.namesPersonOrGroup(kind)) return false;
    return items.filter((words) => !words.some((word) => needs.questionKeys.has(termKey(word.toLowerCase())))).length >= 2;
  }

  /** True when a sentence holds any of these index terms. */
  private holdsAnyTerm(terms: readonly number[], unit: number): boolean {
    return terms.some((term) => this.sentenceIndex.frequency(term, unit) > 0);
  }

  /** The index terms of a question word's variants that a sentence holds, of at least a weight (its own forms weigh 1). */
  private variantsIn(term: QueryTerm, unit: number, minWeight = 0): number[] {
    return term.variants.filter((variant) => variant.weight >= minWeight && this.sentenceIndex.frequency(variant.term, unit) > 0).map((variant) => variant.term);
  }

  /**
   * True when terms were found and each is one of some index keys (the words a sentence says only in
   * one part of it), read only then: reading them tags the sentence's parts of speech.
   */
  private foundOnlyAmong(found: readonly number[], keysOf: () => ReadonlySet<string>): boolean {
    if (found.length === 0) return false;
    const ids = new Set([...keysOf()].map((key) => this.termOf(key)));
    return found.every((id) => ids.has(id));
  }

  /** What a question wants of a sentence, worked out once per search; undefined when nothing can answer it. */
  private readQuestion(typed: string, respelt: ReadonlyMap<string, string> | undefined, weighThingsNamed: boolean): QuestionNeeds | undefined {
    const typedShape = questionShape(typed, this.thesaurus);
    const { text: question, typedAs } = respelt === undefined ? asMeant(typed, typedShape.nameWords, this.heldWords, this.spelling) : { text: typed, typedAs: respelt };
    const readShape = question === typed ? typedShape : questionShape(question, this.thesaurus);
    // "What does Kowalski do for a living?" asks what he is, not what he did.
    const deedAsked = readShape.answerType === "role" ? undefined : this.deedAskedIn(question);
    const terms = this.queryTermReading.termsOf(question, readShape, typedAs, deedAsked);
    if (terms.length === 0 || terms.some((term) => term.isUnknownName)) return undefined;
    // "Who is Donna Kerrigan?" asks what she is: the sentence that calls her something ("said Donna
    // Kerrigan, the union's regional organiser"), as "what is her job?" does.
    const shape: QuestionShape =
      readShape.answerType === "name" && WHO_IS.test(normalizeText(question)) && terms.every((term) => term.isName)
        ? { ...readShape, answerType: "role" }
        : readShape;
    // "How much did the villa cost?" wants a sum; "how much of the reef died?" does not.
    // "How much wheat did they export?" counts wheat, whatever the verb: it asks for money only
    // when what it counts is money ("how much funding").
    // "How much did they spend?" too: a verb paying out in one of its commonest senses (not the
    // "accord" of "according to", which names a source), where "how much" is what it pays: not
    // where the verb has an object of its own ("how much does the timetable save commuters?").
    // A margin ("how much did they win by?", "lose by") is told in any unit, whatever the verb.
    const whole = shape.asksHowMuch || shape.measure === "share" ? wholeSharedOf(question, (word) => this.thesaurus.isNoun(word)) : undefined;
    // "What share of the market…" asks a share whatever its whole; "how much of the budget…" asks a sum.
    const asksShare = whole !== undefined && (shape.measure === "share" || !this.thesaurus.concernsMoney(lemmaOf(whole.head)));
    const asksForSum = shape.asksHowMuch && !asksShare && (shape.countedWord === undefined ? shape.wantsSum === true || this.namesMoney(question, shape, terms) : this.concernsMoneyAsNoun(shape.countedWord));
    const pricedTerm = shape.pricedWord === undefined ? undefined : terms.find((term) => term.key === termKey(shape.pricedWord ?? ""));
    const priced = asksForSum && pricedTerm !== undefined && (!pricedTerm.isName || shape.nameWords.has(shape.pricedWord ?? "")) ? pricedTerm.key : undefined;
    const measuredTerm = shape.measuredWord === undefined ? undefined : terms.find((term) => term.key === termKey(shape.measuredWord ?? ""));
    // "how old is ethel gee": a word after a given name is its surname, whatever the dictionary says.
    const measuredAt = measuredTerm === undefined ? -1 : terms.indexOf(measuredTerm);
    const agedNamed = measuredTerm !== undefined && (measuredTerm.isName || terms[measuredAt - 1]?.isName === true);
    let agedNameStart = measuredAt;
    while (agedNamed && terms[agedNameStart - 1]?.isName === true) agedNameStart--;
    const agedBeing = measuredTerm !== undefined && this.thesaurus.namesBeing(lemmaOf(measuredTerm.key));
    // A sentence word the question itself says stands for that word, not for another by meaning
    // ("teachers" is not also the "students" of "How many students joined the teachers' strike?").
    const ownWords = terms.flatMap((term) => term.variants.filter((variant) => variant.weight === 1));
    const asksWhoDid = WHO_OPENS.test(normalizeText(question));
    const nouns = wordsAfterDeterminers(question);
    const doerDeed = shape.answerType === "name" ? doerDeedOf(normalizeText(question)) : undefined;
    // One body is picked by its name ("which company…"), and so is any one thing "which" picks
    // ("which engineer wrote the code?": "software engineers said…" names none); several may be
    // told some other way ("which schools improved?": "results improved at 40 schools in Kent"),
    // and a time by a date ("on which day…"); a number of them is picked one by one, each by its
    // name ("which two airlines…": "he refused to name the airlines" names none).
    // The phrase's head picks, not a word before it ("which parish councils…" picks councils, several).
    const head = shape.chosenWords?.at(-1);
    const picks =
      head !== undefined &&
      ((lemmaOf(head) === head && (this.thesaurus.namesOrganization(head) || (shape.picksWithWhich === true && !isTimeUnit(head)))) || (shape.picksNumber === true && !isTimeUnit(lemmaOf(head))));
    const pickedWord = picks ? head : undefined;
    // "Which airline…", "what brand is the mower?": a thing asked by its name, not a person (see namesOnlyPeople).
    const kindNouns = kindNounsAsked(question, this.thesaurus);
    // A kind picked is one whose commonest sense is a place, a thing or a body ("prison", "airline",
    // "bank"), not one that may be told by a common noun ("which body is he part of?": "its political bureau").
    const pickedThing = pickedWord === undefined ? undefined : lemmaOf(pickedWord);
    // The words telling a counted event are looked up only for a how-many question asking one, or a
    // how-long question asking the time a deed takes.
    const countedEvent = countsInOwnEvent(shape, normalizeText(question)) ? shape.eventWord : deedTakingTime(normalizeText(question), (word) => this.thesaurus.isVerb(lemmaOf(word)));
    const eventLemma = countedEvent === undefined ? undefined : lemmaOf(countedEvent);
    // What the deed brings about tells it too: "the deaths of 17 squirrels" were killings.
    const eventActs = this.termIdsOf(eventLemma === undefined ? [] : [...this.thesaurus.derivedSynonyms(eventLemma), ...this.thesaurus.resultsOf(eventLemma)]);
    const namedKind =
      pickedThing !== undefined && (this.thesaurus.namesPlace(pickedThing) || this.thesaurus.namesOrganization(pickedThing))
        ? pickedThing
        : namingKind(classAsked(question) ?? kindNouns.at(-1), this.thesaurus);
    // A person picked is read by TitleReading.
    const pickedDeed = pickedWord === undefined || !this.thesaurus.namesOrganization(lemmaOf(pickedWord)) ? undefined : pickedDoerVerbAsked(normalizeText(question));
    return {
      shape,
      terms,
      questionKeys: new Set(terms.map((term) => term.key)),
      topics: new Set(terms.filter((term) => !term.isName && !term.isFraming && !this.thesaurus.reportsSpeechOrThought(term.key))),
      counted: shape.countedWord === undefined ? undefined : termKey(shape.countedWord),
      countedByWord:
        shape.countedWord !== undefined && !shape.asksHowMuch && !OCCASIONS.has(termKey(shape.countedWord)) && !this.thesaurus.namesBroadClass(lemmaOf(shape.countedWord)),
      // A share is of a whole, not a rate: "what portion of the daily riders" is of riders each day.
      period: shape.answerType === "quantity" && shape.measure !== "share" ? [...ratePeriods(normalizeText(question)), ...recurringPeriods(normalizeText(question))][0] : undefined,
      passiveEvent: shape.asksPassiveEvent === true && shape.eventWord !== undefined ? termKey(shape.eventWord) : undefined,
      eventKey: shape.eventWord === undefined ? undefined : termKey(shape.eventWord),
      deedAhead: shape.asksAhead === true ? deedAheadOf(question) : undefined,
      headsOfNames: this.nameHeadsOf(question, shape, terms),
      ownersNamed: ownersNamed(question, shape.nameWords),
      rolesUnranked: this.rolesUnranked(question, terms, shape.nameWords),
      titlesOfNames: titlesOfNames(question, shape.nameWords),
      countedEvent: countedEvent === undefined ? undefined : termKey(countedEvent),
      countedEventActs: eventActs,
      countedEventForms: new Set([...eventActs, ...this.termIdsOf(eventLemma === undefined ? [] : this.thesaurus.synonymForms(eventLemma))]),
      countedDeed: this.countedDeedIn(shape, question),
      // A name typed in lower case ("died in gaza") is still one the dictionary knows only as such.
      countedUnqualified:
        shape.countedWord !== undefined &&
        terms.every((term) => !term.isName && !this.thesaurus.namesOnlyInstances(term.key)) &&
        countsNounAlone(normalizeText(question), shape.countedWord),
      countedWhole: this.countedWholeIn(shape, question, terms),
      totalImportance: terms.reduce((sum, term) => sum + term.importance, 0),
      askedImportance: terms.reduce((sum, term) => sum + (term.isName ? 0 : term.importance), 0),
      askedRoles: new Set(
        shape.answerType === "name" ? terms.flatMap((term) => (term.isName || NAMING_WORDS.has(term.key) ? [] : term.variants.map((variant) => variant.term))) : [],
      ),
      // "What did Vidal say about...", "How did the club react?" are answered by a quotation; a
      // question of fact by a sentence that reports it.
      // "How long did people have their say?" asks no one's words: "long" frames a measurement (not
      // the verb of yearning) and "say" is a noun there; nor does "which stores will the chain
      // close?", whose modal is no verb of decreeing. "According to Bogdanov, …" asks his words.
      asksWhatWasSaid: withAttributionAsSaying(words(question), shape).some(
        (word) => word !== shape.framingWord && !nouns.has(word) && !MODAL_AUXILIARIES.has(word) && this.thesaurus.reportsSpeechOrThought(lemmaOf(word)),
      ),
      asksForSum,
      asksRise: asksForSum && shape.eventWord !== undefined && this.thesaurus.raisesAmount(lemmaOf(shape.eventWord)),
      comparedDeeds: asksForSum && ASKS_DIFFERENCE.test(question) ? this.deedsCompared(question) : undefined,
      countsCompared: shape.countedWord !== undefined && ASKS_DIFFERENCE.test(question),
      // "How much of this year's apple crop…" asks a share of a whole that is no money, not a sum,
      // whatever its verb ("lost"); "how much of the budget…" asks one.
      shareOf: asksShare ? whole.which.map((word) => termKey(lemmaOf(word))) : undefined,
      ownedObject: (shape.ownedObjectWords ?? []).map((word) => termKey(lemmaOf(word))),
      // "How big is the grant?" is answered by the sum it comes to; "how big is the terminal?" by its area.
      measureBesideFigure: shape.namesMeasure === true && shape.framingWord !== undefined ? measureNounBesideFigure(shape.framingWord) : undefined,
      measuredBesideValue: shape.namesMeasure === true && shape.measuredWord !== undefined && /^[a-z]+$/.test(shape.measuredWord) ? valueBesideMeasured(shape.measuredWord) : undefined,
      sizesSum: shape.measure !== undefined && SIZES.has(shape.measure) && shape.measuredWord !== undefined && (this.thesaurus.concernsMoney(lemmaOf(shape.measuredWord)) || this.thesaurus.mayNameSum(lemmaOf(shape.measuredWord))),
      // "How much does a ticket cost?" prices a ticket: a sum in a sentence without one is another's.
      // A word the dictionary does not know ("polypill") may be told in others ("the tablet"); a
      // person's name is told as written, or by "he" or "she".
      priced,
      // Read only where a thing is priced: the question is tagged again for its verbs.
      pricesUndertaking: priced !== undefined && (this.thesaurus.mayNameAct(priced) || [...wordsUsedAsVerbs(question)].some((verb) => lemmaOf(verb) !== PRICING_VERB && termKey(verb) !== priced)),
      paidFor: asksForSum && shape.paidForWord !== undefined ? terms.find((term) => term.key === termKey(shape.paidForWord ?? "")) : undefined,
      measured: shape.measure !== undefined && measuredTerm !== undefined && !measuredTerm.isName ? measuredTerm.key : undefined,
      measuredByName: shape.measuresThing === true && measuredTerm !== undefined && !measuredTerm.isName ? measuredTerm.key : undefined,
      agesNamed: isAgeMeasure(shape.measure) && measuredTerm?.isName === true,
      agesThing: isAgeMeasure(shape.measure) && measuredTerm !== undefined && !agedNamed && !agedBeing && this.thesaurus.isNoun(lemmaOf(measuredTerm.key)),
      agedOtherThanBeing:
        isAgeMeasure(shape.measure) && measuredTerm !== undefined && (agedNamed || !agedBeing)
          ? { keys: terms.slice(agedNameStart, measuredAt + 1).map((term) => term.key), named: agedNamed }
          : undefined,
      agedMany: shape.agedMany === undefined ? undefined : termKey(shape.agedMany),
      asksWhoDid,
      partnerEvents: partnerEventsOf(normalizeText(question)),
      reasonedEvents: shape.answerType === "reason" ? this.eventTermsOf(terms, question) : [],
      deedAsked,
      doerDeed,
      titlesAsked: this.titles.titlesAsked(shape, terms, asksWhoDid ? doerDeed : undefined),
      roleAsked: this.titles.roleAsked(shape),
      picksByName: pickedWord !== undefined,
      // "Which libraries will close?" asks for several; "which days…", "what years…" ask for times.
      severalPicked: head !== undefined && isPlural(head) && !isTimeUnit(lemmaOf(head)) ? lemmaOf(head) : undefined,
      pickedKind: pickedWord === undefined ? undefined : lemmaOf(pickedWord),
      kindNamedAsked: namedKind,
      kindAsked: kindNouns.map((noun) => terms.find((term) => term.key === termKey(lemmaOf(noun)))),
      kindChosen: this.nounChosen(question, head),
      pickedDeed: pickedDeed === undefined ? undefined : termKey(pickedDeed.verb),
      pickedGain: pickedDeed?.objectWord === undefined || !this.thesaurus.tellsGetting(lemmaOf(pickedDeed.verb)) ? undefined : termKey(pickedDeed.objectWord),
      similarities: terms.map(() => new Map(ownWords.map((variant) => [variant.term, 0]))),
      documentCoverages: new Map(),
      introductions: new Map(),
      thingTerms: weighThingsNamed ? thingTermsOf(question, terms) : [],
      thingCoverages: new Map(),
      foreignWordTraces: new Map(),
      documentsLackingName: new Map(),
      namesByTerm: new Map(),
    };
  }

  /**
   * True when the words before an agent's "by" ("made in 1716 by the luthier…") tell the deed a
   * who-question asks about, in any form or a synonym in a common sense (as a doer's verb is, see
   * meansDeedWord), of those its document stands for the word with: "played since 2019 by Katarina
   * Novakova" names who played the violin, not who made it, and where the article never says
   * "confirmed", "verified by members of Hamas" names who confirmed the visit.
   */
  private toldDeed(deed: string, needs: QuestionNeeds, agent: KeyedAgent, document: SearchableDocument): boolean {
    const term = needs.terms.find((candidate) => candidate.key === deed);
    if (term === undefined) return true;
    // By its key too: "say", which "according to" tells, is no indexed word. A distant sense is
    // another deed, as for a doer in the active voice ("verified by" does not say who claims).
    const variants = this.variantsFor(term, document);
    return agent.deedKeys.some((key) => meansDeedWord(term, key, (word) => this.termOf(word), variants));
  }

  /** Indices among the terms of a why-question's event words (see whyEventWords). */
  private eventTermsOf(terms: readonly QueryTerm[], question: string): number[] {
    const verbs = whyEventWords(question, (lemma) => this.thesaurus.isVerb(lemma)).map(termKey);
    return terms.flatMap((term, at) => (verbs.includes(term.key) ? [at] : []));
  }

  /** The index key of a how-many question's verb (see countedDeedOf), not of a how-much one's. */
  private countedDeedIn(shape: QuestionShape, question: string): string | undefined {
    if (shape.countedWord === undefined || shape.asksHowMuch) return undefined;
    // After "did", a verb is in its base form: "did the team count oysters" is no deed of oystering.
    const verb = countedDeedOf(normalizeText(question), (word) => lemmaOf(word) === word && this.thesaurus.isVerb(word));
    return verb === undefined ? undefined : termKey(verb);
  }

  /** "What did the council approve?": who is asked about and the deed, not for a verb of saying (see SpeakerReading). */
  private deedAskedIn(question: string): QuestionNeeds["deedAsked"] {
    const asked = deedAsked(normalizeText(question));
    if (asked === undefined || this.thesaurus.reportsSpeechOrThought(lemmaOf(asked.verb))) return undefined;
    return { subjectKey: termKey(asked.subjectWord), deedKey: termKey(asked.verb) };
  }

  /** A sentence's answer traits, read once. */
  private traitsOf(indexed: IndexedSentence): AnswerTraits {
    return (indexed.traits ??= answerTraitsOf(indexed.sentence.text, termKey, {
      isDemonym: (word) => this.thesaurus.pertainsToNamedPlace(word),
      namesPeopleOrUnit: (lemma) => this.thesaurus.namesPeopleOrUnit(lemma),
      isNameAlone: this.nameWordTests.isNameAlone,
    }));
  }

  /** A sentence's answer traits with the places it gives when a where-question asks for one (see placeKeysOf), read once. */
  private traitsAskedOf(needs: QuestionNeeds, indexed: IndexedSentence): AnswerTraits {
    const traits = this.traitsOf(indexed);
    if (needs.shape.answerType === "place") traits.placeKeys ??= placeKeysOf(indexed.sentence.text, this.thesaurus, termKey);
    return traits;
  }

  /** The names a sentence gives as the subject of a verb (see doersOf), read once. */
  private doersIn(indexed: IndexedSentence): readonly Doer[] {
    return (indexed.doers ??= doersOf(indexed.sentence.text, termKey, (word) => !this.nameWordTests.isNameAlone(word)));
  }

  /** True when a passive's agent the question does not give did the deed a who-question asks about. */
  private namesAgent(needs: QuestionNeeds, traits: AnswerTraits, document: SearchableDocument): boolean {
    return needs.doerDeed !== undefined && this.namesAgentOf(needs.doerDeed, needs, traits, document);
  }

  /** True when a passive's agent the question does not give did this deed. */
  private namesAgentOf(deed: string, needs: QuestionNeeds, traits: AnswerTraits, document: SearchableDocument): boolean {
    return traits.agents.some((agent) => agent.nameKeys.some((key) => !needs.questionKeys.has(key)) && this.toldDeed(deed, needs, agent, document));
  }

  /**
   * True when a document never tells the kind a what-question asks a value of: neither the asking
   * noun, where it stands alone ("what is the firm's turnover?"), nor a noun saying which kind it
   * is ("unemployment" in "what is the unemployment rate?"); the asking noun of such a phrase may be
   * told by its value alone ("Unemployment in the borough is 6.1 percent"), and so is a measure
   * ("what size is the canvas?": "measures roughly 90cm by 120cm").
   */
  private lacksKindAsked(needs: QuestionNeeds, document: SearchableDocument): boolean {
    const kind = needs.kindAsked;
    const telling = kind.length === 1 ? kind : kind.slice(0, -1);
    return telling.some((term) => term !== undefined && !term.isName && !term.isFraming && !NAMING_WORDS.has(term.key) && !this.holdsVariant(term, document, 0));
  }

  /**
   * True when a question asks a thing that is no person by its name ("which airline…", "what brand
   * is the mower?") and a sentence without the kind's word gives names only of people, as it tells
   * beside them ("Detective Inspector Gareth Castell", "Darren Kessock, 34,"; see sentenceNames).
   */
  private namesOnlyPeople(needs: QuestionNeeds, unit: number): boolean {
    const given = this.namesGivenWithoutKind(needs, unit, needs.kindNamedAsked);
    return given !== undefined && given.length > 0 && given.every((name) => this.isPersonsName(name, unit));
  }

  /**
   * True when a which-question picks a kind of building ("which hotel…", "which pharmacy…") and a
   * sentence without the kind's word names only people and buildings whose names end in another
   * kind of building ("the Granary Hotel" is no pharmacy, "the Drummond Inn" no hospital). A name
   * ending in no such word ("The Grand", "Boots", "the Health Centre") may be of any kind.
   */
  private namesOnlyOtherBuildings(needs: QuestionNeeds, unit: number): boolean {
    const kind = needs.pickedKind === undefined ? undefined : lemmaOf(needs.pickedKind);
    if (kind === undefined || !this.thesaurus.mayNameBuilding(kind)) return false;
    const given = this.namesGivenWithoutKind(needs, unit, kind);
    const namesOtherBuilding = (name: SentenceName) => {
      const head = name.words.length > 1 ? lemmaOf((name.words.at(-1) ?? "").toLowerCase()) : undefined;
      return head !== undefined && this.thesaurus.namesBuilding(head) && !this.thesaurus.namesNearKind(head, kind);
    };
    return given !== undefined && given.some(namesOtherBuilding) && given.every((name) => this.isPersonsName(name, unit) || namesOtherBuilding(name));
  }

  /** The names a sentence gives that the question does not, when it does not say the kind asked (undefined when it does, or no kind is asked). */
  private namesGivenWithoutKind(needs: QuestionNeeds, unit: number, kind: string | undefined): readonly SentenceName[] | undefined {
    const indexed = this.sentences[unit];
    if (kind === undefined || indexed === undefined) return undefined;
    const term = needs.terms.find((candidate) => candidate.key === termKey(kind));
    if (term !== undefined && this.variantsIn(term, unit).length > 0) return undefined;
    return this.namesIn(indexed).filter((name) => name.words.some((word) => !needs.questionKeys.has(termKey(word))));
  }

  /** True when a sentence's name is a person's, or a surname its article tells elsewhere is one ("…, Reyes said" after "prosecutor Ana Reyes"). */
  private isPersonsName(name: SentenceName, unit: number): boolean {
    const document = this.sentences[unit]?.document;
    return name.isPerson || (document !== undefined && this.peopleIn(document).surnames.has(name.words.at(-1) ?? ""));
  }

  /**
   * True when the noun a question counts is one of money: read as a noun first, since "how much rent"
   * asks a rent, not anything rent.
   */
  private concernsMoneyAsNoun(counted: string): boolean {
    return this.thesaurus.concernsMoney(baseNoun(counted)) || this.thesaurus.concernsMoney(lemmaOf(counted));
  }

  /**
   * True when a how-much question's words ask for money: a word of money ("price", "fund"; not the
   * verb of a margin, "how much did they win by?"), a verb paying out in one of its commonest senses
   * ("spend"; not where the verb has an object of its own), or "worth". Asked of how-much questions
   * alone: a verb's senses are dictionary reads.
   */
  private namesMoney(question: string, shape: QuestionShape, terms: readonly QueryTerm[]): boolean {
    const verbs = shape.asksMargin === true || shape.verbHasObject === true ? [...wordsUsedAsVerbs(question)].map((verb) => lemmaOf(verb)) : [];
    const marginVerbs = new Set(shape.asksMargin === true ? verbs.filter((lemma) => !this.thesaurus.onlyTellsMoney(lemma)).map(termKey) : []);
    // A verb with an object of its own tells money by its verb's senses: "how much has the council cut
    // its salt use?" asks no sum, though a noun "cut" is a share of the takings.
    const verbKeys = new Set(shape.verbHasObject === true ? verbs.map(termKey) : []);
    const moneyVerbs = new Set(
      shape.asksMargin === true || shape.verbHasObject === true
        ? []
        : words(question)
            .filter((word, at, all) => !opensAttribution(all, at) && this.thesaurus.mayTellMoney(lemmaOf(word)))
            .map((word) => termKey(lemmaOf(word))),
    );
    const concernsMoney = (term: QueryTerm) => (verbKeys.has(term.key) ? this.thesaurus.concernsMoneyAsVerb(term.key) : this.thesaurus.concernsMoney(term.key));
    return terms.some((term) => !term.isName && ((concernsMoney(term) && !marginVerbs.has(term.key)) || moneyVerbs.has(term.key) || term.key === WORTH));
  }

  /** True when the sentence says each of these question words, or a variant sure enough to cover it. */
  private saysEachSurely(needs: QuestionNeeds, keys: readonly string[], covers: readonly number[]): boolean {
    return keys.every((key) => {
      const at = needs.terms.findIndex((term) => term.key === key);
      return at < 0 || (covers[at] ?? 0) >= WEIGHTS.sureCover;
    });
  }

  /**
   * True when a text's writer speaks in the first person outside quotation marks ("My husband and I
   * drove…"): a column or an essay, whose unattributed sentences are the writer's own view. A news
   * report's writer says nothing of their own: its views are those it quotes.
   */
  private writesInFirstPerson(document: SearchableDocument): boolean {
    let writes = this.firstPersonDocuments.get(document);
    if (writes === undefined) {
      // Read by paragraph: a quotation may run over two sentences ("“It is astonishing. Our judges
      // were unanimous,” said…"), and its second one's "Our" is still the speaker's, not the writer's.
      const paragraphs = new Map<number, string>();
      for (const sentence of document.sentences) paragraphs.set(sentence.paragraph, `${paragraphs.get(sentence.paragraph) ?? ""} ${sentence.text}`);
      writes = [...paragraphs.values()].some((text) => FIRST_PERSON.test(text.replace(QUOTED_SPAN, " ")));
      this.firstPersonDocuments.set(document, writes);
    }
    return writes;
  }

  /** True when a sentence of a text in the first person (see writesInFirstPerson) says "I", "me" or "my" outside quotation marks. */
  private speaksAsWriter(indexed: IndexedSentence): boolean {
    return FIRST_PERSON_SINGULAR.test(indexed.sentence.text.replace(QUOTED_SPAN, " ")) && this.writesInFirstPerson(indexed.document);
  }

  /** A sentence's names (see sentenceNames), read once. */
  private namesIn(indexed: IndexedSentence): readonly SentenceName[] {
    return (indexed.names ??= sentenceNames(indexed.sentence.text, this.nameWords));
  }

  /** The people a document's names tell (see sentenceNames), read once per document. */
  private peopleIn(document: SearchableDocument): PeopleNamed {
    let people = this.documentPeople.get(document);
    if (people === undefined) {
      const surnames = new Set<string>();
      const fullNames: string[][] = [];
      for (const unit of this.documentsById.get(document.id)?.sentenceUnits ?? []) {
        const indexed = this.sentences[unit];
        for (const { words, isPerson } of indexed === undefined ? [] : this.namesIn(indexed)) {
          if (isPerson) surnames.add(words.at(-1) ?? "");
          fullNames.push(words);
        }
      }
      // A name whose first word is also a common one ("Grant Oyelaran") is a person's once its surname is.
      const surnamesByGivenName = new Map<string, Set<string>>();
      for (const words of fullNames) {
        const surname = words.at(-1) ?? "";
        // The word before the surname, past any initials ("Martha L. Quarrie"), unless a title ("Mr Mabbutt", "Cllr Anil Choudhry").
        const given = words.slice(0, -1).filter((word) => !INITIAL.test(word)).at(-1);
        if (given !== undefined && surnames.has(surname) && this.nameWordTests.mayNameOne(given)) surnamesByGivenName.set(given, (surnamesByGivenName.get(given) ?? new Set()).add(surname));
      }
      people = { surnames, surnamesByGivenName };
      this.documentPeople.set(document, people);
    }
    return people;
  }

  /** True when an ordinal of the sentence ranks the kind a which-question picks ("their third delegation" for "which delegation…"). */
  private ranksPicked(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const kind = needs.pickedKind;
    if (kind === undefined) return false;
    if ((indexed.rankedNouns ??= rankedNounsOf(indexed.sentence.text)).some((noun) => lemmaOf(noun.toLowerCase()) === kind)) return true;
    // "…is likely to count as her second" ranks one of the norms its paragraph names.
    const id = this.termOf(kind);
    return id !== undefined && this.paragraphIndex.frequency(id, indexed.paragraphUnit) > 0 && ranksWithNounLeftOut(indexed.sentence.text);
  }

  /**
   * True when a figure right before the kind a which-question picks, in the singular, maybe with a
   * word between, tells which one it is ("catch the 7.15am launch", "the 2019 model", "the 6.12
   * morning train"); "20 companies" counts them. So does a figure after the kind capitalised as a
   * label's first word ("Form 1310 should be attached", "leaves from Platform 9"); "school 50 years
   * ago" is no label.
   */
  private picksByFigure(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const kind = needs.pickedKind;
    if (kind === undefined || !/^[a-z]+$/.test(kind)) return false;
    // Built once per kind, not per candidate sentence.
    let figureBefore = FIGURE_BEFORE_KIND.get(kind);
    if (figureBefore === undefined) FIGURE_BEFORE_KIND.set(kind, (figureBefore = new RegExp(`(?:^|\\s)[^\\s]*\\d[^\\s]*\\s+(?:(?!(?:the|a|an|of|in|on|at|to|for|and|or|by|its|their|his|her)\\s)[a-z]+\\s+)?${kind}\\b`, "i")));
    let labelAfter = LABEL_AFTER_KIND.get(kind);
    if (labelAfter === undefined) LABEL_AFTER_KIND.set(kind, (labelAfter = new RegExp(`\\b${kind.charAt(0).toUpperCase()}${kind.slice(1)} [A-Z]?\\d[\\w-]*\\b`)));
    return figureBefore.test(indexed.sentence.text) || labelAfter.test(indexed.sentence.text);
  }

  /**
   * True when a word before the kind picked tells which one (see picksByModifier), in a sentence
   * telling what the question says the one picked did: "the city transport company estimates…"
   * tells no company building the line.
   */
  private picksByModifierTellingDeed(needs: QuestionNeeds, indexed: IndexedSentence, unit: number): boolean {
    const kind = needs.pickedKind;
    if (kind === undefined || !picksByModifier(indexed.sentence.text, kind, (word) => needs.questionKeys.has(termKey(word)))) return false;
    const deed = needs.terms.find((term) => term.key === needs.pickedDeed);
    return deed === undefined || this.variantsIn(deed, unit).length > 0;
  }

  /**
   * The words of what a sentence names (see thingsNamed), and the noun a name opening it is set
   * beside ("Alacrity, the Podger cat, came…"), unless its opening word is one of time, which the
   * dictionary lists as an adverb ("Yesterday, the council, which…").
   */
  private thingsNamedIn(sentence: string): string[] {
    const subject = subjectNamed(sentence);
    const named = subject === undefined ? thingsNamed(sentence) : [...thingsNamed(sentence), subject];
    const atOpening = nounNamedAtOpening(sentence);
    return atOpening === undefined || this.thesaurus.isAdverb(atOpening.opening) ? named : [...named, atOpening.noun];
  }

  /** True when a which-question picks an idea or a text ("which theory…?") and the sentence says what it holds: "the theory that we live in an electric universe". */
  private picksIdeaByContent(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const kind = needs.pickedKind;
    return kind !== undefined && this.thesaurus.namesIdeaOrText(kind) && picksByContent(indexed.sentence.text, kind, (verb) => this.thesaurus.usuallyTakesNoObject(verb));
  }

  /**
   * True when a "which" question asks what the picked thing did ("which law firm represented…?")
   * and a sentence neither says the kind nor names one who did that deed: "Judge Harriet Okonjo
   * dismissed the claim brought by Crumbwell Bakeries" names others.
   */
  private namesOtherThanPicked(needs: QuestionNeeds, unit: number): boolean {
    const indexed = this.sentences[unit];
    const deed = needs.pickedDeed;
    const kind = needs.terms.find((term) => term.key === termKey(needs.pickedKind ?? ""));
    if (deed === undefined || kind === undefined || indexed === undefined || this.variantsIn(kind, unit).length > 0) return false;
    return !this.namesAgentOf(deed, needs, this.traitsOf(indexed), indexed.document) && !this.namesDoer(deed, needs, indexed) && !this.namesRecipient(needs, indexed);
  }

  /**
   * True when a sentence names the one a which-question asks got something from the other side of
   * the deed: "The contract… was awarded to Baxter Construction" for "which company won the contract?".
   */
  private namesRecipient(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const gain = needs.pickedGain;
    if (gain === undefined) return false;
    return (indexed.recipients ??= recipientsOf(indexed.sentence.text, termKey)).some(
      (recipient) =>
        recipient.thingKeys.includes(gain) &&
        recipient.nameKeys.some((key) => !needs.questionKeys.has(key)) &&
        this.thesaurus.tellsGiving(recipient.deed) &&
        // A which-question picks a body: "given to Ellen Park, a site manager" names a person.
        !recipient.kindWords.some((word) => this.thesaurus.namesPersonByRole(lemmaOf(word)) && !this.thesaurus.namesOrganization(lemmaOf(word))),
    );
  }

  /** True when a sentence names who did the deed a who-question asks about, in either voice. */
  private tellsDoer(needs: QuestionNeeds, unit: number): boolean {
    const indexed = this.sentences[unit];
    if (needs.doerDeed === undefined || indexed === undefined) return false;
    return this.namesAgent(needs, this.traitsOf(indexed), indexed.document) || this.namesDoer(needs.doerDeed, needs, indexed);
  }

  /**
   * True when a question asks what the writer of a column, an essay or a review in the first person
   * says ("…, according to the writer?"), whose sentences are the writer's own.
   */
  private asksWriterOf(needs: QuestionNeeds, unit: number): boolean {
    const speaker = needs.shape.speakerWord;
    const document = this.sentences[unit]?.document;
    return speaker !== undefined && TEXT_WRITERS.has(termKey(speaker)) && document !== undefined && this.writesInFirstPerson(document);
  }

  /** True when a sentence would be refused as someone else's words than those of the one asked about (see SpeakerReading). */
  private tellsOthersWordsThan(needs: QuestionNeeds, unit: number): boolean {
    if (this.asksWriterOf(needs, unit)) return false;
    return this.speakers.namesSpeakerInPhraseOnly(needs, unit) || this.speakers.leavesNamedSpeakerOut(needs, unit) || this.speakers.tellsOthersWords(needs, unit);
  }

  /**
   * True when a name the question does not give is the subject of a verb meaning the deed a
   * who-question asks about ("Mousa Abu Marzook, a founder of Hamas, headed the delegation" for "who
   * led the delegation?"): the doer told in the active voice, as a passive's agent is in the passive.
   */
  private namesDoer(deed: string, needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const term = needs.terms.find((candidate) => candidate.key === deed);
    if (term === undefined) return false;
    // A name holding a common word the question asks of is the thing the deed was done to, doing it of
    // itself: "The Ashby Marsh Community Fridge opened 18 months ago" tells no one who opened the fridge.
    // Inline, not a named arrow: this runs per candidate of a who-question.
    return this.doersIn(indexed).some(
      (doer) =>
        doer.nameKeys.some((key) => !needs.questionKeys.has(key)) &&
        !needs.terms.some((asked) => !asked.isName && asked.key !== deed && doer.nameKeys.includes(asked.key)) &&
        meansDeedWord(term, doer.deedKey, (key) => this.termOf(key)),
    );
  }

  /**
   * How much a sentence telling an event with the question's partner covers the question's word for
   * the event ("a previous meeting with Bogdanov" for "did Marzook sit down with Bogdanov?").
   */
  private partnerCover(needs: QuestionNeeds, term: QueryTerm, indexed: IndexedSentence): number {
    const events = needs.partnerEvents.filter((event) => event.key === term.key);
    if (events.length === 0) return 0;
    const mentions = (indexed.partnerMentions ??= partnerMentionsOf(indexed.sentence.text));
    return events.some((event) => tellsWithPartner(event, mentions, (eventWord) => [event.word, event.key].some((word) => this.alikeInMeaning(word, eventWord, WEIGHTS.partnerEventSimilarity))))
      ? WEIGHTS.partnerCover
      : 0;
  }

  /** True when two words' vectors are at least this similar; a word the vectors lack is like no other. */
  private alikeInMeaning(word: string, other: string, floor: number): boolean {
    const vector = this.wordVectors.vectorOf(word);
    const otherVector = this.wordVectors.vectorOf(other);
    return vector !== undefined && otherVector !== undefined && WordVectors.similarity(vector, otherVector) >= floor;
  }

  /**
   * The verbs whose amounts a how-much-more-or-less question compares: those of money where it has
   * any ("earn" in "How much less do care home managers earn?", whose "care" the tagger reads as a
   * verb), else all of its verbs ("spend").
   */
  private deedsCompared(question: string): string[] {
    const verbs = [...wordsUsedAsVerbs(question)].map((verb) => lemmaOf(verb));
    const ofMoney = verbs.filter((verb) => this.thesaurus.concernsMoney(verb));
    return (ofMoney.length > 0 ? ofMoney : verbs).map(termKey);
  }

  /** True when the sentence says one of the question's verbs or a synonym of it: "three times as much" tells how much more was spent only beside "spend". */
  private saysDeedCompared(deeds: readonly string[], needs: QuestionNeeds, unit: number): boolean {
    return needs.terms.some((term) => deeds.includes(term.key) && this.variantsIn(term, unit, WEIGHTS.sureCover).length > 0);
  }

  /** True when a sentence has a verb whose commonest sense is one of saying, thinking or feeling ("expressed", "warned"). */
  private tellsSpeechOrThought(indexed: IndexedSentence): boolean {
    return (indexed.tellsSpeechOrThought ??= contentWords(indexed.sentence.text).some((word) => this.thesaurus.reportsSpeechOrThought(lemmaOf(word))));
  }

  /** Scores one candidate sentence against what the question needs. */
  private score(needs: QuestionNeeds, indexed: IndexedSentence, unit: number): SearchHit {
    const { shape, terms } = needs;
    this.loadFrequencies(indexed, unit);
    const traits = this.traitsAskedOf(needs, indexed);
    if (shape.answerType === "reason") traits.reason ??= reasonGiven(indexed.sentence.text, this.thesaurus);
    if (shape.answerType === "manner") traits.manner ??= mannerGiven(indexed.sentence.text, this.thesaurus);
    // "How old is the market building?": "the 1868 building" dates it, though no age is told.
    const measuresAsked = this.countChecks.measuresAsked(needs, indexed);
    // An average age is the age of the many it is of ("The school's 41 teachers have an average age
    // of 44"): it answers a how-old question about them, before one of them's age ("Head teacher Ruth
    // Okoye, 52, said…"), and no other: not one person's or body's, nor others' (see averagesOfOthers).
    const averages = isAgeMeasure(shape.measure) ? averageAgesOf(indexed.sentence.text) : NO_AGES;
    const averagesOfAsked = averages.includes(true) && !this.averagesOfOthers(needs, indexed, unit);
    const onlyAveragesOfOthers = averages.length > 0 && averages.every(Boolean) && !averagesOfAsked;
    // What the event asked about would bring about ("the strike would halt all routes" for "why are
    // drivers striking?", "Dahl would step down" for "why is Dahl stepping down?") is no reason for it.
    const outcomeOfAsked = traits.reason === "outcome" && this.tellsOutcomeOfAsked(needs, indexed.sentence.text, unit);
    // Asked why something was not done, a sentence supposing it done tells what would have followed
    // ("If you fill those cracks in May, you are sealing the nursery"): the reason it was not.
    const supposedDone = shape.asksWhyNot === true && supposesDone(indexed.sentence.text);
    // "It has been named Mycena amberleyae", "the molecule, which the team has named bekamycin": naming
    // the thing the sentence goes on about gives its name, in lower case too.
    const asksName = shape.answerType === "name" && shape.needsAnswerType;
    const namedThings = asksName ? this.thingsNamedIn(indexed.sentence.text) : [];
    const namesByNaming = asksName && (namesThingItIsAbout(indexed.sentence.text) || namedThings.some((word) => this.isThingAsked(needs, word)));
    // "their third delegation" ranks what a how-many question counts: it answers, and counts the noun asked.
    const ranksCounted = this.countChecks.countsByOrdinal(needs, indexed);
    const holdsAnswer =
      namesByNaming ||
      measuresAsked ||
      (needs.sizesSum && traits.sum) ||
      needs.measureBesideFigure?.test(indexed.sentence.text) === true ||
      supposedDone ||
      (shape.answerType === "quantity" && ranksCounted) ||
      this.countChecks.countsByRatio(needs, indexed) ||
      this.givesAgeOfThingAsked(needs, indexed) ||
      (satisfies(traits, shape.answerType, needs.questionKeys, shape.measure) && !outcomeOfAsked && !this.datesOnlyOthers(needs, indexed) && !this.agesOnlyOthers(needs, indexed) && !onlyAveragesOfOthers);
    let relevance = 0;
    let covered = 0;
    // What a verb of saying, thinking or feeling adds to the coverage the answer is judged by.
    let toldCredit = 0;
    let askedCovered = 0;
    let askedCredit = 0;
    let givesWhatIsCounted = true;
    let sharesUncommonWord = false;
    let wordsShared = 0;
    let sharedName: QueryTerm | undefined;
    let namesMeasured = false;
    const covers: number[] = [];
    const opening = this.openingTermsOf(indexed, traits);
    let askedInOpening = 0;
    // "What did the council approve?": the sentence telling the council approving something.
    const tellsDeed = needs.deedAsked !== undefined && this.deeds.tellsDeed(needs, unit);
    const onlyFraming = terms.every((term) => term.isFraming);
    // "When did Hamas first start meeting the ministry?": "has been meeting … since 2006" tells when the
    // meeting began, its verb being one the question asks began; "has run the station since 2019"
    // tells when no station was first built.
    const tellsStart = shape.answerType === "date" && this.tellsStartOfAsked(needs, indexed);
    // "Which animal was seen by the bridge?": "a fox" is one, the answer, however many kinds down. A
    // person is picked by name though ("which relief worker…" is not answered by "the pilot").
    const kindNamed = this.namesKindChosen(needs, indexed);
    const picksKindNamed = kindNamed && !this.thesaurus.namesPersonInSomeSense(needs.kindChosen ?? "");
    terms.forEach((term, at) => {
      const match = this.matchTerm(term, indexed, unit, needs.similarities[at] ?? new Map(), term.key === needs.eventKey);
      // A measurement answers the adjective of a measuring question: "27" is the "old" of "how
      // old is Ruiz?", while "the oldest club" says "old" but gives no age. A verb meaning the asked
      // one, told of the one asked about, tells the deed asked ("the picture depicted" for "what did the picture show?").
      // An event with the partner the question gives covers the question's word for it ("sit down with").
      // "Which country is he living in?": a sentence naming one the question does not ("residing in
      // Qatar") holds the kind asked as its answer; "the Russian foreign ministry" names no country.
      const namesPlaceKind = term.key === shape.placeKind && this.namesInstanceOf(term, traits, needs.questionKeys);
      const namesKindChosen = term.key === needs.kindChosen && kindNamed;
      // "his tabby, Biscuit" names a cat: the kind named stands for the thing whose name is asked.
      const namesKindNamed = !term.isName && namedThings.some((word) => this.thesaurus.namesKindOf(lemmaOf(word), term.key));
      // The beginning a "since" tells counts as the word asking it, said in the sentence.
      const toldStart = tellsStart && STARTING_WORDS.has(term.key);
      // "Why doesn't the writer take the bus?": an essay's "I" is its writer. Not when the writer is the
      // source of what is asked ("…, according to the writer?"): every sentence of it is theirs.
      const writerSpeaks = TEXT_WRITERS.has(term.key) && !(shape.asksSourcesWords === true && termKey(shape.speakerWord ?? "") === term.key) && this.speaksAsWriter(indexed);
      const cover =
        (term.isFraming && holdsAnswer) || (tellsDeed && term.key === needs.deedAsked?.deedKey) || namesPlaceKind || namesKindChosen || namesKindNamed || toldStart || writerSpeaks
          ? 1
          : Math.max(match.cover, this.partnerCover(needs, term, indexed));
      covers.push(cover);
      // A measure a text may tell in words ("so loud it was heard 20 km away") is said by its adjective
      // where no measurement is given; one always told in units is not ("the oldest club" gives no age).
      const saysMeasureInWords =
        term.isFraming && shape.measure === term.key && !holdsAnswer && !shape.needsAnswerType && match.inSentence && match.cover >= WEIGHTS.sureCover;
      // A question asking by its framing word alone ("how hot did it get?") is told by the sentence
      // giving the measure beside it ("temperatures climbed to 33.4C"); with other words, they choose.
      relevance += term.isFraming && !saysMeasureInWords && !(holdsAnswer && onlyFraming) ? 0 : toldStart ? Math.max(match.score, term.importance) : match.score;
      covered += term.importance * cover;
      const credit = term.tellsSpeechOrThought || term.isRareAdverb || term.tellsOccurrence ? term.importance * Math.max(0, WEIGHTS.speechOrThoughtCover - cover) : 0;
      toldCredit += credit;
      if (!term.isName) askedCovered += term.importance * cover;
      // "What did Hamas thank Putin for?": a sentence telling a reaction in words of its own ("expressed
      // their appreciation") answers what is asked; one telling no saying or feeling does not.
      if (!term.isName && term.tellsSpeechOrThought && this.tellsSpeechOrThought(indexed)) askedCredit += credit;
      // "How much money…" is counted by any sum, whether the sentence says "money" or not.
      // "How many passengers…": a word near in meaning ("planes") tells no number of a particular kind.
      // "How many people brought the case?": "212 pass holders" counts a kind of them.
      if (term.key === needs.counted) {
        givesWhatIsCounted =
          (match.inSentence && (!needs.countedByWord || this.variantsIn(term, unit).length > 0)) ||
          (needs.asksForSum && traits.sum) ||
          ranksCounted ||
          (traits.quantity && this.countChecks.countsWholeNamed(needs, indexed, unit)) ||
          (traits.quantity && (this.countChecks.countsKindAsked(needs, indexed, unit) || this.countChecks.countsBroaderInDeedAsked(needs, indexed) || this.countChecks.countsBareDeedOfNamed(needs, indexed, unit) || this.countChecks.countsDeedAsNoun(needs, indexed) || this.countChecks.countsWhatItStandsFor(needs, indexed, unit)));
      }
      // "How much does a ticket cost?": a sum beside no ticket is some other thing's price.
      // A loose match ("book" for "ticket", a word of related meaning) does not tie the sum to it.
      if (term.key === needs.priced && !(match.inSentence && match.cover >= WEIGHTS.sureCover) && !this.itStandsFor(term, indexed)) givesWhatIsCounted = false;
      if (term.key === needs.measured && match.inSentence && match.cover >= WEIGHTS.sureCover) namesMeasured = true;
      // "What is the speed of light?": a measurement beside no light ("shares fell 8.4 percent") is some other thing's.
      if (term.key === needs.measuredByName && !(match.inSentence && match.cover >= WEIGHTS.sureCover)) givesWhatIsCounted = false;
      // "Has the captain been suspended?": a sentence without the word suspended tells no suspension,
      // however near its words' meaning ("ordered" for "arrested", "sentenced" for "charged").
      if (term.key === needs.passiveEvent && this.variantsIn(term, unit).length === 0) givesWhatIsCounted = false;
      // "How many hostages has Hamas released?": a count beside no release, in a text that tells the
      // release elsewhere in the question's word or a synonym ("were freed" of a text saying
      // "release"), counts the hostages in another event ("220 hostages being held"), as a span beside
      // no demolition is another deed's time. A text that never tells it so may tell it in words of its own.
      if (term.key === needs.countedEvent && this.variantsIn(term, unit).length === 0 && !this.holdsAnyTerm(needs.countedEventActs, unit) && this.tellsEventAnywhere(needs, term, indexed.document, WEIGHTS.countedEventSynonym)) givesWhatIsCounted = false;
      sharesUncommonWord ||= !term.isFraming && !term.isCommon && cover >= WEIGHTS.sureCover;
      if (!term.isFraming && cover >= WEIGHTS.sureCover) {
        wordsShared++;
        if (this.isNameAsked(needs, term)) sharedName ??= term;
      }
      if (needs.topics.has(term) && term.variants.some((variant) => opening.includes(variant.term))) askedInOpening += term.importance;
    });
    // A measure given in its units (an age, a distance, a temperature, a clock time, a sum of money:
    // "pupils aged between eight and 11" for "how old are the kids?"; see SearchHit.givesMeasureInUnits).
    // Not a distance told as a journey's time, which any deed may take ("a week" for "how far away is the moon?").
    // Read only where the sentence holds the answer, inline: a length is not looked for in every candidate.
    const givesMeasureInUnits =
      holdsAnswer &&
      ((needs.asksForSum && traits.sum) ||
        (shape.measure === DISTANCE_MEASURE ? givesLength(indexed.sentence.text) : ALWAYS_IN_UNITS.has(shape.measure ?? "") || isAgeMeasure(shape.measure) || shape.measure === CLOCK_TIME_MEASURE));
    // A sentence that opens with what is asked ("The cubs were born...") is about it; one that
    // names it further on ("...announced the birth of twin cubs") is most often about something else.
    if (needs.askedImportance > 0) relevance *= 1 + WEIGHTS.opening * (askedInOpening / needs.askedImportance);
    // A measure asked by its noun may be told in a unit no pattern knows: a sentence naming the thing
    // measured beside a lone figure ("Children start school at five") or right before a figure and
    // its unit ("microcystin at 4.2 micrograms per litre") ranks after a measurement but is not refused.
    const mayMeasureInOwnUnit = shape.namesMeasure === true && ((namesMeasured && holdsBareFigure(indexed.sentence.text)) || this.givesValueBesideMeasured(needs, indexed.sentence.text));
    if ((shape.needsAnswerType && !holdsAnswer && !mayMeasureInOwnUnit) || (needs.asksForSum && !traits.sum && !(needs.asksRise && this.multipliesAmount(indexed)) && !(needs.comparedDeeds !== undefined && givesRatioOfAmount(indexed.sentence.text) && this.saysDeedCompared(needs.comparedDeeds, needs, unit)) && !this.countChecks.givesAmountCounted(needs, indexed))) givesWhatIsCounted = false;
    // A figure, a time or a place of the kind asked ("£7.50" for "how much is it to take a car
    // across?", "at St Anne's hall" for "where do I vote?") is one more thing it shares.
    if (holdsAnswer && (shape.answerType === "quantity" || shape.answerType === "date" || shape.answerType === "place")) wordsShared++;
    // "How much of the cherry crop was lost?" is answered by a share ("about a third"), which a sentence without a figure gives none of.
    // Nor does a share of another thing: "around half of this year's apple crop" tells none of the cherry crop.
    if (needs.shareOf !== undefined && ((!traits.quantity && !givesFraction(indexed.sentence.text)) || !this.saysEachSurely(needs, needs.shareOf, covers))) givesWhatIsCounted = false;
    // "How much has the council cut its water use?": "cut its paper use by nearly half" changes another of its things.
    if (!this.saysEachSurely(needs, needs.ownedObject, covers)) givesWhatIsCounted = false;
    // "How much will the treatment cost?" asks a price, which a percentage ("47 percent of the children") is not.
    if (needs.priced !== undefined && (!traits.money || this.countChecks.pricesOnlyOthers(needs, indexed))) givesWhatIsCounted = false;
    // "Which delegation was this?": "their third delegation" picks it by its place in an order, and
    // "practical matters, such as the release of hostages" by an instance.
    if (needs.picksByName && !satisfies(traits, "name", needs.questionKeys) && !this.ranksPicked(needs, indexed) && !this.picksByFigure(needs, indexed) && !givesInstancesOf(indexed.sentence.text, needs.pickedKind ?? "") && !this.picksByModifierTellingDeed(needs, indexed, unit) && !picksKindNamed && !this.picksIdeaByContent(needs, indexed)) {
      givesWhatIsCounted = false;
    }
    // "Which farm had the infected cattle?": "confirmed on a farm near Elmsthwaite" names a place, not the farm.
    if (needs.pickedKind !== undefined && (indexed.unnamedNouns ??= nounsLeftUnnamed(indexed.sentence.text)).includes(needs.pickedKind)) givesWhatIsCounted = false;
    // "How many knots does it sell each year?": "1,500 knots a week" is a rate over another period,
    // and a count with no period may be any span's.
    if (needs.period !== undefined && !(indexed.periods ??= periodsRated(indexed.sentence.text)).includes(needs.period) && !recurringPeriods(indexed.sentence.text).includes(needs.period)) givesWhatIsCounted = false;
    if (this.countChecks.countsOnlySums(needs, indexed)) givesWhatIsCounted = false;
    if (givesWhatIsCounted && this.countChecks.countsOnlyOthers(needs, indexed, unit) && !this.countChecks.countsBroaderInDeedAsked(needs, indexed) && !this.countChecks.countsDeedAsNoun(needs, indexed)) {
      givesWhatIsCounted = false;
    }
    if (givesWhatIsCounted && this.countChecks.sizesOnlyOthersNamed(needs, indexed, unit)) givesWhatIsCounted = false;
    // "How many visitors were in the gallery?" counts those of one occasion: "welcomes 240,000
    // visitors a year" gives a rate, which a question asking none takes only when nothing closer counts.
    if (needs.counted !== undefined && needs.period === undefined && !shape.asksHowMuch && (indexed.periods ??= periodsRated(indexed.sentence.text)).length > 0) {
      relevance *= WEIGHTS.unaskedRate;
    }
    // "What was the boat called?" (a name question that needs a name, unlike a who-question) wants
    // a name the sentence says is one ("the vessel, the Morning Tern", "its Baltic Sentry mission"):
    // "hostages held in the Gaza Strip" gives a name, but not the hostages'.
    const asksForName = shape.answerType === "name" && shape.needsAnswerType;
    // "Who is Ruiz?", "what is Kani's job?": a sentence that calls the one named something names their role.
    const rolesGiven = asksForName ? [...traits.roleKeys, ...traits.kindKeys] : traits.roleKeys;
    const namesRole =
      holdsAnswer && (shape.answerType === "role" || rolesGiven.some((key) => needs.askedRoles.has(this.termOf(key) ?? -1)));
    if (givesWhatIsCounted && asksForName && !namesRole && !namesByNaming && !this.rolesMeanAsked(needs, rolesGiven)) givesWhatIsCounted = false;
    if (givesWhatIsCounted && holdsAnswer) relevance *= 1 + WEIGHTS.answerType;
    if (needs.severalPicked !== undefined && this.listsNew(needs, needs.severalPicked, indexed)) relevance *= 1 + WEIGHTS.listGiven;
    if (givesWhatIsCounted && this.countChecks.pricesAsked(needs, indexed)) relevance *= 1 + WEIGHTS.pricedSum;
    if (givesWhatIsCounted && (measuresAsked || averagesOfAsked)) relevance *= 1 + WEIGHTS.measuredNoun;
    if (givesWhatIsCounted && this.countChecks.countsDeedAsked(needs, indexed)) relevance *= 1 + WEIGHTS.countedDeed;
    if (namesRole) relevance *= 1 + WEIGHTS.namedRole;
    if (shape.asksWhoOneIs === true && this.introducesAsked(needs, unit, indexed.document)) relevance *= 1 + WEIGHTS.introduction;
    if (this.namesAgent(needs, traits, indexed.document)) {
      relevance *= 1 + WEIGHTS.agent;
    } else if (needs.asksWhoDid && needs.doerDeed !== undefined && this.namesDoer(needs.doerDeed, needs, indexed)) {
      relevance *= 1 + WEIGHTS.doer;
    }
    if (tellsDeed) relevance *= 1 + WEIGHTS.deed;
    if (traits.quotes && !needs.asksWhatWasSaid) relevance *= WEIGHTS.quotation;
    // "What did Haugland say after the verdict?" asks for his words: the quotation ("“This was not an
    // act of nature,” Haugland said after the verdict.") before a sentence reporting what he told the court.
    if (!traits.quotes && this.speakers.asksSpeakersWords(needs) && !this.speakers.tellsActAsked(needs, unit)) relevance *= WEIGHTS.reported;
    const coverage = covered / needs.totalImportance;
    // BM25 alone lets one rare word outrank a sentence that answers the whole question. A document
    // whose sentence tells the deed asked says the asked verb as that sentence does.
    const documentCoverage = this.documentCoverage(needs, indexed.document);
    relevance *= coverage * (tellsDeed ? Math.max(coverage, documentCoverage) : documentCoverage) ** WEIGHTS.documentCoverage;
    if (this.lacksNameAsked(needs, indexed.document)) relevance *= WEIGHTS.unnamedDocument;
    // "What did the district attorney say?" where only the assistant DA speaks asks their words: the office speaks through them.
    if (needs.rolesUnranked.length > 0 && !needs.asksWhatWasSaid && this.saysRoleOnlyRankedBelow(needs, indexed, unit)) relevance *= WEIGHTS.rankedBelow;
    // Its numbers count something else: any sentence that gives what is counted goes first. A
    // when-question goes first to a point in time too, and a measuring question to its measure
    // ("gusting to 68 mph"), but one without is not refused: "She served for the championship at 5-4"
    // says when.
    if (!givesWhatIsCounted || ((shape.answerType === "date" || shape.measure !== undefined) && !holdsAnswer)) relevance *= WEIGHTS.uncounted;
    // "When will the bronzes be returned?": a sentence dating only what has happened ("ruled on
    // Wednesday") tells no return to come.
    if (holdsAnswer && shape.asksAhead === true && this.datesOnlyPast(indexed)) relevance *= WEIGHTS.pastForAhead;
    // Nor is it answered by such a sentence at all, nor by one dating nothing that tells nothing to
    // come ("was considering an appeal"), unless it gives a span, which may count from now ("within
    // eight weeks"). One telling what is to come at a time it gives in words is kept though no date is
    // read in it ("will reopen by Christmas", "once the repairs are finished"); a bare "will reopen" tells no time.
    if (shape.asksAhead === true && !traits.measures.includes("duration") && this.tellsNoTimeAhead(needs, indexed)) givesWhatIsCounted = false;
    // A why-question goes first to a sentence giving a reason or an aim: the one telling the event
    // again ("a phased approach had been considered but rejected") most often says no more of it.
    if (shape.answerType === "reason" && !holdsAnswer) relevance *= WEIGHTS.unreasoned;
    // A how-question goes first to a sentence telling a manner or means ("by entering its serial
    // number", "after noticing…"); not one asking what someone said or felt ("how did Hamas react?").
    if (shape.answerType === "manner" && !holdsAnswer && !needs.asksWhatWasSaid) relevance *= WEIGHTS.unmannered;
    // A where-question goes first to a sentence giving a place after a preposition of place ("at a
    // hotel in the county seat"), not to one naming only people.
    if (shape.answerType === "place" && !holdsAnswer) relevance *= WEIGHTS.unplaced;
    // "Will the district review the schedule?": a sentence telling what is to come ("It will review
    // the schedule after two years") over one telling what has been.
    if (shape.asksWhetherAhead === true) relevance *= this.aheadBonus(needs, indexed);
    // "Which school does she attend now?": a sentence placing what it tells in the present ("Patricia
    // now attends…") over one telling what was ("had attended the Enos Ray School").
    if (shape.asksNow === true && placesInPresent(indexed.sentence.text)) relevance *= 1 + WEIGHTS.toldNow;
    // "What should the Legislature be allowed to do?": a sentence telling what it should do.
    if (shape.asksObligation !== undefined && tellsObligation(indexed.sentence.text, shape.asksObligation)) relevance *= 1 + WEIGHTS.obligationTold;
    // "Did anybody get hurt?": a sentence supposing it ("If this is hurting children, we will change
    // course") tells no one was, unless what is asked is what someone said ("did Putin warn that…?").
    if (shape.asksWhetherDone === true && traits.supposed && !needs.asksWhatWasSaid) relevance *= WEIGHTS.supposed;
    // "Has Marzook met Lavrov before?": a sentence telling other occasions ("has frequently met") over
    // one telling this one; for a yes-no question, that is its whole answer.
    if (shape.asksEarlier === true && traits.otherOccasions) relevance *= 1 + (shape.asksWhetherEarlier === true ? WEIGHTS.earlierOccasion : WEIGHTS.answerType);
    // "What else has the union asked the company to do?": a sentence adding to what was told ("It
    // has also asked the firm to open its accounts") over the one telling the first demand.
    if (shape.asksForMore === true && traits.addsToTold) relevance *= 1 + WEIGHTS.addedTo;
    // One that tells only what came before ("journeyed to Moscow following a meeting in Doha") goes
    // after one giving a cause or an aim ("heading to Moscow to discuss the captives").
    // So does one telling only what something would bring about ("warned the plan would hit families"),
    // unless it supposes done what a why-not question asks ("both would have moved production abroad").
    // So does a cause that is no aim ("appreciation for Putin's stance") for a question asking what a thing is for.
    const causeWithoutAim = shape.asksPurpose === true && traits.reason === "cause" && !(traits.aim ??= aimGiven(indexed.sentence.text, this.thesaurus));
    if (shape.answerType === "reason" && (traits.reason === "circumstance" || (traits.reason === "outcome" && !outcomeOfAsked && !supposedDone) || causeWithoutAim)) relevance *= WEIGHTS.circumstantial;
    const askedCoverage = !shape.isAsked || needs.askedImportance === 0 ? 1 : askedCovered / needs.askedImportance;
    relevance *= 1 - WEIGHTS.asked + WEIGHTS.asked * askedCoverage;
    // A headline counts half, but not when it alone says a word asked: no body sentence says the
    // same ("…heading to Moscow to discuss…"). So does a heading or a line of names in the body.
    if ((indexed.sentence.paragraph === 0 || isLineOfNames(indexed.sentence.text)) && !this.onlyAskedAt(terms, unit, indexed.document)) relevance *= WEIGHTS.headline;
    // The lede sums the story up, so it shares much of any question about it; a word of the question
    // it lacks that the article says further on asks for a detail told there ("What is the woman in
    // the portrait holding?": "She appears to be holding a small book").
    // Not when the lede alone names what the question is about ("the Hull fire"): no other sentence is
    // about it; unless it lacks another name of the question its article says, which narrows what is
    // asked to where that name is told ("the Group 3 class" of "the National Lawnmower Racing Championship").
    if (isLede(indexed.sentence) && !(this.onlyNamedAt(terms, unit, indexed.document) && !this.lacksNameOfDocument(terms, covers, indexed.document))) {
      relevance *= (1 - this.toldElsewhereShare(needs, covers, unit, indexed.document, needs.asksForSum && traits.sum)) ** WEIGHTS.ledeOmission;
      // So does a name of the question it lacks and its article says elsewhere: "What level is Holloway
      // Reservoir at?" asks the detail told where the reservoir is named, not "the main reservoir" of the lede.
      relevance *= (1 - this.namesElsewhereShare(needs, covers, indexed, unit)) ** WEIGHTS.ledeOmission;
    }
    // "How long will the Ostlander trial last?" is asked of "the trial" in an article that names
    // Ostlander, and "Would the Skelmore drone service be the first?" of an "It" going on about it.
    const mayStandForLede = OPENS_WITH_IT.test(indexed.sentence.text);
    const nameCovers =
      needs.headsOfNames.size === 0 && !mayStandForLede
        ? covers
        : terms.map((term, at) =>
            (covers[at] ?? 0) === 0 && (this.describesNameBy(needs, term, indexed, unit) || (mayStandForLede && term.isName && this.ledeStandsFor(term, indexed))) ? 1 : (covers[at] ?? 0),
          );
    // News names what it is about in full, then tells of it without the name ("A confiscation
    // hearing to recover further assets has been set for 14 March"): a name its article goes on
    // about is around every sentence of it, for judging whether the question is answered.
    const holdsNamesHere = this.namesHeld(terms, nameCovers, indexed, unit);
    // The sentence's capitalised runs are read only for a name of the question it says in part. Inline,
    // not a named arrow: tsx names every such closure it makes, per candidate here.
    const namesArticleSubject =
      (holdsNamesHere || this.namesHeld(terms, this.withArticleSubjects(terms, nameCovers, indexed.document), indexed, unit)) &&
      !this.missesPerson(needs, covers, indexed.document) &&
      !namesAnotherInPlace(terms, nameCovers, needs.ownersNamed, () => (nameMentions([indexed.sentence.text])[0] ?? []).map((mention) => mention.words), this.nameWordTests);
    const holdsNames = holdsNamesHere && namesArticleSubject;
    // One word in common, no name, others lacking, and nothing near a foreign word in the article
    // ("kitty" where it says "cat"; see SearchHit.sharesLoneWord). A name of the wider world (one
    // the dictionary knows) that its article says here alone, in passing ("a former Governor General
    // of Australia"), tells no more than a common word: "What's the capital of Australia?" shares it
    // by chance. The article's own people and places ("What is Varga's job?") are what it is asked about.
    const sharesLoneWord =
      wordsShared < 2 && (sharedName === undefined || this.mentionsInPassing(sharedName, unit, indexed.document)) && !this.tracesForeignWord(needs, indexed.document);
    // "How often has the official met the envoy?": the measure asked, given in its unit ("has frequently
    // met"), is what the question wants, though its adjective is a common word that weighs little; but
    // only as the measure of the thing asked about.
    const measureCredit = shape.answerType === "quantity" && holdsAnswer && this.countChecks.tellsThingMeasured(needs, covers, indexed.document) ? measureWeight(terms) : 0;
    // "Why did Moritz sit out 1955?": a sentence giving a cause ("because of an operation") gives what
    // is asked, as a measurement gives a "how long"; the "why" counts as a word of the question, and of
    // what it asks, half covered, since a cause may be another event's.
    const reasonCredit = shape.answerType === "reason" && traits.reason === "cause" ? reasonWeight(terms) : 0;
    const judged = (covered + toldCredit + measureCredit + reasonCredit) / (needs.totalImportance + measureCredit + reasonCredit);
    const judgedAsked = !shape.isAsked || needs.askedImportance === 0 ? 1 : (askedCovered + askedCredit + reasonCredit) / (needs.askedImportance + reasonCredit);
    return { sentence: indexed.sentence, document: indexed.document, relevance, coverage: judged, givesWhatIsCounted, askedCoverage: judgedAsked, holdsNames, namesArticleSubject, namesInReach: !missesAName(terms, nameCovers), sharesUncommonWord, givesMeasureInUnits, wordsShared, sharesLoneWord, toldAsDone: true, heardFromSpeaker: true, missesForeignWord: this.missesForeignWord(needs, covers, indexed.document), documentCoverageOfThings: this.documentCoverageOfThings(needs, indexed.document) };
  }

  /**
   * True when a noun a sentence gives a name to is a word of the question, a kind the question's
   * thing is of or a kind of it: "The animal, named Niphargus greysidensis" names the shrimp asked
   * about, "his tabby, Biscuit" a cat, "The calf, named Kito" no red panda.
   */
  private isThingAsked(needs: QuestionNeeds, word: string): boolean {
    const lemma = lemmaOf(word);
    return needs.questionKeys.has(termKey(word)) || [...needs.questionKeys].some((key) => this.thesaurus.namesKindOf(key, lemma) || this.thesaurus.namesKindOf(lemma, key));
  }

  /**
   * True when the question's words but its foreign ones (and a measuring question's adjective) are
   * one at most, which the sentence surely holds, and its document holds nothing near any foreign one.
   */
  private missesForeignWord(needs: QuestionNeeds, covers: readonly number[], document: SearchableDocument): boolean {
    const { terms } = needs;
    if (!terms.some((term) => term.isForeign)) return false;
    const others = terms.flatMap((term, at) => (term.isForeign || term.isFraming ? [] : [covers[at] ?? 0]));
    if (others.length > 1 || others.some((cover) => cover < WEIGHTS.sureCover)) return false;
    return this.documentsById.has(document.id) && !this.tracesForeignWord(needs, document);
  }

  /** True when a document holds something near one of the question's foreign words (see holdsNear). */
  private tracesForeignWord(needs: QuestionNeeds, document: SearchableDocument): boolean {
    const indexed = this.documentsById.get(document.id);
    if (!indexed || !needs.terms.some((term) => term.isForeign)) return false;
    let traced = needs.foreignWordTraces.get(indexed);
    if (traced === undefined) {
      traced = needs.terms.some((term, at) => term.isForeign && this.holdsNear(term, needs.similarities[at] ?? new Map(), indexed));
      needs.foreignWordTraces.set(indexed, traced);
    }
    return traced;
  }

  /**
   * True when a document holds a word of a question word's family, a narrower or broader word, the
   * word above a broader kind named only by phrases ("cat" above "domestic cat" for "kitty"; see
   * Thesaurus.kindsAbovePhrases), or a word close in meaning.
   */
  private holdsNear(term: QueryTerm, similarities: Map<number, number>, indexed: IndexedDocument): boolean {
    const held = this.documentTerms(indexed);
    if (this.variantsFor(term, indexed.document).some((variant) => variant.weight >= WEIGHTS.looseVariant && holdsSorted(held, variant.term))) return true;
    const holdsWord = (word: string) => {
      const id = this.termOf(termKey(word));
      return id !== undefined && holdsSorted(held, id);
    };
    if (this.thesaurus.kindsAbovePhrases(term.key).some((kind) => holdsWord(kind.word))) return true;
    if (term.meanings.length === 0) return false;
    const pairs = Array.from(held).flatMap((id) => [id, 1]);
    return this.meanings.nearestInMeaning(term.meanings, pairs, similarities, WEIGHTS.minSimilarity).similarity >= WEIGHTS.minSimilarity;
  }

  /**
   * True when a when-question's sentence gives points in time only in clauses that hold none of the
   * question's words apart from its names, in any form or by a word close in meaning: "a violin
   * maker who inspected the Lark on Tuesday" dates an inspection, not the making of the violin, and
   * "the company, which Veltman Foods bought in 2019" a purchase, not what Veltman did next.
   */
  private datesOnlyOthers(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const { shape, terms } = needs;
    if (shape.answerType !== "date" || shape.measure !== undefined) return false;
    const clauses = (indexed.datedClauses ??= datedClauseKeysOf(indexed.sentence.text, termKey));
    if (clauses.length === 0) return false;
    const asked = terms.flatMap((term, at) => (term.isName ? [] : [{ term, similarities: needs.similarities[at] ?? new Map<number, number>() }]));
    return !clauses.some((keys) => {
      const clause = keys.flatMap((key) => this.termOf(key) ?? []);
      return asked.some(({ term, similarities }) => this.meansAnyOf(term, clause, similarities));
    });
  }

  /**
   * True when every age a sentence gives is set beside a name the question does not give
   * ("Okonedo, a 41-year-old former governor, beat Mayor Gerald Tansley" tells no age of Tansley), or
   * beside any name where the question asks a thing's age ("Tower captain Derek Shallcross, 68, has
   * rung the bells" tells no age of a bell).
   */
  private agesOnlyOthers(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    if (!needs.agesNamed && !needs.agesThing) return false;
    const holders = (indexed.ageHolders ??= ageHoldersOf(indexed.sentence.text));
    if (needs.agesThing) return holders.length > 0 && holders.every((holder) => holder !== undefined);
    // A name the question gives may be typed with a slip ("Novacova"): its variants hold the text's spelling.
    const given = (holder: string) => {
      const id = this.termOf(termKey(normalizeText(holder)));
      return needs.terms.some((term) => term.isName && term.variants.some((variant) => variant.term === id));
    };
    return holders.length > 0 && holders.every((holder) => holder !== undefined && !given(holder));
  }

  /**
   * True when a sentence tells the age of a thing a how-old question asks about by the year it dates
   * from, in centuries or decades or in millions of years (see ageOfThingAt): not where the question
   * asks a person's or an animal's age. A name asked, which may be anyone's, comes before the age by
   * each of its words, as what it is told of ("The Wheatsheaf, which dates back to 1782, …"; not "A
   * feud dates back to 2019, when Tom Reeve moved in", nor "Pellow Brothers, which dates back to 1782"
   * for Gary Pellow), and not as an owner ("Biscuit's kennel is decades old").
   */
  private givesAgeOfThingAsked(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const aged = needs.agedOtherThanBeing;
    if (aged === undefined) return false;
    const at = ageOfThingAt(indexed.sentence.text);
    if (at < 0) return false;
    if (!aged.named) return true;
    const before = indexed.sentence.text.slice(0, at);
    const said = new Set(words(before).map(termKey));
    const owners = new Set([...before.matchAll(POSSESSIVE)].map(([, owner = ""]) => termKey(owner.toLowerCase())));
    return aged.keys.every((key) => said.has(key)) && !owners.has(aged.keys.at(-1) ?? "");
  }

  /**
   * True when a sentence's average ages are not of the many a how-old question asks of: of one
   * person or body ("how old is the orchestra?" of "The orchestra's 96 players have an average age
   * of 17", "how old is Mayor Tran?"), or of others ("how old are the doctors?" of the nurses').
   */
  private averagesOfOthers(needs: QuestionNeeds, indexed: IndexedSentence, unit: number): boolean {
    const many = needs.terms.find((term) => term.key === needs.agedMany);
    if (many === undefined) return true;
    // Said in the sentence, or by a broader word for them ("aircraft" for "planes"), not by a word
    // merely near in meaning ("nurses" for "doctors").
    const asked = lemmaOf(many.key);
    return this.variantsIn(many, unit).length === 0 && !words(indexed.sentence.text).some((word) => this.thesaurus.namesKindOf(asked, lemmaOf(word)));
  }

  /** True when every clause of the sentence that gives a point in time tells of the past (see datedClauseTimesOf). */
  private datesOnlyPast(indexed: IndexedSentence): boolean {
    const times = (indexed.datedTimes ??= datedClauseTimesOf(indexed.sentence.text));
    return times.length > 0 && times.every((time) => time === "past");
  }

  /**
   * True when a sentence dates nothing still to come and tells no time ahead in words (see
   * tellsTimeAhead): a past date beside one ("told reporters on Tuesday that talks would begin
   * within weeks") hides no time ahead.
   */
  private tellsNoTimeAhead(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const times = (indexed.datedTimes ??= datedClauseTimesOf(indexed.sentence.text));
    if (times.length > 0 && !this.datesOnlyPast(indexed)) return this.putsOffOtherThanAsked(needs, indexed);
    return !(indexed.tellsTimeAhead ??= tellsTimeAhead(indexed.sentence.text)) || !this.tellsEventAhead(needs, indexed);
  }

  /**
   * True when a sentence puts off until a time only things the question does not name, and tells
   * nothing else still to come: "The league put back his disciplinary hearing until 2 May, meaning
   * he can play in the final" tells no time for the final; "has delayed its vote on the bypass until
   * 19 November" one for the vote, and "…, and the women's final will go ahead on 11 May" one of its own.
   */
  private putsOffOtherThanAsked(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const things = (indexed.thingsPutOff ??= thingsPutOffIn(indexed.sentence.text));
    if (things.length === 0 || (indexed.verbsAhead ??= verbsAheadOf(indexed.sentence.text)).length > 0) return false;
    return !needs.terms.some((term) => !term.isName && things.some((thing) => meansDeedWord(term, termKey(thing), (word) => this.termOf(word))));
  }

  /**
   * False when a sentence tells as still to come only deeds other than the one a when-question
   * asks: "investigators will soon examine the sprinklers" gives no time for replacing them. A light
   * verb asked ("when will she go to Japan?") is told by others ("will take a honeymoon in Japan").
   */
  private tellsEventAhead(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const event = needs.terms.find((term) => term.key === needs.deedAhead);
    if (event === undefined || isLightVerb(event.key)) return true;
    const verbs = (indexed.verbsAhead ??= verbsAheadOf(indexed.sentence.text));
    return verbs.length === 0 || verbs.some((verb) => meansDeedWord(event, termKey(verb), (word) => this.termOf(word)));
  }

  /**
   * The ranking factor for a sentence answering a yes-no question about what is to come: a bonus
   * for telling something still to come, and another when what it tells ahead is a word of the
   * question or close to one ("the museum would not appeal" for "will the museum appeal?").
   */
  private aheadBonus(needs: QuestionNeeds, indexed: IndexedSentence): number {
    const verbs = (indexed.verbsAhead ??= verbsAheadOf(indexed.sentence.text));
    if (verbs.length === 0) return 1;
    const keys = verbs.map((verb) => termKey(verb));
    const tellsAsked = needs.terms.some((term) => !term.isName && keys.some((key) => meansDeedWord(term, key, (word) => this.termOf(word))));
    return (1 + WEIGHTS.toldAhead) * (tellsAsked ? 1 + WEIGHTS.askedAhead : 1);
  }

  /** True when one of these terms is a variant of the question word or close to it in meaning. */
  private meansAnyOf(term: QueryTerm, ids: readonly number[], similarities: Map<number, number>): boolean {
    if (term.variants.some((variant) => ids.includes(variant.term))) return true;
    if (term.meanings.length === 0) return false;
    const pairs = ids.flatMap((id) => [id, 1]);
    return this.meanings.nearestInMeaning(term.meanings, pairs, similarities, WEIGHTS.minSimilarity).similarity >= WEIGHTS.minSimilarity;
  }

  /**
   * The share of the question's rarity-weighted words (or their variants, at their weight) that the
   * document holds anywhere: with many texts loaded, the one about what the question asks holds
   * most of it, while an unrelated text shares a word or two in one sentence.
   */
  private documentCoverage(needs: QuestionNeeds, document: SearchableDocument): number {
    const indexed = this.documentsById.get(document.id);
    if (!indexed) return 1;
    let coverage = needs.documentCoverages.get(indexed);
    if (coverage === undefined) {
      coverage = this.documentShare(needs.terms, indexed);
      needs.documentCoverages.set(indexed, coverage);
    }
    return coverage;
  }

  /** The share of the things a question names that a document holds anywhere (see SearchHit.documentCoverageOfThings). */
  private documentCoverageOfThings(needs: QuestionNeeds, document: SearchableDocument): number {
    const indexed = this.documentsById.get(document.id);
    if (!indexed || needs.thingTerms.length === 0) return 1;
    let coverage = needs.thingCoverages.get(indexed);
    if (coverage === undefined) {
      coverage = this.documentShare(needs.thingTerms.flatMap((at) => needs.terms[at] ?? []), indexed);
      needs.thingCoverages.set(indexed, coverage);
    }
    return coverage;
  }

  /** The rarity-weighted share of these question words (or their variants, at their weight) a document holds anywhere. */
  private documentShare(terms: readonly QueryTerm[], indexed: IndexedDocument): number {
    const held = this.documentTerms(indexed);
    let covered = 0;
    let total = 0;
    for (const term of terms) {
      let best = 0;
      for (const variant of this.variantsFor(term, indexed.document)) if (variant.weight > best && holdsSorted(held, variant.term)) best = variant.weight;
      covered += term.importance * best;
      total += term.importance;
    }
    return total === 0 ? 1 : covered / total;
  }

  /** The question's persons by role asked with no rank below them and picked from no kind (see QuestionNeeds.rolesUnranked). */
  private rolesUnranked(question: string, terms: readonly QueryTerm[], nameWords: ReadonlySet<string>): QuestionNeeds["rolesUnranked"] {
    const questionWords = words(question);
    if (questionWords.some(saysRankBelow)) return [];
    return terms.flatMap((term) => {
      // "Minister" in "the Russian Foreign Minister" is a role written as a title; "Hugo" (Victor Hugo's) is a name alone.
      if (term.roleTerms === undefined && (!this.thesaurus.namesPersonByRole(term.key) || this.thesaurus.isOnlyAName(term.key))) return [];
      // A role of two words ("chief_executive") stands where its last word does.
      const head = term.key.split("_").at(-1);
      const at = questionWords.findIndex((word) => termKey(word) === head);
      if (at < 0) return [];
      // A title ends its name ("Foreign Minister"): a word of one before another name word is a given name ("Victor Moses").
      if (term.isName && nameWords.has(questionWords[at + 1] ?? "")) return [];
      const asked = roleAsked(questionWords, at);
      return asked === "picked" ? [] : [{ term, anyVariant: asked === "top" }];
    });
  }

  /** True when the sentence holds a person by role the question asks only with a rank below it ("deputy foreign minister" for "the foreign minister"). */
  private saysRoleOnlyRankedBelow(needs: QuestionNeeds, indexed: IndexedSentence, unit: number): boolean {
    // The sentence's words are read only when it holds a role asked: most candidates hold none.
    let sentenceWords: string[] | undefined;
    return needs.rolesUnranked.some(({ term, anyVariant }) => {
      const held = new Set(this.variantsIn(term, unit, anyVariant ? 0 : OWN_FORM_WEIGHT));
      if (held.size === 0) return false;
      // Asked as the top of its kind, any word may stand between ("deputy foreign minister" is no top
      // diplomat); asked as an office, only a word of its title the question says ("the foreign minister").
      const mayStandBetween = (word: string) => anyVariant || needs.questionKeys.has(termKey(word));
      sentenceWords ??= words(indexed.sentence.text);
      return saysOnlyRankedBelow(sentenceWords, (word) => held.has(this.termOf(termKey(word)) ?? -1), mayStandBetween);
    });
  }

  /**
   * True when the question gives a name that the knowledge base holds as typed but this whole
   * document never says, in any form sure enough to stand for it: the document is about something else.
   */
  private lacksNameAsked(needs: QuestionNeeds, document: SearchableDocument): boolean {
    const indexed = this.documentsById.get(document.id);
    if (!indexed) return false;
    let lacks = needs.documentsLackingName.get(indexed);
    if (lacks === undefined) {
      const held = this.documentTerms(indexed);
      lacks = needs.terms.some(
        (term) =>
          term.isName &&
          term.variants.some((variant) => variant.weight === 1) &&
          !this.variantsFor(term, document).some((variant) => variant.weight >= WEIGHTS.sureCover && holdsSorted(held, variant.term)),
      );
      needs.documentsLackingName.set(indexed, lacks);
    }
    return lacks;
  }

  /**
   * A question word's variants in a document: with the synonyms of its derived forms when the
   * document never uses the word itself (see QueryTerm.variantsWhereAbsent).
   */
  private variantsFor(term: QueryTerm, document: SearchableDocument): readonly TermVariant[] {
    if (term.variantsWhereAbsent === term.variants || term.own === undefined) return term.variants;
    const indexed = this.documentsById.get(document.id);
    return !indexed || holdsSorted(this.documentTerms(indexed), term.own) ? term.variants : term.variantsWhereAbsent;
  }

  /**
   * True when the document mentions what a how-much question's payer paid for: by a word sure to
   * cover it, by a kind of it ("signing a goalkeeper" for "players", "the cottage" for "the house"),
   * or by a noun the question puts before it ("resurfacing roads" for "road repairs").
   */
  private mentionsPaidFor(needs: QuestionNeeds, paidFor: QueryTerm, document: SearchableDocument): boolean {
    if (this.holdsVariant(paidFor, document, WEIGHTS.sureCover)) return true;
    const modifiers = (needs.shape.paidForModifiers ?? []).flatMap((word) => needs.terms.find((term) => term.key === termKey(word)) ?? []);
    if (modifiers.some((term) => this.holdsVariant(term, document, WEIGHTS.sureCover))) return true;
    return !paidFor.isName && this.lemmasOf(document).some((lemma) => lemma !== paidFor.key && this.thesaurus.namesKindOf(lemma, paidFor.key));
  }

  /** The distinct lemmas of a document's words, read once. */
  private lemmasOf(document: SearchableDocument): readonly string[] {
    let lemmas = this.documentLemmas.get(document);
    if (!lemmas) {
      lemmas = [...new Set(document.sentences.flatMap((sentence) => words(sentence.text).map(lemmaOf)))];
      this.documentLemmas.set(document, lemmas);
    }
    return lemmas;
  }

  /** True when the document holds a variant of the question word of at least a weight (its own forms weigh 1) somewhere. */
  private holdsVariant(term: QueryTerm, document: SearchableDocument, minWeight: number): boolean {
    const indexed = this.documentsById.get(document.id);
    if (!indexed) return false;
    const held = this.documentTerms(indexed);
    return term.variants.some((variant) => variant.weight >= minWeight && holdsSorted(held, variant.term));
  }

  /**
   * True when the document tells the question's event somewhere: in the verb's own word, a noun
   * naming its act ("a release" for "freed") or a synonym's own form in the verb's sense ("lie in
   * ruins" for "destroyed"), in any part of speech; or in another synonym of at least a weight said
   * as a verb. "The project" tells no votes "cast", though "project" is a sense of the verb. Not in
   * its headline alone ("Sportive route signs tampered with"), which tells in a word what the body's
   * sentences tell in their own ("nine direction arrows had been turned around or taken down").
   */
  private tellsEventAnywhere(needs: QuestionNeeds, term: QueryTerm, document: SearchableDocument, minWeight: number): boolean {
    const indexed = this.documentsById.get(document.id);
    if (!indexed) return false;
    const held = this.documentTerms(indexed);
    const ownForms: number[] = [];
    const synonyms: number[] = [];
    for (const variant of term.variants) {
      if (variant.weight < minWeight || !holdsSorted(held, variant.term)) continue;
      (variant.weight === OWN_FORM_WEIGHT || needs.countedEventForms.has(variant.term) ? ownForms : synonyms).push(variant.term);
    }
    // Most documents hold none: their sentences are not gone through.
    if (ownForms.length === 0 && synonyms.length === 0) return false;
    const body = Array.from(indexed.sentenceUnits).filter((unit) => this.sentences[unit]?.sentence.paragraph !== 0);
    if (body.some((unit) => this.holdsAnyTerm(ownForms, unit))) return true;
    for (const unit of synonyms.length === 0 ? [] : body) {
      if (!this.holdsAnyTerm(synonyms, unit)) continue;
      const { texts, partsOfSpeech } = tagged(this.sentences[unit]?.sentence.text ?? "");
      if (texts.some((text, at) => VERBS.has(partsOfSpeech[at] ?? "") && synonyms.includes(this.termOf(termKey(text)) ?? -1))) return true;
    }
    return false;
  }

  /** True when the sentence's perfect going on since a time ("has been meeting … since 2006") is of a verb the question asks about, not of starting. */
  private tellsStartOfAsked(needs: QuestionNeeds, indexed: IndexedSentence): boolean {
    const verb = verbGoingOnSince(indexed.sentence.text);
    const id = verb === undefined ? undefined : this.termOf(termKey(verb));
    return id !== undefined && needs.terms.some((term) => !term.isName && !term.isFraming && !STARTING_WORDS.has(term.key) && term.variants.some((variant) => variant.term === id));
  }

  /** True when a verb of the sentence multiplies an amount: "demand had doubled", not "the booth doubled as a shelter". */
  private multipliesAmount(indexed: IndexedSentence): boolean {
    const { texts, partsOfSpeech } = tagged(indexed.sentence.text);
    return texts.some((text, at) => VERBS.has(partsOfSpeech[at] ?? "") && texts[at + 1] !== "as" && this.thesaurus.multipliesAmount(lemmaOf(text.toLowerCase())));
  }

  /** True when a name the question gives is in this sentence of the document and in no other. */
  private onlyNamedAt(terms: readonly QueryTerm[], unit: number, document: SearchableDocument): boolean {
    return terms.some((term) => term.isName && this.saidOnlyAt(term, unit, document));
  }

  /** True when a name the question gives is not surely in the sentence but its document says it as typed, or in its other spelling. */
  private lacksNameOfDocument(terms: readonly QueryTerm[], covers: readonly number[], document: SearchableDocument): boolean {
    const indexed = this.documentsById.get(document.id);
    if (!indexed) return false;
    const held = this.documentTerms(indexed);
    return terms.some((term, at) => term.isName && (covers[at] ?? 0) < WEIGHTS.sureCover && term.variants.some((variant) => variant.weight === 1 && holdsSorted(held, variant.term)));
  }

  /** True when a word the question asks (not a name) is in this sentence of the document and in no other. */
  private onlyAskedAt(terms: readonly QueryTerm[], unit: number, document: SearchableDocument): boolean {
    return terms.some((term) => !term.isName && !term.isFraming && this.saidOnlyAt(term, unit, document));
  }

  /** True when a name of the question is one the dictionary knows ("Australia") and its document says it in this sentence alone. */
  private mentionsInPassing(name: QueryTerm, unit: number, document: SearchableDocument): boolean {
    return this.thesaurus.knows(name.key) && this.saidOnlyAt(name, unit, document);
  }

  /** True when the question word, as typed or in its other spelling, is in this sentence of the document and in no other. */
  private saidOnlyAt(term: QueryTerm, unit: number, document: SearchableDocument): boolean {
    if (!this.holdsAsTyped(term, unit)) return false;
    for (const other of this.documentsById.get(document.id)?.sentenceUnits ?? []) if (other !== unit && this.holdsAsTyped(term, other)) return false;
    return true;
  }

  /** The covers of the question's words with each name its article is about (see isSubjectOf) counted as held. */
  private withArticleSubjects(terms: readonly QueryTerm[], covers: readonly number[], document: SearchableDocument): number[] {
    return terms.map((term, at) => ((covers[at] ?? 0) === 0 && term.isName && this.isSubjectOf(term, document, terms) ? 1 : (covers[at] ?? 0)));
  }

  /**
   * True when a document says the question's name as typed, or the surname it is the given name of
   * (see surnameOfGivenName), in ARTICLE_SUBJECT_SENTENCES of its sentences or more.
   */
  private isSubjectOf(term: QueryTerm, document: SearchableDocument, terms: readonly QueryTerm[]): boolean {
    if (!this.holdsVariant(term, document, 1)) return false;
    const surname = this.surnameOfGivenName(term, document, terms);
    const surnameTerm = surname === undefined ? undefined : this.termOf(termKey(surname));
    const saysSurname = (unit: number) => surnameTerm !== undefined && this.sentenceIndex.frequency(surnameTerm, unit) > 0;
    let saying = 0;
    for (const unit of this.documentsById.get(document.id)?.sentenceUnits ?? []) if ((this.holdsAsTyped(term, unit) || saysSurname(unit)) && ++saying >= ARTICLE_SUBJECT_SENTENCES) return true;
    return false;
  }

  /**
   * The surname of the one person an article names in full with a given name of the question, then
   * by that surname ("Derek Mabbutt", "Mr Mabbutt"), if it names one so: not a surname it gives with
   * another given name too (a wife's, a brother's), nor a given name it gives with several surnames,
   * nor where the question names someone the article does not ("Walter Dunn" is no Walter Prentice).
   */
  private surnameOfGivenName(term: QueryTerm, document: SearchableDocument, terms: readonly QueryTerm[]): string | undefined {
    const { surnamesByGivenName } = this.peopleIn(document);
    const [surname, ...others] = surnamesByGivenName.get(term.key) ?? [];
    if (surname === undefined || others.length > 0 || terms.some((other) => other.isName && !this.holdsVariant(other, document, 1))) return undefined;
    const shared = [...surnamesByGivenName].some(([given, theirs]) => given !== term.key && theirs.has(surname));
    return shared ? undefined : surname;
  }

  /** True when a sentence holds the question word as typed, or in its other spelling. */
  private holdsAsTyped(term: QueryTerm, unit: number): boolean {
    return term.variants.some((variant) => variant.weight === 1 && this.sentenceIndex.frequency(variant.term, unit) > 0);
  }

  /**
   * The share of what the question asks (its words apart from names and framing words) that a
   * sentence does not surely hold but its document holds as typed, or in its other spelling. Not the
   * noun a sum is asked of where the sentence gives a sum: "How much money is the theatre trying to
   * raise?" is answered by "an appeal to raise £95,000", whatever other sentence says "money".
   */
  private toldElsewhereShare(needs: QuestionNeeds, covers: readonly number[], unit: number, document: SearchableDocument, givesSum: boolean): number {
    const indexed = this.documentsById.get(document.id);
    if (!indexed || needs.askedImportance === 0) return 0;
    const held = this.documentTerms(indexed);
    let missed = 0;
    needs.terms.forEach((term, at) => {
      if (term.isName || term.isFraming || (covers[at] ?? 0) >= WEIGHTS.sureCover || (givesSum && term.key === needs.counted)) return;
      const own = term.variants.filter((variant) => variant.weight === 1 && holdsSorted(held, variant.term));
      if (own.length > 0 && this.toldWithAnswer(needs, own, unit, indexed.sentenceUnits)) missed += term.importance;
    });
    return missed / needs.askedImportance;
  }

  /**
   * The share of the question's names that a sentence does not surely hold but its document holds as
   * typed, or in its other spelling, where the sentence gives another of the question's names ("the
   * main reservoir" for "Kelder Reservoir": it may tell of another) or another sentence gives the name
   * with a word the question asks or the kind of answer it wants (see namedWithAsked); none when the
   * sentence stands for a person the question names ("A former beekeeper was sentenced…" for the Ray
   * Tollan named next).
   */
  private namesElsewhereShare(needs: QuestionNeeds, covers: readonly number[], sentence: IndexedSentence, unit: number): number {
    const document = this.documentsById.get(sentence.document.id);
    if (!document) return 0;
    const names = needs.terms.filter((term) => term.isName);
    if (names.some((term) => term.variants.some((variant) => sentence.personTerms.includes(variant.term)))) return 0;
    const held = this.documentTerms(document);
    const holdsName = needs.terms.some((term, at) => term.isName && (covers[at] ?? 0) >= WEIGHTS.sureCover);
    let missed = 0;
    let all = 0;
    needs.terms.forEach((term, at) => {
      if (!term.isName) return;
      all += term.importance;
      if ((covers[at] ?? 0) >= WEIGHTS.sureCover) return;
      const own = term.variants.filter((variant) => variant.weight === 1 && holdsSorted(held, variant.term));
      if (own.length > 0 && (holdsName || this.namedWithAsked(needs, own, unit, document.sentenceUnits))) missed += term.importance;
    });
    return all === 0 ? 0 : missed / all;
  }

  /**
   * True when a sentence other than this one names what these variants stand for and says a word the
   * question asks, or gives the kind of answer it wants: "What did the fire at the Reyes farm
   * destroy?" asks no detail of "The farmer, Tom Reyes, said he was devastated", while "What level is
   * Kelder Reservoir at?" asks the one of "Kelder Reservoir… was at 38 per cent".
   */
  private namedWithAsked(needs: QuestionNeeds, names: readonly TermVariant[], unit: number, units: Iterable<number>): boolean {
    const { answerType, measure } = needs.shape;
    const asked = needs.terms.filter((term) => !term.isName && !term.isFraming);
    const typed = measure !== undefined || TYPES_A_SENTENCE_HOLDS.has(answerType);
    for (const other of units) {
      if (other === unit || !names.some((variant) => this.sentenceIndex.frequency(variant.term, other) > 0)) continue;
      if (asked.some((term) => term.variants.some((variant) => variant.weight === 1 && this.sentenceIndex.frequency(variant.term, other) > 0))) return true;
      const indexed = this.sentences[other];
      if (typed && indexed && satisfies(this.traitsAskedOf(needs, indexed), answerType, needs.questionKeys, measure)) return true;
    }
    return false;
  }

  /**
   * True when the word these variants stand for asks a detail told in another sentence of the
   * document: for a question asking a number or a name that this sentence gives, only another
   * sentence saying the word and giving that kind of answer tells it. "How much did Brightfield
   * pay?" asks no detail of "…will stay on as a paid adviser", which gives no sum.
   */
  private toldWithAnswer(needs: QuestionNeeds, variants: readonly TermVariant[], unit: number, units: Iterable<number>): boolean {
    const { answerType, measure } = needs.shape;
    const gives = (at: number): boolean => {
      const indexed = this.sentences[at];
      if (!indexed) return false;
      const traits = this.traitsAskedOf(needs, indexed);
      return satisfies(traits, answerType, needs.questionKeys, measure) && (!needs.asksForSum || traits.sum);
    };
    if ((measure === undefined && !TYPES_A_SENTENCE_HOLDS.has(answerType)) || !gives(unit)) return true;
    for (const other of units) {
      if (other !== unit && variants.some((variant) => this.sentenceIndex.frequency(variant.term, other) > 0) && gives(other)) return true;
    }
    return false;
  }

  /**
   * True when the question asks about a kind of person ("the transport minister") that neither the
   * sentence (by a word of close meaning) nor anything in its article mentions: the article reports
   * nothing that person did or said.
   */
  private missesPerson(needs: QuestionNeeds, covers: readonly number[], document: SearchableDocument): boolean {
    const indexed = this.documentsById.get(document.id);
    if (!indexed) return false;
    return needs.terms.some((term, at) => {
      const kinds = term.roleTerms;
      // "What does the writer say…?" asks the voice of a column or an essay, which no sentence names.
      if (kinds === undefined || (covers[at] ?? 0) > 0 || (TEXT_WRITERS.has(term.key) && this.writesInFirstPerson(document))) return false;
      // "the guesthouse owner" is the person the sentence says runs a guesthouse.
      if (term.roleObject !== undefined && (covers[needs.terms.findIndex((other) => other.key === term.roleObject)] ?? 0) >= 1) return false;
      // "Kestrel Coaches boss Neil Trethewey" is Trethewey, whom the sentence names, whatever the article calls his post.
      const named = needs.titlesOfNames.size === 0 ? -1 : needs.terms.findIndex((other) => other.isName && needs.titlesOfNames.get(other.key) === term.key);
      if (named >= 0 && (covers[named] ?? 0) >= 1) return false;
      const held = this.documentTerms(indexed);
      return !kinds.some((id) => holdsSorted(held, id));
    });
  }

  /** The key of the head of a phrase holding a name after a how-many question's counted noun and "of", if any (see QuestionNeeds.countedWhole). */
  private countedWholeIn(shape: QuestionShape, question: string, terms: readonly QueryTerm[]): string | undefined {
    if (shape.countedWord === undefined || shape.asksHowMuch) return undefined;
    const after = new RegExp(`\\b${shape.countedWord}\\s+of\\s+(?:the\\s+)?(.*)$`, "i").exec(question)?.[1] ?? "";
    // The noun phrase holding a name is counted by its head: "250,000 Wayfarer's Almanacs", "60,000
    // Halcyon Pro toasters".
    const { texts, partsOfSpeech } = tagged(after);
    const isName = (word: string) => terms.some((term) => term.isName && term.key === termKey(word));
    let end = 0;
    while (end < texts.length && (NOUNS.has(partsOfSpeech[end] ?? "") || isName(texts[end] ?? "") || (partsOfSpeech[end] === "PART" && end > 0))) end++;
    const phrase = texts.slice(0, end).filter((_, at) => partsOfSpeech[at] !== "PART");
    const namesOne = phrase.some(isName);
    const head = phrase.at(-1);
    return namesOne && head !== undefined ? termKey(head) : undefined;
  }

  /** True when a sentence gives the thing a measure is asked of right before a figure in a unit (see valueBesideMeasured): a sign, or a word whose commonest sense is one. */
  private givesValueBesideMeasured(needs: QuestionNeeds, text: string): boolean {
    if (needs.measuredBesideValue === undefined) return false;
    return [...text.matchAll(needs.measuredBesideValue)].some(({ 1: unit = "" }) => unit === "%" || (!isStopWord(unit.toLowerCase()) && this.thesaurus.namesUnit(lemmaOf(unit.toLowerCase()))));
  }

  /** A document's distinct term ids, sorted: read from its paragraphs once, kept while it is indexed. */
  private documentTerms(indexed: IndexedDocument): Int32Array {
    let terms = this.documentTermCache.get(indexed);
    if (!terms) {
      terms = distinctTerms(Array.from(indexed.paragraphUnits, (unit) => this.paragraphIndex.termsOf(unit)));
      this.documentTermCache.set(indexed, terms);
    }
    return terms;
  }

  /** True when a word that introduces a name ("vessel", "passenger steamship") means what the question asks ("boat", "ship"). */
  private rolesMeanAsked(needs: QuestionNeeds, roleKeys: readonly string[]): boolean {
    return needs.terms.some((term, at) => {
      if (term.isName || NAMING_WORDS.has(term.key) || term.meanings.length === 0) return false;
      // "Ferrow's sister, Miriam Ferrow," names no mother: kin near in meaning are other people.
      const pairs = roleKeys.flatMap((key) => {
        const role = this.termOf(key);
        return role === undefined || this.thesaurus.namesOtherKin(key, term.key) ? [] : [role, 1];
      });
      return this.meanings.nearestInMeaning(term.meanings, pairs, needs.similarities[at] ?? new Map(), WEIGHTS.minSimilarity).similarity >= WEIGHTS.minSimilarity;
    });
  }

  /**
   * True when a sentence is the first of its document's body to say who someone the question names
   * is ("Marzook" of "who is Marzook, what's his role in Hamas?"): news says so where it first
   * describes them ("Mousa Abu Marzook, a founder and political leader of Hamas, headed…") and calls
   * them by surname after. A headline names without saying who, and so may a quotation's "said Nadia
   * Ferrow" before "Ferrow, who chairs the families' association, …".
   */
  private introducesAsked(needs: QuestionNeeds, unit: number, document: SearchableDocument): boolean {
    const indexed = this.documentsById.get(document.id);
    if (indexed === undefined) return false;
    if (!needs.introductions.has(indexed)) needs.introductions.set(indexed, this.introductionOf(needs, indexed));
    return needs.introductions.get(indexed) === unit;
  }

  /** The first sentence of a document's body that says who someone the question names is (see introducesName), if any. */
  private introductionOf(needs: QuestionNeeds, document: IndexedDocument): number | undefined {
    const names = needs.terms.filter((term) => term.isName).map((term) => term.key);
    if (names.length === 0) return undefined;
    const isRole = (word: string) => this.thesaurus.namesPersonByRole(lemmaOf(word));
    for (const unit of document.sentenceUnits) {
      const indexed = this.sentences[unit];
      if (indexed !== undefined && indexed.sentence.paragraph > 0 && names.some((name) => introducesName(indexed.sentence.text, name, isRole))) return unit;
    }
    return undefined;
  }

  /** True when a question word is a name: written as one, or known to the dictionary only as one ("putin", "hamas"). */
  private isNameAsked(needs: QuestionNeeds, term: QueryTerm): boolean {
    let isName = needs.namesByTerm.get(term);
    if (isName === undefined) {
      isName = term.isName || this.thesaurus.namesOnlyInstances(term.key);
      needs.namesByTerm.set(term, isName);
    }
    return isName;
  }

  /**
   * True when a sentence speaks of what a question's name goes with by its noun alone ("the trial"
   * for "the Ostlander trial", "the plant" for "the Ashcombe plant") in an article that says the name
   * with the noun or goes on about it: news names a thing in full once, then by its noun with "the".
   */
  private describesNameBy(needs: QuestionNeeds, term: QueryTerm, indexed: IndexedSentence, unit: number): boolean {
    const head = term.isName ? needs.headsOfNames.get(term.key) : undefined;
    if (head === undefined || !head.ids.some((id) => this.sentenceIndex.frequency(id, unit) > 0)) return false;
    if (!saysDefinitely(indexed.sentence.text, (key) => head.ids.includes(this.termOf(key) ?? -1))) return false;
    const document = this.documentsById.get(indexed.document.id);
    const own = term.own;
    if (document === undefined || own === undefined || !holdsSorted(this.documentTerms(document), own)) return false;
    // The name goes with the noun where some sentence says both ("the plant in Ashcombe"), or it is
    // one the article goes on about; a name said once in passing ("a holiday in Dubai") owns no "the
    // trial". Said with the name, the noun is the question's own: "ran a bakery in Dubai" is no trial.
    // A name brought in with a description beside it in the opening paragraphs ("TerraFix, a
    // subscription network…") is one the article goes on about, though said once.
    const headOwn = head.term?.own;
    let saying = 0;
    for (const other of document.sentenceUnits) {
      if (this.sentenceIndex.frequency(own, other) === 0) continue;
      if ((headOwn !== undefined && this.sentenceIndex.frequency(headOwn, other) > 0) || ++saying >= NAME_TOLD_ABOUT_SENTENCES) return true;
      const { text, paragraph } = this.sentences[other]?.sentence ?? { text: "", paragraph: 0 };
      if (paragraph <= INTRODUCTION_PARAGRAPHS && introducesThing(text, term.key)) return true;
    }
    return false;
  }

  /**
   * True, for a sentence opening with "It" (see OPENS_WITH_IT), when the word asked is the lede's: "It
   * would be the first routine medical drone service in the country" goes on about the service the
   * article opened with, however far on. Not after a sentence of its paragraph bringing in something
   * new, which "It" may stand for ("…a company based in Bristol. It employs 85 people").
   */
  private ledeStandsFor(term: QueryTerm, indexed: IndexedSentence): boolean {
    if (term.own === undefined) return false;
    const before = indexed.antecedentUnit === undefined ? undefined : this.sentences[indexed.antecedentUnit]?.sentence.text;
    if (before !== undefined && BRINGS_IN_THING.test(before)) return false;
    for (const unit of this.documentsById.get(indexed.document.id)?.sentenceUnits ?? []) {
      const sentence = this.sentences[unit]?.sentence;
      if (sentence !== undefined && isLede(sentence)) return this.sentenceIndex.frequency(term.own, unit) > 0;
    }
    return false;
  }

  /**
   * True when a sentence opening with "It" or "Each one" stands for a thing the question names ("It
   * cost £38,500" of "How much did the swift tower cost?"): the one the sentence before says, or, for
   * "It" where that one brings in nothing new ("The timber and steel structure… was lifted into
   * place"), the one its lede tells of.
   */
  private itStandsFor(term: QueryTerm, indexed: IndexedSentence): boolean {
    const text = indexed.sentence.text;
    if (!OPENS_WITH_THING.test(text)) return false;
    const before = indexed.antecedentUnit;
    if (before !== undefined && this.variantsIn(term, before, WEIGHTS.sureCover).length > 0) return true;
    // "Each one" stands for things the sentence before counts ("bought three new ovens"), never the lede's.
    return OPENS_WITH_IT.test(text) && this.ledeStandsFor(term, indexed);
  }

  /** The noun after each name of the question, with the terms that say it: its own and its synonyms ("the chip" for "Horace's microchip"). */
  private nameHeadsOf(question: string, shape: QuestionShape, terms: readonly QueryTerm[]): Map<string, NameHead> {
    const heads = new Map<string, NameHead>();
    for (const [name, keys] of headsOfNames(question, shape.nameWords)) {
      const headTerms = keys.flatMap((key) => terms.find((candidate) => candidate.key === key) ?? []);
      const ids = headTerms.flatMap((term) => term.variants.filter((variant) => variant.weight >= WEIGHTS.synonymOfHead).map((variant) => variant.term));
      // The compound's head is the noun the name is said with ("the Beaverton school board" is a board).
      heads.set(name, { term: headTerms.at(-1), ids });
    }
    return heads;
  }

  /** False when a name the question gives is not in or around the sentence (see holdsNames). */
  private namesHeld(terms: readonly QueryTerm[], covers: readonly number[], indexed: IndexedSentence, unit: number): boolean {
    const before = unit - 1;
    const opensOnBefore = indexed.antecedentUnit === undefined && this.sentences[before]?.document === indexed.document;
    return holdsNames(terms, covers, indexed.sentence.text, opensOnBefore ? (term) => term.variants.some((variant) => this.sentenceIndex.frequency(variant.term, before) > 0) : undefined);
  }

  /** Loads a candidate's term frequencies: its own, its paragraph's, its antecedent's, its title's. */
  private loadFrequencies(indexed: IndexedSentence, unit: number): void {
    const headline = indexed.sentence.paragraph === 0;
    this.frequencies.sentence.load(this.sentenceIndex.termsOf(unit));
    // The headline is its own paragraph and the title: no context beyond itself.
    this.frequencies.paragraph.load(headline ? NO_PAIRS : this.paragraphIndex.termsOf(indexed.paragraphUnit));
    this.frequencies.title.load(headline ? NO_PAIRS : this.titleIndex.termsOf(indexed.titleUnit));
    this.frequencies.antecedent.load(
      indexed.antecedentUnit === undefined ? NO_PAIRS : this.sentenceIndex.termsOf(indexed.antecedentUnit),
    );
    this.frequencies.pronounAntecedent = (indexed.hasPronounSubject ??= hasPronounSubject(indexed.sentence.text)) ? indexed.antecedentUnit : undefined;
  }

  /**
   * How well the loaded candidate answers one question word: the best of the word's variants, in
   * the sentence or around it, else a sentence word of the same meaning. Score is BM25-like; cover
   * is how fully the word is there (1 in the sentence itself); inSentence says whether the sentence
   * (or the one its pronoun refers to) holds it, not just its paragraph or title.
   */
  private matchTerm(term: QueryTerm, indexed: IndexedSentence, unit: number, similarities: Map<number, number>, isEvent = false) {
    const { sentence, paragraph, title, antecedent } = this.frequencies;
    let score = 0;
    let cover = 0;
    let inSentenceOrAntecedent = false;
    const antecedentPersons = indexed.antecedentUnit === undefined ? NO_PERSONS : (this.sentences[indexed.antecedentUnit]?.personTerms ?? NO_PERSONS);
    const antecedentDescribing = indexed.antecedentUnit === undefined ? NO_PERSONS : (this.sentences[indexed.antecedentUnit]?.describingTerms ?? NO_PERSONS);
    // "It has 28 days to lodge one": the pronoun is the subject of the sentence before ("The chain
    // said it…"), whose words count as the sentence's own, as a name does.
    const { pronounAntecedent } = this.frequencies;
    // An "it" cannot stand for a person or a group the sentence before opens with ("The new managing
    // director said the first priority would be replacing a lacquering line. It is expected to cost…"):
    // it stands for a thing that sentence tells of, any of its words.
    const standsForThingTold = pronounAntecedent !== undefined && hasThingPronounSubject(indexed.sentence.text) && this.opensWithPersonOrGroup(pronounAntecedent);
    // A pronoun stands for a thing or a person, never for the event asked: "It admitted its first girls
    // in 1976" after "The school was founded in 1850" tells no founding.
    // Inline, not a named arrow: tsx names every such closure it makes (a defineProperty), per candidate here.
    const standsForAntecedent =
      !isEvent &&
      pronounAntecedent !== undefined &&
      term.variants.some((variant) => variant.weight === 1 && antecedent.get(variant.term) > 0 && (standsForThingTold || this.openingSubjectOf(pronounAntecedent).includes(variant.term)));
    const fromAntecedent = term.isName || standsForAntecedent ? NAME_FROM_ANTECEDENT : WORD_FROM_ANTECEDENT;
    for (const { term: id, weight, idf } of this.variantsFor(term, indexed.document)) {
      const inSentence = this.sentenceIndex.saturate(sentence.get(id), unit);
      const inParagraph = this.paragraphIndex.saturate(paragraph.get(id), indexed.paragraphUnit);
      const inTitle = this.titleIndex.saturate(title.get(id), indexed.titleUnit);
      // The person a "she" stands for, named sentences or paragraphs before, counts as named in the
      // sentence before; so does the person the sentence before's "he" stands for, when this one goes
      // on from it ("…,” he said. “At the moment, all we can show them is a lemon.").
      const inAntecedent = Math.max(
        indexed.antecedentUnit === undefined ? 0 : this.sentenceIndex.saturate(antecedent.get(id), indexed.antecedentUnit),
        term.isName && (indexed.personTerms.includes(id) || antecedentPersons.includes(id)) ? this.sentenceIndex.saturate(1, unit) : 0,
      );
      // A word describing a person the sentence is about ("chair" for "…,” Ms Oyelaran said.").
      const inDescription = indexed.describingTerms.includes(id) || antecedentDescribing.includes(id) ? this.sentenceIndex.saturate(1, unit) : 0;
      const context = Math.max(WEIGHTS.paragraph * inParagraph, WEIGHTS.describing * inDescription, fromAntecedent.weight * inAntecedent);
      score = Math.max(score, weight * idf * (inSentence + context + WEIGHTS.title * inTitle));
      const where =
        inSentence > 0 ? 1
        : inAntecedent > 0 ? fromAntecedent.cover
        : inParagraph > 0 || inDescription > 0 || inTitle > 0 ? WEIGHTS.contextCoverage
        : 0;
      cover = Math.max(cover, weight * where);
      inSentenceOrAntecedent ||= inSentence > 0 || inAntecedent > 0;
    }
    // A word of the same meaning in the sentence ("farmers" for "growers"), when no form of the
    // question's own word is there.
    if (cover < 1 && term.meanings.length > 0) {
      const nearest = this.meanings.nearestInMeaning(term.meanings, this.sentenceIndex.termsOf(unit), similarities, WEIGHTS.minSimilarity);
      if (nearest.similarity >= WEIGHTS.minSimilarity) {
        const weight = WEIGHTS.similar * nearest.similarity;
        score = Math.max(score, weight * this.sentenceIndex.idf(nearest.term) * this.sentenceIndex.saturate(sentence.get(nearest.term), unit));
        cover = Math.max(cover, weight);
        inSentenceOrAntecedent = true;
      }
    }
    return { score, cover, inSentence: inSentenceOrAntecedent };
  }

  /**
   * The term ids of a sentence's opening words, looked up once per sentence, not per question; kept
   * only when every word has one, since a document added later may bring a word the index lacks.
   */
  private openingTermsOf(indexed: IndexedSentence, traits: AnswerTraits): readonly (number | undefined)[] {
    if (indexed.openingTerms) return indexed.openingTerms;
    const ids = traits.openingKeys.map((key) => this.termOf(key));
    if (ids.every((id) => id !== undefined)) indexed.openingTerms = ids;
    return ids;
  }

  /** The term ids of a sentence's opening subject (see subjectKeysOf), read once. */
  private openingSubjectOf(unit: number): readonly number[] {
    const indexed = this.sentences[unit];
    if (indexed === undefined) return NO_PERSONS;
    return (indexed.openingSubject ??= [...subjectKeysOf(indexed.sentence.text, termKey)].flatMap((key) => this.termOf(key) ?? []));
  }

  /** The opening subject of the sentence before, when a sentence's subject is a pronoun standing for it (see Reranking.continuationFirst). */
  private subjectBorrowed(unit: number): readonly number[] {
    const indexed = this.sentences[unit];
    const before = indexed?.antecedentUnit;
    if (indexed === undefined || before === undefined || !(indexed.hasPronounSubject ??= hasPronounSubject(indexed.sentence.text))) return NO_PERSONS;
    return this.openingSubjectOf(before);
  }

  /** True when a sentence's opening subject is a person or a group ("The new managing director, …", "The family"), read once. */
  private opensWithPersonOrGroup(unit: number): boolean {
    const indexed = this.sentences[unit];
    if (indexed === undefined) return false;
    return (indexed.opensWithPersonOrGroup ??= openingNounKeysOf(indexed.sentence.text, termKey).some((key) => this.thesaurus.namesPersonOrGroup(key)));
  }

  /**
   * True when a sentence unit comes before another in the store's order (their documents' ids, then
   * their order in the document), which a whole build numbers them in: a patched index breaks ties
   * between units as a whole build of the same documents does.
   */
  private precedes(first: number, unit: number): boolean {
    if (this.unitsInOrder) return first < unit;
    const firstDocument = this.sentences[first]?.document;
    const document = this.sentences[unit]?.document;
    return firstDocument === document || firstDocument === undefined || document === undefined ? first < unit : firstDocument.id < document.id;
  }

  /** The body sentence beside a unit in its document (a copy may carry another headline), if any. */
  private bodyNeighbour(unit: number, step: -1 | 1): number | undefined {
    const neighbour = this.sentences[unit + step];
    return neighbour !== undefined && neighbour.document === this.sentences[unit]?.document && neighbour.sentence.paragraph > 0 ? unit + step : undefined;
  }

  /**
   * The term id of an index key that an indexed document uses: not one only removed documents used,
   * which a whole build of those indexed now never met (a question's word would else find a term no
   * sentence holds where a whole build finds none).
   */
  private termOf(key: string): number | undefined {
    const term = this.terms.find(key);
    return term !== undefined && this.wordUses.holdsTerm(term) ? term : undefined;
  }

  /** The term ids of words of the document being indexed, noted as its own (see fileWords). */
  private termIds(words: readonly string[]): number[] {
    return words.map((word) => this.wordUses.use(word));
  }

  /**
   * The sentences worth scoring in full, in index order: the first pass's pick over the question's
   * words, or every sentence of the one document asked about.
   */
  private candidates(terms: readonly QueryTerm[], scope: Scope, documentId: string | undefined): number[] {
    // One article has few sentences: all of them are scored, common words or not.
    if (documentId !== undefined) {
      const units = this.documentsById.get(documentId)?.sentenceUnits;
      return units && this.sees(documentId, scope) ? Array.from(units) : [];
    }
    // The names as typed, which a sentence leaning on one that holds them shares (see FirstPass.candidates).
    const names = new Set(terms.flatMap((term) => (term.isName ? term.variants.filter((variant) => variant.weight === 1).map((variant) => variant.term) : [])));
    const units = this.firstPass.candidates(
      terms.flatMap((term) => term.variants),
      {
        sentenceIndex: this.sentenceIndex,
        paragraphIndex: this.paragraphIndex,
        paragraphSentences: this.paragraphSentences,
        titleIndex: this.titleIndex,
        titleSentences: this.titleSentences,
        sentenceCount: this.sentences.length,
        isVisible: (unit) => {
          const indexed = this.sentences[unit];
          return indexed !== undefined && isVisible(indexed.document.scope, scope);
        },
        copies: this.copies.marks,
        antecedentOf: (unit) => this.sentences[unit]?.antecedentUnit,
        precedes: (first, unit) => this.precedes(first, unit),
      },
      names,
    );
    return units.sort((a, b) => a - b);
  }

  /** True when some sentence or paragraph holds the word, or another of its lemma. */
  private isHeld(word: string): boolean {
    const term = this.termOf(termKey(word));
    return term !== undefined && this.holds(term);
  }

  /** True when one sentence holds both words, as first found. */
  private inOneSentence(first: string, second: string): boolean {
    const pair = first < second ? `${first} ${second}` : `${second} ${first}`;
    let together = this.heldTogether.get(pair);
    if (together === undefined) {
      together = this.sentenceHolds(first, second);
      // Starting over keeps memory bounded in a bot that runs for months.
      if (this.heldTogether.size >= MAX_KEPT_PAIRS) this.heldTogether.clear();
      this.heldTogether.set(pair, together);
    }
    return together;
  }

  /** True when one sentence holds both words, and passes the test if one is given, looked up in the index. */
  private sentenceHolds(first: string, second: string, passes: (unit: number) => boolean = () => true): boolean {
    const ids = [this.termOf(termKey(first)) ?? -1, this.termOf(termKey(second)) ?? -1];
    // The rarer word's sentences are walked: a given name ("john") may be in thousands.
    const [rarer = -1, other = -1] = this.sentenceIndex.postings(ids[0] ?? -1).length <= this.sentenceIndex.postings(ids[1] ?? -1).length ? ids : [ids[1], ids[0]];
    const postings = this.sentenceIndex.postings(rarer);
    for (let pair = 0; pair < postings.length; pair += 2) {
      const unit = postings[pair] ?? -1;
      if (this.sentenceIndex.frequency(other, unit) > 0 && passes(unit)) return true;
    }
    return false;
  }

  /** True when some sentence holding both words writes them one right after the other, by their lemmas (see HeldWords.inSequence), as first found. */
  private inSequence(first: string, second: string): boolean {
    const pair = `${first} ${second}`;
    let told = this.heldInSequence.get(pair);
    if (told === undefined) {
      const [firstLemma, secondLemma] = [lemmaOf(first), lemmaOf(second)];
      // Only the sentences holding both are read word by word.
      told = this.sentenceHolds(first, second, (unit) => {
        const said = words(this.sentences[unit]?.sentence.text ?? "").map(lemmaOf);
        return said.some((lemma, at) => lemma === firstLemma && said[at + 1] === secondLemma);
      });
      if (this.heldInSequence.size >= MAX_KEPT_PAIRS) this.heldInSequence.clear();
      this.heldInSequence.set(pair, told);
    }
    return told;
  }

  /**
   * True when one document holds the word and one of the others, or the word is in too many
   * paragraphs to tell (see MAX_CONTEXT_PARAGRAPHS).
   */
  private inOneDocument(word: string, others: readonly string[]): boolean {
    const term = this.termOf(termKey(word));
    if (term === undefined) return false;
    const otherTerms = others.flatMap((other) => this.termOf(termKey(other)) ?? []).filter((other) => other !== term);
    const paragraphs = this.paragraphIndex.postings(term);
    if (paragraphs.length / 2 > MAX_CONTEXT_PARAGRAPHS) return true;
    let last: IndexedDocument | undefined;
    for (let pair = 0; pair < paragraphs.length; pair += 2) {
      const [unit] = this.paragraphSentences[paragraphs[pair] ?? -1] ?? [];
      const indexed = unit === undefined ? undefined : this.indexedDocumentOf(unit);
      if (indexed === undefined || indexed === last) continue;
      last = indexed;
      const held = this.documentTerms(indexed);
      if (otherTerms.some((other) => holdsSorted(held, other))) return true;
    }
    return false;
  }

  /**
   * The capitalised words the sentences write right before a name, or before the given name before
   * it, in lower case, an abbreviation with its full stop: "gov." and "mark" of "Gov. Mark Hatfield".
   */
  private titlesWrittenBefore(name: string): string[] {
    const term = this.termOf(termKey(name));
    if (term === undefined) return [];
    const written = new Set<string>();
    const postings = this.sentenceIndex.postings(term);
    for (let pair = 0; pair < postings.length; pair += 2) {
      const tokens = (this.sentences[postings[pair] ?? -1]?.sentence.text ?? "").split(/\s+/);
      tokens.forEach((token, at) => {
        if (token.replace(/[^\p{L}'’-]/gu, "").toLowerCase() !== name) return;
        for (const before of [tokens[at - 1], tokens[at - 2]]) {
          if (before === undefined || !CAPITALISED_TOKEN.test(before)) break;
          written.add(before.toLowerCase());
          if (before.endsWith(".")) break;
        }
      });
    }
    return [...written];
  }

  /** True when a document holding the word writes it with a capital inside a sentence (see HeldWords.writesAsName). */
  private writesAsName(word: string): boolean {
    const term = this.termOf(termKey(word));
    if (term === undefined) return false;
    const postings = this.sentenceIndex.postings(term);
    let last: SearchableDocument | undefined;
    for (let pair = 0; pair < postings.length; pair += 2) {
      const document = this.sentences[postings[pair] ?? -1]?.document;
      if (document === undefined || document === last) continue;
      last = document;
      if (writesAsName(word, document)) return true;
    }
    return false;
  }

  /** True when every sentence holding the word writes it with a capital (see HeldWords.writesOnlyAsName). */
  private writesOnlyAsName(word: string): boolean {
    const key = termKey(word);
    const term = this.termOf(key);
    if (term === undefined) return false;
    // Any of its forms ("died" for "dies", "ran" for "run"): a word opening with it or its lemma in lower case.
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const inLowerCase = new RegExp(`(?<!\\p{L})(?:${escape(word)}|${escape(key)})`, "u");
    const postings = this.sentenceIndex.postings(term);
    for (let pair = 0; pair < postings.length; pair += 2) {
      if (inLowerCase.test(this.sentences[postings[pair] ?? -1]?.sentence.text ?? "")) return false;
    }
    return postings.length > 0;
  }

  /** The indexed document a sentence unit belongs to. */
  private indexedDocumentOf(unit: number): IndexedDocument | undefined {
    const document = this.sentences[unit]?.document;
    return document === undefined ? undefined : this.documentsById.get(document.id);
  }

  /** True when some sentence or paragraph holds the term. */
  private holds(term: number): boolean {
    return this.sentenceIndex.documentFrequency(term) > 0 || this.paragraphIndex.documentFrequency(term) > 0;
  }
}

const NO_PAIRS = new Int32Array(0);
// A word in more paragraphs than this is too common to be a slip read by its context: telling costs
// a look at each of its documents.
const MAX_CONTEXT_PARAGRAPHS = 1_000;
// A question that opens with "who" asks who; "the name of the driver who found it" asks for a name.
const WHO_OPENS = /^\s*who\b/;
// "Who is…", "who's…", "who was…": a question about someone it names asks what they are.
const WHO_IS = /^\s*who(?:'s|s| is| was)\s/;

/** The index key of the deed a question asks who did (see doerVerbAsked). */
function doerDeedOf(question: string): string | undefined {
  const deed = doerVerbAsked(question);
  return deed === undefined ? undefined : termKey(deed);
}

// The measures of size: of a grant or a fund, a sum ("how big is the grant?": "a subsidy of 1.1 million euros").
const SIZES: ReadonlySet<string> = new Set(["big", "large", "small"]);

const NO_PERSONS: readonly number[] = [];
const NO_AGES: readonly boolean[] = [];
// "She said..." is about the person the sentence before names: a name there counts in full.
const NAME_FROM_ANTECEDENT = { weight: 1, cover: 1 } as const;
const WORD_FROM_ANTECEDENT = { weight: WEIGHTS.antecedent, cover: WEIGHTS.antecedentCoverage } as const;

// The dictionary and the word vectors are read-only and costly to load: one copy per process.
let thesaurus: Thesaurus | undefined;
let wordVectors: WordVectors | undefined;
function sharedThesaurus(): Thesaurus {
  return (thesaurus ??= new Thesaurus(sharedWordNet(), {}, (word) => sharedWordVectors().rankOf(word), sharedDerivedLists()));
}
function sharedWordVectors(): WordVectors {
  return (wordVectors ??= WordVectors.load());
}

function isVisible(documentScope: Scope, scope: Scope): boolean {
  return documentScope === GLOBAL_SCOPE || documentScope === scope;
}

/** A word test that asks the dictionary once per word. */
function memoised(test: (word: string) => boolean): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) answers.set(word, (answer = test(word)));
    return answer;
  };
}

/**
 * What a measuring question's adjective ("long", "often", "big") adds to its weight for the refusal,
 * once a sentence gives the measure in its unit: the weight of the question's weightiest other word,
 * since the measure is what the question asks, however common the word that frames it.
 */
function measureWeight(terms: readonly QueryTerm[]): number {
  const weightiest = Math.max(0, ...terms.filter((term) => !term.isFraming).map((term) => term.importance));
  return terms.reduce((sum, term) => sum + (term.isFraming ? Math.max(0, weightiest - term.importance) : 0), 0);
}

/** What a cause given counts for in the coverage of a why-question (see WEIGHTS.causeGiven): a share of its average word. */
function reasonWeight(terms: readonly QueryTerm[]): number {
  return (WEIGHTS.causeGiven * terms.reduce((sum, term) => sum + term.importance, 0)) / Math.max(1, terms.length);
}

/** The lemma of a what-question's asking noun when its commonest sense is a kind of name ("brand"), which a name answers. */
function namingKind(noun: string | undefined, thesaurus: Thesaurus): string | undefined {
  const lemma = noun === undefined ? undefined : lemmaOf(noun);
  // "What's the name of the driver?" asks the driver's.
  return lemma !== undefined && !NAMING_WORDS.has(termKey(lemma)) && thesaurus.namesKindOf(lemma, NAME) ? lemma : undefined;
}

/** Indices among a question's terms of the words it uses as nouns ("the museum alarm"): the things it names. */
function thingTermsOf(question: string, terms: readonly QueryTerm[]): number[] {
  const { texts, partsOfSpeech } = tagged(question);
  const keys = new Set(texts.filter((_, at) => NOUNS.has(partsOfSpeech[at] ?? "")).map(termKey));
  return terms.flatMap((term, at) => (keys.has(term.key) ? [at] : []));
}

/** The index key of a when-question's deed ahead (see QuestionNeeds.deedAhead). */
function deedAheadOf(question: string): string | undefined {
  const verb = lastVerbOf(question);
  return verb === undefined ? undefined : termKey(verb);
}
