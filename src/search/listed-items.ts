import { taggedAsWritten } from "./tagging.ts";

// What an item of a list is made of: "Kelling Road", "French impressionists", "two barns"; a
// determiner ends a list ("the library in Ashgrove and the mobile library" is none).
const ITEM_PARTS = new Set(["PROPN", "NOUN", "ADJ", "NUM"]);
const ITEM_HEADS = new Set(["PROPN", "NOUN"]);
const CAPITALISED = /^\p{Lu}/u;
const JOINERS = new Set(["and", "or"]);

/**
 * The items of the longest list a sentence gives, as written: three or more ("lithium, nickel,
 * cobalt and manganese"), or two names ("Madrid and Prague"). Two common nouns joined ("salt and
 * pepper", "killed and injured") are too common a pair to be a list given as an answer.
 */
export function listedItemsOf(sentence: string): string[][] {
  const { values, partsOfSpeech } = taggedAsWritten(sentence);
  let best: string[][] = [];
  let list: string[][] = [];
  let item: string[] = [];
  let joined = false;
  const isName = (words: readonly string[]) => CAPITALISED.test(words.at(-1) ?? "");
  const close = () => {
    const complete = joined && list.length >= 2;
    if (complete && (list.length >= 3 || list.every(isName)) && list.length > best.length) best = list;
    list = [];
    joined = false;
  };
  for (let at = 0; at <= values.length; at++) {
    const value = values[at] ?? "";
    const part = partsOfSpeech[at] ?? "";
    if (at < values.length && ITEM_PARTS.has(part)) {
      item.push(value);
      continue;
    }
    // An item ends in a noun, or a capitalised adjective ("French, Spanish and German").
    const last = partsOfSpeech[at - 1] ?? "";
    const ended = item.length > 0 && (ITEM_HEADS.has(last) || (last === "ADJ" && CAPITALISED.test(values[at - 1] ?? ""))) ? item : undefined;
    item = [];
    if (ended === undefined) {
      close();
      continue;
    }
    list.push(ended);
    if (value === ",") continue;
    if (JOINERS.has(value.toLowerCase()) && !joined) {
      joined = true;
      continue;
    }
    // ", and" after a comma: the joiner comes next.
    close();
  }
  return best;
}
