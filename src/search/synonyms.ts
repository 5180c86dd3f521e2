import { baseNoun } from "./base-forms.ts";
import type { DerivedLists } from "./derived-lists.ts";
import { lemmaOf } from "./terms.ts";
import { isLightVerb, isPrepositionOrConjunction, isStopWord } from "./text.ts";
import { isInstance, NOUN_PERSON_FILE, sharedWordNet, WordNet, type Pertainer, type Synset, type WordNetPos } from "./wordnet.ts";

/** A word that may stand for a question's word, and how much a match on it counts (0 to 1). */
export interface RelatedWord {
  word: string;
  weight: number;
}

/** A lemma's related words, and its narrower words beyond the commonest kept (see Thesaurus.rarerKinds). */
interface RelatedReading {
  related: RelatedWord[];
  rarerKinds: RelatedWord[];
}

const DEFAULTS = {
  /** Senses of a word looked at, per part of speech; rarer senses count less (senseDecay). */
  maxSenses: 8,
  /** Each less frequent sense counts this much less than the one before it. */
  senseDecay: 0.1,
  /**
   * A noun's sense is as usual as its commonest when met in WordNet's sense-tagged texts at least
   * this share as often, and at least minUsualSenseCount times: a "fan" there is a machine four
   * times and a supporter three, but a "star" a celebrity three times in eight, a "dog" a person
   * twice in 42.
   */
  usualSenseShare: 1 / 2,
  minUsualSenseCount: 2,
  /**
   * Same meaning: a synset member, a derived form ("negotiation" for "negotiate"), an attribute
   * ("depth" for "deep"), an adjective's near-synonym ("tough" for "hard") or a verb of its group.
   */
  synonymWeight: 0.6,
  /** One step narrower: "hostage" is a kind of "captive", so it answers a question about captives. */
  relatedWeight: 0.35,
  /**
   * Cap on narrower words per sense, the commonest in English kept: large families are mostly
   * noise, and WordNet lists them alphabetically ("scientist" has 20 kinds, "researcher" the 19th).
   */
  maxRelatedPerSense: 12,
  /**
   * One step broader ("steal" for "swipe"), only for a word the knowledge base never uses: a
   * broader word says less than a narrower one.
   */
  broaderWeight: 0.3,
  /**
   * A broader word is left out when this many kinds or more stand directly under it: "individual"
   * (over 400 kinds of person) is true of any "fighter", "nurse" or "mayor", so "1,400 individuals
   * were killed" says nothing of how many fighters were; "job" (15) may still stand for "position".
   */
  maxBroaderKinds: 150,
  /**
   * Two kinds of one class with no more kinds than this directly under it are near ("college" and
   * "school" under educational institution, 5): those of a wide one are not ("hall" and "hotel"
   * under building, 52).
   */
  maxSiblingKinds: 20,
  /**
   * A noun with more kinds than this under it, at any depth, names a broad class ("official",
   * "people"), which a text tells by one of its kinds or a word near it ("the deputy foreign
   * minister", "a crowd of 4,200").
   */
  broadClassKinds: 100,
  /**
   * A synonym's derived form ("founder" for "establish", through "found"): the same meaning in
   * another part of speech, one step further than the word's own derived forms.
   */
  synonymFormWeight: 0.45,
  /**
   * The verb a phrasal verb is a kind of ("leave" for "walk out"): one step broader, but the one
   * word a text most often says it with, so more than a broader word ({@link broaderWeight}).
   */
  phrasalBroaderWeight: 0.45,
  /**
   * A rarer sense fitting the question's other words less than this share of the best-fitting
   * sense's fit (see SenseFit) counts poorFitShare of its weight: beside a cabinet, a "role" is a
   * part someone plays, so "purpose" (its third sense, what a thing is used for) says little of it.
   */
  poorFitRatio: 0.6,
  poorFitShare: 0.5,
  /**
   * A sense never met in WordNet's sense-tagged texts, where the word's commonest sense was met at
   * least this often, is rare, and its related words count rareSenseShare of their weight, unless it
   * fits the question best (see SenseFit): a "mountain" is a heap (no "deal" or "mess") in none of
   * 17 tagged uses, and "tall" a hard order in none of 73. Sparser counts say little: "cost" is a
   * price in 7 uses of 86.
   */
  minRareSenseEvidence: 8,
  rareSenseShare: 0.5,
} as const;

const PARTS_OF_SPEECH: readonly WordNetPos[] = ["noun", "verb", "adj", "adv"];
/** Lookups kept before the cache starts over: far more than the words of a busy day's questions. */
const MAX_CACHED_LOOKUPS = 100_000;
// "died" is the verb (or, as "wounded", an adjective), never the noun "die".
const PAST_FORM_PARTS_OF_SPEECH: readonly WordNetPos[] = ["verb", "adj"];
// A word the question uses as a noun ("the capital of Australia") means what its noun senses do.
const NOUN_ONLY: readonly WordNetPos[] = ["noun"];

/** The parts of speech a word's senses are read in: a noun's alone, a past form's as a verb's or an adjective's, else all. */
function partsOfSpeechRead(asPastVerbForm: boolean, asNoun: boolean): readonly WordNetPos[] {
  return asNoun ? NOUN_ONLY : asPastVerbForm ? PAST_FORM_PARTS_OF_SPEECH : PARTS_OF_SPEECH;
}

/** How a lookup's cache key tells its reading (see partsOfSpeechRead). */
function readingKey(asPastVerbForm: boolean, asNoun: boolean): string {
  return asNoun ? ", noun" : asPastVerbForm ? ", past" : "";
}
// WordNet's lexicographer files: verb.cognition, verb.communication and verb.emotion; noun.possession
// ("money", "fee", "cost") and verb.possession ("pay", "buy", "earn").
const SPEECH_AND_THOUGHT = new Set([31, 32, 37]);
const NOUN_POSSESSION = new Set([21]);
// WordNet's verb frames taking an infinitive right after the verb, "Somebody ----s to INFINITIVE"
// ("plan to use"), and after its object, "Somebody ----s somebody to INFINITIVE" and "…somebody
// INFINITIVE" ("urged the cabinet to look").
const INFINITIVE_FRAME = 28;
const PERSON_OBJECT_FRAME = 9;
const CLAUSE_FRAME = 26;
// WordNet's frames of a verb with no object: "Something ----s", "Somebody ----s", "Something is
// ----ing PP", "Something ----s to somebody", "Somebody ----s on something", "Somebody ----s PP".
const OBJECTLESS_FRAMES: ReadonlySet<number> = new Set([1, 2, 4, 12, 13, 22]);
const OBJECT_AND_INFINITIVE_FRAMES = new Set([24, 25]);
// "Use X to Y" and its synonyms ("employ", "utilise"): WordNet gives the frame, but the infinitive
// tells what the thing is used for, an aim.
const PURPOSE_VERB = "use";
// verb.emotion: "want", "hope", "wish".
const VERB_EMOTION = new Set([37]);
// verb.body, verb.communication and verb.emotion: a feeling shown ("weep", "smile"), words said ("shout") or a feeling ("rejoice").
const VERB_REACTION = new Set([29, 32, 37]);
// How many of a verb's commonest senses may tell a feeling ("burst" into tears is its second).
const REACTION_SENSES = 2;
// noun.feeling: "gladness", "anger", "apprehension".
const NOUN_FEELING = 12;
// noun.person: "minister", "barrister", "teacher".
const NOUN_PERSON = new Set([NOUN_PERSON_FILE]);
// noun.person and noun.group: "reporters", "council".
const PERSONS_AND_GROUPS = new Set([14, 18]);
// noun.act: "trip", "visit", "election".
const NOUN_ACT = new Set([4]);
// noun.quantity: "mile", "tonne", "euro".
const NOUN_QUANTITY = new Set([23]);
// What a mother, a son or a wife is: one's kin.
const RELATIVE = "relative";
// The noun a count of people counts: its kinds ("passengers") and it (see namesKindOf).
const PEOPLE = "people";
const PERSON = "person";
// The kind of thing a building is: a thing constructed of many parts.
const STRUCTURE = "structure";
// What a group of people is a kind of ("crowd", "crew", "board"), and a group of animals ("herd", "flock").
const SOCIAL_GROUP = "social_group";
const ANIMAL_GROUP = "animal_group";
// noun.possession, noun.quantity and noun.relation: "price", "turnover", "rate", "odds" (a sum, an
// amount or a ratio, in WordNet's first or second sense).
const MEASURES = new Set([21, 23, 24]);
const MEASURE_SENSES = 2;
// noun.time: "night", "weekend", "season".
const NOUN_TIME = new Set([28]);
// noun.animal, noun.artifact, noun.food, noun.location, noun.object, noun.plant and noun.substance:
// "tortoise", "ship", "drug", "island", "comet": things a text may name ("the Marisol Dawn").
const NOUN_THINGS = new Set([5, 6, 13, 15, 17, 20, 27]);
// noun.animal and noun.person: beings an age is set beside by name ("Ruiz, 27,", "Rex, 4,").
const BEINGS = new Set([5, NOUN_PERSON_FILE]);
// noun.animal, noun.artifact, noun.body, noun.food, noun.object, noun.person, noun.plant and
// noun.substance: things and beings whose kinds are things and beings too ("animal", "vehicle",
// "worker"), not a state's, an idea's or a place's ("condition", "attitude", "country"), whose narrower
// words the dictionary files far more loosely.
const CONCRETE_KINDS = new Set([5, 6, 8, 13, 17, 18, 20, 27]);
// noun.Tops: the broadest nouns, "entity", "act", "animal", "food".
const NOUN_TOPS = 3;
// noun.cognition and noun.communication: "rule", "plan", "report", "statement".
const IDEAS_AND_TEXTS = new Set([9, 10]);
// noun.communication alone: "statement", "letter", "warning"; not a thought ("stance", "view").
const NOUN_COMMUNICATION = new Set([10]);
// WordNet's persons by sex or age: "guy" is a man, a male; "kid" a child, a juvenile. Not "adult":
// WordNet files every professional under it, and a librarian or a lawyer is a person by role.
const BY_SEX_OR_AGE = new Set(["male", "female", "juvenile"]);
const BY_SEX_OR_AGE_STEPS = 2;
// "insurance company" > financial institution > institution > organization: deep enough for any body.
const MAX_ORGANIZATION_STEPS = 6;
// A gloss telling a role is a person's or a business's ("someone (a person or firm) who contracts to build things").
const PERSON_OR_FIRM = /\bperson or (?:firm|company|business|organi[sz]ation)\b/;
const VERB_POSSESSION = new Set([40]);
// How many of a verb's commonest senses may make a how-much question ask a sum ("spend" pays out in its second).
const MONEY_VERB_SENSES = 2;
// verb.possession's kinds of getting ("win", "buy", "receive" are kinds of "get, acquire") and of
// giving ("award", "sell", "hand" are kinds of "give" or "transfer"), by the first word of the head synset.
const GETTING_HEADS = new Set(["get"]);
const GIVING_HEADS = new Set(["give", "transfer"]);
// "award" > allocate > assign > distribute > give, "climb" > progress > develop > grow > increase:
// deep enough for any verb of possession or of changing an amount.
const MAX_HEAD_STEPS = 6;
// verb.change's heads of raising an amount ("rise" > grow > increase) and of multiplying one
// ("double", "triple"), by the first word of the head synset.
const RAISING: ReadonlySet<string> = new Set(["increase"]);
const MULTIPLYING: ReadonlySet<string> = new Set(["multiply"]);
// Readings of nouns remembered (see namesKindOf, mayNameKindOf, usuallyNoun): starting over keeps memory bounded.
const MAX_CACHED_KINDS = 50_000;

/** A yes-or-no reading kept by key, the cache starting over once it holds MAX_CACHED_KINDS. */
function cachedIn(cache: Map<string, boolean>, key: string, read: () => boolean): boolean {
  let found = cache.get(key);
  if (found === undefined) {
    found = read();
    if (cache.size >= MAX_CACHED_KINDS) cache.clear();
    cache.set(key, found);
  }
  return found;
}

