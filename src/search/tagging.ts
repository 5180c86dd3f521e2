import { english } from "../knowledge/english.ts";
import { isNumberWord } from "./terms.ts";

// Parts of speech by wink-nlp's tagger (Universal Dependencies tags), for the readers of questions
// and sentences that need a word's part in the text, not its dictionary senses.

/** The tags of nouns, common and proper. */
export const NOUNS: ReadonlySet<string> = new Set(["NOUN", "PROPN"]);
/** The tags of verbs, main and auxiliary. */
export const VERBS: ReadonlySet<string> = new Set(["VERB", "AUX"]);
/** The ending of a verb's "-ed" or "-ing" form, which a noun the tagger reads as a verb has not ("the stone cross"). */
export const VERB_FORM_ENDING = /(?:ed|ing)$/;
/** A possessive's ending as the tagger splits it off ("Sorvik's salary", "William James' statement"). */
export const POSSESSIVE_ENDINGS: ReadonlySet<string> = new Set(["'s", "'"]);
/** What a noun phrase holds before and between its nouns ("the packed gymnasium", "a 19-hour session", "the prime minister's country residence"). */
export const NOUN_PHRASE_PARTS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"]);

/** A text's words (lower case) and their parts of speech. */
export interface Tagged {
  readonly texts: readonly string[];
  readonly partsOfSpeech: readonly string[];
}

/** A text's words as written too: capitals mark names. */
export interface TaggedAsWritten extends Tagged {
  readonly values: readonly string[];
}

// Texts tagged lately, shared by their readers: a candidate sentence's facts (answer traits, manner,
// doers, subjects) and a question's shape are each read by several readers that need its tags.
// Starting over when full keeps memory bounded.
const MAX_KEPT_TAGGINGS = 2_000;
const keptTaggings = new Map<string, TaggedAsWritten>();

/** Tags a text with wink-nlp's part-of-speech tagger. */
export function tagged(text: string): Tagged {
  return taggedAsWritten(text);
}

/** Tags a text, keeping its words as written beside their lower-case forms. */
export function taggedAsWritten(text: string): TaggedAsWritten {
  const kept = keptTaggings.get(text);
  if (kept !== undefined) return kept;
  if (keptTaggings.size >= MAX_KEPT_TAGGINGS) keptTaggings.clear();
  const tokens = english.readDoc(text.replace(CLOSING_LOWER_CASE_WORD, "$1 $2")).tokens();
  const values = tokens.out(english.its.value);
  const texts = keptSpellings(values, tokens.out(english.its.normal));
  const tagging = Object.freeze({
    texts: Object.freeze(texts),
    values: Object.freeze(values),
    partsOfSpeech: Object.freeze(headsAsNouns(texts, numbersAsNumbers(texts, tokens.out(english.its.pos)))),
  });
  keptTaggings.set(text, tagging);
  return tagging;
}

// A word in lower case closing a sentence, before its full stop (and a closing quote or bracket):
// the tagger keeps the stop on a word it knows as an abbreviation's ("sat." as "Sat.", "wed.", "sun.")
// and reads it as a name; written apart, "about 20 club members sat." ends on its verb.
const CLOSING_LOWER_CASE_WORD = /(?<=\s)(\p{Ll}+)(\.["”’')\]]*)$/u;

/**
 * The tagger's normal forms, lower case with contractions spelt out ("wo" → "will", "n't" → "not"),
 * but each longer word spelt as written: its normal form is American ("councillors" → "councilors",
 * "colour" → "color"), while the index keys words as the text spells them.
 */
function keptSpellings(values: readonly string[], normals: readonly string[]): string[] {
  return normals.map((normal, at) => {
    const value = values[at] ?? normal;
    return value.length >= SPELT_WORD_LENGTH && /^[\p{L}-]+$/u.test(value) ? value.toLowerCase() : normal;
  });
}

// Contraction pieces are shorter: "ca", "wo", "ai", "n't", "sha".
const SPELT_WORD_LENGTH = 4;

/**
 * The tags with a number word the tagger took for a name or a noun, as a number: capitalised at the
 * start of a sentence, "Seventeen nations sent teams" reads as a proper noun, and "had seventeen
 * children" as a noun before a noun. One before another proper noun is left a name's word ("Seven
 * Sisters"), and a noun heading nothing stays one ("the seventeen").
 */
function numbersAsNumbers(texts: readonly string[], partsOfSpeech: string[]): string[] {
  return partsOfSpeech.map((tag, at) => {
    if (!isNumberWord(texts[at] ?? "")) return tag;
    const next = partsOfSpeech[at + 1] ?? "";
    const readAsName = tag === "PROPN" && next !== "PROPN";
    const readAsNoun = tag === "NOUN" && (next === "NOUN" || next === "ADJ");
    return readAsName || readAsNoun ? "NUM" : tag;
  });
}

// Articles, which open a noun phrase and nothing else ("each", "these" may stand alone: "What did
// each receive?"), and what may follow the opening word inside the phrase.
const PHRASE_OPENERS = new Set(["the", "a", "an"]);
const INSIDE_PHRASE = new Set(["NOUN", "PROPN", "ADJ", "NUM", "PART"]);

/**
 * The tags with a verb that alone makes a noun phrase after its article, as a noun: "Was anybody
 * hurt in the blazes?" reads "blazes" as a verb. One before another word of the phrase is left a
 * verb's participle ("the injured driver").
 */
function headsAsNouns(texts: readonly string[], partsOfSpeech: string[]): string[] {
  return partsOfSpeech.map((tag, at) =>
    tag === "VERB" && PHRASE_OPENERS.has(texts[at - 1] ?? "") && partsOfSpeech[at - 1] === "DET" && !INSIDE_PHRASE.has(partsOfSpeech[at + 1] ?? "") ? "NOUN" : tag,
  );
}
