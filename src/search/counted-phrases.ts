import { CLAUSE_OPENERS } from "./event-questions.ts";
import { isMultiplier } from "./figures.ts";
import { isTimeUnit, MULTIPLIER_WORD, MULTITUDE, ORDINAL, ORDINAL_IN_TEXT } from "./measurements.ts";
import { PARTICIPLE } from "./question-grammar.ts";
import { NOUNS, tagged, VERB_FORM_ENDING } from "./tagging.ts";
import { lemmaOf } from "./terms.ts";

// A number with these beside it is a sum, a share or a clock time: "$4m", "47 percent", "1:42".
const CURRENCY = /^[$£€¥₹]$/;
const SHARE_NOUNS = new Set(["%", "percent", "pct", "per"]);
// A day of a month in figures: "June 10", "March 3rd".
const DAY = /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
const FIGURE = /^\d/;
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/;
const YEAR = /^(?:1[5-9]|20)\d\d$/;
// A clock time's half of the day, which the tagger may split from its digits ("5.45am" → "5.4", "5am").
const CLOCK_SUFFIX = /^\d*(?:am|pm|a\.m\.|p\.m\.)$/;
// Hours and minutes written with a point ("5.30"), and the parts of the day that may follow them.
const CLOCK_READING = /^\d{1,2}\.\d\d$/;
const PARTS_OF_DAY = new Set(["morning", "afternoon", "evening", "night"]);
// What a hyphen joins a number to in an adjective of its own: "one-off", "one-on-one".
const PARTICLE_TAGS = new Set(["ADP", "ADV", "PART"]);
const ONE = "one";
// A noun's plural form, regular or not ("samples", "children", "women"); not a past participle
// ("sent") that the tagger reads as a noun.
const PLURAL_NOUN = /(?:[^s]s|^people|children|men)$/;
// Pronouns a number may head, which count what the text names elsewhere ("220 others were taken").
const COUNTS_ELSEWHERE = new Set(["other", "others", "more", "fewer", "less", "each", "all", "both", "ones", "out"]);
// A word a number may head that stands for a noun the text has just named: "15 destructive ones".
// Not "others", which most often stands for the noun just before it ("Two firefighters were
// treated, and four others were hurt"), whatever the sentence before named.
const STAND_IN = /\bones\b/i;
// Words that place a time after a number, outside what it counts: "rose to 600 last year".
const TIME_PLACING = new Set(["last", "next", "past", "previous", "coming", "following", "same", "earlier", "later"]);
const PHRASE_WORDS = new Set(["ADJ", "NOUN", "PROPN"]);
// What may stand after "and" before a shared head: "coastal routes", "drinks machines".
const MODIFIER_TAGS = new Set(["ADJ", "NOUN"]);
// The possessive ending, as the tagger splits it from its noun: "the company 's locks".
const OWNING = new Set(["'s", "’s"]);

/**
 * What each number of a sentence counts, in order: the head noun of the phrase it starts ("37
 * fictitious loan accounts" → accounts), a unit a hyphen joins to it ("a 40-page report" → page,
 * report), and the head of the "of" phrase after it ("45 tonnes of honey" → tonnes, honey); an
 * empty list for a number that heads no noun ("rose to 600") or counts what the text names
 * elsewhere ("220 others"); undefined for one that counts nothing: a date, a clock time,
 * a sum, a share ("one in 50 children", "47 percent"), an age ("Ruiz, 27,", "a 27-year-old") or part
 * of a name ("Local 412"). English puts the counted noun right after the number, or after "of".
 */
export function countedPhrasesOf(sentence: string): (string[] | undefined)[] {
  const { texts, partsOfSpeech: tags } = tagged(sentence);
  const phrases: (string[] | undefined)[] = [];
  let labelEnd = -1;
  for (const [at, end] of numberSpans(tags)) {
    if (countsNothing(texts, tags, at, end)) phrases.push(undefined);
    else if (COUNTS_ELSEWHERE.has(texts[end] ?? "") || countsWhatOneIs(texts, tags, at, end)) phrases.push([]);
    else {
      const heads = headsFrom(texts, tags, end);
      // A number after a noun that heads none is the noun's label, and so is one joined to such a
      // label: "between mile markers 112 and 130", "platform 9".
      const label = heads.length === 0 && (tags[at - 1] === "NOUN" || (labelEnd === at - 1 && JOINING.has(texts[at - 1] ?? "")));
      if (label) labelEnd = end;
      // "15 destructive ones" counts what the text named before, as "15 others" does.
      const standsForNamed = heads.length > 0 && heads.every((head) => COUNTS_ELSEWHERE.has(head.toLowerCase()));
      phrases.push(label ? undefined : standsForNamed ? [] : heads);
    }
  }
  return phrases;
}

