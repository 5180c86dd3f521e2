import { namedAgesOf } from "./measurements.ts";
import { type PersonNames, withoutDateline } from "./name-mentions.ts";
import { words } from "./text.ts";

// News opens with what befell someone it names only after: "A former chief executive of a regional
// credit union has been found guilty…", then "Declan Ashworth, 54, was convicted…". A reader asks by the name.

// A lede whose subject is someone unnamed: "A farmer who ploughed…", "An exam board has apologised…".
const INDEFINITE_OPENING = /^\W*An? [a-z]/;
// The sentences after the lede that may bring its subject in: the rest of its paragraph and the next, in short news paragraphs.
const SENTENCES_AFTER = 3;

/**
 * For each sentence of a document, in order, the words of the full name of the person a lede
 * opening with "A" or "An" is about: the first person the next few sentences bring in with an age,
 * when their sentence opens with them ("Declan Ashworth, 54, was convicted…"), the way news
 * introduces whom it is about. One brought in further into a sentence is most often someone else
 * ("Officers arrested Kyle Benton, 24," after "A man was stabbed…"), and then the lede has none.
 * Only the lede has any, and not the words it says itself. `lede` is the ordinal of the first body sentence.
 */
export function ledeSubjectNames(sentences: readonly string[], lede: number, people: PersonNames, sentenceWords: readonly (readonly string[])[]): string[][] {
  const found: string[][] = sentences.map(() => []);
  if (!INDEFINITE_OPENING.test(withoutDateline(sentences[lede] ?? ""))) return found;
  for (const [offset, sentence] of sentences.slice(lede + 1, lede + 1 + SENTENCES_AFTER).entries()) {
    const surname = namedAgesOf(sentence)
      .map(({ holder }) => words(holder).at(-1))
      .find((last) => people.isPerson(last));
    if (surname === undefined) continue;
    const fullName = people.fullNames.get(surname) ?? [surname];
    const opening = sentenceWords[lede + 1 + offset]?.[0];
    if (opening === undefined || !fullName.includes(opening)) return found;
    const said = new Set(sentenceWords[lede]);
    found[lede] = fullName.filter((word) => !said.has(word));
    break;
  }
  return found;
}
