import { givesPointInTime, isTimeUnit, PRESENT_TIME } from "./measurements.ts";
import { isCalendarWord } from "./name-mentions.ts";
import { PARTICIPLE } from "./question-grammar.ts";
import { taggedAsWritten, VERBS } from "./tagging.ts";
import { isPastVerbForm, lemmaOf } from "./terms.ts";

// Words that always open a clause of their own: relative pronouns and subordinating conjunctions.
const CLAUSE_OPENERS = new Set([
  "who", "whom", "whose", "which", "when", "where", "while", "whereas", "although", "though", "because", "unless", "whether", "if",
]);
// Words that open a clause when a subject and a verb follow ("after the team's skip moved"), and
// are prepositions otherwise ("since 2006", "before Christmas", "until at least January").
const CLAUSE_OR_PHRASE = new Set(["after", "before", "since", "until", "till", "once", "as"]);
// What a clause's subject is made of, between the opener and its verb.
const SUBJECT = new Set(["DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM", "PART"]);
const RELATIVE_PRONOUNS = new Set(["who", "whom", "whose", "which"]);
// What a participle opening a relative clause follows: the noun it tells of.
const NOUNS_BEFORE = new Set(["NOUN", "PROPN"]);
// How the object of such a participle starts ("named Asha", "called the Lark").
const OBJECT_START = new Set(["PROPN", "NOUN", "DET", "PRON", "NUM", "ADJ"]);

/**
 * The words (as index keys) of each clause of a sentence that gives a point in time: the date a
 * sentence gives is the date of what its own clause tells. "He said the bridge, built in 1854,
 * needs repair" dates the building; "a violin maker who inspected the Lark on Tuesday" dates the
 * inspection, not the violin. A clause starts at a relative pronoun or a subordinating conjunction,
 * at "that" when it is no determiner, at "and", "but" or "or" before a verb, and at a semicolon; a
 * relative clause ends at the next comma. A participle after a noun opens a relative clause without
 * its pronoun ("masks taken from the island in 1897"), and the clause it interrupts goes on after it.
 */
export function datedClauseKeysOf(sentence: string, toKey: (word: string) => string): string[][] {
  const { texts, partsOfSpeech: tags, clauses } = datedClausesOf(sentence);
  return clauses.map((clause) => clause.filter((at) => tags[at] !== "PUNCT").map((at) => toKey(texts[at] ?? "")));
}

/** When a clause tells its event: before now, still to come, or neither for sure (see timeOfClause). */
export type ClauseTime = "past" | "future" | "present";

/**
 * When each clause of a sentence that gives a point in time tells its event (see datedClauseKeysOf):
 * "The museum ruled on Wednesday" the past, "the return is expected by the end of September" the future.
 */
export function datedClauseTimesOf(sentence: string): ClauseTime[] {
  const { texts, partsOfSpeech: tags, clauses } = datedClausesOf(sentence);
  return clauses.map((clause) => timeOfClause(clause.map((at) => texts[at] ?? ""), clause.map((at) => tags[at] ?? "")));
}

