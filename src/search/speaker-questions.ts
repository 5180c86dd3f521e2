import { ATTRIBUTING_VERB, opensAttribution } from "./attribution.ts";
import { BE_FORMS, NOMINAL } from "./clause-parts.ts";
import { POSSESSIVE } from "./measurements.ts";
import { bareVerbAfterParticiple, nounPhraseFrom } from "./question-grammar.ts";
import { NOUNS, type Tagged } from "./tagging.ts";
import { lemmaOf } from "./terms.ts";
import { isLightVerb } from "./text.ts";

// What a passive participle is followed by when it tells what its subject is held to be: "for", or
// "as" closing the question ("What was the mill known as?"; "told as the water rose" tells when).
function tellsHeldToBe(texts: readonly string[], after: number): boolean {
  const next = texts[after];
  return next === "for" || (next === "as" && (texts[after + 1] === undefined || texts[after + 1] === "?"));
}

// "What are the sails made of?" asks what they are made from, not what anyone made of them.
function tellsMaterial(texts: readonly string[], verb: number): boolean {
  return lemmaOf(texts[verb] ?? "") === "make" && (texts[verb + 1] === "of" || texts[verb + 1] === "from");
}

/**
 * The one a "what did X say", "how did X react" or "did X say…" question asks about, and its verb:
 * the noun phrase right after the auxiliary that follows "what" or "how" or opens the question, then
 * a verb; in the passive only a verb telling somebody something (`addressesPerson`). The tagger
 * reads a bare verb after a name typed in lower case as one more noun ("what did councilor bethan
 * royal say about…"), so the last of several nouns closing the phrase may be the verb; only the
 * dictionary can tell (see KnowledgeBase).
 */
export function speakerAsked({ texts, partsOfSpeech }: Tagged, addressesPerson: (verb: string) => boolean): SpeakerAsked | undefined {
  const start = texts.findIndex((_text, at) => partsOfSpeech[at] === "AUX" && (at === 0 || /^(?:what|how)$/.test(texts[at - 1] ?? "")));
  if (start < 0) return undefined;
  // A hyphen joins a double name ("farr-bishop"); a possessive names the one asked about by another
  // ("the composer's niece").
  let end = start + 1;
  while (end < texts.length && (texts[end] === "-" || isPossessiveAfterNoun({ texts, partsOfSpeech }, end) || NOMINAL.has(partsOfSpeech[end] ?? ""))) end++;
  const nouns = texts.slice(start + 1, end).filter((_, at) => NOUNS.has(partsOfSpeech[start + 1 + at] ?? ""));
  // An adverb may stand between the one asked about and the verb ("what did putin even say"), not
  // before a light verb, which tells an event ("did any hostages actually get freed").
  let verb = end;
  while (partsOfSpeech[verb] === "ADV") verb++;
  const phrase = texts.slice(start + 1, end);
  // Two verbs closing the phrase: the first is a name typed in lower case ("what did agnes borrow say"),
  // when the second has the bare form "did" or a modal calls for: in "what did the police say
  // happened" the second is what was said.
  const second = texts[verb + 1] ?? "";
  const formFits = !BARE_VERB_AFTER.has(texts[start] ?? "") || lemmaOf(second) === second;
  if (verb === end && nouns.length > 0 && partsOfSpeech[verb] === "VERB" && partsOfSpeech[verb + 1] === "VERB" && formFits && closesAt(partsOfSpeech, verb + 2)) {
    return speakerOf([texts[verb] ?? ""], texts[verb + 1], texts.slice(start + 1, verb + 1), settingAfter({ texts, partsOfSpeech }, verb + 1, addressesPerson));
  }
  const afterParticiple = BARE_VERB_AFTER.has(texts[start] ?? "") ? bareVerbAfterParticiple({ texts, partsOfSpeech }, verb) : undefined;
  if (afterParticiple !== undefined) return speakerOf(nouns, texts[afterParticiple], phrase, settingAfter({ texts, partsOfSpeech }, afterParticiple, addressesPerson));
  if (partsOfSpeech[verb] === "VERB" && (verb === end || !isLightVerb(texts[verb] ?? ""))) {
    // A passive names the one something was done to: "Was Marzook photographed…?", "What were the talks
    // meant to achieve?"; but who was told something ("What were the relatives told?") is asked as the one speaking is.
    // Nor is one known or remembered for something, or as something ("What is the café known
    // for?"): that asks what it is held to be, not what it was told.
    if (BE_FORMS.has(texts[start] ?? "") && isParticiple(texts[verb] ?? "") && (!addressesPerson(texts[verb] ?? "") || tellsHeldToBe(texts, verb + 1) || tellsMaterial(texts, verb))) return undefined;
    return speakerOf(nouns, texts[verb], phrase, settingAfter({ texts, partsOfSpeech }, verb, addressesPerson));
  }
  // Only where a bare verb may stand, or after "is" an -ing form ("What is the society planning?"):
  // else the phrase's last noun is a noun ("What is Mikhail Bogdanov's title?").
  const verbFits = BARE_VERB_AFTER.has(texts[start] ?? "") || GERUND.test(nouns.at(-1) ?? "");
  return verbFits && closesAt(partsOfSpeech, end) && partsOfSpeech[end - 1] === "NOUN" && nouns.length > 1 ? speakerOf(nouns.slice(0, -1), nouns.at(-1), phrase.slice(0, -1)) : undefined;
}

