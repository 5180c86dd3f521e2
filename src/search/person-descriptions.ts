import { contentWords, isStopWord, words } from "./text.ts";

// News describes a person once, beside the name ("Margaret Oyelaran, chair of the Northern Fells
// Sheepdog Society, said…", "Tom Reed, who runs the Red Lion pub, said…", "the bakery's owner,
// Giorgos Petrakis,", "Councillor Dev Randhawa"), and then calls them by surname or "she" in
// sentences that hold none of those words ("“We'll be back,” Ms Oyelaran said."). A reader asks by
// the description ("what did the chair say at the end?"): the later sentences carry it as context.

// Words and punctuation marks, in order, as written: capitals mark names.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/;
const NUMBER = /^\d+$/;
// Words before a name that may describe it: "retired teacher", "the bakery's owner", "Russian deputy foreign minister".
const MAX_WORDS_BEFORE = 4;
// Words of an appositive after a name's comma: "chair of the Northern Fells Sheepdog Society".
const MAX_WORDS_AFTER = 12;
// An appositive names the role among its first words ("a 34-year-old teacher", "the trading standards officer").
const ROLE_WITHIN = 4;
// The titles of courtesy before a surname ("Ms Oyelaran"), which no given name is.
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady", "lord", "prof"]);

/** What personDescriptions needs to know of the dictionary. */
export interface PersonWords {
  /** True when the dictionary knows a word other than as one person's name ("hospital"; not "oyelaran"). */
  isCommonWord(word: string): boolean;
  /** True when a word is a kind of person in one of its senses ("chair", "owner", "teacher"). */
  namesRole(word: string): boolean;
}

/**
 * For each sentence of a document, in order, the words that describe the people it is about (named
 * in full, by surname, or as the person its "he" or "she" stands for: `pronounPersons`, see
 * pronounNames), read wherever the article describes them: a title inside the name ("Councillor"),
 * the words before it that end in a role ("retired teacher", "the bakery's owner,"), an appositive
 * after its comma that holds a role or opens with "who" ("chair of the…", "who runs the Black Ram
 * inn"). The sentence's own words are left out.
 */
export function personDescriptions(sentences: readonly string[], pronounPersons: readonly (readonly string[])[], dictionary: PersonWords): string[][] {
  const tokens = sentences.map((sentence) => sentence.match(TOKEN) ?? []);
  const runs = tokens.map(capitalisedRuns);
  const mentions = runs.flatMap((sentenceRuns, at) => sentenceRuns.map((run) => ({ run, tokens: tokens[at] ?? [] })));
  const usedAlone = new Set(mentions.filter(({ run }) => run.end - run.start === 1 && run.start > 0).map(({ run, tokens }) => surnameOf(tokens, run)));
  const ambiguous = sharedSurnames(mentions, dictionary);
  const descriptions = new Map<string, Set<string>>();
  for (const { run, tokens: sentenceTokens } of mentions) {
    if (run.end - run.start < 2) continue;
    const surname = surnameOf(sentenceTokens, run);
    if (ambiguous.has(surname) || (!usedAlone.has(surname) && dictionary.isCommonWord(surname))) continue;
    const described = describingWords(sentenceTokens, run, dictionary);
    if (described.length === 0) continue;
    const words = descriptions.get(surname) ?? new Set<string>();
    for (const word of described) words.add(word);
    descriptions.set(surname, words);
  }
  if (descriptions.size === 0) return sentences.map(() => []);
  return sentences.map((sentence, at) => {
    const about = new Set([...(runs[at] ?? []).map((run) => surnameOf(tokens[at] ?? [], run)), ...(pronounPersons[at] ?? [])]);
    const said = new Set(words(sentence));
    const found = new Set<string>();
    for (const person of about) {
      for (const word of descriptions.get(person) ?? []) if (!said.has(word)) found.add(word);
    }
    return [...found];
  });
}

/**
 * The surnames of two people or more ("Helen Pellow" and her brother "Tom Pellow", a father and
 * son): "Pellow" alone may be either, so neither's description goes with it.
 */
function sharedSurnames(mentions: readonly { run: Run; tokens: readonly string[] }[], dictionary: PersonWords): Set<string> {
  const givenNames = new Map<string, Set<string>>();
  for (const { run, tokens } of mentions) {
    if (run.end - run.start < 2) continue;
    const given = words(tokens[run.end - 2] ?? "")[0] ?? "";
    if (HONORIFICS.has(given) || dictionary.namesRole(given)) continue;
    const surname = surnameOf(tokens, run);
    const names = givenNames.get(surname) ?? new Set<string>();
    givenNames.set(surname, names.add(given));
  }
  return new Set([...givenNames].filter(([, names]) => names.size > 1).map(([surname]) => surname));
}