// Modals look ahead ("will reopen", "should have power back", "could be released", "must return");
// a plan, a hope or a timetable does too ("is expected to", "is scheduled for", "plans to"), and so
// do the words that place a time after now ("next spring", "tomorrow").
const MODALS_AHEAD = new Set(["will", "wo", "shall", "would", "should", "could", "might", "must", "may"]);
const PLANNED = new Set(["due", "expected", "scheduled", "planned", "plans", "plan", "hopes", "hoped", "aims", "intends", "set", "going"]);
const AFTER_PLANNED = new Set(["to", "for", "on", "in", "by", "within", "until"]);
// A commitment still in force looks ahead to the deed its infinitive tells: made in the present or
// the perfect ("has agreed to host recitals from March", "promises to reopen"); one told in the past
// may have lapsed ("promised to restore its facade in 2019 but never did").
const COMMITTING = new Set(["agree", "agrees", "promise", "promises", "pledge", "pledges", "vow", "vows", "decide", "decides", "vote", "votes"]);
const COMMITTED = new Set(["agreed", "promised", "pledged", "vowed", "decided", "voted"]);
const PERFECT_AUXILIARIES = new Set(["has", "have", "'s", "'ve"]);
// A time a thing is due or expected before or after looks ahead too, told in the present ("a decision
// is not expected before February"); not an expectation told in passing of the past ("The library,
// expected before the 2022 election, opened in May 2024"), nor one planned or set ("the fire was set
// before dawn").
const DUE = new Set(["due", "expected", "scheduled"]);
const AROUND_DUE = new Set(["before", "after"]);
const PRESENT_OF_BE = new Set(["is", "are", "am", "'s", "'re"]);
// What follows that "before" or "after" must be a time, not a court or a body ("is due before Ashford
// magistrates"): one opensTime reads, a figure, or an edge of a stretch of time or a feast.
const TIME_EDGES = new Set(["end", "start", "beginning", "middle", "close", "christmas", "easter", "election"]);

/** True when the words at `from` open a time a thing is due or expected before or after ("February", "2026", "the end of the year"). */
function opensDueTime(texts: readonly string[], tags: readonly string[], from: number): boolean {
  return tags[from] === "NUM" || opensTime(texts, tags, from) || TIME_EDGES.has((texts[firstNounAt(tags, from)] ?? "").toLowerCase());
}

/** True when the word at `at` follows a present "be", perhaps past "not" or an adverb ("is not expected"). */
function afterPresentBe(texts: readonly string[], tags: readonly string[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (tags[before] === "ADV" || tags[before] === "PART")) before--;
  return PRESENT_OF_BE.has(texts[before] ?? "");
}
// Verbs of expecting in the present, whatever follows: "expects full results by the end of the year".
const EXPECTING = new Set(["expect", "expects", "expecting", "anticipate", "anticipates", "anticipating"]);
// Verbs of expecting in any tense before what is expected to do something: "expected the line to reopen".
const EXPECTING_OF_OTHERS = new Set([...EXPECTING, "expected", "anticipated"]);
// What the one expected to do something is made of ("the line", "its new owners", "it").
const EXPECTED_ONE = new Set(["DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"]);
const AHEAD_WORDS = new Set(["next", "tomorrow", "upcoming", "forthcoming"]);
// The forms of the auxiliaries that tell the past, and the words that place a time before now.
const PAST_AUXILIARIES = new Set(["was", "were", "had", "did"]);
const BEHIND_WORDS = new Set(["ago", "yesterday", "last"]);

/**
 * When a clause tells its event, by its verbs first: the future with a modal or a plan, the past
 * with an auxiliary or a verb in a past form ("ruled", "took", "has met"); then by a word placing
 * a time ahead or behind ("next spring", "ago"); else the present, which may be either ("opens in
 * October"). A time word may date another thing than the verb: "was won…, a place for next summer's
 * championships".
 */
function timeOfClause(texts: readonly string[], tags: readonly string[]): ClauseTime {
  if (looksAhead(texts, tags) || putOffAt(texts, tags) >= 0) return "future";
  if (texts.some((text, at) => (tags[at] === "AUX" ? PAST_AUXILIARIES.has(text) : tags[at] === "VERB" && isPastVerbForm(text) && !isPassiveOfUntensedBe(texts, tags, at)))) return "past";
  if (texts.some((text) => AHEAD_WORDS.has(text))) return "future";
  return texts.some((text) => BEHIND_WORDS.has(text)) ? "past" : "present";
}

// Verbs that put a thing off, alone or before their particle ("put back", "put off", "pushed back").
const PUTTING_OFF = new Set(["adjourn", "postpone", "defer", "delay", "reschedule"]);
const PUTTING_OFF_PHRASAL = new Set(["put", "push"]);
const PUT_OFF_PARTICLES = new Set(["back", "off"]);
const UNTIL = new Set(["until", "till"]);

