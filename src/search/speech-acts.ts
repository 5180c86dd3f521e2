import { isPrepositionOrConjunction, normalizeText } from "./text.ts";

// "Reyes said thanks to the fans", "they gave their thanks": saying or giving thanks is thanking, as
// a question asks it ("who did Reyes say thanks to?" reads "who did Reyes thank?"), while "thanks"
// alone is a chat word no index holds. Not where "thanks" opens a clause ("fans said thanks were due
// to the groundsman"): the act ends at a mark, the sentence's end, or a preposition or conjunction.
const SAID_OR_GAVE_THANKS = /\b(?:say|says|said|saying|give|gives|gave|given|giving)(?: (?:my|his|her|its|our|their|your))? thanks\b(?:\s*(?=[^\s\w]|$)|\s+([a-z]+))/g;
const THANK = ["thank"];
const NONE: readonly string[] = [];

/** The verbs a sentence's speech acts stand for: "thank" for "said thanks to the fans", else none. */
export function speechActVerbs(text: string): readonly string[] {
  // Most sentences thank no one: a plain search is cheaper than the pattern (this runs on every sentence).
  const normal = normalizeText(text);
  if (!normal.includes("thanks")) return NONE;
  for (const match of normal.matchAll(SAID_OR_GAVE_THANKS)) {
    const next = match[1];
    if (next === undefined || isPrepositionOrConjunction(next)) return THANK;
  }
  return NONE;
}
