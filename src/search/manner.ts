import { tagged } from "./tagging.ts";

// Prepositions of means or route, whatever follows them: "through artificial insemination", "via a
// bulletin", "using drones", "by means of", "with the help of".
const MEANS_WORDS = /\b(?:through|via|using|by means of|with the help of)\b/i;
// Subordinators before an -ing form telling the act something followed on or went with ("after
// noticing", "on hearing", "while vacuuming").
const ACT_BEFORE = new Set(["after", "before", "while", "upon", "on"]);
// What opens an instrument after "with" ("with a strip of metal", "with one bare foot", "with invisible ink").
const INSTRUMENT_START = new Set(["DET", "ADJ", "NOUN", "NUM"]);
// What opens a "when" clause's subject ("when a bank cashier noticed", "when they carried out a check").
const CLAUSE_SUBJECT_START = new Set(["DET", "PRON", "PROPN"]);

/**
 * True when a sentence tells how something was done: a preposition of means ("through a public
 * bond"), an -ing form after "by" ("by entering its serial number") or after the act it followed
 * ("after noticing that the hump had vanished"), an instrument after "with" that follows no noun
 * ("fixed it with a strip of metal", "fed with flour and water"; not "a hillside with cracks"), or
 * a "when" clause inside the sentence telling the event that brought it about ("the case broke open
 * when a beekeeper…").
 */
export function mannerGiven(sentence: string): boolean {
  if (MEANS_WORDS.test(sentence)) return true;
  const { texts, partsOfSpeech } = tagged(sentence);
  return texts.some((text, at) => {
    const next = partsOfSpeech[at + 1] ?? "";
    const actFollows = next === "VERB" && (texts[at + 1] ?? "").endsWith("ing");
    if ((text === "by" || ACT_BEFORE.has(text)) && actFollows) return true;
    if (text === "with") return INSTRUMENT_START.has(next) && partsOfSpeech[at - 1] !== "NOUN";
    return text === "when" && at > 0 && CLAUSE_SUBJECT_START.has(next);
  });
}