/**
 * Where the verb of a thing put off until a time stands, -1 for none: that time is still to come
 * when told, though the telling is in the past ("She adjourned sentencing until 14 June", "the
 * repairs have been put back until autumn").
 */
function putOffAt(texts: readonly string[], tags: readonly string[]): number {
  const at = texts.findIndex((text, at) => {
    if (tags[at] !== "VERB") return false;
    const lemma = lemmaOf(text.toLowerCase());
    return PUTTING_OFF.has(lemma) || (PUTTING_OFF_PHRASAL.has(lemma) && PUT_OFF_PARTICLES.has(texts[at + 1] ?? ""));
  });
  return at >= 0 && texts.slice(at + 1).some((text) => UNTIL.has(text.toLowerCase())) ? at : -1;
}

// What ends the phrase of the thing put off: "deferred a decision on the development until…".
const AFTER_THING_PUT_OFF = new Set(["ADP", "PUNCT", "CCONJ", "SCONJ"]);

/**
 * The nouns of the thing a sentence puts off until a time, as written: "sentencing" in "She
 * adjourned sentencing until 14 June", "captain" and "hearing" in "The league put back Rovers
 * captain Lewis Okafor's disciplinary hearing until 2 May", which tells when the hearing will be,
 * not the match; "decision" in "deferred a decision on the development until 9 October". None when
 * the verb is passive ("Sentencing was adjourned until…").
 */
export function thingsPutOffIn(sentence: string): string[] {
  const { texts, partsOfSpeech: tags } = taggedAsWritten(sentence);
  const at = putOffAt(texts, tags);
  if (at < 0) return [];
  const nouns: string[] = [];
  for (let next = PUT_OFF_PARTICLES.has(texts[at + 1] ?? "") ? at + 2 : at + 1; next < texts.length && !AFTER_THING_PUT_OFF.has(tags[next] ?? ""); next++) {
    if (tags[next] === "NOUN" || tags[next] === "VERB") nouns.push(texts[next] ?? "");
  }
  return nouns;
}

// A "be" that carries no tense of its own: a participle after it is told at the time of what comes
// before ("is to be reopened", "let them be hanged"). So is "being" after a present "be" ("is being
// repaired"), but not after a preposition ("after being questioned on 2 August" tells the past).
const PRESENT_BE = new Set(["is", "are", "am", "'s", "'re"]);

/**
 * True when the participle at `at` follows an untensed "be", perhaps past an adverb ("be quietly
 * dropped"): its past form is the passive's, not a past tense.
 */
function isPassiveOfUntensedBe(texts: readonly string[], tags: readonly string[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && tags[before] === "ADV") before--;
  const be = texts[before] ?? "";
  return be === "be" || (be === "being" && PRESENT_BE.has(texts[before - 1] ?? ""));
}

// Modals that look back before a perfect: "would have been longer", "could have started".
const MODALS_OF_PERFECT = new Set(["would", "should", "could", "might", "must", "may"]);

/** True when words tell something still to come by their verbs (see opensAhead). */
function looksAhead(texts: readonly string[], tags: readonly string[]): boolean {
  return texts.some((_text, at) => opensAhead(texts, tags, at));
}

/**
 * True when the word at `at` tells what follows is still to come: a modal ("would not appeal"), not
 * one before a perfect ("would have been longer" tells the past; "will have finished" and "would have
 * to pay" still look ahead), a plan ("plans to invest", "is expected by"), a commitment ("has agreed
 * to host") or an expectation ("expects full results").
 */
