import { BE_FORMS } from "./clause-parts.ts";
import { PARTICIPLE } from "./question-grammar.ts";
import { taggedAsWritten } from "./tagging.ts";
import { isNumberWord, lemmaOf } from "./terms.ts";
import { CAPITALISED, isStopWord, words } from "./text.ts";

// Words that open a phrase telling one of a kind, not one the text has named: "a farm", "another bank".
const INDEFINITE = new Set(["a", "an", "another", "some", "several", "many", "other", "any", "one"]);
// Words after a noun that introduce its instances ("practical matters, such as the release of
// hostages"), and its name or its instances ("a group calling itself BlackHarrier", "a farm known as…").
const INSTANCES_AFTER = "such as|including";
const NAMING_AFTER = new RegExp(`^(?:, )?(?:called|named|dubbed|calling itself|calls itself|known as|${INSTANCES_AFTER})\\b`);
const GIVES_INSTANCES = new RegExp(`^(?:${INSTANCES_AFTER})\\b`);
// Words before a count that only hedge it: "including at least three in Sydney", "such as about 40".
const COUNT_HEDGES = new Set(["at", "least", "most", "about", "around", "nearly", "almost", "over", "some", "more", "fewer", "less", "than", "up", "to"]);
// Counts that say how many there are, not which: "including several in the north".
const COUNT_WORDS = new Set(["several", "many", "few", "dozens", "hundreds", "thousands"]);
// Words after a count telling where those counted are, not which they are: "including two near the station".
const WHERE_AFTER_COUNT = new Set(["in", "near", "across", "around", "outside", "inside", "within"]);
// Marks after a noun that open what names it: "the council, Harbourline", "six provinces -- Kivu, Kasai…", "two firms: Acme and Brill".
const APPOSITION_MARKS = /^(?:,|:|-{2,3}|[–—])$/;
const OPENING_QUOTES = /^["“‘']$/;
// A token written with a digit ("5am", "2019"), and the words joining two into a span ("3am to 5am").
const HAS_FIGURE = /\d/;
const SPAN_JOINERS: ReadonlySet<string> = new Set(["to", "-", "–", "and", "or"]);
// Marks that open an aside, how far into it a name is looked for, and the words that give one as an
// instance ("the most notable being Sarah Bernhardt", "including Kivu").
const ASIDE_MARKS = /^(?::|-{2,3}|[–—])$/;
const ASIDE_WORDS = 8;
const NAMING_LEADS: ReadonlySet<string> = new Set(["being", "including", "notably", "namely", "especially", "chiefly", "mainly"]);
// Names listed after a counted noun, each of them one of it or where it is ("two stores, in Brindle
// Cross and Upper Hexley"): the list says which ones, as a lone place does not ("a farm near
// Elmsthwaite"), nor places after a kind not counted ("asked observatories in Chile and Hawaii").
const LISTED_NAME = "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)*";
const NAMES_LISTED_AFTER = new RegExp(`^(?:, )?(?:(?:in|at|from|on) )?${LISTED_NAME}(?: , ${LISTED_NAME})* (?:, )?and ${LISTED_NAME}`, "u");
// How far after a noun its listed names are read: a few names of a few words each.
const LISTED_NAMES_WORDS = 16;
// What the phrase before a noun may hold between its opening word and the noun: "a small dairy farm",
// "his first ever academic conference".
const MODIFIER_TAGS = new Set(["ADJ", "NOUN", "ADV"]);

/**
 * The lemmas of the nouns a sentence mentions only as one of a kind it never names ("bluetongue
 * was confirmed on a farm near Elmsthwaite", "asked observatories in Chile", "a bank cashier"):
 * each mention opens with "a", a count or nothing, has no capitalised name before or right after
 * it and no "called…", and no name it describes ("Harbourline, a ferry company").
 * "Which farm…" is answered by a farm's name, which such a sentence does not give.
 */
export function nounsLeftUnnamed(sentence: string): string[] {
  const { texts, values, partsOfSpeech: tags } = taggedAsWritten(sentence);
  const unnamed = new Set<string>();
  const named = new Set<string>();
  texts.forEach((text, at) => {
    // "the Missouri Compromise" names a compromise: the kind its last word says, not written again.
    if (CAPITALISED.test(values[at] ?? "") && CAPITALISED.test(values[at - 1] ?? "") && !CAPITALISED.test(values[at + 1] ?? "")) named.add(lemmaOf(text));
    if (tags[at] !== "NOUN" || CAPITALISED.test(values[at] ?? "")) return;
    const lemma = lemmaOf(text);
    (leftUnnamedAt(texts, values, tags, at) ? unnamed : named).add(lemma);
  });
  return [...unnamed].filter((lemma) => !named.has(lemma));
}

/** True when the noun at `at` tells one of a kind without its name. */
function leftUnnamedAt(texts: readonly string[], values: readonly string[], tags: readonly string[], at: number): boolean {
  // The name in apposition may be quoted: 'an exhibit, "Macropathology", was shown'.
  const afterMark = APPOSITION_MARKS.test(values[at + 1] ?? "") ? at + 2 : at + 1;
  const next = OPENING_QUOTES.test(values[afterMark] ?? "") ? values[afterMark + 1] : values[afterMark];
  if (CAPITALISED.test(next ?? "") || NAMING_AFTER.test(texts.slice(at + 1, at + 4).join(" ")) || namesInAsideAfter(texts, values, at)) return false;
  let open = at - 1;
  while (open >= 0 && !CAPITALISED.test(values[open] ?? "") && (MODIFIER_TAGS.has(tags[open] ?? "") || modifyingParticiple(texts, tags, open) || inHyphenated(texts, open))) open--;
  // "the 3am to 5am slot": a span of figures labels the noun as one figure does.
  while (HAS_FIGURE.test(texts[open] ?? "") && SPAN_JOINERS.has(texts[open - 1] ?? "") && HAS_FIGURE.test(texts[open - 2] ?? "")) open -= 2;
  const opening = texts[open] ?? "";
  // "Streamline 700 models" is a name, and "two stores, in Brindle Cross and Upper Hexley" are named;
  // "the 6.12 morning train" is the one the figure labels, one of a kind but no count of it, and so
  // is "the 5am slot", though the tagger takes the time for a symbol.
  if (tags[open] === "NUM" || HAS_FIGURE.test(opening)) {
    const labelled = texts[open - 1] === "the" && lemmaOf(texts[at] ?? "") === texts[at];
    return !labelled && !CAPITALISED.test(values[open - 1] ?? "") && !NAMES_LISTED_AFTER.test(values.slice(at + 1, at + LISTED_NAMES_WORDS).join(" "));
  }
  if (INDEFINITE.has(opening)) return !describesName(texts, values, tags, open);
  // Nothing opens it ("asked observatories in Chile", "after leaving prison"), unless a name or a
  // determiner does ("Eastmere General Hospital", "the farm", "its bank").
  return !CAPITALISED.test(values[open] ?? "") && tags[open] !== "DET" && tags[open] !== "PRON" && opening !== "'s";
}

/**
 * True when a dash or a colon after the noun at `at` opens an aside that gives a name as one of them:
 * "actresses -- the most notable being Sarah Bernhardt --". Not any capitalised word in it ("A
 * councillor -- speaking at the Town Hall on Monday -- said").
 */
function namesInAsideAfter(texts: readonly string[], values: readonly string[], at: number): boolean {
  if (!ASIDE_MARKS.test(values[at + 1] ?? "")) return false;
  for (let word = at + 2; word < Math.min(values.length, at + 2 + ASIDE_WORDS); word++) {
    if (ASIDE_MARKS.test(values[word] ?? "")) return false;
    if (NAMING_LEADS.has(texts[word] ?? "") && CAPITALISED.test(values[word + 1] ?? "")) return true;
  }
  return false;
}

/** True for a hyphen joining a modifier's words, or one of them ("loss-making", which the tagger reads apart). */
function inHyphenated(texts: readonly string[], at: number): boolean {
  return [texts[at - 1], texts[at], texts[at + 1]].includes("-");
}

/** True for a participle inside a noun phrase ("the infected farm"), not a verb before one ("asked observatories"). */
function modifyingParticiple(texts: readonly string[], tags: readonly string[], at: number): boolean {
  return tags[at] === "VERB" && PARTICIPLE.test(texts[at] ?? "") && (tags[at - 1] === "DET" || tags[at - 1] === "ADJ");
}

/** True when the indefinite phrase opening at `open` says what a name just before it is. */
function describesName(texts: readonly string[], values: readonly string[], tags: readonly string[], open: number): boolean {
  const before = texts[open - 1] ?? "";
  return (before === "," || BE_FORMS.has(before)) && isNameWord(values, tags, open - 2);
}

/** True for a capitalised word that is a name, not only a sentence's first word ("It", "Farms"). */
function isNameWord(values: readonly string[], tags: readonly string[], at: number): boolean {
  return CAPITALISED.test(values[at] ?? "") && (at > 0 || tags[at] === "PROPN");
}

/**
 * True when the sentence gives instances of a kind right after the noun saying it: "resolving
 * practical matters, such as the release of hostages" tells which matter, as a name would. Not a
 * count of them: "several universities, including at least three in Sydney" tells none.
 */
export function givesInstancesOf(sentence: string, kind: string): boolean {
  const said = words(sentence);
  return said.some((word, at) => lemmaOf(word) === kind && GIVES_INSTANCES.test(said.slice(at + 1, at + 3).join(" ")) && !opensWithBareCount(said, at + (said[at + 1] === "such" ? 3 : 2)));
}

/**
 * True when the words from `at` open with a count that tells how many, not which: one hedged and
 * heading no noun ("at least three", "about 40"), or one told by where they are ("three in Sydney",
 * "two near the station"). Bare figures name things ("including 24 and 37" of bus routes), and "two
 * orchids" names a kind of them.
 */
function opensWithBareCount(said: readonly string[], at: number): boolean {
  let count = at;
  while (COUNT_HEDGES.has(said[count] ?? "")) count++;
  const word = said[count] ?? "";
  if (!/^\d/.test(word) && !isNumberWord(word) && !COUNT_WORDS.has(word)) return false;
  const next = said[count + 1];
  return WHERE_AFTER_COUNT.has(next ?? "") || (count > at && (next === undefined || isStopWord(next)));
}

// What opens a phrase telling a particular one: "the foreign ministry", "its cardiac ward".
const DEFINITE = new Set(["the", "its", "their", "his", "her", "our", "this", "that"]);
// Words before a kind that place it against the text or the teller, not pick it out: "the local
// union", "the nearby school", "the other bidder", "the same company".
const PLACING_WORDS = new Set([
  "local", "nearby", "neighbouring", "neighboring", "nearest", "other", "same", "new", "old", "former", "current", "existing",
  "present", "main", "next", "previous", "last", "first", "own", "whole", "entire", "particular", "certain", "respective",
]);

/**
 * True when the sentence tells a particular one of a kind by a word before it that the question
 * does not give ("officials from the Russian foreign ministry" for "which Russian ministry?"): the
 * word picks it out as a name would. One of a kind ("a local hospital") picks none, nor does one
 * told by whose it is ("the gallery's insurance company"), which wants its name still, nor a word
 * placing it against the text ("the other bidder", "the nearby school").
 */
export function picksByModifier(sentence: string, kind: string, asked: (word: string) => boolean): boolean {
  const { texts, partsOfSpeech: tags } = taggedAsWritten(sentence);
  const modifies = (at: number) => MODIFIER_TAGS.has(tags[at] ?? "") || tags[at] === "PROPN";
  return texts.some((text, at) => {
    if (tags[at] !== "NOUN" || lemmaOf(text) !== kind) return false;
    let open = at - 1;
    // A compound modifier is one, its hyphen read through: "the steady-state theory".
    while (open >= 0 && (modifies(open) || (texts[open] === "-" && modifies(open - 1)))) open--;
    const modifiers = texts.slice(open + 1, at).filter((word) => word !== "-");
    return modifiers.length > 0 && DEFINITE.has(texts[open] ?? "") && modifiers.some((word) => !asked(word) && !PLACING_WORDS.has(word));
  });
}

// What may open a clause's subject ("that we live…", "that the universe began…", "that matter is…"),
// or a verb's object ("keep one car", "is a bay").
const NOUN_PHRASE_TAGS = new Set(["PRON", "DET", "NOUN", "PROPN", "ADJ", "NUM"]);
// What a clause's verb group holds: "may keep", "had drawn", "was once", "are driven".
const VERB_GROUP_TAGS = new Set(["VERB", "AUX", "ADV", "PART"]);

/**
 * True when the sentence says "the" kind with a whole clause after "that" telling what it holds: "the
 * theory that we live in an electric universe" says which theory, as its name would. Not "the theory
 * that explains it", whose clause tells what the theory does, nor "the plan that officers had drawn
 * up", whose verb lacks the object the plan is: a relative clause, telling only who made it.
 */
export function picksByContent(sentence: string, kind: string, takesNoObject: (verb: string) => boolean): boolean {
  const { texts, partsOfSpeech: tags } = taggedAsWritten(sentence);
  return texts.some(
    (text, at) => tags[at] === "NOUN" && lemmaOf(text) === kind && texts[at - 1] === "the" && texts[at + 1] === "that" && NOUN_PHRASE_TAGS.has(tags[at + 2] ?? "") && isWholeClause(texts, tags, at + 2, takesNoObject),
  );
}

/**
 * True when the clause from its subject on has all its verb needs: a form of "be" (a complement, or
 * a passive: "was once a sea bay", "are driven by wind"), an object right after the verb ("may keep
 * one car"), or a verb whose usual sense takes none ("we live in…"). "her rival published in 2018"
 * lacks the object it refers back to.
 */
function isWholeClause(texts: readonly string[], tags: readonly string[], subject: number, takesNoObject: (verb: string) => boolean): boolean {
  const first = tags.findIndex((tag, at) => at > subject && (tag === "VERB" || tag === "AUX"));
  if (first < 0) return false;
  let last = first;
  while (VERB_GROUP_TAGS.has(tags[last + 1] ?? "")) last++;
  if (texts.slice(first, last + 1).some((word) => BE_FORMS.has(word))) return true;
  if (NOUN_PHRASE_TAGS.has(tags[last + 1] ?? "")) return true;
  let verb = last;
  while (verb >= first && tags[verb] !== "VERB") verb--;
  return verb >= first && takesNoObject(lemmaOf(texts[verb] ?? ""));
}
