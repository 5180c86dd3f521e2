import { NOMINAL } from "./clause-parts.ts";
import { baseVerb } from "./base-forms.ts";
import { ratePeriods } from "./rates.ts";
import { tagged, type Tagged } from "./tagging.ts";
import { lemmaOf } from "./terms.ts";
import { isLightVerb, normalizeText, words } from "./text.ts";

/** What reading a question needs of the dictionary (see the Thesaurus). */
export interface QuestionLexicon {
  /** True when the verb tells saying, thinking or feeling ("tell", "warn", "fear"). */
  reportsSpeechOrThought(lemma: string): boolean;
  /** True when the verb tells somebody something ("tell", "warn", "ask"): its passive's subject is who was told. */
  addressesPerson(lemma: string): boolean;
  /** True when the dictionary knows the word: one it does not is a name ("lavrov"). */
  knows(lemma: string): boolean;
  /** True when the noun's most frequent sense is a person or a group ("mayor", "police"), who may say something. */
  namesPersonOrGroup(lemma: string): boolean;
  /** The adjectives the dictionary files an adjective's senses under ("chilly" → "unemotional", "cold"). */
  adjectiveHeads(adjective: string): readonly string[];
  /** True when the noun's most frequent sense is an act ("trip", "visit", "election"). */
  namesAct(lemma: string): boolean;
  /** The adjective an adverb is formed from, when the dictionary knows it ("quickly" → "quick"). */
  adjectiveOfAdverb(adverb: string): string | undefined;
  /** The words sharing an adverb's commonest sense ("frequently" → "often"). */
  adverbSynonyms(adverb: string): readonly string[];
  /** The adjectives naming the values of the attribute a noun names in its senses met in use ("speed" → "fast", "slow"). */
  attributeValues(noun: string): readonly string[];
  /** True when the noun's most frequent sense is a time ("night", "weekend", "season"). */
  namesTime(lemma: string): boolean;
  /** True when the dictionary knows the word as a verb, maybe among other parts of speech ("appeal", "vote"). */
  isVerb(lemma: string): boolean;
}

// The modal auxiliaries, which the dictionary also knows as verbs of their own ("will" is to decree).
export const MODAL_AUXILIARIES: ReadonlySet<string> = new Set(["will", "would", "shall", "should", "can", "could", "may", "might", "must"]);

// The forms of "be" after "how much": its subject is what the sum is of ("how much is the ring
// worth?", "how much was the company fined?", "how much is the bonus?").
export const FORMS_OF_BE = new Set(["is", "are", "was", "were"]);

// The ending of a possessive, as the tagger splits it off ("year's").
const POSSESSIVE_ENDING = /^['’]s$/;
// Possessives before which "before" may name the present occasion: "before his trip" (see occasionAfter).
export const POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "their", "its"]);
/**
 * The last common noun of the noun phrase from `start`, its last name word, and where the phrase
 * ends (before `ends`, a word the tagger misreads).
 */
export function nounPhraseFrom({ texts, partsOfSpeech }: Tagged, start: number, ends: (text: string) => boolean = () => false): { head: string | undefined; name: string | undefined; end: number } {
  let end = start;
  let head: string | undefined;
  let name: string | undefined;
  // A determiner after a noun opens another phrase: "the grant the local authority gives" is a grant.
  const opensPhrase = (at: number) => partsOfSpeech[at] === "DET" && partsOfSpeech[at - 1] === "NOUN";
  // The tagger reads a word of a period after a determiner as an adverb: "the daily riders" are riders.
  const modifiesAfterDeterminer = (at: number) => partsOfSpeech[at] === "ADV" && partsOfSpeech[at - 1] === "DET";
  // A word the hyphen joins to the one before is part of the same modifier, whatever the tagger reads
  // it as: "a factory-built boat" is a boat.
  const joinedByHyphen = (at: number) => at > start && texts[at - 1] === "-";
  for (; end < texts.length && (texts[end] === "-" || NOMINAL.has(partsOfSpeech[end] ?? "") || modifiesAfterDeterminer(end) || joinedByHyphen(end)) && !ends(texts[end] ?? "") && !(end > start && opensPhrase(end)); end++) {
    if (partsOfSpeech[end] === "NOUN") head = texts[end];
    if (partsOfSpeech[end] === "PROPN") name = texts[end];
  }
  return { head, name, end };
}

