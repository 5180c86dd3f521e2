import type { NameMention } from "./name-mentions.ts";
import { words } from "./text.ts";

// News names a place or body in full once ("Brannock Regional Airport", "Marston University") and
// then by the last word of its name alone: "The airport opened in 1984…". A reader asks by the name.

// A sentence opening with "The" and a word in lower case, maybe after it a name of its own ("The
// ferry Sorrel Bay", "The company, Ballotline,"), which says which one it is.
const OPENING_KIND = /^\W*The ([a-z][a-z-]*)\b(,? [A-Z])?/;

/**
 * For each sentence of a document, in order, the other words of the name given earlier whose last
 * word the sentence opens with after "The" ("brannock" and "regional" for "The airport opened in
 * 1984" after "Brannock Regional Airport"). Not a word two names of the article end with ("the
 * airport" of an article naming two may be either), nor one a name follows ("The ferry Sorrel Bay").
 * The sentence's own words are left out. `lede` is the ordinal of the first body sentence.
 */
export function namesByLastWord(
  sentences: readonly string[],
  lede: number,
  mentions: readonly (readonly NameMention[])[],
  sentenceWords: readonly (readonly string[])[],
): string[][] {
  // By last word, the rest of the one name seen ending with it, or null once two names do.
  const named = new Map<string, readonly string[] | null>();
  return sentences.map((sentence, at) => {
    const found = new Set<string>();
    const match = named.size === 0 ? null : OPENING_KIND.exec(sentence);
    const [word] = match === null || match[2] !== undefined ? [] : words(match[1] ?? "");
    const name = word === undefined ? undefined : named.get(word);
    if (name) for (const part of name) found.add(part);
    // A headline capitalises every word: its runs are no names.
    for (const { words: runWords, oneWord } of at < lede ? [] : mentions[at] ?? []) {
      const last = runWords.at(-1);
      if (oneWord || last === undefined || runWords.length < 2) continue;
      const rest = runWords.slice(0, -1);
      const seen = named.get(last);
      if (seen === undefined) named.set(last, rest);
      else if (seen !== null && seen.join(" ") !== rest.join(" ")) named.set(last, null);
    }
    if (found.size === 0) return [];
    const said = new Set(sentenceWords[at]);
    return [...found].filter((part) => !said.has(part));
  });
}
