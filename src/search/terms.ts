import lemmatizer from "wink-lemmatizer";

const IS_NUMBER = /^[0-9]/;
// No English plural ends in "ss", but the noun rules strip its last "s" from a few ("boss" → "bos").
const SINGULAR_ENDING = /ss$/;
const ALL_RULES = [lemmatizer.noun, lemmatizer.verb, lemmatizer.adjective];
const WITHOUT_NOUN_RULES = [lemmatizer.verb, lemmatizer.adjective];

/**
 * The base form of a word as a dictionary has it: "killed" → "kill", "hostages" → "hostage",
 * "was" → "be". Tries noun, verb, then adjective rules, keeping the first that changes the word.
 */
export function lemmaOf(word: string): string {
  if (IS_NUMBER.test(word)) return word;
  const rules = SINGULAR_ENDING.test(word) ? WITHOUT_NOUN_RULES : ALL_RULES;
  for (const lemmatize of rules) {
    const lemma = lemmatize(word);
    if (lemma !== word) return lemma;
  }
  return word;
}

/**
 * The index key of a word: its lemma, so "killed" meets "kill" and "ran" meets "run". Not a stem:
 * Porter stems also fold words apart in meaning ("lightly" → "light", "university" → "univers");
 * derived forms ("negotiation" for "negotiate") come from WordNet and the word vectors instead.
 */
export function termKey(word: string): string {
  return NUMBER_WORDS.get(word) ?? ORDINAL.exec(word)?.[1] ?? lemmaOf(word);
}

// "October 7th" is the date of "oct 7": an ordinal in digits shares its number's key.
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;

// "Fourteen votes" answers "winning by 14 votes". "One" is left out: mostly "one of", not a count.
const NUMBER_WORDS = new Map(
  `two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty`
    .split(/\s+/)
    .map((word, at) => [word, String(at + 2)] as const)
    .concat(["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].map((word, at) => [word, String((at + 3) * 10)] as const)),
);
