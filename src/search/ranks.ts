import { isStopWord } from "./text.ts";

// Words that set a role below the one they name: a deputy foreign minister is not the foreign
// minister, a vice-president not the president, an assistant coach not the coach. Not "acting" or
// "interim" (the one in office now), "former" (a past holder may be the one asked), nor "junior"
// ("junior doctors" are doctors).
const RANKS_BELOW: ReadonlySet<string> = new Set(["deputy", "vice", "assistant"]);
// A word setting a role at the top of its kind: "Russia's top diplomat" is the foreign minister, not a deputy.
const TOP = "top";
// Words picking one of a kind: "which Russian minister met them?" may be answered by a deputy minister, one of the kind.
const PICKING: ReadonlySet<string> = new Set(["which", "what"]);
// How far before a role word of a question "top" or a picking word may stand: "which top Russian diplomat".
const PHRASE_REACH = 3;

// The fewest letters of a role a rank may be joined to ("vicepresident"): not "viceroy".
const MIN_JOINED_ROLE = 4;

/** How a question asks a role it sets no rank below: as the top of its kind, as an office, or picked among its kind. */
export type RoleAsked = "top" | "office" | "picked";

/** True for a word that sets a role below the one it names ("deputy", "vice", "assistant"). */
export function isRankBelow(word: string): boolean {
  return RANKS_BELOW.has(word);
}

/** True for a question word that is a rank or holds one joined to its role ("vicepresident", "deputyhead"). */
export function saysRankBelow(word: string): boolean {
  return isRankBelow(word) || [...RANKS_BELOW].some((rank) => word.startsWith(rank) && word.length >= rank.length + MIN_JOINED_ROLE);
}

/**
 * True when a sentence says a role word (as `isRoleWord` tells) and every time with a rank below it
 * right before, or before one word that may stand between (`mayStandBetween`: "foreign" in "met with
 * Russian deputy foreign minister Mikhail Bogdanov", which names no foreign minister; not "squad" in
 * "vice squad detectives", who are detectives).
 */
export function saysOnlyRankedBelow(sentenceWords: readonly string[], isRoleWord: (word: string) => boolean, mayStandBetween: (word: string) => boolean): boolean {
  let said = false;
  for (const [at, word] of sentenceWords.entries()) {
    if (!isRoleWord(word)) continue;
    const before = sentenceWords[at - 1] ?? "";
    const ranked = isRankBelow(before) || (mayStandBetween(before) && isRankBelow(sentenceWords[at - 2] ?? ""));
    if (!ranked) return false;
    said = true;
  }
  return said;
}

/**
 * How a question asks the role at `at` of its words: "Russia's top diplomat" asks the top one, whom
 * no deputy is by any word; "the foreign minister" the office, which a deputy's title holds in its
 * own word only; "which Russian minister" picks among the kind, of which a deputy is one.
 */
export function roleAsked(questionWords: readonly string[], at: number): RoleAsked {
  const before = questionWords.slice(Math.max(0, at - PHRASE_REACH), at);
  if (before.includes(TOP)) return "top";
  // The picking word opens the role's own phrase: "which Russian minister", not "what did Victor Moses say".
  const picking = before.map((word) => PICKING.has(word)).lastIndexOf(true);
  return picking >= 0 && !before.slice(picking + 1).some(isStopWord) ? "picked" : "office";
}
