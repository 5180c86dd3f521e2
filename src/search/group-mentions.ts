import type { NameMention, PersonNames } from "./name-mentions.ts";

/**
 * A word calling several people together, the way news goes on about people it has just named:
 * "the trio", "the pair", "the couple", "the duo", "both men", "the two women", "the three
 * brothers". Not "a pair of…" or "the pair of shoes", nor "the two cables": only words for people.
 */
const GROUP_OF_PEOPLE =
  /\b(?:[Tt]he (?:trio|pair|couple|duo)(?!\s+of\b)|(?:[Tt]he|[Bb]oth) (?:(?:two|three|four) )?(?:men|women|brothers|sisters))\b/;

/**
 * For each sentence of a document, in order, the words of the full names of the people its group
 * word stands for ("a picture depicted the trio gathering at the ministry"): everyone the nearest
 * sentence before it names, when it names two people or more ("…a meeting with Bogdanov and
 * Iranian deputy foreign minister, Ali Bagheri Kani"), across paragraph breaks. A sentence naming
 * one person is passed over ("Mr Holloway emptied the machines"), as the pair was named together
 * before; the names a sentence says itself are left out.
 */
export function groupNames(
  sentences: readonly string[],
  people: PersonNames,
  mentions: readonly (readonly NameMention[])[],
  sentenceWords: readonly (readonly string[])[],
): string[][] {
  return sentences.map((sentence, at) => {
    if (!GROUP_OF_PEOPLE.test(sentence)) return [];
    for (let before = at - 1; before >= 0; before--) {
      const persons = (mentions[before] ?? []).filter(({ words }) => people.isPerson(words.at(-1)));
      if (new Set(persons.map(({ words }) => words.join(" "))).size < 2) continue;
      // "Darren Holloway, 51, and Kerry Holloway" are two; "Bogdanov" is the Mikhail Bogdanov named before.
      const names = persons.flatMap(({ words }) => [...words, ...(people.fullNames.get(words.at(-1) ?? "") ?? [])]);
      const said = new Set(sentenceWords[at]);
      return [...new Set(names)].filter((word) => !said.has(word));
    }
    return [];
  });
}
