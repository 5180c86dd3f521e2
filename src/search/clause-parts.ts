import { opensAttribution } from "./attribution.ts";
import { NOUNS, POSSESSIVE_ENDINGS, tagged, taggedAsWritten, type Tagged, type TaggedAsWritten } from "./tagging.ts";

// Which words a sentence says only in one part of it: as an aim ("to negotiate the release"),
// inside a prepositional phrase ("met with Bogdanov"), as the subject it opens with, or where the
// subject of each of its verbs stands.

// The words of a noun phrase, and of the prepositional phrase that may close one ("in Qatar").
export const NOMINAL: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
// What may follow an aim's verb as its object: "to negotiate the prompt release of foreign hostages".
const AIM_OBJECT = new Set([...NOMINAL, "ADP", "ADV"]);

/**
 * The part of speech of the word a "to" infinitive hangs on, looking back past the prepositional
 * phrases between ("agreed on Tuesday to set aside" → "agreed").
 */
function governorOf(partsOfSpeech: readonly string[], to: number): string | undefined {
  let at = to - 1;
  for (;;) {
    let before = at;
    while (before >= 0 && NOMINAL.has(partsOfSpeech[before] ?? "")) before--;
    if (before < 0 || before === at || partsOfSpeech[before] !== "ADP") return partsOfSpeech[at];
    at = before - 1;
  }
}

// The forms of "use", whose object's infinitive tells what was done with it.
const USING = new Set(["use", "uses", "used", "using"]);

/**
 * True when a "to" infinitive follows the object of "use": "used inflatable boats to rescue 46
 * people" tells the rescue done, as "sent a team to negotiate" does not tell the talks.
 */
function endsObjectOfUse(texts: readonly string[], partsOfSpeech: readonly string[], to: number): boolean {
  let before = to - 1;
  while (before >= 0 && NOMINAL.has(partsOfSpeech[before] ?? "")) before--;
  return before < to - 1 && partsOfSpeech[before] === "VERB" && USING.has(texts[before] ?? "");
}

// The past forms of "be", before "able": "he was able to buy" tells he bought.
const PAST_BE = new Set(["was", "were"]);

// What makes a deed only supposed or in doubt: "if it was able to sell", "whether the crew were able to launch".
const OPEN_OR_SUPPOSED = new Set(["if", "whether", "unless"]);

/**
 * True when a "to" infinitive follows "was able", "were able" or a past "had": what was done, no aim
 * ("was able to buy 116,000 square miles", "in 1864 Newman had to write his Apologia"); not after
 * "if", "whether" or "unless" in its sentence, where it may not have been.
 */
function endsPastDeed(texts: readonly string[], to: number): boolean {
  const before = texts[to - 1];
  const done = (before === "able" && PAST_BE.has(texts[to - 2] ?? "")) || before === "had";
  return done && !texts.slice(0, to).some((text) => OPEN_OR_SUPPOSED.has(text));
}

/**
 * Index keys of the words a sentence tells only as an aim: a "to" infinitive and its object that
 * hang on no verb ("The purpose was to negotiate the release of hostages", "asked the government to
 * fund homes", "a desire to meet"). Such a sentence says what someone wanted, not that it happened.
 * An infinitive after a verb ("agreed to set aside", "voted to ban") reports the act, and a perfect
 * one ("appears to have formed") a deed done: neither is an aim.
 */
export function aimKeysOf(sentence: string, toKey: (word: string) => string): Set<string> {
  const { texts, partsOfSpeech } = tagged(sentence);
  const aims = new Set<string>();
  const told = new Set<string>();
  let inAim = false;
  for (let at = 0; at < texts.length; at++) {
    const text = texts[at] ?? "";
    const next = partsOfSpeech[at + 1];
    if (text === "to" && partsOfSpeech[at] === "PART" && (next === "VERB" || next === "AUX") && texts[at + 1] !== "have" && governorOf(partsOfSpeech, at) !== "VERB" && !endsObjectOfUse(texts, partsOfSpeech, at) && !endsPastDeed(texts, at)) {
      inAim = true;
      continue;
    }
    // The aim's verb, then its object (a hyphen joins its words: "locked-out"); any other word
    // ends it ("being held" is told as done).
    if (inAim && !(partsOfSpeech[at - 1] === "PART" || text === "-" || AIM_OBJECT.has(partsOfSpeech[at] ?? ""))) inAim = false;
    (inAim ? aims : told).add(toKey(text));
  }
  return new Set([...aims].filter((key) => !told.has(key)));
}

