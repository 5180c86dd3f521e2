import { isTimeUnit } from "./answer-type.ts";
import { tagged } from "./tagging.ts";
import { isSortWord, normalizeText } from "./text.ts";

// "What is the unemployment rate in Ostland?", "what's Brightfield's annual turnover?": the noun
// phrase after a form of "be" and a determiner or possessive is the kind whose value is asked.
const WHAT_IS_THE = /^what(?:'s|s| is| are| was| were)\s+(?:(?:the\s+)?(?:[\w-]+\s){0,3}[\w-]+'s?|the|a|an|its|their|his|her)\s+(.*)$/;
// "What brand is the mower?", "what model of car does he drive?": the noun after "what", before a
// form of "be" or "of" and a bare noun (a sort of thing, not "what share of the boats…").
const WHAT_NOUN = /^what\s+(.*)$/;
const BE = new Set(["is", "are", "was", "were"]);
// "What is the film about?", "what was the weather like?": the noun is what is described.
const DESCRIBING = new Set(["about", "like"]);

/**
 * The nouns of the kind a what-question asks a value of, the asking noun last ("unemployment",
 * "rate"; "brand"): none when the noun is what the question's own verb tells about ("what were
 * the statues insured for?"), a time (a date tells it) or a sort word.
 */
export function kindNounsAsked(question: string): string[] {
  const text = normalizeText(question).trim().replace(/\?+$/, "");
  const afterBe = WHAT_IS_THE.exec(text)?.[1];
  const nouns = afterBe !== undefined ? nounRunBefore(afterBe, ending) : nounRunBefore(WHAT_NOUN.exec(text)?.[1], namesSort);
  return nouns.some((noun) => isTimeUnit(noun) || isSortWord(noun)) ? [] : nouns;
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

/** True when a form of "be" and its subject follow ("what brand is the mower?") or "of" and a bare noun ("what model of car…"). */
function namesSort(texts: readonly string[], partsOfSpeech: readonly string[], at: number): boolean {
  // Not "what tensions were growing…": the noun is the subject of the question's verb.
  if (BE.has(texts[at] ?? "")) return partsOfSpeech[at + 1] !== "VERB";
  return texts[at] === "of" && partsOfSpeech[at + 1] === "NOUN";
}
