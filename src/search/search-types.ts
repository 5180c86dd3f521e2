import type { SearchableDocument, Sentence } from "../knowledge/document.ts";
import type { QuestionShape } from "./answer-type.ts";
import type { CountedDeed, MeasuredNoun, UnitAmount } from "./counted-phrases.ts";
import type { ClauseTime } from "./dated-clauses.ts";
import type { SubjectOfVerb } from "./deeds.ts";
import type { TermVariant } from "./first-pass.ts";
import type { PartnerEvent, PartnerMention } from "./partners.ts";
import type { SentenceName } from "./person-names.ts";
import type { Recipient } from "./recipients.ts";
import type { AnswerTraits, Doer } from "./sentence-traits.ts";
import type { Meaning } from "./term-meanings.ts";

// The shapes the knowledge base and its helpers share: a question's words and what it wants of a
// sentence, and the sentences and documents as indexed.

/** A question word with the index terms that may stand for it and how much it matters. */
export interface QueryTerm {
  key: string;
  importance: number;
  variants: TermVariant[];
  /**
   * The variants with the synonyms of the word's derived forms ("verify" for "confirm": a
   * confirmation is a verification), and its broader words when hardly any sentence holds it
   * ("representative" for "envoy"), for a document that never uses the word while another does
   * (see KnowledgeBase.variantsFor); the same list as variants when they add nothing. The first pass does not
   * walk the added ones: the document's other words find its sentences.
   */
  variantsWhereAbsent: TermVariant[];
  /** The word's own index term, when some sentence or paragraph holds it. */
  own: number | undefined;
  /**
   * The word's vector and its derived forms', for matching sentence words of the same meaning; none
   * for names: "Russia" is close to "Putin" in the vectors, but a sentence about one is not about the other.
   */
  meanings: Meaning[];
  /** A name or number ("Sorvik", "700"), rather than what the question asks about it. */
  isName: boolean;
  /** A name the question gives that no indexed word is, or is spelled like. */
  isUnknownName: boolean;
  /** The adjective of a measuring question ("old" in "how old"): a measurement of its kind answers it. */
  isFraming: boolean;
  /** Among the commonest English words ("good", "year"): any text holds it. */
  isCommon: boolean;
  /**
   * A verb of saying, thinking or feeling ("thank", "react", "complain"; see
   * Thesaurus.isVerbOfSpeechOrThought), or a word that is a noun too used as one ("blame" in "what
   * did the coach blame?"), which news often tells in other words.
   */
  tellsSpeechOrThought: boolean;
  /**
   * An adverb and nothing else to the dictionary, and not among the commonest English words
   * ("presently", "eventually", "formally", "besides"): a manner, time or degree that an answer
   * words otherwise ("currently") or leaves unsaid. Not "later", an adjective too, as often the chat's
   * own moment ("anyone up for a game later?") as the article's. Counts half covered in the refusal.
   */
  isRareAdverb: boolean;
  /**
   * A phrase meaning "happen" ("took place", "came about"), as "happen" itself, a stop word, does: it
   * tells only that the event asked about occurred, which an answer most often leaves unsaid ("the
   * delegation was verified" for "who confirmed that the visit took place?"). Counts half covered in
   * the refusal, while its wording ("occurred") still ranks the sentence that says it.
   */
  tellsOccurrence: boolean;
  /**
   * Among many documents, a word foreign to all of them: no sentence holds it, nor a synonym, a
   * derived form or a spelling of it ("purr", "mammal" among news stories; see SearchHit.missesForeignWord).
   */
  isForeign: boolean;
  /**
   * For a noun naming a person by role ("minister"; see Thesaurus.namesPersonByRole), the index
   * terms of it, its variants and its broader words ("envoy" → "representative"): an article that
   * holds none of them never mentions such a person. Undefined for other words.
   */
  roleTerms: number[] | undefined;
  /**
   * For such a noun that names a verb's doer (see Thesaurus.namesDoer) after a noun of the question
   * ("guesthouse" in "the guesthouse owner", "bus" in "the bus driver"), that noun's index key: what
   * the person owns, runs or drives, which an article may tell with a verb instead ("Reid, who runs
   * a guesthouse"). Not "transport" in "the transport minister", a field, not an object.
   */
  roleObject: string | undefined;
}

