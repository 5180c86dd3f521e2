import { taggedAsWritten, VERBS } from "./tagging.ts";
import { termKey } from "./terms.ts";
import { CAPITALISED, isStopWord, SENTENCE_OPENING, words } from "./text.ts";

// He, she and they carry a person or a body through an article, across paragraphs.
const PERSONAL_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir|him|them)\b/;
// A sentence whose subject is a pronoun: "He said…", "…, she added", "They voted…", and one opening a quotation ("“They sent me a voucher.”").
const PRONOUN_SUBJECT = new RegExp(`(?:${SENTENCE_OPENING}|[,;:“"‘”’] )(?:[Hh]e|[Ss]he|[Tt]hey) [a-z]`);
// A sentence opening with a possessive pronoun, about someone's own: "Her coach, Ian Threlkeld, said…".
const POSSESSIVE_OPENING = /^(?:His|Her|Their) [a-z]/;
// A time told by the sentence before ("that summer", "the same year", "the next day"): "…died that
// summer" is about the summer of the year the sentence before gave. Not "that" joining a clause: in
// "found that summer bookings rose" or "said that year-on-year growth slowed" a noun or a hyphen follows.
const TIME_BEFORE =
  /\b(?:[Tt]hat|[Tt]he (?:same|following|next|previous)) (?:day|night|morning|afternoon|evening|week|weekend|month|year|season|summer|winter|spring|autumn|decade|century)(?=\s*(?:[.,;:!?)]|$)|\s+(?:the|a|an|when|as|and|but|after|before|while|it|he|she|they|we|its|his|her|their|in|on|at|to|for|of|with|was|were|is|had|has)\b)/;
// A sentence with a pronoun ("He said...", "After the vote, she resigned"), one opening with a
// common noun taken as known ("The lender has 9,300 members"), with "Each one" or with a quotation
// (most often the speaker the sentence before named), or with a time the one before told, goes on
// about what the sentence before named. An adverb opening it keeps its subject ("Ultimately the
// development will comprise 300 units").
const REFERS_BACK = new RegExp(`^(?:[“"‘']|(?:[A-Z][a-z]+ly,? )?(?:[Ii]ts?\\b|[Tt]his\\b|[Tt]hese\\b|[Tt]he [a-z]|Each one\\b))|${PERSONAL_PRONOUN.source}|${TIME_BEFORE.source}`);

// A sentence whose subject is a pronoun, "it" too: "It has 28 days to lodge one", "…,” he said.
const ANY_PRONOUN_SUBJECT = new RegExp(`(?:${SENTENCE_OPENING}|[,;:“"‘”’] )(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey) [a-z]`);

// A sentence whose subject is "it": a thing, never a person.
const THING_PRONOUN_SUBJECT = new RegExp(`(?:${SENTENCE_OPENING}|[,;:“"‘”’] )[Ii]t [a-z]`);

/** A question word as the name checks see it: whether it is a name, and the weights of its index terms. */
export interface NameCheckTerm {
  isName: boolean;
  variants: readonly { weight: number }[];
}

/** True when a sentence goes on about what the sentence before named (see REFERS_BACK). */
export function refersBack(sentence: string): boolean {
  return REFERS_BACK.test(sentence);
}

/** True when a sentence's subject is "he", "she", "it" or "they": most often the subject of the sentence before. */
export function hasPronounSubject(sentence: string): boolean {
  return ANY_PRONOUN_SUBJECT.test(sentence);
}

/** True when a sentence's subject is "it" ("It is expected to cost £850,000"): a thing, not a person. */
export function hasThingPronounSubject(sentence: string): boolean {
  return THING_PRONOUN_SUBJECT.test(sentence);
}

/**
 * False when a name the question gives is not in or around the sentence (see missesAName), nor in
 * the sentence before when this one refers back to it across a paragraph break. `inSentenceBefore`
 * is undefined when there is no such sentence: none before in the document, or one the sentence
 * already refers to within its paragraph.
 */