// verb.change: "die", "burn", "explode".
const VERB_CHANGE = 30;
const VERB_CHANGE_FILES: ReadonlySet<number> = new Set([VERB_CHANGE]);
// verb.motion: "run", "fall", "turn"; noun.artifact, noun.location and noun.object: "bridge",
// "road", "hill", which a particle of motion leads along or off as a preposition.
const VERB_MOTION = new Set([38]);
const PLACES_AND_THINGS = new Set([6, 15, 17]);
// WordNet files "school", "church", "court" first as their people, then as the building.
const PLACE_SENSES = 2;
// noun.location: "Israel", "Scotland", "Paris".
const NOUN_LOCATION = 15;
// Words that open a noun phrase: articles, demonstratives, quantifiers and possessives.
const NOUN_PHRASE_STARTS = new Set(["a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "another", "my", "your", "his", "her", "its", "our", "their"]);
const PARTICLES = new Set(["up", "down", "off", "out", "after", "over", "back", "away", "on", "in", "through", "into", "across", "around"]);
// Compounds of three words are tried before those of two: "chief financial officer", not "chief financial".
const COMPOUND_LENGTHS = [3, 2];
// "in the first place" is the longest adverb phrase a question is likely to hold.
const ADVERB_PHRASE_LENGTHS = [4, 3, 2];
/** WordNet's adverbs of several words that open with a word of grammar ("so far", "on board"). */
interface AdverbPhraseLexicon {
  /** The second words of those phrases, by their first ("on" → "board"). */
  starts: ReadonlyMap<string, ReadonlySet<string>>;
  phrases: ReadonlySet<string>;
}
const NO_ADVERB_PHRASES: ReadonlyMap<number, { phrase: string; length: number }> = new Map();
// "Call it off", "give them back": a pronoun may stand between the verb and its particle.
const OBJECT_PRONOUNS = new Set(["it", "them", "him", "her", "us", "me", "you"]);
const KEEPS_PHRASES = true;

/** What WordNet knows of lemmas of several words: whether it has one, and whether two words may start one. */
interface CompoundLexicon {
  isCompound(lemma: string): boolean;
  mayStart(first: string, second: string): boolean;
}

/** A sense of a lemma: its synset, where it is ("noun:123"), and its rank among the lemma's senses of that part of speech. */
interface LookedAtSense {
  key: string;
  pos: WordNetPos;
  offset: number;
  rank: number;
  synset: Synset;
}

/** How well a sense fits the question around its word (see SenseFit), 0 to 1. */
export type SenseFitOf = (synset: Synset, pos: WordNetPos, offset: number) => number;

/** A word's place among English words by frequency (0 the commonest), undefined when it is rare. */
export type WordRank = (word: string) => number | undefined;

/** A verb and the particle after it that WordNet knows as one verb ("call off"), or an idiom ("pull the plug"). */
export interface PhrasalVerb {
  verb: string;
  /** The WordNet lemma: "call_off", "pull_the_plug". */
  phrase: string;
  /** The words after the verb that the phrase holds: its particle, or an idiom's words ("the", "plug"). */
  bound: readonly string[];
  /** The phrasal verb an idiom opens with ("walk_out" of "walk_out_of"), whose senses it shares. */
  within?: string;
}

/** A one-word name of a person, place or body the dictionary knows, and the person's full names ("vladimir putin"). */
export interface DescribedInstance {
  name: string;
  fullNames: readonly (readonly string[])[];
}

// Words before what a thing was once, not what it is.
const FORMERLY = new Set(["former", "formerly", "onetime", "erstwhile"]);
// Where a definition stops calling a thing what it is and goes on to tell more of it ("a militant
// Islamic fundamentalist political movement", not "that … uses terrorism as a weapon").
const DEFINITION_END = /[;,("]|\b(?:that|who|which|whose|where|when)\b/;

/**
 * Expands a question's words with WordNet synonyms, derived and attribute forms ("deep" → "depth"),
 * near-synonyms of adjectives and verbs, and narrower words, each at a lower weight than the word
 * itself. Broader words are kept apart ({@link Thesaurus.broader}): "individual" for "fighter" would
 * let a question about fighters quote a sentence about anyone.
 */
export class Thesaurus {
  private readonly wordnet: WordNet;
  private readonly options: typeof DEFAULTS;
  private readonly rankOf: WordRank;
  private readonly derivedLists: DerivedLists | undefined;
  private readonly cache = new Map<string, RelatedWord[]>();
  /** By lemma and reading, its related words and its rarer kinds (see rarerKinds). */
  private readonly relatedReadings = new Map<string, RelatedReading>();
  private readonly commonKinds = new Map<string, ReadonlySet<number>>();
  private readonly lookedAtSenses = new Map<string, readonly LookedAtSense[]>();
  private readonly kinds = new Map<string, boolean>();
  /** By lemma, whether its tagged uses are mostly a noun's (see usuallyNoun). */
  private readonly nounUses = new Map<string, boolean>();
  /** By "narrower broader", whether some noun sense of the one is a kind of the other (see mayNameKindOf). */
  private readonly kindsInSomeSense = new Map<string, boolean>();
  private textCompounds: CompoundLexicon | undefined;
  private adverbPhraseLexicon: AdverbPhraseLexicon | undefined;
  private idioms: ReadonlyMap<string, readonly string[]> | undefined;
  private phrasalVerbsByParticle: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  /** By each word of their definitions' openings and kinds, the dictionary's instances, read when first needed (see instancesDescribedBy). */
  private describedBy: ReadonlyMap<string, readonly DescribedInstance[]> | undefined;
  /** By word, whether the dictionary knows it as names alone (see isOnlyAName): the same names come back for every describing word. */
  private readonly onlyNames = new Map<string, boolean>();
  /** WordNet's senses of a group of people and of animals, read when first needed (see namesGroupOfPeople). */
  private groupSenses: { social: ReadonlySet<number>; animal: ReadonlySet<number> } | undefined;
  /** WordNet's cause pointers turned round, read when first needed (see WordNet.causersByResult). */
  private causers: ReadonlyMap<number, readonly number[]> | undefined;
  /** WordNet's pertainym pointers turned round, read when first needed (see WordNet.pertainersByNoun). */
  private pertainers: ReadonlyMap<number, readonly Pertainer[]> | undefined;

  /**
   * `rankOf` orders a large family's narrower words, commonest first; without it, WordNet's order
   * stands. `derivedLists` keeps the word lists read from the whole of WordNet from one start to the
   * next (for the package's WordNet only); without it, each is derived at first use.
   */
  constructor(wordnet: WordNet = sharedWordNet(), options: Partial<typeof DEFAULTS> = {}, rankOf: WordRank = () => undefined, derivedLists?: DerivedLists) {
    this.wordnet = wordnet;
    this.options = { ...DEFAULTS, ...options };
    this.rankOf = rankOf;
    this.derivedLists = derivedLists;
  }

  /** A word list read from the whole of WordNet: from the saved lists when there are any, else derived now. */
  private derived<T>(name: string, derive: () => T): T {
    return this.derivedLists === undefined ? derive() : this.derivedLists.get(name, derive);
  }

  /** The verb synsets that cause this one ("kill" for "die"). */
  private causesOf(offset: number): readonly number[] {
    this.causers ??= this.derived("causers", () => this.wordnet.causersByResult());
    return this.causers.get(offset) ?? [];
  }

  /** The adjectives pertaining to a noun synset ("israeli" for Israel). */
  private pertainersOf(offset: number): readonly Pertainer[] {
    this.pertainers ??= this.derived("pertainers", () => this.wordnet.pertainersByNoun());
    return this.pertainers.get(offset) ?? [];
  }

  /** True when the dictionary knows the word (so an unknown word is a name or a typo). */
  knows(lemma: string): boolean {
    return this.wordnet.has(lemma);
  }

  /**
   * True when the dictionary knows the word other than as one person's name: "marsh" and "hall" are
   * common words and "London" a place, while "Amundsen" and "Macaulay" (WordNet's explorer and
   * historian) are surnames.
   */
  knowsOtherThanAsPerson(lemma: string): boolean {
    return PARTS_OF_SPEECH.some((pos) =>
      this.wordnet.senses(lemma, pos).some((offset) => !NOUN_PERSON.has(this.wordnet.lexFile(offset, pos)) || !isInstance(this.wordnet.synset(offset, pos))),
    );
  }

  /** True when the verb's most frequent sense is one of saying, thinking or feeling ("warn", "believe"). */
  reportsSpeechOrThought(lemma: string): boolean {
    return this.firstSenseIn(lemma, "verb", SPEECH_AND_THOUGHT);
  }

  /**
   * True when a sense of the verb met in WordNet's sense-tagged texts takes an infinitive right after
   * it ("plan to", "want to"), or whose most frequent sense is one of desire ("hope to", "wish to",
   * which WordNet frames with a clause only): the infinitive completes the verb.
   */
  takesInfinitive(lemma: string): boolean {
    return this.usualSenseFrames(lemma).includes(INFINITIVE_FRAME) || this.reportsFeeling(lemma);
  }

  /**
   * True when a sense of the verb met in WordNet's sense-tagged texts takes an object and then an
   * infinitive ("urge somebody to", "order somebody to"), not the purpose of "use X to": the
   * infinitive completes the verb.
   */
  takesObjectAndInfinitive(lemma: string): boolean {
    return this.usualSenseFrames(lemma, PURPOSE_VERB).some((frame) => OBJECT_AND_INFINITIVE_FRAMES.has(frame));
  }

  /**
   * True when a sense of the verb met in WordNet's sense-tagged texts takes a person ("Somebody ----s
   * somebody") and one that takes a clause ("Somebody ----s that CLAUSE"): one tells somebody
   * something ("tell", "warn", "ask"), and in the passive its subject is who was told.
   */
  addressesPerson(lemma: string): boolean {
    const frames = this.usualSenseFrames(lemma);
    return frames.includes(PERSON_OBJECT_FRAME) && frames.includes(CLAUSE_FRAME);
  }

  /** True when the verb's most frequent sense takes an object and then an infinitive ("ask somebody to", "order somebody to"; not "hold", "move"). */
  usuallyTakesObjectAndInfinitive(lemma: string): boolean {
    return this.firstSenseFrames(lemma).some((frame) => OBJECT_AND_INFINITIVE_FRAMES.has(frame));
  }

  /** True when the verb's most frequent sense needs no object ("live", "arrive"; not "publish", "draw up"). */
  usuallyTakesNoObject(lemma: string): boolean {
    return this.firstSenseFrames(lemma).some((frame) => OBJECTLESS_FRAMES.has(frame));
  }

  /** The frames of the verb's most frequent sense that its own word takes. */
  private firstSenseFrames(lemma: string): number[] {
    const [first] = this.wordnet.senses(lemma, "verb");
    if (first === undefined) return [];
    const synset = this.wordnet.synset(first, "verb");
    return synset.frames.filter(({ word }) => word === 0 || synset.words[word - 1] === lemma).map(({ frame }) => frame);
  }

  /** True when the verb's most frequent sense is one of feeling or desire ("want", "hope", "wish"; not "agree" or "plan"). */
  reportsFeeling(lemma: string): boolean {
    return this.firstSenseIn(lemma, "verb", VERB_EMOTION);
  }

  /**
   * True when the verb tells a reaction: its most frequent sense shows a feeling by the body, by
   * words or inwardly ("wept", "smiled", "shouted", "rejoiced"), or one of its commonest senses is a
   * feeling ("burst" into tears); not "found", "came" or "sat".
   */
  tellsReaction(lemma: string): boolean {
    const senses = this.wordnet.senses(lemma, "verb");
    const lexFile = (offset: number) => this.wordnet.synset(offset, "verb").lexFile;
    const [first] = senses;
    return (first !== undefined && VERB_REACTION.has(lexFile(first))) || senses.slice(0, REACTION_SENSES).some((offset) => VERB_EMOTION.has(lexFile(offset)));
  }

  /**
   * True when a word of a text may tell how someone reacted: a verb telling a reaction (see
   * tellsReaction) that WordNet's tagged texts meet as a verb ("wept", "welcomed"; not "out"), or an
   * adjective one of whose commonest senses WordNet makes from a noun of feeling ("glad", "angry",
   * "worried").
   */
  mayTellReaction(word: string): boolean {
    const lemma = lemmaOf(word);
    if (this.wordnet.taggedSenseCount(lemma, "verb") > 0 && this.tellsReaction(lemma)) return true;
    return this.wordnet
      .senses(word, "adj")
      .slice(0, REACTION_SENSES)
      .some((offset) => this.wordnet.synset(offset, "adj").pointers.some((pointer) => pointer.pos === "noun" && pointer.symbol === "+" && this.wordnet.lexFile(pointer.offset, "noun") === NOUN_FEELING));
  }

  /**
   * True when the word is a verb alone, no noun, whose most frequent sense is one of saying, thinking
   * or feeling ("thank", "react", "complain"): not "book" or "joke", which name a thing asked about.
   * A noun never met in WordNet's sense-tagged texts is no use of the word ("a think", "have your say").
   */
  isVerbOfSpeechOrThought(lemma: string): boolean {
    return this.wordnet.taggedSenseCount(lemma, "noun") === 0 && this.reportsSpeechOrThought(lemma);
  }

  /** True when the dictionary lists the word as an adjective, maybe among other parts of speech ("senior", "official"). */
  isAdjective(word: string): boolean {
    return this.wordnet.senses(word, "adj").length > 0;
  }

  /** True when the dictionary lists the word as a noun, maybe among other parts of speech ("cherry", "apple"). */
  isNoun(word: string): boolean {
    return this.wordnet.senses(word, "noun").length > 0;
  }

  /** True when the dictionary lists the word as an adverb, maybe among other parts of speech ("later", "yesterday"). */
  isAdverb(word: string): boolean {
    return this.wordnet.senses(word, "adv").length > 0;
  }

  /** True when the dictionary lists the word as an adverb and as nothing else ("presently", not "fast"). */
  isOnlyAdverb(lemma: string): boolean {
    const senses = (pos: WordNetPos) => this.wordnet.senses(lemma, pos).length;
    return senses("adv") > 0 && senses("noun") === 0 && senses("verb") === 0 && senses("adj") === 0;
  }

  /**
   * True when the adjective's most frequent sense pertains to a named place ("russian" → Russia,
   * "scottish" → Scotland): a word for where someone or something is from, not a name of its own.
   */
  pertainsToNamedPlace(lemma: string): boolean {
    const [first] = this.wordnet.senses(lemma, "adj");
    if (first === undefined) return false;
    return this.wordnet.synset(first, "adj").pointers.some((pointer) => pointer.symbol === "\\" && isInstance(this.wordnet.synset(pointer.offset, pointer.pos)));
  }

  /** True when the noun's commonest sense is a member of a named place's people ("Spaniard", "Briton"). */
  namesPeopleOfPlace(lemma: string): boolean {
    const [first] = this.wordnet.senses(lemma, "noun");
    return first !== undefined && this.homePlacesOf(this.wordnet.synset(first, "noun")).length > 0;
  }

  /** The offsets of the named places a people noun's sense is a member of ("Spaniard" → Spain), none for other senses. */
  private homePlacesOf(synset: Synset): number[] {
    if (!NOUN_PERSON.has(synset.lexFile)) return [];
    return synset.pointers.flatMap((pointer) => {
      if (pointer.symbol !== "#m" || pointer.pos !== "noun") return [];
      const place = this.wordnet.synset(pointer.offset, "noun");
      return place.lexFile === NOUN_LOCATION && isInstance(place) ? [pointer.offset] : [];
    });
  }

  /** The words of every named place a name may be ("Great Britain": the island, the United Kingdom). */
  private namedPlacesCalled(name: string): string[] {
    return this.wordnet.senses(name, "noun").flatMap((offset) => {
      const place = this.wordnet.synset(offset, "noun");
      return place.lexFile === NOUN_LOCATION && isInstance(place) ? place.words : [];
    });
  }

  /**
   * The head adjectives of an adjective's senses, most frequent first: a satellite's head ("chilly" →
   * "unemotional", "cold"), or the adjective itself where it heads its own cluster.
   */
  adjectiveHeads(lemma: string): string[] {
    return this.wordnet.senses(lemma, "adj").flatMap((offset) => {
      const synset = this.wordnet.synset(offset, "adj");
      if (!synset.satellite) return [lemma];
      const head = synset.pointers.find((pointer) => pointer.symbol === "&");
      return head === undefined ? [] : this.wordnet.synset(head.offset, "adj").words.slice(0, 1);
    });
  }

  /**
   * The adjectives naming the values of the attribute a noun names in its senses met in tagged text
   * ("speed" → "fast", "slow", a rarer sense than the rate; "size" → "large", "big", "small"), not in
   * those hardly ever met ("volume" as loudness).
   */
  attributeValues(lemma: string): string[] {
    return this.nounSensesMet(lemma).flatMap((offset) =>
      this.wordnet
        .synset(offset, "noun")
        .pointers.filter((pointer) => pointer.symbol === "=" && pointer.pos === "adj")
        .flatMap((pointer) => this.wordnet.synset(pointer.offset, "adj").words),
    );
  }

  /** A noun's most frequent sense and those met often in WordNet's sense-tagged texts. */
  private nounSensesMet(lemma: string): number[] {
    const counts = this.wordnet.senseTagCounts(lemma, "noun");
    return this.wordnet.senses(lemma, "noun").filter((offset, at) => at === 0 || (counts.get(offset) ?? 0) >= this.options.minUsualSenseCount);
  }

  /** The words sharing an adverb's commonest sense ("frequently" → "often", "oftentimes"; "much" → "a great deal", not "often"). */
  adverbSynonyms(adverb: string): readonly string[] {
    const [first] = this.wordnet.senses(adverb, "adv");
    return first === undefined ? [] : this.wordnet.synset(first, "adv").words.filter((word) => word !== adverb);
  }

  /** The adjective an adverb is formed from, when the dictionary knows it ("quickly" → "quick"). */
  adjectiveOfAdverb(adverb: string): string | undefined {
    return adjectivesOf(adverb).find((adjective) => adjective !== adverb && this.wordnet.senses(adjective, "adj").length > 0);
  }

  /**
   * The frames of a verb's senses met in WordNet's sense-tagged texts (the first sense when none
   * was), but those of a sense holding `skipping`.
   */
  private usualSenseFrames(lemma: string, skipping?: string): number[] {
    const senses = this.wordnet.senses(lemma, "verb").slice(0, Math.max(1, this.wordnet.taggedSenseCount(lemma, "verb")));
    return senses.flatMap((offset) => {
      const synset = this.wordnet.synset(offset, "verb");
      if (skipping !== undefined && synset.words.includes(skipping)) return [];
      return synset.frames.filter(({ word }) => word === 0 || synset.words[word - 1] === lemma).map(({ frame }) => frame);
    });
  }

  /** True when the lemma's most frequent sense as that part of speech is in one of these lexicographer files. */
  private firstSenseIn(lemma: string, pos: WordNetPos, lexFiles: ReadonlySet<number>): boolean {
    const [first] = this.wordnet.senses(lemma, pos);
    return first !== undefined && lexFiles.has(this.wordnet.lexFile(first, pos));
  }

  /**
   * True when the noun's first or second sense is a sum, an amount or a ratio ("rate", "turnover",
   * "price", "odds"), not a quality ("significance"), a state ("status") or an outcome ("result").
   */
  namesMeasure(lemma: string): boolean {
    return this.wordnet.senses(lemma, "noun").slice(0, MEASURE_SENSES).some((offset) => MEASURES.has(this.wordnet.synset(offset, "noun").lexFile));
  }

  /** True when the noun's most frequent sense is a time ("night", "weekend", "season"). */
  namesTime(lemma: string): boolean {
    return this.firstSenseIn(lemma, "noun", NOUN_TIME);
  }

  /** True when the noun's most frequent sense is a place, a structure or a thing one may be at ("county", "hotel", "hill"). */
  namesPlace(lemma: string): boolean {
    return this.firstSenseIn(lemma, "noun", PLACES_AND_THINGS);
  }

  /**
   * True when one of the noun's two most frequent senses is a place, a structure or a thing one may
   * be at: "hotel", and "school" and "church", whose commonest sense is their people.
   */
  mayNamePlace(lemma: string): boolean {
    return this.wordnet.senses(lemma, "noun").slice(0, PLACE_SENSES).some((offset) => PLACES_AND_THINGS.has(this.wordnet.synset(offset, "noun").lexFile));
  }

  /** True when some noun sense of the name (lower case, spaces as underscores) is a named place ("qatar", "new_york"). */
  namesLocation(name: string): boolean {
    return this.namedPlacesCalled(name).length > 0;
  }

  /** True when every noun sense of the word is a named person ("sarah", "james"): a given name or a surname. */
  namesOnlyPeople(word: string): boolean {
    const senses = this.wordnet.senses(word, "noun");
    return senses.length > 0 && senses.every((offset) => {
      const synset = this.wordnet.synset(offset, "noun");
      return isInstance(synset) && NOUN_PERSON.has(synset.lexFile);
    });
  }

  /** True when WordNet knows the word as a common word, not only as a name ("tickets", not "london"). */
  knowsAsCommonWord(word: string): boolean {
    return this.knows(word) && !this.namesOnlyInstances(word);
  }

  /** True when the noun's most frequent sense is something said or written ("statement", "words", "warning"), not a thought ("stance"). */
  namesWordsSaid(lemma: string): boolean {
    return this.firstSenseIn(lemma, "noun", NOUN_COMMUNICATION);
  }

  /** True when the noun's most frequent sense is an idea or a text ("rule", "report", "statement"), which may tell something as a speaker does. */
  namesIdeaOrText(lemma: string): boolean {
    return this.firstSenseIn(lemma, "noun", IDEAS_AND_TEXTS);
  }

  /** True when the noun's most frequent sense is an act ("trip", "visit", "election"). */
  namesAct(lemma: string): boolean {
    return this.firstSenseIn(lemma, "noun", NOUN_ACT);
  }

  /**
   * True when the noun's first or second sense is an act ("project", "restoration", "refit"), not a
   * thing ("watch", "loan"), or the word is a verb the dictionary has no noun of ("the rebuild").
   */
  mayNameAct(lemma: string): boolean {
    const senses = this.wordnet.senses(lemma, "noun");
    return senses.length === 0 ? this.isVerb(lemma) : senses.slice(0, 2).some((offset) => NOUN_ACT.has(this.wordnet.lexFile(offset, "noun")));
  }

  /** True when the noun's commonest sense is a unit or an amount ("hectares", "litres", "euros"). */
  namesUnit(lemma: string): boolean {
    return this.firstSenseIn(lemma, "noun", NOUN_QUANTITY);
  }

  /** True when the noun names people ("passengers", "fans") or its commonest sense is a unit or an amount ("miles", "euros"). */
  namesPeopleOrUnit(lemma: string): boolean {
    return this.namesUnit(lemma) || this.namesKindOf(lemma, PEOPLE);
  }

  /**
   * True when the noun's most frequent sense is a thing a text may name ("ship", "drug", "island"),
   * not a person, a body, an event or an idea; or any of its senses, when the name it goes with is
   * surely a thing's ("a bulk carrier, the Marisol Dawn": a carrier is first a person).
   */
  namesThing(lemma: string, anySense = false): boolean {
    const senses = this.wordnet.senses(lemma, "noun");
    return (anySense ? senses : senses.slice(0, 1)).some((offset) => NOUN_THINGS.has(this.wordnet.lexFile(offset, "noun")));
  }

  /**
   * True when a usual noun sense of the word is a building or another structure ("hotel", "inn",
   * "chapel"), or the word is first an organisation some sense of which is housed in one ("clinic",
   * "college"); not "centre" (first a middle) nor "hall" (first a room), which the name's other
   * words tell the kind of ("the Health Centre", "the Town Hall").
   */
  namesBuilding(lemma: string): boolean {
    return this.namesKindOf(lemma, STRUCTURE) || (this.namesOrganization(lemma) && this.mayNameKindOf(lemma, STRUCTURE));
  }

  /** True when some noun sense of the word is a building or another structure ("pharmacy", a shop in its second sense). */
  mayNameBuilding(lemma: string): boolean {
    return this.mayNameKindOf(lemma, STRUCTURE);
  }

  /** True when the noun's most frequent sense is a person or a group of them ("minister", "reporters", "council"). */
  namesPersonOrGroup(lemma: string): boolean {
    return this.firstSenseIn(lemma, "noun", PERSONS_AND_GROUPS);
  }

  /** True when the noun's most frequent sense is a person or an animal ("contractor", "husband", "panda"). */
  namesBeing(lemma: string): boolean {
    return this.firstSenseIn(lemma, "noun", BEINGS);
  }

  /** True when the noun's most frequent sense is a person ("mayor", "woman", "volunteer"), whom "he" or "she" may stand for. */
  namesPerson(lemma: string): boolean {
    return this.firstSenseIn(lemma, "noun", NOUN_PERSON);
  }

  /**
   * True when a word names a person in some sense WordNet's tagged texts meet it as a noun, and in
   * none shared with `role`: the title of another role ("Judge", "Justice" of a setter), not a given
   * name ("Graham") nor the role's own ("Justice" of a judge).
   */
  titlesOtherRole(word: string, role: string): boolean {
    const roleSenses = new Set(this.wordnet.senses(role, "noun"));
    return this.namesPersonInSomeSense(word) && this.wordnet.taggedSenseCount(word, "noun") > 0 && !this.wordnet.senses(word, "noun").some((offset) => roleSenses.has(offset));
  }

  /**
   * The nouns naming the office a role's holder holds, derived from its person senses: "editorship"
   * of editor, "presidency" of president, "chairmanship" of chairman ("under the general editorship of
   * Louis Kronenberger" names the editor): WordNet files an office held as an act. Not other persons
   * ("chairwoman"), its verbs ("edit"), a realm ("kingdom") nor a group ("membership").
   */
  officesOf(role: string): string[] {
    const offices = new Set<string>();
    for (const offset of this.wordnet.senses(role, "noun")) {
      if (!NOUN_PERSON.has(this.wordnet.lexFile(offset, "noun"))) continue;
      const synset = this.wordnet.synset(offset, "noun");
      const self = synset.words.indexOf(role) + 1;
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== "+" || pointer.pos !== "noun" || pointer.source !== self || !NOUN_ACT.has(this.wordnet.lexFile(pointer.offset, "noun"))) continue;
        const office = this.wordnet.synset(pointer.offset, "noun").words[pointer.target - 1];
        if (office !== undefined && !office.includes("_")) offices.add(office);
      }
    }
    return [...offices];
  }

  /**
   * True when the noun's most frequent sense is a person by role ("minister", "barrister"), not one
   * WordNet files a step or two under a person's sex or age ("guy" is a man, "kid" a juvenile), which
   * may stand for anyone a text names by role.
   */
  namesPersonByRole(lemma: string): boolean {
    const [first] = this.wordnet.senses(lemma, "noun");
    if (first === undefined || !NOUN_PERSON.has(this.wordnet.lexFile(first, "noun"))) return false;
    let synset = this.wordnet.synset(first, "noun");
    for (let step = 0; step < BY_SEX_OR_AGE_STEPS; step++) {
      synset = this.broaderNoun(synset) ?? synset;
      if (BY_SEX_OR_AGE.has(synset.words[0] ?? "")) return false;
    }
    return true;
  }

  /**
   * True when the noun names the doer of a verb it derives from by "-er" or "-or" ("owner" → "own",
   * "driver" → "drive", "runner" → "run"): such a person may be told by the verb and its object
   * instead ("the guesthouse owner" is who "runs a guesthouse" or "owns" it). Not "minister".
   */
  namesDoer(lemma: string): boolean {
    return this.derivedForms(lemma).some((form) => {
      const stem = form.replace(/e$/, "");
      return this.wordnet.senses(form, "verb").length > 0 && lemma.startsWith(stem) && /^[a-z]?[eo]r$/.test(lemma.slice(stem.length));
    });
  }

  /** True when one of the noun's senses is a kind of person, not one person of that name (see WordNet.namesPersonInSomeSense). */
  namesPersonInSomeSense(lemma: string): boolean {
    return this.wordnet.namesPersonInSomeSense(lemma);
  }

  /**
   * The nouns for one who does what a verb says: its own word, where that names a kind of person
   * ("chair", "coach"), and its derived forms whose commonest sense does ("lead" → "leader", "own" →
   * "owner"). "Who chairs the group?" is told by "the group's chair, Lorna Fitzwilliam".
   */
  doerNouns(verb: string): string[] {
    if (this.wordnet.senses(verb, "verb").length === 0) return [];
    const derived = this.derivedForms(verb).filter((form) => this.firstSenseIn(form, "noun", NOUN_PERSON));
    return this.namesPersonInSomeSense(verb) ? [verb, ...derived] : derived;
  }

  /** The kinds of person one step broader than a noun's person senses ("envoy" → "diplomat", "representative"). */
  broaderPersons(lemma: string): string[] {
    const found = new Set<string>();
    for (const offset of this.wordnet.senses(lemma, "noun")) {
      const synset = this.wordnet.synset(offset, "noun");
      if (!NOUN_PERSON.has(synset.lexFile)) continue;
      for (const pointer of synset.pointers) {
        if (pointer.symbol === "@") this.wordnet.synset(pointer.offset, pointer.pos).words.forEach((word) => found.add(word));
      }
    }
    return [...found];
  }

  /**
   * True when the noun's commonest sense is a broad class, with more kinds filed under it at any
   * depth than broadClassKinds: "official" (some 150 kinds, "minister" and "judge" among them),
   * "people" or "game", not "executive" (25), "passenger" (6) or "car" (40).
   */
  namesBroadClass(lemma: string): boolean {
    const [first] = this.wordnet.senses(lemma, "noun");
    if (first === undefined) return false;
    const seen = new Set<number>();
    const toVisit = [first];
    for (let offset = toVisit.pop(); offset !== undefined; offset = toVisit.pop()) {
      for (const pointer of this.wordnet.synset(offset, "noun").pointers) {
        if ((pointer.symbol !== "~" && pointer.symbol !== "~i") || seen.has(pointer.offset)) continue;
        seen.add(pointer.offset);
        if (seen.size > this.options.broadClassKinds) return true;
        toVisit.push(pointer.offset);
      }
    }
    return false;
  }

  /**
   * True when WordNet's sense-tagged texts meet the word as an adjective more often than as a noun
   * ("first", "whole", "close"): its adjective senses are the usual ones, wherever it stands ("the
   * first of the meetings" is the opening one).
   */
  mostlyAdjective(lemma: string): boolean {
    return this.taggedUses(lemma, "adj") > this.taggedUses(lemma, "noun");
  }

  /**
   * True when the noun's commonest sense is a thing or a being (see CONCRETE_KINDS): "vehicle",
   * "worker". WordNet files the broadest of each file among its tops ("animal", "food"): they are
   * what most of their own kinds are.
   */
  namesConcreteKind(lemma: string): boolean {
    const [first] = this.wordnet.senses(lemma, "noun");
    if (first === undefined) return false;
    const file = this.wordnet.lexFile(first, "noun");
    if (file !== NOUN_TOPS) return CONCRETE_KINDS.has(file);
    const kinds = this.wordnet.synset(first, "noun").pointers.filter((pointer) => pointer.symbol === "~" && pointer.pos === "noun");
    return kinds.filter((kind) => CONCRETE_KINDS.has(this.wordnet.lexFile(kind.offset, "noun"))).length * 2 > kinds.length;
  }

  /**
   * True when the dictionary knows the word as a noun, and its sense-tagged texts meet it as a noun at
   * least as often as as a verb or an adjective ("otter", "rain"; not "spread", "tough").
   */
  usuallyNoun(lemma: string): boolean {
    return cachedIn(this.nounUses, lemma, () => {
      const asNoun = this.taggedUses(lemma, "noun");
      return this.isNoun(lemma) && asNoun >= this.taggedUses(lemma, "verb") && asNoun >= this.taggedUses(lemma, "adj");
    });
  }

  /**
   * True when some noun sense of the word, not only a usual one, is a kind of the other's commonest
   * sense at any depth, the word not being mostly an adjective: "badger" is first a Wisconsin native
   * and "otter" first a fur, but a sentence naming either beside "which animal…" means the animal.
   */
  mayNameKindOf(lemma: string, broader: string): boolean {
    return cachedIn(this.kindsInSomeSense, `${lemma} ${broader}`, () => !this.mostlyAdjective(lemma) && this.standUnder(this.wordnet.senses(lemma, "noun"), this.kindsCounted(broader)));
  }

  /**
   * True when, in some noun senses, one word is a kind of the other at any depth ("cathedral" and
   * "church") or both are kinds of a narrow class (see maxSiblingKinds): "college" and "school" are
   * educational institutions, "chapel" and "church" places of worship, while a "hall" and a "hotel"
   * are only both buildings.
   */
  namesNearKind(lemma: string, other: string): boolean {
    const [first, second] = [lemma, other].sort();
    return cachedIn(this.kindsInSomeSense, `${first} ${second} (near)`, () => {
      const senses = this.wordnet.senses(lemma, "noun");
      const otherSenses = this.wordnet.senses(other, "noun");
      if (this.standUnder(senses, new Set(otherSenses)) || this.standUnder(otherSenses, new Set(senses))) return true;
      const shared = this.narrowClassesOf(otherSenses);
      return [...this.narrowClassesOf(senses)].some((parent) => shared.has(parent));
    });
  }

  /** The classes one step above these noun senses that have few kinds directly under them (see maxSiblingKinds). */
  private narrowClassesOf(senses: readonly number[]): Set<number> {
    const parents = senses.flatMap((offset) => this.wordnet.synset(offset, "noun").pointers.filter((pointer) => pointer.symbol === "@" && pointer.pos === "noun").map((pointer) => pointer.offset));
    const kindsUnder = (parent: number) => this.wordnet.synset(parent, "noun").pointers.filter((pointer) => pointer.symbol === "~").length;
    return new Set(parents.filter((parent) => kindsUnder(parent) <= this.options.maxSiblingKinds));
  }

  /** How often WordNet's sense-tagged texts meet the word as this part of speech, all senses together. */
  private taggedUses(lemma: string, pos: WordNetPos): number {
    let uses = 0;
    for (const count of this.wordnet.senseTagCounts(lemma, pos).values()) uses += count;
    return uses;
  }

  /** True for the nouns that name people at large, not a kind of them: "people", "persons". */
  namesPeople(lemma: string): boolean {
    return lemma === PEOPLE || lemma === PERSON;
  }

  /**
   * True when the noun's commonest sense is a group of people ("crowd", "crew", "workforce", "board"),
   * which a count of it counts the members of, and none of its usual senses a group of animals: "a
   * herd of 200" or "a flock of 350" are no people, nor "a fleet of 40" (a collection of things),
   * while "a team of eight" are, though WordNet knows a team of draught horses too.
   */
  namesGroupOfPeople(lemma: string): boolean {
    const [first] = this.wordnet.senses(lemma, "noun");
    if (first === undefined) return false;
    this.groupSenses ??= { social: new Set(this.wordnet.senses(SOCIAL_GROUP, "noun")), animal: new Set(this.wordnet.senses(ANIMAL_GROUP, "noun")) };
    return this.standUnder([first], this.groupSenses.social) && !this.standUnder(this.usualNounSenses(lemma), this.groupSenses.animal);
  }

  /** True when two nouns name different kin ("sister" and "mother"), neither a kind of the other ("wife" is a spouse). */
  namesOtherKin(lemma: string, other: string): boolean {
    return lemma !== other && this.namesKindOf(lemma, RELATIVE) && this.namesKindOf(other, RELATIVE) && !this.namesKindOf(lemma, other) && !this.namesKindOf(other, lemma);
  }

  /** True when the noun's most frequent sense is an organisation ("company", "party", "council"), which has a name. */
  namesOrganization(lemma: string): boolean {
    const [first] = this.wordnet.senses(lemma, "noun");
    return first !== undefined && this.isOrganization(this.wordnet.synset(first, "noun"));
  }

  /**
   * True when some sense of the noun is an organisation ("carrier" is an airline too, "giant" a large
   * enterprise) or is glossed as a person or a firm ("contractor"): "carrier Skylark" may be a firm's name.
   */
  namesOrganizationInSomeSense(lemma: string): boolean {
    return this.wordnet.senses(lemma, "noun").some((offset) => {
      const synset = this.wordnet.synset(offset, "noun");
      return PERSON_OR_FIRM.test(synset.gloss) || this.isOrganization(synset);
    });
  }

  /** True when the synset stands under "organization" within a few steps. */
  private isOrganization(start: Synset): boolean {
    let synset: Synset | undefined = start;
    for (let step = 0; synset !== undefined && step < MAX_ORGANIZATION_STEPS; step++) {
      synset = this.broaderNoun(synset);
      if (synset?.words[0] === "organization") return true;
    }
    return false;
  }

  /** True when the word is the plural of a common noun ("homes", "motors"), not a noun of its own. */
  isCommonPlural(word: string): boolean {
    const lemma = lemmaOf(word);
    return lemma !== word && this.wordnet.senses(word, "noun").length === 0 && this.wordnet.senses(lemma, "noun").some((offset) => !isInstance(this.wordnet.synset(offset, "noun")));
  }

  /** True when a usual sense of the verb tells getting something: "win", "buy", "receive", "earn". */
  tellsGetting(lemma: string): boolean {
    return this.usualSenseUnder(lemma, GETTING_HEADS, VERB_POSSESSION);
  }

  /** True when a usual sense of the verb tells giving something to someone: "award", "sell", "hand", "lend". */
  tellsGiving(lemma: string): boolean {
    return this.usualSenseUnder(lemma, GIVING_HEADS, VERB_POSSESSION);
  }

  /** True when a usual sense of the verb raises an amount: "rise", "jump", "grow", "increase". */
  raisesAmount(lemma: string): boolean {
    return this.usualSenseUnder(lemma, RAISING, VERB_CHANGE_FILES);
  }

  /** True when a usual sense of the verb multiplies an amount: "double", "triple", "quadruple". */
  multipliesAmount(lemma: string): boolean {
    return this.usualSenseUnder(lemma, MULTIPLYING, VERB_CHANGE_FILES);
  }

  /** True when a sense of the verb met in WordNet's sense-tagged texts stands under one of these heads, within these lexicographer files. */
  private usualSenseUnder(lemma: string, heads: ReadonlySet<string>, lexFiles: ReadonlySet<number>): boolean {
    const usual = this.wordnet.senses(lemma, "verb").slice(0, Math.max(1, this.wordnet.taggedSenseCount(lemma, "verb")));
    return usual.some((offset) => {
      let synset: Synset | undefined = this.wordnet.synset(offset, "verb");
      for (let step = 0; synset !== undefined && lexFiles.has(synset.lexFile) && step <= MAX_HEAD_STEPS; step++) {
        if (heads.has(synset.words[0] ?? "")) return true;
        const broader: Synset["pointers"][number] | undefined = synset.pointers.find((pointer) => pointer.symbol === "@" && pointer.pos === "verb");
        synset = broader === undefined ? undefined : this.wordnet.synset(broader.offset, "verb");
      }
      return false;
    });
  }

  /**
   * True when a usual sense of the noun is a kind of the other's commonest sense at any depth, or of
   * the member of a group the other names ("donors" and "fans" are people, "crewmen" crew). A number
   * counting the one counts the other; "six dogs" are no people, though a dull woman may be called a dog.
   */
  namesKindOf(lemma: string, broader: string): boolean {
    return cachedIn(this.kinds, `${lemma} ${broader}`, () => this.standUnder(this.usualNounSenses(lemma), this.kindsCounted(broader)));
  }

  /** The noun's commonest sense and those met about as often in tagged text (see usualSenseShare). */
  private usualNounSenses(lemma: string): number[] {
    const senses = this.wordnet.senses(lemma, "noun");
    const counts = this.wordnet.senseTagCounts(lemma, "noun");
    const least = Math.max(this.options.minUsualSenseCount, (counts.get(senses[0] ?? -1) ?? 0) * this.options.usualSenseShare);
    return senses.filter((offset, at) => at === 0 || (counts.get(offset) ?? 0) >= least);
  }

  /** The noun's commonest sense, and what it is a group of ("people" → person, "staff" → staff member). */
  private kindsCounted(lemma: string): ReadonlySet<number> {
    const [first] = this.wordnet.senses(lemma, "noun");
    if (first === undefined) return new Set();
    const members = this.wordnet.synset(first, "noun").pointers.filter((pointer) => pointer.symbol === "%m" && pointer.pos === "noun");
    return new Set([first, ...members.map((pointer) => pointer.offset)]);
  }

  /** True when one of these noun senses is one of the targets or stands under one, at any depth. */
  private standUnder(senses: readonly number[], targets: ReadonlySet<number>): boolean {
    if (targets.size === 0) return false;
    const seen = new Set<number>();
    const toVisit = [...senses];
    for (let offset = toVisit.pop(); offset !== undefined; offset = toVisit.pop()) {
      if (targets.has(offset)) return true;
      if (seen.has(offset)) continue;
      seen.add(offset);
      for (const pointer of this.wordnet.synset(offset, "noun").pointers) if (pointer.symbol === "@" && pointer.pos === "noun") toVisit.push(pointer.offset);
    }
    return false;
  }

  /** The first synset one step broader than a noun's. */
  private broaderNoun(synset: Synset): Synset | undefined {
    const broader = synset.pointers.find((pointer) => pointer.symbol === "@" && pointer.pos === "noun");
    return broader === undefined ? undefined : this.wordnet.synset(broader.offset, "noun");
  }

  /** True when a noun's sense met in use is a possession ("debt": the sum owed, besides the state of owing), whose size a sum tells. */
  mayNameSum(lemma: string): boolean {
    return this.nounSensesMet(lemma).some((offset) => NOUN_POSSESSION.has(this.wordnet.synset(offset, "noun").lexFile));
  }

  /** True when the word's most frequent sense, as a noun or a verb, is about possession: money, pay, buy. */
  concernsMoney(lemma: string): boolean {
    return this.firstSenseIn(lemma, "noun", NOUN_POSSESSION) || this.firstSenseIn(lemma, "verb", VERB_POSSESSION);
  }

  /**
   * True when the verb's most frequent sense is about possession ("pay", "lose") or is the verb of a
   * noun of possession ("cost", which WordNet files as a state); not "cut", whose noun's commonest
   * sense is a share but whose verb's is to sever.
   */
  concernsMoneyAsVerb(lemma: string): boolean {
    const [first] = this.wordnet.senses(lemma, "verb");
    if (first === undefined) return false;
    const synset = this.wordnet.synset(first, "verb");
    if (VERB_POSSESSION.has(synset.lexFile)) return true;
    const self = synset.words.indexOf(lemma) + 1;
    return synset.pointers.some((pointer) => pointer.symbol === "+" && pointer.pos === "noun" && pointer.source === self && NOUN_POSSESSION.has(this.wordnet.lexFile(pointer.offset, "noun")));
  }

  /**
   * True when every sense of the verb is one of possession ("overspend"): what it tells
   * is money, even as a margin ("by how much did the agency overspend?"), unlike "lose" or "cut".
   */
  onlyTellsMoney(lemma: string): boolean {
    const senses = this.wordnet.senses(lemma, "verb");
    return senses.length > 0 && senses.every((offset) => VERB_POSSESSION.has(this.wordnet.synset(offset, "verb").lexFile));
  }

  /**
   * True when one of the verb's two commonest senses is one of possession: "spend" (first "pass
   * time", then "pay out"), "save", "win". "How much did they spend?" asks a sum, as time spent is
   * asked "how long".
   */
  mayTellMoney(lemma: string): boolean {
    return this.wordnet
      .senses(lemma, "verb")
      .slice(0, MONEY_VERB_SENSES)
      .some((offset) => VERB_POSSESSION.has(this.wordnet.synset(offset, "verb").lexFile));
  }

  /**
   * The phrasal verbs of a text ("lining up" → line_up, whose synonyms include "queue"; "call it
   * off" → call_off, "cancel"), keyed by their verb's word.
   */
  phrasalVerbs(words: readonly string[]): Map<string, PhrasalVerb> {
    const phrases = new Map<string, PhrasalVerb>();
    words.forEach((verb, at) => {
      const idiom = this.idiomAt(words, at);
      if (idiom !== undefined) {
        phrases.set(verb, idiom);
        return;
      }
      const next = words[at + 1];
      const particle = next !== undefined && OBJECT_PRONOUNS.has(next) ? words[at + 2] : (finalParticle(words, at) ?? next);
      if (particle === undefined) return;
      // "go to Moscow", "came to Gaza": a light verb and "to" before a place's or a person's name tell
      // a journey there, not the senses WordNet gives "go to" and "come to" ("attend", "regain consciousness").
      const object = words[at + 2];
      if (isLightVerb(verb) && particle === next && particle === "to" && object !== undefined && this.isPlaceOrPersonName(object)) return;
      // A phrase WordNet lacks ("hand back") is known by what the particle makes of the verb's synonyms
      // ("give back"). A light verb makes a verb with other words too: "took place" is "occurred".
      const isPhrase = (phrase: string) =>
        PARTICLES.has(particle)
          ? this.knows(phrase) || this.kindredPhraseWords(phrase).length > 0
          : particle === next && isLightVerb(verb) && this.isVerb(phrase);
      // The base form first, then the word as typed: "lay" is also the past of "lie", but "lay off" is the phrase.
      const phrase = [lemmaOf(verb), verb].map((base) => `${base}_${particle}`).find(isPhrase);
      if (phrase !== undefined) phrases.set(verb, { verb, phrase, bound: [particle] });
    });
    return phrases;
  }

  /**
   * The idiom WordNet knows as one verb that starts at a word, longest first ("pull the plug" →
   * pull_the_plug, "drag their heels" → drag_one's_heels), if any.
   */
  private idiomAt(words: readonly string[], at: number): PhrasalVerb | undefined {
    this.idioms ??= this.derived("idioms", () => idiomsByVerb([...this.wordnet.compoundLemmas()].filter((lemma) => lemma.split("_").length > 2 && this.isVerb(lemma))));
    const verb = words[at] ?? "";
    for (const phrase of this.idioms.get(lemmaOf(verb)) ?? this.idioms.get(verb) ?? []) {
      const parts = phrase.split("_").slice(1);
      const bound = words.slice(at + 1, at + 1 + parts.length);
      if (bound.length === parts.length && parts.every((part, k) => fillsIdiomPart(bound[k] ?? "", part))) {
        // "walk out of the ground" is walking out: WordNet's "walk out of" keeps but one narrow sense.
        const within = openingPhrasalVerb(phrase);
        return within !== undefined && this.knows(within) ? { verb, phrase, bound, within } : { verb, phrase, bound };
      }
    }
    return undefined;
  }

  /**
   * What a phrasal verb may mean beyond the senses WordNet gives it, and for one it lacks: what the
   * same particle makes with its verb's synonyms ("push out" → "force out": "oust", "depose"; "hand
   * back" → "give back": "return"), each at most as much as the verb a phrasal verb is a kind of.
   * Not a light verb's, whose synonyms are too many and loose ("take" → "lead", "bring").
   */
  kindredPhraseWords(phrase: string): RelatedWord[] {
    const [verb, particle, ...rest] = phrase.split("_");
    if (verb === undefined || particle === undefined || rest.length > 0 || isLightVerb(verb) || !SEPARABLE_PARTICLES.has(particle)) return [];
    const key = `${phrase} (kindred)`;
    let found = this.cache.get(key);
    if (!found) {
      const weights = new Map<string, number>();
      for (const offset of this.wordnet.senses(verb, "verb").slice(0, KINDRED_SENSES)) {
        for (const word of this.wordnet.synset(offset, "verb").words) {
          const kin = `${word}_${particle}`;
          if (word === verb || word.includes("_") || !this.isVerb(kin)) continue;
          for (const related of this.lookUp(kin, ["verb"], KINDRED_SENSES)) {
            if (related.word === verb) continue;
            const weight = Math.min(related.weight, this.options.phrasalBroaderWeight);
            weights.set(related.word, Math.max(weights.get(related.word) ?? 0, weight));
          }
        }
      }
      found = [...weights].map(([word, weight]) => ({ word, weight }));
      this.remember(key, found);
    }
    return found;
  }

  /**
   * The compounds of a text: two or three adjacent words WordNet knows as one lemma ("russian capital"
   * → russian_capital, "burial mounds" → burial_mound), keyed by each of their words, longest first.
   * Only words of their own: "out of", "so far" are grammar, and a verb with its particle is a
   * phrasal verb (see phrasalVerbs). `lexicon` says whether WordNet knows a joined lemma, and
   * whether two words may start one.
   */
  compounds(words: readonly string[], lexicon: CompoundLexicon = { isCompound: (lemma) => this.knows(lemma), mayStart: () => true }): Map<string, string> {
    const found = new Map<string, string>();
    const { isCompound, mayStart } = lexicon;
    for (let at = 0; at < words.length - 1; at++) {
      const first = words[at] ?? "";
      const second = words[at + 1] ?? "";
      // Most words of a text are grammar, which is no compound's part (see isCompoundPart): a pair
      // with one is not looked up.
      if (isStopWord(first) || isStopWord(second) || !mayStart(first, second)) continue;
      for (const length of COMPOUND_LENGTHS) {
        const parts = words.slice(at, at + length);
        if (parts.length < length || !parts.every(isCompoundPart)) continue;
        const last = parts.length - 1;
        // "burial mounds" is the compound burial_mound: its last word takes its lemma.
        const compound = [parts.join("_"), [...parts.slice(0, last), lemmaOf(parts[last] ?? "")].join("_")].find(isCompound) ?? this.verbCompoundOf(parts, words[at + length], isCompound);
        if (compound === undefined) continue;
        for (const part of parts) found.set(part, compound);
        at += last;
        break;
      }
    }
    return found;
  }

  /**
   * The verb of several words that a verb's past or present opens ("fell asleep" → fall_asleep, "caught
   * fire" → catch_fire, "shook hands" → shake_hands), which WordNet lists by the verb's base form only,
   * so that a question saying it in other words finds it ("nodded off", "ignited"). Only a verb: "the fell
   * guy" is no fall_guy. Not where its last word tells what kind the next noun is: "cameras caught fire
   * crews forcing the gate".
   */
  private verbCompoundOf(parts: readonly string[], next: string | undefined, isCompound: (lemma: string) => boolean): string | undefined {
    const [first = "", ...rest] = parts;
    const verb = lemmaOf(first);
    if (verb === first) return undefined;
    const last = rest.length - 1;
    if (next !== undefined && !isStopWord(next) && (baseNoun(next) !== next || this.knows(`${rest[last] ?? ""}_${lemmaOf(next)}`))) return undefined;
    return [[verb, ...rest].join("_"), [verb, ...rest.slice(0, last), lemmaOf(rest[last] ?? "")].join("_")].find((lemma) => isCompound(lemma) && this.isVerb(lemma));
  }

  /**
   * The adverbs of several words WordNet knows that open with a word of grammar ("so far", "for good",
   * "by hand", "in the first place", "a lot"), by the index of their first word and their length: the
   * phrase says a time, a manner or a degree, and its noun or adjective ("far", "good", "hand") is no
   * topic of the question. Only phrases that are nothing but adverbs ("at home" is a noun too).
   */
  adverbPhrases(words: readonly string[]): ReadonlyMap<number, { phrase: string; length: number }> {
    // Every sentence indexed is read so (see multiWordLemmas): a pair that opens none is not joined,
    // and a sentence holding none allocates nothing.
    let found: Map<number, { phrase: string; length: number }> | undefined;
    const { starts, phrases } = (this.adverbPhraseLexicon ??= this.derived("adverb-phrases", () => this.multiWordAdverbLexicon()));
    for (let at = 0; at < words.length - 1; at++) {
      if (!starts.get(words[at] ?? "")?.has(words[at + 1] ?? "")) continue;
      for (const length of ADVERB_PHRASE_LENGTHS) {
        if (at + length > words.length) continue;
        const phrase = words.slice(at, at + length).join("_");
        if (!phrases.has(phrase)) continue;
        (found ??= new Map()).set(at, { phrase, length });
        at += length - 1;
        break;
      }
    }
    return found ?? NO_ADVERB_PHRASES;
  }

  /**
   * WordNet's adverbs of several words opening with a word of grammar, and their second words by
   * their first: read once, since "in the" of every sentence indexed may open one.
   */
  private multiWordAdverbLexicon(): AdverbPhraseLexicon {
    const starts = new Map<string, Set<string>>();
    const phrases = new Set<string>();
    for (const lemma of this.wordnet.compoundLemmas()) {
      const parts = lemma.split("_");
      const [first = "", second = ""] = parts;
      // One of grammar alone ("at all", "as well") holds no word the question would weigh.
      if (!isStopWord(first) || parts.every(isStopWord) || !parts.every((part) => /^[a-z]+$/.test(part)) || !this.isOnlyAdverb(lemma)) continue;
      phrases.add(lemma);
      starts.set(first, (starts.get(first) ?? new Set<string>()).add(second));
    }
    return { starts, phrases };
  }

  /**
   * The WordNet lemmas of several words a text holds, its compounds ("groundwater levels" →
   * groundwater_level), which a question's words may have as a synonym ("water table"), and its
   * adverbs of several words ("on board"), which a question's adverb says as written.
   */
  multiWordLemmas(words: readonly string[]): string[] {
    const compounds = this.compounds(words, this.textCompoundLexicon());
    const phrasalVerbs = this.textPhrasalVerbs(words);
    const adverbPhrases = this.adverbPhrases(words);
    // Most sentences hold none (this runs on every sentence indexed).
    if (compounds.size === 0 && phrasalVerbs.length === 0 && adverbPhrases.size === 0) return [];
    return [...new Set([...compounds.values(), ...phrasalVerbs, ...Array.from(adverbPhrases.values(), ({ phrase }) => phrase)])];
  }

  /**
   * The phrasal verbs WordNet knows that a text holds, a verb right before its particle or an object
   * pronoun between ("called off", "gave it away" → give_away), which a question's phrasal verb says
   * as written, and a question's word may have as a synonym ("cancel" → call_off). Only separable
   * particles ("fallen in the valley" is no "fall in"), and not where one is a preposition (see
   * isPrepositionAfter): "ran over the bridge" is no run_over, "knock down".
   */
  private textPhrasalVerbs(words: readonly string[]): string[] {
    // The verbs by their particle: a text's pairs are looked up without joining them into lemmas first.
    this.phrasalVerbsByParticle ??= this.derived("phrasal-verbs", () => this.separablePhrasalVerbs());
    const verbsByParticle = this.phrasalVerbsByParticle;
    const found: string[] = [];
    words.forEach((word, at) => {
      const next = words[at + 1];
      const particle = next !== undefined && OBJECT_PRONOUNS.has(next) ? words[at + 2] : next;
      // A light verb's phrase ("will go ahead", "took place"), which a question's says as written (see
      // phrasalVerbs); not before a preposition, which starts a phrase of its own ("going to leave", "went to Leeds").
      const lightPhrase = next !== undefined && isLightVerb(word) && !isPrepositionOrConjunction(next) ? `${lemmaOf(word)}_${next}` : undefined;
      if (lightPhrase !== undefined && !(particle !== undefined && SEPARABLE_PARTICLES.has(particle)) && this.isVerb(lightPhrase)) found.push(lightPhrase);
      const verbs = particle === undefined ? undefined : verbsByParticle.get(particle);
      if (verbs === undefined) return;
      const lemma = lemmaOf(word);
      const verb = verbs.has(lemma) ? lemma : verbs.has(word) ? word : undefined;
      if (verb !== undefined && !(particle === next && this.isPrepositionAfter(verb, words, at + 1))) found.push(`${verb}_${particle}`);
    });
    return found;
  }

  /**
   * True when the particle right after a verb is a preposition: before "of" ("poured out of the
   * stadium"), or after a verb of motion and before a noun phrase naming a place or a thing ("fell
   * down the stairs", "turned up the road"); not "ran over the dog", "turned down the offer", "set
   * up a shop", where the noun phrase is the phrasal verb's object.
   */
  private isPrepositionAfter(verb: string, words: readonly string[], particleAt: number): boolean {
    const next = words[particleAt + 1];
    if (next === "of") return true;
    if (next === undefined || !(NOUN_PHRASE_STARTS.has(next) || /^\d/.test(next)) || !this.firstSenseIn(verb, "verb", VERB_MOTION)) return false;
    const head = words.slice(particleAt + 2, particleAt + 4).find((word) => this.wordnet.senses(lemmaOf(word), "noun").length > 0);
    return head !== undefined && this.firstSenseIn(lemmaOf(head), "noun", PLACES_AND_THINGS);
  }

  /** WordNet's phrasal verbs of a verb and one separable particle ("call_off"), as the verbs of each particle. */
  private separablePhrasalVerbs(): Map<string, Set<string>> {
    const verbsByParticle = new Map<string, Set<string>>();
    for (const lemma of this.wordnet.compoundLemmas()) {
      const [verb, particle, ...rest] = lemma.split("_");
      if (verb === undefined || particle === undefined || rest.length > 0 || !SEPARABLE_PARTICLES.has(particle) || !this.isVerb(lemma)) continue;
      verbsByParticle.set(particle, (verbsByParticle.get(particle) ?? new Set<string>()).add(verb));
    }
    return verbsByParticle;
  }

  /**
   * The compounds a text may hold, by their first two words: a text being indexed tries every pair
   * of its words, too many to look up one by one, and most pairs start none.
   */
  private textCompoundLexicon(): CompoundLexicon {
    if (!this.textCompounds) {
      const { lemmas, secondWords } = this.derived("text-compounds", () => {
        const lemmas = new Set([...this.wordnet.compoundLemmas()].filter((lemma) => lemma.split("_").every(isCompoundPart)));
        const secondWords = new Map<string, Set<string>>();
        for (const lemma of lemmas) {
          const [first = "", second = ""] = lemma.split("_");
          secondWords.set(first, (secondWords.get(first) ?? new Set<string>()).add(second));
        }
        return { lemmas, secondWords };
      });
      const opensCompound = (first: string, second: string) => {
        const seconds = secondWords.get(first);
        return seconds !== undefined && (seconds.has(second) || seconds.has(lemmaOf(second)));
      };
      this.textCompounds = {
        isCompound: (lemma) => lemmas.has(lemma),
        // A verb's compound opens with its base form, a text's with any of its forms (see verbCompoundOf).
        // Asked of every pair of a text's words: nothing is allocated for it.
        mayStart: (first, second) => {
          if (opensCompound(first, second)) return true;
          const opening = lemmaOf(first);
          return opening !== first && opensCompound(opening, second);
        },
      };
    }
    return this.textCompounds;
  }

  /**
   * The other words of a noun's senses that are meant so themselves: in a sense WordNet's tagged
   * texts met them in, or their first. "The ground" is land ("dry land, earth"), but "the hearing"
   * is no audience, which those texts never meant as a chance to be heard.
   */
  nounSynonymsInUsedSenses(noun: string): RelatedWord[] {
    return this.throughSenses(`${noun} (noun synonyms in used senses)`, noun, NOUN_ONLY, (synset, _self, decay, offer, offset) => {
      for (const word of synset.words) {
        if ((this.wordnet.senseTagCounts(word, "noun").get(offset) ?? 0) > 0 || this.wordnet.senses(word, "noun")[0] === offset) offer(word, this.options.synonymWeight * decay);
      }
    });
  }

  /**
   * The other members of a lemma's synsets, rarer senses counting less: what a compound stands for
   * ("russian_capital" → "moscow", "every_year" → "annually"), each once at its highest weight.
   */
  synonyms(lemma: string): RelatedWord[] {
    return this.throughSenses(`${lemma} (synonyms)`, lemma, PARTS_OF_SPEECH, (synset, _self, decay, offer) => {
      synset.words.forEach((word) => offer(word, this.options.synonymWeight * decay));
    }, KEEPS_PHRASES);
  }

  /**
   * True when the phrase's most frequent sense is that of a stop word other than a light verb
   * ("take place", "come about": "happen"), which carries no topic of its own.
   */
  meansStopWord(phrase: string): boolean {
    return this.synonyms(phrase).some((synonym) => synonym.weight >= this.options.synonymWeight && isStopWord(synonym.word) && !isLightVerb(synonym.word));
  }

  /**
   * The people, places and bodies the dictionary describes with a noun or an adjective ("president"
   * → Putin, "Russian statesman chosen as president of the Russian Federation"; "militant" → Hamas;
   * "gulf" → Qatar, "a peninsula … into the Persian Gulf"), by what its definition first calls them
   * or the kind they are one of: an article names them where a question may say what they are. Not
   * by a name that is a word of other meanings too ("Begin", "Salt"; see isOnlyAName).
   */
  instancesDescribedBy(lemma: string): readonly DescribedInstance[] {
    if (!this.describes(lemma)) return [];
    this.describedBy ??= this.derived("instance-descriptions", () => this.readInstanceDescriptions());
    return this.describedBy.get(lemma) ?? [];
  }

  /** By each word of their definitions' openings and kinds, the one-word names of the dictionary's instances, read once. */
  private readInstanceDescriptions(): Map<string, DescribedInstance[]> {
    const describedBy = new Map<string, DescribedInstance[]>();
    for (const instance of this.wordnet.instanceSynsets()) {
      const names = instance.words.filter((word) => !word.includes("_"));
      if (names.length === 0) continue;
      // A person is the one meant where a text gives the full name ("Vladimir Putin"), not any Ortega or Harlow.
      const fullNames = NOUN_PERSON.has(instance.lexFile) ? instance.words.filter((word) => word.includes("_")).map((word) => word.split("_")) : [];
      const described = names.map((name) => ({ name, fullNames: fullNames.filter((full) => full.includes(name)) }));
      for (const word of this.describingWords(instance)) {
        const list = describedBy.get(word);
        if (list === undefined) describedBy.set(word, [...described]);
        else list.push(...described);
      }
    }
    return describedBy;
  }

  /** The words that say what an instance is: its definition's opening, not what it was once, and its kinds' words. */
  private describingWords(instance: Synset): Set<string> {
    const words = new Set<string>();
    const told = (instance.gloss.split(DEFINITION_END)[0] ?? "").toLowerCase().match(/[a-z]+/g) ?? [];
    // Not what it was once ("the largest city and former capital of Turkey" is no capital now).
    told.forEach((word, at) => {
      if (!FORMERLY.has(told[at - 1] ?? "")) words.add(word);
    });
    for (const pointer of instance.pointers) {
      if (pointer.symbol === "@i") for (const kind of this.wordnet.synset(pointer.offset, "noun").words) for (const word of kind.split("_")) words.add(word);
    }
    // Definitions say what a thing is in the singular, mostly: only a plural needs its lemma.
    const lemmas = new Set<string>();
    for (const word of words) if (!isStopWord(word)) lemmas.add(word.endsWith("s") ? lemmaOf(word) : word);
    return lemmas;
  }

  /** True for a word that says what a thing is: a noun or an adjective to the dictionary. */
  private describes(word: string): boolean {
    return this.wordnet.senses(word, "noun").length > 0 || this.wordnet.senses(word, "adj").length > 0;
  }

  /** True for a word the dictionary knows as names alone, in no other part of speech: not "Begin" or "Salt", which a text may mean otherwise. */
  isOnlyAName(word: string): boolean {
    let only = this.onlyNames.get(word);
    if (only === undefined) {
      only = this.namesOnlyInstances(word) && (["verb", "adj", "adv"] as const).every((pos) => this.wordnet.senses(word, pos).length === 0);
      this.onlyNames.set(word, only);
    }
    return only;
  }

  /**
   * True when WordNet's sense-tagged texts meet a word that is also another verb's irregular form
   * ("ground", "found") at least as often as they meet that verb: a text's bare "ground" is mostly
   * the ground, its "found" mostly the past of "find".
   */
  isMostlyItself(word: string, otherVerb: string): boolean {
    return PARTS_OF_SPEECH.reduce((uses, pos) => uses + this.taggedUses(word, pos), 0) >= this.taggedUses(otherVerb, "verb");
  }

  /** True when WordNet's sense-tagged texts meet the word in some part of speech: a common word ("minister"), not part of a name ("York"). */
  metInTaggedTexts(lemma: string): boolean {
    return PARTS_OF_SPEECH.some((pos) => this.wordnet.taggedSenseCount(lemma, pos) > 0);
  }

  /** True when every noun sense of the word is one named thing ("Putin", "Moscow"), not a kind of thing. */
  namesOnlyInstances(word: string): boolean {
    const senses = this.wordnet.senses(word, "noun");
    return senses.length > 0 && senses.every((offset) => isInstance(this.wordnet.synset(offset, "noun")));
  }

  /** True for a name ("Hamas", "Ghent") or an organisation ("council", "union"): what tells which people are meant. */
  namesPlaceOrBody(word: string): boolean {
    return this.isPlaceOrPersonName(word) || this.namesOrganization(lemmaOf(word));
  }

  /** True for a content word the dictionary knows only as the name of one person or place, or not at all. */
  private isPlaceOrPersonName(word: string): boolean {
    return !isStopWord(word) && (!this.knows(lemmaOf(word)) || this.namesOnlyInstances(word));
  }

  /** True when the dictionary knows the word as a verb, maybe among other parts of speech. */
  isVerb(lemma: string): boolean {
    return this.wordnet.senses(lemma, "verb").length > 0;
  }

  /** Caches what a lookup found; a bot in use for months meets endless new words (typos too), so the cache starts over when full. */
  private remember(key: string, found: RelatedWord[]): void {
    if (this.cache.size >= MAX_CACHED_LOOKUPS) this.cache.clear();
    this.cache.set(key, found);
  }

  /**
   * Words related to a lemma, each once at its highest weight, the lemma itself excluded; only
   * through its verb and adjective senses when it stands for a verb's past form ("died"), and only
   * through its noun senses `asNoun` ("the capital of Australia"); with `fitOf`, its senses weighed
   * by how well they fit the question (see senseShares).
   */
  related(lemma: string, asPastVerbForm = false, fitOf?: SenseFitOf, asNoun = false): RelatedWord[] {
    return this.relatedReading(lemma, asPastVerbForm, fitOf, asNoun).related;
  }

  /**
   * The narrower words of a lemma's senses beyond the commonest kept (see maxRelatedPerSense), read
   * as {@link related} reads the lemma and at the weight its kinds have there: a text's own kinds
   * of a question word are no noise, however rare in English ("lifeguards" for "pool attendants").
   */
  rarerKinds(lemma: string, asPastVerbForm = false, fitOf?: SenseFitOf, asNoun = false): RelatedWord[] {
    return this.relatedReading(lemma, asPastVerbForm, fitOf, asNoun).rarerKinds;
  }

  private relatedReading(lemma: string, asPastVerbForm: boolean, fitOf: SenseFitOf | undefined, asNoun: boolean): RelatedReading {
    const partsOfSpeech = partsOfSpeechRead(asPastVerbForm, asNoun);
    const shares = fitOf === undefined ? undefined : this.senseShares(lemma, partsOfSpeech, fitOf);
    const key = `${lemma} (related${readingKey(asPastVerbForm, asNoun)})${shares === undefined ? "" : ` (fit ${[...shares].join(" ")})`}`;
    let reading = this.relatedReadings.get(key);
    if (!reading) {
      const rarerKinds = new Map<string, number>();
      const related = this.lookUp(lemma, partsOfSpeech, this.options.maxSenses, shares, rarerKinds);
      const relatedWords = new Set(related.map((found) => found.word));
      reading = { related, rarerKinds: [...rarerKinds].flatMap(([word, weight]) => (relatedWords.has(word) ? [] : [{ word, weight }])) };
      if (this.relatedReadings.size >= MAX_CACHED_LOOKUPS) this.relatedReadings.clear();
      this.relatedReadings.set(key, reading);
    }
    return reading;
  }

  /**
   * The words one step broader than a lemma ("swipe" → "steal", "envoy" → "representative"), each
   * once at its highest weight, but not a kind so wide that it is true of most things ("individual"
   * for "fighter", see maxBroaderKinds); through its verb and adjective senses only for a verb's past form.
   */
  broader(lemma: string, asPastVerbForm = false, asNoun = false): RelatedWord[] {
    return this.throughSenses(`${lemma} (broader${readingKey(asPastVerbForm, asNoun)})`, lemma, partsOfSpeechRead(asPastVerbForm, asNoun), (synset, _self, decay, offer) => {
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== "@") continue;
        const broader = this.wordnet.synset(pointer.offset, pointer.pos);
        if (broader.pointers.filter((kind) => kind.symbol === "~").length < this.options.maxBroaderKinds) {
          broader.words.forEach((word) => offer(word, this.options.broaderWeight * decay));
        }
      }
    });
  }

  /**
   * The single words above a lemma's broader kinds named only by phrases, in any of its senses
   * ("kitty" → "domestic cat" → "cat"): the broader words WordNet gives a word it names by a phrase
   * alone, for whether a text says anything near a word it never uses (its single-word broader words
   * are {@link broader}'s). Not a kind so wide that it is true of most things (see maxBroaderKinds).
   */
  kindsAbovePhrases(lemma: string): RelatedWord[] {
    const isWide = (synset: Synset) => synset.pointers.filter((kind) => kind.symbol === "~").length >= this.options.maxBroaderKinds;
    const broaderOf = (synset: Synset) => synset.pointers.flatMap((pointer) => (pointer.symbol === "@" ? [this.wordnet.synset(pointer.offset, pointer.pos)] : [])).filter((broader) => !isWide(broader));
    return this.throughSenses(`${lemma} (kinds above phrases)`, lemma, PARTS_OF_SPEECH, (synset, _self, decay, offer) => {
      for (const phrased of broaderOf(synset)) {
        if (phrased.words.some((word) => !word.includes("_"))) continue;
        for (const broader of broaderOf(phrased)) broader.words.forEach((word) => offer(word, this.options.broaderWeight * decay));
      }
    });
  }

  /**
   * The synonyms of a lemma's derived forms ("confirm" → "confirmation" → "verification",
   * "lightheaded" → "lightheadedness" → "dizziness"), each once at its highest weight. Two steps
   * away they are loose, so they are kept apart, for a word the knowledge base never uses.
   */
  derivedSynonyms(lemma: string, asPastVerbForm = false): RelatedWord[] {
    return this.throughSenses(`${lemma} (derived synonyms${readingKey(asPastVerbForm, false)})`, lemma, partsOfSpeechRead(asPastVerbForm, false), (synset, self, decay, offer) => {
      for (const pointer of synset.pointers) {
        if (pointer.symbol === "+" && pointer.source === self) {
          this.wordnet.synset(pointer.offset, pointer.pos).words.forEach((word) => offer(word, this.options.synonymWeight * decay));
        }
      }
    });
  }

  /**
   * What a verb brings about, as WordNet's cause pointers lead from it, with the nouns made from those
   * words: "kill" → "die", "death"; "feed" → "eat". A sentence telling the result tells the deed that
   * caused it happened ("the deaths of 17 squirrels on the road" for "how many were killed?").
   */
  resultsOf(lemma: string): RelatedWord[] {
    return this.throughSenses(`${lemma} (results)`, lemma, ["verb"], (synset, _self, decay, offer) => {
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== ">" || pointer.pos !== "verb") continue;
        const result = this.wordnet.synset(pointer.offset, "verb");
        // Only a word whose commonest sense the result is, and the nouns made from that very word:
        // "die" → "death", not "go" or "pass", whose commonest senses are others.
        result.words.forEach((word, at) => {
          if (this.wordnet.senses(word, "verb")[0] !== pointer.offset) return;
          offer(word, this.options.synonymWeight * decay);
          for (const derived of result.pointers) {
            const made = derived.symbol === "+" && derived.source === at + 1 ? this.wordnet.synset(derived.offset, derived.pos).words[derived.target - 1] : undefined;
            if (made !== undefined) offer(made, this.options.synonymWeight * decay);
          }
        });
      }
    });
  }

  /**
   * The synonyms of a verb in the senses it shares with its subject's word, or a synonym of it, at a
   * synonym's full weight however rare the sense: the subject picks the verb's meaning ("what did the
   * picture show?", "what did the photograph show?" ask for "show" as picture, depict, render, its
   * fifth sense, not as demonstrate or prove).
   */
  synonymsInSensesWith(verb: string, subject: string): RelatedWord[] {
    if (subject === verb) return [];
    // The subject's word or a synonym of it in its commonest sense: "picture" for a "photograph".
    const firstSense = this.wordnet.senses(subject, "noun")[0];
    const subjects = new Set([subject, ...(firstSense === undefined ? [] : this.wordnet.synset(firstSense, "noun").words)]);
    // Not the verb itself, which every one of its senses holds ("what did the survey study?": a survey is a study).
    subjects.delete(verb);
    const synonyms = new Map<string, number>();
    for (const offset of this.wordnet.senses(verb, "verb").slice(0, this.options.maxSenses)) {
      const { words } = this.wordnet.synset(offset, "verb");
      if (!words.some((word) => subjects.has(word))) continue;
      for (const word of words) if (word !== verb && !word.includes("_")) synonyms.set(word, this.options.synonymWeight);
    }
    return [...synonyms].map(([word, weight]) => ({ word, weight }));
  }

  /**
   * The derived forms of a lemma's synonyms, sense by sense ("establish" → "found" → "founder",
   * "strike" → "walk out" → "walkout"), each once at its highest weight: a question asks with one
   * verb, a text names the act or the doer from another.
   */
  synonymForms(lemma: string, asPastVerbForm = false, asNoun = false): RelatedWord[] {
    return this.throughSenses(`${lemma} (synonym forms${readingKey(asPastVerbForm, asNoun)})`, lemma, partsOfSpeechRead(asPastVerbForm, asNoun), (synset, self, decay, offer) => {
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== "+" || pointer.source === 0 || pointer.source === self) continue;
        const word = this.wordnet.synset(pointer.offset, pointer.pos).words[pointer.target - 1];
        if (word) offer(word, this.options.synonymFormWeight * decay);
      }
    });
  }

  /**
   * A lemma's derived forms ("expand" → "expansion", "thank" → "thanks"): the same meaning as
   * another part of speech, whose word vector may be the one close to how a text says it.
   */
  derivedForms(lemma: string, asPastVerbForm = false): string[] {
    const forms = this.throughSenses(`${lemma} (derived${readingKey(asPastVerbForm, false)})`, lemma, partsOfSpeechRead(asPastVerbForm, false), (synset, self, decay, offer) => {
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== "+" || pointer.source !== self) continue;
        const word = this.wordnet.synset(pointer.offset, pointer.pos).words[pointer.target - 1];
        if (word) offer(word, decay);
      }
    });
    return forms.map((form) => form.word);
  }

  /**
   * Words a visitor offers from each sense of a lemma (its 1-based place in the synset, and how much
   * less a rarer sense counts), each once at its highest weight, cached under the key; words of
   * several parts ("water_level") only when `keepsPhrases`.
   */
  private throughSenses(
    key: string,
    lemma: string,
    partsOfSpeech: readonly WordNetPos[],
    visit: (synset: Synset, self: number, decay: number, offer: (word: string, weight: number) => void, offset: number) => void,
    keepsPhrases = false,
  ): RelatedWord[] {
    let found = this.cache.get(key);
    if (!found) {
      const weights = new Map<string, number>();
      const offer = (word: string, weight: number) => {
        if (word !== lemma && (keepsPhrases || !word.includes("_"))) weights.set(word, Math.max(weights.get(word) ?? 0, weight));
      };
      for (const pos of partsOfSpeech) {
        for (const [rank, offset] of this.wordnet.senses(lemma, pos).slice(0, this.options.maxSenses).entries()) {
          const synset = this.wordnet.synset(offset, pos);
          visit(synset, synset.words.indexOf(lemma) + 1, senseDecayAt(rank, this.options.senseDecay), offer, offset);
        }
      }
      found = [...weights].map(([word, weight]) => ({ word, weight }));
      this.remember(key, found);
    }
    return found;
  }

  /**
   * The narrower synsets of a synset kept as its kinds (see maxRelatedPerSense): the commonest in
   * English by their commonest single word, in WordNet's order among equals.
   */
  private commonestKinds(offset: number, pos: WordNetPos, synset: Synset): ReadonlySet<number> {
    const key = `${pos}:${offset}`;
    let kept = this.commonKinds.get(key);
    if (!kept) {
      const rankOf = (kind: Synset) => Math.min(...kind.words.filter((word) => !word.includes("_")).map((word) => this.rankOf(word) ?? Number.POSITIVE_INFINITY));
      const kinds = synset.pointers.filter((pointer) => pointer.symbol === "~").map((pointer) => ({ offset: pointer.offset, rank: rankOf(this.wordnet.synset(pointer.offset, pointer.pos)) }));
      kept = new Set(kinds.sort((a, b) => a.rank - b.rank).slice(0, this.options.maxRelatedPerSense).map((kind) => kind.offset));
      if (this.commonKinds.size >= MAX_CACHED_LOOKUPS) this.commonKinds.clear();
      this.commonKinds.set(key, kept);
    }
    return kept;
  }

  /**
   * What each sense of a lemma's weight is multiplied by for its fit to the question (see SenseFit),
   * by "pos:offset": the best-fitting sense counts as much as the commonest ("snapped" beside "photo"
   * is photographed), a rarer sense fitting far worse less (see poorFitRatio); none when nothing fits.
   */
  private senseShares(lemma: string, partsOfSpeech: readonly WordNetPos[], fitOf: SenseFitOf): Map<string, number> | undefined {
    const senses = this.sensesLookedAt(lemma, partsOfSpeech);
    if (senses.length < 2) return undefined;
    const fits = senses.map(({ synset, pos, offset }) => fitOf(synset, pos, offset));
    const best = Math.max(...fits);
    if (best <= 0) return undefined;
    const shares = new Map<string, number>();
    senses.forEach(({ key, rank }, at) => {
      const fit = fits[at] ?? 0;
      if (rank === 0) return;
      if (fit === best) shares.set(key, 1 / senseDecayAt(rank, this.options.senseDecay));
      else if (fit < best * this.options.poorFitRatio) shares.set(key, this.options.poorFitShare);
    });
    return shares.size === 0 ? undefined : shares;
  }

  /** The senses of a lemma its related words come from (see maxSenses), read once: every question weighs them anew. */
  private sensesLookedAt(lemma: string, partsOfSpeech: readonly WordNetPos[]): readonly LookedAtSense[] {
    const key = `${lemma}:${partsOfSpeech.join(",")}`;
    let senses = this.lookedAtSenses.get(key);
    if (!senses) {
      senses = partsOfSpeech.flatMap((pos) =>
        this.wordnet.senses(lemma, pos).slice(0, this.options.maxSenses).map((offset, rank) => ({ key: `${pos}:${offset}`, pos, offset, rank, synset: this.wordnet.synset(offset, pos) })),
      );
      if (this.lookedAtSenses.size >= MAX_CACHED_LOOKUPS) this.lookedAtSenses.clear();
      this.lookedAtSenses.set(key, senses);
    }
    return senses;
  }

  /** Tells a rare sense of a lemma in a part of speech (see minRareSenseEvidence); none is rare without enough tagged uses. */
  private rareSenseTest(lemma: string, pos: WordNetPos): (offset: number) => boolean {
    const counts = this.wordnet.senseTagCounts(lemma, pos);
    const commonest = counts.get(this.wordnet.senses(lemma, pos)[0] ?? -1) ?? 0;
    if (commonest < this.options.minRareSenseEvidence) return () => false;
    return (offset) => (counts.get(offset) ?? 0) === 0;
  }

  /** With `rarerKinds`, the narrower words beyond the commonest kinds kept go there, at their weight as kinds. */
  private lookUp(lemma: string, partsOfSpeech: readonly WordNetPos[], maxSenses: number = this.options.maxSenses, senseShares?: ReadonlyMap<string, number>, rarerKinds?: Map<string, number>): RelatedWord[] {
    const { senseDecay } = this.options;
    const weights = new Map<string, number>();
    const offer = (word: string, weight: number) => {
      // Multi-word entries ("pass_away") cannot match a single indexed word.
      if (word === lemma || word.includes("_")) return;
      weights.set(word, Math.max(weights.get(word) ?? 0, weight));
    };
    // A synonym of several words matches a text's compound or phrasal verb of that lemma (see multiWordLemmas).
    const offerPhrase = (word: string, weight: number) => {
      if (word !== lemma && word.includes("_")) weights.set(word, Math.max(weights.get(word) ?? 0, weight));
    };
    // A phrasal verb's joined noun names its act: "rollout" for roll_out, "layoff" for lay_off; a
    // person's name is no act ("put in" is no "Putin").
    const joined = lemma.replace("_", "");
    if (lemma.includes("_") && this.isVerb(lemma) && !this.namesOnlyInstances(joined)) weights.set(joined, this.options.synonymWeight);
    // WordNet links an adverb to its adjective but not back: "legally" for "legal". Nor does it
    // link every adverb: "safely" is "safe" by its English form alone.
    if (this.wordnet.senses(lemma, "adj").length > 0) {
      for (const adverb of adverbsOf(lemma)) if (this.wordnet.senses(adverb, "adv").length > 0) offer(adverb, this.options.synonymWeight);
    }
    // Only an adverb of manner alone in its senses: "hardly", "shortly", "nearly" share senses with
    // "barely", "soon", "almost", and mean nothing of "hard", "short", "near".
    const adverbSenses = this.wordnet.senses(lemma, "adv");
    if (adverbSenses.length > 0 && adverbSenses.every((offset) => this.wordnet.synset(offset, "adv").words.length === 1)) {
      for (const adjective of adjectivesOf(lemma)) if (this.wordnet.senses(adjective, "adj").length > 0) offer(adjective, this.options.synonymWeight);
    }
    for (const pos of partsOfSpeech) {
      const isRare = this.rareSenseTest(lemma, pos);
      for (const [rank, offset] of this.wordnet.senses(lemma, pos).slice(0, maxSenses).entries()) {
        const share = senseShares?.get(`${pos}:${offset}`);
        // A rare sense that fits the question best is the one meant (its share undoes its rank's decay).
        const rarity = isRare(offset) && (share === undefined || share < 1) ? this.options.rareSenseShare : 1;
        const decay = senseDecayAt(rank, senseDecay) * (share ?? 1) * rarity;
        const synonymWeight = this.options.synonymWeight * decay;
        const relatedWeight = this.options.relatedWeight * decay;
        const synset = this.wordnet.synset(offset, pos);
        const self = synset.words.indexOf(lemma) + 1;
        synset.words.forEach((word) => offer(word, isSpellingVariant(lemma, word) ? 1 : synonymWeight));
        synset.words.forEach((word) => offerPhrase(word, synonymWeight));
        // A phrasal verb's synonyms are mostly phrases too ("knock back" for "set back"), which no indexed
        // word is: a text tells the act by the verb it is a kind of ("walked out" → "left", "set back" → "cost").
        if (pos === "verb" && lemma.includes("_")) {
          for (const pointer of synset.pointers) {
            if (pointer.symbol === "@") this.wordnet.synset(pointer.offset, pointer.pos).words.forEach((word) => offer(word, this.options.phrasalBroaderWeight * decay));
          }
        }
        // What causes a change of state says it happened: "were killed" answers "how many died?". Not
        // the other way ("died" does not say "were killed"), nor a perception or a motion: "the footage
        // showed the crash" says nothing of who saw it.
        if (pos === "verb" && synset.lexFile === VERB_CHANGE) {
          for (const cause of this.causesOf(offset)) this.wordnet.synset(cause, "verb").words.forEach((word) => offer(word, synonymWeight));
        }
        const kinds = this.commonestKinds(offset, pos, synset);
        // A kind of person named by role is the person asked about ("the vicar" is the priest, the
        // teachers educators), in the word's commonest sense: a narrower thing is one of many.
        const kindWeight = pos === "noun" && rank === 0 && NOUN_PERSON.has(synset.lexFile) ? synonymWeight : relatedWeight;
        const isNamedPlace = isInstance(synset);
        // A named place is told by its people's adjective ("Israeli officials" for "how did Israel
        // react?"): WordNet links "Israeli" to Israel but not back. At the weight of a narrower word:
        // what is Israeli (its hostages, its press) is often not Israel acting.
        if (pos === "noun" && isNamedPlace && synset.lexFile === NOUN_LOCATION) {
          for (const { adjective, target } of this.pertainersOf(offset)) if (target === 0 || target === self) offer(adjective, relatedWeight);
        }
        // A people is told by its place, by any place of that name and by the place's adjective ("Spain",
        // "Spanish" for "the Spaniard"; "Great Britain", "the UK" for "Britons"), at the weight of a
        // narrower word: not all that is Spanish is a Spaniard.
        if (pos === "noun") {
          for (const place of this.homePlacesOf(synset)) {
            for (const name of this.wordnet.synset(place, "noun").words) this.namedPlacesCalled(name).forEach((word) => offer(word, relatedWeight));
            for (const { adjective } of this.pertainersOf(place)) offer(adjective, relatedWeight);
          }
        }
        for (const pointer of synset.pointers) {
          const target = this.wordnet.synset(pointer.offset, pointer.pos);
          // A derived form, the adjective an adverb comes from ("originally" → "original"), or the named
          // place an adjective is of ("Scottish" → "Scotland": "Scotland's transport secretary" is the Scottish one).
          const derived =
            pointer.symbol === "+" || (pointer.symbol === "\\" && (pos === "adv" || (pos === "adj" && isInstance(target))));
          if (derived && pointer.source === self) {
            const word = target.words[pointer.target - 1];
            if (word) offer(word, synonymWeight);
            // "British" is of Great Britain, which is also the name of the UK: "the UK arm" is the British one.
            if (word && pos === "adj" && isInstance(target)) this.namedPlacesCalled(word).forEach((place) => offer(place, relatedWeight));
          } else if (pointer.symbol === "^" && pointer.source === self && pointer.target > 0) {
            // "Also see" from this word to one word of another synset: "pay" → "fund" ("paid for" is "funded").
            const word = target.words[pointer.target - 1];
            if (word) offer(word, synonymWeight);
          } else if (pointer.symbol === "=" || pointer.symbol === "&" || pointer.symbol === "$") {
            target.words.forEach((word) => offer(word, synonymWeight));
          } else if (pointer.symbol === "%m" && !isNamedPlace && !isInstance(target)) {
            // A group is told by its members: "the jurors" are the jury, "crewmen" the crew; not a
            // named body by its members ("NATO" is no "Germany").
            target.words.forEach((word) => offer(word, synonymWeight));
          } else if (pointer.symbol === "#p" && isNamedPlace) {
            // A named place stands for the place it is part of: "Tehran" for Iran, "the Kremlin" for Moscow.
            target.words.forEach((word) => offer(word, relatedWeight));
          } else if (pointer.symbol === "@" && isOtherTermFor(synset, target)) {
            // "brolly" is a kind of umbrella only as WordNet files it: its gloss calls it a term for one.
            target.words.forEach((word) => offer(word, synonymWeight));
          } else if (pointer.symbol === "~" && kinds.has(pointer.offset)) {
            target.words.forEach((word) => offer(word, kindWeight));
          } else if (pointer.symbol === "~" && isOtherTermFor(target, synset)) {
            // The other way, as a narrower word: the informal terms for "head" ("bean", "dome") or
            // "clothing" ("threads") are first other things.
            target.words.forEach((word) => offer(word, relatedWeight));
          } else if (pointer.symbol === "~" && rarerKinds !== undefined) {
            for (const word of target.words) if (word !== lemma && !word.includes("_")) rarerKinds.set(word, Math.max(rarerKinds.get(word) ?? 0, kindWeight));
          }
        }
      }
    }
    return [...weights].map(([word, weight]) => ({ word, weight }));
  }
}