function opensAhead(texts: readonly string[], tags: readonly string[], at: number): boolean {
  const text = texts[at] ?? "";
  if (infinitiveOfExpectedAt(texts, tags, at) !== undefined) return true;
  if (PLANNED.has(text)) {
    const dueAround = DUE.has(text) && AROUND_DUE.has(texts[at + 1] ?? "") && afterPresentBe(texts, tags, at) && opensDueTime(texts, tags, at + 2);
    return AFTER_PLANNED.has(texts[at + 1] ?? "") || dueAround;
  }
  if (EXPECTING.has(text)) return tags[at] === "VERB";
  if ((COMMITTING.has(text) || (COMMITTED.has(text) && PERFECT_AUXILIARIES.has(texts[at - 1] ?? ""))) && tags[at] === "VERB") return texts[at + 1] === "to" && VERBS.has(tags[at + 2] ?? "");
  // "should have power back" looks ahead too: no participle follows.
  const perfectAt = (after: number) => texts[after] === "have" && isPastVerbForm(texts[after + 1] ?? "");
  const beforePerfect = MODALS_OF_PERFECT.has(text) && (perfectAt(at + 1) || perfectAt(at + 2));
  return MODALS_AHEAD.has(text) && tags[at] === "AUX" && !beforePerfect;
}

/**
 * Where "to" stands when the word at `at` expects someone or something to do a thing ("expected the
 * line to reopen", "expects it to take weeks"): what they are expected to do is still to come.
 */
function infinitiveOfExpectedAt(texts: readonly string[], tags: readonly string[], at: number): number | undefined {
  // "had expected the excavation to end in June", "expected the council to clear it last autumn": an
  // expectation of the past, most often unmet.
  if (!EXPECTING_OF_OTHERS.has(texts[at] ?? "") || tags[at] !== "VERB" || texts[at - 1] === "had" || texts.slice(at).some((text) => BEHIND_WORDS.has(text))) return undefined;
  let next = at + 1;
  // A participle before its noun is of the one expected too: "expected the remaining repairs to be completed".
  while (next < texts.length && (EXPECTED_ONE.has(tags[next] ?? "") || (tags[next] === "VERB" && NOUNS_BEFORE.has(tags[next + 1] ?? "")))) next++;
  return next > at + 1 && texts[next] === "to" && VERBS.has(tags[next + 1] ?? "") ? next : undefined;
}

// What a verb group is made of after its modal: "would not be made", "will also have to pay".
const VERB_GROUP = new Set(["VERB", "AUX", "ADV", "PART"]);

/**
 * The verbs a modal of the future or a plan brings in, as written ("recommend" in "the committee
 * would recommend approval", "frozen" in "fares will be frozen", "invest" in "plans to invest"):
 * what the sentence says is still to come.
 */
export function verbsAheadOf(sentence: string): string[] {
  const { texts, partsOfSpeech: tags } = taggedAsWritten(sentence);
  const verbs: string[] = [];
  texts.forEach((_text, at) => {
    if (!opensAhead(texts, tags, at)) return;
    for (let next = infinitiveOfExpectedAt(texts, tags, at) ?? at + 1; next < texts.length && VERB_GROUP.has(tags[next] ?? ""); next++) {
      if (tags[next] === "VERB") verbs.push(texts[next] ?? "");
    }
  });
  return verbs;
}

// A time the engine reads as no date: a word placing what is told against another time or event
// ("by Christmas", "once the repairs are finished", "after the election", "when the river falls"),
// or a part of the year or of a stretch of time ("in the spring", "at the end of the month").
const TIME_LIKE = new RegExp(
  [
    "\\b(?:by|once|after|when|before|until|till)\\b",
    // A time told only as near or further off: "will take a wedding trip later", "should reopen soon".
    "\\b(?:later|soon|shortly|eventually)\\b",
    "\\b(?:in|at|during|over|within)\\s+(?:the\\s+)?(?:(?:early|late|coming|next|following)\\s+)?(?:few\\s+)?(?:(?:start|end|beginning|middle|close)\\s+of\\s+(?:the\\s+)?)?(?:spring|summer|autumn|fall|winter|weekend|days|weeks?|months?|years?|season|new\\s+year|future)\\b",
  ].join("|"),
  "i",
);

