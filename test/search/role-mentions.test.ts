import { describe, expect, it } from "vitest";
import { describedPeople } from "../../src/search/person-descriptions.ts";
import { personsByRole } from "../../src/search/role-mentions.ts";

// Surnames are the words the dictionary does not know; roles are a few kinds of person.
const dictionary = {
  isCommonWord: (word: string) => !["pryce", "halloran", "tolley", "okafor"].includes(word),
  namesRole: (word: string) => ["judge", "barrister", "director", "company"].includes(word),
  isAdverb: () => false,
  isDictionaryForm: (word: string) => !word.endsWith("s"),
};

function byRole(sentences: string[]): string[][] {
  return personsByRole(sentences, describedPeople(sentences, dictionary));
}

describe("personsByRole", () => {
  it("gives a sentence calling a person by the role the article described them with the words of their name", () => {
    const sentences = [
      "District Judge Eleanor Pryce found that the couple had known about the clock.",
      "“The law protects ordinary comfort,” the judge wrote in her ruling.",
      "The district judge's ruling was final.",
      "Judges rarely agree.",
    ];
    expect(byRole(sentences)).toEqual([[], ["eleanor", "pryce"], ["eleanor", "pryce"], []]);
  });

  it("gives for a role two people hold the one a sentence just before names, and nothing for one a name follows", () => {
    const shared = ["Judge Eleanor Pryce heard the case.", "Judge Mark Tolley heard the appeal.", "It lasted a day.", "The judge said the law was clear."];
    expect(byRole(shared)).toEqual([[], [], [], ["mark", "tolley"]]);
    // Named together, or longer ago, either may be meant.
    const together = ["Judge Eleanor Pryce and Judge Mark Tolley heard the case.", "The judge said the law was clear."];
    expect(byRole(together)).toEqual([[], []]);
    const earlier = ["Judge Eleanor Pryce heard the case.", "Judge Mark Tolley heard the appeal.", "It lasted a day.", "Both sides spoke.", "The judge said the law was clear."];
    expect(byRole(earlier)).toEqual([[], [], [], [], []]);
    const named = ["Judge Eleanor Pryce heard the case.", "The judge, Mark Tolley, heard the appeal."];
    expect(byRole(named)[1]).toEqual([]);
  });

  it("takes no owner and no noun of a clause after a name for a role ('the company's director', '…, said the company')", () => {
    const sentences = [
      "Helen Okafor, the company's director of operations, spoke first.",
      "Rupert Halloran, said the company, was away.",
      "The company said the cuts would save water.",
      "The director said the cuts were over.",
    ];
    expect(byRole(sentences)).toEqual([[], [], [], ["helen", "okafor"]]);
  });

  it("gives nothing for a role whose 'of' names another body than the article described them with", () => {
    const sentences = [
      "District Judge Eleanor Pryce ruled that the factory must close at night.",
      "The judge of the local flower show said the noise had ruined her garden.",
      "The judge of the district court said the ruling was final.",
    ];
    expect(byRole(sentences)).toEqual([[], [], ["eleanor", "pryce"]]);
  });
});
