import { contentWords, words } from "./text.ts";

// A run of capitalised words: "Elena Ruiz", "Kelbridge City Council", "Gdańsk".
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
const SPACE = /\s/;

/**
 * For each sentence of a document, in order, the words of the full names it mentions by their last
 * word alone. News names a person or body in full once ("Elena Ruiz") and then by surname ("Ruiz,
 * 27, said..."): indexing the first name with the surname lets a question that gives the full name
 * find the later sentences too.
 */
export function nameCompletions(sentences: readonly string[]): string[][] {
  const fullNames = new Map<string, string[]>();
  return sentences.map((sentence) => {
    const completions: string[] = [];
    let said: Set<string> | undefined;
    for (const run of sentence.match(CAPITALISED_RUN) ?? []) {
      // Most runs are one word: a sentence's first word, or a name not yet seen in full.
      const runWords = SPACE.test(run) ? contentWords(run) : words(run);
      const last = runWords.at(-1);
      if (last === undefined) continue;
      if (runWords.length > 1) {
        if (!fullNames.has(last)) fullNames.set(last, runWords.slice(0, -1));
        continue;
      }
      const rest = fullNames.get(last);
      if (rest === undefined) continue;
      said ??= new Set(words(sentence));
      for (const word of rest) {
        if (!said.has(word)) completions.push(word);
        said.add(word);
      }
    }
    return completions;
  });
}
