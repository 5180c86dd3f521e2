import { isLede } from "../knowledge/document.ts";
import { activeVerbsOf, NOMINAL } from "./clause-parts.ts";
import { keepBestJudgement, promoteRunnerUp, type AnswerJudgement } from "./runner-up.ts";
import type { IndexedSentenceLookup } from "./speakers.ts";
import type { TermVariant } from "./first-pass.ts";
import { bareVerbAfterParticiple } from "./question-grammar.ts";
import type { QueryTerm, QuestionNeeds } from "./search-types.ts";
import { NOUNS, tagged, taggedAsWritten, type Tagged, type TaggedAsWritten } from "./tagging.ts";
import { lemmaOf } from "./terms.ts";
import { isLightVerb } from "./text.ts";

// "What did the council approve?" asks what the council did: the sentence where the council is the
// subject of a verb meaning "approve" tells it, not one that only names the council and a plan.

// How far down a sentence where the one asked about does the deed may come up from, and the share of
// the best one's relevance it must have (see DeedReading.reorder).
const DEED_RUNNERS_UP = 2;
const DEED_MIN_RELEVANCE = 0.5;
// A verb or a subject means the question's when it is the word or a variant at least this close: a
// synonym in one of its commoner senses ("headed" for "led", "operated" for "runs"), not a rare sense
// ("earns" for "wins") or a narrower word.
const MIN_WEIGHT = 0.4;
// Auxiliaries of "what did X do", "what has X done": a form of "be" asks what X is or what was done
// to X, unless an -ing form follows ("what is the hospital doing?", see deedAsked).
const DO_OR_HAVE = new Set(["do", "does", "did", "has", "have", "had"]);
const BE_OF_PROGRESSIVE = new Set(["is", "are", "was", "were", "'s", "'re"]);
// "What did Tullis do with the boxes?" asks for any deed of his: any verb that tells one answers.
const ANY_DEED = new Set(["do", "does", "did", "done", "doing"]);
// Pronouns that stand for one named in the sentence or the one before.
const STANDING_FOR = new Set(["he", "she", "it", "they", "we"]);
// Of those, the ones that stand for a person alone: "he showed his pictures" is no picture showing anything.
const PERSONAL = new Set(["he", "she"]);
// Prepositions whose phrase belongs to the noun before it in a subject: "a group from Hamas", "the
// leaders of the union", "officers at the mail facility".
const SUBJECT_PHRASE = new Set(["of", "from", "at"]);

/** The one a "what did X <verb>" question asks about (its last noun) and the verb. */
export interface DeedAsked {
  subjectWord: string;
  verb: string;
}

/**
 * "What did the council approve?", "Which route did the airline drop?", "What has the zoo changed?",
 * "Who did the delegation meet?": the noun phrase after "do" or "have" following "what", "which" (and
 * the words it picks), "who" or "whom", then the verb. The tagger reads a bare verb after a noun as one more noun ("which route did the airline
 * drop"), so the last of several nouns closing the question is the verb. A pronoun ("what did they
 * find?") names no one to look for.
 */
export function deedAsked(question: string): DeedAsked | undefined {
  const { texts, partsOfSpeech } = tagged(question);
  if (!/^(?:what|which|who|whom)$/.test(texts[0] ?? "")) return undefined;
  let start = 1;
  while (start < texts.length && NOMINAL.has(partsOfSpeech[start] ?? "")) start++;
  const progressive = BE_OF_PROGRESSIVE.has(texts[start] ?? "");
  if (!DO_OR_HAVE.has(texts[start] ?? "") && !progressive) return undefined;
  let end = start + 1;
  while (end < texts.length && NOMINAL.has(partsOfSpeech[end] ?? "")) end++;
  const nouns = texts.slice(start + 1, end).filter((_, at) => NOUNS.has(partsOfSpeech[start + 1 + at] ?? ""));
  let verb = end;
  while (partsOfSpeech[verb] === "ADV") verb++;
  if (progressive) {
    if (/ing$/.test(texts[verb] ?? "")) return deedOf(nouns, texts[verb]);
    // "what are the researchers planning to do?": the tagger reads the -ing form as a noun.
    return nouns.length > 1 && /ing$/.test(nouns.at(-1) ?? "") ? deedOf(nouns.slice(0, -1), nouns.at(-1)) : undefined;
  }
  const afterParticiple = DO.has(texts[start] ?? "") ? bareVerbAfterParticiple({ texts, partsOfSpeech }, verb) : undefined;
  if (afterParticiple !== undefined) return deedOf(nouns, texts[afterParticiple]);
  // The tagger reads "do" as an auxiliary there too ("what did Tullis do with the boxes?").
  // Two verbs in a row: the first is a name's word typed in lower case ("agnes borrow say"); unread.
  if (partsOfSpeech[verb] === "VERB" && partsOfSpeech[verb + 1] === "VERB" && !ANY_DEED.has(texts[verb] ?? "")) return undefined;
  if (partsOfSpeech[verb] === "VERB" || ANY_DEED.has(texts[verb] ?? "")) return deedOf(nouns, texts[verb]);
  const closes = end === texts.length || partsOfSpeech[end] === "ADP" || partsOfSpeech[end] === "PUNCT";
  // A plural is no verb's bare form ("which rivers had the highest sea lice levels?").
  const last = nouns.at(-1) ?? "";
  return closes && partsOfSpeech[end - 1] === "NOUN" && nouns.length > 1 && lemmaOf(last) === last ? deedOf(nouns.slice(0, -1), last) : undefined;
}

