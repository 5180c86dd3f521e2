import { isTimeUnit } from "./measurements.ts";
import { FORMS_OF_BE, nounPhraseFrom, POSSESSIVES, type QuestionLexicon } from "./question-grammar.ts";
import { POSSESSIVE_ENDINGS, type Tagged } from "./tagging.ts";
import { isPastVerbForm, lemmaOf } from "./terms.ts";

// "What did the villa cost?", "what will it cost to repair?", "what did she pay for the mower?":
// "what" asks the sum "how much" does, before "cost" as a verb (not "the cost of…") ending the
// question or followed by what it took to do or a time ("what did it cost last year?"; "what did the
// red card cost Reyes?" asks what he lost), or "pay" with nothing after it or "for" and what was
// bought ("what was he trying to pay for?" asks what it bought). Not "paid" after a noun it tells of,
// before the question's own verb: "what should the taxes paid by corporations be used for?"; a "to be"
// later is a clause of its own ("what has the council paid the families who had to be rehoused?").
const WHAT_SUM =
  /\bwhat(?= (?:did|does|do|will|would|could|might|should|has|have|had) (?:[\w'-]+ ){0,6}?(?:(?<!\b(?:the|a|an|of|its|his|her|their|total|low) )cost(?=\s*\??\s*$| to [a-z]| (?:in|over|for|during|per|each|every|last|this|next|so far|altogether|overall|then|now|back)\b)|paid(?![\w\s'-]*\b(?<!\bto )be [a-z]+ed\b)|pay(?= for (?:the|a|an|his|her|their|its|this|that)\b|\s*\??\s*$))\b)/;

// "What is the scholarship worth?", "what's the ring worth now?": a worth asked by "what", with
// nothing after it but a time, is its value, as "how much is the ring worth?" asks.
const WHAT_WORTH = /\bwhat(?:'s|s| (is|was|are|were))(?= (?:[\w'-]+ ){1,5}?worth(?=\s*\??\s*$| (?:now|today|then|altogether|in total)\b))/;

// "What fee does the club charge?", "what fine did the court impose?": "what" and a noun of a sum for
// a thing before the question's auxiliary ask the sum, as "how much" does. Not "price", which is odds
// too ("what price did the bookies give the favourite?"), nor a person's pay ("what salary was she
// paid?"), which a sentence tells of them by a pronoun as often ("paid her a salary of £38,000").
const WHAT_SUM_NOUN = /\bwhat (?:sum|fee|fine|fare|rent)(?= (?:did|does|do|will|would|could|might|should|has|have|had|is|was|are|were)\b)/;

/** The question with a sum asked by "what" ("what did it cost?", "what fee does it charge?", "what is it worth?") asked by "how much", as it means. */
export function withSumAskedAsHowMuch(text: string): string {
  return text.replace(WHAT_SUM_NOUN, "how much").replace(WHAT_SUM, "how much").replace(WHAT_WORTH, (_what, verb: string | undefined) => `how much ${verb ?? "is"}`);
}

/** Verbs whose subject a "how much" question prices: the thing that costs, the one who earns. */
const PRICING_VERBS: ReadonlySet<string> = new Set(["cost", "earn"]);
/** Verbs of paying out and the preposition bringing in what was paid for: "pay for the car", "spend on lawyers". */
const PAID_FOR: ReadonlyMap<string, string> = new Map([
  ["pay", "for"],
  ["spend", "on"],
]);

/** Where a "how much" question's "much" stands and its first verb after it (-1 for either it lacks). */
function howMuchAndVerb({ texts, partsOfSpeech }: Tagged): { much: number; verb: number } {
  const much = texts.findIndex((text, at) => text === "much" && texts[at - 1] === "how");
  return { much, verb: partsOfSpeech.findIndex((tag, at) => at > much && tag === "VERB") };
}

/**
 * The head noun of the subject a "how much" question prices: right after "how much" and an
 * auxiliary, the last common noun before any prepositional phrase ("a nurse at Riverside General"),
 * or the last word of a name when it has none ("Lena Sorvik"), when the auxiliary is a form of "be",
 * the verb is "cost", or "get" makes a passive ("how much does a teacher get paid?": the one paid),
 * or the verb is "earn" ("how much do the tuners earn?": a sum beside no tuner is someone else's pay).
 */
export function pricedNoun(tags: Tagged, nameWords: ReadonlySet<string>): string | undefined {
  const { texts, partsOfSpeech } = tags;
  const much = texts.findIndex((text, at) => text === "much" && texts[at - 1] === "how");
  if (much < 0 || partsOfSpeech[much + 1] !== "AUX") return undefined;
  // The tagger takes a closing "cost" for one more noun ("did the scanning cost?"): it is the verb,
  // bare after the auxiliary; "costs" is a noun ("did the firm's power costs go up?").
  const isCost = (text: string) => text === "cost";
  let { head, name, end } = nounPhraseFrom(tags, much + 2, isCost);
  // "the man's watch": the thing owned is priced, whatever the tagger reads it as ("watch" a verb).
  if (POSSESSIVE_ENDINGS.has(texts[end] ?? "") && !isCost(texts[end + 1] ?? "")) {
    const owner = end;
    ({ head, name, end } = nounPhraseFrom(tags, owner + 1, isCost));
    if (head === undefined && name === undefined) [head, end] = [texts[owner + 1], owner + 2];
  }
  const priced = head ?? (name !== undefined && nameWords.has(name) ? name : undefined);
  if (priced === undefined) return undefined;
  const rest = texts.slice(end);
  return FORMS_OF_BE.has(texts[much + 1] ?? "") || getsPassive(tags, end) || rest.some((text) => PRICING_VERBS.has(lemmaOf(text))) ? priced : undefined;
}

