/** Text normalisation and word splitting shared by indexing and questions, so both agree. */
import { BE_FORMS } from "./clause-parts.ts";
import { editDistance } from "./edit-distance.ts";
import { lemmaOf } from "./terms.ts";

const DIACRITICS = /[\u0300-\u036f]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u02bc\u2032`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
// "1,400" and "1.8" are one number each, not two.
const THOUSANDS_SEPARATOR = /(\d),(?=\d{3}\b)/g;
const WORD = /[a-z0-9]+(?:[.'][a-z0-9]+)*/g;
/** A word written with a capital first: a name, or a sentence's first word. */
export const CAPITALISED = /^\p{Lu}/u;
/** What may come before a sentence's subject: a quotation mark, then a joining word ("And he wanted…", "But she said…"). */
export const SENTENCE_OPENING = "^[“\"‘]?(?:(?:And|But|So|Yet|Then|Still|Now),? )?";
// "Hamas's", "hostages'" and the short forms of function words ("couldn't", "they're", "I'll"):
// the part before the apostrophe is the word ("could", "they"); "won't", "can't" and "ain't" are irregular
// ("ain't" is no "ai").
const CLITIC = /'(s|re|ve|ll|d|m)?$|n't$/;
const IRREGULAR_NEGATIONS: Readonly<Record<string, string>> = { "won't": "will", "can't": "can", "shan't": "shall", "ain't": "is" };
const INNER_DOT = /\.(?=[a-z])/g;
// "86%", "86 per cent" and "86 percent" say the same: one word, "percent", that WordNet relates to
// "percentage".
const PERCENT_SIGN = /%/g;
const PER_CENT = /\bper cent\b/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no diacritics, straight quotes. */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII: nothing to decompose or straighten (this runs on every sentence).
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize("NFKD").replace(DIACRITICS, "").replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/** The words of a text, normalised, in order; possessives and thousands separators dropped. */
export function words(text: string): string[] {
  const result: string[] = [];
  for (const match of withPlainNumbers(normalizeText(text)).match(WORD) ?? []) {
    let word = match;
    if (word.includes("'")) word = IRREGULAR_NEGATIONS[word] ?? word.replace(CLITIC, "");
    // "u.s." is one word, "us"; "1.8" keeps its decimal point.
    if (word.includes(".")) word = word.replace(INNER_DOT, "");
    if (word !== "") result.push(word);
  }
  return result;
}

/** Normalised text with its numbers written one way: "1,400" as "1400", "86%" and "86 per cent" as "86 percent". */
function withPlainNumbers(normal: string): string {
  // Most texts hold none of these: a plain search is cheaper than a pattern (this runs on every sentence).
  let plain = normal;
  if (plain.includes(",")) plain = plain.replace(THOUSANDS_SEPARATOR, "$1");
  if (plain.includes("%")) plain = plain.replace(PERCENT_SIGN, " percent");
  if (plain.includes("per cent")) plain = plain.replace(PER_CENT, "percent");
  return plain;
}

// Chat words that only stress, hedge or react wherever they stand ("lol", "tbh", "even", "rn", "hmm").
// Nor do "actual" and "exact" before a noun, which only insist it is the one meant ("his actual job").
const CHAT_ASIDES = new Set(
  `lol lmao lmfao rofl haha hehe pls plz please tbh btw idk imo imho iirc afaik fwiw tbf ngl lmk smh jk nvm
  really actually actual exactly exact basically literally honestly apparently anyway kinda sorta lowkey etc
  bruh even nah yeah yep nope omg innit srsly asap rn fr eli5 hm hmm um umm uh er erm ah ahh oh eh huh ugh wow oops`.split(/\s+/),
);
// The chat words around a question: its asides, and greetings, thanks, the people addressed and a few
// nouns and verbs that stand for anything ("ok so", "hey guys", "stuff", "gonna"). They carry no topic.
const CHAT_FILLER = new Set([
  ...CHAT_ASIDES,
  ...`ok okay hey hi hello yo thanks thx ty tysm np stuff guy guys bro dude gonna gotta`.split(/\s+/),
]);

// Function words carry no topic. Question words are here too: they shape the expected answer
// (see answer-type.ts), not which sentences match. So are the nouns that stand for anything, as
// "something" does ("is this thing on"), the light verbs ("take a photo", "give a speech")
// whose meaning lies in their object, short forms typed without their apostrophe ("whats",
// "didnt") and chat filler. Not "make": it also produces things ("who makes the polypill", "made in
// 1716"), and the question reads it with care (see QueryTermReading.termsOf).
const FUNCTION_WORDS = [
  ...`a about above across after again against all along also although am amid among amongst an and any are around as at be because been before
  being below between both but by can could did do does doing done down during each either else ever few for
  from further had has have having he her here hers herself him himself his how however i if in into is
  it its itself just let me might more most must my myself neither no nor not now of off on once only or
  other ought our ours ourselves out over own per rather same shall she should so some such than that the
  their theirs them themselves then there these they this those though through throughout thus to too toward towards under until up upon via
  us very was we were what whatever when whenever where whereas wherever whether which while who whoever
  whom whose why will with within without would yet you your yours yourself yourselves
  many much tell know take took taken get got gotten give gave go went come came happen happened happens happening name named
  anybody anyone anything somebody someone something everybody everyone everything nobody nothing thing things
  s t d ll m re ve
  whats whos wheres hows thats dont doesnt didnt isnt arent wasnt werent cant wont couldnt wouldnt
  shouldnt hasnt havent hadnt im ive youre theyre theres heres hes shes`.split(/\s+/),
];
const STOP_WORDS = new Set([...FUNCTION_WORDS, ...CHAT_FILLER]);

// Verbs whose meaning lies in their object or particle: "take a photo", "went down", "come across".
const LIGHT_VERBS = new Set(["take", "make", "get", "give", "go", "come", "let"]);

/** True for any form of a light verb ("went", "coming"). */
export function isLightVerb(word: string): boolean {
  return LIGHT_VERBS.has(lemmaOf(word));
}

/**
 * True for any form of a light verb whose plain forms are stop words ("getting", "gives", "taken"),
 * not of "make", which also produces things: "Is the world getting more divided…" asks no "get".
 */
export function isLightVerbForm(word: string): boolean {
  return isLightVerb(word) && isStopWord(lemmaOf(word));
}

/** True for a word a chat puts around a question ("lol", "hmm", "ok"). */
export function isChatFiller(word: string): boolean {
  return CHAT_FILLER.has(word);
}

/** True for a chat word that only stresses, hedges or reacts, wherever it stands ("lol", "even", "rn"). */
export function isChatAside(word: string): boolean {
  return CHAT_ASIDES.has(word);
}

// English prepositions and conjunctions of one word. Those that carry no topic are stop words above;
// the others ("among", "via", "unless", "despite") are still words of grammar, which no name is.
const PREPOSITIONS_AND_CONJUNCTIONS = new Set(
  `aboard about above across after against along alongside amid amidst among amongst around as astride at
  atop barring before behind below beneath beside besides between beyond but by circa concerning considering
  despite down during except excepting excluding following for from in including inside into like minus near
  notwithstanding of off on onto opposite out outside over past pending per plus regarding round since than
  through throughout till to toward towards under underneath unlike until unto up upon versus via with within
  without although because if lest once that though unless when whenever where whereas wherever whether while
  whilst albeit and or nor so yet either neither both`.split(/\s+/),
);

/** True for a preposition or a conjunction of one word ("among", "unless"), topical or not. */
export function isPrepositionOrConjunction(word: string): boolean {
  return PREPOSITIONS_AND_CONJUNCTIONS.has(word);
}

// Prepositions and conjunctions of several words built on a word of their own ("in order to", "on
// behalf of", "as well as", "apart from"), and the partitive "one of" ("one of the people who founded
// it" asks about the people): the word is grammar there, as a one-word preposition is, and an answer
// need not repeat it. Each word with the words before it (any, when none are listed) and after it.
// Not "in favour of", which after "vote" is the stance asked.
const GRAMMAR_PHRASES: ReadonlyMap<string, { before?: readonly string[]; after: readonly string[] }> = new Map([
  ["order", { before: ["in"], after: ["to", "that", "for"] }],
  ["spite", { before: ["in"], after: ["of"] }],
  ["behalf", { before: ["on", "in"], after: ["of"] }],
  ["terms", { before: ["in"], after: ["of"] }],
  ["means", { before: ["by"], after: ["of"] }],
  ["lieu", { before: ["in"], after: ["of"] }],
  ["sake", { before: ["the"], after: ["of"] }],
  ["regard", { before: ["with", "in"], after: ["to"] }],
  ["respect", { before: ["with"], after: ["to"] }],
  ["accordance", { before: ["in"], after: ["with"] }],
  ["addition", { before: ["in"], after: ["to"] }],
  ["front", { before: ["in"], after: ["of"] }],
  ["case", { before: ["in"], after: ["of"] }],
  ["place", { before: ["in"], after: ["of"] }],
  ["light", { before: ["in", "the"], after: ["of"] }],
  ["view", { before: ["in"], after: ["of"] }],
  ["account", { before: ["on"], after: ["of"] }],
  ["way", { before: ["by"], after: ["of"] }],
  ["virtue", { before: ["by"], after: ["of"] }],
  ["dint", { before: ["by"], after: ["of"] }],
  ["well", { before: ["as"], after: ["as"] }],
  // "back then", "back when": a time past, as "then" alone is.
  ["back", { after: ["then", "when"] }],
  ["apart", { after: ["from"] }],
  ["aside", { after: ["from"] }],
  ["one", { after: ["of"] }],
]);

// "back in 2006", "back in March": a time past, as "in 2006" alone is; not "back in the box".
const BACK_IN_TIME = /^(?:1[5-9]\d\d|20\d\d|\d{4}s|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** True for a word that is grammar in the phrase around it ("order" in "in order to", "well" in "as well as"). */
export function isGrammarInPhrase(text: readonly string[], at: number): boolean {
  if (text[at] === "back" && text[at + 1] === "in" && BACK_IN_TIME.test(text[at + 2] ?? "")) return true;
  const frame = GRAMMAR_PHRASES.get(text[at] ?? "");
  return frame !== undefined && (frame.before === undefined || frame.before.includes(text[at - 1] ?? "")) && frame.after.includes(text[at + 1] ?? "");
}

// Participles that work as prepositions of topic ("talks regarding the captives", "what happened in
// 2006 involving Hamas"): "about", a stop word, in other words.
const TOPIC_PARTICIPLES = new Set(["regarding", "concerning", "involving"]);

/**
 * True for a participle that is a preposition of topic where it stands, with a word after it and no
 * "be" before, after which it says a state ("the results are concerning").
 */
export function isTopicPreposition(text: readonly string[], at: number): boolean {
  return TOPIC_PARTICIPLES.has(text[at] ?? "") && at > 0 && at + 1 < text.length && !BE_FORMS.has(text[at - 1] ?? "");
}

// Verbs that only say an act goes on or recurs when an -ing form follows ("keeps seeing", "kept
// asking", "continued running"): the act is the question's word, which an answer tells ("has frequently met").
const ASPECT_VERBS: ReadonlySet<string> = new Set(["keep", "keeps", "kept", "keeping", "continue", "continues", "continued", "continuing"]);

/** True for a verb of aspect before an -ing form ("keeps" in "keeps seeing"), which asks no act of its own. */
export function isAspectBeforeAct(text: readonly string[], at: number): boolean {
  const next = text[at + 1] ?? "";
  return ASPECT_VERBS.has(text[at] ?? "") && next.endsWith("ing") && !isStopWord(next);
}

// Words that name a sort of thing only ("what kind of car"): the thing is the noun after "of".
const SORT_WORDS: ReadonlySet<string> = new Set(["kind", "kinds", "type", "types", "sort", "sorts"]);

/** True for a word that names a sort of thing only ("kind", "types"). */
export function isSortWord(word: string): boolean {
  return SORT_WORDS.has(word);
}

/**
 * True for the sort word of "what kind of", "which sort of": it says only that a sort of the noun
 * after "of" is asked, which the answer names ("a Honeycrisp orchard"), not the word "kind".
 */
export function isSortWordAsked(text: readonly string[], at: number): boolean {
  return isSortWord(text[at] ?? "") && text[at + 1] === "of" && (text[at - 1] === "what" || text[at - 1] === "which");
}

// A letter in lower case opening a word: a line without one is a line of names or a heading.
const LOWER_CASE_START = /(?<!\p{L})\p{Ll}/u;

/** True for a line of names or a heading ("Mr. Stratton.", a record's label for who speaks next): it tells nothing. */
export function isLineOfNames(text: string): boolean {
  return !LOWER_CASE_START.test(text);
}

/** True for a word that carries no topic ("the", "of", "which"). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

// "every", a determiner that tells how often ("every morning"), so no stop word (see measurements.ts).
const FREQUENCY_DETERMINER = "every";
// Function words long enough that one typing slip leaves them recognisable ("wich", "waht", "evry").
// Not chat filler: "Evan" is a name, not a slip on "even".
const LONG_FUNCTION_WORDS = [...FUNCTION_WORDS, FREQUENCY_DETERMINER].filter((word) => word.length >= 4);

/** True for a word one typing edit away from a function word of four letters or more ("wich" for "which"). */
export function isMisspeltStopWord(word: string): boolean {
  return misspeltStopWords(word).length > 0;
}

/**
 * The function word a slip stands for ("wich" → "which", "happend" → "happened"), if one is likelier
 * than the others: a letter dropped is the commonest slip, so a longer word goes before one as long
 * ("wich" is "which" before "with"); undefined when two are as likely ("thay": "they", "that", "than").
 */
export function meantStopWord(word: string): string | undefined {
  const longest = misspeltStopWords(word).filter((stop, _, all) => all.every((other) => other.length <= stop.length));
  return longest.length === 1 ? longest[0] : undefined;
}

/** The function words of four letters or more one typing edit away from a word that is none. */
function misspeltStopWords(word: string): string[] {
  if (word.length < 3 || STOP_WORDS.has(word)) return [];
  return LONG_FUNCTION_WORDS.filter((stop) => Math.abs(stop.length - word.length) <= 1 && editDistance(word, stop) === 1);
}

/**
 * The topical words of a text: normalised, without stop words or the grammar of a phrase ("talks
 * on the hostages as well as aid" is about no "well").
 */
export function contentWords(text: string): string[] {
  return contentWordsOf(words(text));
}

/** The content words among a text's words, for a caller that needs both. */
export function contentWordsOf(textWords: readonly string[]): string[] {
  return textWords.filter((word, at, all) => !isStopWord(word) && !isGrammarInPhrase(all, at));
}
