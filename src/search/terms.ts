import { baseAdjective, baseNoun, baseVerb } from "./base-forms.ts";

const IS_NUMBER = /^[0-9]/;
// No English plural ends in "ss", but the noun rules strip its last "s" from a few ("boss" → "bos").
const SINGULAR_ENDING = /ss$/;
const ALL_RULES = [baseNoun, baseVerb, baseAdjective];
const WITHOUT_NOUN_RULES = [baseVerb, baseAdjective];
// Lemmas kept before the cache starts over: more than the distinct words of a million-word corpus.
const MAX_CACHED_LEMMAS = 200_000;
const lemmas = new Map<string, string>();

/**
 * The base form of a word as a dictionary has it: "killed" → "kill", "hostages" → "hostage",
 * "was" → "be". Tries noun, verb, then adjective rules, keeping the first that changes the word.
 */
export function lemmaOf(word: string): string {
  let lemma = lemmas.get(word);
  if (lemma === undefined) {
    // Starting over keeps memory bounded; a text's words come back far more often than new ones.
    if (lemmas.size >= MAX_CACHED_LEMMAS) lemmas.clear();
    lemma = lemmatized(word);
    lemmas.set(word, lemma);
  }
  return lemma;
}

function lemmatized(word: string): string {
  if (IS_NUMBER.test(word)) return word;
  const rules = SINGULAR_ENDING.test(word) ? WITHOUT_NOUN_RULES : ALL_RULES;
  for (const lemmatize of rules) {
    const lemma = lemmatize(word);
    if (lemma !== word) return withSilentE(word, lemma);
  }
  return word;
}

/**
 * True for a verb's past form ("died", "ran", "taken"): its noun senses are not meant ("die", a
 * dice). A form in "-ing" may be a noun ("the killing"), and one in "-s" is a plural first or, of
 * a verb that is no noun, the present ("expects", "carries").
 */
export function isPastVerbForm(word: string): boolean {
  if (IS_NUMBER.test(word) || word.endsWith("ing") || IRREGULAR_PRESENTS.has(word) || baseNoun(word) !== word) return false;
  const lemma = baseVerb(word);
  return lemma !== word && !PRESENT_ENDINGS.some(([ending, added]) => lemma.endsWith(ending) && word === lemma.slice(0, lemma.length - ending.length) + added);
}

// The presents no ending makes: "is", "has" are no past forms either.
const IRREGULAR_PRESENTS: ReadonlySet<string> = new Set(["am", "is", "are", "has"]);
// How the present's third person is made from a verb: "expect" → "expects", "reach" → "reaches", "carry" → "carries".
const PRESENT_ENDINGS: readonly (readonly [string, string])[] = [["", "s"], ["", "es"], ["y", "ies"]];

// "hop" doubles its last letter before -ing and -ed ("hopping"); "hoping" is "hope", "taped" "tape".
const SHORT_VOWEL_ENDING = /[^aeiou][aeiou][b-df-hj-np-tvz]$/;
const VERB_SUFFIX = /(?:ing|ed)$/;

/** The lemma with the silent "e" the suffix took away, when the verb with it exists ("hoping" → "hope"). */
function withSilentE(word: string, lemma: string): string {
  if (!VERB_SUFFIX.test(word) || word.replace(VERB_SUFFIX, "") !== lemma || !SHORT_VOWEL_ENDING.test(lemma)) return lemma;
  // The verb rules strip the "s" of "hopes" only when "hope" is a verb they know.
  const withE = `${lemma}e`;
  return baseVerb(`${withE}s`) === withE ? withE : lemma;
}

/**
 * The index key of a word: its lemma, so "killed" meets "kill" and "ran" meets "run". Not a stem:
 * Porter stems also fold words apart in meaning ("lightly" → "light", "university" → "univers");
 * derived forms ("negotiation" for "negotiate") come from WordNet and the word vectors instead.
 */
export function termKey(word: string): string {
  return NUMBER_WORDS.get(word) ?? OLDER_FORMS.get(word) ?? lemmaOf(word);
}

// The older forms in "-st" still common in news, three of them function words: "amidst a rising
// polarization" answers "amid growing tension". The whole class of those in use.
const OLDER_FORMS = new Map([
  ["amidst", "amid"],
  ["amongst", "among"],
  ["whilst", "while"],
  ["unbeknownst", "unbeknown"],
]);

const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;
const CARDINAL = /^\d+$/;

/**
 * The other way of writing a day's number: "7th" for "7" and "7" for "7th" ("oct 7" asks about
 * "October 7th"). Kept apart in the index: "7" is common, "7th" rarer.
 */
export function otherNumberForm(word: string): string | undefined {
  const ordinal = ORDINAL.exec(word);
  if (ordinal) return ordinal[1];
  if (!CARDINAL.test(word)) return undefined;
  const lastTwo = Number(word) % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : (["th", "st", "nd", "rd"][Number(word) % 10] ?? "th");
  return `${word}${suffix}`;
}

// "Fourteen votes" answers "winning by 14 votes". "One" is left out: mostly "one of", not a count.
const NUMBER_WORDS = new Map(
  `two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty`
    .split(/\s+/)
    .map((word, at) => [word, String(at + 2)] as const)
    .concat(["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].map((word, at) => [word, String((at + 3) * 10)] as const)),
);

/** True for a number written as a word, from "two" to "ninety" ("Seventeen nations…"). */
export function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word);
}

// Counts of a unit of time that make a larger one: "the last twelve months" is "the past year".
const SPANS_AS_UNITS: ReadonlyMap<string, string> = new Map([
  ["60 second", "minute"],
  ["60 minute", "hour"],
  ["24 hour", "day"],
  ["7 day", "week"],
  ["14 day", "fortnight"],
  ["2 week", "fortnight"],
  ["52 week", "year"],
  ["12 month", "year"],
  ["365 day", "year"],
  ["10 year", "decade"],
  ["100 year", "century"],
]);

/**
 * The larger unit of time a count of smaller ones makes ("twelve months" is a year), keyed by both
 * the number and the unit as the text has them.
 */
export function spansAsUnits(words: readonly string[]): Map<string, string> {
  const units = new Map<string, string>();
  words.forEach((unit, at) => {
    const count = words[at - 1];
    const larger = count === undefined ? undefined : SPANS_AS_UNITS.get(`${termKey(count)} ${lemmaOf(unit)}`);
    if (count === undefined || larger === undefined) return;
    units.set(count, larger);
    units.set(unit, larger);
  });
  return units;
}

// A family called by its plural: "the Crewes", "the Marrs", "the Joneses". Not "ss" ("Ross").
const FAMILY_PLURAL = /^(.*?[^s])(e?s)$/;

/**
 * The surnames a plural name may be the family of ("crewes" → "crewe", "crew"; "marrs" → "marr"):
 * "the Crewes" are Martin and Hazel Crewe, a name the lemma rules cannot give back ("crewes" → "crew").
 */
export function familySurnames(name: string): string[] {
  const match = FAMILY_PLURAL.exec(name);
  if (match === null) return [];
  const [, stem = "", ending = ""] = match;
  return ending === "es" ? [`${stem}e`, stem] : [stem];
}