export function holdsNames<Term extends NameCheckTerm>(
  terms: readonly Term[],
  covers: readonly number[],
  sentence: string,
  inSentenceBefore: ((term: Term) => boolean) | undefined,
): boolean {
  if (!missesAName(terms, covers)) return true;
  // "She said..." may stand for a person named paragraphs before; "Barker said his lawyers…" names
  // its subject, and is no answer about Okonedo's.
  if (PRONOUN_SUBJECT.test(sentence) || POSSESSIVE_OPENING.test(sentence)) return true;
  // "The lender has 9,300 members" may open a paragraph about what the one before ended on.
  if (inSentenceBefore === undefined || !refersBack(sentence)) return false;
  return !missesAName(terms, terms.map((term, at) => (inSentenceBefore(term) ? 1 : (covers[at] ?? 0))));
}

/**
 * True when a run of the question's names ("Veltman Foods", "1952") has no word in or around the
 * sentence (covers, by term), though the knowledge base holds one as typed: "How much does a Halo
 * thermostat cost?" is not answered by the cost of something else. A run nothing holds as typed is
 * a misspelling ("wnd"), which says nothing about the sentence.
 */
export function missesAName(terms: readonly NameCheckTerm[], covers: readonly number[]): boolean {
  let found = false;
  let held = false;
  for (let at = 0; at <= terms.length; at++) {
    const term = terms[at];
    if (term?.isName) {
      found ||= (covers[at] ?? 0) > 0;
      held ||= term.variants.some((variant) => variant.weight === 1);
      continue;
    }
    if (held && !found) return true;
    found = false;
    held = false;
  }
  return false;
}

/** A question word with its index key, as telling one name from another reads it. */
type KeyedNameTerm = NameCheckTerm & { key: string };

/** What telling one name from another needs of the dictionary. */
export interface NameWordTests {
  /** True for a word the dictionary knows only as a name ("canada"), or not at all ("tennial"). */
  isNameAlone(key: string): boolean;
  /** True for a word that may be a given name or a name's own word: not a title ("president", "judge", "mrs"). */
  mayNameOne(key: string): boolean;
  /** True when some sentence holds both words: a name and another for the same one ("Margaret "Peggy" Dunmore"). */
  saidTogether(first: string, second: string): boolean;
}

/**
 * True when the sentence names another in the place of a name the question gives: "The Continental
 * Gin Co." is no "Cen-Tennial Gin Supply Co.", nor "Daniel Forsythe" the "Ryan Forsythe" asked about,
 * in a knowledge base that holds both. A name of the question counts where the sentence says some
 * of its words and lacks one the dictionary knows only as a name, while a capitalised run of the
 * sentence says a word of it with a name word the question lacks. "President Putin" is Vladimir
 * Putin: a title names no one else; nor does a name some sentence gives with the question's own
 * ("Margaret "Peggy" Dunmore", then "Peggy Dunmore said…"). A name the question says in the possessive
 * ("Marta Kowalczyk's father") asks of another, whom the sentence may name ("Tomasz Kowalczyk").
 * The sentence's capitalised runs (their words) are read only for such a name.
 */
export function namesAnotherInPlace(
  terms: readonly KeyedNameTerm[],
  covers: readonly number[],
  owners: ReadonlySet<string>,
  runsOf: () => readonly (readonly string[])[],
  tests: NameWordTests,
): boolean {
  let run: number[] = [];
  for (let at = 0; at <= terms.length; at++) {
    if (terms[at]?.isName === true && !owners.has(terms[at]?.key ?? "")) {
      run.push(at);
      continue;
    }
    if (run.length > 1 && runNamedOtherwise(run, terms, covers, runsOf, tests)) return true;
    run = [];
  }
  return false;
}

/** True when one run of the question's names is said in the sentence with another's word in place of one of its own (see namesAnotherInPlace). */
function runNamedOtherwise(
  run: readonly number[],
  terms: readonly KeyedNameTerm[],
  covers: readonly number[],
  runsOf: () => readonly (readonly string[])[],
  tests: NameWordTests,
): boolean {
  const lacking = run.flatMap((at) => {
    const term = terms[at];
    return term !== undefined && (covers[at] ?? 0) === 0 && term.variants.some((variant) => variant.weight === 1) && tests.isNameAlone(term.key) ? [term.key] : [];
  });
  const said = new Set(run.filter((at) => (covers[at] ?? 0) >= 1).map((at) => terms[at]?.key));
  if (lacking.length === 0 || said.size === 0) return false;
  const asked = new Set(run.map((at) => terms[at]?.key));
  const namesOther = (key: string) => !asked.has(key) && !isStopWord(key) && tests.mayNameOne(key) && !lacking.some((own) => tests.saidTogether(own, key));
  return runsOf().some((runWords) => {
    const keys = runWords.map(termKey);
    return keys.some((key) => said.has(key)) && keys.some(namesOther);
  });
}

