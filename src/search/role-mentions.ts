import { TOKEN, type DescribedPerson } from "./person-descriptions.ts";
import { CAPITALISED, normalizeText, words } from "./text.ts";

// News names a person in full once, with a role ("District Judge Eleanor Pryce", "the bakery's
// owner, Giorgos Petrakis"), and later calls them by it alone: "…,” the judge wrote in her ruling.
// A reader asks by the name ("what did Judge Pryce say about…?"): the sentence names them.

// Words of the description the article gave that may come between "the" and the role ("the district judge").
const MAX_WORDS_BEFORE_ROLE = 2;
const POSSESSIVE = /['’]s$/;
// The words that open a phrase saying whose or where a role is ("the owner of…", "the judge at…").
const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "at", "for", "from"]);
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
// How many sentences back a role two people hold looks for the one of them last named.
const ROLE_LOOKBACK = 2;

/**
 * For each sentence of a document, in order, the name words of the people a definite description
 * in it stands for: "the" and a role heading the article's description of one person only, maybe
 * after other words of that description ("the judge", "the district judge", "the judge's ruling").
 * A role two people of the article hold stands for the one of them a sentence just before names
 * ("…proposed by Councillor Tom Haverley. It was accepted… The councillor said…"); never for one
 * followed by a name ("the judge, Mark Tolley,"), which says who it is. The sentence's own words are left out.
 */
export function personsByRole(sentences: readonly string[], people: ReadonlyMap<string, DescribedPerson>): string[][] {
  const holders = roleHolders(people);
  if (holders.size === 0) return sentences.map(() => []);
  // Read only for sentences holding a role and the few before them.
  const sentenceWords: Set<string>[] = [];
  const wordsAt = (ordinal: number) => (sentenceWords[ordinal] ??= new Set(words(sentences[ordinal] ?? "")));
  return sentences.map((sentence, ordinal) => {
    // Most sentences hold no role of the document: the cheap test first.
    const text = normalizeText(sentence);
    if (![...holders.keys()].some((role) => text.includes(role))) return [];
    const tokens = sentence.match(TOKEN) ?? [];
    const holderOf = (role: string) => namedLast(holders.get(role) ?? [], wordsAt, ordinal);
    const found = new Set<string>();
    tokens.forEach((token, at) => {
      if (token.toLowerCase() !== "the") return;
      const person = describedAfter(tokens, at + 1, holders, holderOf);
      if (person !== undefined) for (const word of person.named) found.add(word);
    });
    if (found.size === 0) return [];
    const said = wordsAt(ordinal);
    return [...found].filter((word) => !said.has(word));
  });
}

/** The roles that head the description of people of the article, each with the people it heads. */
function roleHolders(people: ReadonlyMap<string, DescribedPerson>): Map<string, DescribedPerson[]> {
  const held = new Map<string, DescribedPerson[]>();
  for (const person of people.values()) for (const role of person.roles) held.set(role, [...(held.get(role) ?? []), person]);
  return held;
}

/**
 * The one of a role's holders a sentence stands for: the only one, or the one the nearest of the
 * ROLE_LOOKBACK sentences before it that names any of them names alone.
 */
function namedLast(holders: readonly DescribedPerson[], wordsAt: (ordinal: number) => ReadonlySet<string>, ordinal: number): DescribedPerson | undefined {
  const people = holders.filter((holder) => holder.isOnePerson);
  if (people.length !== holders.length) return undefined;
  if (people.length === 1) return people[0];
  for (let before = ordinal - 1; before >= Math.max(0, ordinal - ROLE_LOOKBACK); before--) {
    const said = wordsAt(before);
    const named = people.filter((person) => [...person.named].some((word) => said.has(word)));
    if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  }
  return undefined;
}

/** The person whose role the tokens from `at` give, after words of their description, when no name follows. */
function describedAfter(
  tokens: readonly string[],
  at: number,
  holders: ReadonlyMap<string, readonly DescribedPerson[]>,
  holderOf: (role: string) => DescribedPerson | undefined,
): DescribedPerson | undefined {
  for (let end = at; end <= at + MAX_WORDS_BEFORE_ROLE && end < tokens.length; end++) {
    const token = tokens[end] ?? "";
    if (CAPITALISED.test(token)) return undefined;
    const word = normalizeText(token).replace(POSSESSIVE, "");
    if (!holders.has(word)) {
      // "the district judge": a word before the role is one the article described the person with.
      if (![...holders.values()].some((held) => held.some((holder) => holder.described.has(word)))) return undefined;
      continue;
    }
    const person = holderOf(word);
    if (person === undefined) return undefined;
    const modifiers = tokens.slice(at, end).map((modifier) => normalizeText(modifier).replace(POSSESSIVE, ""));
    if (!modifiers.every((modifier) => person.described.has(modifier))) return undefined;
    return namedNext(tokens, end + 1) || ownBodyNext(tokens, end + 1, person) ? undefined : person;
  }
  return undefined;
}

/**
 * True when a phrase after the role says whose or where it is, in a word the article did not describe
 * the person with: "the owner of the cafe next door" is not "the bakery's owner", nor "the judge at
 * the flower show" the district judge.
 */
function ownBodyNext(tokens: readonly string[], at: number, person: DescribedPerson): boolean {
  if (!ROLE_PREPOSITIONS.has(tokens[at]?.toLowerCase() ?? "")) return false;
  let next = at + 1;
  while (ARTICLES.has(tokens[next]?.toLowerCase() ?? "")) next++;
  const word = tokens[next];
  return word === undefined || !person.described.has(normalizeText(word).replace(POSSESSIVE, ""));
}

/** True when a name comes right after, maybe after a comma: "the judge, Mark Tolley," says who. */
function namedNext(tokens: readonly string[], at: number): boolean {
  const next = tokens[at] === "," ? tokens[at + 1] : tokens[at];
  return next !== undefined && CAPITALISED.test(next);
}
