import { namedAgesOf } from "./measurements.ts";
import { type PersonNames, withoutDateline } from "./name-mentions.ts";
import { words } from "./text.ts";

// News opens with what befell someone it names only after: "A former chief executive of a regional
// credit union has been found guilty…", then "Declan Ashworth, 54, was convicted…". A reader asks by the name.

// A lede whose subject is someone unnamed: "A farmer who ploughed…", "An exam board has apologised…",
// "A Ravensholm shopkeeper who kept…" (where the one is from; not a make and model, "A Boeing 737").
const INDEFINITE_OPENING = /^\W*An? (?:[A-Z][\p{L}'’-]* (?=[a-z]))?[a-z0-9]/u;
// The sentences after the lede that may bring its subject in: the rest of its paragraph and the next, in short news paragraphs.
const SENTENCES_AFTER = 3;
// An age the lede gives its subject: "A 67-year-old grandmother…".
const AGE_IN_YEARS = /\b(\d{1,3})-year-old\b/g;
// A sentence opening with a thing's name, said in apposition what it is: "The Hollin Psalter, a volume
// of 212 vellum leaves, was bought…" after "A 14th-century illuminated prayer book… sold for…".
// "The" and one word, or two words or more: not a word opening with a comma ("Meanwhile, the trustees…").
const NAME_OPENING_APPOSITION = /^\W*(?:The ((?:[A-Z][\p{L}'’-]*\s)*[A-Z][\p{L}'’-]*)|((?:[A-Z][\p{L}'’-]*\s)+[A-Z][\p{L}'’-]*)), (?:an?|the|one) [a-z0-9]/u;

/**
 * For each sentence of a document, in order, the words of the full name of the person or thing a
 * lede opening with "A" or "An" is about: the first person the next few sentences bring in with an
 * age, when their sentence opens with them ("Declan Ashworth, 54, was convicted…"), the way news
 * introduces whom it is about, or a thing brought in by name in apposition (see
 * NAME_OPENING_APPOSITION). One brought in further into a sentence is most often someone else
 * ("Officers arrested Kyle Benton, 24," after "A man was stabbed…"), and then the lede has none.
 * Only the lede has any, and not the words it says itself. `lede` is the ordinal of the first body sentence.
 */
export function ledeSubjectNames(sentences: readonly string[], lede: number, people: PersonNames, sentenceWords: readonly (readonly string[])[]): string[][] {
  const found: string[][] = sentences.map(() => []);
  const ledeText = withoutDateline(sentences[lede] ?? "");
  if (!INDEFINITE_OPENING.test(ledeText)) return found;
  const ledeAges = [...ledeText.matchAll(AGE_IN_YEARS)].map((match) => Number(match[1]));
  for (const [offset, sentence] of sentences.slice(lede + 1, lede + 1 + SENTENCES_AFTER).entries()) {
    // A thing the lede tells of unnamed is brought in by its name at the opening, as a person by age.
    const apposed = NAME_OPENING_APPOSITION.exec(sentence);
    const thing = apposed?.[1] ?? apposed?.[2];
    if (thing !== undefined && !people.isPerson(words(thing).at(-1))) {
      const said = new Set(sentenceWords[lede]);
      found[lede] = words(thing).filter((word) => !said.has(word));
      break;
    }
    // "A 67-year-old grandmother…" is not "Darren Kessock, 34,".
    const surname = namedAgesOf(sentence)
      .filter(({ years }) => ledeAges.length === 0 || ledeAges.includes(years))
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