// Inside a noun phrase, and across "and" ("with Bogdanov and Foreign Minister Sergei Lavrov"), not a comma.
const IN_PHRASE = new Set([...NOMINAL, "CCONJ"]);
// Prepositions that bring in who speaks or does: "according to Lavrov", "a statement from the
// ministry", "was criticised by the union".
const SOURCE_PREPOSITIONS = new Set(["by", "from", "to"]);
// Those who speak for another, named after their "for": "a spokeswoman for the council said…" is the council speaking.
const SPEAKING_FOR = new Set(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "representative", "representatives", "lawyer", "lawyers", "solicitor", "barrister", "attorney"]);
// Those of a body who speak as it, named after their "of": "officials of the ministry said" is the
// ministry speaking. Not its members, who may speak for themselves ("a member of the Quayle family").
const SPEAKING_AS_PART_OF = new Set(["official", "officials", "representative", "representatives", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"]);
// "Per Lindqvist, chief economist…": a first name the tagger takes for the preposition. Written with
// a capital before a name it is that, or "per" as "according to" ("Per Reuters, …"): either way
// the name after it is who speaks.
const NAME_OR_SOURCE_PER = "Per";
const NAME_START = /^\p{Lu}/u;

/**
 * Index keys of the words a sentence says only inside a prepositional phrase ("met with Bogdanov
 * and Sergei Lavrov", "had written to the business secretary", "after state regulators declared"):
 * there someone else acts or speaks to, with or about them. A phrase that names a source ("according
 * to", "from", "by", "a spokeswoman for", "as Bonhoffer puts it") does not count, nor one that goes on
 * to give its words ("to William James' statement that…", "in the words of Irenaeus"; `namesWordsSaid`).
 */
export function phraseOnlyKeysOf(
  sentence: string,
  toKey: (word: string) => string,
  namesRole: (word: string) => boolean = () => false,
  namesWordsSaid: (word: string) => boolean = () => false,
): Set<string> {
  const words = taggedAsWritten(sentence);
  const { texts, values, partsOfSpeech } = words;
  const inPhrase = new Set<string>();
  const elsewhere = new Set<string>();
  texts.forEach((text, at) => {
    const before = phraseOpeningBefore({ texts, partsOfSpeech }, at);
    if (holdsTitleOfField(words, before, at, namesRole)) {
      elsewhere.add(toKey(text));
      return;
    }
    const preposition = partsOfSpeech[before] === "ADP" ? texts[before] ?? "" : undefined;
    const namesSource =
      preposition !== undefined &&
      ((SOURCE_PREPOSITIONS.has(preposition) && (preposition !== "to" || opensAttribution(texts, before - 1))) ||
        (preposition === "for" && SPEAKING_FOR.has(texts[before - 1] ?? "")) ||
        (preposition === "of" && SPEAKING_AS_PART_OF.has(texts[before - 1] ?? "")) ||
        (values[before] === NAME_OR_SOURCE_PER && NAME_START.test(values[before + 1] ?? "")) ||
        (preposition === "as" && opensClauseAfter({ texts, partsOfSpeech }, at)) ||
        (preposition === "of" && texts[before - 3] === "in" && texts[before - 2] === "the" && namesWordsSaid(texts[before - 1] ?? "")) ||
        ownsWordsSaid({ texts, partsOfSpeech }, at, namesWordsSaid));
    (preposition !== undefined && !namesSource ? inPhrase : elsewhere).add(toKey(text));
  });
  return new Set([...inPhrase].filter((key) => !elsewhere.has(key)));
}

/**
 * Index keys of the words inside a phrase that presents a text as where something is told ("under
 * the rules of the BMMA", "in the report"): there the text tells it. Not a phrase of time ("ahead of
 * a report due next month", "after the inspection report was published"), nor one of another's words about it.
 */
export function textSourceKeysOf(sentence: string, toKey: (word: string) => string): Set<string> {
  const words = tagged(sentence);
  return new Set(words.texts.filter((_, at) => TEXT_SOURCE_PREPOSITIONS.has(words.texts[phraseOpeningBefore(words, at)] ?? "")).map(toKey));
}

// The prepositions that present a text as where something is told: "in the report", "under the rules".
const TEXT_SOURCE_PREPOSITIONS = new Set(["in", "under"]);

/**
 * True when the word owns the noun after it, one of what is said, and the sentence goes on to say it
 * ("William James' statement that…", "Putin's stern warning: …"); not a mention of it ("did not
 * respond to Hughes' remark", "McCloy's unexpected report from Khrushchev").
 */
function ownsWordsSaid({ texts, partsOfSpeech }: Tagged, at: number, namesWordsSaid: (word: string) => boolean): boolean {
  if (!POSSESSIVE_ENDINGS.has(texts[at + 1] ?? "")) return false;
  const owned = partsOfSpeech[at + 2] === "ADJ" ? at + 3 : at + 2;
  return partsOfSpeech[owned] === "NOUN" && namesWordsSaid(texts[owned] ?? "") && WORDS_FOLLOW.has(texts[owned + 1] ?? "");
}

// What opens the words said after their noun: a clause of content, a quotation, a colon.
const WORDS_FOLLOW = new Set(["that", ":", "“", '"']);

/** True when the noun phrase holding a word is the subject of a verb after it: "As Dietrich Bonhoffer puts it, …" is a clause of its own. */
function opensClauseAfter({ texts, partsOfSpeech }: Tagged, at: number): boolean {
  let after = at + 1;
  while (after < texts.length && (IN_PHRASE.has(partsOfSpeech[after] ?? "") || texts[after] === "-")) after++;
  return partsOfSpeech[after] === "VERB" || partsOfSpeech[after] === "AUX";
}

/** Where the word before the noun phrase holding a word stands (a preposition, when the word is inside a prepositional phrase); -1 at the start. */
function phraseOpeningBefore({ texts, partsOfSpeech }: Tagged, at: number): number {
  let before = at - 1;
  while (before >= 0 && (IN_PHRASE.has(partsOfSpeech[before] ?? "") || texts[before] === "-")) before--;
  return before;
}

// A quotation inside a sentence: "“I am always in support of it,” Bogdanov stated".
export const QUOTED = /[“"][^”"]*[”"]/g;

/**
 * True when a word is a name after a title's field in lower case, which the name holds rather than
 * being inside a phrase: "member of parliament Hester Quayle said", "chief of staff Ana Ruiz" (the
 * role word is one namesRole passes, the field one it does not). Not "a member of the Smith family",
 * nor "a relative of farmer John Hale", whose field is a person.
 */
function holdsTitleOfField({ texts, values, partsOfSpeech }: TaggedAsWritten, before: number, at: number, namesRole: (word: string) => boolean): boolean {
  return (
    texts[before] === "of" &&
    at > before + 1 &&
    partsOfSpeech[before + 1] === "NOUN" &&
    !NAME_START.test(values[before + 1] ?? "") &&
    !namesRole(texts[before + 1] ?? "") &&
    partsOfSpeech[at] === "PROPN" &&
    NAME_START.test(values[at] ?? "") &&
    namesRole(texts[before - 1] ?? "")
  );
}

/**
 * Index keys of the words that open a sentence as the subject of its first verb, outside any
 * quotation and any prepositional phrase but a source's ("Vladimir Putin issued a warning that if
 * Israel…", "“…,” Bogdanov stated", "According to Lavrov, …"): the one who says, thinks or does
 * what the sentence tells, not someone named further on.
 */
export function subjectKeysOf(sentence: string, toKey: (word: string) => string): Set<string> {
  const unquoted = sentence.replace(QUOTED, " ");
  const { texts, partsOfSpeech } = tagged(unquoted);
  const first = firstVerbAt({ texts, partsOfSpeech });
  const inPhrase = phraseOnlyKeysOf(unquoted, toKey);
  const subject = texts.slice(0, first < 0 ? texts.length : first).filter((_, at) => NOUNS.has(partsOfSpeech[at] ?? ""));
  return new Set(subject.map(toKey).filter((key) => !inPhrase.has(key)));
}

// What a sentence's opening noun phrase may hold before and between its nouns: "The new managing
// director", "The company's owners"; a verb only as an -ing form before a noun.
const OPENING_PHRASE = new Set([...NOMINAL, "ADV", "PART"]);
const ING_FORM = /ing$/;

/**
 * Index keys of the common nouns of the noun phrase a sentence opens with, up to its first comma,
 * preposition or auxiliary ("director" of "The new managing director, Samuel Otieno, said…",
 * "company" and "owners" of "The company's owners confirmed…"); none when it opens otherwise ("To
 * fill the vacancies, the hospital…"). Read from the tags alone, so a participle the tagger takes for a
 * verb ("managing") does not end it.
 */
export function openingNounKeysOf(sentence: string, toKey: (word: string) => string): string[] {
  const { texts, partsOfSpeech } = tagged(sentence.replace(QUOTED, " "));
  if (partsOfSpeech[0] !== "DET" && !NOUNS.has(partsOfSpeech[0] ?? "")) return [];
  const inPhrase = (part: string, at: number) =>
    OPENING_PHRASE.has(part) || (part === "VERB" && ING_FORM.test(texts[at] ?? "") && partsOfSpeech[at + 1] === "NOUN");
  const end = partsOfSpeech.findIndex((part, at) => !inPhrase(part, at));
  return texts.slice(0, end < 0 ? texts.length : end).filter((_, at) => partsOfSpeech[at] === "NOUN").map(toKey);
}

/** The first verb of a sentence outside quotations, whose subject opens it (see subjectKeysOf): "announced" in "The club announced that…". */
export function openingVerbOf(sentence: string): string | undefined {
  const unquoted = tagged(sentence.replace(QUOTED, " "));
  return unquoted.texts[firstVerbAt(unquoted)];
}

/** Where a sentence's first verb or auxiliary is, -1 for none: "according to" names a source, no verb of the sentence's own. */
function firstVerbAt({ texts, partsOfSpeech }: Tagged): number {
  // A participle joined by a hyphen to the word before is part of an adjective: "The so-called vegetable ivory is…".
  return partsOfSpeech.findIndex((part, at) => (part === "VERB" || part === "AUX") && texts[at - 1] !== "-" && !opensAttribution(texts, at));
}

/** The forms of "be": before a participle, the subject is what the deed was done to ("she was sentenced"). */
export const BE_FORMS: ReadonlySet<string> = new Set(["be", "is", "are", "was", "were", "been", "being", "am", "'s"]);
// The subject pronouns a question puts between "be" and what it says of them: "were they friends?".
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["i", "you", "he", "she", "it", "we", "they"]);

// Question words before "be" that ask for the one its complement names: "who was mayor…?".
const ASKING_FOR_ONE: ReadonlySet<string> = new Set(["who", "which"]);

/**
 * True when the word at this position says what someone is, as the complement of "be" right before
 * it, maybe after a subject pronoun: "being buddies", "were they buddies?". Such a noun describes
 * whom the question is about; it asks about no other person. After "who was" it names the one asked for.
 */
export function complementsBe(words: readonly string[], at: number): boolean {
  const before = words[at - 1] ?? "";
  if (BE_FORMS.has(before)) return !ASKING_FOR_ONE.has(words[at - 2] ?? "");
  return SUBJECT_PRONOUNS.has(before) && BE_FORMS.has(words[at - 2] ?? "");
}

// What may stand between a subject and its verb: auxiliaries and adverbs ("has since dropped", "will not leave").
const BEFORE_VERB = new Set(["ADV", "AUX", "PART"]);
// Relative pronouns between a subject and its verb: "the council, which approved…", "Ana Reis, who drafted…".
const RELATIVES = new Set(["who", "which", "that"]);
// How many words an appositive between commas may hold: ", a founder and political leader of Hamas,".
const APPOSITIVE_WORDS = 12;
/** The articles an appositive saying what a name is opens with: ", a junior auditor,". */
export const APPOSITIVE_START = /^(a|an|the)$/i;

/** A verb in the active voice and where its subject stands (see activeVerbsOf). */
export interface ActiveVerb {
  /** The verb's index among the sentence's words. */
  verb: number;
  /**
   * True when the verb shares the subject of the verb before it: after "and" or "or" ("The council
   * met and approved…") or after a comma that opens no appositive ("He repainted the boxes, removed
   * the brands…").
   */
  sharesSubject: boolean;
  /** The index of the last word of its subject, where one stands; below 0 where none does. */
  subjectEnd: number;
  /** The relative pronoun between the subject and the verb ("who", "which", "that"), if any. */
  relative: string | undefined;
}

/** A sentence's words outside quotations, with its verbs in the active voice. */
export interface ActiveVerbs extends TaggedAsWritten {
  verbs: ActiveVerb[];
}

/**
 * The verbs of a sentence in the active voice (outside quotations) and where each one's subject
 * ends: right before the verb ("The council approved…"), before an appositive between commas
 * ("Tullis, a former beekeeper, sold…") or before a relative pronoun ("the airline, which
 * dropped…"). Auxiliaries and adverbs may stand between ("has quietly dropped"); a form of "be" makes
 * the subject the one the deed was done to, unless an -ing form follows ("was leading"), and a
 * participle before "by" is a passive's. The readers
 * of who does what (doersOf, subjectsOf) read the subject's words from there, each its own way.
 */
export function activeVerbsOf(sentence: string): ActiveVerbs {
  const words = taggedAsWritten(sentence.replace(QUOTED, " "));
  const verbs = words.partsOfSpeech.flatMap((part, verb) => (part === "VERB" ? (activeVerbAt(words, verb) ?? []) : []));
  return { ...words, verbs };
}

/** The verb at an index with where its subject ends, or undefined when it is in the passive voice. */
function activeVerbAt({ texts, partsOfSpeech }: Tagged, verb: number): ActiveVerb | undefined {
  if (texts[verb + 1] === "by") return undefined;
  let at = verb - 1;
  // "Marzook was leading the delegation" is active; "the hostages were held" passive.
  const progressive = (texts[verb] ?? "").endsWith("ing");
  while (at >= 0 && BEFORE_VERB.has(partsOfSpeech[at] ?? "")) {
    if (BE_FORMS.has(texts[at] ?? "") && !progressive) return undefined;
    at--;
  }
  const before = texts[at] ?? "";
  if (before === "and" || before === "or") return { verb, sharesSubject: true, subjectEnd: -1, relative: undefined };
  // "that" as a subordinator opens a clause ("said that officials had…"), not a relative one.
  if (RELATIVES.has(before) && partsOfSpeech[at] !== "SCONJ") {
    return { verb, sharesSubject: false, subjectEnd: at - (texts[at - 1] === "," ? 2 : 1), relative: before };
  }
  if (before !== ",") return { verb, sharesSubject: false, subjectEnd: at, relative: undefined };
  const open = appositiveOpening(texts, at - 1);
  // No appositive: a list of deeds ("He repainted the boxes, removed the brands and sold…").
  return open < 0 ? { verb, sharesSubject: true, subjectEnd: -1, relative: undefined } : { verb, sharesSubject: false, subjectEnd: open - 1, relative: undefined };
}

/**
 * The comma that opens an appositive ending at a word (", a founder and political leader of
 * Hamas," or ", a paediatric allergist who"); -1 when there is none.
 */
export function appositiveOpening(texts: readonly string[], end: number): number {
  let open = end;
  while (open >= 0 && end - open < APPOSITIVE_WORDS && texts[open] !== ",") open--;
  return open >= 0 && texts[open] === "," && APPOSITIVE_START.test(texts[open + 1] ?? "") ? open : -1;
}
