import { nounPhraseFrom, POSSESSIVES, type QuestionLexicon } from "./question-grammar.ts";
import type { Tagged } from "./tagging.ts";
import { isPastVerbForm, lemmaOf } from "./terms.ts";
import { isLightVerb } from "./text.ts";

// A when-question looks ahead with a modal, "going to", a plan or "next" ("when is next year's race?",
// "when does the council expect…"), or a time set for it ("when is the ferry due?").
const AHEAD_WORDS = /\b(?:will|shall|would|could|should|might|must|gonna|going to|next|upcoming|expects?)\b/;
const SET_FOR_WORDS = /\b(?:expected|due)\b/;

// The auxiliaries a question's verb group opens with.
const AUXILIARY = /\b(?:did|was|were|had|do|does|is|are|am|has|have|will|would|shall|should|can|could|may|might|must)\b/;
// Those of the past, which no modal joins in one verb group.
const PAST_AUXILIARIES_OPENING = new Set(["did", "was", "were", "had"]);

/**
 * True when a when-question's clause asks of a time still to come (see AHEAD_WORDS). A time set told
 * in the past was ahead then: "When was Ashworth due back at work?" asks a time that may have passed.
 * A clause opening on an auxiliary of the past asks of the past, whatever a clause within it says:
 * "When did he realise he could win?", "When did the council vote that the road should close?".
 */
