import { activeVerbsOf, APPOSITIVE_START, appositiveOpening } from "./clause-parts.ts";
import { FREQUENCY, givesPointInTime, measuresGiven, MONEY, NUMBER_WORDS, PERCENTAGE, POINT_IN_TIME, SHARE_CHANGE, YEAR_DIGITS } from "./measurements.ts";
import { outcomeClauses, type DesireVerbs } from "./outcome-clauses.ts";
import { tagged } from "./tagging.ts";
import { isPastVerbForm, lemmaOf } from "./terms.ts";
import { CAPITALISED, contentWords, words } from "./text.ts";

// A capitalised word that does not start the sentence or follow an opening quote: part of a name,
// whole with the capitals inside it ("MacAulay", "DeSantis", "YouTube": not "Mac" and "Aulay").
// A hyphen joins another name ("Smith-Jones"), not a word after it: "Kremlin-run outlets" names the
// Kremlin alone, and "run" is no name a text must hold.
const NAME_INSIDE_SENTENCE = /(?<=[^\s“"'‘(]\s+)[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:-[A-Z][A-Za-z]+|['’][A-Za-z]+)?/g;

// Other occasions than the one told: a frequency, "a previous meeting", "again", "their third
// delegation", "has been meeting them since 2006" (see asksEarlierOccasions).
const OTHER_OCCASIONS = new RegExp(
  `${FREQUENCY.source}|\\b(?:previous(?:ly)?|again|in the past|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b|\\bsince ${YEAR_DIGITS}\\b`,
  "i",
);

// Adverbs adding to what was told (see AnswerTraits.addsToTold): "too" closing a clause ("the library
// will close too,"), not before what it measures ("too late").
const ADDS_TO_TOLD = /\b(?:also|as well|additionally|furthermore|moreover|in addition)\b|\btoo\b(?=\s*(?:[,.;:!?"'’”)]|$))/i;

// A sentence opening with a condition (past a quotation mark), or a modal perfect, "would have" and a
// past participle ("would have been", "could have lost"; not "would have to", "would have the results").
const CONDITION = /^\W*(?:if|unless)\b/i;
const SUPPOSING_PERFECT = /\b(?:would|could|might|should)(?:n't| not)? have ([a-z]+)/gi;

/** True when a sentence supposes what it tells: a condition opens it, or a modal perfect tells what did not happen. */
function supposes(sentence: string): boolean {
  return CONDITION.test(sentence) || [...sentence.matchAll(SUPPOSING_PERFECT)].some(([, word = ""]) => isPastVerbForm(word.toLowerCase()));
}

// A condition supposing a thing not done: "unless", or a negation before the condition's comma
// ("If the ferry does not run again, …").
const NEGATED_CONDITION = /^\W*(?:unless\b|if\b[^,]*\b(?:not|never|no longer)\b|if\b[^,]*n['’]t\b)/i;

/**
 * True when a sentence supposes a thing done: a condition that is no negation ("If you fill those
 * cracks in May, …"; not "If Smith does not play, …") or a modal perfect. Asked why something was
 * not done, what would follow from doing it is the reason.
 */
export function supposesDone(sentence: string): boolean {
  return supposes(sentence) && !NEGATED_CONDITION.test(sentence);
}

/** What a sentence holds that a typed question may ask for. */
export interface AnswerTraits {
  quantity: boolean;
  date: boolean;
  /** The measures it gives (keys of MEASURES: "long", "long since", "deep"), as measuring questions ask for them. */
  measures: string[];
  /** Index keys of the capitalised words inside the sentence (names of people, places, bodies). */
  nameKeys: string[];
  /**
   * Index keys of the words that introduce a name as what it is: "skipper" in "Skipper Callum
   * Rennie", "auditor" in "a junior auditor, Priya Lindqvist" or "Priya Lindqvist, a junior auditor".
   */
  roleKeys: string[];
  /** Index keys of the names those words introduce: "callum" and "rennie" of "Skipper Callum Rennie". */
  roleHolderKeys: string[];
  /** Index keys of the nouns a name stands before, which say what kind of thing it names: "mission" in "its Baltic Sentry mission". */
  kindKeys: string[];
  /** True when it tells of a post taken, held or led: "became party leader", "served as defence minister", "led by Ingrid Solberg", "ran the online division". */
  tellsPost: boolean;
  /** True when the sentence quotes someone's words (“…”, ‘…’ or "…"). */
  quotes: boolean;
  /**
   * True when it tells what it tells as a supposition: it opens with a condition ("If the numbers
   * tell us this is hurting children, we will change course") or tells what would have been
   * ("Losing the name would have meant losing the shop"; not "would have to pay", an obligation).
   */
  supposed: boolean;
  /** True when it gives a sum of money ("£4.2m", "45 marks") or a percentage ("wages rose 5.2%"). */
  sum: boolean;
  /** True when it gives a sum of money itself, not a percentage: what a thing costs or is worth. */
  money: boolean;
  /** True when it tells of other occasions than the one told ("has frequently met", "a previous meeting"). */
  otherOccasions: boolean;
  /** True when it adds to what was told before it ("It has also asked…", "…as well", "Additionally…"). */
  addsToTold: boolean;
  /**
   * Who a passive's "by" brings in ("made by the luthier Matteo Albrizzi"), each with what it did:
   * the words before its "by" ("made in 1716 by…"), or saying for a source ("according to…").
   */
  agents: KeyedAgent[];
  /** Index keys of its first words, where news puts what a sentence is about ("The cubs were born..."). */
  openingKeys: string[];
  /**
   * Whether it gives a reason or an aim ("because of a heavy swell", "to discuss the captives") or
   * only the circumstance ("after the vote"): read only for a why-question (see reasonGiven), as it tags the sentence.
   */
  reason?: ReasonGiven;
  /** Whether it gives an aim ("to protect residents", "the purpose of the ban"): read only for a question asking what a thing is for (see aimGiven). */
  aim?: boolean;
  /** Index keys of the places it gives after a preposition of place ("at a hotel", "in Qatar"): read only for a where-question (see placeKeysOf), as it tags the sentence. */
  placeKeys?: string[];
  /** Whether it tells how something was done ("by entering its serial number", "through a bond"): read only for a how-question (see mannerGiven). */
  manner?: boolean;
}
/** How many of a sentence's first content words make its opening: its subject, mostly. */
const OPENING_WORDS = 3;
// A capitalised word opening a sentence, after any opening quote: a name or any other word.
const OPENING_NAME = /^[“"'‘(]?([A-Z][a-z]+)(?=['’]s\b|[\s,;:.])/;

/** What only the dictionary knows of a sentence's words, for reading its answer traits. */
export interface SentenceLexicon {
  /** True for a lower-case word for where someone is from ("russian"). */
  isDemonym(word: string): boolean;
  /** True when the noun names people ("passengers") or a unit or an amount ("miles", "euros"). */
  namesPeopleOrUnit(lemma: string): boolean;
  /** True for a lower-case word the dictionary knows only as a name ("canada"), or not at all. */
  isNameAlone(word: string): boolean;
}

const NO_SENTENCE_LEXICON: SentenceLexicon = { isDemonym: () => false, namesPeopleOrUnit: () => false, isNameAlone: () => false };

/** Reads a sentence's answer traits from its surface: digits, number words, dates, names. */
export function answerTraitsOf(sentence: string, toKey: (word: string) => string, lexicon: SentenceLexicon = NO_SENTENCE_LEXICON): AnswerTraits {
  return new TraitsOnDemand(sentence, toKey, lexicon);
}

/**
 * A sentence's answer traits, each read the first time a question asks for it, then kept: a question
 * asks a candidate for few of them, and the measures, dates and roles cost most of the reading.
 */
class TraitsOnDemand implements AnswerTraits {
  reason?: ReasonGiven;
  aim?: boolean;
  manner?: boolean;
  #quantity?: boolean;
  #date?: boolean;
  #measures?: string[];
  #nameKeys?: string[];
  #roles?: NameRoles[];
  #roleKeys?: string[];
  #roleHolderKeys?: string[];
  #kindKeys?: string[];
  #tellsPost?: boolean;
  #agents?: KeyedAgent[];
  #supposed?: boolean;
  #openingKeys?: string[];

  constructor(
    private readonly sentence: string,
    private readonly toKey: (word: string) => string,
    private readonly lexicon: SentenceLexicon,
  ) {}

  get quantity(): boolean {
    return (this.#quantity ??= /\d/.test(this.sentence) || NUMBER_WORDS.test(this.sentence));
  }
  get date(): boolean {
    return (this.#date ??= givesPointInTime(this.sentence));
  }
  get measures(): string[] {
    return (this.#measures ??= measuresGiven(this.sentence, this.lexicon.namesPeopleOrUnit));
  }
  get nameKeys(): string[] {
    return (this.#nameKeys ??= [...openingName(this.sentence, this.lexicon.isNameAlone), ...namesInside(this.sentence)].flatMap((name) => words(name).map(this.toKey)));
  }
  get roleKeys(): string[] {
    return (this.#roleKeys ??= this.roles.flatMap((name) => name.roles.map(this.toKey)));
  }
  get roleHolderKeys(): string[] {
    return (this.#roleHolderKeys ??= this.roles.flatMap((name) => (name.roles.length > 0 ? name.holder.map(this.toKey) : [])));
  }
  get kindKeys(): string[] {
    return (this.#kindKeys ??= kindsOfNames(this.sentence, this.lexicon.isDemonym).map(this.toKey));
  }
  get tellsPost(): boolean {
    return (this.#tellsPost ??= POST_TOLD.test(this.sentence));
  }
  get quotes(): boolean {
    return QUOTATION_MARK.test(this.sentence);
  }
  get money(): boolean {
    return MONEY.test(this.sentence);
  }
  get sum(): boolean {
    // A change by a share told as a fraction is one told as a percentage ("takings had fallen by about a
    // fifth"); not a share of a count ("a fifth of the tortoises died").
    return MONEY.test(this.sentence) || PERCENTAGE.test(this.sentence) || SHARE_CHANGE.test(this.sentence);
  }
  get otherOccasions(): boolean {
    return OTHER_OCCASIONS.test(this.sentence);
  }
  get addsToTold(): boolean {
    return ADDS_TO_TOLD.test(this.sentence);
  }
  get supposed(): boolean {
    return (this.#supposed ??= supposes(this.sentence));
  }
  get openingKeys(): string[] {
    return (this.#openingKeys ??= contentWords(this.sentence).slice(0, OPENING_WORDS).map(this.toKey));
  }
  get agents(): KeyedAgent[] {
    return (this.#agents ??= agentsOf(this.sentence).map((agent) => ({ nameKeys: words(agent.name).map(this.toKey), deedKeys: agent.deeds.map(this.toKey) })));
  }
  private get roles(): NameRoles[] {
    return (this.#roles ??= rolesOfNames(this.sentence, this.lexicon.isDemonym));
  }
}

// "Since" before a point or span of time ("since 2019", "since March", "since then", "since the war",
// "since mid-2019", "since its opening") tells when, not why ("since a motorway tunnel cut the driving
// time").
const SINCE_OF_TIME =
  "(?:\\d|mid-?|(?:the|then|last|early|late|its|their|his|her|childhood|birth|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)";
// The subordinators and nouns of an aim: "so that", "in a bid to", "the purpose of the meeting was to…".
const AIM_CUES = ["so that", "so as to", "in order (?:to|that)", "in a bid to", "(?:purpose|aim|goal)s? (?:of|for|behind)"];
const cuesPattern = (cues: readonly string[]) => new RegExp(cues.map((cue) => `\\b${cue}\\b`).join("|"), "iu");
const AIM_WORDS = cuesPattern(AIM_CUES);
// The English subordinators and complex prepositions of cause, the aims', "the reason for", and "for"
// before a possessive ("nicknamed for its bright register", "appreciation for Putin's stance"; not
// "her", as often an object: "cheered for her").
const CAUSE_WORDS = cuesPattern([
  ...AIM_CUES,
  "because", `since(?!\\s+${SINCE_OF_TIME})`, "lest", "given that", "now that",
  "seeing that", "in case", "due to", "owing to", "thanks to", "on account of", "as a result of", "in response to",
  "in (?:the )?light of", "in view of", "in the wake of", "for fear", "for the sake of", "on the grounds",
  "for (?:its|their|his|our|your|my|[\\p{L}-]+['’]s)",
  "reasons? (?:of|for|behind)",
]);
// "After", "following" (not "the following day"), "amid" and "ahead of" tell the event something was
// done in answer to, or only what came before it ("journeyed to Moscow following a meeting in Doha").
const CIRCUMSTANCE_WORDS = /\b(?:ahead of|amid(?:st)?|(?<!the )following|after)\b/i;
// Parts of speech after which a "to" infinitive completes the word (“able to go”, “not to go”), not an aim.
const INFINITIVE_COMPLEMENT_OF = new Set(["ADJ", "PART"]);
// Grammar words whose "to" is never an aim: the semi-modals ("going to", "needs to", "had to", "used
// to") and the complex preposition "according to".
const TO_COMPLETES = new Set(["going", "need", "needs", "needed", "have", "has", "had", "having", "used", "ought", "according"]);
// What a verb's object may be made of, between the verb and a "to" that completes it ("urged the cabinet to look").
const OBJECT_PARTS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);
// The words opening a question put as a noun, whose infinitive completes it: "how many stakes to
// install", "what to do", "where to go", "whether to appeal".
const INDIRECT_QUESTION_WORDS = new Set(["how", "what", "which", "where", "when", "whether", "who", "whom"]);
// The forms of "be" and "get" before a passive whose infinitive completes it ("is scheduled to end", "got asked to").
const PASSIVE_AUXILIARIES = new Set(["be", "is", "are", "was", "were", "been", "being", "get", "gets", "got", "gotten", "getting"]);
/** What a reader of aims and outcomes needs to know of verbs (WordNet's frames and senses; see Thesaurus). */
export interface VerbFrames extends DesireVerbs {
  /** True when the verb takes an infinitive right after it ("plan to", "want to"). */
  takesInfinitive(lemma: string): boolean;
  /** True when the verb takes an object and then an infinitive ("urge somebody to"; not "use something to"). */
  takesObjectAndInfinitive(lemma: string): boolean;
  /** True when the verb's most frequent sense takes an object and then an infinitive ("ask", "order"; not "hold", "move"). */
  usuallyTakesObjectAndInfinitive(lemma: string): boolean;
}

/**
 * What a sentence gives a why-question: a cause or an aim, only the circumstance of the event, an
 * outcome (what something would bring about, or the state a verb of result brings a thing into:
 * see outcomeClauses), which is a reason only when it is no outcome of the event asked about, or
 * neither.
 */
export type ReasonGiven = "cause" | "circumstance" | "outcome" | "none";

/**
 * What a sentence gives a why-question: a cause or an aim (a subordinator or a preposition of cause
 * or purpose, or a "to" infinitive that completes no verb, adjective or noun: "headed to Moscow to
 * discuss", "exists to tell customers", "relied on the vehicles to reach tram stops"), else the
 * circumstance it was done in ("after", "following", "amid", "ahead of"), which may be the reason or
 * only what came before, else an outcome.
 */
export function reasonGiven(sentence: string, verbs: VerbFrames): ReasonGiven {
  if (CAUSE_WORDS.test(sentence) || givesAim(sentence, verbs)) return "cause";
  if (CIRCUMSTANCE_WORDS.test(sentence)) return "circumstance";
  return outcomeClauses(sentence, verbs).length > 0 ? "outcome" : "none";
}

/** True when a sentence gives an aim, not only a cause: what a question asking what a thing is for wants. */
export function aimGiven(sentence: string, verbs: VerbFrames): boolean {
  return AIM_WORDS.test(sentence) || givesAim(sentence, verbs);
}

/** True when a sentence tells an aim: a "to" infinitive of purpose or "for" before an -ing form ("closed for cleaning"). */
function givesAim(sentence: string, verbs: VerbFrames): boolean {
  if (!/\b(?:to|for)\b/i.test(sentence)) return false;
  const { texts, partsOfSpeech } = tagged(sentence);
  return texts.some(
    (text, at) =>
      (text === "to" && partsOfSpeech[at] === "PART" && partsOfSpeech[at + 1] === "VERB" && !completesWord(texts, partsOfSpeech, at, verbs)) ||
      (text === "for" && partsOfSpeech[at + 1] === "VERB" && (texts[at + 1] ?? "").endsWith("ing")),
  );
}

/**
 * True when the "to" infinitive at `to` completes a word before it, as WordNet's frames tell: a verb
 * or a noun that is also a verb taking one right after it ("want to use", "keepers' plan to use";
 * not "exists to tell"), the verb before its object when it takes one there ("urged the cabinet to
 * look", "ordered him to pay"; not "stopped the car to help", "used drones to search"), an adjective
 * ("able to go") or a semi-modal ("had to", "going to").
 */
function completesWord(texts: readonly string[], partsOfSpeech: readonly string[], to: number, verbs: VerbFrames): boolean {
  const before = texts[to - 1] ?? "";
  if (INFINITIVE_COMPLEMENT_OF.has(partsOfSpeech[to - 1] ?? "") || TO_COMPLETES.has(before)) return true;
  if (opensIndirectQuestion(texts, partsOfSpeech, to)) return true;
  if ((partsOfSpeech[to - 1] === "VERB" || partsOfSpeech[to - 1] === "NOUN") && verbs.takesInfinitive(lemmaOf(before))) return true;
  // A passive of a verb whose usual sense takes an object and then an infinitive: "were asked to
  // leave" (not "was held to discuss", "was moved to avoid": purposes).
  if (partsOfSpeech[to - 1] === "VERB" && isPassive(texts, partsOfSpeech, to - 1) && verbs.usuallyTakesObjectAndInfinitive(lemmaOf(before))) return true;
  let verb = to - 1;
  while (verb >= 0 && OBJECT_PARTS.has(partsOfSpeech[verb] ?? "")) verb--;
  return verb < to - 1 && partsOfSpeech[verb] === "VERB" && verbs.takesObjectAndInfinitive(lemmaOf(texts[verb] ?? ""));
}

/** True when the "to" at `to` closes a question put as a noun: "a decision on how many stakes to install", "unsure what to do". */
function opensIndirectQuestion(texts: readonly string[], partsOfSpeech: readonly string[], to: number): boolean {
  let at = to - 1;
  while (at >= 0 && OBJECT_PARTS.has(partsOfSpeech[at] ?? "") && !INDIRECT_QUESTION_WORDS.has(texts[at] ?? "")) at--;
  return INDIRECT_QUESTION_WORDS.has(texts[at] ?? "");
}

/** True when the past participle at `participle` follows a form of "be" or "get", adverbs between ("is currently scheduled"). */
function isPassive(texts: readonly string[], partsOfSpeech: readonly string[], participle: number): boolean {
  let at = participle - 1;
  while (partsOfSpeech[at] === "ADV") at--;
  return PASSIVE_AUXILIARIES.has(texts[at] ?? "") && isPastVerbForm(texts[participle] ?? "");
}

// An opening quotation mark, or a straight double quote; a straight single one is mostly an apostrophe.
const QUOTATION_MARK = /[“‘"]/;
// Words and commas, in order; a word keeps its case, so capitals mark names.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|,/gu;
// A verb in the present or the present perfect: "has", "is", "runs", "chairs" (not "was", "checked").
const PRESENT_VERB = /^(?:has|have|is|are|(?!was$)[a-z]+[^s']s)$/;
/** True for a token that is a word, not a comma (see TOKEN). */
function isWord(token: string | undefined): token is string {
  return token !== undefined && token !== ",";
}

/** True for a word token written with a capital. */
function isCapitalised(token: string | undefined): boolean {
  return isWord(token) && CAPITALISED.test(token);
}

/** The words a sentence uses as verbs, as written. */
function verbsOf(sentence: string): ReadonlySet<string> {
  return wordsTagged(sentence, "VERB");
}

/** The words a sentence uses as a part of speech, lower-cased as the tagger gives them. */
function wordsTagged(sentence: string, part: string): ReadonlySet<string> {
  const { texts, partsOfSpeech } = tagged(sentence);
  return new Set(texts.filter((_, at) => partsOfSpeech[at] === part));
}

// The verbs that put someone in a post: one becomes, serves as, is appointed, named or elected
// something; one runs, heads or chairs a body ("ran the online division"); a body is led, headed,
// run or chaired by someone.
const POST_TOLD =
  /\b(?:becom(?:e|es|ing)|became|serv(?:e|es|ed|ing) as|(?:appointed|named|elected|installed|sworn in) as|(?:was|were|is|are|been|being) (?:appointed|named|elected)|(?:ran|runs|running|heads|headed|heading|chairs|chaired|chairing) (?:the|a|an|its|his|her|their)|(?:led|headed|run|chaired) by)\b/;
/** A name ("Callum Rennie", its last two capitalised words) and the words beside it that say what it is. */
interface NameRoles {
  holder: string[];
  roles: string[];
}

/** Words after a name's comma and article that may say what it is: ", a junior auditor,". */
const ROLE_AFTER_NAME_WORDS = 3;

/**
 * The words that stand right beside a name and say what it is: the title inside a run of capitals
 * ("Prosecutor Helena Marsh"), the word before ("deckhand Mateo Ferris", "auditor, Priya
 * Lindqvist") and the words after its comma ("Priya Lindqvist, a junior auditor,"), or after its
 * "who" when the verb is in the present, which says what someone does ("Vikram Lall, who runs a
 * store,"; a past tense tells a deed: "Ana Ortiz, who checked the books,"). News introduces people
 * and bodies this way.
 */
function rolesOfNames(sentence: string, isDemonym: (word: string) => boolean): NameRoles[] {
  const tokens = sentence.match(TOKEN) ?? [];
  const named: NameRoles[] = [];
  let verbs: ReadonlySet<string> | undefined;
  for (let start = 0; start < tokens.length; start++) {
    if (!isCapitalised(tokens[start]) || isCapitalised(tokens[start - 1])) continue;
    let end = start;
    while (isCapitalised(tokens[end])) end++;
    // A lone capital at the start is the sentence's first word, not a name, unless an appositive describes it.
    if (start === 0 && end === 1 && !opensWithDescribedName(sentence, tokens)) continue;
    // "who hold Russian citizenship", "the Israeli prime minister": a word for where a lower-case
    // thing is from is no name, and the word before it introduces none.
    if (end === start + 1 && isWord(tokens[end]) && !isCapitalised(tokens[end]) && isDemonym((tokens[start] as string).toLowerCase())) continue;
    const roles: string[] = [];
    // "Russian Foreign Minister Sergei Lavrov": the words before the person's two names are titles
    // ("Ana Ortiz" alone has none).
    for (let at = start; at < end - 2; at++) roles.push(tokens[at] as string);
    // "deckhand Mateo Ferris", "auditor, Priya Lindqvist", "the vessel, the Morning Tern".
    const article = APPOSITIVE_START.test(tokens[start - 1] ?? "") && tokens[start - 2] === "," ? 1 : 0;
    const before = tokens[start - 1 - article] === "," ? tokens[start - 2 - article] : tokens[start - 1 - article];
    // A verb before a name tells what was done to it ("put Solberg ahead"), not what it is.
    if (isWord(before) && !isCapitalised(before) && !(verbs ??= verbsOf(sentence)).has(before)) roles.push(before);
    const describes = APPOSITIVE_START.test(tokens[end + 1] ?? "") || (tokens[end + 1] === "who" && PRESENT_VERB.test(tokens[end + 2] ?? ""));
    if (tokens[end] === "," && describes) {
      for (let at = end + 2; at <= end + 1 + ROLE_AFTER_NAME_WORDS && isWord(tokens[at]) && !isCapitalised(tokens[at]); at++) {
        roles.push(tokens[at] as string);
      }
    } else if (tokens[end] === ",") {
      roles.push(...postOfPlaceAfter(tokens, end + 1));
    }
    named.push({ holder: tokens.slice(Math.max(start, end - 2), end).flatMap((token) => contentWords(token)), roles: roles.flatMap((role) => contentWords(role)) });
  }
  return named;
}

// What ties a post without an article to the body or place it is held in: "vicar of St Aldric's", "director at Halvard".
const POST_OF = new Set(["of", "at"]);

/**
 * The lower-case words from `from` up to an "of" or "at" before a capital: the post an appositive
 * without an article gives ("Simon Carraway, vicar of St Aldric's", "Ana Ortiz, chief executive of
 * Brill"). None when no such word follows within a few words ("Carraway, meanwhile, said…").
 */
function postOfPlaceAfter(tokens: readonly string[], from: number): string[] {
  for (let at = from; at <= from + ROLE_AFTER_NAME_WORDS; at++) {
    const token = tokens[at];
    if (!isWord(token) || isCapitalised(token)) return [];
    if (at > from && POST_OF.has(token)) return isCapitalised(tokens[at + 1]) ? tokens.slice(from, at) : [];
  }
  return [];
}

/**
 * True when a sentence opens with a one-word name an appositive describes: "Kowalski, a roofer
 * who…", as the tagger reads it; not "However, the council…" nor "Yesterday, the council…".
 */
function opensWithDescribedName(sentence: string, tokens: readonly string[]): boolean {
  const first = tokens[0] ?? "";
  return tokens[1] === "," && APPOSITIVE_START.test(tokens[2] ?? "") && !POINT_IN_TIME.test(first) && wordsTagged(sentence, "PROPN").has(first.toLowerCase());
}

// The words before a name that make the noun after it the name's head: "its Baltic Sentry mission".
const DETERMINER_BEFORE_NAME = /^(?:the|its|his|her|their|our|a|an)$/i;

/**
 * The nouns that names stand before as the head of their phrase: "mission" of "its Baltic Sentry
 * mission", "project" of "the Westgate Link project" (of "the Westgate Link plant managers", the
 * head "managers"). A name so written is one of that kind, as an appositive says.
 */
function kindsOfNames(sentence: string, isDemonym: (word: string) => boolean): string[] {
  const tokens = sentence.match(TOKEN) ?? [];
  let nouns: ReadonlySet<string> | undefined;
  // A token keeps a sentence's closing full stop ("mission.").
  const isNoun = (token: string | undefined) => isWord(token) && !isCapitalised(token) && (nouns ??= wordsTagged(sentence, "NOUN")).has(token.replace(/\.$/, "").toLowerCase());
  const kinds: string[] = [];
  for (let start = 1; start < tokens.length; start++) {
    if (!isCapitalised(tokens[start]) || !DETERMINER_BEFORE_NAME.test(tokens[start - 1] ?? "")) continue;
    let end = start;
    while (isCapitalised(tokens[end])) end++;
    let head = end;
    while (isNoun(tokens[head])) head++;
    // One capitalised word before a noun most often says where the thing is from or whose it is
    // ("the Ostland repair ship", "the Lowmere firm", "the Israeli government"), as does a run
    // ending in a word for a people ("the South Korean government").
    const fromWhere = end === start + 1 || isDemonym((tokens[end - 1] as string).toLowerCase());
    if (head > end && !fromWhere) kinds.push(tokens[head - 1] as string);
  }
  return kinds.flatMap((kind) => contentWords(kind));
}

// "by" and up to four lower-case words or figures before a capitalised one: "by the Ohio-based
// company Ballotline", "by 27-year-old Josh Pybus". No preposition between but "of" ("by members of
// Hamas" names them): "hit by a bus on Oxford Street" names where, not who.
const AGENT =
  /\bby((?:\s+(?!(?:in|on|at|from|to|for|with|near|into|across|over|under|after|before|during|outside|inside)\b)[a-z\d][\w-]*){0,4}?)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)/g;

// "according to" and up to four lower-case words before a capitalised one: "according to the Israeli
// government" says who says so.
const SOURCE = /\b[Aa]ccording to((?:\s+[a-z][\w-]*){0,4}?)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)/g;
/** How many words before an agent's "by" may hold the deed it did: "made in 1716 by…". */
const DEED_WORDS = 4;

/** A name that did something, and the words that may tell what. */
interface Agent {
  name: string;
  deeds: string[];
}

/**
 * An agent by index keys: its name's and those of the words that may tell its deed, kept together,
 * since a sentence's source did not do what its passive's agent did ("According to the Israeli
 * government, … hostages being held by Hamas": Israel says, holds no one).
 */
export interface KeyedAgent {
  nameKeys: string[];
  deedKeys: string[];
}

/**
 * The names a passive's agent phrase gives ("supplied by the company Ballotline"), dates left out
 * ("by Monday"), with the words just before its "by", where the passive's verb stands: "made" in "The
 * instrument, made in 1716 by the luthier Matteo Albrizzi", "played" in "played since 2019 by…". A
 * source ("according to the Israeli government") is one who says.
 */
function agentsOf(sentence: string): Agent[] {
  const doers = [...sentence.matchAll(AGENT)]
    .filter((match) => !POINT_IN_TIME.test(match[2] as string))
    .map((match) => ({ name: match[2] as string, deeds: contentWords(sentence.slice(0, match.index)).slice(-DEED_WORDS) }));
  const sources = [...sentence.matchAll(SOURCE)].map((match) => ({ name: match[2] as string, deeds: ["say"] }));
  return [...doers, ...sources];
}

/**
 * The name a sentence opens with, as its capital does not tell: a word the dictionary knows only as
 * a name ("Canada alone has been out of step"), not one it knows otherwise ("Police said", "Smith").
 */
function openingName(sentence: string, isNameAlone: (word: string) => boolean): string[] {
  const opening = OPENING_NAME.exec(sentence)?.[1];
  return opening !== undefined && !POINT_IN_TIME.test(opening) && isNameAlone(opening.toLowerCase()) ? [opening] : [];
}

/** The capitalised words inside a text, dates left out: parts of names. */
export function namesInside(text: string): string[] {
  // "Thursday" and "October" are capitalised, but they are dates, not names of people or places.
  return (text.match(NAME_INSIDE_SENTENCE) ?? []).filter((name) => !POINT_IN_TIME.test(name));
}

/** A name that does what a verb of the sentence tells, as its subject: its words' keys and the verb's. */
export interface Doer {
  nameKeys: string[];
  deedKey: string;
}

/**
 * The names a sentence gives as the subject of a verb in the active voice (see activeVerbsOf): right
 * before it ("Judge Miriam Achebe sentenced Tullis"), before an appositive between commas ("Mousa Abu
 * Marzook, a founder of Hamas, headed the delegation") or before a relative "who" ("Inês Barata, who
 * drafted the proposal", "Dr Miriam Osei, a paediatric allergist who led the study"), or a named
 * thing before a relative "which" ("Halvard Energy, which has run the plant since 2019"); a deed in
 * a list, the doer of the deed before it ("…returned for the service and read the Gospel"). A passive's
 * agent is read by agentsOf.
 */
export function doersOf(sentence: string, toKey: (word: string) => string, isCommonWord: (word: string) => boolean = () => false): Doer[] {
  const words = activeVerbsOf(sentence);
  const { values, texts, partsOfSpeech } = words;
  // Keyed as written: the tagger's normal form spells "organised" and "councillors" the American way.
  const lower = values.map((value) => value.toLowerCase());
  // A capital inside the sentence, but not a pronoun's ("Then I led the team").
  const isNameWord = (at: number) => CAPITALISED.test(values[at] ?? "") && partsOfSpeech[at] !== "PRON" && (partsOfSpeech[at] === "PROPN" || at > 0);
  // Each verb's doer, so that a deed in a list takes the doer of the deed before it ("Fr. Luis
  // Cabrera… returned for the service and read the Gospel").
  let before: string[] | undefined;
  return words.verbs.flatMap(({ verb, sharesSubject, subjectEnd, relative }): Doer[] => {
    const deedKey = toKey(lower[verb] ?? "");
    if (sharesSubject) return before === undefined ? [] : [{ nameKeys: before, deedKey }];
    before = undefined;
    // "Which" and "that" tell of things, but a named thing does what its "which" clause tells
    // ("Halvard Energy, which has run the plant since 2019").
    if (relative !== undefined && relative !== "who" && !(relative === "which" && isNameWord(subjectEnd))) return [];
    // "Dr Miriam Osei, a paediatric allergist who led the study": the name is before the appositive.
    const end = relative !== undefined && !isNameWord(subjectEnd) ? appositiveOpening(texts, subjectEnd) - 1 : subjectEnd;
    let at = end;
    while (at >= 0 && isNameWord(at)) at--;
    // A lone capital at the start is a name only when the dictionary knows the word as no common one
    // ("Ashby found the violin"; not "Engineers will leave…").
    if (at === end || (at < 0 && end === 0 && isCommonWord(lower[0] ?? ""))) return [];
    const nameKeys = values.slice(at + 1, end + 1).filter((value) => !POINT_IN_TIME.test(value)).map((value) => toKey(value.toLowerCase()));
    if (nameKeys.length === 0) return [];
    before = nameKeys;
    return [{ nameKeys, deedKey }];
  });
}
