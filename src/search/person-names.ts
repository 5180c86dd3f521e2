import { APPOSITIVE_START } from "./clause-parts.ts";
import { ageHoldersOf } from "./measurements.ts";
import { HONORIFICS } from "./name-mentions.ts";
import { NOUN_PHRASE_PARTS, taggedAsWritten } from "./tagging.ts";
import { lemmaOf } from "./terms.ts";
import { CAPITALISED } from "./text.ts";

// The one reading of "is this name a person's?". News tells it right beside the name: a role noun
// before it ("cashier Ellen Park", "council official Obi Hall", "the bakery's owner, Giorgos
// Petrakis", "his deputy, Ilse Berg"), an appositive headed by a role after it ("Ellen Park, a
// site manager", "Jones, the event secretary") or an age ("Darren Kessock, 34,"). A name tells it
// of itself by a title of courtesy ("Mr Holcombe", "Dr Amir Khan") or a title of a kind of person
// ("Detective Inspector Gareth Castell", "Judge Okonjo"), unless an appositive says it is a thing
// ("Knight Frank, the estate agency"). A given name opening it ("Sarah Price") is weak: firms are
// often named after people ("Thomas Cook", "Goldman Sachs"), so it only tells a name is no place.
// A role word that may name a firm ("carrier", "contractor") tells only that the name is a
// person's or a body's (no place, for where-questions), and so does any role word beside a name
// without a person's shape, a given name and a surname: "retailer Pennyworth" and "developer
// Ashcombe Homes" are firms.

const APPOSITIVE_COMMA = ",";

/** A run of capitalised words inside a sentence, and whether the sentence tells it is a person's. */
export interface SentenceName {
  /** Its words, in lower case ("detective", "inspector", "gareth", "castell"). */
  words: string[];
  isPerson: boolean;
}

/** What reading a name needs to know of the dictionary. */
export interface NameWords {
  /** True when a lower-case word's commonest sense is a kind of person ("inspector", "lawyer"). */
  namesPerson(word: string): boolean;
  /** True when the dictionary knows a word as an adjective ("senior"). */
  isAdjective(word: string): boolean;
  /** True when a word tells where someone is from ("russian"). */
  isDemonym(word: string): boolean;
  /** True when some sense of a lower-case word is an organisation, or a person or firm ("carrier", "contractor"). */
  namesFirm(word: string): boolean;
  /** True when a word is the plural of a common noun ("homes"), which ends a firm's name, not a person's. */
  isCommonPlural(word: string): boolean;
  /** True when a lower-case word is only ever a person's name ("sarah", "james"): a given name. */
  isGivenName(word: string): boolean;
}

/** The dictionary (the Thesaurus) that NameWords are read from. */
export interface NameDictionary {
  namesPerson(lemma: string): boolean;
  isAdjective(word: string): boolean;
  pertainsToNamedPlace(lemma: string): boolean;
  namesOrganizationInSomeSense(lemma: string): boolean;
  isCommonPlural(word: string): boolean;
  namesOnlyPeople(word: string): boolean;
}

/** The NameWords a dictionary gives. */
export function nameWordsOf(dictionary: NameDictionary): NameWords {
  return {
    namesPerson: (word) => dictionary.namesPerson(lemmaOf(word)),
    isAdjective: (word) => dictionary.isAdjective(word),
    isDemonym: (word) => dictionary.pertainsToNamedPlace(word),
    namesFirm: (word) => dictionary.namesOrganizationInSomeSense(lemmaOf(word)),
    isCommonPlural: (word) => dictionary.isCommonPlural(word),
    isGivenName: (word) => dictionary.namesOnlyPeople(word),
  };
}

/** What the words beside a name and its own words tell of it. */
export interface NameTelling {
  /** The words beside it tell it is a person's or a body's: an age, or any role word, also one that may name a firm ("retailer Pennyworth"). */
  agentBeside: boolean;
  /** The words beside it tell it is a person's: an age, or a role word naming no firm beside a name of a person's shape. */
  personBeside: boolean;
  /** Its own words tell it is a person's: a title opening it, and no appositive saying it is a thing. */
  titled: boolean;
  /** It opens with a given name ("Sarah Price", "Thomas Cook"): a person's or one a firm took. */
  givenNameOpens: boolean;
}

/**
 * Reads one sentence's names (see above): given the sentence's tokens as written and their parts
 * of speech, it tells what the sentence says of the name from token `first` to token `last`.
 */
