import { AGE_MEASURE, AGE_THEN_MEASURE, FAR_BACK_MEASURE, SPEED_OF_DEED } from "./measurements.ts";
import { FORMS_OF_BE, isPlural, nounPhraseFrom, nounRunIn, PARTICIPLE, UNTAGGED, type QuestionLexicon } from "./question-grammar.ts";
import { tagged, VERB_FORM_ENDING, type Tagged } from "./tagging.ts";
import { lemmaOf } from "./terms.ts";
import { isLightVerb } from "./text.ts";

// "How long", "how deep", "how old": the adjective names the dimension of a measurement, and
// the text gives the measurement ("48 metres"), rarely the adjective.
const MEASURED_ADJECTIVES: ReadonlySet<string> = new Set([
  "long", "far", "deep", "tall", "high", "old", "big", "large", "small", "wide", "heavy", "often", "fast", "soon", "expensive",
  "close", "hot", "cold", "loud",
]);
const MEASURE_QUESTION = new RegExp(`\\bhow (${[...MEASURED_ADJECTIVES].join("|")})\\b`);
// "How much does the meteorite weigh?" asks how heavy it is, as "how heavy" does: "weigh" is the
// verb of that dimension, as "cost" is of a price.
const WEIGHED = /\bhow much\b.*\bweigh(?:s|ed)?\b/;
const WEIGHED_DIMENSION = "heavy";
// "How chilly", "how lengthy": an adjective after "how" may be one of those in other words.
const HOW_ADJECTIVE = /\bhow ([a-z]+)\b/;

// "How much longer", "how much deeper": a difference in that dimension, given in its unit ("the
// detour added nearly two hours"); ages differ by a span of years ("three years older").
export const COMPARED_MEASURE =
  /\bhow much (longer|further|farther|deeper|taller|higher|older|bigger|larger|smaller|wider|heavier|faster|sooner|closer|hotter|colder)\b/;
export const DIMENSION_COMPARED: Readonly<Record<string, string>> = {
  longer: "long", further: "far", farther: "far", deeper: "deep", taller: "tall", higher: "high", older: "long",
  bigger: "big", larger: "large", smaller: "small", wider: "wide", heavier: "heavy", faster: "fast", sooner: "soon",
  closer: "close", hotter: "hot", colder: "cold",
};

// "How many fewer caterpillars", "how many more nurses": the count asked is a difference.
export const DIFFERENCE_ASKED = /\bhow many (?:more|fewer|less)\b/;

/**
 * The head noun of what a measuring question's adjective measures: after it and an auxiliary ("how
 * old is the market building"), or its article ("how long a diversion"), the last common noun before
 * any prepositional phrase ("the trip across the estuary"). None when that is a name only.
 */
export function measuredNoun(tags: Tagged, adjective: string): string | undefined {
  const { texts, partsOfSpeech } = tags;
  const at = texts.findIndex((text, index) => text === adjective && (texts[index - 1] === "how" || texts[index - 1] === "much"));
  if (at < 0) return undefined;
  const next = partsOfSpeech[at + 1];
  if (next !== "AUX" && next !== "DET") return undefined;
  const { head, end } = nounPhraseFrom(tags, next === "AUX" ? at + 2 : at + 1);
  // After "is", the phrase ending the question holds no verb of its own: a last word the tagger reads
  // as one is the noun it ends with ("How tall is the stone cross?" measures the cross).
  const last = texts[end] ?? "";
  const endsWithNoun = FORMS_OF_BE.has(texts[at + 1] ?? "") && head !== undefined && partsOfSpeech[end] === "VERB" && (end + 1 >= texts.length || partsOfSpeech[end + 1] === "PUNCT") && !VERB_FORM_ENDING.test(last);
  return endsWithNoun ? last : head;
}

// What the phrase after "how old are" may hold before its head: "the gritting lorries", "Parrish
// Surfacing's employees" (the tagger reads "gritting" and "Surfacing" as verbs).
const AGED_PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);

/**
 * The things of which a how-old question asks an age, when it asks of many ("how old are the
 * hospital's doctors?", "how old are Northmere's planes on average?"): the plural head noun after
 * "how old" and its auxiliary, past any possessive. None when it asks of one thing or a name.
 */
