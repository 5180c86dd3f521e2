import { isTimeUnit } from "./measurements.ts";
import { tagged } from "./tagging.ts";
import { lemmaOf } from "./terms.ts";
import { isSortWord, normalizeText } from "./text.ts";

/** What a reader of the kind asked needs to know of nouns (WordNet's lexicographer files; see the Thesaurus). */
export interface MeasureNouns {
  /** True when a chief sense of the noun is an amount, a sum of money or a ratio ("rate", "turnover", "price", "odds"). */
  namesMeasure(lemma: string): boolean;
}

// "What is the unemployment rate in Ostland?", "what's Brightfield's annual turnover?": the noun
// phrase after a form of "be" and a determiner or possessive is the measure whose value is asked.
const WHAT_IS_THE = /^what(?:'s|s| is| are| was| were)\s+(?:(?:the\s+)?(?:[\w-]+\s){0,3}[\w-]+'s?|the|a|an|its|their|his|her)\s+(.*)$/;
// "What model of car does he drive?": the noun after "what", before "of" and a bare noun, is the
// sort of thing asked. Not "what country is Vellum based in?": a noun before a verb is a class its
// answer belongs to ("Portugal"), a name the text gives without naming the class.
const WHAT_NOUN = /^what\s+(.*)$/;
// "What is the film about?", "what was the weather like?": the noun is what is described.
const DESCRIBING = new Set(["about", "like"]);
const BE = new Set(["is", "are", "was", "were"]);

/**
 * The nouns of the kind a what-question asks a value of, the asking noun last: a measure
 * ("unemployment", "rate"; "turnover") or the sort of a thing ("model" of car). None when the
 * asking noun is no measure ("what was the result of the vote?", "what is the status of the
 * project?", answered by a clause that need not name it), a time (a date tells it), a sort word
 * ("what kind of car") or what the question's own verb tells about ("what were the statues insured for?").
 */
export function kindNounsAsked(question: string, nouns: MeasureNouns): string[] {
  const text = normalizeText(question).trim().replace(/\?+$/, "");
  const afterBe = WHAT_IS_THE.exec(text)?.[1];
  const run = afterBe !== undefined ? nounRunBefore(afterBe, ending) : nounRunBefore(WHAT_NOUN.exec(text)?.[1], ofBareNoun);
  const asking = run.at(-1);
  if (asking === undefined || isTimeUnit(asking) || isSortWord(asking)) return [];
  return afterBe === undefined || nouns.namesMeasure(lemmaOf(asking)) ? run : [];
}

/**
 * The noun a "what N is X?" question asks a member of ("brand" in "what brand is the mower?"): a
 * class its answer, most often a name, belongs to. Not "what tensions were growing…", where the
 * noun is the subject of the question's verb.
 */
export function classAsked(question: string): string | undefined {
  const text = normalizeText(question).trim().replace(/\?+$/, "");
  return nounRunBefore(WHAT_NOUN.exec(text)?.[1], beforeBe).at(-1);
}

/** The noun run a text opens with (adjectives may go before), when the words after it pass `follows`. */
function nounRunBefore(text: string | undefined, follows: (texts: readonly string[], pos: readonly string[], at: number) => boolean): string[] {
  if (text === undefined) return [];
  const { texts, partsOfSpeech } = tagged(text);
  const nouns: string[] = [];
  let at = 0;
  for (; at < texts.length; at++) {
    const pos = partsOfSpeech[at];
    if (pos === "NOUN") nouns.push(texts[at] ?? "");
    else if (nouns.length > 0 || (pos !== "ADJ" && pos !== "NUM")) break;
  }
  return nouns.length > 0 && follows(texts, partsOfSpeech, at) ? nouns : [];
}

/** True when the run ends the question or a preposition follows ("the rate in Ostland", "the odds of…"). */
function ending(texts: readonly string[], partsOfSpeech: readonly string[], at: number): boolean {
  return at >= partsOfSpeech.length || (partsOfSpeech[at] === "ADP" && !DESCRIBING.has(texts[at] ?? ""));
}

/** True when a form of "be" and its subject follow ("what brand is the mower?"). */
function beforeBe(texts: readonly string[], partsOfSpeech: readonly string[], at: number): boolean {
  return BE.has(texts[at] ?? "") && partsOfSpeech[at + 1] !== "VERB";
}

/** True when "of" and a bare noun follow ("what model of car…"; not "what share of the boats…"). */
function ofBareNoun(texts: readonly string[], partsOfSpeech: readonly string[], at: number): boolean {
  return texts[at] === "of" && partsOfSpeech[at + 1] === "NOUN";
}

// "What type of music…", "which kinds of birds…": the noun after the sort word is the kind chosen among.
const SORT_OF = /^(?:what|which)\s+(?:kinds?|types?|sorts?)\s+of\s+([a-z]+)/;

/**
 * The lemma of the noun a which- or what-question chooses one or several of, by their kinds ("animal"
 * in "which animals did residents spot?", "music" in "what type of music did they play?"): a
 * narrower word at any depth names what it asks ("otters", "folk"). `head` is the head of the noun
 * phrase after "which" or "what" (see QuestionShape.chosenWords). Not a time ("which day…"), which a date tells.
 */
export function kindChosen(question: string, head: string | undefined): string | undefined {
  const chosen = SORT_OF.exec(normalizeText(question).trim())?.[1] ?? head;
  if (chosen === undefined) return undefined;
  const lemma = lemmaOf(chosen);
  return isTimeUnit(lemma) || isSortWord(lemma) ? undefined : lemma;
}
