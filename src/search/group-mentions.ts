import type { NameMention, PersonNames } from "./name-mentions.ts";

/**
 * A word calling several people together, the way news goes on about the people its story is
 * about: "the trio", "the pair", "the couple", "the duo", "both men", "the two women", "the three
 * brothers", with how many it counts when more than two. Not "a pair of…" or "the pair of shoes",
 * nor "the two cables": only words for people.
 */
const GROUP_OF_PEOPLE =
  /\b(?:[Tt]he (trio|pair|couple|duo)(?!\s+of\b)|(?:[Tt]he|[Bb]oth) (?:(two|three|four) )?(?:men|women|brothers|sisters))\b/;
const GROUP_SIZES: Readonly<Record<string, number>> = { trio: 3, three: 3, four: 4 };
/** "Maureen and Alan Treloar": a given name alone before "and" and a full name is one more person of that surname. */
const SHARED_SURNAME = /^\s+and\s+$/;

/**
 * For each sentence of a document, in order, the words of the full names of the people its group
 * word stands for ("a picture depicted the trio gathering at the ministry"): those of the first
 * sentence naming at least as many people as the word counts ("…a meeting with Bogdanov and Iranian
 * deputy foreign minister, Ali Bagheri Kani" for a trio), two for the rest. News names the people
 * its story is about early and together ("Declan Farrity, 44, and his brother Owen"), then calls them
 * "the pair" or "the brothers", while others named together later (the inspectors who visited, a
 * pair of rivals) are called by name. A sentence naming someone outside that group says whom its
 * group word means ("Both men in the other boat, Mikkel Sand and Jens Aaberg, …") and gets nothing;
 * the names a sentence says itself are left out.
 */
export function groupNames(
  sentences: readonly string[],
  people: PersonNames,
  mentions: readonly (readonly NameMention[])[],
  sentenceWords: readonly (readonly string[])[],
): string[][] {
  const groups = sentences.map((sentence) => GROUP_OF_PEOPLE.exec(sentence));
  // Most documents call no one so: their names are not read.
  if (groups.every((group) => group === null)) return sentences.map(() => []);
  const named = sentences.map((sentence, at) => personsNamed(sentence, mentions[at] ?? [], people));
  return sentences.map((_, at) => {
    const group = groups[at];
    if (group === null || group === undefined) return [];
    const size = GROUP_SIZES[group[1] ?? group[2] ?? ""];
    const first = named.slice(0, at).find((persons) => persons.length >= (size ?? 2));
    if (first === undefined) return [];
    const groupWords = new Set(first.flat());
    if ((named[at] ?? []).some((person) => !person.some((word) => groupWords.has(word)))) return [];
    const said = new Set(sentenceWords[at]);
    return [...groupWords].filter((word) => !said.has(word));
  });
}

/** The people a sentence names, each by the words of their full name, one person a name however often said. */
function personsNamed(sentence: string, mentions: readonly NameMention[], people: PersonNames): string[][] {
  const persons = new Map<string, string[]>();
  mentions.forEach((mention, at) => {
    const last = mention.words.at(-1) ?? "";
    if (people.isPerson(last)) {
      persons.set(mention.words.join(" "), [...new Set([...mention.words, ...(people.fullNames.get(last) ?? [])])]);
      return;
    }
    const next = mentions[at + 1];
    const nextLast = next?.words.at(-1);
    if (mention.oneWord && next !== undefined && next.words.length > 1 && people.isPerson(nextLast) && SHARED_SURNAME.test(sentence.slice(mention.end, next.at))) {
      persons.set(`${last} ${nextLast}`, [last, nextLast ?? ""]);
    }
  });
  return [...persons.values()];
}