/** The last noun as the one asked about, with a verb that tells a deed of its own (not "do", "get"). */
function deedOf(nouns: readonly string[], verb: string | undefined): DeedAsked | undefined {
  const subjectWord = nouns.at(-1);
  return subjectWord === undefined || verb === undefined || (isLightVerb(verb) && !ANY_DEED.has(verb)) ? undefined : { subjectWord, verb };
}

// "who first spotted…", "who has confirmed…", "who will lead…": what may stand between "who" and
// the deed it asks the doer of. A form of "be" asks who someone is, or, before a past participle,
// who had something done to them ("who was arrested"); "do" asks the one it was done to ("who did
// police arrest?"), as "have" or a modal does before a noun ("who has Marzook met?").
const TENSE_OR_MOOD = new Set(["will", "would", "can", "could", "may", "might", "shall", "should", "must", "has", "have", "had"]);
const BE = new Set(["is", "was", "are", "were", "am"]);
const DO = new Set(["do", "does", "did"]);

/**
 * The verb a question asks who did, as typed ("made" in "who made the violin?", "spotted" in "who
 * first spotted it?", "lead" in "who will lead the team?", "proposing" in "who is proposing…"), if it
 * asks that. The tagger reads some verbs after "who" as nouns ("who chairs…", "who coaches…"): any
 * word there but an auxiliary is the verb.
 */
export function doerVerbAsked(question: string): string | undefined {
  const tags = taggedAsWritten(question);
  // "who's the guy who chairs the traders association": the first "who" that asks of a deed.
  for (let at = 0; at < tags.texts.length; at++) {
    const verb = tags.texts[at] === "who" ? verbAfterWho(tags, at + 1) : undefined;
    if (verb !== undefined) return tags.values[verb];
  }
  return undefined;
}

/** The deed a "which" question asks the picked thing did, and the noun it did it to, if any. */
export interface PickedDeedAsked {
  /** The verb as typed ("represented"). */
  verb: string;
  /** The last noun of the first noun phrase after the verb ("contract" in "won the bridge contract to…"). */
  objectWord: string | undefined;
}

/**
 * The deed a "which" question asks the picked thing did ("represented" in "which law firm
 * represented…?", "doing" in "which company is doing the repairs?"); not when the picked thing is
 * the object ("which bank did the cashier work for?", "which prison will Tullis serve in?").
 */
export function pickedDoerVerbAsked(question: string): PickedDeedAsked | undefined {
  const tags = taggedAsWritten(question);
  const which = tags.texts.indexOf("which");
  if (which < 0) return undefined;
  let at = which + 1;
  while (NOUN_RUN.has(tags.partsOfSpeech[at] ?? "")) at++;
  const next = tags.texts[at] ?? "";
  const verbNext = tags.partsOfSpeech[at] === "VERB" || TENSE_OR_MOOD.has(next) || BE.has(next);
  const verb = at > which + 1 && verbNext ? verbAfterWho(tags, at) : undefined;
  return verb === undefined ? undefined : { verb: tags.values[verb] ?? "", objectWord: objectAfter(tags, verb) };
}

// The parts of speech of the words "which" picks by ("which construction company").
const NOUN_RUN = new Set(["ADJ", "NOUN", "PROPN"]);

/** The last noun of the noun phrase right after a verb, past its determiner ("the bridge contract"). */
function objectAfter({ texts, partsOfSpeech }: TaggedAsWritten, verb: number): string | undefined {
  let at = verb + 1;
  if (partsOfSpeech[at] === "DET") at++;
  let object: string | undefined;
  for (; NOUN_RUN.has(partsOfSpeech[at] ?? ""); at++) if (partsOfSpeech[at] === "NOUN") object = texts[at];
  return object;
}