// A run of capitalised words said in the possessive: "Marta Kowalczyk's".
const NAME_BEFORE_POSSESSIVE = /((?:[A-Z][\p{L}-]*\s+)*[A-Z][\p{L}-]*)['’]s\b/gu;
// A word as written, its capital kept.
const WRITTEN_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
// Words before a noun that point back to what was named: "the trial", "this plant", "its new service".
const DEFINITE = new Set(["the", "this", "that", "these", "those", "its"]);

/**
 * The index keys of the words of each name the question says in the possessive ("marta" and
 * "kowalczyk" in "What did Marta Kowalczyk's father say?"): what it asks is another's.
 */
export function ownersNamed(question: string, nameWords: ReadonlySet<string>): Set<string> {
  const owners = new Set<string>();
  for (const match of question.matchAll(NAME_BEFORE_POSSESSIVE)) {
    const run = words(match[1] ?? "");
    if (run.every((word) => nameWords.has(word))) for (const word of run) owners.add(termKey(word));
  }
  return owners;
}

/**
 * The words after each name the question gives that may say what it names, by the index key of each
 * word of the name: the word right after it ("the Ostlander trial": "trial" for "ostlander"), and the
 * last of the nouns after it where more follow, the compound's head ("the Beaverton school board":
 * "school" and "board").
 */
export function headsOfNames(question: string, nameWords: ReadonlySet<string>): Map<string, string[]> {
  const heads = new Map<string, string[]>();
  let name: string[] = [];
  for (const word of words(question)) {
    if (nameWords.has(word)) {
      name.push(word);
      continue;
    }
    // The tagger reads some such nouns as verbs ("the Cotterley crossing"): any content word goes.
    // The words of one name share one list of heads.
    if (!isStopWord(word) && !/\d/.test(word)) {
      const found = [termKey(word)];
      for (const part of name) heads.set(termKey(part), found);
    }
    name = [];
  }
  if (heads.size === 0) return heads;
  const { texts, partsOfSpeech } = taggedAsWritten(question);
  // Not onto the question's last word, which the tagger may take for a noun where it is the verb:
  // "How much does the Terra Fix service cost?".
  const lastWord = partsOfSpeech.length - (partsOfSpeech.at(-1) === "PUNCT" ? 2 : 1);
  texts.forEach((text, at) => {
    const first = heads.get(termKey(text));
    if (first === undefined || nameWords.has(texts[at + 1] ?? "")) return;
    let last = at + 1;
    while (partsOfSpeech[last + 1] === "NOUN" && last + 1 < lastWord) last++;
    const head = termKey(texts[last] ?? "");
    if (last > at + 1 && !first.includes(head)) for (const [part, partHeads] of heads) if (partHeads === first) heads.set(part, [...first, head]);
  });
  return heads;
}

/**
 * The word right before each name the question gives, by the index key of the name's first word: a
 * word written before a person's name says what they are ("boss Neil Trethewey": "boss" for "neil").
 */
export function titlesOfNames(question: string, nameWords: ReadonlySet<string>): Map<string, string> {
  const titles = new Map<string, string>();
  const said = words(question);
  said.forEach((word, at) => {
    const before = said[at - 1];
    if (nameWords.has(word) && before !== undefined && !nameWords.has(before) && !isStopWord(before)) titles.set(termKey(word), termKey(before));
  });
  return titles;
}

// A verb agreeing with one thing: "Headquarters gets…", "Parliament was…"; not "Police said…", "Shops closed…".
const SINGULAR_VERB = /^(?:was|[a-z]+s)$/;

/** True when a sentence's first word is the subject of a verb in the singular right after it ("Headquarters gets…"). */
function opensWithSingularSubject(sentence: string): boolean {
  const { values, partsOfSpeech } = taggedAsWritten(sentence);
  const first = values.findIndex((value) => /\p{L}/u.test(value));
  return SINGULAR_VERB.test(values[first + 1] ?? "") && VERBS.has(partsOfSpeech[first + 1] ?? "");
}

/**
 * True when a sentence says a noun (one whose index key passes the test) with a word pointing back
 * before it, next or past one word in lower case ("the trial", "the new plant"), or opening the
 * sentence bare as the subject of a verb in the singular, as a place's own name ("Headquarters gets
 * about 100 requests a day"; not "Police said…"); not with a name of its own ("the Nova thermostat" is another one).
 */
export function saysDefinitely(sentence: string, isNoun: (key: string) => boolean): boolean {
  const said = sentence.match(WRITTEN_WORD) ?? [];
  return said.some((word, at) => {
    if (!isNoun(termKey(word.toLowerCase()))) return false;
    if (at === 0) return opensWithSingularSubject(sentence);
    const before = said[at - 1] ?? "";
    return DEFINITE.has(before.toLowerCase()) || (!CAPITALISED.test(before) && DEFINITE.has((said[at - 2] ?? "").toLowerCase()));
  });
}

// What may follow a verb of naming without giving a name: "named after", "called off", "called for".
const NOT_A_NAME_AFTER = "(?!(?:after|for|by|in|as|on|to|because|off|up|out|back|together|upon|at|into|over)\\b)";
const NAMING = `(?:has|have|had|was|were|is|are|will|would) (?:be |been )?(?:now )?(?:named|called|dubbed) ${NOT_A_NAME_AFTER}[“"‘]?\\p{L}`;

// A thing named where the sentence goes on about it: "It has been named Mycena amberleyae", "The
// molecule, which the team has named bekamycin". Not a person given a post ("He was named chairman").
const NAMING_THING_ABOUT = new RegExp(`(?:^[“"‘]?(?:It|They) |, which [^,]*?\\b)${NAMING}`, "u");

// A thing the sentence opens with, named now or to be: "The combined club will be called Sallowfield
// Bowls Club" names the club, and nothing else asked ("What will the adoption centre be called?").
const SUBJECT_NAMED = new RegExp(`^[“"‘]?The(?: [\\p{Ll}-]+){0,2} ([\\p{Ll}-]+) ${NAMING}`, "u");

/** The noun a sentence opening with "The" names ("club" in "The combined club will be called…"). */
export function subjectNamed(sentence: string): string | undefined {
  return SUBJECT_NAMED.exec(sentence)?.[1];
}

// "Called the Marmara Gazinosu, it is on the third floor": a participle opening the sentence names
// its subject, a thing ("it", "they", "the barge"). Not a call or a naming for something ("Called to
// the stand, …"), a title ("Named Player of the Season, …"), nor a person's nickname ("Called Big
// Tom by the fans, he…"), which is no answer to what their name is.
const NAMING_OPENING = /^[“"‘]?(?:Called|Dubbed|Nicknamed|Known as) (?!(?:after|for|by|in|as|on|to|because|up|off|out|back)\b)[“"‘]?(?:the |a |an )?[“"‘]?\p{Lu}[^,]*, (?:it|they|the|this|these) /u;

// 'The name inside the envelope was "Cynthia"', "The previous owner's name was Kenneth Orr": a name
// as the subject of "is" or "was" before a name in capitals that ends the clause. Not what the name
// means ("Its name is French for…"), whose it was ("The station's name was Ms Pellow's idea"), nor a
// "was" inside the subject ("The name of the man who was Mayor in 1990 was never recorded").
const NAME_AS_SUBJECT =
  /^[“"‘]?(?:The|Its|Their|His|Her|\p{Lu}[\p{L}-]*['’]s?)(?: [\p{L}-]+){0,2}?(?:['’]s?)? name (?:[^,;.]{0,60}? )?(?:is|was) [“"‘]?\p{Lu}[\p{L}’'-]*(?:(?: (?:and|of|the|de|la|van|von))* [“"‘]?\p{Lu}[\p{L}’'-]*)*[”"’]?(?=[.,;!?]|$)/u;

// "Cathy J. Hanover, formerly called Karet Hanover, has…": the name a thing or a person had before,
// in an appositive, is a name of the one the sentence is about.
const FORMER_NAME = /, (?:formerly|previously|once|originally) (?:called|known as|named) [“"‘]?\p{Lu}/u;
// "Her parents christened her Mary Anne…", "they named him Tomas": a name given to a person.
const NAME_GIVEN = /\b(?:christened|baptised|baptized|named|called) (?:her|him) [“"‘]?\p{Lu}/u;

/** True when a sentence names the thing or the person it is about: "It has been named Mycena amberleyae", "christened her Mary Anne". */
export function namesThingItIsAbout(sentence: string): boolean {
  return NAMING_THING_ABOUT.test(sentence) || NAMING_OPENING.test(sentence) || NAME_AS_SUBJECT.test(sentence) || FORMER_NAME.test(sentence) || NAME_GIVEN.test(sentence);
}

// A term in quotation marks given as the name of what the words before or after the naming say:
// 'a dark powder known as "black mass"', 'this "threshold", as the forces' strengthening is called'.
// Older print may set a comma before the quotation ('a little book called, "Rival Theories"'). Not
// a word inside a phrase of what is named ('a documentary about the terminal titled "Waiting"'
// names the documentary).
const QUOTED_AFTER_NAMING =
  /(?<!\b(?:of|about|on|for|by|with)\s+(?:the|a|an|his|her|its|their)\s+)\b([\p{L}'’-]+)\s+(?:known as|called|dubbed|nicknamed|named|termed|titled|entitled),?\s+(?:\p{L}+ly\s+)?[“"‘][^”"’]{1,60}[”"’]/gu;
// After a name, the naming may stand apart after a comma, and the name take "the" ('the Church of
// Santa Sabina, called the "Pearl of the Aventine"'); after a common noun it may be a verb of its
// own ('She rang the landlord, called the "helpline"').
const QUOTED_AFTER_NAME_APART = /\b(\p{Lu}[\p{L}'’-]*),\s+(?:known as|called|dubbed|nicknamed)\s+(?:the\s+)?[“"‘][^”"’]{1,60}[”"’]/gu;
const QUOTED_BEFORE_NAMING = /[“"‘][^”"’]{1,60}[”"’],?\s+as\s+((?:[\p{L}'’-]+\s+){1,6})(?:is|are|was|were)\s+(?:called|known)\b/gu;
// A term in quotation marks a passive naming gives what the sentence's subject says, in a few words:
// 'Shippin' cattle by train was called a "stock run"', after an opening word set apart too
// ('Generally, these locks are called "facing point locks"'); not words inside a longer subject ('The
// decision to shut the Victorian building was called a "disgrace"' names no building).
const QUOTED_AFTER_PASSIVE_NAMING =
  /^[“"‘]?(?:\p{L}+,\s+)?((?:[\p{L}'’-]+\s+){1,6})(?:is|are|was|were)\s+(?:called|known as|termed|dubbed|nicknamed)\s+(?:an?\s+|the\s+)?[“"‘][^”"’]{1,60}[”"’]/gu;
// A term of a few words in quotation marks after "the", which "is" makes what the subject says:
// 'The main set of bars are the "tappets"'. Not a judgement quoted whole ('the plan was "a disaster"'),
// nor one of a phrase ('The box is the "pride of Kell"', 'the "first of its kind"'): a term has no
// words of grammar.
const QUOTED_AS_SUBJECT = /^[“"‘]?((?:[\p{L}'’-]+\s+){1,6})(?:is|are|was|were)\s+the\s+[“"‘]([^”"’]+)[”"’]/gu;
// A name brought in after "a" and its noun, with no quotation marks: "a young law associate named
// Arthur S. Phillips", "a new monomer designated as Monocite H 100", "a drug known as Xyrem". Not
// "called", which may be a phone call ("a night guard called Kessock Police"), a name given "as"
// something ("police named Smith as a suspect"), a grade ("a mill designated Grade II"), nor a
// description ("a company known as Feldon's oldest builder").
const NAMED_AFTER_INDEFINITE = /\b[Aa]n?\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{L}'’-]+)\s+(?:named|designated\s+as|known\s+as)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?<!['’]s)(?![\p{L}.'’-])(?!\s+as\b)/gu;
// What a thing is or became, "called" its name: "This became a dance called Prelude To Flight", "was a
// monoplane called the Curlew". After "is" or "became", "called" is no phone call.
const BEING_CALLED = String.raw`(?:is|was|are|were|became|becomes|become|remains|remained)\s+an?\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{L}'’-]+)\s+called\s+(?:the\s+)?[“"‘]?\p{Lu}`;
const CALLED_AFTER_BEING = new RegExp(String.raw`\b${BEING_CALLED}`, "gu");
// The one the sentence opens with is what it is called too: "Her mechanic was a local blacksmith called Walter Penhale".
const SUBJECT_CALLED = new RegExp(String.raw`^[“"‘]?(?:The|Her|His|Its|Their|Our|My|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,2}?([\p{L}'’-]+)\s+${BEING_CALLED}`, "gu");

// "The animal, named Niphargus greysidensis, was described…", "The zoo's new red panda, named
// Sorrel, …": a naming in an appositive to the sentence's subject names that subject's noun. Not a
// call or a naming for something ("The inspector, called to the stand, …"), which gives no name in capitals.
const NAMED_IN_APPOSITIVE = /^[“"‘]?(?:The|This|These|Its|Their|The\s+[\p{L}-]+['’]s|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+), (?:named|called|dubbed|nicknamed|known as) [“"‘]?\p{Lu}/gu;

// "Alacrity, the Podger cat, came by…": a name opening the sentence, set beside its noun between commas.
const NAME_BEFORE_OWN_NOUN = /^[“"‘]?(\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*,\s+the\s+(?:[\p{L}'’-]+\s+){0,2}([\p{L}'’-]+),/u;

// "said his tabby, Biscuit, had brought him…", "her dog, Rex.": a name set after one's own noun
// between commas names that noun. Not a name opening the next clause ("After his arrest, Smith said").
const NAMED_AFTER_OWN_NOUN = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+),\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?=,|\.?$)/gu;

// "the Palestine Orchestra -- now known as the Israel Philharmonic Orchestra", "the Regal Picture House
// on Mill Lane, now known as…": the name a thing has since, set after its old one (and where it
// stood), names the thing the old one did.
const NAME_SINCE = /((?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:on|in|at|of)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s*(?:,|--|[—–])\s*(?:now|later|since|today) (?:called|known as|named|renamed) [“"‘]?(?:the )?\p{Lu}/gu;

/**
 * The words of what a sentence names with a term in quotation marks ("powder" of 'a dark powder
 * known as "black mass"', "cattle" of 'cattle by train was called a "stock run"') or with "a …
 * named": the name answers "what is the powder called?", not "what is the panda called?" ('a
 * technique known as "twin swapping"'), nor "The calf, named Kito" what the red panda is.
 */
export function thingsNamed(sentence: string): string[] {
  const termsQuoted = [...sentence.matchAll(QUOTED_AS_SUBJECT)].filter((match) => isTerm(match[2] ?? ""));
  return [QUOTED_AFTER_NAMING, QUOTED_AFTER_NAME_APART, QUOTED_BEFORE_NAMING, QUOTED_AFTER_PASSIVE_NAMING, NAMED_AFTER_INDEFINITE, CALLED_AFTER_BEING, SUBJECT_CALLED, NAMED_IN_APPOSITIVE, NAMED_AFTER_OWN_NOUN, NAME_SINCE]
    .flatMap((pattern) => [...sentence.matchAll(pattern)])
    .concat(termsQuoted)
    .flatMap((match) => (match[1] ?? "").toLowerCase().split(NAMED_WORD_BREAK).filter(Boolean));
}

/**
 * The noun a name opening the sentence is set beside between commas, with the name's first word:
 * "Alacrity, the Podger cat, came by…" names the cat (not the Podgers). Not after a word of grammar
 * ("In June, the town council, …"), nor beside a reporting aside ("Smith, the council said, …"),
 * whose last word is a verb; a word of time opening it ("Yesterday, the council, …") is for the
 * caller, who knows the dictionary, to tell.
 */
export function nounNamedAtOpening(sentence: string): { opening: string; noun: string } | undefined {
  const match = NAME_BEFORE_OWN_NOUN.exec(sentence);
  const opening = match?.[1]?.toLowerCase();
  const noun = match?.[2]?.toLowerCase();
  if (match === null || opening === undefined || noun === undefined || isStopWord(opening)) return undefined;
  const { texts, partsOfSpeech } = taggedAsWritten(match[0]);
  return partsOfSpeech[texts.lastIndexOf(noun)] === "NOUN" ? { opening, noun } : undefined;
}

// Between the words of what is named, as a question's words are split: "runner-up" is "runner" and "up".
const NAMED_WORD_BREAK = /[\s-]+/;
// The most words a term in quotation marks is made of ("facing point locks").
const TERM_WORDS = 4;

/** True for a term of a few words and no words of grammar ("tappets", "bog bumper"; not "pride of Kell"). */
function isTerm(quoted: string): boolean {
  const said = words(quoted);
  return said.length > 0 && said.length <= TERM_WORDS && !said.some(isStopWord);
}
