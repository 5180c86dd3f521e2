import { QUOTED, subjectKeysOf } from "./clause-parts.ts";
import { subjectsOf } from "./deeds.ts";
import { isCalendarWord, nameMentions } from "./name-mentions.ts";
import { HONORIFICS } from "./name-mentions.ts";
import { lemmaOf, termKey } from "./terms.ts";
import { isStopWord } from "./text.ts";

/** What reading a reaction needs to know of the dictionary. */
export interface ReactionWords {
  tellsReaction(lemma: string): boolean;
  isOnlyAdverb(lemma: string): boolean;
}

// A person's pronoun opening a sentence, maybe inside a quotation mark: "He wept…", "“She cried…".
const OPENS_WITH_HE_OR_SHE = /^[“"‘]?(?:He|She) /;
// The verb right after a name, maybe after one adverb: "Joan Mills burst into…", "Tom Pengelly quietly wept"; not after a comma.
const WORDS_AFTER_NAME = /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u;

/**
 * The index keys of the name of the one a question asks how they reacted, as the sentence telling
 * the occasion names them: the names holding a word the question names them by ("Tom Pengelly" for
 * "Tom", "Mayor Helen Price" for "the mayor"), or, for a kind no name holds ("the elderly
 * volunteer"), the one name the sentence's subject holds. None where a name asked is not there, or
 * the subject names several people: whose reaction follows is then not known.
 */
export function personNamedIn(sentence: string, askedKeys: ReadonlySet<string>, askedByName: boolean): Set<string> | undefined {
  const names = namesIn(sentence);
  const holding = names.filter(({ keys }) => keys.some((key) => askedKeys.has(key)));
  if (holding.length > 0) return new Set(holding.flatMap(({ keys }) => keys));
  if (askedByName) return undefined;
  const subject = subjectKeysOf(sentence, termKey);
  const inSubject = names.filter(({ keys }) => keys.some((key) => subject.has(key)));
  return inSubject.length === 1 ? new Set(inSubject[0]?.keys) : undefined;
}

/**
 * True when the sentence tells how the person reacted, by a verb whose subject names them and that
 * shows a feeling or says something ("Tom Pengelly wept when…", "Joan Mills burst into tears as…"):
 * then it answers itself, and the next sentence's words are no reaction it leaves untold.
 */
export function tellsReactionOf(sentence: string, person: ReadonlySet<string>, dictionary: ReactionWords): boolean {
  const theirs = (keys: readonly string[]) => keys.some((key) => person.has(key));
  if (subjectsOf(sentence, termKey).some(({ subjectKeys, deedKey }) => theirs(subjectKeys) && dictionary.tellsReaction(deedKey))) return true;
  // The tagger may read the verb as a noun ("burst"): the word right after the name is its verb.
  return namesIn(sentence).some(({ keys, end }) => {
    if (!theirs(keys)) return false;
    const [, first = "", second = ""] = WORDS_AFTER_NAME.exec(sentence.slice(end)) ?? [];
    const verb = dictionary.isOnlyAdverb(first.toLowerCase()) ? second : first;
    return verb !== "" && dictionary.tellsReaction(lemmaOf(verb.toLowerCase()));
  });
}

/**
 * True when the sentence opens with "he" or "she" as the subject of a verb showing a feeling or
 * saying something ("He wept in the dock as…"): the reaction of the one the sentence before names.
 */
export function tellsReactionByPronoun(sentence: string, dictionary: ReactionWords): boolean {
  const [first] = subjectsOf(sentence, termKey);
  return first !== undefined && first.personal && OPENS_WITH_HE_OR_SHE.test(sentence) && dictionary.tellsReaction(first.deedKey);
}

/**
 * The index keys of the names that speak a quoting sentence, outside its quotation ("Sam Pengelly"
 * of "“…,” Sam Pengelly said.", "Pengelly" of "Mr Pengelly said"): none where a pronoun or a kind
 * ("the volunteer") speaks, or no one does.
 */
export function speakerNameKeys(sentence: string): string[] {
  const unquoted = sentence.replace(QUOTED, " ");
  const subject = subjectKeysOf(unquoted, termKey);
  return namesIn(unquoted).flatMap(({ keys }) => (keys.some((key) => subject.has(key)) ? keys : []));
}

/** The names a sentence writes with capitals, each as its index keys but titles ("Mr"), grammar words and days, with where it ends. */
function namesIn(sentence: string): { keys: string[]; end: number }[] {
  return (nameMentions([sentence])[0] ?? [])
    .map(({ words, end }) => ({ keys: words.filter((word) => !HONORIFICS.has(word) && !isStopWord(word) && !isCalendarWord(word)).map(termKey), end }))
    .filter(({ keys }) => keys.length > 0);
}
