import type { SearchableDocument } from "../knowledge/document.ts";
import { namedAgesOf } from "./measurements.ts";
import { hasThingPronounSubject } from "./name-checks.ts";
import { taggedAsWritten } from "./tagging.ts";
import { lemmaOf } from "./terms.ts";
import { contentWords, isStopWord, SENTENCE_OPENING, words } from "./text.ts";

// The lower-case particles inside a surname ("Jacob van Hoorebeke", "Ursula von der Leyen",
// "Luiz Inácio da Silva", "Mohammed bin Salman"): European nobiliary and family particles and
// Arabic patronymic ones.
const NAME_PARTICLES = "(?:van|von|der|den|de|du|des|da|das|do|dos|di|del|della|dei|le|la|ter|ten|zu|af|bin|ibn|bint|al|el)";
// A run of capitalised words: "Elena Ruiz", "Kelbridge City Council", "Gdańsk", "Jacob van Hoorebeke".
const CAPITALISED_RUN = new RegExp(`\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:${NAME_PARTICLES}\\s+)*\\p{Lu}[\\p{L}'’-]*)*`, "gu");
const PARTICLE = new RegExp(`^${NAME_PARTICLES}$`);
const SPACE = /\s/;
// The last word of a run as written: a double-barrelled surname is two capitalised parts ("Mbeki-Strand", not "Leonards-on-Sea").
const LAST_WRITTEN_WORD = /\S+$/;
const DOUBLE_BARRELLED = /^\p{Lu}[\p{L}'’]+-\p{Lu}[\p{L}'’]+$/u;
// "the" right before a run of one or two words: "the Atlantic", "the North Atlantic" (not "the
// Norwegian Erik Solheim", a person described by a capitalised word).
const THE_BEFORE = /\bthe\s+$/i;
const THE_BEFORE_LENGTH = 5;
const MAX_WORDS_AFTER_THE = 2;
const SPACE_RUN = /\s+/;
// "He congratulated…", "…, she said", "“She told us…": a person the sentence does not name is its subject.
const PERSON_PRONOUN_SUBJECT = new RegExp(`(?:${SENTENCE_OPENING}|[,”"’] )(?:[Hh]e|[Ss]he) [a-z]`);
// "The 57-year-old told the court…", "…, the 33-year-old said": news calls a person back by age as by
// "he" or "she", the age subject of the verb after it (not "the 150-year-old mill").
const AGE_SUBJECT = /(?:^[“"‘]?|[,”"’] )[Tt]he (\d{1,3})-year-old(?= [a-z]|, who\b)/;
const VERB_TAGS = new Set(["VERB", "AUX", "ADV"]);
// A quotation with no one to say it ("“I wish her every success.”") goes on in the speaker's voice.
const BARE_QUOTATION = /^[“"‘'][^”"’]*[”"’']?$/;
// Double quotation marks; a straight one opens where a word starts after it ("He said "no"").
const QUOTE_MARK = /[“”"]/g;
const OPENS_AFTER = /^$|[\s(\[—–-]$/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** The titles of courtesy before a surname ("Ms Oyelaran"), which no given name is. */
export const HONORIFICS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady", "lord", "prof"]);

/**
 * For each sentence of a document, in order, the words of the full names it mentions by their last
 * word alone. News names a person or body in full once ("Elena Ruiz") and then by surname ("Ruiz,
 * 27, said..."): indexing the first name with the surname lets a question that gives the full name
 * find the later sentences too.
 */
export function nameCompletions(
  sentences: readonly string[],
  mentions: readonly (readonly NameMention[])[] = nameMentions(sentences),
  sentenceWords: readonly (readonly string[])[] = sentences.map(words),
): string[][] {
  const fullNames = new Map<string, string[]>();
  return mentions.map((runs, at) => {
    const completions: string[] = [];
    let said: Set<string> | undefined;
    for (const { words: runWords } of runs) {
      // Most runs are one word: a sentence's first word, or a name not yet seen in full.
      const last = runWords.at(-1);
      if (last === undefined) continue;
      const rest = fullNames.get(last);
      // A surname with its particle ("Van Hoorebeke" of "Jacob van Hoorebeke") is the last name
      // alone; any other longer run is a full name itself.
      if (runWords.length > 1 && (rest === undefined || !runWords.slice(0, -1).every((word) => isNameParticle(word) && rest.includes(word)))) {
        if (rest === undefined) fullNames.set(last, runWords.slice(0, -1));
        continue;
      }
      if (rest === undefined) continue;
      said ??= new Set(sentenceWords[at]);
      for (const word of rest) {
        if (!said.has(word)) completions.push(word);
        said.add(word);
      }
    }
    return completions;
  });
}

/**
 * The age a sentence calls its subject by ("The 57-year-old told…" → 57), when a verb follows it or
 * a clause telling of them ("The 44-year-old, who founded the company in 2013, said…").
 */
function ageSubjectOf(sentence: string): number | undefined {
  const match = AGE_SUBJECT.exec(sentence);
  if (match === null) return undefined;
  const { values, partsOfSpeech } = taggedAsWritten(sentence);
  const after = values.findIndex((value, at) => value === "old" && values[at - 2] === "year" && values[at - 4] === match[1]);
  if (after < 0) return undefined;
  const verbFollows = VERB_TAGS.has(partsOfSpeech[after + 1] ?? "") || (values[after + 1] === "," && values[after + 2] === "who");
  return verbFollows ? Number(match[1]) : undefined;
}

/** True when a sentence brings in someone of an age unnamed ("a 19-year-old former care assistant"). */
function introducesUnnamed(sentence: string, age: number): boolean {
  return new RegExp(`\\b[Aa]n? ${age}-year-old\\b`).test(sentence);
}

/** The person the text last gave this age, by surname ("kitt" of "Sandra Kitt, 52,"), if any. */
function personOfAge(sentences: readonly string[], age: number, isPerson: (surname: string) => boolean): string | undefined {
  for (let at = sentences.length - 1; at >= 0; at--) {
    const surname = namedAgesOf(sentences[at] ?? "").flatMap(({ holder, years }) => (years === age ? [holder.toLowerCase()] : [])).filter(isPerson).at(-1);
    if (surname !== undefined) return surname;
  }
  return undefined;
}

/** The ages a text gives a person by surname: "Hollis, 45,", "Hollis, a 45-year-old…", "Hollis, aged 45". */
function agesGiven(sentences: readonly string[], surname: string): number[] {
  return sentences.flatMap((sentence) => namedAgesOf(sentence).flatMap(({ holder, years }) => (holder.toLowerCase() === surname ? [years] : [])));
}

/**
 * True when a sentence names someone or something (a capitalised run past the word it opens with) or
 * brings in one person unnamed ("A local farmer then stood up"), who may be the next "he"; many ("a
 * report by engineers") are no "he".
 */
function bringsInAnyone(mentions: readonly NameMention[] | undefined, sentenceWords: readonly string[] | undefined, dictionary: SurnameWords): boolean {
  return (
    (mentions ?? []).some(({ oneWord, at }) => !oneWord || at > OPENING_NAME_AT) ||
    (sentenceWords ?? []).some((word) => dictionary.namesPerson?.(word) === true && dictionary.isDictionaryForm?.(word) !== false)
  );
}

/** True when a person the sentence does not name is its subject ("She confirmed…", "…,” he said."). */
export function hasPersonPronounSubject(sentence: string): boolean {
  return PERSON_PRONOUN_SUBJECT.test(sentence);
}

/** What pronounNames needs to know of the dictionary. */
export interface SurnameWords {
  /** True when the dictionary knows a word other than as one person's name ("hospital", "marsh", "london"; not "amundsen"). */
  isCommonWord(word: string): boolean;
  /** True when a word names a person by role or kind ("farmer", "man"); without it, none does. */
  namesPerson?(word: string): boolean;
  /** True when a word is its own dictionary form ("farmer", not "engineers"); without it, every word is. */
  isDictionaryForm?(word: string): boolean;
}

/**
 * For each sentence of a document, in order, the words of the full name of the person its "he" or
 * "she" stands for (for a quotation no one is said to say, that of the quotation before it in its
 * paragraph): the first person named in the nearest sentence before it that names one, looking past
 * sentences that go on about someone unnamed ("He congratulated his rival…", a bare quotation, the
 * rest of a quotation of several sentences) or about a thing ("It is expected to cost…"), across
 * paragraph breaks; any other sentence that names no person there ends the search. The first is most often the subject ("Its chief executive, Marcus Delaney, said… to replace the Maud
 * Carrick"), unless it owns something and another is named ("Tullis's lawyer, Jonathan Reyes,
 * said…"). A person is a full name ending in a surname: a word the dictionary does not know, named
 * once or more ("Councillor Priya Mandeville"), or one the article also uses alone inside a
 * sentence ("Oliver Banks", then "…, said Banks"); not the common word that ends most names of
 * places and bodies ("Porthaven General Hospital", "the Copper Kettle Diner").
 */
export function pronounNames(
  sentences: readonly string[],
  dictionary: SurnameWords,
  mentions: readonly (readonly NameMention[])[] = nameMentions(sentences),
  sentenceWords: readonly (readonly string[])[] = sentences.map(words),
  people: PersonNames = personNamesOf(mentions, dictionary),
  paragraphs?: readonly number[],
): string[][] {
  const { fullNames, isPerson } = people;
  const personIn = (at: number, namedBeside: ReadonlySet<string | undefined>) => {
    const persons = (mentions[at] ?? []).filter(({ words: runWords }) => isPerson(runWords.at(-1)) && !namedBeside.has(runWords.at(-1)));
    return (persons.find(({ owns }) => !owns) ?? persons[0])?.words.at(-1);
  };
  // A given name the article's full name of the surname lacks: not a title ("Mr", "Judge"), which the dictionary knows.
  const namesAnotherOfSurname = (runWords: readonly string[]) => {
    const fullName = fullNames.get(runWords.at(-1) ?? "") ?? [];
    return runWords.slice(0, -1).some((word) => !fullName.includes(word) && !isNameParticle(word) && !HONORIFICS.has(word) && !dictionary.isCommonWord(word));
  };
  const quoted = opensInsideQuotation(sentences);
  const found: string[][] = [];
  for (const [at, sentence] of sentences.entries()) {
    // "“…,” she said. “We are the fourth generation here…”": a quotation with no one to say it, right
    // after another in its paragraph, is the same speaker's.
    const goesOnQuoting = at > 0 && BARE_QUOTATION.test(sentence) && paragraphs?.[at] === paragraphs?.[at - 1] && (sentences[at - 1] ?? "").search(QUOTE_MARK) >= 0;
    const speaker = goesOnQuoting ? speakerOf(at - 1) : [];
    found.push(speaker.length > 0 ? speaker.filter((word) => !sentenceWords[at]?.includes(word)) : personCalledBack(sentence, at));
  }
  return found;

  /** The full name of who speaks a quoting sentence: the one its "she" calls back, or the person it names. */
  function speakerOf(at: number): readonly string[] {
    const calledBack = found[at] ?? [];
    return calledBack.length > 0 ? calledBack : (fullNames.get(personIn(at, new Set()) ?? "") ?? []);
  }

  /** The full name a sentence's "he" or "she", or its age ("the 57-year-old"), calls back, as above. */
  function personCalledBack(sentence: string, at: number): string[] {
    const age = ageSubjectOf(sentence);
    // "A 19-year-old was also charged…" then "The 19-year-old…": the one of that age the text left unnamed.
    if (age === undefined ? !PERSON_PRONOUN_SUBJECT.test(sentence) : sentences.slice(0, at).some((before) => introducesUnnamed(before, age))) return [];
    // "He would smash tiles himself…, Mr Tredwell said": a person the sentence names is not its "he";
    // "his wife, Mary Jones" names another of the surname, so its "he" may still be Peter Jones.
    const namedBeside = new Set((mentions[at] ?? []).filter(({ words: runWords }) => !namesAnotherOfSurname(runWords)).map(({ words: runWords }) => runWords.at(-1)));
    // "Sandra Kitt, 52, …", another named, then "The 52-year-old said…": the one the text gave that age.
    const ofAge = age === undefined ? undefined : personOfAge(sentences.slice(0, at), age, isPerson);
    if (ofAge !== undefined) return (fullNames.get(ofAge) ?? []).filter((word) => !sentenceWords[at]?.includes(word));
    // The paragraph the person's story has reached, going back: that of the last sentence told of them.
    let storyParagraph = paragraphs?.[at];
    for (let before = at - 1; before >= 0; before--) {
      const text = sentences[before] ?? "";
      if (PERSON_PRONOUN_SUBJECT.test(text) || BARE_QUOTATION.test(text) || quoted[before] === true) {
        storyParagraph = paragraphs?.[before];
        continue;
      }
      const person = personIn(before, namedBeside);
      // "It is expected to cost £850,000": a sentence about a thing does not end the person's story;
      // nor does one naming no one inside a paragraph told of them ("Her pilot, Ewan Castellane, said
      // the crossing had been hard. A change in the tide pushed her north. “…,” he said.").
      if (person === undefined && (hasThingPronounSubject(text) || (storyParagraph !== undefined && paragraphs?.[before] === storyParagraph && !bringsInAnyone(mentions[before], sentenceWords[before], dictionary)))) continue;
      const said = new Set(sentenceWords[at]);
      // One whose age the text gives otherwise ("Hollis, 45,") is not "the 19-year-old".
      if (person === undefined || (age !== undefined && agesGiven(sentences, person).some((given) => given !== age))) return [];
      return (fullNames.get(person) ?? []).filter((word) => !said.has(word));
    }
    return [];
  }
}

/** A document's people: each surname's first full name, and whether a name's last word is a person's (see pronounNames). */
export interface PersonNames {
  fullNames: ReadonlyMap<string, readonly string[]>;
  isPerson(last: string | undefined): boolean;
}

/** The people a document names, read from its capitalised runs (see pronounNames for who counts as a person). */
export function personNamesOf(mentions: readonly (readonly NameMention[])[], dictionary: SurnameWords): PersonNames {
  const fullNames = new Map<string, string[]>();
  for (const { words: runWords } of mentions.flat()) {
    const last = runWords.at(-1);
    if (last !== undefined && runWords.length > 1 && !fullNames.has(last)) fullNames.set(last, runWords);
  }
  const usedAlone = namesUsedAlone(mentions);
  // No one is called "the North Atlantic" or "the Baltic Sea": a name the article writes only after "the" is a place's or a thing's.
  const withoutThe = new Set(mentions.flat().flatMap(({ words: runWords, afterThe }) => (afterThe ? [] : [runWords.at(-1)])));
  // A double-barrelled surname is a person's though its last part is a word ("Mbeki-Strand"), when another is none.
  const joined = new Map(mentions.flat().flatMap(({ words: runWords, joinedToLast }) => (joinedToLast.length > 0 ? [[runWords.at(-1), joinedToLast] as const] : [])));
  // The dictionary is asked only about the names a sentence refers back to.
  return {
    fullNames,
    isPerson: (last) =>
      last !== undefined &&
      fullNames.has(last) &&
      withoutThe.has(last) &&
      (usedAlone.has(last) || !dictionary.isCommonWord(last) || (joined.get(last) ?? []).some((part) => !dictionary.isCommonWord(part))),
  };
}

/**
 * For each sentence, whether it opens inside a quotation an earlier sentence opened and names no one
 * after it closes: the middle and end of a quotation of several sentences ("…within five years. My
 * grandfather didn't build this place…"), told in the voice of the speaker named where it began.
 */
export function opensInsideQuotation(sentences: readonly string[]): boolean[] {
  let open = false;
  return sentences.map((sentence) => {
    const inside = open;
    let closedAt: number | undefined;
    for (const mark of sentence.matchAll(QUOTE_MARK)) {
      const at = mark.index ?? 0;
      open = mark[0] === "“" || (mark[0] === '"' && OPENS_AFTER.test(sentence.slice(Math.max(0, at - 1), at)));
      if (!open) closedAt ??= at;
    }
    // "…It will take two years,” said Mayor Ann Holt.": where the quotation closes, its speaker is named.
    return inside && (closedAt === undefined || !WORD_CHARACTER.test(sentence.slice(closedAt + 1)));
  });
}

/**
 * The words a document capitalises alone inside a sentence ("…, said Banks") or after a title alone
 * ("Mr Marsh said…"): names used on their own, so a person's surname even where the dictionary knows
 * the word ("Oliver Banks", "Daniel Marsh").
 */
export function namesUsedAlone(mentions: readonly (readonly NameMention[])[]): Set<string> {
  const usedAlone = new Set<string>();
  for (const { words: runWords, at, oneWord } of mentions.flat()) {
    const last = runWords.at(-1);
    if (last !== undefined && ((oneWord && at > 0) || (runWords.length === 2 && HONORIFICS.has(runWords[0] ?? "")))) usedAlone.add(last);
  }
  return usedAlone;
}

/** True for a day's or a month's name, capitalised but naming no one ("Monday", "June"). */
export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORDS.has(word);
}

/** True when a word is a particle inside a surname ("von", "der" of "Ursula von der Leyen"). */
export function isNameParticle(word: string): boolean {
  return PARTICLE.test(word);
}

/**
 * A capitalised run of a sentence: its words (a full name's content words, or its one word's),
 * where it starts and ends, whether it is one word as written ("Banks", "Reyes-Hart"), whether
 * it is a possessive ("Tullis's lawyer"), whether "the" comes right before it ("the North
 * Atlantic", "the White House") and the words its last word as written joins by hyphens before its
 * last ("mbeki" of "Mbeki-Strand").
 */
export interface NameMention {
  words: string[];
  at: number;
  end: number;
  oneWord: boolean;
  owns: boolean;
  afterThe: boolean;
  joinedToLast: string[];
}

/**
 * Each sentence's capitalised runs, in order: read once per document for nameCompletions,
 * pronounNames and personDescriptions, since matching and splitting them is much of the cost of indexing a sentence.
 */
export function nameMentions(sentences: readonly string[]): NameMention[][] {
  return sentences.map((sentence) => {
    // A loop of exec, not matchAll: matchAll copies the pattern for every sentence indexed.
    const found: NameMention[] = [];
    CAPITALISED_RUN.lastIndex = 0;
    for (let match = CAPITALISED_RUN.exec(sentence); match !== null; match = CAPITALISED_RUN.exec(sentence)) found.push(nameMention(match));
    return found;
  });
}

function nameMention(match: RegExpExecArray): NameMention {
  const at = match.index;
  const oneWord = !SPACE.test(match[0]);
  const lastWritten = match[0].slice(match[0].search(LAST_WRITTEN_WORD));
  return {
    words: oneWord ? words(match[0]) : contentWords(match[0]),
    at,
    end: at + match[0].length,
    oneWord,
    owns: POSSESSIVE.test(match[0]),
    afterThe: THE_BEFORE.test(match.input.slice(Math.max(0, at - THE_BEFORE_LENGTH), at)) && match[0].split(SPACE_RUN).length <= MAX_WORDS_AFTER_THE,
    joinedToLast: DOUBLE_BARRELLED.test(lastWritten) ? words(lastWritten).slice(0, -1) : [],
  };
}


// A sentence that opens with a description of its subject: "The company pushed a fix…", "The
// 27-year-old took 38 seconds off…", and, in the lede only, "A former beekeeper was sentenced…"
// (news often names the subject of its first sentence in the second).
const DESCRIPTION_OPENING = /^(The|An?)\s+([^,;:“"]*)/;
// A lede describing its subject: "A former beekeeper was sentenced…".
const LEDE_DESCRIPTION = /^An?\s/;
// The place an agency story is filed from, in capitals before a dash, maybe with its region, the day
// (either way round, maybe with the year, or a weekday) and the agency or paper: "PORT HALVERN — ",
// "LONDON (Reuters) - ", "HARROWGATE, Feb 23 (ESA) - ", "PELLWORTH, 3 May (Westmarch Evening Post) - ",
// "MARROWBY, Tuesday (Marrowby Herald) - ", "KYIV, Ukraine (AP) — ", "LONDON, May 3, 2024 (Reuters/Ipsos) - ".
const DATELINE_DAY = String.raw`[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const DATELINE = new RegExp(String.raw`^[A-Z][A-Z .'’-]*[A-Z](?:, (?:${DATELINE_DAY}|[A-Z][a-z]+(?: [A-Z][a-z]+)?))*(?: \([A-Z][\w .&'’/-]*\))? [—–-] `);

/** A lede without the place it is filed from (see DATELINE): "A former beekeeper was jailed…". */
export function withoutDateline(lede: string): string {
  return lede.replace(DATELINE, "");
}
// A later clause whose subject is a description: "…, and the company has added two performances".
const CLAUSE_DESCRIPTION = /[,;] (?:and |but |while )?the ([^,;:“"]*)/;
// Up to this many words after the article may lead to the word that says the kind ("The
// Minneapolis-based company", "A former commercial beekeeper").
const DESCRIPTION_WORDS = 4;
// A name this near the start opens the sentence ("The Minneapolis-based…" is dropped as "The"; a quote mark may come first).
const OPENING_NAME_AT = 4;
// "The 27-year-old": an age says a person.
const AGE_WORD = /^\d{1,3}-year-old$/;
// Days and months are capitalised but name no one.
const CALENDAR_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(" "),
);
const POSSESSIVE = /['’]s$/;
// Letters every form of a kind word starts with ("compan-y", "compan-ies"; "child", "children").
const KIND_STEM = 4;
// "The mayor, Duarte Coelho, …", "The charity's director, Gareth Lomax, …".
const NAMED_IN_APPOSITION = /^The [^,]*, \p{Lu}/u;
// A description ending on a capitalised word before its comma: "The company that runs the tanker from Limassol, Cyprus".
const NAME_BEFORE_COMMA = /\p{Lu}[\p{L}'’-]*, \p{Lu}$/u;
// A sentence opening with a name and its office: "Dave Ruddock, the station commander, said…".
const OFFICE_IN_APPOSITION = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*, the /u;
// ", the union's": a kind owning the appositive after a name; read from the few characters before the kind.
const OWNER_IN_APPOSITION = /, the $/;
const OWNER_WINDOW = 6;
// A name and the age news introduces a person by: "Graham Pellow, 54, …".
const AGED_NAME = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*, \d{1,3},/u;
// A name set beside a description before it: "one resident, Margaret Hale".
const APPOSED = /,\s*$/;
const POSSESSIVE_AHEAD = /^[\p{L}-]+['’]s\b/u;

/** What describedNames needs to know of the dictionary. */
export interface DescriptionWords {
  /** True when a word is the singular of a kind of person or body by role ("company", "beekeeper", "council"). */
  isKind(word: string): boolean;
  /** True when a kind word's commonest sense is an organisation ("company", "council"), not a person. */
  isBody(word: string): boolean;
  /** True when the dictionary knows a word (so a capitalised one opening a sentence may be no name). */
  knows(word: string): boolean;
  /** True when a word is the title of a person of another role than `role` ("Judge" of a setter), no given name ("Graham"). */
  titlesOtherRole(word: string, role: string): boolean;
}

interface NameRun {
  at: number;
  words: string[];
}

/**
 * For each sentence of a document, in order, the words of the name its opening description stands
 * for ("The company" for "Halden Systems"): news names a person or body once and then calls it by
 * its kind. The description's kind word is tied to a name where the article first uses that word:
 * the name just before it in that sentence ("…maker Halden Systems…, the company said"); an age
 * first used to open a sentence ("The 27-year-old took…"), to the name the nearest sentence before
 * opens with ("Kenya's Joseph Lemaiyan won…"); a lede that describes its subject ("A former
 * beekeeper was sentenced…"), to the name the next sentence opens with ("Raymond Tullis, 52,…"); a
 * body's kind first opening a sentence or a clause of it ("The company has invested…", "…, the
 * company said, …"), to the name the sentence before opens with, if it is no person's (`isPerson`,
 * by the name's last word; see bodyNamedBefore).
 * `lede` is the ordinal of the first body sentence.
 */
export function describedNames(
  asWritten: readonly string[],
  lede: number,
  dictionary: DescriptionWords,
  isPerson: PersonNames["isPerson"],
  sentenceWords: readonly (readonly string[])[] = asWritten.map(words),
): string[][] {
  // "HARBOURTON — A 41-year-old teacher won…": the place a lede is filed from is no name of its subject.
  const sentences = asWritten.map((sentence, at) => (at === lede ? withoutDateline(sentence) : sentence));
  const kinds = sentences.map((sentence, at) => describedKind(sentence, at === lede, dictionary));
  // Most documents describe no one this way: the names are read only for those that do.
  if (kinds.every((kind) => kind === undefined)) return sentences.map(() => []);
  const inside = capitalisedInside(sentences);
  const isName = (word: string) => inside.has(word) || !dictionary.knows(word);
  const runs = new Map<number, NameRun[]>();
  const runsAt = (at: number) => {
    let found = runs.get(at);
    if (found === undefined) runs.set(at, (found = nameRuns(sentences[at] ?? "", isName)));
    return found;
  };
  const ties = new Map<string, string[] | undefined>();
  const tie = (kind: string): string[] | undefined => {
    if (!ties.has(kind)) ties.set(kind, firstTie(sentences, runsAt, lede, kind, dictionary, isPerson));
    return ties.get(kind);
  };
  return kinds.map((kind, at) => {
    const name = kind === undefined ? undefined : tie(kind);
    if (name === undefined) return [];
    const said = new Set(sentenceWords[at]);
    return name.filter((word) => !said.has(word));
  });
}

/** The kind word of a sentence's opening description ("company", "27-year-old"), if it opens with one, else of a later clause's ("…, and the company has added…"). */
function describedKind(sentence: string, isLede: boolean, dictionary: DescriptionWords): string | undefined {
  const opening = DESCRIPTION_OPENING.exec(sentence);
  // "The mayor, Duarte Coelho, abstained" names whom it describes.
  if (NAMED_IN_APPOSITION.test(sentence)) return undefined;
  if (!opening || (opening[1] !== "The" && !isLede)) {
    const clause = CLAUSE_DESCRIPTION.exec(sentence);
    return clause ? kindAmong(clause[1] ?? "", dictionary) : undefined;
  }
  return kindAmong(opening[2] ?? "", dictionary);
}

/** The kind word among a description's first words ("company" of "Minneapolis-based company"), if any. */
function kindAmong(description: string, dictionary: DescriptionWords): string | undefined {
  const tokens = description.split(/\s+/).slice(0, DESCRIPTION_WORDS);
  for (const token of tokens) {
    const word = token.replace(POSSESSIVE, "");
    if (AGE_WORD.test(word)) return word;
    const [plain] = words(word);
    // One person or body: "the researchers" may be any of several.
    if (plain !== undefined && word === word.toLowerCase() && dictionary.isKind(plain)) return plain;
  }
  return undefined;
}

/** The name the article ties a kind word to where it first uses the word (see describedNames). */
function firstTie(
  sentences: readonly string[],
  runsAt: (at: number) => NameRun[],
  lede: number,
  kind: string,
  dictionary: DescriptionWords,
  isPerson: PersonNames["isPerson"],
): string[] | undefined {
  // A name set beside a body's kind stands for the body, unless it is a person's.
  const namesBody = (run: NameRun | undefined): run is NameRun => run !== undefined && dictionary.isBody(kind) && !isPerson(run.words.at(-1));
  for (let at = lede; at < sentences.length; at++) {
    const sentence = sentences[at] ?? "";
    const position = kindPosition(sentence, kind);
    if (position < 0) continue;
    // "Carl Mensah, the union's regional officer": an appositive says whose the one named is, not what.
    if (OWNER_IN_APPOSITION.test(sentence.slice(Math.max(0, position - OWNER_WINDOW), position)) && POSSESSIVE_AHEAD.test(sentence.slice(position))) return undefined;
    // "…had used the same signposting company, Waymark Events, for six years": a name set right after
    // the kind word between commas is the one it goes on calling, not a name earlier in the sentence.
    const kindLength = sentence.slice(position).search(/[^\p{L}\d'’-]/u);
    const apposedAfter = kindLength >= 0 && sentence.startsWith(", ", position + kindLength) ? runsAt(at).find((run) => run.at === position + kindLength + 2) : undefined;
    if (namesBody(apposedAfter)) return apposedAfter.words;
    const before = runsAt(at).filter((run) => run.at < position).at(-1);
    if (before !== undefined) return before.words;
    // "The cooperative that represents most of the growers, Olivares del Sur, said…": the name set
    // beside a body's description opening the sentence, no person's, is the one its kind goes on
    // calling. Not a person's role: "The bakery's owner, Giorgos Petrakis," leaves "The owner of the
    // cafe next door" someone else.
    const apposed = NAMED_IN_APPOSITION.exec(sentence);
    // "…from Limassol, Cyprus, said": a place's country after a comma is no name set beside the description.
    if (apposed !== null && !NAME_BEFORE_COMMA.test(apposed[0])) {
      const named = runsAt(at).find((run) => run.at === apposed[0].length - 1);
      return namesBody(named) ? named.words : undefined;
    }
    if (describedKind(sentence, at === lede, dictionary) !== kind) return undefined;
    if (at === lede && LEDE_DESCRIPTION.test(sentence)) {
      // "A 63-year-old man was arrested…" then "Dave Ruddock, the station commander, said…": a name
      // given its office is someone else, brought in to speak of the one described.
      const next = sentences[at + 1] ?? "";
      if (OFFICE_IN_APPOSITION.test(next) || at + 1 >= sentences.length) return undefined;
      const opening = openingName(runsAt(at + 1));
      // News introduces the one it described with an age: "Detective Superintendent Neil Baxter, 52, …".
      if (opening !== undefined && AGED_NAME.test(next)) return opening;
      // "Mrs Justice Achterberg ruled…": a name under the title of another role may be someone else,
      // and is no body.
      const titled = opening?.slice(0, -1).some((word) => !HONORIFICS.has(word) && dictionary.titlesOtherRole(word, kind)) === true;
      if (dictionary.isBody(kind)) return titled ? undefined : opening;
      if (opening !== undefined && !titled) return opening;
      // Then the person the next sentences give an age ("…a jury convicted Graham Pellow, 54, of fraud"),
      // not one set beside another's description ("one resident, Margaret Hale, 88").
      const aged = [at + 1, at + 2]
        .filter((later) => later < sentences.length)
        .flatMap((later) => {
          const text = sentences[later] ?? "";
          return runsAt(later).filter((run) => AGED_NAME.test(text.slice(run.at)) && !APPOSED.test(text.slice(0, run.at)));
        });
      return aged[0]?.words ?? opening;
    }
    if (dictionary.isBody(kind)) return bodyNamedBefore(sentences, runsAt, lede, at, kind, isPerson);
    // "The clerk wrote…" or "…, and the clerk wrote…" with no clerk before brings someone new in; an age opening a sentence alone does not.
    if (!sentence.startsWith("The")) return undefined;
    if (!AGE_WORD.test(kind)) return undefined;
    for (let previous = at - 1; previous >= lede; previous--) {
      const subject = openingName(runsAt(previous));
      if (subject !== undefined) return subject;
    }
    return undefined;
  }
  return undefined;
}

/**
 * "Voltreva, founded in 2019, said… The company has invested…": a body first called by its kind
 * in the sentence after one its name opens, at its start or in a clause ("Without the extension,
 * the company said, …"), is that name's, unless the name is a person's
 * ("Sorvik said… The company…"), or another sentence opening with the kind follows another name
 * ("Corvel… The company employs 80"): with two firms, "the company" may be either.
 */
function bodyNamedBefore(sentences: readonly string[], runsAt: (at: number) => NameRun[], lede: number, first: number, kind: string, isPerson: PersonNames["isPerson"]): string[] | undefined {
  const nameBefore = (at: number) => {
    const subject = at > lede ? openingName(runsAt(at - 1)) : undefined;
    return subject === undefined || isPerson(subject.at(-1)) ? undefined : subject;
  };
  const name = nameBefore(first);
  if (name === undefined) return undefined;
  for (let at = first + 1; at < sentences.length; at++) {
    if (kindPosition(sentences[at] ?? "", kind) !== "The ".length) continue;
    const other = nameBefore(at);
    if (other !== undefined && other.join(" ") !== name.join(" ")) return undefined;
  }
  return name;
}

/** The words a document capitalises somewhere other than at a sentence's start: names, not sentence openers. */
function capitalisedInside(sentences: readonly string[]): Set<string> {
  const inside = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(CAPITALISED_RUN)) {
      const runWords = words(match[0]);
      runWords.forEach((word, index) => {
        if ((match.index ?? 0) > 0 || index > 0) inside.add(word);
      });
    }
  }
  return inside;
}

/** The name a sentence opens with (its subject, most often), if any. */
function openingName(runs: readonly NameRun[] | undefined): string[] | undefined {
  const [first] = runs ?? [];
  return first !== undefined && first.at <= OPENING_NAME_AT ? first.words : undefined;
}

/** Where a sentence first uses a kind word (any form: "company", "companies"), or -1. */
function kindPosition(sentence: string, kind: string): number {
  // A whole age: "7-year-old" is not the end of "17-year-old".
  if (AGE_WORD.test(kind)) return new RegExp(`(?<!\\d)${kind}`).exec(sentence)?.index ?? -1;
  // Forms of a word share its first letters ("company", "companies"): most sentences hold none.
  if (!sentence.toLowerCase().includes(kind.slice(0, KIND_STEM))) return -1;
  for (const match of sentence.matchAll(/[\p{L}\d'’-]+/gu)) {
    if (words(match[0].replace(POSSESSIVE, "")).some((word) => word === kind || lemmaOf(word) === kind)) return match.index ?? -1;
  }
  return -1;
}

/**
 * The names a sentence gives, in order, as the words to index ("Kenya's Joseph Lemaiyan" is
 * Joseph Lemaiyan): capitalised runs but days and months, and a lone first word the dictionary knows ("The").
 */
function nameRuns(sentence: string, isName: (word: string) => boolean): NameRun[] {
  const found: NameRun[] = [];
  for (const match of sentence.matchAll(CAPITALISED_RUN)) {
    let at = match.index ?? 0;
    let tokens = match[0].split(SPACE_RUN);
    // "The Minneapolis-based company": a sentence's first word is most often no part of a name; but a
    // given name the dictionary knows as a word is one before a name ("Graham Whitcombe, 52,").
    const [first, ...rest] = tokens;
    if (at === 0 && first !== undefined && rest.length > 0 && !words(first).some(isName) && (words(first).some(isStopWord) || !words(rest[0] ?? "").some(isName))) {
      tokens = rest;
      at = sentence.indexOf(rest[0] ?? "", first.length);
    }
    tokens = tokens.filter((token, index, all) => index === all.length - 1 || !POSSESSIVE.test(token));
    const runWords = contentWords(tokens.join(" ")).filter((word) => !CALENDAR_WORDS.has(word));
    if (runWords.length === 0) continue;
    if (tokens.length === 1 && at === 0 && !runWords.some(isName)) continue;
    found.push({ at, words: runWords });
  }
  return found;
}

/** True when a document writes the word with a capital inside a sentence ("Hamas", "Putin"): a name, not a kind ("the company"). */
export function writesAsName(word: string, document: SearchableDocument): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const capitalised = new RegExp(`\\s${escaped.charAt(0).toUpperCase()}${escaped.slice(1)}\\b`);
  return document.sentences.some((sentence) => capitalised.test(sentence.text));
}