// A figure a hyphen joins to a word: "14-turbine".
const HYPHENED_UNIT = /\d-\p{L}/u;

/**
 * Each unit a hyphen joins to a number before a name, with the name's words: "ahead of the
 * 14-turbine Brackwater scheme" → turbine, Brackwater. The number sizes the thing so named.
 */
export function unitsSizingNamesOf(sentence: string): { unit: string; names: string[] }[] {
  // Asked of candidates of a how-many question: most join no unit to a number and need no tagging.
  if (!HYPHENED_UNIT.test(sentence)) return [];
  const { texts, partsOfSpeech: tags } = tagged(sentence);
  return numberSpans(tags).flatMap(([at, end]) => {
    if (texts[end] !== "-" || !NOUNS.has(tags[end + 1] ?? "") || countsNothing(texts, tags, at, end)) return [];
    const names: string[] = [];
    for (let word = end + 2; word < texts.length && inPhrase(texts, tags, word); word++) if (tags[word] === "PROPN") names.push(texts[word] ?? "");
    return names.length === 0 ? [] : [{ unit: texts[end + 1] ?? "", names }];
  });
}

/**
 * Where the noun stands that a number heading "ones" counts ("Japan has had 15 destructive ones"):
 * in the sentence itself when a plural noun comes before the number ("told the school to replace
 * its laptops, and … 30 new ones would arrive"), else in the sentence before; undefined when no
 * number heads "ones".
 */
export function standInNamedIn(sentence: string): "sentence" | "sentence before" | undefined {
  // Asked of candidates of a how-many question: most say no "ones" and need no tagging.
  if (!STAND_IN.test(sentence)) return undefined;
  const { texts, partsOfSpeech: tags } = tagged(sentence);
  const span = numberSpans(tags).find(([at, end]) => !countsNothing(texts, tags, at, end) && [texts[end] ?? "", ...headsFrom(texts, tags, end)].some((word) => STAND_IN.test(word)));
  if (span === undefined) return undefined;
  return texts.slice(0, span[0]).some((text, at) => tags[at] === "NOUN" && PLURAL_NOUN.test(text)) ? "sentence" : "sentence before";
}

/**
 * True for "one of 11,400" without a plural noun after it ("The sample was one of 11,400 sent in"):
 * both numbers count what the sentence says the one is, and the tagger may take the participle
 * after them for a noun.
 */
function countsWhatOneIs(texts: readonly string[], tags: readonly string[], at: number, end: number): boolean {
  const total = texts[at]?.toLowerCase() === ONE && texts[end] === "of" && tags[end + 1] === "NUM" ? numberSpanEnd(tags, end + 1) : texts[at - 1] === "of" && texts[at - 2]?.toLowerCase() === ONE ? end : undefined;
  return total !== undefined && !headsFrom(texts, tags, total).some((noun) => PLURAL_NOUN.test(noun));
}

/** Where the run of number tokens starting at `at` ends: the token after its last. */
function numberSpanEnd(tags: readonly string[], at: number): number {
  let end = at;
  while (tags[end] === "NUM") end++;
  return end;
}

/**
 * The nouns of the groups whose size a number after "of" gives, where it heads no noun of its own:
 * "a crowd of 3,850" (how many people watched), "a crew of about 19". Unlike "4,500 households",
 * which counts the groups, the number counts the members.
 */
export function groupsSizedOf(sentence: string): string[] {
  const { texts, partsOfSpeech: tags } = tagged(sentence);
  const groups: string[] = [];
  for (const [at, end] of numberSpans(tags)) {
    if (countsNothing(texts, tags, at, end) || headsFrom(texts, tags, end).length > 0) continue;
    const before = wordBeforeCount(texts, tags, at);
    if (texts[before] === "of" && tags[before - 1] === "NOUN") groups.push(texts[before - 1] ?? "");
  }
  return groups;
}

/** Each run of number tokens ("2,417", or "1.3 million" as one run of two), as its first token and the one after its last. */
function numberSpans(tags: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = 0; at < tags.length; at++) {
    if (tags[at] !== "NUM" || tags[at - 1] === "NUM") continue;
    spans.push([at, numberSpanEnd(tags, at)]);
  }
  return spans;
}

/** The token before a number and the words that qualify it ("about", "more than", "nearly"): a verb whose count it is, or the "of" of a group it sizes. */
function wordBeforeCount(texts: readonly string[], tags: readonly string[], at: number): number {
  let before = at - 1;
  while (before >= 0 && (BEFORE_COUNT.has(tags[before] ?? "") || COUNT_PREPOSITIONS.has(texts[before] ?? ""))) before--;
  return before;
}

