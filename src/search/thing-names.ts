import { isCalendarWord } from "./name-mentions.ts";
import type { Thesaurus } from "./synonyms.ts";
import { lemmaOf } from "./terms.ts";
import { isStopWord, words } from "./text.ts";

// News names a thing once, set beside the noun of its kind, then calls it by that noun or a broader
// one: "The outage hit TerraFix, a subscription network…", then "…rely on the network"; "boarded a
// bulk carrier, the Marisol Dawn,", then "the ship was held"; "the experimental drug, known as
// TRV-208", then "The drug is a monoclonal antibody". describedNames ties people and bodies so; this
// ties things.

// A name as written: capitalised words, digits and hyphens kept ("MV Sorrel Bay", "TRV-208"), maybe
// joined by "&" ("Pell & Daughters").
const NAME = String.raw`\p{Lu}[\p{L}\d'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\d'’-]*)*`;
// A word of a description in lower case, or a figure, with thousands marks ("a 7,800-tonne cargo ship").
const DESCRIBING_WORD = String.raw`[\p{Ll}\d](?:[\p{L}\d'’-]|,(?=\d))*`;
// A description's words, up to three before the noun of the kind, then that noun: the first word its
// end follows ("a blood pressure pill taken by…" is of a pill). Both are captured.
const DESCRIPTION = String.raw`((?:${DESCRIBING_WORD}\s+){0,3}?)(\p{Ll}[\p{L}-]*)`;
// Words setting a thing beside another of its kind, which the article is about: "a rival drug, Corvane".
const SET_BESIDE_ANOTHER: ReadonlySet<string> = new Set(["another", "other", "rival", "second", "sister", "neighbouring", "neighboring", "nearby"]);
// What ends a description after its noun: a clause, a participle, a preposition or punctuation ("a
// subscription network run by…", "a pill taken by…", "a former mill town in…", "a bulk carrier, …").
const DESCRIPTION_END = String.raw`(?=\s+(?:that|which|who|whose|run|made|built|of|in|on|at|for|from|with|by|to|near|and|\p{Ll}+(?:ed|en))\b|[,.;:)]|$)`;
// "TerraFix, a subscription network run by…": the name, then its kind.
const NAME_THEN_KIND = new RegExp(String.raw`(${NAME}), an? ${DESCRIPTION}${DESCRIPTION_END}`, "gu");
// "a bulk carrier, the Marisol Dawn,", "The vessel, the MV Sorrel Bay, was…": the kind, then the name.
const KIND_THEN_NAME = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he) ${DESCRIPTION}, (the )?(${NAME})(?=[,.;:)])`, "gu");
// "the experimental drug, known as TRV-208", "a comet called Whitlow": the kind, then the name it goes by.
const KIND_CALLED_NAME = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he) ${DESCRIPTION},? (?:known as|called|named|dubbed) (${NAME})`, "gu");
// "the island of Vessmark", "the town of Ruskby": the kind, then "of" and its name.
const KIND_OF_NAME = new RegExp(String.raw`\b[Tt]he ${DESCRIPTION} of (${NAME})`, "gu");
// "the network", "The drug's maker", and the word after: a noun right after "the", not the first part
// of a compound ("the drug-maker").
const DEFINITE_NOUN = /\b[Tt]he (\p{Ll}\p{L}*)(?:['’]s)?\b(?!-)(?:\s+(\p{Ll}\p{L}*))?/gu;
// A capitalised "The" opening what reads as a name.
const LEADING_THE = /^The\s+/;
// Fewer letters than this are initials ("K.", "E."), no name of a thing.
const MIN_NAME_LETTERS = 3;

/** What thingNames needs to know of the dictionary and of the document's people. */
export interface ThingWords {
  /** True when the dictionary knows a word as a noun, maybe among other parts of speech ("carrier", "research"). */
  isNoun(word: string): boolean;
  /** True when a noun's commonest sense, or any sense, is a thing a text may name ("ship", "drug", "island"; see Thesaurus.namesThing). */
  namesThing(word: string, anySense: boolean): boolean;
  /** True when a usual sense of a noun is a kind of another's ("carrier" of "ship"), which may then call it. */
  isKindOf(narrower: string, broader: string): boolean;
  /** True when the dictionary knows a word as other than a noun ("however", "hope"): opening a sentence, it may be no name. */
  knowsOtherThanNoun(word: string): boolean;
  /** True when a word is an adjective's comparative ("smaller", "cheaper"). */
  isComparative(word: string): boolean;
  /** True when a name's last word is a person's (see PersonNames.isPerson). */
  isPerson(word: string | undefined): boolean;
}

/** Where an article's body starts and where its lede paragraph ends, as sentence ordinals. */
export interface ArticleOpening {
  /** The lede's first sentence, past the headline. */
  lede: number;
  /** The first sentence past the lede paragraph. */
  pastLede: number;
}

/** What the dictionary tells of a thing's kind; the people are the document's own. */
export function thingWordsOf(thesaurus: Thesaurus): Omit<ThingWords, "isPerson"> {
  return {
    isNoun: (word) => thesaurus.isNoun(lemmaOf(word)),
    namesThing: (word, anySense) => thesaurus.namesThing(word, anySense),
    isKindOf: (narrower, broader) => thesaurus.namesKindOf(narrower, broader),
    knowsOtherThanNoun: (word) => thesaurus.isVerb(lemmaOf(word)) || thesaurus.isAdjective(word) || thesaurus.isAdverb(word),
    isComparative: (word) => word.endsWith("er") && lemmaOf(word) !== word && thesaurus.isAdjective(lemmaOf(word)),
  };
}

interface Tie {
  kind: string;
  name: string[];
  at: number;
  /** True when the name and its kind open their sentence ("The Maren Solvik, a cargo ship…", "The vessel, the MV Sorrel Bay, …"): its subject. */
  opensSentence: boolean;
}

/**
 * For each sentence of a document, in order, the words of the name its "the <kind>" stands for:
 * the name the article set beside that kind's noun (or a narrower one) in an earlier sentence. A kind
 * the article sets beside two names (two ships, two drugs) stands for neither; a sentence saying the
 * name itself needs no tie.
 */
export function thingNames(
  sentences: readonly string[],
  opening: ArticleOpening,
  dictionary: ThingWords,
  sentenceWords: readonly (readonly string[])[] = sentences.map(words),
): string[][] {
  const ties = new Map<string, Tie | undefined>();
  const everyTie: Tie[] = [];
  sentences.forEach((sentence, at) => {
    // "the port city of Haldane" in the lede places what it is about; further on, "the island of
    // Vessmark" brings in a thing the article may go on calling "the island".
    for (const tie of [...tiesIn(sentence, at, dictionary), ...(at < opening.pastLede ? [] : kindOfNameTies(sentence, at, dictionary))]) {
      everyTie.push(tie);
      const known = ties.get(tie.kind);
      // "The River Senn burst its banks…", then "a smaller river, the Pell": the kind the body said
      // before the name was set beside it is another's, which "the river" goes on calling. The
      // headline's ("Bulk carrier held…") is the one the lede names, and so is the lede's own
      // subject brought in as "a <kind>" ("A painting stolen thirty years ago went back on display").
      // A kind said with "a" is said of no particular one ("…wind power on a commercial ship").
      const kindSaid = wordPattern(tie.kind);
      const saidBefore = sentences.slice(opening.lede, at).some((earlier, before) => kindSaid.test(withoutIndefinites(before === 0 ? earlier.replace(LEDE_SUBJECT, "") : earlier)));
      if (!ties.has(tie.kind)) ties.set(tie.kind, saidBefore ? undefined : tie);
      else if (known !== undefined && !sameName(known, tie)) ties.set(tie.kind, undefined);
    }
  });
  let kept = [...ties.values()].filter((tie): tie is Tie => tie !== undefined);
  // "Regulators recalled Tensiva, a blood pressure pill", then "a rival drug, Corvane": a thing the
  // lede sets beside its kind is what the article is about, and "the drug" goes on about it.
  if (kept.some((tie) => tie.at < opening.pastLede)) kept = kept.filter((tie) => tie.at < opening.pastLede);
  // The lede's subject is the thing it names after, and its own kind word goes on about it.
  const ledeTie = ledeSubjectTie(sentences, opening, everyTie, dictionary);
  if (ledeTie !== undefined && !kept.some((tie) => tie.kind === ledeTie.kind)) kept.push(ledeTie);
  if (kept.length === 0) return sentences.map(() => []);
  return sentences.map((sentence, at) => {
    const said = new Set(sentenceWords[at]);
    if (at === opening.lede && ledeTie !== undefined) return ledeTie.name.some((word) => said.has(word)) ? [] : ledeTie.name;
    const nouns = definiteNouns(sentence, dictionary);
    const callsBy = (tie: Tie) => at > tie.at && nouns.some((noun) => noun === tie.kind || (dictionary.namesThing(noun, false) && dictionary.isKindOf(tie.kind, noun)));
    const [first] = kept.filter(callsBy);
    // "The ship" after a carrier and a tanker were named may be either, though only one tie is kept.
    if (first === undefined || everyTie.some((tie) => callsBy(tie) && !sameName(tie, first)) || first.name.some((word) => said.has(word))) return [];
    return first.name;
  });
}

// A lede opening with its subject described, the first four words after its article: "A painting
// stolen from a museum…", "A blood pressure pill taken by…".
const LEDE_SUBJECT = /^An?\s+(?:[\p{Ll}\d][\p{L}\d'’-]*\s+){0,3}\p{Ll}[\p{L}-]*/u;

// A noun phrase with "a" or "an", up to three words before its noun: one of a kind, said of none in particular.
const INDEFINITE_PHRASE = new RegExp(String.raw`\b[Aa]n?\s+(?:${DESCRIBING_WORD}\s+){0,3}\p{Ll}[\p{L}-]*`, "gu");

/** A sentence with its noun phrases opening with "a" or "an" taken out. */
function withoutIndefinites(sentence: string): string {
  return sentence.replace(INDEFINITE_PHRASE, "");
}

// A lede opening with its subject as "a <kind>", within its first three words: "A cargo ship fitted
// with rotor sails…", "A 7,800-tonne tanker…".
const LEDE_SUBJECT_KIND = /^\W*An?\s+((?:[\p{L}\d](?:[\p{L}\d'’-]|,(?=\d))*\s+){0,2}[\p{L}][\p{L}-]*)/u;
// The sentences after the lede that may bring its subject in by name: the rest of its paragraph and the next, in short news paragraphs.
const SENTENCES_AFTER_LEDE = 3;

/**
 * The lede's "a <kind>" subject tied to the name one of the next few sentences opens with, set beside
 * that kind or a narrower one: "A cargo ship fitted with rotor sails used 23 percent less fuel…", then
 * "The Maren Solvik, a general cargo ship, arrived…". News opens with what befell a thing it names only
 * after; a name further into a sentence is most often another's. Not a thing of a broader kind ("A
 * chemical tanker caught fire…", then "The Halvard Crest, a cargo ship, picked up its crew"), nor when
 * the article sets the lede's kind beside another name ("The tanker, the Ostrava Spirit, …"). The tie is
 * of the lede's own kind word, said where the name is set beside its own.
 */
function ledeSubjectTie(sentences: readonly string[], opening: ArticleOpening, ties: readonly Tie[], dictionary: ThingWords): Tie | undefined {
  const subject = LEDE_SUBJECT_KIND.exec(sentences[opening.lede] ?? "")?.[1];
  if (subject === undefined) return undefined;
  const named = ties.find((tie) => tie.opensSentence && tie.at > opening.lede && tie.at <= opening.lede + SENTENCES_AFTER_LEDE);
  if (named === undefined) return undefined;
  const isKind = (tie: Tie, word: string) => word === tie.kind || (dictionary.namesThing(word, false) && dictionary.isKindOf(tie.kind, word));
  const kind = words(subject).find((word) => isKind(named, word));
  if (kind === undefined || ties.some((tie) => !sameName(tie, named) && isKind(tie, kind))) return undefined;
  return { ...named, kind };
}

/** True when two ties are of one name. */
function sameName(one: Tie, other: Tie): boolean {
  return one.name.join(" ") === other.name.join(" ");
}

/** A noun in any case, singular or plural ("River", "rivers"). */
function wordPattern(noun: string): RegExp {
  return new RegExp(String.raw`\b${noun}(?:s|es)?\b`, "iu");
}

// A sentence opening with a place it is set in: "In nearby Holmbridge, a two-week strike ended…"
// sets no description beside the name.
const SET_IN_PLACE = /^(?:In|At|On|Near|Outside|Inside|Across|Around|Beyond|Upstream|Downstream|From)\b[^,]*$/;

/**
 * True when a sentence brings in a name holding a word (its index key) with a description set beside
 * it ("The outage hit TerraFix, a subscription network…"): something the article goes on about.
 */
export function introducesThing(sentence: string, key: string): boolean {
  for (const match of sentence.matchAll(NAME_THEN_KIND)) {
    if (words(match[1] ?? "").includes(key) && !SET_IN_PLACE.test(sentence.slice(0, match.index))) return true;
  }
  return false;
}

/** The kinds a sentence sets beside a thing's name, with the name's words. */
function tiesIn(sentence: string, at: number, dictionary: ThingWords): Tie[] {
  const ties: Tie[] = [];
  // A name with "the" ("the Marisol Dawn", "The Maren Solvik, a cargo ship…") is a thing's, whatever
  // its noun's commonest sense ("carrier"), and no person's, whatever its words ("Maren" is a given name).
  // One set beside another of its kind ("Ravensby, a smaller port") is not the one "the port" goes on about.
  const add = (modifiers: string | undefined, kind: string | undefined, written: string | undefined, afterThe: boolean, opensSentence: boolean) => {
    const withThe = afterThe || (written !== undefined && LEADING_THE.test(written));
    if (kind === undefined || written === undefined || !dictionary.namesThing(kind, withThe)) return;
    if (words(modifiers ?? "").some((word) => SET_BESIDE_ANOTHER.has(word) || dictionary.isComparative(word))) return;
    // Opening a sentence, "The" is no word of the name.
    const name = words(written.replace(LEADING_THE, ""));
    // "However, a…" opens a sentence with a word, not a name.
    if (name.length === 1 && sentence.startsWith(written) && dictionary.knowsOtherThanNoun(name[0] ?? "")) return;
    if (name.join("").length < MIN_NAME_LETTERS || (!withThe && dictionary.isPerson(name.at(-1)))) return;
    ties.push({ kind, name, at, opensSentence });
  };
  for (const match of sentence.matchAll(NAME_THEN_KIND)) {
    if (!SET_IN_PLACE.test(sentence.slice(0, match.index))) add(match[2], match[3], match[1], false, match.index === 0);
  }
  for (const match of sentence.matchAll(KIND_THEN_NAME)) add(match[1], match[2], match[4], match[3] !== undefined, match.index === 0);
  for (const match of sentence.matchAll(KIND_CALLED_NAME)) add(match[1], match[2], match[3], false, match.index === 0);
  return ties;
}

/** The kinds a sentence gives a name as "the <kind> of <name>" ("the island of Vessmark"), with the name's words. */
function kindOfNameTies(sentence: string, at: number, dictionary: ThingWords): Tie[] {
  return Array.from(sentence.matchAll(KIND_OF_NAME)).flatMap((match) => {
    const [, modifiers = "", kind = "", written = ""] = match;
    const name = words(written);
    // "the end of May" gives a time, no thing's name.
    if (!dictionary.namesThing(kind, false) || name.some(isCalendarWord) || words(modifiers).some((word) => SET_BESIDE_ANOTHER.has(word)) || name.join("").length < MIN_NAME_LETTERS) return [];
    return [{ kind, name, at, opensSentence: match.index === 0 }];
  });
}

/**
 * The nouns right after each "the" of a sentence, where it may call a thing by its kind; not one
 * before a noun in its own form ("the comet research group"), which a verb after a subject seldom is
 * ("the ship sails", "the drug had", "the vessel could").
 */
function definiteNouns(sentence: string, dictionary: ThingWords): string[] {
  return Array.from(sentence.matchAll(DEFINITE_NOUN)).flatMap((match) => {
    const next = match[2];
    const beforeNoun = next !== undefined && !isStopWord(next) && lemmaOf(next) === next && dictionary.isNoun(next);
    return beforeNoun ? [] : [match[1] ?? ""];
  });
}