/** Where the verb stands from a word on, past adverbs and an auxiliary of tense or mood (see doerVerbAsked). */
function verbAfterWho({ texts, partsOfSpeech }: TaggedAsWritten, from: number): number | undefined {
  let at = from;
  const pastAdverbs = () => {
    while (partsOfSpeech[at] === "ADV" || texts[at] === "not") at++;
  };
  pastAdverbs();
  // "Who from Hamas has met Lavrov?": a phrase telling whose side the doer is on stands before the verb.
  if (partsOfSpeech[at] === "ADP") {
    at++;
    if (partsOfSpeech[at] === "DET") at++;
    while (NOUN_RUN.has(partsOfSpeech[at] ?? "")) at++;
    pastAdverbs();
  }
  if (TENSE_OR_MOOD.has(texts[at] ?? "")) {
    at++;
    pastAdverbs();
    if (partsOfSpeech[at] !== "VERB") return undefined;
  } else if (BE.has(texts[at] ?? "")) {
    at++;
    return /ing$/.test(texts[at] ?? "") ? at : undefined;
  }
  const verb = texts[at];
  return verb === undefined || DO.has(verb) || partsOfSpeech[at] === "PUNCT" ? undefined : at;
}

/** Who does what a verb of a sentence tells: the words of its subject, or a pronoun standing for one. */
export interface SubjectOfVerb {
  subjectKeys: string[];
  /** True when the subject is "he", "she", "it", "they" or "we". */
  pronoun: boolean;
  /** True when it is "he" or "she", which stand for a person. */
  personal: boolean;
  /** True when it is "the" and common nouns ("the group"), which may stand for a name told before. */
  described: boolean;
  deedKey: string;
}

/**
 * The subjects of a sentence's verbs in the active voice (see activeVerbsOf): the noun phrase where
 * the subject stands ("The council approved…", "Tullis, a former beekeeper, sold…", "the airline,
 * which dropped…"), or a pronoun; a verb after "and" or a list's comma shares the subject of the verb
 * before ("The council met and approved…").
 */
export function subjectsOf(sentence: string, toKey: (word: string) => string): SubjectOfVerb[] {
  const words = activeVerbsOf(sentence);
  const subjects: SubjectOfVerb[] = [];
  let last: Subject | undefined;
  for (const { verb, sharesSubject, subjectEnd } of words.verbs) {
    const subject = sharesSubject ? last : subjectEndingAt(words, subjectEnd, toKey);
    if (subject === undefined) continue;
    last = subject;
    subjects.push({ ...subject, deedKey: toKey(words.texts[verb] ?? "") });
  }
  return subjects;
}

/** A subject without its verb. */
type Subject = Omit<SubjectOfVerb, "deedKey">;

/** The pronoun, or the nouns of the noun phrase, ending at a word ("the airline", "Tullis"). */
function subjectEndingAt({ texts, partsOfSpeech }: Tagged, end: number, toKey: (word: string) => string): Subject | undefined {
  if (end < 0) return undefined;
  if (partsOfSpeech[end] === "PRON" && STANDING_FOR.has(texts[end] ?? "")) return { subjectKeys: [], pronoun: true, personal: PERSONAL.has(texts[end] ?? ""), described: false };
  let at = end;
  const inNounPhrase = () => at >= 0 && (NOMINAL.has(partsOfSpeech[at] ?? "") || texts[at] === "-" || texts[at] === "'s");
  while (inNounPhrase()) at--;
  // "A group from Hamas is heading…": the subject is the group, whose phrase names where it is from.
  while (at > 0 && SUBJECT_PHRASE.has(texts[at] ?? "") && NOUNS.has(partsOfSpeech[at - 1] ?? "")) {
    at--;
    while (inNounPhrase()) at--;
  }
  const phrase = { texts: texts.slice(at + 1, end + 1), partsOfSpeech: partsOfSpeech.slice(at + 1, end + 1) };
  const subjectKeys = phrase.texts.filter((_, offset) => NOUNS.has(phrase.partsOfSpeech[offset] ?? "")).map(toKey);
  if (subjectKeys.length === 0) return undefined;
  return { subjectKeys, pronoun: false, personal: false, described: phrase.texts[0] === "the" && !phrase.partsOfSpeech.includes("PROPN") };
}