/** The role a "who is the…" question asks the person by (see TitleReading.roleAsked). */
export interface RoleAsked {
  /** Term ids of its word and the words for its kinds. */
  terms: ReadonlySet<number>;
  /** The initials of the phrase it is asked by, which an abbreviation of it starts with ("ce" for "CEO"). */
  initials: readonly string[];
  /** Its office and the name after it, the holder's ("under the editorship of Louis Kronenberger"), when it has an office. */
  officeHeld: RegExp | undefined;
}

/** What one question wants of every sentence scored for it. */
export interface QuestionNeeds {
  shape: QuestionShape;
  terms: QueryTerm[];
  /** Index keys of the question's words: a name among them is no answer to it. */
  questionKeys: Set<string>;
  /**
   * What is asked, as a sentence's subject may say it: not the names, a framing word or a verb of
   * saying ("Shop owners said..." is not about what Marden said).
   */
  topics: Set<QueryTerm>;
  /** Index key of the noun a how-many question counts. */
  counted: string | undefined;
  /**
   * True when that noun names a particular kind ("passengers", "cars"), not a broad class
   * ("people"): a sentence counts it only where it holds the noun or a variant of it, not merely a
   * word near in meaning ("two turboprop planes" gives no number of passengers).
   */
  countedByWord: boolean;
  /** Index key of the thing a how-much money question prices ("ticket" in "how much does a ticket cost?"). */
  priced: string | undefined;
  /**
   * True when the thing priced is an undertaking, by its noun ("the clock restoration", "the
   * refit") or by a verb the question says besides "cost" ("will the grandstand cost to rebuild?",
   * "the grandstand rebuild", read as a verb): a sum pricing another undertaking ("a £2.1m project")
   * may be its price.
   */
  pricesUndertaking: boolean;
  /** The question word for what a how-much money question's payer paid for ("car" in "how much did he pay for the car?"). */
  paidFor: QueryTerm | undefined;
  /**
   * The period a question asking for a quantity (how many, how much, how far, how often…) asks a rate
   * over ("year" in "how many knots does it sell each year?").
   */
  period: string | undefined;
  /** Index key of the thing a measuring question measures ("line" in "how long will the tram line be?"). */
  measured: string | undefined;
  /** Index key of the thing a question naming a measure asks it of alone ("light" in "what is the speed of light?"; see QuestionShape.measuresThing). */
  measuredByName: string | undefined;
  /** True when a how-old question asks the age of a person it names ("how old is Gerald Tansley?"). */
  agesNamed: boolean;
  /** True when a how-old question asks the age of a thing or a group, not of a person or an animal ("how old is the bell?", "…the club?"). */
  agesThing: boolean;
  /**
   * The index keys of what a how-old question asks the age of, when that is no person or animal the
   * dictionary knows ("club"; each word of a name such as "Pellow Brothers"), and whether it is a
   * name: the year it dates from may tell its age.
   */
  agedOtherThanBeing: { keys: readonly string[]; named: boolean } | undefined;
  /** The index key of the many things a how-old question asks the age of (see QuestionShape.agedMany); undefined for one thing or a name. */
  agedMany: string | undefined;
  /** Index key of the participle a passive yes-no question asks happened ("suspend" in "has the captain been suspended?"). */
  passiveEvent: string | undefined;
  /** Index key of the event the question asks about ("found" in "when was the school founded?"; see QuestionShape.eventWord). */
  eventKey: string | undefined;
  /** Index key of the deed a when-question asks is still to come ("replace" in "when will the sprinklers be replaced?"): its last verb. */
  deedAhead: string | undefined;
  /** The noun right after each name of the question, by the name's key: "trial" for "ostlander" in "the Ostlander trial". */
  headsOfNames: ReadonlyMap<string, NameHead>;
  /** The keys of the words of each name the question says in the possessive ("kowalczyk" in "Marta Kowalczyk's father"): another's. */
  ownersNamed: ReadonlySet<string>;
  /**
   * The words naming a person by role, written with capitals too ("Foreign Minister"), when the
   * question sets no rank below them and picks none among its kind ("the foreign minister",
   * "Russia's top diplomat"; not "the deputy foreign minister", nor "which minister"): with
   * `anyVariant`, a deputy is no such person by any word for the role ("top diplomat"), else by the word itself.
   */
  rolesUnranked: { term: QueryTerm; anyVariant: boolean }[];
  /** The index key of the word right before each name of the question, by the name's first word's key: "boss" for "neil" in "boss Neil Trethewey". */
  titlesOfNames: ReadonlyMap<string, string>;
  /**
   * Index key of the event a how-many question counts its noun in ("released" in "how many hostages
   * has Hamas released?"): a number of hostages in a sentence that tells no release counts them in
   * some other event ("220 hostages being held"). Likewise the deed whose time a how-long question
   * asks ("demolish" in "how long will it take to demolish the towers?"; see deedTakingTime).
   */
  countedEvent: string | undefined;
  /**
   * Index terms of the nouns naming that event's act ("theft" for "stolen", through "stealing"): a
   * count beside one is of things in the event asked ("the theft of four paintings").
   */
  countedEventActs: readonly number[];
  /**
   * Index terms of the words telling that event in any part of speech where the article says them
   * (see KnowledgeBase.tellsEventAnywhere): its acts and its synonyms' own forms in its senses ("ruin"
   * for "destroyed": "lies in ruins").
   */
  countedEventForms: ReadonlySet<number>;
  /**
   * Index key of the verb of a how-many question's own clause ("take" in "how many people were taken
   * hostage?"): a sentence whose number is that verb's subject or object counts what it befell.
   */
  countedDeed: string | undefined;
  /**
   * True when a how-many question counts its noun unqualified ("how many volunteers signed up?"):
   * no word before it ("Russian citizens") nor name elsewhere ("died in Gaza") sets those asked
   * apart, so a count of a broader class doing the deed asked counts them ("600 people signed up").
   */
  countedUnqualified: boolean;
  /**
   * Index key of the named thing a how-many question counts copies or parts of, the head of its
   * phrase ("Guideposts" in "how many copies of Guideposts will circulate?", "toaster" in "units of
   * the Halcyon Pro toaster"): a number of the thing itself ("a million Guideposts") counts them.
   */
  countedWhole: string | undefined;
  totalImportance: number;
  /** Importance of the words apart from names: what the question asks of them. */
  askedImportance: number;
  /** Term ids of a who-question's words, to find them introducing a name ("Who was the skipper?"). */
  askedRoles: Set<number>;
  /** The question asks what someone said, thought or felt: a quotation answers it. */
  asksWhatWasSaid: boolean;
  /** A how-much question about money: only a sum answers it. */
  asksForSum: boolean;
  /**
   * True when a question asking a sum has a verb raising an amount ("How much has demand risen?"): a
   * sentence multiplying it ("demand had doubled") tells by how much, with no sum.
   */
  asksRise: boolean;
  /**
   * The index keys of the verbs of a question asking a sum as how much more or less ("earn" in "How
   * much less are they content to earn?"): a sentence giving the one amount as a ratio of the other
   * beside one of them ("content to earn a third as much") tells it. Undefined for other questions.
   */
  comparedDeeds: readonly string[] | undefined;
  /** True when a how-many question asks how many more or fewer: "twice as many agency staff" tells it with no figure. */
  countsCompared: boolean;
  /**
   * The index keys of the nouns saying which thing a how-much question asks a share of, when it is no
   * money ("apple" in "how much of this year's apple crop…"; the thing's own noun may be said in other
   * words). Only a sentence saying them with a figure or a fraction answers it.
   */
  shareOf: readonly string[] | undefined;
  /**
   * The index keys of the nouns of a how-much question's object its owner's possessive opens ("cut
   * its salt use"): a sentence changing another thing of its owner's ("its paper use") tells none of it.
   */
  ownedObject: readonly string[];
  /** A question of size about money ("how big is the grant?"): a sum is the size asked. */
  sizesSum: boolean;
  /** A measure asked by its noun, repeated beside a figure ("level 3" for "what level was the alert raised to?"; see measureNounBesideFigure). */
  measureBesideFigure: RegExp | undefined;
  /** The thing such a measure is asked of right before a figure, the word after it captured (see valueBesideMeasured). */
  measuredBesideValue: RegExp | undefined;
  /**
   * "Who made the violin?" asks who did something (not "who is she?"): a passive's agent answers it,
   * when the passive tells that deed ("made in 1716 by…", not "played since 2019 by…"). The deed's
   * index key.
   */
  doerDeed: string | undefined;
  /** Term ids of the words naming the person a question asks for ("judge" in "which judge…"; see TitleReading.titlesAsked). */
  titlesAsked: ReadonlySet<number>;
  /** The role a "who is the…" question asks the person by, when it does (see TitleReading.roleAsked). */
  roleAsked: RoleAsked | undefined;
  /**
   * True when "who" opens the question: it asks who did the deed, and a name the subject of a verb
   * meaning it answers ("Marzook headed the delegation"). "What's the name of the driver who found
   * it?" asks for a name the driver's word introduces.
   */
  asksWhoDid: boolean;
  /**
   * Indices among the terms of a why-question's verbs ("striking" in "why are the drivers
   * striking?"): an outcome of that event is no reason for it ("the strike would halt all routes").
   */
  reasonedEvents: number[];
  /** The question's words for an event told with a partner ("sit down with Bogdanov"; see partnerEventsOf). */
  partnerEvents: PartnerEvent[];
  /**
   * "What did the council approve?", "who did the delegation meet?": the index keys of the one asked
   * about and of the deed, when the question asks what someone it names did (not said: see SpeakerReading).
   */
  deedAsked: { subjectKey: string; deedKey: string } | undefined;
  /**
   * "Which company…", "what party…", "which engineer…": an organisation, or one thing "which" picks,
   * is told by its name, which the question does not give.
   */
  picksByName: boolean;
  /** The lemma of the plural noun "which" or "what" picks several of ("library" in "which libraries…"), which a list names (see listedItemsOf). */
  severalPicked: string | undefined;
  /** The lemma of the noun a question picks by name ("farm" in "which farm…"), when it does. */
  pickedKind: string | undefined;
  /**
   * The lemma of the noun a which- or what-question asks a thing by, when a name answers and it is
   * no person: a place, a thing or a body picked ("airline" in "which airline…"), or a kind of name
   * asked ("brand" in "what brand is the mower?").
   */
  kindNamedAsked: string | undefined;
  /** The question words for the kind a what-question asks a value of (see kindNounsAsked). */
  kindAsked: (QueryTerm | undefined)[];
  /** The key of the noun a which- or what-question chooses by kind ("animal" in "which animals…"; see kindChosen). */
  kindChosen: string | undefined;
  /**
   * "Which law firm represented Pell & Daughters?": the index key of the deed the picked thing did,
   * when it is an organisation (a person picked is read by TitleReading).
   */
  pickedDeed: string | undefined;
  /**
   * "Which company won the contract?": when the picked thing's deed is one of getting, the index key
   * of what it got, which a sentence passing it "to" a name tells as well ("was awarded to…").
   */
  pickedGain: string | undefined;
  /** Per question word, the similarity of each sentence word met so far (see TermMeanings). */
  similarities: Map<number, number>[];
  /** By document, the share of the question's meaning it holds (see KnowledgeBase.documentCoverage), as first needed. */
  documentCoverages: Map<IndexedDocument, number>;
  /** By document, the sentence first describing whom a who-is question asks about (see KnowledgeBase.introducesAsked), as first needed. */
  introductions: Map<IndexedDocument, number | undefined>;
  /** Indices among the terms of the question's nouns, common and proper: the things it names. */
  thingTerms: number[];
  /** By document, the share of the question's things it holds (see KnowledgeBase.documentCoverageOfThings), as first needed. */
  thingCoverages: Map<IndexedDocument, number>;
  /** By document, whether it holds a word near any of the question's foreign words (see KnowledgeBase.missesForeignWord), as first needed. */
  foreignWordTraces: Map<IndexedDocument, boolean>;
  /** By document, whether it never says a name the question gives (see KnowledgeBase.lacksNameAsked), as first needed. */
  documentsLackingName: Map<IndexedDocument, boolean>;
  /** By question word, whether it is a name, written as one or known to the dictionary only as one ("putin"), as first needed. */
  namesByTerm: Map<QueryTerm, boolean>;
}

