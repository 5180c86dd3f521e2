import { POINT_IN_TIME } from "./answer-type.ts";
import { taggedAsWritten } from "./tagging.ts";
import { lemmaOf } from "./terms.ts";
import { CAPITALISED } from "./text.ts";

/** What a reader of places needs to know of nouns (WordNet's lexicographer files; see the Thesaurus). */
export interface PlaceNouns {
  /** True when the noun's most frequent sense is a place, a structure or a thing one may be at ("county", "hotel", "hill"). */
  namesPlace(lemma: string): boolean;
}

// Prepositions of place and of the way to or from one: "sitting at Hallamford County Court", "on
// Cobble Lane", "relocate to a marquee", "will come from the Towns Heritage Fund".
const OF_PLACE = new Set([
  "in", "at", "on", "near", "outside", "inside", "behind", "beside", "beneath", "under", "within", "throughout", "across",
  "from", "to", "into", "onto", "around", "opposite", "above", "below", "along",
]);
// What a noun phrase holds before and between its nouns ("the packed gymnasium", "a 19-hour session", "the government's fund").
const PHRASE_PARTS = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"]);
const NOUNS = new Set(["NOUN", "PROPN"]);
// "The gymnasium of Millbrook High School": a place's "of" phrase belongs to it.
const OF = "of";

/**
 * The words (as index keys) of the places a sentence gives after a preposition of place: a name
 * ("at Wexley Hall", "in Qatar"; not a date, "in March") or a noun whose commonest sense is a place
 * or a structure, written in lower case as places often are ("at a hotel in the county seat", "in
 * the packed gymnasium"). A person or a time after the preposition is no place ("to customers",
 * "on Thursday").
 */
export function placeKeysOf(sentence: string, nouns: PlaceNouns, toKey: (word: string) => string): string[] {
  const { texts, values, partsOfSpeech } = taggedAsWritten(sentence);
  const keys: string[] = [];
  texts.forEach((text, at) => {
    // "According to Carla Mendes" names a source, not a place.
    if (!OF_PLACE.has(text) || partsOfSpeech[at] !== "ADP" || texts[at - 1] === "according") return;
    const phrase: number[] = [];
    for (let next = at + 1; next < texts.length; next++) {
      const part = partsOfSpeech[next] ?? "";
      // "At a converted chapel": a participle before the noun describes it.
      const describes = part === "VERB" && phrase.length === 0 && NOUNS.has(partsOfSpeech[next + 1] ?? "");
      if (texts[next] === OF ? phrase.length === 0 : !PHRASE_PARTS.has(part) && !describes) break;
      if (NOUNS.has(part)) phrase.push(next);
    }
    const places = phrase.filter((word) => {
      const value = values[word] ?? "";
      if (CAPITALISED.test(value)) return !POINT_IN_TIME.test(value);
      return partsOfSpeech[word] === "NOUN" && nouns.namesPlace(lemmaOf(texts[word] ?? ""));
    });
    if (places.length > 0) keys.push(...phrase.map((word) => toKey(texts[word] ?? "")));
  });
  return keys;
}
