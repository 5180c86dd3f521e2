import lemmatizer from "wink-lemmatizer";
import stem from "wink-porter2-stemmer";

const IS_NUMBER = /^[0-9]/;
const keyCache = new Map<string, string>();

/**
 * The base form of a word as a dictionary has it: "killed" → "kill", "hostages" → "hostage",
 * "was" → "be". Tries noun, verb, then adjective rules, keeping the first that changes the word.
 */
export function lemmaOf(word: string): string {
  if (IS_NUMBER.test(word)) return word;
  for (const lemmatize of [lemmatizer.noun, lemmatizer.verb, lemmatizer.adjective]) {
    const lemma = lemmatize(word);
    if (lemma !== word) return lemma;
  }
  return word;
}

/**
 * The index key of a word: the stem of its lemma. Lemmas fold irregular forms ("ran" → "run"),
 * the stem folds derivations ("negotiation", "negotiate" → "negoti"). Cached: vocabularies are small.
 */
export function termKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = IS_NUMBER.test(word) ? word : stem(lemmaOf(word));
    keyCache.set(word, key);
  }
  return key;
}