// The comparatives a change is told by: "47 per cent fewer caterpillars", "20% more staff".
const COMPARATIVES = new Set(["more", "fewer", "less"]);

/**
 * What each change a sentence tells as a share counts: the head nouns after its comparative ("they
 * found 47 per cent fewer caterpillars" → caterpillars), an empty list when none follows ("used 60
 * per cent less"). A share counts nothing (see countedPhrasesOf), but a share of change is the
 * difference a "how many fewer" question asks.
 */
export function sharesOfChangeOf(sentence: string): string[][] {
  const { texts, partsOfSpeech: tags } = tagged(sentence);
  const changes: string[][] = [];
  for (let at = 1; at < texts.length; at++) {
    const share = texts[at] === "per" && texts[at + 1] === "cent" ? 2 : SHARE_NOUNS.has(texts[at] ?? "") ? 1 : 0;
    if (share === 0 || tags[at - 1] !== "NUM" || !COMPARATIVES.has(texts[at + share] ?? "")) continue;
    changes.push(headsFrom(texts, tags, at + share + 1));
  }
  return changes;
}

/**
 * What each ordinal and each word of a loose multitude ("several", "thousands of") of a sentence
 * ranks or counts, in order: the head nouns of the phrase after it ("the second and third legs" →
 * legs, "thousands of households" → households). An ordinal that heads none is a place in an order
 * and counts nothing ("moved the team up to third": undefined); a multitude that heads none may
 * count anything ("rose into the thousands": an empty list), as a number does (see countedPhrasesOf).
 */
export function looseCountPhrasesOf(sentence: string): (string[] | undefined)[] {
  return looseNumberPhrasesOf(sentence).map(({ ranks, heads }) => (heads.length === 0 && ranks ? undefined : heads));
}

/**
 * The nouns a sentence's multipliers tell the parts of: the noun after one ("a threefold purpose",
 * "a tenfold rise"), or the first noun of its clause when a "be" comes before it ("The purpose of
 * the plays is three-fold" → purpose).
 */
export function multipliedNounsOf(sentence: string): string[] {
  const { texts, partsOfSpeech: tags } = tagged(sentence);
  return texts.flatMap((text, at) => {
    if (!MULTIPLIER_WORD.test(text)) return [];
    const next = texts[at + 1] ?? "";
    if (/^\p{L}+$/u.test(next) && tags[at + 1] !== "ADP" && tags[at + 1] !== "CCONJ") return [next];
    if (tags[at - 1] !== "AUX") return [];
    let start = at - 1;
    while (start > 0 && tags[start - 1] !== "PUNCT") start--;
    const subject = texts.slice(start, at).find((_, offset) => NOUNS.has(tags[start + offset] ?? ""));
    return subject === undefined ? [] : [subject];
  });
}

/**
 * The nouns the ordinals of a sentence rank ("Hamas sent their third delegation to Moscow" →
 * delegation): a place in an order tells which one of its kind is meant.
 */
export function rankedNounsOf(sentence: string): string[] {
  return looseNumberPhrasesOf(sentence).flatMap(({ ranks, heads }) => (ranks ? heads : []));
}

/**
 * True when an ordinal after "the" or a possessive heads no noun: "likely to count as her second",
 * "the third in a year". The noun is left out because the sentence before named it ("three so-called
 * norms"), and the ordinal picks one of those.
 */
export function ranksWithNounLeftOut(sentence: string): boolean {
  const { texts, partsOfSpeech: tags } = tagged(sentence);
  return texts.some((text, at) => ORDINAL.test(text) && (tags[at - 1] === "DET" || tags[at - 1] === "PRON") && headsFrom(texts, tags, at + 1).length === 0 && texts[at + 1] !== "-");
}

/**
 * The nouns an ordinal tells how many of there have been: "the fourth meteorite recovered in the
 * county since records began" → meteorite. Not "first", which tells something new ("the first time
 * since 2019"), nor a place by size ("the second-largest meteorite"), nor one among those an
 * infinitive after it narrows ("the third fireball seen since 2009 to drop a meteorite").
 */
export function nounsCountedByOrdinalOf(sentence: string): string[] {
  const { texts, tags, ordinals } = countingOrdinalsOf(sentence);
  return ordinals.flatMap((at) => headsFrom(texts, tags, at + 1));
}

/**
 * The events an ordinal counts that are each done to a thing the noun before names: "the fourth
 * lighthouse disposal by the trust" → disposal of lighthouse; four disposals are four lighthouses
 * disposed of.
 */