interface Run {
  start: number;
  end: number;
}

/** The runs of capitalised words of a sentence's tokens; a possessive ends one ("Tarnside Water's director"). */
function capitalisedRuns(tokens: readonly string[]): Run[] {
  const runs: Run[] = [];
  for (let start = 0; start < tokens.length; start++) {
    if (!CAPITALISED.test(tokens[start] ?? "")) continue;
    let end = start + 1;
    while (end < tokens.length && CAPITALISED.test(tokens[end] ?? "") && !POSSESSIVE.test(tokens[end - 1] ?? "")) end++;
    runs.push({ start, end });
    start = end - 1;
  }
  return runs;
}

/** The last word of a run, as the index spells it. */
function surnameOf(tokens: readonly string[], run: Run): string {
  return words(tokens[run.end - 1] ?? "").at(-1) ?? "";
}

/**
 * The content words that describe the person a run names, where this sentence describes them. The
 * names inside a description ("chair of the Northern Fells Sheepdog Society") are left out: the
 * article names the body in sentences of its own, and a question about it asks by its name.
 */
function describingWords(tokens: readonly string[], run: Run, dictionary: PersonWords): string[] {
  // "Councillor Dev Randhawa", "Russian Foreign Minister Sergei Lavrov": titles before the two names
  // ("Mousa Abu Marzook" has none).
  const titles = tokens.slice(run.start, run.end - 2);
  const found = titles.length > 0 && dictionary.namesRole(words(titles.at(-1) ?? "")[0] ?? "") ? titles : [];
  const around = [...wordsBefore(tokens, run.start, dictionary), ...wordsAfter(tokens, run.end, dictionary)];
  found.push(...around.filter((token) => !CAPITALISED.test(token)));
  const name = new Set(words(tokens.slice(run.end - 2, run.end).join(" ")));
  return contentWords(found.join(" ")).filter((word) => !name.has(word));
}

/** "retired teacher Marguerite Ellesmere", "the bakery's owner, Giorgos Petrakis": lower-case words ending in a role. */
function wordsBefore(tokens: readonly string[], start: number, dictionary: PersonWords): string[] {
  let at = tokens[start - 1] === "," ? start - 2 : start - 1;
  const last = tokens[at] ?? "";
  if (!isLowerCaseWord(last) || !dictionary.namesRole(words(last)[0] ?? "")) return [];
  const found: string[] = [];
  for (; at >= 0 && found.length < MAX_WORDS_BEFORE; at--) {
    const token = tokens[at] ?? "";
    const describes = (isLowerCaseWord(token) && !isStopWord(token.toLowerCase())) || POSSESSIVE.test(token);
    if (!describes) break;
    found.unshift(token);
  }
  return found;
}

/**
 * "…, chair of the Northern Fells Sheepdog Society,", "…, a three-time winner from the Welsh
 * borders,", "…, Tarnside Water's director of operations", "…, who runs the Black Ram inn,": an
 * appositive after the name's comma, with a role among its first words, or a relative clause.
 */
function wordsAfter(tokens: readonly string[], end: number, dictionary: PersonWords): string[] {
  if (tokens[end] !== ",") return [];
  let at = end + 1;
  // "Tullis, 52, a former beekeeper,": an age first.
  if (NUMBER.test(tokens[at] ?? "") && tokens[at + 1] === ",") at += 2;
  // An owner's name may open it ("Tarnside Water's director"); a list of names or "…, said Banks" does not.
  const first = at;
  let opening = at;
  while (CAPITALISED.test(tokens[opening] ?? "") && !POSSESSIVE.test(tokens[opening] ?? "")) opening++;
  if (opening > at && !POSSESSIVE.test(tokens[opening] ?? "")) return [];
  const found: string[] = [];
  for (; at < tokens.length && found.length < MAX_WORDS_AFTER && isWordToken(tokens[at] ?? ""); at++) found.push(tokens[at] ?? "");
  if (found[0]?.toLowerCase() === "who") return found;
  const opens = found.slice(0, opening - first + ROLE_WITHIN);
  return opens.some((token) => isLowerCaseWord(token) && dictionary.namesRole(words(token)[0] ?? "")) ? found : [];
}

function isWordToken(token: string): boolean {
  return /^[\p{L}\p{N}]/u.test(token);
}

function isLowerCaseWord(token: string): boolean {
  return isWordToken(token) && !CAPITALISED.test(token);
}
