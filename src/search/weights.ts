/**
 * How much each piece of evidence counts when the knowledge base scores a sentence for a question.
 * Every weight is general English: none exists for one article or one question (docs/ANSWERING.md
 * says what each step bought).
 */
export const WEIGHTS = {
  /** A word found in the sentence's paragraph counts this much of one found in the sentence. */
  paragraph: 0.3,
  /**
   * A word found in the sentence before one that refers back to it ("He emphasized..."); a name
   * found there counts in full, as the one the pronoun stands for.
   */
  antecedent: 0.7,
  /**
   * A word the article describes a person the sentence is about by, beside their name elsewhere
   * ("chair" for "“We'll be back,” Ms Oyelaran said."): said of them, as the sentence before's words
   * are of a "he". Its coverage is a context word's: the article may give that role to no one asked about.
   */
  describing: 0.7,
  /** Coverage credit for a word (not a name) found in that sentence before. */
  antecedentCoverage: 0.8,
  /** A word found in the document's title. */
  title: 0.2,
  /** Coverage credit for a word found only around the sentence, not in it. */
  contextCoverage: 0.5,
  /** A framing word ("long" in "how long") matters this much of a topic word. */
  framing: 0.3,
  /** The other way of writing a number ("7" for "7th", "a year" for "twelve months") counts this much. */
  numberForm: 0.9,
  /** A body's initials ("CDC") for a word of its name in full ("California Democratic Council") count this much. */
  initials: 0.9,
  /** A name the dictionary describes by a question word ("Putin" for "president"; see Thesaurus.instancesDescribedBy). */
  describedInstance: 0.35,
  /** A person the dictionary describes by the question word and by the name the question gives with it ("Putin" for "the Russian president"). */
  describedByName: 0.6,
  /** A light verb's phrase ("went down") matters this much of a word: its synonyms are many and loose. */
  lightPhrase: 0.5,
  /** The verb of a phrasal verb found alone: "called it a success" is not the "call off" asked about. */
  phrasalVerbAlone: 0.6,
  /** A place named by its people's name, or its people by the place ("Karsova" for "Karsovan"), counts this much. */
  placeOrPeople: 0.6,
  /** A misspelt word matched to a known one counts this much, times Fuse.js's closeness. */
  spelling: 0.9,
  /**
   * Share of the ranking that rides on what the question asks of its names: "When was Riverside
   * General founded?" wants the sentence with "founded", not every sentence naming the hospital.
   */
  asked: 0.75,
  /** A headline sums its article up: the body sentence saying the same gives the detail. */
  headline: 0.5,
  /**
   * Power of the share of what is asked that the lede (the first body sentence, the story's
   * summary) lacks but its article says elsewhere: the ranking the lede keeps is (1 - share) to it.
   */
  ledeOmission: 2,
  /**
   * Ranking share left to a sentence without what the wording needs: the noun a how-many question
   * counts, the age a how-old one wants, the name a what-is-it-called one wants, the point in time
   * a when-question wants.
   */
  uncounted: 0.25,
  /**
   * Ranking share left to a count given as a rate ("240,000 visitors a year") for a how-many
   * question that asks over no period ("how many visitors were in the gallery?").
   */
  unaskedRate: 0.7,
  /**
   * Ranking bonus for a sum that modifies the thing a how-much question prices ("the £14.6m trial"
   * for "how much did the trial cost?"): the price told as its own attribute, not a part of it.
   */
  pricedSum: 1,
  /**
   * Ranking bonus for a measurement that modifies the thing a measuring question measures ("the
   * 14.2-kilometre line" for "how long will the tram line be?"): its own length, not another's.
   */
  measuredNoun: 1,
  /**
   * Ranking share left to a sentence dating only what has happened, for a when-question about an
   * event still to come ("ruled on Wednesday" for "when will the bronzes be returned?").
   */
  pastForAhead: 0.35,
  /** Ranking bonus for a sentence telling something still to come, for a yes-no question about the future ("will the district review…?"). */
  toldAhead: 1.5,
  /** Ranking bonus more when what such a sentence tells ahead is a word of the question ("would not appeal" for "will the museum appeal?"). */
  askedAhead: 1,
  /** Ranking bonus for a sentence placing what it tells in the present ("now attends"), for a question asking how things stand now. */
  toldNow: 0.5,
  /** Ranking bonus for a sentence telling what is advised or required as a question asks it ("should", "must"). */
  obligationTold: 1,
  /** Share of a why-question's average word that a sentence giving a cause ("because of…") covers, for the not-found decision. */
  causeGiven: 0.5,
  /** Ranking bonus for a sentence telling other occasions ("has frequently met"), for a yes-no question whether there were any ("had they met before?"). */
  earlierOccasion: 1,
  /** Ranking bonus for a sentence adding to what was told ("It has also asked…"), for a question asking what else there is. */
  addedTo: 0.5,
  /** Ranking share left to a sentence telling only a supposition ("if…", "would have…"), for a yes-no question whether something happened. */
  supposed: 0.5,
  /** Ranking share left to a sentence giving no reason or aim, for a why-question. */
  unreasoned: 0.35,
  /** Ranking share left to a sentence telling no manner or means, for a how-question ("how did staff find out?"). */
  unmannered: 0.8,
  /** Ranking share left to a sentence giving no place, for a where-question. */
  unplaced: 0.5,
  /** Ranking share left to a sentence giving only the circumstance of the event ("after", "following") or what something would bring about ("would hit families"), for a why-question. */
  circumstantial: 0.7,
  /** Ranking bonus for a sentence holding the kind of thing the question asks for. */
  answerType: 0.15,
  /** A list given, for a question picking several ("which libraries…"): the items are its answer. */
  listGiven: 0.5,
  /** Ranking share left to a sentence quoting someone, for a question that does not ask what was said. */
  quotation: 0.8,
  /** Ranking share left to a sentence quoting no one, for a question asking what someone it names said. */
  reported: 0.8,
  /** Ranking bonus, at most, for a sentence whose first words are what the question asks about. */
  opening: 0.2,
  /** Ranking bonus for a who-question's word introducing a name ("Skipper Callum Rennie"). */
  namedRole: 0.3,
  /**
   * Ranking bonus for the sentence first saying who the one a who-is question names is (see
   * QuestionShape.asksWhoOneIs): it doubles, so "Grieve, who has run the firm's European operations…"
   * outranks a quotation naming him in full ("…," said Tomas Grieve), which says nothing of who he is.
   */
  introduction: 1,
  /**
   * Ranking bonus for a name a passive's "by" brings in ("supplied by the company Ballotline"), for a
   * question asking who did something ("who made the machine?"): the agent is the doer.
   */
  agent: 1,
  /**
   * Ranking bonus for a name the question does not give as the subject of a verb meaning the deed
   * asked about ("Marzook headed the delegation" for "who led the delegation?").
   */
  doer: 1,
  /**
   * Ranking bonus for a sentence where the one a "what did X <verb>" question names is the subject
   * of a verb meaning the asked one ("The council approved a footbridge" for "what did the council
   * approve?"; any deed of theirs for "what did X do?"). Half the doer's: the words asked about
   * are still the sentence's own matter.
   */
  deed: 0.5,
  /**
   * Ranking bonus for a sentence whose number is the subject or object of a verb meaning the one a
   * how-many question asks about ("220 others were taken hostage" for "how many people were taken
   * hostage?"), as the deed's is for what someone did.
   */
  countedDeed: 0.5,
  /**
   * Power of the share of the question the sentence's whole document holds, applied to the ranking:
   * among many unrelated texts, "state media" is the article that says "Russian state media", not a
   * text whose one short sentence says "medium" and nothing else of the question.
   */
  documentCoverage: 1.5,
  /**
   * Ranking share left to a sentence whose whole document never says a name the question gives,
   * which another document holds: "How long did the Korvath talks last?" is asked of the text that
   * names Korvath, not of a strike whose talks lasted eleven days.
   */
  unnamedDocument: 0.1,
  /**
   * Ranking share left to a sentence that holds the role a question asks only with a rank below it:
   * "Who is the Russian foreign minister?" is not answered by "Russian deputy foreign minister
   * Mikhail Bogdanov" where the article names the minister too.
   */
  rankedBelow: 0.5,
  /** A sentence word close in meaning (word vectors) counts this much, times the similarity. */
  similar: 0.5,
  /** Below this cosine similarity, two words are not taken to mean the same. */
  minSimilarity: 0.6,
  /**
   * A derived form's vector ("expansion" for "expand", close to a text's "growth") counts this much
   * of the word's own: the same meaning, one step away.
   */
  derivedMeaning: 0.9,
  /** How much a sentence telling an event with the question's partner covers the word asked with it ("sit down with"). */
  partnerCover: 0.6,
  /**
   * The least cosine similarity of the question's word for the event and the sentence's word before
   * its "with": "sit" and "meeting" (0.44), "team" and "alliance" (0.37) are one kind of event with a
   * partner; "quarrel" and "dinner" (0.27) are not.
   */
  partnerEventSimilarity: 0.35,
  /**
   * A question word covered this much is surely there: its own form (in the sentence or around it),
   * a near synonym, a very close vector; not a narrower or broader word, nor a loose vector.
   */
  sureCover: 0.4,
  /**
   * A variant of this weight or more (a broader or narrower word, a synonym in a rarer sense) ties an
   * article to a question word it never says: "fund" for "bankroll" (see KnowledgeBase.holdsNear).
   */
  looseVariant: 0.3,
  /**
   * A how-many question's event told in an article by a word of at least this weight (its own form,
   * or a synonym in one of its commoner senses: "release" for "freed") must be told by the sentence
   * giving the count; a narrower or broader word may tell another event.
   */
  countedEventSynonym: 0.45,
  /**
   * The noun a question's name stands before is said by a word of at least this weight (its own form
   * or a synonym in one of its commoner senses: "the chip" for "Horace's microchip"; see KnowledgeBase.describesNameBy).
   */
  synonymOfHead: 0.45,
  /**
   * A verb of saying, thinking or feeling ("thank", "react") counts at least this covered in the
   * coverage an answer is judged by (not in the ranking): news tells reactions in phrases of its own.
   * So does a rare adverb ("presently", "eventually"), which an answer words otherwise or leaves out.
   */
  speechOrThoughtCover: 0.5,
} as const;