export function eventsOfThingsCountedByOrdinalOf(sentence: string): { event: string; things: string[] }[] {
  const { texts, tags, ordinals } = countingOrdinalsOf(sentence);
  return ordinals.flatMap((at) => {
    let end = at + 1;
    while (tags[end] === "NOUN") end++;
    return end - at > 2 ? [{ event: texts[end - 1] ?? "", things: texts.slice(at + 1, end - 1) }] : [];
  });
}

/**
 * The places of a sentence's ordinals that tell how many there have been (see nounsCountedByOrdinalOf),
 * with its tagged words.
 */
function countingOrdinalsOf(sentence: string): { texts: readonly string[]; tags: readonly string[]; ordinals: number[] } {
  // Asked of every candidate of a how-many question: most have no ordinal and need no tagging.
  if (!ORDINAL_IN_TEXT.test(sentence)) return { texts: [], tags: [], ordinals: [] };
  const { texts, partsOfSpeech: tags } = tagged(sentence);
  const ordinals = texts.flatMap((text, at) => {
    if (!ORDINAL.test(text) || text === "first" || texts[at + 1] === "-") return [];
    let clauseEnd = at + 1;
    while (clauseEnd < texts.length && tags[clauseEnd] !== "PUNCT") clauseEnd++;
    const narrowed = texts.slice(at + 1, clauseEnd).some((word, offset) => word === "to" && tags[at + 2 + offset] === "VERB");
    return narrowed ? [] : [at];
  });
  return { texts, tags, ordinals };
}

/** Each ordinal or word of a loose multitude of a sentence, in order, with the head nouns of the phrase after it. */
function looseNumberPhrasesOf(sentence: string): { ranks: boolean; heads: string[] }[] {
  const { texts, partsOfSpeech: tags } = tagged(sentence);
  const phrases: { ranks: boolean; heads: string[] }[] = [];
  for (let at = 0; at < texts.length; at++) {
    const ranks = ORDINAL.test(texts[at] ?? "");
    if (!ranks && !MULTITUDE.test(texts[at] ?? "")) continue;
    // "second and third legs": ordinals joined before one head rank it together.
    let end = at + 1;
    while (JOINING_MODIFIERS.has(texts[end] ?? "") && ORDINAL.test(texts[end + 1] ?? "")) end += 2;
    phrases.push({ ranks, heads: headsFrom(texts, tags, end) });
    at = end - 1;
  }
  return phrases;
}

// Words that join the modifiers of one head: "river and coastal routes".
const JOINING_MODIFIERS = new Set(["and", "or"]);
// Words that join a number to another in a range or a list: "112 and 130", "9 to 12".
const JOINING = new Set([...JOINING_MODIFIERS, "to"]);

/** True when the number from `start` to `end` (exclusive) is a date, a time, a sum, a share, an age or part of a name. */
function countsNothing(texts: readonly string[], tags: readonly string[], start: number, end: number): boolean {
  const number = texts.slice(start, end).join(" ");
  const before = texts[start - 1] ?? "";
  const after = texts[end] ?? "";
  if (number.includes(":") || CLOCK_SUFFIX.test(after) || CURRENCY.test(before) || SHARE_NOUNS.has(after)) return true;
  // "5.30 in the morning": hours and minutes before the part of the day.
  if (CLOCK_READING.test(number) && after === "in" && texts[end + 1] === "the" && PARTS_OF_DAY.has(texts[end + 2] ?? "")) return true;
  // "no one" is nobody, and "a one-off payment" a single occasion: neither counts anything.
  if ((before === "no" && number === "one") || (after === "-" && PARTICLE_TAGS.has(tags[end + 1] ?? ""))) return true;
  // "one in 50 children": a rate, whose second number is the whole.
  if ((after === "in" && tags[end + 1] === "NUM") || (before === "in" && tags[start - 2] === "NUM")) return true;
  // A day follows its month in one word, a figure no higher than 31: "In early June ten million young
  // men registered" and "By March 3,000 people had signed" count them.
  const dayOfMonth = MONTH.test(before) && end - start === 1 && (!FIGURE.test(number) || DAY.test(number));
  if (dayOfMonth || MONTH.test(after) || (YEAR.test(number) && tags[end] !== "NOUN")) return true;
  // "Ruiz, 27,": an age; "Local 412", "Corrin-3": part of a name. Not before "times": "made the
  // journey to Castleburn 16 times" counts the occasions, which no name ends on.
  const partOfName = tags[start - 1] === "PROPN" && !MONTH.test(before) && after.toLowerCase() !== "times";
  if ((before === "," && after === "," && tags[start - 2] === "PROPN") || partOfName || (before === "-" && tags[start - 2] === "PROPN")) return true;
  return (after === "-" && texts[end + 1] === "year" && texts[end + 3] === "old") || before === "aged";
}

