import { BE_FORMS } from "./clause-parts.ts";
import { tagged } from "./tagging.ts";
import { lemmaOf } from "./terms.ts";

/** What a reader of means needs to know of nouns (WordNet's lexicographer files; see the Thesaurus). */
export interface MannerNouns {
  /** True when the noun's most frequent sense is a time ("night", "weekend"). */
  namesTime(lemma: string): boolean;
  /** True when the noun's most frequent sense is a person or a group ("minister", "reporters", "council"). */
  namesPersonOrGroup(lemma: string): boolean;
}

// Prepositions of means, whatever follows them: "via a bulletin", "using drones", "by means of",
// "with the help of". "Through" tells a route or a means but a span of time too (see throughSpan).
const MEANS_WORDS = /\b(?:via|using|by means of|with the help of)\b/i;
// The tagger's forms of "through".
const THROUGH = new Set(["through", "thru"]);
// Subordinators before an -ing form telling the act something followed on or went with ("after
// noticing", "while vacuuming"); not "on", which an -ing form after a verb follows ("carried on working").
const ACT_BEFORE = new Set(["after", "before", "while", "upon"]);
// What opens an instrument after "with" ("with a strip of metal", "with one bare foot", "with invisible ink").
const INSTRUMENT_START = new Set(["DET", "ADJ", "NOUN", "NUM"]);
// What stands between a preposition and its noun phrase's head ("through the long night").
const HEAD_MODIFIERS = new Set(["DET", "ADJ", "NUM"]);
// What opens a "when" clause's subject ("when a bank cashier noticed", "when they carried out a check").
const CLAUSE_SUBJECT_START = new Set(["DET", "PRON", "PROPN"]);

/**
 * True when a sentence tells how something was done: a preposition of means ("via a bulletin",
 * "through a public bond"; not "through the night"), an -ing form after "by" ("by entering its
 * serial number") or after the act it followed ("after noticing that the hump had vanished"), an
 * instrument after "with" that follows no noun and names no person or group ("fixed it with a
 * strip of metal", "fed with flour and water"; not "a hillside with cracks", "met with the
 * minister"), or a "when" clause inside the sentence telling the event that brought another about
 * ("the case broke open when a beekeeper…"; not a state's "he was 12 when…").
 */
export function mannerGiven(sentence: string, nouns: MannerNouns): boolean {
  if (MEANS_WORDS.test(sentence)) return true;
  const { texts, partsOfSpeech } = tagged(sentence);
  return texts.some((text, at) => {
    const next = partsOfSpeech[at + 1] ?? "";
    const actFollows = next === "VERB" && (texts[at + 1] ?? "").endsWith("ing");
    if ((text === "by" || ACT_BEFORE.has(text)) && actFollows) return true;
    if (THROUGH.has(text)) return !throughSpan(texts, partsOfSpeech, at, nouns);
    if (text === "with") {
      const head = headAfter(partsOfSpeech, at);
      return INSTRUMENT_START.has(next) && partsOfSpeech[at - 1] !== "NOUN" && !(head !== undefined && nouns.namesPersonOrGroup(lemmaOf(texts[head] ?? "")));
    }
    return text === "when" && at > 0 && CLAUSE_SUBJECT_START.has(next) && !followsState(texts, partsOfSpeech, at);
  });
}

/** True when "through" at `at` leads a span of time: a number ("through 2025") or a time ("through the night"). */
function throughSpan(texts: readonly string[], partsOfSpeech: readonly string[], at: number, nouns: MannerNouns): boolean {
  if (partsOfSpeech[at + 1] === "NUM") return true;
  const head = headAfter(partsOfSpeech, at);
  return head !== undefined && nouns.namesTime(lemmaOf(texts[head] ?? ""));
}

/** Where the head noun of the noun phrase after `at` stands, past its article, adjectives and number. */
function headAfter(partsOfSpeech: readonly string[], at: number): number | undefined {
  let head = at + 1;
  while (HEAD_MODIFIERS.has(partsOfSpeech[head] ?? "")) head++;
  return partsOfSpeech[head] === "NOUN" ? head : undefined;
}

/** True when the clause before a "when" at `at` tells a state: its last verb is a form of "be" with none after ("he was 12 when"). */
function followsState(texts: readonly string[], partsOfSpeech: readonly string[], at: number): boolean {
  let verb = at - 1;
  while (verb >= 0 && partsOfSpeech[verb] !== "VERB" && partsOfSpeech[verb] !== "AUX") verb--;
  return verb >= 0 && partsOfSpeech[verb] === "AUX" && BE_FORMS.has(texts[verb] ?? "");
}
