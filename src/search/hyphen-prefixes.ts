import { normalizeText } from "./text.ts";

// Prefixes a hyphen ties to the word they narrow ("co-founder", "ex-minister", "re-elected",
// "mid-2000s", "pre-war"): the word split off ("co", "pre") is no word of the question of its own,
// and no name either. Not those that turn the word's meaning round ("non-profit", "anti-war"): a
// sentence about profits or war does not answer for them.
const NARROWING_PREFIXES = ["co", "ex", "mid", "multi", "post", "pre", "re", "semi"];
const PREFIXED = new RegExp(`\\b(${NARROWING_PREFIXES.join("|")})-[a-z0-9]`, "g");

/**
 * The narrowing prefixes a question writes only before a hyphen ("co" in "Which co-founders…?"),
 * which are no words of the question: "the co-founder" is a founder.
 */
export function hyphenPrefixesOf(question: string): Set<string> {
  const normal = normalizeText(question);
  const bound = new Set<string>();
  if (!normal.includes("-")) return bound;
  for (const [, prefix = ""] of normal.matchAll(PREFIXED)) {
    if (!new RegExp(`\\b${prefix}\\b(?!-)`).test(normal)) bound.add(prefix);
  }
  return bound;
}