// A word placing what a sentence tells in the present ("until now" too: up to this moment); not
// "now that", which gives a reason.
const TOLD_NOW = new RegExp(`\\b${PRESENT_TIME}\\b(?!\\s+that\\b)`, "i");

/** True when a sentence places what it tells in the present ("Patricia now attends…", "currently plays for"). */
export function placesInPresent(sentence: string): boolean {
  return TOLD_NOW.test(sentence);
}

/**
 * True when a sentence tells something still to come by its verbs and says when by a time it gives
 * in words ("will reopen by Christmas", "should have the bronzes back by autumn", "plans to appeal
 * once the ruling is published"): a bare future ("The bridge will reopen, a spokesperson said") tells no time.
 */
export function tellsTimeAhead(sentence: string): boolean {
  if (!TIME_LIKE.test(sentence)) return false;
  const { texts, partsOfSpeech: tags } = taggedAsWritten(sentence);
  return looksAhead(texts, tags);
}

/** The sentence's words and the word positions of each clause that gives a point in time. */
function datedClausesOf(sentence: string): { texts: readonly string[]; partsOfSpeech: readonly string[]; clauses: number[][] } {
  const { values, texts, partsOfSpeech: tags } = taggedAsWritten(sentence);
  const clauses: number[][] = [];
  let current: number[] = [];
  let endsAtComma = false;
  // The clause a participle's relative clause interrupts, which goes on after it; and whether that
  // relative clause ends at the preposition after its object ("a lioness named Asha | in the early
  // hours of Saturday") rather than at a comma ("masks taken from the island in 1897").
  let interrupted: number[] | undefined;
  let endsAfterObject = false;
  const open = () => {
    if (current.length > 0) clauses.push(current);
    current = [];
  };
  for (let at = 0; at < texts.length; at++) {
    const text = texts[at] ?? "";
    if (interrupted !== undefined && (text === "," || (endsAfterObject && tags[at] === "ADP"))) {
      open();
      current = interrupted;
      interrupted = undefined;
      if (text === ",") continue;
    }
    if (text === "," && endsAtComma) {
      open();
      endsAtComma = false;
      continue;
    }
    if (interrupted === undefined && isReducedRelative(texts, tags, at) && interruptsClause(current, texts, tags, at)) {
      interrupted = current;
      current = [];
      endsAfterObject = OBJECT_START.has(tags[at + 1] ?? "");
    } else if (text === ";" || (opensClause(texts, tags, at) && !joinsVerbToModal(current, texts, tags, at))) {
      open();
      // "who was born in 1841 and died in 1903, was…": a conjoined clause ends where the relative one does.
      endsAtComma = RELATIVE_PRONOUNS.has(text) || (endsAtComma && tags[at] === "CCONJ");
    }
    current.push(at);
  }
  open();
  if (interrupted !== undefined) clauses.push(interrupted);
  return { texts, partsOfSpeech: tags, clauses: clauses.filter((clause) => givesPointInTime(clause.map((at) => values[at]).join(" "))) };
}

// An aside after a comma most often opens with an indefinite article ("the Custom House, a Georgian
// building awarded a heritage plaque last year, …"); a subject with its own verb, with "the".
const INDEFINITE = new Set(["a", "an"]);
// The seasons, which a time after a participle may name as a month or a unit of time ("the previous winter").
const SEASONS = new Set(["spring", "summer", "autumn", "fall", "winter"]);
// What may open a time before its noun: "the previous", "40", "two", "last".
const TIME_OPENING = new Set(["DET", "ADJ", "NUM"]);

/**
 * True when the participle at `at` interrupts the clause before it, which has its verb already
 * ("bought masks taken from the island"). Past a comma with no verb after it yet, it does only as an
 * aside: no object follows the participle ("the footbridge, an iron span built in 1888"), a time
 * does ("a carving salvaged the previous winter"), or the words after the comma open with "a" or
 * "an". Else it is the verb of the subject after the comma: in "and finally opposed, but in spite of
 * many objections, the Court granted a charter", "granted" is the Court's.
 */