export function agedMany({ texts, partsOfSpeech }: Tagged): string | undefined {
  const at = texts.findIndex((text, index) => text === AGE_MEASURE && texts[index - 1] === "how");
  if (at < 0 || partsOfSpeech[at + 1] !== "AUX") return undefined;
  let head: string | undefined;
  for (let next = at + 2; next < texts.length; next++) {
    const tag = partsOfSpeech[next] ?? "";
    if (!AGED_PHRASE.has(tag) && !(tag === "VERB" && PARTICIPLE.test(texts[next] ?? ""))) break;
    if (tag === "NOUN") head = texts[next];
  }
  return head !== undefined && isPlural(head) ? head : undefined;
}

/** What a what-question naming a measure measures (see QuestionShape.measuredWord and measuresThing). */
type MeasuredThing = { measuredWord?: string; measuresThing?: true };

/**
 * The thing measured, from the noun phrase at `start`: its head (or its last word, where the tagger
 * reads a noun ending the question as an adjective: "the speed of light"), and whether the question
 * asks its measure alone, after a form of "be" and before no verb of its own.
 */
function measuredThingAt(tags: Tagged, start: number, afterBe: boolean): MeasuredThing {
  const { texts, partsOfSpeech } = tags;
  const { head, end } = nounPhraseFrom(tags, start);
  const word = head ?? (partsOfSpeech[end - 1] === "ADJ" && end > start ? texts[end - 1] : undefined);
  if (word === undefined) return {};
  return afterBe && partsOfSpeech[end] !== "VERB" && partsOfSpeech[end] !== "AUX" ? { measuredWord: word, measuresThing: true } : { measuredWord: word };
}

/**
 * The noun a what-question asks the value of when it names a measure ("what is the speed of light?",
 * "what size is the canvas?", "what is the ferry's top speed?"), the measuring adjective it is the
 * attribute of (WordNet's link from "speed" to "fast", "size" to "large"), and the thing it measures:
 * the phrase after "of", before "'s", or after "what <noun> is".
 */
export function measureNounAsked(tags: Tagged, lexicon: QuestionLexicon): ({ noun: string; dimension: string } & MeasuredThing) | undefined {
  const { texts, partsOfSpeech } = tags;
  const what = texts.findIndex((text) => text === "what" || text === "whats" || text === "which");
  if (what < 0) return undefined;
  // "Which" and a plural pick among things ("which degrees will it stop offering?"); "what temperatures
  // were recorded" still asks values.
  const picksAmong = texts[what] === "which" && isPlural(texts[what + 1] ?? "");
  const dimensionOf = (noun: string) => (picksAmong ? undefined : lexicon.attributeValues(lemmaOf(noun)).find((adjective) => MEASURED_ADJECTIVES.has(adjective)));
  // "What size is the canvas?", "what level is the reservoir at?"
  const asked = texts[what + 1];
  if (asked !== undefined && partsOfSpeech[what + 1] === "NOUN" && partsOfSpeech[what + 2] === "AUX") {
    const dimension = dimensionOf(asked);
    return dimension === undefined ? undefined : { noun: asked, dimension, ...measuredThingAt(tags, what + 3, FORMS_OF_BE.has(texts[what + 2] ?? "")) };
  }
  // "What is the speed of light?", "whats the ferry's top speed?"
  const afterBe = texts[what] === "whats" || FORMS_OF_BE.has(texts[what + 1] ?? "");
  const start = partsOfSpeech[what + 1] === "AUX" ? what + 2 : what + 1;
  const phrase = nounPhraseFrom(tags, start);
  const owned = texts[phrase.end] === "'s" ? nounPhraseFrom(tags, phrase.end + 1) : undefined;
  const noun = owned?.head ?? phrase.head;
  const dimension = noun === undefined ? undefined : dimensionOf(noun);
  if (noun === undefined || dimension === undefined) return undefined;
  if (owned !== undefined) return { noun, dimension, ...measuredThingAt(tags, start, false), ...(afterBe && partsOfSpeech[owned.end] !== "VERB" ? { measuresThing: true } : {}) };
  if (texts[phrase.end] !== "of") return { noun, dimension };
  // "the size of the council's debt" measures the debt.
  const measured = nounPhraseFrom(tags, phrase.end + 1);
  return { noun, dimension, ...measuredThingAt(tags, texts[measured.end] === "'s" ? measured.end + 1 : phrase.end + 1, afterBe) };
}

