import { POINT_IN_TIME } from "./measurements.ts";
import { lemmaOf } from "./terms.ts";
import { contentWords, words } from "./text.ts";

// A passive's participle, maybe after an adverb, then "to" and up to four lower-case words before a
// capitalised one: "was awarded to Baxter Construction", "were quietly sold to the Oslo firm
// Harbourline". No preposition between: "was sent to a depot in Leeds" names where, not who.
const RECIPIENT =
  /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?([a-z]+)\s+to((?:\s+(?!(?:in|on|at|from|to|for|with|near|by|of|into|after|before|during)\b)[a-z][\w-]*){0,4}?)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)/g;

// An appositive after the name, up to its comma or the sentence's end: ", a site manager,".
const APPOSITIVE = /^,\s+(?:a|an|the)\s+([a-z][\w\s-]*?)\s*(?:[,.;]|$)/;

/** A name something was passed to, in the passive: "The contract… was awarded to Baxter Construction". */
export interface Recipient {
  /** Index keys of the name's words. */
  nameKeys: string[];
  /**
   * The lower-case words that may say what the name is: its title, the words before it and the last
   * of its appositive ("councillor" of "Councillor Anna Reed", "firm" of "the shipping firm
   * Harbourline", "manager" of "Ellen Park, a site manager").
   */
  kindWords: string[];
  /** The lemma of the passive's verb ("award"). */
  deed: string;
  /** Index keys of the content words before the passive, where its subject, the thing passed, stands. */
  thingKeys: string[];
}

/** The names a sentence says something was passed to by a passive and "to" (see RECIPIENT), dates left out. */
export function recipientsOf(sentence: string, toKey: (word: string) => string): Recipient[] {
  return [...sentence.matchAll(RECIPIENT)]
    .filter((match) => !POINT_IN_TIME.test(match[3] as string))
    .map((match) => ({
      nameKeys: words(match[3] as string).map(toKey),
      kindWords: [...words(match[3] as string).slice(0, 1), ...words(match[2] ?? ""), ...words(APPOSITIVE.exec(sentence.slice((match.index ?? 0) + match[0].length))?.[1] ?? "").slice(-1)],
      deed: lemmaOf(match[1] as string),
      thingKeys: contentWords(sentence.slice(0, match.index)).map(toKey),
    }));
}