// "Who kicked Fatah out?", "did they call the festival off": a particle that ends the question may
// stand two words after its verb.
const SEPARABLE_PARTICLES = new Set(["out", "off", "up", "down", "back", "away", "over"]);
const MAX_OBJECT_WORDS = 2;
// A phrasal verb is read through the commonest sense of its verb and of each phrase its synonyms
// make: "push" is "force" there ("press" and "crowd" in rarer senses), and "force out" "depose".
const KINDRED_SENSES = 1;

// Who an idiom's "one's" stands for: "drag their heels", "lose his temper".
const POSSESSIVES = new Set(["my", "your", "his", "her", "its", "our", "their", "one's"]);
const IDIOM_OWNERS = new Set(["one's", "someone's"]);

/** Idioms by their verb, the longest first: "take the fifth amendment" before "take the fifth". */
function idiomsByVerb(lemmas: readonly string[]): Map<string, string[]> {
  const byVerb = new Map<string, string[]>();
  for (const lemma of [...lemmas].sort((a, b) => b.split("_").length - a.split("_").length)) {
    const verb = lemma.split("_")[0] ?? "";
    byVerb.set(verb, [...(byVerb.get(verb) ?? []), lemma]);
  }
  return byVerb;
}

/** True when a question's word fills a part of an idiom: the word, its lemma, or a possessive for "one's". */
function fillsIdiomPart(word: string, part: string): boolean {
  return word === part || lemmaOf(word) === part || (IDIOM_OWNERS.has(part) && POSSESSIVES.has(word));
}