// The units after a number and a hyphen that size a group by its members.
const MEMBERS_UNITS = new Set(["man", "woman", "person", "member", "strong"]);

/** The head nouns of the phrase from `at` and of the "of" phrase after it ("tonnes of honey"). */
function headsFrom(texts: readonly string[], tags: readonly string[], at: number): string[] {
  // A unit a hyphen joins to the number counts too: a "40-page report" has 40 pages, a "three-day
  // strike" lasts three days, "50-hour weeks" hold 50 hours.
  const heads: string[] = texts[at] === "-" && NOUNS.has(tags[at + 1] ?? "") ? [texts[at + 1] ?? ""] : [];
  // "the 33-man board", "a 5,000-strong crowd": the number counts the members.
  if (texts[at] === "-" && MEMBERS_UNITS.has(texts[at + 1] ?? "")) heads.push("members");
  let end = at;
  for (let part = 0; part < 2; part++) {
    let head: string | undefined;
    while (end < texts.length && inPhrase(texts, tags, end)) {
      // A participle after the head is the clause's verb ("nine children stopped treatment"), unless a
      // hyphen joins it to the noun before ("40 motion-activated cameras").
      if (tags[end] === "VERB" && head !== undefined && texts[end - 1] !== "-") break;
      // "310,000 of the company's locks": the owner is no head; what it owns is.
      if (OWNING.has(texts[end] ?? "")) head = undefined;
      if (NOUNS.has(tags[end] ?? "")) head = texts[end];
      // A count over one heads a plural: one before a singular noun is kept, as the tagger may read the
      // verb after it as the phrase's next noun ("twenty vaults tunnel through…", "400 homes change hands").
      if (head !== undefined && countsPluralBeforeSingular(texts, tags, end + 1)) heads.push(head);
      // "eleven river and coastal routes", "140 snack and drinks machines": modifiers joined by "and"
      // before one head; the number may count the first noun ("40 nurses and senior doctors") or the
      // last, so both are kept.
      if (JOINING_MODIFIERS.has(texts[end + 1] ?? "") && MODIFIER_TAGS.has(tags[end + 2] ?? "") && NOUNS.has(tags[end + 3] ?? "")) {
        if (head !== undefined) heads.push(head);
        end += 2;
        continue;
      }
      // A participle before the head tells what befell each one counted, so the number counts
      // those events too: "1,800 stolen hives" are 1,800 thefts.
      if (tags[end] === "VERB") heads.push(texts[end] ?? "");
      end++;
    }
    if (head !== undefined) heads.push(head);
    // The tagger may read a plural noun closing the phrase as a verb ("212,000 battery packs after…").
    if (head !== undefined && tags[end] === "VERB") heads.push(texts[end] ?? "");
    if (texts[end] !== "of") break;
    end++;
    // "one of the most common crimes": a superlative's "most" goes on the phrase.
    while (end < texts.length && (tags[end] === "DET" || tags[end] === "PRON" || tags[end] === "NUM" || texts[end] === "most")) end++;
  }
  return heads;
}

// What opens a verb's object or a phrase after it: "tunnel through the bridge", "line the walls", "change hands".
const VERB_FOLLOWERS = new Set(["ADP", "DET", "NOUN"]);

/**
 * True when the plural before the singular common noun at `at` is what a number counts: the tagger
 * read a verb as the singular, before what may open its object ("vaults tunnel through", "homes
 * change hands"; not a collective head, "40 sales staff"), or the plural is a unit of time, a
 * possessive without its apostrophe ("30 years experience", "six weeks notice").
 */
function countsPluralBeforeSingular(texts: readonly string[], tags: readonly string[], at: number): boolean {
  const singularAfterPlural = tags[at] === "NOUN" && !PLURAL_NOUN.test(texts[at] ?? "") && NOUNS.has(tags[at - 1] ?? "") && PLURAL_NOUN.test(texts[at - 1] ?? "");
  return singularAfterPlural && (VERB_FOLLOWERS.has(tags[at + 1] ?? "") || isTimeUnit(lemmaOf(texts[at - 1] ?? "")));
}