function interruptsClause(clause: readonly number[], texts: readonly string[], tags: readonly string[], at: number): boolean {
  for (let back = clause.length - 1; back >= 0; back--) {
    const word = clause[back] ?? 0;
    if (VERBS.has(tags[word] ?? "")) return true;
    if (texts[word] === ",") return (!OBJECT_START.has(tags[at + 1] ?? "") || opensTime(texts, tags, at + 1) || INDEFINITE.has(texts[clause[back + 1] ?? -1] ?? "")) && clause.some((earlier) => VERBS.has(tags[earlier] ?? ""));
  }
  return false;
}

/**
 * True when the words at `from` tell a time, not an object: their first noun is a unit of time, a
 * season, a month or a day ("salvaged the previous winter", "opened two centuries ago", "designed the
 * same year as the town hall").
 */
function opensTime(texts: readonly string[], tags: readonly string[], from: number): boolean {
  const noun = texts[firstNounAt(tags, from)] ?? "";
  return isTimeUnit(lemmaOf(noun)) || SEASONS.has(noun) || isCalendarWord(noun);
}

/** Where the words at `from` reach their noun, past what may open a time ("the previous", "40", "two", "last"). */
function firstNounAt(tags: readonly string[], from: number): number {
  let at = from;
  while (TIME_OPENING.has(tags[at] ?? "")) at++;
  return at;
}

/**
 * True when the word at `at` is a participle right after a noun, which opens a relative clause
 * without its pronoun when the clause it interrupts has its verb already ("must return 14 bronze
 * figures taken from Mabora a century ago" dates the taking; in "The High Court in Harrowgate
 * ruled…" the verb is the clause's own).
 */
function isReducedRelative(texts: readonly string[], tags: readonly string[], at: number): boolean {
  const text = texts[at] ?? "";
  return tags[at] === "VERB" && isParticiple(text) && NOUNS_BEFORE.has(tags[at - 1] ?? "") && !takesClause(tags, at);
}

/**
 * True when a verb's object is the subject of a verb of its own: in "said the company hoped the drug
 * could be available…" "hoped" is the verb of a clause telling what was hoped, no participle of a
 * relative one ("figures taken from Mabora a century ago", whose object no verb follows).
 */
function takesClause(tags: readonly string[], at: number): boolean {
  let next = at + 1;
  while (SUBJECT.has(tags[next] ?? "")) next++;
  return next > at + 1 && VERBS.has(tags[next] ?? "");
}

/** True for a verb form that may be a participle: inflected ("carved", "built", "taken", "running"), not a present tense ("covers"). */
function isParticiple(text: string): boolean {
  return PARTICIPLE.test(text) || (lemmaOf(text) !== text && !text.endsWith("s"));
}

/**
 * True for "and" or "or" before a verb that shares the modal of the clause it joins ("will be sealed
 * and opened in 2125", "will be repaired or replaced by June"): both deeds are to come, at the one time.
 */
function joinsVerbToModal(current: readonly number[], texts: readonly string[], tags: readonly string[], at: number): boolean {
  return tags[at] === "CCONJ" && tags[at + 1] === "VERB" && current.some((word) => tags[word] === "AUX" && MODALS_AHEAD.has(texts[word] ?? ""));
}

/** True when the word at `at` starts a clause (see datedClauseKeysOf). */
function opensClause(texts: readonly string[], tags: readonly string[], at: number): boolean {
  const text = texts[at] ?? "";
  const tag = tags[at] ?? "";
  if (CLAUSE_OPENERS.has(text)) return true;
  if (text === "that") return tag !== "DET";
  if (tag === "CCONJ") return VERBS.has(tags[at + 1] ?? "");
  if (!CLAUSE_OR_PHRASE.has(text)) return false;
  let next = at + 1;
  while (SUBJECT.has(tags[next] ?? "")) next++;
  return VERBS.has(tags[next] ?? "");
}

