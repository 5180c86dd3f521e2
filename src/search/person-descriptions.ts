import { HONORIFICS, isNameParticle, nameMentions, namesUsedAlone, type NameMention } from "./name-mentions.ts";
import { APPOSITIVE_START } from "./clause-parts.ts";
import { CAPITALISED, contentWords, isStopWord, normalizeText, words } from "./text.ts";

// News describes a person once, beside the name ("Margaret Oyelaran, chair of the Northern Fells
// Sheepdog Society, said…", "Tom Reed, who runs the Red Lion pub, said…", "the bakery's owner,
// Giorgos Petrakis,", "Councillor Dev Randhawa"), and then calls them by surname or "she" in
// sentences that hold none of those words ("“We'll be back,” Ms Oyelaran said."). A reader asks by
// the description ("what did the chair say at the end?"): the later sentences carry it as context.

/** Words and punctuation marks, in order, as written: capitals mark names. */
export const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /['’]s$/;
const NUMBER = /^\d+$/;
const SPACES = /\s+/;
// What may come before a sentence's first word: an opening quote or bracket.
const OPENING = /^[\s“"‘'(]*$/;
// Characters read either side of a name for its description: more than its longest.
const WINDOW = 160;
// The lower-case word right before a name, maybe with a comma: "retired teacher Marguerite…", "owner, Giorgos…".
const LAST_WORD = /(\p{Ll}[\p{L}'’-]*),?\s+$/u;
const LAST_WORD_LENGTH = 30;
// Words before a name that may describe it: "retired teacher", "the bakery's owner", "Russian deputy foreign minister".
const MAX_WORDS_BEFORE = 4;
// Words of an appositive after a name's comma: "chair of the Northern Fells Sheepdog Society".
const MAX_WORDS_AFTER = 12;
// An appositive names the role among its first words ("a 34-year-old teacher", "the trading standards officer").
const ROLE_WITHIN = 4;

/** What personDescriptions needs to know of the dictionary. */
export interface PersonWords {
  /** True when the dictionary knows a word other than as one person's name ("hospital"; not "oyelaran"). */
  isCommonWord(word: string): boolean;
  /** True when a word is a kind of person in one of its senses ("chair", "owner", "teacher"). */
  namesRole(word: string): boolean;
  /** True when the dictionary knows a word as an adverb ("later", "yesterday"), which may open a sentence before a name. */
  isAdverb(word: string): boolean;
  /** True when a word is written in its dictionary form ("judge"; not "judges", nor "had"). */
  isDictionaryForm(word: string): boolean;
}

/** A person an article names in full and describes: the words of their name, the words describing them and the role words heading those descriptions. */
export interface DescribedPerson {
  /** The given name, the surname's particles and the surname ("eleanor", "pryce"). */
  named: Set<string>;
  /** Every content word describing them ("district", "judge"; "chair", "society"). */
  described: Set<string>;
  /** The kinds of person heading a description ("judge" of "District Judge", "owner" of "the bakery's owner"). */
  roles: Set<string>;
  /** False for a surname two people share, or a common word ending the name of a place or body ("Sheepdog Trials"). */
  isOnePerson: boolean;
}

/**
 * The people a document names in full and describes, by surname: a title inside the name
 * ("Councillor"), the words before it that end in a role ("retired teacher", "the bakery's owner,"),
 * an appositive after its comma that holds a role or opens with "who" ("chair of the…", "who runs
 * the Black Ram inn"). A surname two people share describes neither: it is kept, not one person.
 */
export function describedPeople(
  sentences: readonly string[],
  dictionary: PersonWords,
  mentions: readonly (readonly NameMention[])[] = nameMentions(sentences),
): Map<string, DescribedPerson> {
  const people = new Map<string, DescribedPerson>();
  const givenNames = new Map<string, Set<string>>();
  for (const [at, sentence] of sentences.entries()) {
    for (const mention of mentions[at] ?? []) {
      const name = fullName(sentence, mention, dictionary);
      if (name === undefined) continue;
      if (name.given !== undefined) addTo(givenNames, name.surname, [name.given]);
      const description = describingWords(name, sentence.slice(Math.max(0, mention.at - WINDOW), mention.at), sentence.slice(mention.end, mention.end + WINDOW), dictionary);
      if (description.words.length === 0) continue;
      const person = people.get(name.surname) ?? { named: new Set<string>(), described: new Set<string>(), roles: new Set<string>(), isOnePerson: true };
      for (const word of name.named) if (!HONORIFICS.has(word)) person.named.add(word);
      for (const word of description.words) person.described.add(word);
      for (const word of description.roles) person.roles.add(word);
      people.set(name.surname, person);
    }
  }
  let usedAlone: Set<string> | undefined;
  for (const [surname, person] of people) {
    // "The Northern Fells Sheepdog Trials" ends in a common word; "Oliver Banks" is "Banks" alone too.
    const isPerson = !dictionary.isCommonWord(surname) || (usedAlone ??= namesUsedAlone(mentions)).has(surname);
    person.isOnePerson = isPerson && !isShared(givenNames.get(surname), dictionary);
  }
  return people;
}

/**
 * For each sentence of a document, in order, the words that describe the people it is about (named
 * in full, by surname, or as the person its "he" or "she" stands for: `pronounPersons`, see
 * pronounNames), read wherever the article describes them (see describedPeople). The sentence's
 * own words are left out.
 */
export function personDescriptions(
  sentences: readonly string[],
  pronounPersons: readonly (readonly string[])[],
  dictionary: PersonWords,
  mentions: readonly (readonly NameMention[])[] = nameMentions(sentences),
  sentenceWords: readonly (readonly string[])[] = sentences.map(words),
  people: ReadonlyMap<string, DescribedPerson> = describedPeople(sentences, dictionary, mentions),
): string[][] {
  const surnames = [...people.keys()].filter((surname) => people.get(surname)?.isOnePerson);
  if (surnames.length === 0) return sentences.map(() => []);
  return sentences.map(normalizeText).map((text, at) => {
    const about = surnames.filter((surname) => text.includes(surname) || pronounPersons[at]?.includes(surname));
    if (about.length === 0) return [];
    const said = new Set(sentenceWords[at]);
    const found = new Set<string>();
    for (const surname of about) {
      if (!said.has(surname) && !pronounPersons[at]?.includes(surname)) continue;
      for (const word of people.get(surname)?.described ?? []) if (!said.has(word)) found.add(word);
    }
    return [...found];
  });
}

/** A person's name as a run of capitalised words gives it: "Councillor Dev Randhawa", "Ursula von der Leyen", "Van Brocklin". */
interface FullName {
  /** The words before the given name: titles, maybe ("councillor"). */
  titles: string[];
  /** None for a surname with its particles alone ("Van Brocklin"). */
  given: string | undefined;
  /** The given name, the surname's particles and the surname. */
  named: Set<string>;
  surname: string;
}

/**
 * A mention's full name: a given name, or particles, before the surname. A grammar word or an
 * adverb opening the sentence is no part of it ("When Oyelaran…", "Yesterday Councillor Dev
 * Randhawa…"). Read by the words as written: "Ambrose-Kerr" is one surname.
 */
function fullName(sentence: string, mention: NameMention, dictionary: PersonWords): FullName | undefined {
  // Most runs are one word.
  if (mention.words.length < 2) return undefined;
  const tokens = sentence.slice(mention.at, mention.end).split(SPACES).map(plain).filter((token) => !isStopWord(token));
  if (OPENING.test(sentence.slice(0, mention.at)) && dictionary.isAdverb(tokens[0] ?? "")) tokens.shift();
  const surname = words(tokens.at(-1) ?? "").at(-1);
  if (surname === undefined || tokens.length < 2) return undefined;
  let givenAt = tokens.length - 2;
  while (givenAt >= 0 && isNameParticle(tokens[givenAt] ?? "")) givenAt--;
  return { titles: tokens.slice(0, Math.max(0, givenAt)), given: tokens[givenAt], named: new Set(words(tokens.slice(Math.max(0, givenAt)).join(" "))), surname };
}

function addTo(map: Map<string, Set<string>>, key: string, values: readonly string[]): void {
  const set = map.get(key) ?? new Set<string>();
  for (const value of values) set.add(value);
  map.set(key, set);
}

/**
 * True when a surname is two people's or more ("Helen Pellow" and her brother "Tom Pellow", a father
 * and son): alone, it may be either, so neither's description goes with it.
 */
function isShared(givenNames: ReadonlySet<string> | undefined, dictionary: PersonWords): boolean {
  const given = [...(givenNames ?? [])].filter((name) => !HONORIFICS.has(name));
  return given.length > 1 && given.filter((name) => !dictionary.namesRole(name)).length > 1;
}

/** The words describing a person at one mention of their name, and the kinds of person heading them. */
interface Description {
  words: string[];
  roles: string[];
}

/**
 * The content words that describe the person a full name names, read from the name and the text
 * before and after it, with the role heading each description read ("judge" of "District Judge").
 * The names inside a description ("chair of the Northern Fells Sheepdog Society") are left out:
 * the article names the body in sentences of its own, and a question about it asks by its name.
 */
function describingWords(name: FullName, before: string, after: string, dictionary: PersonWords): Description {
  // "Councillor Dev Randhawa", "Russian Foreign Minister Sergei Lavrov": titles before the given
  // name ("Mousa Abu Marzook" has none).
  const { titles } = name;
  const title = titles.at(-1);
  const titled = title !== undefined && dictionary.namesRole(title);
  const found = titled ? [...titles] : [];
  const roles = titled && isRoleNoun(title, dictionary) ? [title] : [];
  // Most names are described neither way: the text around is read only when it may be.
  const roleBefore = roleEnding(before, dictionary);
  const around = [...(roleBefore === undefined ? [] : wordsBefore(before.match(TOKEN) ?? []))];
  if (roleBefore !== undefined && isRoleNoun(roleBefore, dictionary)) roles.push(roleBefore);
  if (after.startsWith(",")) {
    const appositive = wordsAfter(after.match(TOKEN) ?? [], dictionary);
    around.push(...appositive.words);
    roles.push(...appositive.roles);
  }
  found.push(...around.filter((token) => !CAPITALISED.test(token)));
  if (found.length === 0) return { words: [], roles: [] };
  return { words: contentWords(found.join(" ")).filter((word) => !name.named.has(word)), roles };
}

/** The lower-case word for a kind of person the text before a name ends in, maybe with a comma ("teacher", "owner,"). */
function roleEnding(before: string, dictionary: PersonWords): string | undefined {
  // The last few characters: a regex anchored at the end would try every position of the text.
  const last = LAST_WORD.exec(before.slice(-LAST_WORD_LENGTH))?.[1];
  return last !== undefined && dictionary.namesRole(plain(last)) ? plain(last) : undefined;
}

/** "retired teacher Marguerite Ellesmere", "the bakery's owner, Giorgos Petrakis": lower-case words ending in a role, read back from the name. */
function wordsBefore(tokens: readonly string[]): string[] {
  let at = tokens.at(-1) === "," ? tokens.length - 2 : tokens.length - 1;
  const found: string[] = [];
  for (; at >= 0 && found.length < MAX_WORDS_BEFORE; at--) {
    const token = tokens[at] ?? "";
    const describes = (isLowerCaseWord(token) && !isStopWord(token.toLowerCase())) || POSSESSIVE.test(token);
    if (!describes) break;
    found.unshift(token);
  }
  return found;
}

/**
 * "…, chair of the Northern Fells Sheepdog Society,", "…, a three-time winner from the Welsh
 * borders,", "…, Tarnside Water's director of operations", "…, who runs the Black Ram inn,": an
 * appositive after the name's comma, with a role among its first words (its first such word heads
 * it), or a relative clause.
 */
function wordsAfter(tokens: readonly string[], dictionary: PersonWords): Description {
  const none = { words: [], roles: [] };
  if (tokens[0] !== ",") return none;
  let at = 1;
  // "Tullis, 52, a former beekeeper,": an age first.
  if (NUMBER.test(tokens[at] ?? "") && tokens[at + 1] === ",") at += 2;
  // An owner's name may open it ("Tarnside Water's director"); a list of names or "…, said Banks" does not.
  const first = at;
  let opening = at;
  while (CAPITALISED.test(tokens[opening] ?? "") && !POSSESSIVE.test(tokens[opening] ?? "")) opening++;
  if (opening > at && !POSSESSIVE.test(tokens[opening] ?? "")) return none;
  const found: string[] = [];
  for (; at < tokens.length && found.length < MAX_WORDS_AFTER && isWordToken(tokens[at] ?? ""); at++) found.push(tokens[at] ?? "");
  if (found[0]?.toLowerCase() === "who") return { words: found, roles: [] };
  const roles = found.slice(0, opening - first + ROLE_WITHIN).filter((token) => isLowerCaseWord(token) && dictionary.namesRole(plain(token)));
  if (roles.length === 0) return none;
  return { words: found, roles: appositiveHead(found.slice(opening - first), dictionary) };
}

/**
 * The role heading an appositive that opens with a noun phrase: its last word before a grammar word
 * or a name, after its article ("a three-time winner from…", "the company's route director for…",
 * "chair of the…"). "…, said the company…" is a clause, headed by no role.
 */
function appositiveHead(tokens: readonly string[], dictionary: PersonWords): string[] {
  let at = APPOSITIVE_START.test(tokens[0] ?? "") ? 1 : 0;
  while (isLowerCaseWord(tokens[at] ?? "") && !isStopWord(plain(tokens[at] ?? ""))) at++;
  const head = tokens[at - 1];
  return head !== undefined && !POSSESSIVE.test(head) && isLowerCaseWord(head) && isRoleNoun(plain(head), dictionary) ? [plain(head)] : [];
}

/** True when a word is a kind of person as written: a noun in its dictionary form ("judge"; not "judges", nor "had", which has a sense "have" of a person). */
function isRoleNoun(word: string, dictionary: PersonWords): boolean {
  return dictionary.namesRole(word) && dictionary.isDictionaryForm(word);
}

/** A single word as the dictionary is asked about it: lower case, no possessive. */
function plain(token: string): string {
  return normalizeText(token).replace(POSSESSIVE, "");
}

function isWordToken(token: string): boolean {
  return /^[\p{L}\p{N}]/u.test(token);
}

function isLowerCaseWord(token: string): boolean {
  return isWordToken(token) && !CAPITALISED.test(token);
}

// What opens an appositive saying who one named is: "Ferrow, who chairs…", "Marzook, a founder…", "Tullis, 52,".
const APPOSITIVE_OPENING = /^(?:a|an|the|who|whose|aged|\d+)$/;
const NAME_TOKENS = /[\p{L}\d'’-]+|,/gu;

/**
 * True when a sentence says who the one of a name word is where it names them: an appositive after
 * the name ("Mousa Abu Marzook, a founder and political leader of Hamas"), or a role right before the
 * name or inside it ("deputy foreign minister, Mikhail Bogdanov", "Councillor Priya Mandeville");
 * not a quotation's "said Nadia Ferrow".
 */
export function introducesName(sentence: string, name: string, isRole: (word: string) => boolean): boolean {
  const tokens = sentence.match(NAME_TOKENS) ?? [];
  return tokens.some((token, at) => {
    if (token.replace(POSSESSIVE, "").toLowerCase() !== name) return false;
    if (tokens[at + 1] === "," && APPOSITIVE_OPENING.test(tokens[at + 2]?.toLowerCase() ?? "")) return true;
    let before = at - 1;
    while (before >= 0 && CAPITALISED.test(tokens[before] ?? "")) {
      if (isRole((tokens[before] ?? "").toLowerCase())) return true;
      before--;
    }
    if (tokens[before] === ",") before--;
    const word = tokens[before] ?? "";
    return isLowerCaseWord(word) && isRole(word);
  });
}