export interface IndexedSentence {
  sentence: Sentence;
  document: SearchableDocument;
  paragraphUnit: number;
  titleUnit: number;
  /** The sentence before, when this one refers back to it (see refersBack). */
  antecedentUnit: number | undefined;
  /** Term ids of the full name of the person its "he" or "she" stands for (see pronounNames). */
  personTerms: readonly number[] | Int32Array;
  /** Term ids of the words that describe the people it is about, wherever the article does (see personDescriptions). */
  describingTerms: readonly number[] | Int32Array;
  /** Read when the sentence is first scored: most sentences never are. */
  traits: AnswerTraits | undefined;
  /** Who does what its verbs tell (see doersOf), read when a who-question first scores it. */
  doers?: readonly Doer[];
  /** Term ids of the words its first verb's subject opens it with (see subjectKeysOf), read when a sentence leaning on it is first scored. */
  openingSubject?: readonly number[];
  /** Term ids of its opening words (see AnswerTraits.openingKeys), kept once every one has an id. */
  openingTerms?: readonly number[];
  /** Whether its opening subject is a person or a group (see KnowledgeBase.opensWithPersonOrGroup), read when an "it" leaning on it is first scored. */
  opensWithPersonOrGroup?: boolean;
  /** The subjects of its verbs (see subjectsOf), read when a what-did question first asks. */
  subjects?: readonly SubjectOfVerb[];
  /** What its numbers count (see countedPhrasesOf), read when a how-many question first scores it. */
  countedPhrases?: (string[] | undefined)[];
  /** The groups a number after "of" sizes ("crowd" in "a crowd of 3,850"), read when first needed. */
  groupsSized?: string[];
  /** What its ordinals and loose multitudes rank or count (see looseCountPhrasesOf), read when a how-many question first scores a sentence without a figure. */
  looseCountPhrases?: (string[] | undefined)[];
  /** The verbs a number's phrase is the subject or object of, with what it counts (see countedDeedsOf), read when a how-many question first scores it. */
  countedDeeds?: CountedDeed[];
  /** The nouns of the phrase each of its sums prices (see pricedPhrasesOf), read when a how-much question first scores it. */
  pricedPhrases?: string[][];
  /** Its amounts in a unit of something (see unitAmountsOf), read when a how-much question asking a sum first scores a sentence without one. */
  unitAmounts?: UnitAmount[];
  /** The periods it gives a figure for each of (see periodsRated), read when a question asking a rate, or a how-many question asking none, first scores it. */
  periods?: string[];
  /** Its "with"s and the words after them (see partnerMentionsOf), read when a question with a partner first scores it. */
  partnerMentions?: PartnerMention[];
  /** The nouns a measurement inside their noun phrase measures (see measuredNounsOf), read when a measuring question first scores it. */
  measuredNouns?: readonly MeasuredNoun[];
  /** The words of its clauses that give a point in time (see datedClauseKeysOf), read when a when-question first scores it. */
  datedClauses?: string[][];
  /** The name set beside each age the sentence gives, or undefined for an age beside none (see ageHoldersOf). */
  ageHolders?: (string | undefined)[];
  /** When each of those clauses tells its event (see datedClauseTimesOf), read when a when-question placing its event first scores it. */
  datedTimes?: ClauseTime[];
  /** The names it says something was passed to (see recipientsOf), read when a which-question asking what was got first scores it. */
  recipients?: readonly Recipient[];
  /** Its names, each with whether it tells the name is a person's (see sentenceNames), read when a question asking a thing by name first checks it. */
  names?: SentenceName[];
  /** The nouns its ordinals rank (see rankedNounsOf), read when a which-question picking by name first scores it. */
  rankedNouns?: string[];
  /** The nouns its ordinals tell how many of there have been (see nounsCountedByOrdinalOf), read when a how-many question first scores it. */
  ordinalNouns?: string[];
  /** The events its ordinals count, with the things each is done to (see eventsOfThingsCountedByOrdinalOf), read when a how-many question first scores it. */
  ordinalEvents?: { event: string; things: string[] }[];
  /** The lemmas of the nouns it mentions only as one of a kind it never names (see nounsLeftUnnamed), read when a which-question first scores it. */
  unnamedNouns?: string[];
  /** The items of the list it gives (see listedItemsOf), read when a question picking several first scores it. */
  listedItems?: string[][];
  /** Whether its subject is a pronoun (see hasPronounSubject), read when it is first scored. */
  hasPronounSubject?: boolean;
  /** Whether a verb of it tells saying, thinking or feeling, read when a question asking such a verb first scores it. */
  tellsSpeechOrThought?: boolean;
  /** The verbs it tells still to come (see verbsAheadOf), read when a yes-no question about the future first scores it. */
  verbsAhead?: string[];
  /** The nouns of the thing it puts off until a time (see thingsPutOffIn), read when a when-question about the future scores it. */
  thingsPutOff?: string[];
  /** Whether it tells a time still to come (see tellsTimeAhead), read when a when-question about the future first scores it. */
  tellsTimeAhead?: boolean;
}