/**
 * What a "how much" question's payer paid for ("Range Rover" in "how much did Holcombe pay for the
 * Range Rover?", "team" in "how much did they spend on their legal team?"): the head of the noun
 * phrase after the verb's preposition, past a possessive, and the nouns before it ("road" in "road
 * repairs").
 */
export function paidForNoun(tags: Tagged, nameWords: ReadonlySet<string>): { word: string; modifiers: string[] } | undefined {
  const { texts, partsOfSpeech } = tags;
  const { much, verb } = howMuchAndVerb(tags);
  if (much < 0 || verb < 0 || PAID_FOR.get(lemmaOf(texts[verb] ?? "")) !== texts[verb + 1]) return undefined;
  const start = POSSESSIVES.has(texts[verb + 2] ?? "") ? verb + 3 : verb + 2;
  const { head, name, end } = nounPhraseFrom(tags, start);
  const word = head ?? (name !== undefined && nameWords.has(name) ? name : undefined);
  if (word === undefined) return undefined;
  const headAt = texts.lastIndexOf(word, end - 1);
  return { word, modifiers: texts.slice(start, headAt).filter((_, at) => partsOfSpeech[start + at] === "NOUN") };
}

/**
 * True when a "by" has no object of its own: it closes the question or another preposition follows
 * ("how much did they lose by in Corby?"); or it comes first, "how much" its object ("By how much
 * was the quota cut?"), asking the same margin.
 */
export function closesOnBy({ texts, partsOfSpeech }: Tagged): boolean {
  return texts.some(
    (text, at) => text === "by" && (at + 1 === texts.length || texts[at + 1] === "?" || partsOfSpeech[at + 1] === "ADP" || (texts[at + 1] === "how" && texts[at + 2] === "much")),
  );
}

/**
 * True when a "how much" question's verb is followed by a noun phrase that names no time: an object
 * of its own ("commuters" in "how much does the timetable save commuters?"), not "each month".
 */
export function howMuchVerbHasObject(tags: Tagged, lexicon: QuestionLexicon): boolean {
  const { partsOfSpeech } = tags;
  const { much, verb } = howMuchAndVerb(tags);
  if (much < 0 || verb < 0) return false;
  if (partsOfSpeech[verb + 1] === "PRON") return true;
  const { head } = nounPhraseFrom(tags, verb + 1);
  return head !== undefined && !isTimeUnit(lemmaOf(head)) && !lexicon.namesTime(lemmaOf(head));
}

/**
 * The nouns of a "how much" question's object when its own owner is told by a possessive ("salt"
 * and "use" in "how much has the council cut its salt use?"): the very thing changed, which a
 * sentence changing another of its owner's ("cut its paper use by nearly half") does not tell.
 */
export function ownedObjectOf(tags: Tagged): string[] {
  const { texts, partsOfSpeech } = tags;
  const { much, verb } = howMuchAndVerb(tags);
  if (much < 0 || verb < 0 || !POSSESSIVES.has(texts[verb + 1] ?? "")) return [];
  const { end } = nounPhraseFrom(tags, verb + 2);
  return texts.slice(verb + 2, end).filter((_, at) => partsOfSpeech[verb + 2 + at] === "NOUN");
}

// "How much is it to enter?", "how much was it to park there?": the price of doing something.
const PRICE_OF_DOING = /\bhow much (?:is|was|will|would)(?: it| that)?(?: be)? to [a-z]/;

/** True when a "how much" question asks the price of doing something ("how much was it to enter?"). */
export function asksPriceOfDoing(text: string): boolean {
  return PRICE_OF_DOING.test(text);
}

/**
 * True when a "how much" question's verb is "get" for what someone got ("how much did Ruiz get as
 * runner-up?", "how much is she getting from the sale?"): a sum. Not "get" before an adjective
 * ("get worse"), an infinitive or "rid", nor after a comparative ("how much cheaper will it get?").
 */
export function asksWhatWasGot({ texts, partsOfSpeech }: Tagged): boolean {
  const { much, verb } = howMuchAndVerb({ texts, partsOfSpeech });
  const next = texts[verb + 1];
  return much >= 0 && partsOfSpeech[much + 1] === "AUX" && verb >= 0 && lemmaOf(texts[verb] ?? "") === "get" && partsOfSpeech[verb + 1] !== "ADJ" && next !== "to" && next !== "rid";
}

/**
 * True when a "how much" question ends on a passive's "for" ("how much is the still life insured
 * for?", "how much was the villa sold for?"): the sum the deed was done for.
 */
export function asksPassiveFor({ texts, partsOfSpeech }: Tagged): boolean {
  const much = texts.findIndex((text, at) => text === "much" && texts[at - 1] === "how");
  const last = partsOfSpeech[texts.length - 1] === "PUNCT" ? texts.length - 2 : texts.length - 1;
  return much >= 0 && FORMS_OF_BE.has(texts[much + 1] ?? "") && texts[last] === "for" && partsOfSpeech[last - 1] === "VERB" && isPastVerbForm(texts[last - 1] ?? "");
}

/**
 * True when the clause's first verb from `start` is "get" making a passive with a past participle
 * ("get paid", "got fined"), not "get" further on ("pay to get rid of") or before an infinitive.
 */
function getsPassive({ texts, partsOfSpeech }: Tagged, start: number): boolean {
  const verb = partsOfSpeech.findIndex((tag, at) => at >= start && tag === "VERB");
  return verb >= 0 && lemmaOf(texts[verb] ?? "") === "get" && partsOfSpeech[verb + 1] === "VERB" && isPastVerbForm(texts[verb + 1] ?? "");
}
