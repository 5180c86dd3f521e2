import { describe, expect, it } from "vitest";
import { sentenceNames } from "../../src/search/person-names.ts";

const PERSON_WORDS = new Set(["detective", "inspector", "lawyer", "cashier", "manager", "judge", "minister", "knight", "guard", "ellen", "thomas"]);
const PERSON_WORDS_TOO_ADJECTIVES = new Set(["senior", "official"]);
const words = {
  namesPerson: (word: string) => PERSON_WORDS.has(word) || PERSON_WORDS_TOO_ADJECTIVES.has(word),
  isAdjective: (word: string) => PERSON_WORDS_TOO_ADJECTIVES.has(word),
  isDemonym: (word: string) => word === "russian",
  namesFirm: (word: string) => word === "contractor",
  isCommonPlural: (word: string) => word === "homes",
  isGivenName: (word: string) => word === "ellen" || word === "thomas",
};
const people = (sentence: string) => sentenceNames(sentence, words).map((name) => `${name.words.join(" ")}: ${name.isPerson}`);

describe("sentenceNames", () => {
  it("tells a name is a person's by a title, a role word, an age or an appositive beside it", () => {
    expect(people("He said Detective Inspector Gareth Castell led it.")).toEqual(["detective inspector gareth castell: true"]);
    expect(people("Tullis's lawyer, Jonathan Reyes, asked for probation.")).toEqual(["jonathan reyes: true"]);
    expect(people("The title went after Darren Kessock, 34, was stripped of it.")).toEqual(["darren kessock: true"]);
    expect(people("It was spotted by Ellen Park, a site manager.")).toEqual(["ellen park: true"]);
    expect(people("It was spotted by Mr Holcombe.")).toEqual(["mr holcombe: true"]);
    // A word for where someone is from, before a lower-case noun, is no name.
    expect(people("It met the Russian deputy foreign minister, Mikhail Bogdanov.")).toEqual(["mikhail bogdanov: true"]);
  });

  it("tells a name is a person's by a title opening it, unless an appositive after it says it is a thing", () => {
    expect(people("The claim was dismissed by Judge Okonjo.")).toEqual(["judge okonjo: true"]);
    expect(people("Prices fell, said Knight Frank, the estate agency.")).toEqual(["knight frank: false"]);
    expect(people("Prices fell, said Judge Okonjo, the senior judge.")).toEqual(["judge okonjo: true"]);
  });

  it("takes no given name opening a name for a person's: firms are often named after people", () => {
    expect(people("Shares in Thomas Cook fell sharply overnight.")).toEqual(["thomas cook: false"]);
  });

  it("reads a role noun before a name, not a verb or an adjective", () => {
    expect(people("Council official Obi Marsh said the sale would go ahead.")).toEqual(["obi marsh: true"]);
    expect(people("Volunteers will guard Wexley Castle overnight.")).toEqual(["wexley castle: false"]);
  });

  it("takes a name beside a role word for a person's only where the word names no firm and the name has a person's shape", () => {
    const FIRM_ROLES = { ...words, namesPerson: (word: string) => ["contractor", "developer", "retailer"].includes(word) || words.namesPerson(word) };
    const named = (sentence: string) => sentenceNames(sentence, FIRM_ROLES).map((name) => `${name.words.join(" ")}: ${name.isPerson}`);
    expect(named("It was repaired by Kestrel Build, the main contractor.")).toEqual(["kestrel build: false"]);
    expect(named("It was built by developer Ashcombe Homes.")).toEqual(["ashcombe homes: false"]);
    expect(named("It is sold through retailer Pennyworth.")).toEqual(["pennyworth: false"]);
    expect(named("It was built by developer Ann Ashcombe.")).toEqual(["ann ashcombe: true"]);
  });

  it("leaves a name with nothing beside it, or a body's, undecided", () => {
    expect(people("The cashier alerted Kestleshire Trading Standards.")).toEqual(["kestleshire trading standards: false"]);
    expect(people("The couriers flew with Skyrow, Reyes said.")).toEqual(["skyrow: false", "reyes: false"]);
    // An adjective before a name is no role: "senior Hamas leaders" are the body's.
    expect(people("A group of senior Hamas leaders flew to Moscow.")).toEqual(["hamas: false", "moscow: false"]);
  });
});
