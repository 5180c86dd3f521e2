import { english } from "../knowledge/english.ts";

// Parts of speech by wink-nlp's tagger (Universal Dependencies tags), for the readers of questions
// and sentences that need a word's part in the text, not its dictionary senses.

/** The tags of nouns, common and proper. */
export const NOUNS: ReadonlySet<string> = new Set(["NOUN", "PROPN"]);

/** A text's words (lower case) and their parts of speech. */
export interface Tagged {
  texts: string[];
  partsOfSpeech: string[];
}

/** Tags a text with wink-nlp's part-of-speech tagger. */
export function tagged(text: string): Tagged {
  const tokens = english.readDoc(text).tokens();
  return { texts: tokens.out(english.its.normal), partsOfSpeech: tokens.out(english.its.pos) };
}

/** A text's words as written too: capitals mark names. */
export interface TaggedAsWritten extends Tagged {
  values: string[];
}

/** Tags a text, keeping its words as written beside their lower-case forms. */
export function taggedAsWritten(text: string): TaggedAsWritten {
  const tokens = english.readDoc(text).tokens();
  return { texts: tokens.out(english.its.normal), values: tokens.out(english.its.value), partsOfSpeech: tokens.out(english.its.pos) };
}