/** True when the word at `at` goes on the noun phrase a number opens: an adjective, a noun, a hyphen, or a participle before one ("1,800 stolen hives"). */
function inPhrase(texts: readonly string[], tags: readonly string[], at: number): boolean {
  const text = texts[at] ?? "";
  if (TIME_PLACING.has(text)) return false;
  if (text === "-" || PHRASE_WORDS.has(tags[at] ?? "")) return true;
  if (OWNING.has(text) && NOUNS.has(tags[at - 1] ?? "")) return true;
  // A model's number goes on its name: "240,000 of its CrispAir 5 air fryers", "two Boeing 737 jets".
  if (tags[at] === "NUM" && tags[at - 1] === "PROPN" && PHRASE_WORDS.has(tags[at + 1] ?? "")) return true;
  return tags[at] === "VERB" && PARTICIPLE.test(text) && PHRASE_WORDS.has(tags[at + 1] ?? "");
}

// What may stand between a verb and the number of its object: "killed at least 1,400", "created
// nearly 40", "arrested more than 20", "found the 12".
const BEFORE_COUNT = new Set(["ADV", "ADJ", "DET"]);
const COUNT_PREPOSITIONS = new Set(["at", "than", "about", "around", "over", "under", "up", "nearly", "almost"]);
// What may stand between a counted subject and its verb: auxiliaries, adverbs and a negation
// ("220 others were taken", "six have since died", "40 did not return"); not an infinitive's "to".
const SUBJECT_TO_VERB = new Set(["ADV", "AUX"]);
const NEGATIONS = new Set(["not", "n't", "never"]);
// What a number's noun phrase may hold after it: "220 others", "37 fictitious loan accounts", "45 tonnes of honey".
const COUNTED_PHRASE = new Set(["ADJ", "NOUN", "PROPN", "NUM", "DET"]);

/**
 * A verb (as written) and the head nouns of the phrase a number opens that is its subject or object;
 * for an object, the words (lower case) of the name right before the verb that does it, if any.
 */
export interface CountedDeed {
  verb: string;
  nouns: string[];
  doer: string[];
}

/**
 * The verbs of which a phrase a number opens is the subject or the object, each with what the number
 * counts: "1,400 individuals were killed and 220 others were taken hostage" → killed (individuals),
 * taken; "he created 37 fictitious loan accounts" → created (accounts). English tells how many a deed
 * befell or was done by in the number of the deed's own subject or object; a number elsewhere in the
 * sentence counts for some other verb ("four persons to volunteer as hostages" were wanted, not
 * taken). Dates, sums, shares and ages count nothing (see countedPhrasesOf).
 */
export function countedDeedsOf(sentence: string): CountedDeed[] {
  const { texts, partsOfSpeech: tags } = tagged(sentence);
  const deeds: CountedDeed[] = [];
  for (const [at, end] of numberSpans(tags)) {
    if (countsNothing(texts, tags, at, end)) continue;
    const nouns = COUNTS_ELSEWHERE.has(texts[end] ?? "") ? [] : headsFrom(texts, tags, end);
    const before = wordBeforeCount(texts, tags, at);
    if (tags[before] === "VERB") deeds.push({ verb: texts[before] ?? "", nouns, doer: nameDoing(texts, tags, before) });
    let after = end;
    while (after < texts.length && (COUNTED_PHRASE.has(tags[after] ?? "") || texts[after] === "-" || texts[after] === "of")) after++;
    while (after < texts.length && (SUBJECT_TO_VERB.has(tags[after] ?? "") || NEGATIONS.has(texts[after] ?? ""))) after++;
    if (tags[after] === "VERB") deeds.push({ verb: texts[after] ?? "", nouns, doer: [] });
  }
  return deeds;
}

/**
 * The words of the name doing a verb: the one before an aside between commas right before it
 * ("Dhillon, a dairy farmer from Cwm Isaf, made…"), or the aside itself when it is a name ("Their
 * opener, Fraser Moyle, made…"); else the name nearest before it with no verb between ("Brannock, who
 * had scored…"). None where another verb stands between ("Tom Fisher said his brother sells…").
 */
function nameDoing(texts: readonly string[], tags: readonly string[], verb: number): string[] {
  let before = verb - 1;
  while (before >= 0 && (tags[before] === "AUX" || tags[before] === "ADV")) before--;
  if (before > 0 && texts[before] === ",") {
    const opening = texts.lastIndexOf(",", before - 1);
    if (opening > 0) {
      const aside = nameEndingAt(texts, tags, before - 1);
      return aside.length === before - opening - 1 ? aside : nameEndingAt(texts, tags, opening - 1);
    }
  }
  let end = verb - 1;
  while (end >= 0 && tags[end] !== "PROPN") {
    if (tags[end] === "VERB") return [];
    end--;
  }
  return nameEndingAt(texts, tags, end);
}