/** The nouns of a share asked by "what": "what share of the market", "what percentage of voters". */
export const SHARE_NOUNS: ReadonlySet<string> = new Set(["share", "proportion", "percentage", "fraction", "portion", "percent"]);

/**
 * What a "how much of" or "what share of" question asks a share of: the head noun ("crop" in "how
 * much of this year's apple crop have they lost?") and the nouns before it that say which ("apple";
 * "cherry", which the tagger may read as an adjective, where the dictionary has it as a noun),
 * undefined for any other question or a pronoun ("how much of it").
 */
export function wholeSharedOf(question: string, isNoun: (word: string) => boolean): { head: string; which: string[] } | undefined {
  const tags = tagged(normalizeText(question));
  const of = tags.texts.findIndex((text, at) => text === "of" && ((tags.texts[at - 1] === "much" && tags.texts[at - 2] === "how") || (SHARE_NOUNS.has(tags.texts[at - 1] ?? "") && tags.texts[at - 2] === "what")));
  if (of < 0) return undefined;
  // A possessive opens the phrase of the thing owned: "this year's apple crop" is a crop.
  let start = of + 1;
  let phrase = nounPhraseFrom(tags, start);
  while (POSSESSIVE_ENDING.test(tags.texts[phrase.end] ?? "")) {
    start = phrase.end + 1;
    phrase = nounPhraseFrom(tags, start);
  }
  const { head } = phrase;
  if (head === undefined) return undefined;
  const saysWhich = (text: string, tag: string | undefined) => text !== head && (tag === "NOUN" || (tag === "ADJ" && isNoun(text)));
  const which = tags.texts.slice(start, phrase.end).filter((text, offset) => saysWhich(text, tags.partsOfSpeech[start + offset]));
  return { head, which };
}

/**
 * The words a question uses only as an adjective or a verb ("extra" in "how many extra trucks", "cook"
 * in "how do I cook rice"), whatever the dictionary's first sense of them as nouns.
 */
export function wordsNotUsedAsNouns(question: string): Set<string> {
  const { texts, partsOfSpeech } = tagged(normalizeText(question));
  const asNouns = new Set(texts.filter((_, at) => !MODIFYING_OR_VERB.has(partsOfSpeech[at] ?? "")));
  return new Set(texts.filter((text, at) => MODIFYING_OR_VERB.has(partsOfSpeech[at] ?? "") && !asNouns.has(text)));
}

const MODIFYING_OR_VERB = new Set(["ADJ", "VERB"]);

/** The words a question uses as verbs ("blame" in "what did the coach blame for the defeat?"), whatever else the dictionary knows them as. */
export function wordsUsedAsVerbs(question: string): Set<string> {
  const { texts, partsOfSpeech } = tagged(normalizeText(question));
  return new Set(texts.filter((_, at) => partsOfSpeech[at] === "VERB"));
}

/**
 * A question's last verb, if any ("replaced" in "when will the sprinklers be replaced?"): the deed a
 * when-question asks about. Read as written: a name's capitals keep the tagger from taking it for a
 * verb ("proposals on AI").
 */
export function lastVerbOf(question: string): string | undefined {
  const { texts, partsOfSpeech } = tagged(question);
  const at = partsOfSpeech.lastIndexOf("VERB");
  return at < 0 ? undefined : texts[at];
}

/**
 * The words of a why-question's event: its verbs other than light ones ("striking" in "why are the
 * drivers striking?"), or, when the tagger reads no verb, the last word of the phrase after the
 * auxiliary when it may be one ("fall" in "why did brightco shares fall", read as a compound noun).
 */
export function whyEventWords(question: string, isVerb: (lemma: string) => boolean): string[] {
  const { texts, partsOfSpeech } = tagged(normalizeText(question));
  if (partsOfSpeech.includes("VERB")) return texts.filter((text, at) => partsOfSpeech[at] === "VERB" && !isLightVerb(text));
  const auxiliary = partsOfSpeech.indexOf("AUX");
  let end = auxiliary + 1;
  while (end < texts.length && NOMINAL.has(partsOfSpeech[end] ?? "")) end++;
  const last = texts[end - 1] ?? "";
  return auxiliary >= 0 && end - 1 > auxiliary + 1 && isVerb(lemmaOf(last)) ? [last] : [];
}

// Articles and possessive determiners: the word after one is a noun, whatever else it may be.
const DETERMINERS = new Set(["a", "an", "the", "my", "your", "his", "her", "its", "our", "their"]);