export function asksAhead(clause: string): boolean {
  if (PAST_AUXILIARIES_OPENING.has(AUXILIARY.exec(clause)?.[0] ?? "")) return false;
  return AHEAD_WORDS.test(clause) || SET_FOR_WORDS.test(clause);
}
// A negation, typed with or without its apostrophe ("didn't", "didnt", "cant", "not").
export const NEGATION = /\b(?:not|never|no longer|(?:do|does|did|is|are|was|were|has|have|had|ca|could|would|should|wo|must|need|ai)n['’]?t)\b/;
// A yes-no question: one opening with an auxiliary.
export const OPENS_YES_NO = /^\s*(?:is|are|was|were|am|do|does|did|has|have|had|will|would|shall|can|could|should|may|might|must)(?:n't)?\b/;
// A yes-no question about what has happened, opening with an auxiliary of the past or the perfect.
export const OPENS_PAST_YES_NO = /^\s*(?:did|was|were|has|have|had)(?:n't)?\b/;
// A yes-no question opening with a modal of the future, or a form of "be" going on with "going to".
export const ASKS_WHETHER_AHEAD = /^\s*(?:will|won't|would|shall|(?:is|are|am)\b.*\b(?:going to|gonna))\b/;
// "When could the fire have started?", "when should the council have acted?": a modal before a
// perfect looks back ("will have finished" still looks ahead; "could we have the results" has no participle).
const MODAL_PERFECT = /\b(?:would|could|should|might|must)\b((?:\s+[\w'-]+){0,3}?)\s+have\s+([a-z]+)\b/g;

/** The clause without its modal perfects ("could the fire have started"), which tell the past. */
export function withoutModalPerfects(clause: string): string {
  return clause.replace(MODAL_PERFECT, (whole, _between: string, after: string) => (isPastVerbForm(after) ? " " : whole));
}

// Adverbs that ask whether something happened on other occasions: "does she regularly…", "previously".
const REPEATING_ADVERBS = new Set(["previously", "regularly", "often", "frequently", "repeatedly", "usually"]);
// What may follow an adverbial "before", which ends its clause: "met before?", "met before this trip",
// "…before or nah".
const AFTER_ADVERBIAL_BEFORE = /^(?:this|that|now|or|then)$/;
// What stands between a possessive and its noun: "before his second trip", "before her recent visit".
const NOUN_MODIFIERS: ReadonlySet<string> = new Set(["ADJ", "NUM"]);
// The auxiliaries looking ahead, with which "ever" means at any time to come ("will they ever
// reopen?", "are they ever bringing it back?"), not on an earlier occasion.
const AHEAD_AUXILIARIES: ReadonlySet<string> = new Set(["will", "would", "shall", "is", "are", "am"]);

// "What else", "who else", "what other", "which other", "any other"; "besides", "apart from", "aside
// from", "in addition to", "other than" (see QuestionShape.asksForMore).
export const ASKS_FOR_MORE = /\b(?:what|who|where|anything|anyone|anybody|something|someone) else\b|\b(?:what|which|any) other\b|\b(?:besides|apart from|aside from|in addition to|other than)\b/;

/**
 * True when a question asks about earlier or repeated occasions: "ever" before its verb ("has he ever
 * met…"; not "the biggest fine ever", nor "will they ever reopen?", which looks ahead), "before"
 * ending its clause ("met before?", "met before this trip?", "before his trip?"; not "before heading
 * to Russia", a time, nor "before his death"), or an adverb of repetition ("does she regularly…").
 */
export function asksEarlierOccasions({ texts, partsOfSpeech }: Tagged, lexicon: QuestionLexicon): boolean {
  return texts.some((text, at) => {
    if (text === "ever") return partsOfSpeech[at + 1] === "VERB" && !AHEAD_AUXILIARIES.has(auxiliaryBefore({ texts, partsOfSpeech }, at) ?? "");
    if (text === "before") return at === texts.length - 1 || partsOfSpeech[at + 1] === "PUNCT" || AFTER_ADVERBIAL_BEFORE.test(texts[at + 1] ?? "") || occasionAfter({ texts, partsOfSpeech }, at + 1, lexicon);
    return REPEATING_ADVERBS.has(text) && texts[at - 1] !== "how";
  });
}

/**
 * The auxiliary nearest before `at`, which governs the verb after it: "has" in "is this the first time
 * she has ever met him?", not the question's opening "is".
 */
function auxiliaryBefore({ texts, partsOfSpeech }: Tagged, at: number): string | undefined {
  for (let index = at - 1; index >= 0; index -= 1) if (partsOfSpeech[index] === "AUX") return texts[index];
  return undefined;
}

/**
 * True when a possessive at `at` leads an act of someone's ("before his trip", "before her second
 * visit"), the present occasion as in "before this trip", which they may have made before; not what
 * befalls them once ("before his death") nor a thing ("before her flight", first of all a group of planes).
 */
function occasionAfter({ texts, partsOfSpeech }: Tagged, at: number, lexicon: QuestionLexicon): boolean {
  if (!POSSESSIVES.has(texts[at] ?? "")) return false;
  let head = at + 1;
  while (NOUN_MODIFIERS.has(partsOfSpeech[head] ?? "")) head += 1;
  return partsOfSpeech[head] === "NOUN" && lexicon.namesAct(lemmaOf(texts[head] ?? ""));
}

// The auxiliaries of the past and the perfect: "did it happen?", "were they freed?", "has she agreed?".
export const PAST_AUXILIARIES = new Set(["did", "was", "were", "has", "have", "had"]);
// The auxiliary that takes a bare verb after its subject: "did the council vote…?".
const DO_SUPPORT = "did";
// "Got" and "get" make a passive of the participle after them ("how many hostages got freed?").
export const GET_PASSIVE = new Set(["got", "get", "gotten"]);

/**
 * The participle a "got" makes passive right after a how-many question's noun ("freed" in "how many
 * hostages got freed?"), which the past auxiliaries' reading (see pastEventVerb) does not see.
 */
export function participleAfterGot({ texts, partsOfSpeech }: Tagged, countedWord: string): string | undefined {
  const at = texts.indexOf(countedWord);
  if (at < 0 || !GET_PASSIVE.has(texts[at + 1] ?? "")) return undefined;
  const verbAt = at + 2;
  const verb = texts[verbAt] ?? "";
  return partsOfSpeech[verbAt] === "VERB" && lemmaOf(verb) !== verb && !verb.endsWith("ing") && !isLightVerb(verb) ? verb : undefined;
}

// Words that open a noun phrase and never stand alone: a participle after one describes the noun that follows.
const NOUN_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"]);
// Where the clause a question's auxiliary opens ends ("what did Putin warn would happen if…").
const CLAUSE_END = new Set(["AUX", "SCONJ", "PUNCT"]);
// Words opening a clause of time, place, cause or condition, which the tagger may read as an adverb
// or a preposition: "how many people were at the base when the fire broke out?" asks of no breaking
// out, and "how many were hurt after the bridge collapsed?" of the hurt.
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["when", "whenever", "while", "whilst", "where", "after", "before", "since", "until", "till", "once", "because", "although", "though", "unless", "if"]);
// The auxiliaries of a passive or a progressive after the one opening a question ("has the captain
// been suspended?", "were they being held?"): they go on with its verb, not a clause of their own.
const CHAINED_AUXILIARIES = new Set(["be", "been", "being"]);
// The past forms of "be" that open a passive question ("were any people arrested?").
const PAST_BE = new Set(["was", "were"]);
// Words that with "to" tell what was planned or foreseen, no event of their own: "how many people
// was the factory meant to employ?" asks of employing, as told by "was due to … employ 450 people".
const PLANNED = new Set(["meant", "supposed", "expected", "due", "set", "scheduled", "planned", "slated", "going"]);

/**
 * The main verb of a question about a past event: the last verb of the clause its past auxiliary
 * opens ("did any hostages get freed" → "freed"), not a light verb, an -ing form or an infinitive
 * or its clause ("agreed to pay" asks whether they agreed), past a passive's "been" ("has the captain been
 * suspended" → "suspended"), with whether a yes-no question asks it in the passive. None for
 * "what", "who" or "which", which take the event as told, and for "why", whose answer is an aim.
 */
export function pastEventVerb(question: string, tags: Tagged, lexicon: QuestionLexicon): { verb: string; asksPassive: boolean; complement: string | undefined; intended: boolean } | undefined {
  const { texts, partsOfSpeech } = tags;
  // "What did the survey find?", "who did they meet?" take the event as told and ask for its
  // object or its doer; "why" asks for the aim itself.
  if (/\b(?:why|what|who|whom|whose|which)\b/.test(question)) return undefined;
  const start = texts.findIndex((text, at) => partsOfSpeech[at] === "AUX" && PAST_AUXILIARIES.has(text));
  // "Where are callers being sent now that the rescue has closed?": a clause after the question's own
  // tells what has happened, and asks of no other event than the main clause's.
  if (start < 0 || texts.slice(1, start).some((text, at) => CLAUSE_OPENERS.has(text) || (text === "now" && texts[at + 2] === "that"))) return undefined;
  let verbAt = -1;
  let asksPassive = false;
  let intended = false;
  for (let at = start + 1; at < texts.length && (texts[at] === "-" || CHAINED_AUXILIARIES.has(texts[at] ?? "") || !CLAUSE_END.has(partsOfSpeech[at] ?? "")); at++) {
    const text = texts[at] ?? "";
    if (CLAUSE_OPENERS.has(text)) break;
    // An infinitive's clause is the aim or the content of the verb before it, not another event
    // asked: "did he want to sit down with Hamas to get the captives freed?" asks about wanting.
    // What was meant or due to happen is the infinitive's event, told as intended.
    if (text === "to" && partsOfSpeech[at] === "PART") {
      if (!PLANNED.has(texts[at - 1] ?? "")) break;
      intended = true;
      continue;
    }
    if (partsOfSpeech[at] === "VERB" && (partsOfSpeech[at - 1] !== "PART" || intended) && !text.endsWith("ing") && !isLightVerb(text) && !followsDescribingParticiple(texts, partsOfSpeech, at) && !describesNounAfter(texts, partsOfSpeech, at)) {
      verbAt = at;
      asksPassive = start === 0 && isPassiveParticiple(texts, start, at);
    }
  }
  if (verbAt < 0 && start === 0 && texts[start] === DO_SUPPORT) verbAt = bareVerbAfterSubject(tags, start, lexicon);
  const verb = texts[verbAt];
  // Only a yes-no question asks whether its event happened at all ("where did he want to bargain?"
  // takes it as told), and a passive's participle has no object ("freed after the talks").
  return verb === undefined ? undefined : { verb, asksPassive, complement: start === 0 && !asksPassive ? complementOf(tags, verbAt) : undefined, intended };
}

/**
 * True when the word at `at` closes the question after a determiner and a participle that describes
 * it, so that it is a noun the tagger read as a verb: "match" in "were in the room for the deciding
 * match?"; not "lead" in "did the meeting lead to the release?", whose clause goes on.
 */
function followsDescribingParticiple(texts: readonly string[], partsOfSpeech: readonly string[], at: number): boolean {
  return (texts[at - 1] ?? "").endsWith("ing") && partsOfSpeech[at - 2] === "DET" && (at + 1 >= texts.length || partsOfSpeech[at + 1] === "PUNCT");
}

/**
 * True when the verb at `at` stands between an article or a possessive and a noun, a participle
 * describing the noun ("the leaked paper" in "how many pages did the leaked paper have?"): no event
 * asked. Not after "each" or "all", which may stand alone ("how much did each cost taxpayers?").
 */
function describesNounAfter(texts: readonly string[], partsOfSpeech: readonly string[], at: number): boolean {
  return NOUN_OPENERS.has(texts[at - 1] ?? "") && partsOfSpeech[at + 1] === "NOUN";
}

/**
 * Where the bare verb a yes-no question's opening "did" calls for stands when the tagger read it as
 * one more noun of the subject ("Did the Crewes appeal the ruling?", "did the council vote on the plan?"): the first word
 * after the subject's first noun or name that the dictionary knows as a verb in that very form; -1 for none.
 */
function bareVerbAfterSubject({ texts, partsOfSpeech }: Tagged, start: number, lexicon: QuestionLexicon): number {
  for (let at = start + 2; at < texts.length && !CLAUSE_END.has(partsOfSpeech[at] ?? ""); at++) {
    const text = texts[at] ?? "";
    const afterNoun = partsOfSpeech[at - 1] === "NOUN" || partsOfSpeech[at - 1] === "PROPN";
    if (afterNoun && partsOfSpeech[at] === "NOUN" && lemmaOf(text) === text && lexicon.isVerb(text) && !isLightVerb(text)) return at;
    if (partsOfSpeech[at] === "VERB" || partsOfSpeech[at] === "ADP") return -1;
  }
  return -1;
}

/**
 * What a question's event verb is about: the infinitive it takes ("free" in "did Hamas agree to
 * free the hostages?") or the head of the noun phrase after it, past one preposition ("release" in
 * "did the talks lead to the release of hostages?", "declaration" in "has the state approved the
 * disaster declaration?").
 */
function complementOf(tags: Tagged, verbAt: number): string | undefined {
  const { texts, partsOfSpeech } = tags;
  const next = verbAt + 1;
  if (partsOfSpeech[next] === "PART" && texts[next] === "to" && partsOfSpeech[next + 1] === "VERB") return texts[next + 1];
  return nounPhraseFrom(tags, partsOfSpeech[next] === "ADP" ? next + 1 : next).head;
}

/**
 * True when the verb at `at` is a participle a form of "be" makes passive: "was" or "were" opening
 * the clause, or "been" after it ("has the captain been suspended?"). A word that is its own base
 * form ("was it like…", tagged a verb) is no participle.
 */
function isPassiveParticiple(texts: readonly string[], start: number, at: number): boolean {
  const text = texts[at] ?? "";
  return lemmaOf(text) !== text && (PAST_BE.has(texts[start] ?? "") || texts.slice(start + 1, at).includes("been"));
}
