import { normalizeText } from "./text.ts";

// Prefixes a hyphen ties to the word they narrow without naming another thing: a "co-founder" is a
// founder, "mid-March" is in March, "multi-million" in millions ("re", as in "re-elected", is a stop
// word already). Not those that name another person, match or time ("ex-wife", "semi-final",
// "pre-war", "post-match"), nor those that turn the word's meaning round ("non-profit", "anti-war").
const NARROWING_PREFIXES = ["co", "mid", "multi"];
const PREFIXED = new RegExp(`\\b(${NARROWING_PREFIXES.join("|")})-([a-z0-9]+)`, "g");

/**
 * The narrowing prefixes a question writes only before a hyphen ("co" in "Which co-founders…?"),
 * which are no words of the question: "the co-founder" is a founder. A prefix stays a word where
 * some sentence writes it with the word it narrows (`heldTogether`): the text's "co-pilot" is the
 * one asked about, not its "pilot".
 */
export function hyphenPrefixesOf(question: string, heldTogether: (prefix: string, word: string) => boolean): Set<string> {
  const normal = normalizeText(question);
  const bound = new Set<string>();
  if (!normal.includes("-")) return bound;
  const kept = new Set<string>();
  for (const [, prefix = "", word = ""] of normal.matchAll(PREFIXED)) {
    if (new RegExp(`\\b${prefix}\\b(?!-)`).test(normal) || heldTogether(prefix, word)) kept.add(prefix);
    else bound.add(prefix);
  }
  for (const prefix of kept) bound.delete(prefix);
  return bound;
}