/** True for a past participle ("photographed", "told", "meant"), not a present one ("saying"). */
function isParticiple(verb: string): boolean {
  return !GERUND.test(verb) && lemmaOf(verb) !== verb;
}

// How the one an indirect question asks about is named: "the conservation lady", "putin".
const INDIRECT_SUBJECT_START = new Set(["DET", "NOUN", "PROPN"]);

/**
 * The one a question asked in a chat's frame asks about, the frame gone ("does anyone know how the
 * conservation lady reacted when she saw the face"): "how" or "what" opening it, the noun phrase
 * after, then a verb no auxiliary comes before ("reacted", "said").
 */
export function speakerAskedIndirectly({ texts, partsOfSpeech }: Tagged): SpeakerAsked | undefined {
  // Not "how many owners asked…", which asks a count.
  if (!/^(?:what|how)$/.test(texts[0] ?? "") || !INDIRECT_SUBJECT_START.has(partsOfSpeech[1] ?? "")) return undefined;
  let verb = 1;
  while (verb < texts.length && (texts[verb] === "-" || isPossessiveAfterNoun({ texts, partsOfSpeech }, verb) || NOMINAL.has(partsOfSpeech[verb] ?? ""))) verb++;
  const said = texts[verb] ?? "";
  if (partsOfSpeech[verb] !== "VERB" || lemmaOf(said) === said) return undefined;
  const nouns = texts.slice(1, verb).filter((_, at) => NOUNS.has(partsOfSpeech[1 + at] ?? ""));
  return speakerOf(nouns, said, texts.slice(1, verb), settingAfter({ texts, partsOfSpeech }, verb));
}