// Prepositions no verb follows: after one, a word ending in -s is a plural, not a verb's third person.
const PREPOSITIONS_BEFORE_NOUNS = new Set(["about", "against", "among", "at", "between", "by", "during", "for", "from", "in", "into", "like", "of", "on", "over", "per", "through", "toward", "towards", "under", "with", "without"]);

/**
 * True for a word the question surely uses as a noun, whatever else the dictionary knows it as: one
 * between a determiner and "of" ("the capital of Australia"), or a plural right after a preposition
 * ("a joke about cats" asks of no "cat" that means to be sick).
 */
export function isSurelyNoun(words: readonly string[], at: number): boolean {
  const word = words[at] ?? "";
  return (DETERMINERS.has(words[at - 1] ?? "") && words[at + 1] === "of") || (PREPOSITIONS_BEFORE_NOUNS.has(words[at - 1] ?? "") && word.endsWith("s") && isPlural(word));
}

// Phrases of several words that only place what is asked in the present, as "now" does (see
// QuestionShape.asksNow): their nouns ask for no day or moment.
const PRESENT_PHRASES: readonly (readonly string[])[] = [
  ["these", "days"],
  ["at", "the", "moment"],
  ["at", "present"],
];

/** True for a word of a phrase that only says "now" ("days" in "these days", "moment" in "at the moment"). */
export function isInPresentPhrase(words: readonly string[], at: number): boolean {
  return PRESENT_PHRASES.some((phrase) => phrase.some((_, offset) => phrase.every((word, k) => words[at - offset + k] === word)));
}

// Who stands before a verb in the present: "he lives", "the guy that lives".
const SUBJECTS_BEFORE_VERB = new Set(["he", "she", "it", "who", "that", "which"]);
// What follows a verb in the present that the tagger reads as a plural: "lives in", "leaves for", "lives abroad".
const AFTER_PRESENT_VERB = new Set(["ADP", "ADV"]);

/**
 * The verb a word in "-s" is the present of, where the word is a plural to its lemma too ("lives",
 * "leaves") and stands as the question's verb: after a subject pronoun or a name ("marzook lives in
 * qatar"), or, in a question with no other verb, before a preposition or an adverb ("Which Hamas
 * leader lives in Qatar?"). Undefined elsewhere ("took their own lives", "autumn leaves").
 */
export function presentVerbReadAsPlural(question: string, words: readonly string[], at: number, isName: (word: string) => boolean): string | undefined {
  const word = words[at] ?? "";
  if (!/[^s]s$/.test(word)) return undefined;
  const verb = baseVerb(word);
  if (verb === word || verb === lemmaOf(word)) return undefined;
  const before = words[at - 1] ?? "";
  if (SUBJECTS_BEFORE_VERB.has(before) || isName(before)) return verb;
  const { texts, partsOfSpeech } = tagged(normalizeText(question));
  const own = texts.indexOf(word);
  const otherVerb = partsOfSpeech.some((tag, index) => index !== own && (tag === "VERB" || tag === "AUX"));
  return own > 0 && !otherVerb && AFTER_PRESENT_VERB.has(partsOfSpeech[own + 1] ?? "") ? verb : undefined;
}

/**
 * True for "make" before the act it does ("making the journey", "made a decision", "make their
 * appeal"): the act's noun says the deed, which a text may tell by its verb ("will travel").
 */
export function makesActNamed(words: readonly string[], at: number, namesAct: (lemma: string) => boolean): boolean {
  if (lemmaOf(words[at] ?? "") !== "make") return false;
  const noun = DETERMINERS.has(words[at + 1] ?? "") ? words[at + 2] : words[at + 1];
  return noun !== undefined && namesAct(lemmaOf(noun));
}

/** The words a question uses as nouns after a determiner ("say" in "did people have their say?"), which the tagger may take for verbs. */
export function wordsAfterDeterminers(question: string): Set<string> {
  const typed = words(normalizeText(question));
  return new Set(typed.filter((_, at) => DETERMINERS.has(typed[at - 1] ?? "")));
}

/** True for a noun in a plural form ("passengers", "children"), as its dictionary form differs. */
export function isPlural(noun: string): boolean {
  return lemmaOf(noun) !== noun;
}

/**
 * The nouns of the adjective-noun run a text opens with; when it must end in a plural, a singular
 * noun after a plural one ends it.
 */
export function nounRunOf(after: string | undefined, endsInPlural = false): string[] {
  return nounRunIn(after ? tagged(after) : UNTAGGED, endsInPlural);
}

