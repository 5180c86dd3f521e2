import { POINT_IN_TIME } from "./measurements.ts";
import { nameWordsOf, nameTellingIn, type NameDictionary, type NameTelling } from "./person-names.ts";
import { NOUN_PHRASE_PARTS, taggedAsWritten } from "./tagging.ts";
import { lemmaOf } from "./terms.ts";
import { CAPITALISED } from "./text.ts";

/** What a reader of places needs to know of nouns and names (WordNet; see the Thesaurus). */
export interface PlaceNouns extends NameDictionary {
  /** True when the noun's most frequent sense is a place, a structure or a thing one may be at ("hall", "stadium", "park"). */
  namesPlace(lemma: string): boolean;
  /** True when one of the noun's two most frequent senses is a place, a structure or a thing one may be at ("hotel", "school"). */
  mayNamePlace(lemma: string): boolean;
  /** True when some sense of the name (lower case, spaces as underscores) is a named place ("qatar", "new_york"). */
  namesLocation(name: string): boolean;
  /** True when WordNet knows the word as a common word, not only as a name ("tickets", not "london"). */
  knowsAsCommonWord(word: string): boolean;
}

// Prepositions of place and of the way to or from one: "sitting at Hallamford County Court", "on
// Cobble Lane", "relocate to a marquee", "will come from the Towns Heritage Fund".
const OF_PLACE = new Set([
  "in", "at", "on", "near", "outside", "inside", "behind", "beside", "beneath", "under", "within", "throughout", "across",
  "from", "to", "into", "onto", "around", "opposite", "above", "below", "along",
]);
const NOUNS = new Set(["NOUN", "PROPN"]);
// What a name's words are tagged ("Wexley Hall", "Royal Albert Hall", "Hall 2").
const NAME_PARTS = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
// "The gymnasium of Millbrook High School": a place's "of" phrase belongs to it.
const OF = "of";

/** What a name tells of itself: a place ("Wexley Hall"), a person's or a body's ("Sarah Jones, the secretary", "retailer Pennyworth") or neither ("Qatar", "Ballotline"). */
type NameKind = "place" | "agent" | "unknown";

/**
 * The words (as index keys) of the places a sentence gives: a name that says it is a place, in any
 * position ("Wexley Hall will host the festival"), and what a preposition of place brings in: a
 * name not of a person ("in Qatar", "at Ballotline"; not "from Sarah Jones, the event secretary",
 * nor a date, "in March") or a noun one of whose two commonest senses is a place or a structure,
 * written in lower case as places often are ("at a hotel in the county seat", "in the packed
 * gymnasium", "at the village school"). A person or a time after the preposition is no place ("to
 * customers", "on Thursday").
 */
export function placeKeysOf(sentence: string, nouns: PlaceNouns, toKey: (word: string) => string): string[] {
  const { texts, values, partsOfSpeech } = taggedAsWritten(sentence);
  const kindAt = nameKinds(texts, values, partsOfSpeech, nouns, nameTellingIn(sentence, values, partsOfSpeech, nameWordsOf(nouns)));
  const keys: string[] = [];
  texts.forEach((text, at) => {
    if (kindAt[at] === "place") keys.push(toKey(text));
    // "According to Carla Mendes" names a source, not a place; a capitalised preposition after a
    // capitalised word is part of a title ("New Research On Survival After Death").
    if (!OF_PLACE.has(text) || partsOfSpeech[at] !== "ADP" || texts[at - 1] === "according" || (CAPITALISED.test(values[at] ?? "") && CAPITALISED.test(values[at - 1] ?? ""))) return;
    const phrase: number[] = [];
    for (let next = at + 1; next < texts.length; next++) {
      const part = partsOfSpeech[next] ?? "";
      // "At a converted chapel": a participle before the noun describes it.
      const describes = part === "VERB" && phrase.length === 0 && NOUNS.has(partsOfSpeech[next + 1] ?? "");
      if (texts[next] === OF ? phrase.length === 0 : !NOUN_PHRASE_PARTS.has(part) && !describes) break;
      if (NOUNS.has(part)) phrase.push(next);
    }
    const places = phrase.filter((word) => {
      const kind = kindAt[word];
      if (kind !== undefined) return kind !== "agent";
      return partsOfSpeech[word] === "NOUN" && nouns.mayNamePlace(lemmaOf(texts[word] ?? ""));
    });
    // A name that is a place was kept above.
    if (places.length > 0) keys.push(...phrase.filter((word) => kindAt[word] !== "place").map((word) => toKey(texts[word] ?? "")));
  });
  return keys;
}

/** The kind of each word of a name in the sentence (see nameKind); no entry for other words. */
function nameKinds(
  texts: readonly string[],
  values: readonly string[],
  partsOfSpeech: readonly string[],
  nouns: PlaceNouns,
  tells: (first: number, last: number) => NameTelling,
): NameKind[] {
  const kinds: NameKind[] = [];
  const isNameWord = (at: number) => CAPITALISED.test(values[at] ?? "") && NAME_PARTS.has(partsOfSpeech[at] ?? "") && !POINT_IN_TIME.test(values[at] ?? "");
  for (let start = 0; start < texts.length; start++) {
    if (!isNameWord(start)) continue;
    let end = start;
    while (isNameWord(end + 1)) end++;
    // The sentence's first word is capitalised whatever it is: "Tickets for the festival…".
    const first = start === 0 && nouns.knowsAsCommonWord(lemmaOf(texts[0] ?? "")) ? 1 : start;
    if (first <= end) {
      const kind = nameKind(texts.slice(first, end + 1), tells(first, end), nouns);
      for (let at = first; at <= end; at++) kinds[at] = kind;
    }
    start = end;
  }
  return kinds;
}

/**
 * A name is a person's or a body's when the words beside it tell so (a role or an age, see
 * nameTellingIn); else a place when it ends in a place noun ("Wexley Hall", "Prince Albert Hall").
 * One WordNet knows as a place ("Qatar", "Lincoln") is no person, but often a country acting ("to
 * represent Canada"): a place only after a preposition of place. A name opening with a title or a
 * given name is a person's or a firm's ("Dr Amir Khan", "Sarah Price", "Thomas Cook").
 */
function nameKind(name: readonly string[], telling: NameTelling, nouns: PlaceNouns): NameKind {
  // "Sent to retailer Pennyworth": a role beside the name makes it no place, even one a firm may hold.
  if (telling.agentBeside) return "agent";
  // "Hall", not "Canada": a kind of place, not one named; as written, as a surname is ("Mendes" is no "mend").
  const ending = name.at(-1) ?? "";
  if (nouns.namesPlace(ending) && nouns.knowsAsCommonWord(ending)) return "place";
  if (nouns.namesLocation(name.join("_")) || nouns.namesLocation(ending)) return "unknown";
  return telling.titled || telling.givenNameOpens ? "agent" : "unknown";
}
