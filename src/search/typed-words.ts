import { editDistance, oneEditAway, swaps } from "./edit-distance.ts";
import type { Thesaurus } from "./synonyms.ts";
import type { TermMeanings } from "./term-meanings.ts";
import { lemmaOf } from "./terms.ts";
import { CAPITALISED, isMisspeltStopWord, isPrepositionOrConjunction, isStopWord, meantStopWord, words } from "./text.ts";
import { soundAlike, type Vocabulary } from "./vocabulary.ts";

/** What the knowledge base holds, as reading typed words needs to know it. */
export interface HeldWords {
  /** True when some sentence or paragraph holds the word, or another of its lemma. */
  isHeld(word: string): boolean;
  /** True when one sentence holds both words. */
  inOneSentence(first: string, second: string): boolean;
  /** True when some sentence writes the two words one right after the other, in any of their forms ("paddle wheels"). */
  inSequence(first: string, second: string): boolean;
  /** True when one document holds the word and one of the others. */
  inOneDocument(word: string, others: readonly string[]): boolean;
  /** True when a document holding the word writes it with a capital inside a sentence: a name ("Skelling"). */
  writesAsName(word: string): boolean;
  /** True when every sentence holding the word writes it with a capital: only ever a name, or part of one ("New York"). */
  writesOnlyAsName(word: string): boolean;
}

/** The language resources that guess the word meant by a typing slip. */
export interface SpellingResources {
  vocabulary: Pick<Vocabulary, "candidates" | "soundingAlike">;
  thesaurus: Pick<Thesaurus, "knows" | "namesOnlyInstances" | "isVerb" | "metInTaggedTexts">;
  meanings: Pick<TermMeanings, "commonWordNear" | "timesCommoner" | "isCommon">;
}

const LETTERS = /^[a-z]+$/;
// The particles that make a phrasal verb of the verb before them.
const PARTICLES = new Set(["up", "down", "off", "out", "over", "back", "away"]);
// Shorter words have too many neighbours one slip away to guess from among all English words.
const MIN_RESPELT_LENGTH = 4;
// A short word typed in capitals in a question not all in capitals is an acronym, typed with care:
// one a letter off is another body ("CSS" is no "CNS", "NBA" no "NBC").
const ACRONYM = /^[A-Z]{2,4}$/;
// A word of three letters is guessed only among the words the knowledge base holds (see shortRespelt).
const MIN_SLIP_LENGTH = 3;
const VOWEL = /[aeiouy]/;
// A word spelt as it sounds differs from its spelling in a sound or two: "-shun" for "-tion" is three edits.
const MAX_SOUNDED_EDITS = 3;
// A word written ten times as often in English is the likelier one meant by a slip that spells a rare word.
const FAR_COMMONER = 10;
// A word written a hundred times as often is the one meant though only common words are told with it.
const FAR_FAR_COMMONER = 100;
// Other question words a sentence holds with the word a slip may spell, to tell it is the one meant.
const SLIP_CONTEXT = 2;
// A name beside one it is written with is read by a sound key of any length ("Lee" is L, as Leigh is):
// the few names written with the one held tell which.
const NAME_MIN_SOUNDS = 1;

/**
 * The question's words with compounds written as the knowledge base writes them: "fire fighters" is "firefighters", "re count" "recount"; "paddlewheels" is
 * "paddle wheels" when some sentence holds both.
 */
export function asWritten(typed: readonly string[], held: HeldWords, verbs: Pick<Thesaurus, "isVerb">): string[] {
  const result: string[] = [];
  for (let at = 0; at < typed.length; at++) {
    const word = typed[at] ?? "";
    const next = typed[at + 1];
    // Two letters at least each ("a part" is no "apart"), and no function word on either side: "put
    // in" is no "Putin", "turn out" no "turnout", "over time" no "overtime", "every day" no "everyday".
    // Nor a word opening a phrasal verb with the one after it, where some sentence tells the two
    // words apart too: "did the fire break out" is no "firebreak" when the text says "The fire broke
    // out", while "was the sea wall up to it?" asks of the "seawall" of a text never saying "sea" and "wall".
    const joins =
      next !== undefined &&
      word.length > 1 &&
      next.length > 1 &&
      !isStopWord(word) &&
      !isStopWord(next) &&
      !(opensPhrasalVerb(next, typed[at + 2], verbs) && held.inOneSentence(word, next));
    if (joins && isWord(word + next) && held.isHeld(word + next)) {
      result.push(word + next);
      at++;
    } else {
      result.push(...(isStopWord(word) || !isWord(word) || held.isHeld(word) ? [word] : (split(word, held) ?? [word])));
    }
  }
  return result;
}