// The possessive of a plural: "the residents' complaint".
const PLAIN_APOSTROPHE = /^['’]$/;
// Nouns of what someone says in answer or in their own view, each with the verb it tells: "What was
// Lavrov's response to the visit?" asks what "How did Lavrov respond to the visit?" asks. Not a
// "reaction", most often a deed ("forty residents walked out of the public gallery").
const WORDS_OF_RESPONSE: ReadonlyMap<string, string> = new Map([
  ["response", "respond"],
  ["reply", "reply"],
  ["answer", "answer"],
  ["comment", "comment"],
  ["opinion", "think"],
  ["explanation", "explain"],
  ["excuse", "explain"],
  ["complaint", "complain"],
  ["warning", "warn"],
  ["statement", "state"],
  ["remark", "remark"],
]);

/**
 * The one a "what was X's response…" question asks what they said, and the verb its noun tells:
 * "what", a form of "be", the possessor ("the mayor's", "residents'") and a noun of responding.
 */
export function speakerAskedByResponse(tags: Tagged): SpeakerAsked | undefined {
  const { texts, partsOfSpeech } = tags;
  if (texts[0] !== "what" || !BE_FORMS.has(texts[1] ?? "")) return undefined;
  let end = 2;
  while (end < texts.length && (texts[end] === "-" || NOMINAL.has(partsOfSpeech[end] ?? "")) && !POSSESSIVE.has(texts[end] ?? "")) end++;
  const possessive = isPossessiveAfterNoun(tags, end) || (PLAIN_APOSTROPHE.test(texts[end] ?? "") && NOUNS.has(partsOfSpeech[end - 1] ?? "") && (texts[end - 1] ?? "").endsWith("s"));
  if (!possessive) return undefined;
  const reportingVerb = WORDS_OF_RESPONSE.get(lemmaOf(texts[end + 1] ?? ""));
  const phrase = texts.slice(2, end);
  return speakerOf(phrase.filter((_, at) => NOUNS.has(partsOfSpeech[2 + at] ?? "")), reportingVerb, phrase, settingAfter(tags, end + 1));
}

/**
 * The source an attribution names ("Bogdanov" in "According to Bogdanov, what could a meeting help
 * with?", "judge" in "…, according to the judge?"), asked as the speaker of a "what did X say" question.
 */
export function sourceAsked(tags: Tagged): SpeakerAsked | undefined {
  const { texts, partsOfSpeech } = tags;
  const at = texts.findIndex((_text, index) => opensAttribution(texts, index));
  if (at < 0) return undefined;
  const { end } = nounPhraseFrom(tags, at + 2);
  const phrase = texts.slice(at + 2, end);
  return speakerOf(phrase.filter((_, index) => NOUNS.has(partsOfSpeech[at + 2 + index] ?? "")), ATTRIBUTING_VERB, phrase);
}

/**
 * The words telling to whom, when or where a "what did X say" question's verb was said: the noun
 * phrase it is said to ("tell the court about…", "say to the beekeepers"), when the phrase ends
 * there ("what did she say the museum can show" goes on with what was said), and the phrases after
 * it that tell an occasion ("in her apology video", "after the vote"), not "about" what. Right after
 * a verb telling nobody anything, a noun phrase is what was said ("say the full uniform costs
 * parents £186 on average", which the tagger reads as nouns alone), not whom it was said to.
 */
function settingAfter({ texts, partsOfSpeech }: Tagged, verb: number, addressesPerson: (verb: string) => boolean = () => true): SpeakersSetting {
  const toWhom = texts[verb + 1] === "to";
  const start = toWhom ? verb + 2 : verb + 1;
  // A possessive ("her apology video") and a gerund ("at his sentencing") stand in a noun phrase too.
  const inPhrase = (at: number) => texts[at] === "-" || NOMINAL.has(partsOfSpeech[at] ?? "") || partsOfSpeech[at] === "PRON" || (partsOfSpeech[at] === "VERB" && GERUND.test(texts[at] ?? ""));
  const phraseEnd = (from: number) => {
    let end = from;
    while (end < texts.length && inPhrase(end)) end++;
    return end;
  };
  let end = toWhom || addressesPerson(texts[verb] ?? "") ? phraseEnd(start) : start;
  const setting = texts.slice(start, end);
  // A clause telling the occasion ("react when he came across…") is no part of what was said.
  let occasion = occasionClauseAt({ texts, partsOfSpeech }, end);
  while (occasion.length === 0 && partsOfSpeech[end] === "ADP") {
    const next = phraseEnd(end + 1);
    if (OCCASION_PREPOSITIONS.has(texts[end] ?? "")) setting.push(...texts.slice(end + 1, next));
    end = next;
    occasion = occasionClauseAt({ texts, partsOfSpeech }, end);
  }
  // A clause goes on ("…say a land offensive in Gaza could lead to"): what follows the verb is what was said.
  if (occasion.length > 0) return { settingWords: [...setting, ...occasion], occasionClause: true };
  return { settingWords: closesAt(partsOfSpeech, end) ? setting : [] };
}

/**
 * The words of a clause telling when something was said or felt ("when he came across his dad's
 * entries", "after the church won"), opened at this word by a conjunction of time: none else.
 */
function occasionClauseAt({ texts, partsOfSpeech }: Tagged, at: number): string[] {
  if (!OCCASION_CONJUNCTIONS.has(texts[at] ?? "")) return [];
  const clause = texts.slice(at + 1).filter((_, index) => partsOfSpeech[at + 1 + index] !== "PUNCT");
  return partsOfSpeech.slice(at + 1).includes("VERB") ? clause : [];
}

// Conjunctions that open a clause telling when: "react when he saw…", "feel after the church won".
const OCCASION_CONJUNCTIONS = new Set(["when", "after", "once", "as", "while", "before"]);

const GERUND = /ing$/;
// The auxiliaries after which a verb is bare: "what did she say", "what will he tell them".
const BARE_VERB_AFTER = new Set(["do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must"]);
// Prepositions that open when or where something was said ("in her apology video", "at his sentencing", "after the vote").
const OCCASION_PREPOSITIONS = new Set(["in", "at", "after", "before", "during", "following"]);

/** The one a "what did X say" question asks about (see QuestionShape.speakerWord), their verb, the words naming them and those telling to whom, when or where. */
export interface SpeakerAsked {
  speakerWord: string;
  reportingVerb: string;
  speakerWords: string[];
  settingWords: string[];
  /** True when a clause tells the occasion (see QuestionShape.occasionClause). */
  occasionClause?: boolean;
}

/** To whom, when or where a "what did X say" question's speaker said it. */
type SpeakersSetting = Pick<SpeakerAsked, "settingWords" | "occasionClause">;

// What may follow a "what did X say" question's verb: "about…", "to…", "?".
const CLOSING = new Set(["ADP", "PUNCT"]);

/** True when the word is a possessive "'s" after a noun ("the composer's niece"). */
function isPossessiveAfterNoun({ texts, partsOfSpeech }: Tagged, at: number): boolean {
  return POSSESSIVE.has(texts[at] ?? "") && NOUNS.has(partsOfSpeech[at - 1] ?? "");
}

/** True when a "what did X say" question's verb may end at this word: the question's end, "about…", "to…", "?". */
function closesAt(partsOfSpeech: readonly string[], at: number): boolean {
  return at >= partsOfSpeech.length || CLOSING.has(partsOfSpeech[at] ?? "");
}

/** The last noun of the phrase as the speaker, with its verb, the words naming them and those telling to whom, when or where; nothing without both. */
function speakerOf(nouns: readonly string[], reportingVerb: string | undefined, phrase: readonly string[], setting: SpeakersSetting = { settingWords: [] }): SpeakerAsked | undefined {
  const speakerWord = nouns.at(-1);
  return speakerWord === undefined || reportingVerb === undefined ? undefined : { speakerWord, reportingVerb, speakerWords: [...phrase], ...setting };
}