// No words, for no text.
export const UNTAGGED: Tagged = { texts: [], partsOfSpeech: [] };

// The words that join two modifiers of one noun ("hunting and fishing visits").
const JOINING_MODIFIERS: ReadonlySet<string> = new Set(["and", "or"]);

/** True for a plural noun; not a gerund or participle, whose dictionary form differs too ("hunting"). */
function isPluralNotParticiple(noun: string): boolean {
  return isPlural(noun) && !/(?:ing|ed)$/.test(noun);
}

/** See nounRunOf: the run read from words already tagged. */
export function nounRunIn({ texts, partsOfSpeech }: Tagged, endsInPlural: boolean): string[] {
  const nouns: string[] = [];
  for (const [at, pos] of partsOfSpeech.entries()) {
    const text = texts[at] ?? "";
    // Modifiers joined before a plural noun modify it: "how many hunting and fishing visits", "medical
    // and dental schools". Not a plural before the "and" ("boys and girls"), nor a noun right after it
    // ("staff and volunteers"): those are two things counted, the first read as before.
    if (endsInPlural && pos === "CCONJ" && JOINING_MODIFIERS.has(text) && !isPluralNotParticiple(nouns.at(-1) ?? "")) {
      const rest = nounRunIn({ texts: texts.slice(at + 1), partsOfSpeech: partsOfSpeech.slice(at + 1) }, true);
      const head = rest.at(-1);
      if (head !== undefined && isPlural(head) && texts[at + 1] !== head) return [...nouns, ...rest];
      break;
    }
    if (pos === "NOUN" && endsInPlural && nouns.length > 0 && isPlural(nouns.at(-1) ?? "") && !isPlural(text)) break;
    // A noun's run ends before a determiner: a "noun" after the first with one next is the verb the
    // tagger misread ("which catering company supplies the food": "supplies" takes "the food"); not
    // before a rate's "a" ("how many fog days a year").
    if (pos === "NOUN" && nouns.length > 0 && partsOfSpeech[at + 1] === "DET" && !opensRate(texts, at + 1)) break;
    if (pos === "NOUN") nouns.push(text);
    // An adjective or a number after the nouns stands after the phrase, not in it ("people worldwide lost…").
    else if (nouns.length > 0 && pos !== "PROPN") break;
    // A participle before the noun ("farmed salmon", "injured workers") is its adjective.
    else if (pos === "VERB" && nouns.length === 0 && PARTICIPLE.test(text) && partsOfSpeech[at + 1] === "NOUN") continue;
    else if (pos !== "ADJ" && pos !== "PROPN" && pos !== "NUM") break;
  }
  return nouns;
}

export const PARTICIPLE = /(?:ed|en|ing)$/;

// The parts of speech a participle's phrase ends in ("released of the visit", "arrested on Friday").
const PHRASE_ENDS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "NUM"]);

/**
 * After "did" or a modal the verb is bare: a past participle there belongs to the subject's phrase
 * ("What did the photograph released of the visit show?", "what did the man arrested on Friday
 * tell police?"), and the verb is the first bare form after it, which the tagger may read as a noun
 * closing the question. The index of that verb, if the word at `at` is such a participle.
 */
export function bareVerbAfterParticiple({ texts, partsOfSpeech }: Tagged, at: number): number | undefined {
  const word = texts[at] ?? "";
  // Not an -ing form, which may head a compound noun ("the working session").
  if (partsOfSpeech[at] !== "VERB" || /ing$/.test(word) || lemmaOf(word) === word) return undefined;
  const closing = (index: number) => index === texts.length - 1 || partsOfSpeech[index + 1] === "PUNCT";
  // The verb comes after the participle's own phrase, which ends in a noun ("of the visit", "on
  // Friday"): "What did Ruiz told parliament?" and "what did Berro said about the Front?" are slips
  // of tense, their last noun no verb.
  const afterPhrase = (index: number) => index > at + 1 && PHRASE_ENDS.has(partsOfSpeech[index - 1] ?? "");
  const bare = texts.findIndex((text, index) => index > at && (partsOfSpeech[index] === "VERB" || (partsOfSpeech[index] === "NOUN" && closing(index))) && lemmaOf(text) === text);
  return bare < 0 || !afterPhrase(bare) ? undefined : bare;
}

/** True when the words from `at` open a rate's period ("a year", "a day"). */
function opensRate(texts: readonly string[], at: number): boolean {
  return ratePeriods(texts.slice(at, at + 2).join(" ")).length > 0;
}