/** True when a word and the particle after it make a verb the dictionary knows ("break out", "set up"). */
function opensPhrasalVerb(word: string, particle: string | undefined, verbs: Pick<Thesaurus, "isVerb">): boolean {
  return particle !== undefined && PARTICLES.has(particle) && verbs.isVerb(`${lemmaOf(word)}_${particle}`);
}

/** A question with its typing slips read as the words meant, and what was typed for each word respelt. */
export interface MeantQuestion {
  text: string;
  typedAs: Map<string, string>;
}

// A slip that spells another word, where only a function word fits the grammar: "dose" before the
// subject of a question ("where dose marzok live"), "were" before an auxiliary ("were does he live").
const FUNCTION_WORD_SLIPS: readonly [RegExp, string][] = [
  // Opening the question or a clause of it: "the dose the vet gave", "a dose a day" are the noun.
  [/(?<=^\s*|\b(?:and|so|but)\s+|,\s*)dose(?=\s+(?:the|a|an|this|that|these|those|he|she|it|they|we|you|i|his|her|its|their|our|your|[A-Z][\w'’-]*)\b)/g, "does"],
  // After a question word, before any word a noun "dose" would have after it ("what dose of…", "what dose is safe").
  [/(?<=\b(?:what|where|when|why|who|which|how(?:\s+(?:much|many|long|often|far))?)\s+)dose(?=\s+(?!(?:of|is|was|are|were|should|would|will|can|could|do|does|did|for|to|per|and|or)\b)[a-z])/gi, "does"],
  [/\b([Ww])ere(?=\s+(?:do|does|did|is|are|was|can|could|will|would|should|has|have|had)\b)/g, "$1here"],
];

/** The question with each slip that spells a word where only a function word fits read as that function word. */
function withFunctionWordsMeant(question: string): string {
  return FUNCTION_WORD_SLIPS.reduce((text, [slip, meant]) => text.replace(slip, meant), question);
}

// The words "how" asks by: right after it, a slip one edit from one of them is that word ("how offen
// has he met Lavrov" asks how often, though "offend" keeps every letter typed).
const HOW_WORDS: readonly string[] = ["often", "long", "far", "much", "many", "old", "soon", "big", "tall", "high", "deep", "wide", "fast", "large", "late", "early", "heavy"];
const AFTER_HOW = /(?<=\bhow\s+)[a-z]+/gi;

/** The question with a slip after "how" read as the one word "how" asks by that is one edit from it. */
function withHowWordsMeant(question: string, isHeld: (word: string) => boolean, thesaurus: SpellingResources["thesaurus"]): string {
  return question.replace(AFTER_HOW, (typed) => {
    const word = typed.toLowerCase();
    if (!mayBeSlip(word, isHeld, thesaurus)) return typed;
    const near = oneEditAway(word);
    const meant = HOW_WORDS.filter((how) => near.has(how));
    return meant.length === 1 ? (meant[0] ?? typed) : typed;
  });
}

/**
 * The question with its typing slips read as the words meant ("how many were killd" → "killed"),
 * before anything reads its wording: what it counts, its phrasal verbs ("kicke out"), "rigt now" or
 * "which farmerss". A word written as a name (capitalised inside the question) is respelt only to a
 * name the knowledge base holds; compounds are left to asWritten, which reads them as the text does.
 * A slip that spells a word, or names another, is read last, by the question's other words.
 */
export function asMeant(typed: string, nameWords: ReadonlySet<string>, held: HeldWords, resources: SpellingResources): MeantQuestion {
  const question = withHowWordsMeant(withFunctionWordsMeant(typed), held.isHeld, resources.thesaurus);
  const readable = new Set(asWritten(words(question), held, resources.thesaurus));
  const shouted = question === question.toUpperCase();
  const typedAs = new Map<string, string>();
  const respell = (text: string, meantOf: (word: string) => string) =>
    text.replace(/[A-Za-z]+/g, (typed, at: number) => {
      const word = typed.toLowerCase();
      if (isStopWord(word) || !readable.has(word) || (ACRONYM.test(typed) && !shouted)) return typed;
      const meant = meantOf(word);
      if (meant === word) return typed;
      typedAs.set(meant, word);
      // "Hamss" is "Hamas": a name stays a name, and the question's first word its first word. A word
      // written as a name whose slip made it no name is the common word meant ("Russain" is "russian"),
      // unless it is one word of a name of several ("the Salt Widdow", "Harmon Valely Zoo").
      if (nameWords.has(word) && !isNameWord(meant, resources.thesaurus) && !besideName(text, at, typed.length, nameWords)) return meant;
      return typed.charAt(0) === word.charAt(0) ? meant : meant.charAt(0).toUpperCase() + meant.slice(1);
    });
  const text = respell(question, (word) => (nameWords.has(word) ? asHeldName(word, held.isHeld, resources) : respelt(word, held.isHeld, resources)));
  // The other words read as meant first: they tell a slip that spells another word or name.
  for (const meant of typedAs.keys()) readable.add(meant);
  const read = words(text);
  const context = [...new Set(read)].filter((word) => !isStopWord(word) && held.isHeld(word));
  const isName = (word: string) => nameWords.has(word) || isNameWord(word, resources.thesaurus);
  const namesMended = namesReadTogether(read, isName, nameWords, typedAs, held, resources.vocabulary);
  // A word respelt above is read again in context; one typed as it stands may still be a slip for a held word.
  const readAgain = (word: string) => (typedAs.has(word) ? respeltInContext(word, typedOf(word, typedAs), context, held, resources) : asHeldWord(word, context, held, resources));
  const mended = respell(text, (word) => namesMended.get(word) ?? (nameWords.has(word) ? word : readAgain(word)));
  return { text: namesReadInContext(mended, nameWords, typedAs, held, resources), typedAs };
}

/**
 * A slip respelt out of context read again beside the question's other words: where no document
 * holds the word it was read as with their distinctive ones, another word the knowledge base holds
 * one slip from what was typed, and says in a sentence with one of them, is meant. "how many seets
 * did the free democrats pick up" asks of the "seats" its article counts beside the Free Democrats,
 * not of "sets", which another article holds.
 */
function respeltInContext(meant: string, typed: string, context: readonly string[], held: HeldWords, { thesaurus, meanings }: SpellingResources): string {
  // A name stays the name read; a swap of two letters keeps every letter typed, the surest reading ("releived" is "relieved").
  if (isNameWord(meant, thesaurus) || swaps(typed).includes(meant)) return meant;
  const others = context.filter((other) => other !== meant && other !== typed && isDistinctive(other, meanings));
  const saidWithOthers = (word: string) => others.some((other) => held.inOneSentence(word, other));
  if (others.length === 0 || held.inOneDocument(meant, others)) return meant;
  const near = [...swaps(typed), ...nearWords(typed)].filter((candidate) => candidate !== meant && held.isHeld(candidate) && !isNameWord(candidate, thesaurus) && saidWithOthers(candidate));
  return meanings.commonWordNear(near) ?? meant;
}

/**
 * The question with each name it reads that no document holds beside another of its distinctive
 * words (a name, or a word rarer than the commonest English ones) read again from what was typed,
 * as if the knowledge base lacked that name and the others found out of context: among many texts,
 * "puttin" and "sayin" are written in a story's dialogue and "peple" is a slip from its "Peale",
 * while "what consequences did puttin warn of" asks of the Putin an article names beside them. A
 * word written with a capital is a name the asker meant, read again only as another name (see
 * nameInContext), and so is one typed as the knowledge base writes a name ("how many people live on
 * skelling" asks of the island its article names, not of "selling").
 */
function namesReadInContext(text: string, nameWords: ReadonlySet<string>, typedAs: Map<string, string>, held: HeldWords, resources: SpellingResources): string {
  const { thesaurus, meanings } = resources;
  const read = [...new Set(words(text))].filter((word) => !isStopWord(word) && held.isHeld(word));
  const isNameLike = (word: string) => isWord(word) && isNameWord(word, thesaurus) && !isPrepositionOrConjunction(word);
  const reread = new Map<string, { meant: string; typed: string }>();
  for (const reading of read) {
    const typed = typedOf(reading, typedAs);
    if (!isNameLike(reading)) continue;
    const others = read.filter((other) => other !== reading && isDistinctive(other, meanings));
    const inContext = (word: string) => held.inOneDocument(word, others);
    if (others.length === 0 || inContext(reading)) continue;
    const isHeldHere = (word: string) => word !== reading && held.isHeld(word) && (!isNameLike(word) || inContext(word));
    let meant: string;
    const typedAsName = nameWords.has(typed) || (typed === reading && held.writesAsName(reading));
    if (!typedAsName) meant = respelt(typed, isHeldHere, resources);
    else if (typed !== reading) meant = asHeldName(typed, isHeldHere, resources);
    else {
      const otherNames = others.filter(isNameLike);
      meant = nameInContext(typed, (word) => isHeldHere(word) && held.inOneDocument(word, otherNames), thesaurus);
    }
    // A word nothing holds reads no better: "stallholders", whose article holds none of the
    // question's rarer words, is no "smallholder".
    if (meant !== reading && held.isHeld(meant)) reread.set(reading, { meant, typed });
  }
  if (reread.size === 0) return text;
  return text.replace(/[A-Za-z]+/g, (written) => {
    const word = written.toLowerCase();
    const found = reread.get(word);
    if (found === undefined) return written;
    typedAs.delete(word);
    if (found.meant !== found.typed) typedAs.set(found.meant, found.typed);
    return written.charAt(0) === word.charAt(0) ? found.meant : found.meant.charAt(0).toUpperCase() + found.meant.slice(1);
  });
}

/** True when the word at a place in a text has a name word (see questionShape) right beside it, with nothing but a space or a hyphen between. */
function besideName(text: string, at: number, length: number, nameWords: ReadonlySet<string>): boolean {
  const before = /([A-Za-z]+)[ -]$/.exec(text.slice(0, at))?.[1];
  const after = /^[ -]([A-Za-z]+)/.exec(text.slice(at + length))?.[1];
  return [before, after].some((neighbour) => neighbour !== undefined && CAPITALISED.test(neighbour) && nameWords.has(neighbour.toLowerCase()));
}

/** The question's word a reading was respelt from, through each respelling (a slip, then a name read together). */
function typedOf(reading: string, typedAs: ReadonlyMap<string, string>): string {
  let typed = reading;
  for (let step = 0; step < typedAs.size && typedAs.has(typed); step++) typed = typedAs.get(typed) ?? typed;
  return typed;
}

/**
 * Two neighbouring names that no sentence holds together, as the pair one holds when a slip on one of
 * them makes it: names typed side by side are one person's. "marta lunde" is Marte Lunde where the
 * text names her and a Marta Quental; "Kovalchenko-Lee" is the Kovalchenko-Leigh it names, a name
 * it lacks beside one it holds read by its sound, since the few names written with the one held tell
 * which. Each name held alone, nothing else tells the slip. A slip typed as a name may spell a
 * dictionary word the text writes as a name: "Grace Peek" is the Grace Peck it names.
 */
function namesReadTogether(
  read: readonly string[],
  isName: (word: string) => boolean,
  nameWords: ReadonlySet<string>,
  typedAs: ReadonlyMap<string, string>,
  held: HeldWords,
  vocabulary: SpellingResources["vocabulary"],
): Map<string, string> {
  const mended = new Map<string, string>();
  const isNameLike = (word: string) => isWord(word) && !isStopWord(word) && isName(word);
  const isHeldName = (word: string) => isNameLike(word) && held.isHeld(word);
  for (let at = 1; at < read.length; at++) {
    const first = read[at - 1] ?? "";
    const second = read[at] ?? "";
    if (!isNameLike(first) || !isNameLike(second) || (held.isHeld(first) && held.isHeld(second) && held.inOneSentence(first, second))) continue;
    const mends = [
      [first, second],
      [second, first],
    ].flatMap(([slip = "", other = ""]) => {
      if (!held.isHeld(other)) return [];
      const isWrittenWith = (name: string) => (nameWords.has(slip) ? held.isHeld(name) : isHeldName(name)) && held.inOneSentence(other, name);
      const near = [...swaps(slip), ...nearWords(slip)].filter(isWrittenWith);
      // A name respelt alone may have taken the wrong one of two slips: "Hazle" is a slip from "Hale"
      // and from "Hazel", a dictionary word too, which the text writes beside the other name.
      const typed = typedAs.get(slip);
      if (typed !== undefined) near.push(...[...swaps(typed), ...nearWords(typed)].filter((name) => name !== slip && held.isHeld(name) && held.inOneSentence(other, name)));
      // Read by its sound, a slip is only a name the text holds or writes as one ("Howard Cocks" is
      // the Cox it names): "World Series" is no "World Source".
      const alike = held.isHeld(slip) ? [] : vocabulary.soundingAlike(slip, (name) => isWrittenWith(name) && (isHeldName(name) || held.writesAsName(name)), NAME_MIN_SOUNDS);
      return [...new Set([...near, ...alike])].map((name) => [slip, name] as const);
    });
    const [only] = mends;
    if (only !== undefined && mends.length === 1) mended.set(...only);
  }
  return mended;
}

/**
 * An English word the knowledge base does not hold, as a word it holds one typing edit away when
 * that word is far commoner in English and some sentence holds it with each of two other words of
 * the question: "the petiton to the mayer" is "handed the petition to the mayor", "Which Iranian
 * minster" the text's Iranian minister. A slip that spells another word ("minster", a church) is
 * told only by what the question is about: "How many legs does a spider have?" is no question of "less".
 * One of them at least must be rarer than the commonest English words, unless the held word is a
 * hundred times as common: among many texts some sentence holds "told" with "death" and "attack",
 * and "October 7 attack death toll" asks for a toll, while "what did the minster say on Monday?"
 * asks what a minister said.
 */
export function asHeldWord(word: string, questionWords: readonly string[], held: HeldWords, { thesaurus, meanings }: SpellingResources): string {
  if (word.length < MIN_RESPELT_LENGTH || !isWord(word) || held.isHeld(word) || !thesaurus.knows(lemmaOf(word))) return word;
  const swapped = swaps(word);
  // A word typed with a letter changed is another word meant only when the two sound alike ("beech"
  // for "beach", "capitol" for "capital"): "daylight saving" is no slip for "saying", nor "halt" for "half".
  const mayBeMeant = (candidate: string) => candidate.length !== word.length || swapped.includes(candidate) || soundAlike(word, candidate);
  const near = [...swapped, ...nearWords(word)].filter((candidate) => held.isHeld(candidate) && !isNameWord(candidate, thesaurus) && mayBeMeant(candidate));
  const meant = meanings.commonWordNear(near);
  if (meant === undefined || meanings.timesCommoner(meant, word) < FAR_COMMONER) return word;
  const told = questionWords.filter((other) => other !== word && held.inOneSentence(meant, other));
  // "runny yolk" is no slip for the "York" of "New York": a word the texts write only in a name, and
  // no tagged text meets as a common word, is not what a dictionary word typed was meant to be; a
  // title the texts capitalise ("Defence Minister") is still the "minster" typed.
  if (told.length < SLIP_CONTEXT || (!thesaurus.metInTaggedTexts(meant) && held.writesOnlyAsName(meant))) return word;
  return told.some((other) => isDistinctive(other, meanings)) || meanings.timesCommoner(meant, word) >= FAR_FAR_COMMONER ? meant : word;
}

/**
 * A word neither the dictionary nor the knowledge base knows, as the commonest English word one
 * typing edit away, first among those the knowledge base holds ("recieved" → "received", not
 * "relieved"), then among all ("travle" → "travel"), so it brings its synonyms and meaning; a swap
 * of two letters goes before a held word with a letter changed ("releived" is "relieved", not
 * "received"). A word one slip from a name the knowledge base holds is that name ("putn" is Putin,
 * not "put"); one spelled like a name further off is left to the spelling candidates ("okaffur" may be Okafor).
 * A slip on a function word is that word ("wich" → "which"), and a word no edit mends may be one
 * spelt as it sounds ("delegashun" → "delegation", see soundedOut).
 */
export function respelt(word: string, isHeld: (word: string) => boolean, { vocabulary, thesaurus, meanings }: SpellingResources): string {
  if (!mayBeSlip(word, isHeld, thesaurus)) return word;
  const near = nearWords(word);
  const swapped = swaps(word);
  // "wich", "happend": the question's grammar is read from its function words.
  if (isMisspeltStopWord(word) && !heldWordKeepsMore(word, swapped, near, isHeld)) return meantStopWord(word) ?? word;
  if (word.length < MIN_RESPELT_LENGTH) return shortRespelt(word, isHeld, meanings);
  const isName = (known: string) => isNameWord(known, thesaurus);
  // One slip from a name the knowledge base holds, it is that name, whatever word is as near: "putn"
  // is Putin, not "punt" or "put". Two such names, or one further off: the spelling candidates weigh them.
  const slips = [...swapped, ...near];
  const names = heldNames(slips, isHeld, thesaurus);
  if (names.length === 1) return names[0] ?? word;
  if (names.length > 1) return word;
  // A name further off ("okaffur" may be Okafor) is weighed by the spelling candidates, unless a word
  // the knowledge base holds is one slip away: "ferrry" is "ferry", though "Ferris" is spelled like it.
  const heldNear = slips.some(isHeld);
  const maxEdits = slipEdits(false, false);
  if (!heldNear && vocabulary.candidates(word, isHeld).some((candidate) => isName(candidate.word) && editDistance(word, candidate.word) <= maxEdits)) return word;
  // A swap keeps every letter typed: "bouys" is "buoys" before "boys". So does a letter dropped, the
  // commonest slip, or one typed twice: "coverd" is "covered", not the commoner "cover", and "usefull"
  // "useful". Else an edit that keeps the last letter keeps the word's ending, as one that keeps the
  // first its start: "prosecuter" is "prosecutor", not "prosecuted".
  const keepsLetters = near.filter((candidate) => keepsEveryLetter(word, candidate));
  // "foto": English spells the sound "f" as "ph" too, and a word typed as it sounds is the dictionary
  // word that spells it so, before a slip that spells another ("foot"), unless the knowledge base
  // holds a word that slip keeps every letter of ("staf" is the "staff" it holds, not "staph").
  const spelledWithPh = withPhForF(word).filter((candidate) => isHeld(candidate) || thesaurus.knows(lemmaOf(candidate)));
  if (spelledWithPh.length === 1 && ![...swapped, ...keepsLetters].some(isHeld)) return spelledWithPh[0] ?? word;
  const sameEnding = near.filter((candidate) => candidate.at(-1) === word.at(-1));
  for (const words of [swapped.filter(isHeld), keepsLetters.filter(isHeld), swapped, sameEnding.filter(isHeld), near.filter(isHeld), keepsLetters, near]) {
    const common = meanings.commonWordNear(words);
    if (common !== undefined) return common;
  }
  return soundedOut(word, isHeld, vocabulary, thesaurus) ?? word;
}

/**
 * True when a slip that a function word is one edit from is likelier a word the knowledge base holds:
 * one that keeps every letter typed where the function word does not ("youg" is "young", not "your";
 * "elery" Ellery, not "every"), or any held word near it when every function word near it changes the
 * first letter, which a slip seldom does ("gant" is "grant", not "cant"; "loing" "losing", not "doing").
 * A swap keeps the letters too ("waht" is "what"), as the first, swapped with the second ("hwat").
 */
function heldWordKeepsMore(word: string, swapped: readonly string[], near: readonly string[], isHeld: (word: string) => boolean): boolean {
  const keeps = (candidate: string) => swapped.includes(candidate) || keepsEveryLetter(word, candidate);
  const held = near.filter((candidate) => !isStopWord(candidate) && isHeld(candidate));
  const meant = meantStopWord(word);
  if (meant === undefined) return false;
  if (meant[0] !== word[0] && !swapped.includes(meant)) return held.length > 0;
  return !keeps(meant) && held.some(keeps);
}

/**
 * A word spelt as it sounds, too many slips from its spelling for the edits above ("delegashun"), as
 * the one dictionary word the knowledge base holds that sounds the same, a few edits away.
 */
function soundedOut(word: string, isHeld: (word: string) => boolean, vocabulary: SpellingResources["vocabulary"], thesaurus: SpellingResources["thesaurus"]): string | undefined {
  const alike = vocabulary.soundingAlike(word, isHeld).filter((known) => !isNameWord(known, thesaurus) && editDistance(word, known) <= MAX_SOUNDED_EDITS);
  return alike.length === 1 ? alike[0] : undefined;
}

/**
 * A word of three letters without a vowel that neither the dictionary nor the knowledge base knows
 * ("lng", "snd", "jbs"), as the commonest English word one slip away that the knowledge base holds, no
 * shorter and no function word: no English word lacks a vowel, so a slip dropped one ("lng" is "long"),
 * while three letters with a vowel are as often a short form typed small ("usd", "div"). Among all
 * English words too many are near, and a name is typed in lower case as it is, not as a slip.
 */
function shortRespelt(word: string, isHeld: (word: string) => boolean, meanings: SpellingResources["meanings"]): string {
  if (VOWEL.test(word)) return word;
  const held = [...new Set([...swaps(word), ...nearWords(word)])].filter((candidate) => candidate.length >= word.length && !isStopWord(candidate) && isHeld(candidate));
  return meanings.commonWordNear(held) ?? word;
}

/**
 * The most typing edits that part a question word from a word the text holds that it may be a slip
 * for. A name may be written as it sounds ("Hendrix" for Hendricks); a common word is seldom typed
 * with more than two slips ("cabbie" is no "carry"); and a common English word typed as it is spelt
 * is that word, a slip for a name only when one edit parts them ("Baptist" for Baptiste, not "case"
 * for "caccae").
 */
export function slipEdits(isName: boolean, isCommonWord: boolean): number {
  if (isName) return Number.POSITIVE_INFINITY;
  return isCommonWord ? 1 : 2;
}

/**
 * A word written as a name (capitalised inside the question) that the knowledge base lacks, as the
 * one name it holds a slip away ("Tulis" is Tullis, "Hamss" Hamas): the question names someone the
 * text names. Else, if no name is near, a slip inside a word English writes with a capital (a month,
 * a people, a title) as that word: "Octobr" is October, "Russain" Russian, "Profesor" professor.
 */
export function asHeldName(word: string, isHeld: (word: string) => boolean, { thesaurus, meanings }: Pick<SpellingResources, "thesaurus" | "meanings">): string {
  // A slip on a name may spell a common word ("Hams" for Hamas): capitalised inside the question, the
  // word is written as a name, and a common word the knowledge base lacks would be refused as one.
  if (word.length < MIN_RESPELT_LENGTH || !isWord(word) || isHeld(word) || isMisspeltStopWord(word)) return word;
  const slips = [...swaps(word), ...nearWords(word)];
  const names = heldNames(slips, isHeld, thesaurus);
  if (names.length > 0) return names.length === 1 ? (names[0] ?? word) : word;
  return mayBeSlip(word, isHeld, thesaurus) ? (capitalisedWordMeant(word, slips, isHeld, meanings) ?? word) : word;
}

/**
 * The common word the knowledge base holds that a word written as a name is a slip inside of, its
 * first and last letters kept, when English writes it far more often: an unknown name may be a name
 * nothing holds, which a slip at its end makes a word ("Harte" is no "hart"), and a name typed as it is
 * spelt is itself among the words English writes ("Carlos" is no "carols").
 */
function capitalisedWordMeant(word: string, slips: readonly string[], isHeld: (word: string) => boolean, meanings: SpellingResources["meanings"]): string | undefined {
  const inside = slips.filter((slip) => slip[0] === word[0] && slip.at(-1) === word.at(-1) && isHeld(slip));
  const meant = meanings.commonWordNear(inside);
  return meant !== undefined && meanings.timesCommoner(meant, word) >= FAR_COMMONER ? meant : undefined;
}

/**
 * True for a word that may be a slip: long enough to guess from, and known neither to the knowledge
 * base nor to English. A preposition or a conjunction is English though WordNet, a dictionary of
 * nouns, verbs, adjectives and adverbs, lacks it: "among" is no "along", "toward" no "third".
 */
function mayBeSlip(word: string, isHeld: (word: string) => boolean, thesaurus: SpellingResources["thesaurus"]): boolean {
  return word.length >= MIN_SLIP_LENGTH && isWord(word) && !isHeld(word) && !thesaurus.knows(lemmaOf(word)) && !isPrepositionOrConjunction(word);
}

/** A name, though WordNet may know it as the one person or place it names ("Putin", "Moscow"). */
function isNameWord(word: string, thesaurus: SpellingResources["thesaurus"]): boolean {
  return !thesaurus.knows(lemmaOf(word)) || thesaurus.namesOnlyInstances(word);
}

/** The word with one of its "f"s written "ph" ("foto" → "photo", "grafic" → "graphic"). */
function withPhForF(word: string): string[] {
  return [...word.matchAll(/f/g)].map(({ index }) => `${word.slice(0, index)}ph${word.slice(index + 1)}`);
}

/** Words one typing edit away that keep the first letter: a slip seldom falls on it ("iphone" is no "phone", "xbox" no "box"). */
function nearWords(word: string): string[] {
  return [...oneEditAway(word)].filter((candidate) => candidate[0] === word[0]);
}

/**
 * True when a word one edit away keeps every letter typed: it has one more ("every" for "evry"), or
 * one fewer that was typed twice ("useful" for "usefull").
 */
function keepsEveryLetter(typed: string, candidate: string): boolean {
  if (candidate.length > typed.length) return true;
  return candidate.length < typed.length && [...typed].some((letter, at) => letter === typed[at - 1] && typed.slice(0, at) + typed.slice(at + 1) === candidate);
}

/**
 * A name written with a capital as typed, as the one name a slip away held beside another name the
 * question gives: "what did Hamas thank Puttin for?" asks of the Putin an article names with Hamas,
 * not of a song's "Puttin'". Only a name tells: "Garza" held beside "safely" does not make "Did the
 * talks get Russians safely out of Gaza?" ask of him, and "Peale" is never read as "peace".
 */
function nameInContext(name: string, isHeldHere: (word: string) => boolean, thesaurus: SpellingResources["thesaurus"]): string {
  const names = heldNames([...swaps(name), ...nearWords(name)], isHeldHere, thesaurus);
  return names.length === 1 ? (names[0] ?? name) : name;
}

/** The names the knowledge base holds among a word's slips (its swaps and words one edit away). */
function heldNames(slips: readonly string[], isHeld: (word: string) => boolean, thesaurus: SpellingResources["thesaurus"]): string[] {
  return [...new Set(slips)].filter((candidate) => isHeld(candidate) && isNameWord(candidate, thesaurus));
}

/**
 * A word cut in two words that some sentence writes one after the other ("paddle", "wheels"), if
 * there is one: "daylight" is no "day" and "light" a sentence says apart ("came to light on the first day").
 */
function split(word: string, held: HeldWords): [string, string] | undefined {
  for (let at = 1; at < word.length; at++) {
    const first = word.slice(0, at);
    const second = word.slice(at);
    if (held.isHeld(first) && held.isHeld(second) && held.inSequence(first, second)) return [first, second];
  }
  return undefined;
}

/**
 * True for a word that tells what a text is about: not a number nor among the commonest English
 * words, which nearly every text holds.
 */
function isDistinctive(word: string, meanings: SpellingResources["meanings"]): boolean {
  return isWord(word) && !meanings.isCommon(word);
}

/** True for a word of letters only: numbers and "u.s." are not compounds. */
function isWord(word: string): boolean {
  return LETTERS.test(word);
}