/** What the deed checks read beyond the speaker checks' lookup. */
export interface DeedLookup extends IndexedSentenceLookup {
  /** The subjects of a sentence's verbs (see subjectsOf), read once. */
  subjectsIn(unit: number): readonly SubjectOfVerb[];
}

/**
 * "What did the council approve?": when the best sentence does not tell the council approving
 * anything (the lead: "A plan for the river was debated by the council on Tuesday"), a close
 * runner-up where it is the subject of a verb meaning "approve" ("The council approved a £2m
 * scheme", "It approved…" after a sentence naming it) answers instead.
 */
export class DeedReading {
  constructor(
    private readonly index: DeedLookup,
    /** True for a verb's key that tells a deed of its own ("repaint", not "be", "have" or "say"). */
    private readonly tellsOwnDeed: (key: string) => boolean,
    /** True for a question word a "he" or "she" may stand for: a name or a word for a person. */
    private readonly mayBePerson: (term: QueryTerm) => boolean,
  ) {}

  /**
   * True when a sentence tells the one asked about doing the deed asked (see subjectsOf); `loosely`,
   * a sentence naming them may tell it of them by what they are too ("…meeting with Hamas
   * delegations since 2006, when the group won the elections").
   */
  tellsDeed(needs: QuestionNeeds, unit: number, loosely = false): boolean {
    const asked = needs.deedAsked;
    const indexed = this.index.sentenceAt(unit);
    if (asked === undefined || indexed === undefined) return false;
    const subject = needs.terms.find((term) => term.key === asked.subjectKey);
    const deed = needs.terms.find((term) => term.key === asked.deedKey);
    const anyDeed = ANY_DEED.has(asked.deedKey);
    if (subject === undefined || (deed === undefined && !anyDeed)) return false;
    return this.index.subjectsIn(unit).some((told) => {
      if (!(deed === undefined ? this.tellsOwnDeed(told.deedKey) : this.means(deed, told.deedKey))) return false;
      if (loosely && told.described && this.index.variantsIn(subject, unit).length > 0) return true;
      if (!told.pronoun) return told.subjectKeys.some((key) => this.means(subject, key));
      if (told.personal && !this.mayBePerson(subject)) return false;
      // "They approved…": the one the sentence itself or the one before names, or the person its "he" or "she" stands for.
      const before = indexed.antecedentUnit;
      return (
        subject.variants.some((variant) => indexed.personTerms.includes(variant.term)) ||
        [unit, before].some((at) => at !== undefined && this.index.variantsIn(subject, at).length > 0)
      );
    });
  }

  /**
   * Puts first the close runner-up that tells the deed when the best sentence does not; not one far
   * behind a body sentence, nor one without a name the best one holds ("Marzook… has frequently met
   * with Bogdanov and… Lavrov" for "who did Marzook meet in Doha?", where the best one tells "a
   * previous meeting… in Doha").
   */
  reorder(needs: QuestionNeeds, hits: { unit: number; hit: AnswerJudgement & { relevance: number } }[]): void {
    const [first] = hits;
    if (first === undefined || needs.deedAsked === undefined || this.tellsDeed(needs, first.unit, true)) return;
    const best = this.index.sentenceAt(first.unit);
    // A lede sums the story up in many of its words, and may rank far ahead of the sentence telling the deed.
    const floor = best !== undefined && isLede(best.sentence) ? 0 : DEED_MIN_RELEVANCE * first.hit.relevance;
    // Of the same article, as for the doer of a who-question (see Reranking.doerFirst).
    const doing = promoteRunnerUp(
      hits,
      DEED_RUNNERS_UP,
      ({ unit, hit }) => this.index.sentenceAt(unit)?.document === best?.document && hit.relevance >= floor && (hit.holdsNames || !first.hit.holdsNames) && this.tellsDeed(needs, unit),
    );
    if (doing !== undefined) keepBestJudgement(doing.hit, first.hit);
  }

  private means(term: QueryTerm, key: string): boolean {
    return meansDeedWord(term, key, (word) => this.index.termId(word));
  }
}

/**
 * True when an index key is the question word's or one of its variants at least MIN_WEIGHT close
 * (of those given: a document's own, see QueryTerm.variantsWhereAbsent).
 */
export function meansDeedWord(term: QueryTerm, key: string, termId: (key: string) => number | undefined, variants: readonly TermVariant[] = term.variants): boolean {
  if (key === term.key) return true;
  const id = termId(key);
  return id !== undefined && variants.some((variant) => variant.term === id && variant.weight >= MIN_WEIGHT);
}
