import { isStopWord } from "./text.ts";

// Nouns for people of any kind: like "someone", they say who only with a word beside them.
const PEOPLE: ReadonlySet<string> = new Set(["people", "persons", "folks", "folk"]);
// "The people who…", "those who…": whoever the clause tells of. Not "how many people who…", which counts them.
const DEFINITE_BEFORE_CLAUSE: ReadonlySet<string> = new Set(["the", "those"]);
// The words a counted noun phrase opens with ("how many", "how few").
const COUNTING: ReadonlySet<string> = new Set(["many", "few"]);

/**
 * True for a word for people that stands for no one but the group named before it ("hamas ppl", "the
 * union folks": its members, whom a text calls "delegates", "officials" or by name) or the clause
 * after it ("one of the people who founded Hamas": whoever did). It is no word of the question, as
 * "someone" is none: a sentence need not say "people" to tell of them. Counted ("how many people")
 * or described ("young people") it is what is asked about.
 */
export function isPlaceholderForPeople(typed: readonly string[], at: number, namesGroup: (word: string) => boolean): boolean {
  if (!PEOPLE.has(typed[at] ?? "")) return false;
  const before = typed[at - 1];
  if (before === undefined) return false;
  if (typed[at + 1] === "who") return DEFINITE_BEFORE_CLAUSE.has(before);
  // "How many police people…" counts them: the group's name describes whom.
  return !isStopWord(before) && namesGroup(before) && !COUNTING.has(typed[at - 2] ?? "");
}