// "How long has she been mayor?" asks since when, as does a question told in another's words ("what
// did he say about how long the forest has been surveyed?"); "how long is she staying?" and "how long
// does the firm have to appeal?" do not.
// A chat may drop the perfect's "has" ("how long they been doing this"): "been" alone is a perfect still.
const PERFECT_HOW_LONG = /\bhow long(?:'s| has| have| had|(?: [\w'-]+){1,4} (?:has|have|had) (?:been|[a-z]+(?:ed|en|wn|ght))|(?: [\w'-]+){1,4} been)\b/;
// The same asked in the chat's word order, the perfect first: "russia's been talking to hamas for how
// long now", "russia been talking…"; not a perfect of a clause before another verb ("the wing they've
// opened is how long?", "the path's been built to be how long?"), which asks a length.
const PERFECT_BEFORE_HOW_LONG = /(?:(?:\b(?:has|have|had)|'s|'ve|'d) (?:been|[a-z]+(?:ed|en|wn|ght))|\bbeen)\b(?:(?!\b(?:is|are|was|were|be)\b).)*\bhow long\b/;
// "How long did the final last?", "how long will the repairs take?": how much time, not an end ("until autumn") or a length.
// "Last" as the verb ends the question ("how long has it been since the last strike" asks no such thing),
// and "take" is no phrasal verb ("how long a runway do the bombers take off from?" asks a length).
const LASTING = /\bhow long\b.*(?:\b(?:take|takes|took|taken|taking)\b(?!\s+(?:off|over|part|place|apart)\b)|\blast(?:s|ed)?\s*\??\s*$)/;
// The deed whose time "how long… take… to" asks: "how long will it take to demolish the towers?",
// "how long did it take the crews to clear the line?".
const DEED_TAKING_TIME = /\bhow long\b.*\b(?:take|takes|took|taken|taking)\b(?:\s+[a-z'-]+){0,3}?\s+to\s+([a-z]+)\b/;

// Verbs telling only where a deed stands, the deed being their object ("take to finish the survey"
// asks how long the survey took), and light verbs, which tell no deed of their own ("take to get there").
const NO_DEED_OF_THEIR_OWN = new Set(["finish", "complete", "end", "start", "begin"]);

/**
 * The verb of the deed a how-long question asks the time of ("demolish" in "how long will it take to
 * demolish the towers?"): a span beside another deed is that deed's ("inspections will need three
 * more months"). `isVerb` tells a verb from a place after "to" ("how long does it take to Leeds?").
 */
export function deedTakingTime(question: string, isVerb: (word: string) => boolean): string | undefined {
  const deed = DEED_TAKING_TIME.exec(question)?.[1];
  return deed !== undefined && isVerb(deed) && !NO_DEED_OF_THEIR_OWN.has(deed) && !isLightVerb(deed) ? deed : undefined;
}

// "How long will the strike last?" is answered by when it ends too ("will run until Friday"): what
// is still to come is told by its end more often than by its length.
const LASTING_AHEAD = /\bhow long\b.*\b(?:will|going to)\b.*\blast\s*\??\s*$/;

/**
 * The adjective a measuring question asks "how" of, and the dimension it measures: itself for "how
 * long", "how deep"; for another, the one the dictionary files it under ("how chilly" measures the
 * cold, "how lengthy" the length); for an adverb, its adjective's ("how quickly" measures the speed),
 * or the one it means ("how frequently" asks how often).
 * None for a question that measures nothing.
 */
export function measuredAdjective(text: string, lexicon: QuestionLexicon): { word: string; dimension: string } | undefined {
  const known = MEASURE_QUESTION.exec(text)?.[1];
  if (known !== undefined) return { word: known, dimension: known };
  // Framed by the dimension's adjective, which the answer seldom says: "weigh" stays a word of the
  // question, which it mostly does ("weighs 812 kilograms", not "a prize of 500 pounds").
  if (WEIGHED.test(text)) return { word: WEIGHED_DIMENSION, dimension: WEIGHED_DIMENSION };
  const word = HOW_ADJECTIVE.exec(text)?.[1];
  if (word === undefined) return undefined;
  const isAdjective = lexicon.adjectiveHeads(word).length > 0;
  // An adverb, no adjective, meaning one asked of measures what it does: "how frequently" asks "how
  // often"; "how tight" asks no speed, though "held tight" is "held fast".
  const synonym = isAdjective ? undefined : lexicon.adverbSynonyms(word).find((other) => MEASURED_ADJECTIVES.has(other));
  if (synonym !== undefined) return { word, dimension: synonym };
  const adjective = isAdjective ? word : lexicon.adjectiveOfAdverb(word) ?? word;
  // Only a shade of other adjectives in every sense: one that heads a sense of its own ("how senior",
  // "how steep", "how closely") asks about that, whatever its rarer senses lean on.
  const heads = lexicon.adjectiveHeads(adjective);
  const dimension = heads.includes(adjective) ? undefined : heads.find((head) => MEASURED_ADJECTIVES.has(head));
  if (dimension === undefined) return undefined;
  // "How quickly did the fire reach the road?" asks how soon it was done, as often told by the time it took.
  return { word, dimension: dimension === "fast" && adjective !== word ? SPEED_OF_DEED : dimension };
}

/** "How much longer" wants a span's amount, which its end does not give; other dimensions as asked. */
export function comparedMeasure(dimension: string): string {
  return dimension === "long" ? "long more" : dimension;
}

// "How far" before a word of relative place asks by how much one is past or short of another.
const FAR_RELATIVE = /\bhow far (?:under|over|above|below|ahead|behind|short|beyond|off)\b/;
// An age asked at a past moment the question names: "how old was she when…", "at what age did he…".
// Not "how old was Petra Young?", which asks her age when the story was told ("Petra Young, 33,"),
// nor "how old is Rose, who was leading the rescue?".
const AGE_THEN_ASKED = /\bhow old (?:was|were)\b.*\bwhen\b|\bat what age (?:did|was|were)\b/;
// A margin asked by "how far": no measure of distance, any figure.
const MARGIN = "margin";
// "How far back does the custom go?" asks how long ago, which a time ("to 1728"), a span ("roughly
// 18 months") or what it goes back to ("as far as Balzac") tells: no distance.
const FAR_BACK = /\bhow far back\b/;

/**
 * "How long" is answered by a span ("for 14 months", "48 metres") or its end ("until Monday");
 * asked in the perfect, by its start too ("has run the town since 2015"); "how long ago" by a date.
 * "How far under…" asks a margin, which no measure of distance bounds ("1.5kg under").
 * "How old was she when…", "at what age did he…" ask an age at a past moment, which "at the age of
 * 28" tells as well as "Ruiz, 27,".
 */
export function measureAsked(framingWord: string, question: string): string {
  if (framingWord === "far" && FAR_RELATIVE.test(question)) return MARGIN;
  if (framingWord === "far" && FAR_BACK.test(question)) return FAR_BACK_MEASURE;
  if (framingWord === AGE_MEASURE) return AGE_THEN_ASKED.test(question) ? AGE_THEN_MEASURE : AGE_MEASURE;
  if (framingWord !== "long") return framingWord;
  if (/\bhow long ago\b/.test(question)) return "long ago";
  if (LASTING.test(question) && !LASTING_AHEAD.test(question)) return "duration";
  return PERFECT_HOW_LONG.test(question) || PERFECT_BEFORE_HOW_LONG.test(question) ? "long since" : "long";
}

/**
 * The head noun right after "how many/much": the last noun of the adjective-noun run that follows.
 * What "how many" counts is plural, so a singular noun after a plural one is no part of it: the
 * tagger may read the verb as a noun ("how many passengers use the line": "use" is the verb).
 */
export function countedNoun(question: string): string | undefined {
  const asked = /\bhow (many|much)\s+(.*)$/.exec(question);
  const countsMany = asked?.[1] === "many";
  const words = asked?.[2] ? tagged(asked[2]) : UNTAGGED;
  const run = nounRunIn(words, countsMany);
  // A collective noun has no plural form to end the run, and the tagger may read the verb after it
  // as a noun: "how many staff work at…" (no verb left) counts the staff; "how many council staff
  // were sent home?" still has its verb.
  const hasVerb = words.partsOfSpeech.some((pos) => pos === "VERB" || pos === "AUX");
  if (countsMany && run.length > 1 && !run.some(isPlural) && !hasVerb) return run.at(-2);
  return run.at(-1);
}

// Ages, lengths, spans of time and temperatures always come as a number in their unit ("Ruiz, 27,",
// "212 metres", "for six days", "just 4C") or as a span's end or start (see measureAsked): "since
// their attack" does not say how long a visit lasts, nor "a cold snap" how cold it was. "How big" or
// "how high" may be answered by a sum of money or a percentage.
export const ALWAYS_IN_UNITS = new Set([AGE_MEASURE, "deep", "tall", "wide", "far", "long", "hot", "cold"]);