export function nameTellingIn(
  sentence: string,
  tokens: readonly string[],
  partsOfSpeech: readonly string[],
  words: NameWords,
): (first: number, last: number) => NameTelling {
  const { namesPerson, isAdjective, namesFirm, isCommonPlural, isGivenName } = words;
  const aged = new Set(ageHoldersOf(sentence).flatMap((holder) => holder?.toLowerCase() ?? []));
  // A noun, not an adjective ("senior Hamas leaders") nor a verb ("will guard Wexley Castle").
  const isRole = (at: number) => {
    const token = tokens[at] ?? "";
    return partsOfSpeech[at] === "NOUN" && !CAPITALISED.test(token) && namesPerson(token.toLowerCase());
  };
  const isPersonRole = (at: number) => isRole(at) && !namesFirm(tokens[at]?.toLowerCase() ?? "");
  return (first, last) => {
    const named = tokens.slice(first, last + 1).map((token) => token.toLowerCase());
    const opening = named[0] ?? "";
    // "cashier Ellen Park", "the owner, Giorgos Petrakis", "the vessel, the Morning Tern" (no role).
    const before = tokens[first - 1] === APPOSITIVE_COMMA ? first - 2 : first - 1;
    const appositiveBefore = APPOSITIVE_START.test(tokens[first - 1] ?? "") && tokens[first - 2] === APPOSITIVE_COMMA ? first - 3 : -1;
    // "Ellen Park, a senior site manager"; "Chequers, the prime minister's country residence" is a thing.
    const head = tokens[last + 1] === APPOSITIVE_COMMA && APPOSITIVE_START.test(tokens[last + 2] ?? "") ? headNounFrom(partsOfSpeech, last + 3) : undefined;
    const roleBeside = (role: (at: number) => boolean) => role(before) || role(appositiveBefore) || (head !== undefined && role(head));
    const isAged = aged.has(named.at(-1) ?? "");
    const personShaped = named.length > 1 && !isCommonPlural(named.at(-1) ?? "");
    const describedAsThing = head !== undefined && !isRole(head);
    // "Judge Miriam Achebe", "Detective Inspector Gareth Castell"; not "General Motors", "Thomas Cook" (a given name) or "Viking Cruises".
    const isTitle = (word: string) => namesPerson(word) && !isAdjective(word) && !isGivenName(word);
    const titled = personShaped && named.slice(0, -1).some(isTitle);
    return {
      agentBeside: isAged || roleBeside(isRole),
      personBeside: isAged || (personShaped && roleBeside(isPersonRole)),
      titled: HONORIFICS.has(opening) || (titled && !describedAsThing),
      givenNameOpens: named.length > 1 && isGivenName(opening),
    };
  };
}

/** The head of the noun phrase opening at `from`, its last noun ("the guest house run by…": "house"), if any. */
function headNounFrom(partsOfSpeech: readonly string[], from: number): number | undefined {
  let head: number | undefined;
  for (let at = from; at < partsOfSpeech.length && NOUN_PHRASE_PARTS.has(partsOfSpeech[at] ?? ""); at++) if (partsOfSpeech[at] === "NOUN") head = at;
  return head;
}

/**
 * The names a sentence gives (runs of capitalised words; a sentence's first word alone is none),
 * each with whether it tells the name is a person's (see above).
 */
export function sentenceNames(sentence: string, words: NameWords): SentenceName[] {
  const { values: tokens, partsOfSpeech } = taggedAsWritten(sentence);
  const tells = nameTellingIn(sentence, tokens, partsOfSpeech, words);
  const isCapitalised = (at: number) => CAPITALISED.test(tokens[at] ?? "");
  const names: SentenceName[] = [];
  for (let start = 0; start < tokens.length; start++) {
    if (!isCapitalised(start) || isCapitalised(start - 1)) continue;
    let end = start;
    while (isCapitalised(end)) end++;
    if (start === 0 && end === 1) continue;
    const named = tokens.slice(start, end).map((token) => token.toLowerCase());
    // "Russian deputy foreign minister": a word for where a lower-case thing is from is no name.
    if (named.length === 1 && /^\p{Ll}/u.test(tokens[end] ?? "") && words.isDemonym(named[0] ?? "")) continue;
    const { personBeside, titled } = tells(start, end - 1);
    names.push({ words: named, isPerson: personBeside || titled });
  }
  return names;
}
