import { ageHoldersOf } from "./answer-type.ts";
import { APPOSITIVE_START } from "./clause-parts.ts";
import { HONORIFICS, TOKEN } from "./person-descriptions.ts";
import { CAPITALISED } from "./text.ts";

// News tells that a name is a person's right beside it: a title of a kind of person inside the
// name ("Detective Inspector Gareth Castell", "Judge Miriam Achebe"), a title of courtesy ("Mr
// Holcombe"), a role word before it ("cashier Ellen Park", "the bakery's owner, Giorgos Petrakis"),
// an age after it ("Darren Kessock, 34,") or an appositive naming a role ("Ellen Park, a site
// manager"). "Which airline…" is not answered by a sentence whose only names are such. A role word
// that may name a firm ("carrier", "contractor") tells nothing, and one beside a name tells it is a
// person's only where the name has a person's shape, a given name and a surname: "retailer
// Pennyworth" and "developer Ashcombe Homes" are firms.

// Words of an appositive after a name's comma that may name the role: "a senior site manager".
const ROLE_WITHIN = 3;

/** A run of capitalised words inside a sentence, and whether the sentence tells it is a person's. */
export interface SentenceName {
  /** Its words, in lower case ("detective", "inspector", "gareth", "castell"). */
  words: string[];
  isPerson: boolean;
}

/** What sentenceNames needs to know of the dictionary. */
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
}

/**
 * The names a sentence gives (runs of capitalised words; a sentence's first word alone is none),
 * each with whether it tells the name is a person's (see above).
 */
export function sentenceNames(sentence: string, words: NameWords): SentenceName[] {
  const { namesPerson, isAdjective, isDemonym, namesFirm, isCommonPlural } = words;
  const tokens = sentence.match(TOKEN) ?? [];
  const isCapitalised = (at: number) => CAPITALISED.test(tokens[at] ?? "");
  const aged = new Set(ageHoldersOf(sentence).flatMap((holder) => holder?.toLowerCase() ?? []));
  // Not an adjective that may name a person too: "senior Hamas leaders" introduces no senior.
  const isRole = (token: string | undefined) => {
    const word = token?.toLowerCase();
    return word !== undefined && !CAPITALISED.test(token ?? "") && namesPerson(word) && !isAdjective(word) && !namesFirm(word);
  };
  const names: SentenceName[] = [];
  for (let start = 0; start < tokens.length; start++) {
    if (!isCapitalised(start) || isCapitalised(start - 1)) continue;
    let end = start;
    while (isCapitalised(end)) end++;
    if (start === 0 && end === 1) continue;
    const named = tokens.slice(start, end).map((token) => token.toLowerCase());
    // "Russian deputy foreign minister": a word for where a lower-case thing is from is no name.
    if (named.length === 1 && /^\p{Ll}/u.test(tokens[end] ?? "") && isDemonym(named[0] ?? "")) continue;
    const titled = named.length > 2 ? named.slice(0, -2).some((word) => namesPerson(word)) : false;
    // "cashier Ellen Park", "the owner, Giorgos Petrakis", "the vessel, the Morning Tern" (no role).
    const skip = tokens[start - 1] === "," ? 2 : 1;
    const introduced = isRole(tokens[start - skip]) || (APPOSITIVE_START.test(tokens[start - 1] ?? "") && tokens[start - 2] === "," && isRole(tokens[start - 3]));
    const described = tokens[end] === "," && APPOSITIVE_START.test(tokens[end + 1] ?? "") && tokens.slice(end + 2, end + 2 + ROLE_WITHIN).some((token) => isRole(token));
    const personShaped = named.length > 1 && !isCommonPlural(named.at(-1) ?? "");
    const isPerson = HONORIFICS.has(named[0] ?? "") || titled || (personShaped && (introduced || described)) || aged.has(named.at(-1) ?? "");
    names.push({ words: named, isPerson });
  }
  return names;
}