/** The words (lower case) of the run of names ending at a word, none when it is no name. */
function nameEndingAt(texts: readonly string[], tags: readonly string[], end: number): string[] {
  if (tags[end] !== "PROPN") return [];
  let start = end;
  while (start > 0 && tags[start - 1] === "PROPN") start--;
  return texts.slice(start, end + 1).map((text) => text.toLowerCase());
}

// The verbs that tell no deed of their own: "how many people are there", "how many moons does Jupiter have".
const NO_DEED = new Set(["be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "do", "does", "did"]);
// What may stand between a how-many question's noun and its verb: an auxiliary, its subject, adverbs.
const TO_ASKED_VERB = new Set(["ADJ", "NOUN", "PROPN", "PRON", "DET", "ADV", "AUX", "PART"]);

/**
 * The verb (as written) of a how-many question's own clause ("how many people were taken hostage?"
 * → taken, "how many people did Hamas take hostage?" → take, "how many houses burned down?" →
 * burned), undefined when it has none that tells a deed ("how many moons does Jupiter have?"). After
 * "did" or "does" and its subject, the last word of that phrase is the verb when it may be one in
 * its base form (`isVerb`), though the tagger reads it as a noun ("how many cows does Eleanor Madoc milk?").
 */
export function countedDeedOf(question: string, isVerb: (word: string) => boolean = () => false): string | undefined {
  const { texts, partsOfSpeech: tags } = tagged(question);
  const many = texts.findIndex((text, at) => text === "many" && texts[at - 1] === "how");
  if (many < 0) return undefined;
  let at = many + 1;
  // A clause of time or cause tells another event: "how many jobs were unfilled when the year began?" asks of no beginning.
  while (at < texts.length && (TO_ASKED_VERB.has(tags[at] ?? "") || texts[at] === "-") && !(tags[at] === "PART" && texts[at] === "to") && !CLAUSE_OPENERS.has(texts[at] ?? "")) at++;
  const verb = texts[at];
  if (tags[at] === "VERB") return verb !== undefined && !NO_DEED.has(verb) ? verb : undefined;
  return verbReadAsNoun(texts, tags, many, isVerb);
}

// The auxiliaries that leave the verb in its base form after their subject: "did the divers count".
const DO_SUPPORT = new Set(["did", "does", "do"]);

/** The last word of the phrase after "did"/"does" and before a preposition or the end, when it may be a verb: the clause's own. */
function verbReadAsNoun(texts: readonly string[], tags: readonly string[], from: number, isVerb: (word: string) => boolean): string | undefined {
  const support = texts.findIndex((text, at) => at > from && tags[at] === "AUX" && DO_SUPPORT.has(text));
  if (support < 0) return undefined;
  let end = support + 1;
  while (end < texts.length && (SUBJECT_WORDS.has(tags[end] ?? "") || texts[end] === "-")) end++;
  const last = end - 1;
  const word = texts[last];
  return last > support + 1 && tags[last] === "NOUN" && word !== undefined && isVerb(word) ? word : undefined;
}

// What a question's subject after "did" may be made of: "the research team", "Eleanor Madoc", "Pell & Daughters".
const SUBJECT_WORDS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PART", "CCONJ"]);

/** True when a how-many question's counted noun follows "how many" with no word between ("how many volunteers", not "how many Russian citizens"). */
export function countsNounAlone(question: string, countedWord: string): boolean {
  const { texts } = tagged(question);
  return texts.some((text, at) => text === countedWord && texts[at - 1] === "many" && texts[at - 2] === "how");
}

/**
 * For each sum of a sentence, the nouns of the noun phrase it prices from inside: "the £14.6m trial"
 * → [trial], "a £1.9 million bridge project" → [bridge, project], the last being what it prices.
 * English tells a thing's price most tightly as its own modifier, after the determiner; a sum
 * standing alone ("cost £40,000", "add £140,000 to the cost") may be any part of it: [].
 */
export function pricedPhrasesOf(sentence: string): string[][] {
  const { texts, partsOfSpeech: tags } = tagged(sentence);
  const phrases: string[][] = [];
  for (let at = 0; at < texts.length; at++) {
    if (!CURRENCY.test(texts[at] ?? "") || tags[at + 1] !== "NUM") continue;
    const nouns: string[] = [];
    phrases.push(nouns);
    if (tags[at - 1] !== "DET") continue;
    let end = at + 2;
    // A multiplier may stand between the figure and the noun it prices ("£14.6m", "£1.9 million").
    while (tags[end] === "NUM" || isMultiplier(texts[end] ?? "")) end++;
    for (; end < texts.length && (texts[end] === "-" || PHRASE_WORDS.has(tags[end] ?? "")); end++) {
      if (NOUNS.has(tags[end] ?? "")) nouns.push(texts[end] ?? "");
    }
  }
  return phrases;
}

/** An amount of something told in a unit: "15 hectares of her land" → hectares, land. */
export interface UnitAmount {
  unit: string;
  noun: string;
}

/**
 * The amounts a sentence gives of a thing in a unit, as a figure, the unit, "of" and the noun phrase
 * ("15 hectares of her land", "40,000 litres of dirty water"): how much of it there is, in the
 * unit's measure, not in money. Whether the word after the figure is a unit is the caller's to say.
 */
export function unitAmountsOf(sentence: string): UnitAmount[] {
  const { texts, partsOfSpeech: tags } = tagged(sentence);
  const amounts: UnitAmount[] = [];
  for (let at = 0; at < texts.length; at++) {
    // A figure of several words ("2.5 million") is read from its first.
    if (tags[at] !== "NUM" || tags[at - 1] === "NUM") continue;
    let unit = at + 1;
    while (tags[unit] === "NUM" || isMultiplier(texts[unit] ?? "")) unit++;
    if (!NOUNS.has(tags[unit] ?? "") || texts[unit + 1] !== "of") continue;
    let end = unit + 2;
    while (tags[end] === "DET" || tags[end] === "PRON") end++;
    let noun: string | undefined;
    for (; end < texts.length && PHRASE_WORDS.has(tags[end] ?? ""); end++) if (NOUNS.has(tags[end] ?? "")) noun = texts[end];
    if (noun !== undefined) amounts.push({ unit: texts[unit] ?? "", noun });
  }
  return amounts;
}

/** A measurement inside a noun phrase and the noun it measures. */
export interface MeasuredNoun {
  noun: string;
  /** The measurement as written, its hyphens closed up: "14.2-kilometre", "11-year-old", "1868". */
  measurement: string;
}

/**
 * The nouns a measurement inside their noun phrase measures: "the 14.2-kilometre line" → line, "the
 * 12-minute crossing" → crossing, "a 170-year-old stone bridge" → bridge, "the 1868 building" →
 * building (the year it dates from), and the owner of such a phrase ("the zoo's 96-year history" →
 * zoo, history). English gives a thing's own size, length or age most tightly as its modifier;
 * a measurement standing alone ("covered 38 hectares") may be of anything the sentence names.
 */
export function measuredNounsOf(sentence: string): MeasuredNoun[] {
  const { texts, partsOfSpeech: tags } = tagged(sentence);
  const measured: MeasuredNoun[] = [];
  for (let at = 0; at < texts.length; at++) {
    if (tags[at] !== "NUM") continue;
    // "14.2-kilometre", "11-year-old": a number joined to its unit, maybe to "old" after it.
    let end = texts[at + 1] === "-" && tags[at + 2] === "NOUN" ? at + 3 : YEAR.test(texts[at] ?? "") && tags[at - 1] === "DET" ? at + 1 : at;
    if (end === at) continue;
    if (texts[end] === "-" && texts[end + 1] === "old") end += 2;
    const measurement = texts.slice(at, end).join(" ").replace(/ - /g, "-");
    const head = measuredHeadFrom(texts, tags, end);
    if (head !== undefined) measured.push({ noun: head, measurement });
    // "the zoo's 96-year history": the owner's own measure.
    if (texts[at - 1] === "'s" && NOUNS.has(tags[at - 2] ?? "")) measured.push({ noun: texts[at - 2] ?? "", measurement });
  }
  return measured;
}

/**
 * The head noun of the phrase a measurement opens; the tagger may read a closing "-ing" noun as a
 * verb ("the 12-minute crossing"), or a closing noun before a relative pronoun ("a six-metre granite
 * cross that stands…").
 */
function measuredHeadFrom(texts: readonly string[], tags: readonly string[], at: number): string | undefined {
  let head: string | undefined;
  let end = at;
  for (; end < texts.length && inPhrase(texts, tags, end); end++) if (NOUNS.has(tags[end] ?? "")) head = texts[end];
  if (head === undefined && tags[at] === "VERB" && (texts[at] ?? "").endsWith("ing")) return texts[at];
  const closing = texts[end] ?? "";
  if (head !== undefined && tags[end] === "VERB" && RELATIVE_PRONOUNS.has(texts[end + 1] ?? "") && !VERB_FORM_ENDING.test(closing)) return closing;
  return head;
}

// The pronouns opening a relative clause after the noun it tells of.
const RELATIVE_PRONOUNS = new Set(["that", "which", "who"]);