/** Where a document's sentences, paragraphs and title sit in the indexes. */
export interface DocumentUnits {
  sentenceUnits: ArrayLike<number> & Iterable<number>;
  paragraphUnits: ArrayLike<number> & Iterable<number>;
  titleUnit: number;
}

export interface IndexedDocument extends DocumentUnits {
  document: SearchableDocument;
}

/** A sentence found for a question. */
export interface SearchHit {
  sentence: Sentence;
  document: SearchableDocument;
  /** Ranking score, comparable only within one search. */
  relevance: number;
  /**
   * Share of the question's meaning (rarity-weighted words) the sentence covers, 0 to 1, as the
   * answer is judged: a verb of saying, thinking or feeling counts as half there at least, as news
   * tells most reactions in a phrase of its own ("expressed their appreciation" for "thank",
   * "rejected that argument" for "dismiss"), and the measure a measuring question asks, given in its
   * unit, weighs as the question's weightiest word (see measureWeight). The ranking takes the words as found.
   */
  coverage: number;
  /**
   * False when the question counts something ("How many fighters...") that the sentence does not
   * mention, so its numbers do not answer it, or needs a kind of answer the sentence does not hold
   * (a number for "How many...", a sum for "How much did it cost?", an age for "How old is...", a
   * name for "What was the boat called?", introduced as the boat's: "the vessel, the Morning Tern";
   * a name the question does not give for "Which company...", a rate over the period asked for "How
   * many does it sell each year?"), or does not tell the event a passive yes-no question asks about
   * in any form of its word ("Has the captain been suspended?"), or dates only the past or nothing for
   * a when-question about what is to come ("When will the appeal be heard?").
   */
  givesWhatIsCounted: boolean;
  /**
   * Coverage of an asked question's words apart from its names (1 when it has no others, or is
   * keywords): a sentence that names the same people but none of what is asked of them ("How much
   * is Lena Sorvik paid?") is about them, not an answer.
   */
  askedCoverage: number;
  /**
   * False when a name the question gives ("Wexley", "Veltman Foods", "1952"), which the knowledge
   * base holds, is neither in the sentence nor around it, or when a person it asks about by role
   * ("the transport minister") is not in the sentence and its article never mentions one: the
   * sentence is about someone or something else.
   */
  holdsNames: boolean;
  /**
   * As holdsNames, but a name the sentence's article goes on about (names in several sentences) is
   * taken to be around every sentence of it: what judges whether the question is answered, while
   * the sentences that name it go first.
   */
  namesArticleSubject: boolean;
  /**
   * True when every name the question gives (of those the knowledge base holds) is in the sentence
   * or around it: not only taken to be the one its "he" or "she" stands for, as holdsNames allows.
   */
  namesInReach: boolean;
  /**
   * True when the sentence or its context surely holds a question word that is a name or is not
   * among the commonest English words: one that shares only "good", "new" or "year" with the
   * question shares what any text does ("good evening" is not about "the best views").
   */
  sharesUncommonWord: boolean;
  /**
   * True when the sentence gives the measure asked in its own units (an age, a height, a temperature,
   * a clock time, a length, a sum of money): told of one thing alone, it is no chance sharing of
   * common words where the knowledge base holds few texts.
   */
  givesMeasureInUnits: boolean;
  /**
   * How many of the question's words (but a measuring question's adjective) the sentence or its
   * context surely holds, and one more when it gives the figure, the time or the place asked.
   */
  wordsShared: number;
  /**
   * True when the sentence or its context holds at most one of the question's words (see
   * wordsShared), no name it gives ("Varga", "putin") but one the dictionary knows that its article
   * says only there ("Australia", in passing), and its article nothing near a word foreign to all
   * articles ("cat" for "kitty"; see missesForeignWord): among many texts, what shares one word with
   * a question, lacking the others, shares it by chance.
   */
  sharesLoneWord: boolean;
  /**
   * False when the question asks about an event ("Were any hostages freed?") that the sentence tells
   * only as an aim ("talks to negotiate the release of hostages"): it does not say it happened.
   * Checked for the best hit (the first that is no "Source:" line) and those above it, as it reads
   * the sentence by parts of speech; true for the others.
   */
  toldAsDone: boolean;
  /**
   * False when the question asks what someone said or felt ("What did Lavrov say to Marzook?") and
   * the sentence names them only inside a prepositional phrase ("met with Bogdanov and Sergei
   * Lavrov"), or, when they are a name, neither it nor the sentence it leans on names them, nor does
   * a pronoun stand for them: someone else acts or speaks there. Checked as toldAsDone is.
   */
  heardFromSpeaker: boolean;
  /**
   * True when, among many documents, the question holds a word foreign to all of them (see
   * QueryTerm.isForeign), of which the sentence's article holds nothing near, and the sentence holds
   * the one other word it asks: "Why do cats purr?" is not answered by a sentence about a cat.
   */
  missesForeignWord: boolean;
  /**
   * Share of the things the question names (its nouns, rarity-weighted) that the sentence's document
   * holds anywhere, 1 when it names none or the search did not weigh them (see
   * SearchOptions.weighThingsNamed): an article that never mentions "the museum" of "when did the
   * museum alarm go off?" is not the one asked about, whatever verb it shares.
   */
  documentCoverageOfThings: number;
}

/** The noun a question writes right after a name ("trial" of "the Ostlander trial"), read once per question. */
export interface NameHead {
  /** The question's term for the noun, when it has one. */
  term: QueryTerm | undefined;
  /** The index terms that say the noun: its own form and its synonyms in commoner senses ("chip" for "microchip"). */
  ids: readonly number[];
}