/** The phrasal verb an idiom of a verb, a particle and a preposition opens with ("walk_out" of "walk_out_of"). */
function openingPhrasalVerb(idiom: string): string | undefined {
  const [verb, particle = "", preposition = "", ...rest] = idiom.split("_");
  return rest.length === 0 && PARTICLES.has(particle) && isPrepositionOrConjunction(preposition) ? `${verb}_${particle}` : undefined;
}

/** True for a word that may be part of a compound: a content word of letters, not a preposition or a particle. */
function isCompoundPart(word: string): boolean {
  return /^[a-z]+$/.test(word) && !isStopWord(word) && !isPrepositionOrConjunction(word) && !PARTICLES.has(word);
}

/** The particle ending the text, when one or two words stand between it and the verb at this position. */
function finalParticle(words: readonly string[], verbAt: number): string | undefined {
  const last = words.length - 1;
  const gap = last - verbAt - 1;
  const particle = words[last];
  return gap >= 1 && gap <= MAX_OBJECT_WORDS && particle !== undefined && SEPARABLE_PARTICLES.has(particle) ? particle : undefined;
}

// British and American spellings of one word ("organisation", "organization"; "centre", "center";
// "programme", "program"): WordNet files them as synonyms, but they are the same word.
const BRITISH_SPELLINGS: readonly [RegExp, string][] = [
  // The one British verb in "-ise" whose American spelling is its noun's "-ice" ("they practise at a rink").
  [/^practis(e|es|ed|ing)$/, "practic$1"],
  [/our/g, "or"],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, "iz$1"],
  [/ys(e|es|ed|ing)$/, "yz$1"],
  [/([^aeiou])re$/, "$1er"],
  [/ence$/, "ense"],
  [/ogue$/, "og"],
  [/mme$/, "m"],
  [/ll(ed|ing|er|ers)$/, "l$1"],
  [/ae/g, "e"],
  [/oe/g, "e"],
];

