import { tagged } from "./tagging.ts";
import { isPastVerbForm, lemmaOf } from "./terms.ts";

// The clauses that tell what something would bring about ("warned that the plan would hit
// families") or the state a verb of result brings its object into ("made it impossible", "left it
// exposed"): a why-question may take that outcome for the reason for or against the thing.

/** What a reader of outcomes needs to know of verbs. */
export interface DesireVerbs {
  /** True when the verb's most frequent sense is one of feeling or desire ("like", "prefer", "hope"). */
  reportsFeeling(lemma: string): boolean;
}

// The words of a subject before its verb ("her resignation", "the plan", "it").
const SUBJECT_PARTS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);
// The parts of speech that end an object: its head.
const OBJECT_HEADS = new Set(["NOUN", "PROPN", "PRON"]);
// Relative pronouns: "a rollout, which would cover all schools" describes a thing, telling no outcome.
const RELATIVES = new Set(["which", "that", "who"]);
// The verbs that bring their object into a state ("made it impossible", "left it exposed",
// "leave crews exhausted"): what they tell is a result, the reason for what follows from it.
const RESULT_VERBS = new Set(["make", "makes", "made", "making", "leave", "leaves", "left", "leaving", "render", "renders", "rendered", "rendering"]);
// How many words an object of a verb of result may run to ("left the family's small firm exposed").
const RESULT_OBJECT_WORDS = 4;
// The words that may open an outcome: read before tagging the sentence.
const OUTCOME_WORDS = new RegExp(`\\b(?:would|${[...RESULT_VERBS].join("|")})\\b`, "i");

/**
 * The words of each clause of a sentence that tells an outcome, from its subject to the next comma:
 * a "would" that is no relative clause's, no wish ("would like to thank", "would rather") and no
 * "would-be"; or a verb of result bringing its object into a state.
 */
export function outcomeClauses(sentence: string, verbs: DesireVerbs): string[][] {
  if (!OUTCOME_WORDS.test(sentence)) return [];
  const { texts, partsOfSpeech } = tagged(sentence);
  const clauses: string[][] = [];
  texts.forEach((text, at) => {
    const outcome =
      (text === "would" && !RELATIVES.has(texts[at - 1] ?? "") && !wishes(texts, partsOfSpeech, at, verbs)) ||
      (partsOfSpeech[at] === "VERB" && RESULT_VERBS.has(text) && bringsIntoState(texts, partsOfSpeech, at));
    if (outcome) clauses.push(clauseAround(texts, partsOfSpeech, at));
  });
  return clauses;
}

/** True when the "would" at `would` tells a wish or is no modal: "would like to", "would rather", "would-be". */
function wishes(texts: readonly string[], partsOfSpeech: readonly string[], would: number, verbs: DesireVerbs): boolean {
  const next = texts[would + 1] ?? "";
  if (next === "-" || next === "rather") return true;
  let verb = would + 1;
  while (partsOfSpeech[verb] === "ADV" || partsOfSpeech[verb] === "PART") verb++;
  return partsOfSpeech[verb] === "VERB" && verbs.reportsFeeling(lemmaOf(texts[verb] ?? ""));
}

/** The words from the subject before `verb` to the next comma or the sentence's end. */
function clauseAround(texts: readonly string[], partsOfSpeech: readonly string[], verb: number): string[] {
  let start = verb;
  while (start > 0 && SUBJECT_PARTS.has(partsOfSpeech[start - 1] ?? "")) start--;
  let end = verb;
  while (end < texts.length && texts[end] !== ",") end++;
  return texts.slice(start, end);
}

/**
 * True when the verb of result at `verb` has an object and then the state it brings it into: an
 * adjective or a past participle ("made it impossible to bring sheep", "left it exposed"; not "left
 * the firm in 1969", "made 40 million pencils", nor an adjective before a noun: "left him little money").
 */
function bringsIntoState(texts: readonly string[], partsOfSpeech: readonly string[], verb: number): boolean {
  for (let at = verb + 1; at <= verb + RESULT_OBJECT_WORDS && SUBJECT_PARTS.has(partsOfSpeech[at] ?? ""); at++) {
    if (!OBJECT_HEADS.has(partsOfSpeech[at] ?? "")) continue;
    const state = at + 1;
    if (partsOfSpeech[state] === "ADJ" && !OBJECT_HEADS.has(partsOfSpeech[state + 1] ?? "")) return true;
    if (partsOfSpeech[state] === "VERB" && isPastVerbForm(texts[state] ?? "")) return true;
  }
  return false;
}
