import { contentWords, words } from "./text.ts";

// A run of capitalised words: "Elena Ruiz", "Kelbridge City Council", "Gdańsk".
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
const SPACE = /\s/;
// "He congratulated…", "…, she said": a person the sentence does not name is its subject.
const PERSON_PRONOUN_SUBJECT = /(?:^|[,”"’] )(?:[Hh]e|[Ss]he) [a-z]/;
// A quotation with no one to say it ("“I wish her every success.”") goes on in the speaker's voice.
const BARE_QUOTATION = /^[“"‘'][^”"’]*[”"’']?$/;

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
      const runWords = wordsOfRun(run);
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

/**
 * For each sentence of a document, in order, the words of the full name of the person its "he" or
 * "she" stands for: the person last named before it, looking past sentences that go on about
 * someone unnamed ("He congratulated his rival…", a bare quotation), across paragraph breaks. A
 * person is a full name whose last word the article also uses alone ("Priya Okonedo", then
 * "Okonedo campaigned…"); a sentence that names no person there ends the search.
 */
export function pronounNames(sentences: readonly string[]): string[][] {
  const fullNames = new Map<string, string[]>();
  const alone = new Set<string>();
  const runs = sentences.map((sentence) => sentence.match(CAPITALISED_RUN) ?? []);
  for (const run of runs.flat()) {
    const runWords = wordsOfRun(run);
    const last = runWords.at(-1);
    if (last === undefined) continue;
    if (runWords.length === 1) alone.add(last);
    else if (!fullNames.has(last)) fullNames.set(last, runWords);
  }
  const personIn = (at: number) =>
    runs[at]
      ?.map((run) => wordsOfRun(run).at(-1))
      .filter((last): last is string => last !== undefined && alone.has(last) && fullNames.has(last))
      .at(-1);
  return sentences.map((sentence, at) => {
    if (!PERSON_PRONOUN_SUBJECT.test(sentence)) return [];
    for (let before = at - 1; before >= 0; before--) {
      const text = sentences[before] ?? "";
      if (PERSON_PRONOUN_SUBJECT.test(text) || BARE_QUOTATION.test(text)) continue;
      const person = personIn(before);
      const said = new Set(words(sentence));
      return person === undefined ? [] : (fullNames.get(person) ?? []).filter((word) => !said.has(word));
    }
    return [];
  });
}

/** The words of a capitalised run: a full name's content words, or its one word as written. */
function wordsOfRun(run: string): string[] {
  return SPACE.test(run) ? contentWords(run) : words(run);
}