function americanSpelling(word: string): string {
  return BRITISH_SPELLINGS.reduce((spelled, [british, american]) => spelled.replace(british, american), word);
}

function isSpellingVariant(lemma: string, synonym: string): boolean {
  return americanSpelling(lemma) === americanSpelling(synonym);
}

/** The adverbs English forms from an adjective: "legal" → "legally", "happy" → "happily", "basic" → "basically". */
function adverbsOf(adjective: string): string[] {
  return [`${adjective}ly`, `${adjective}ally`, adjective.replace(/y$/, "ily"), adjective.replace(/le$/, "ly"), adjective.replace(/ll$/, "lly")];
}

/** The adjectives an adverb may be formed from, undoing {@link adverbsOf}: "safely" → "safe", "happily" → "happy". */
function adjectivesOf(adverb: string): string[] {
  if (!adverb.endsWith("ly")) return [];
  return [adverb.slice(0, -2), adverb.replace(/ally$/, ""), adverb.replace(/ily$/, "y"), adverb.replace(/ly$/, "le"), adverb.replace(/lly$/, "ll")];
}

// A gloss calling its words another term for what they are a kind of: "colloquial terms for an
// umbrella", "informal term for information". Not a definition of a class ("a general term for beer
// made with…", "nontechnical term for any hawks").
const OTHER_TERM_FOR = /^(?:\([^)]*\) )?(?:an? )?(?:[\w-]+ ){0,2}terms? for (?:an? |the )?(.*)$/;
const CLASS_TERM = /\b(?:general|comprehensive|technical|nontechnical)\b/;

/** True when a narrower synset's gloss calls its words a term for the broader one's word ("brolly" for umbrella). */
function isOtherTermFor(narrower: Synset, broader: Synset): boolean {
  const definition = narrower.gloss.split(";")[0] ?? "";
  const named = OTHER_TERM_FOR.exec(definition)?.[1];
  if (named === undefined || CLASS_TERM.test(definition)) return false;
  const told = named.toLowerCase();
  return broader.words.some((word) => {
    const spelled = word.replaceAll("_", " ").toLowerCase();
    return told.startsWith(spelled) && /^(?:e?s)?(?:\W|$)/.test(told.slice(spelled.length));
  });
}

/** How much a sense of this rank (0 the commonest) counts against the commonest; never nothing, so a share can lift it back. */
function senseDecayAt(rank: number, senseDecay: number): number {
  return Math.max(senseDecay, 1 - senseDecay * rank);
}

