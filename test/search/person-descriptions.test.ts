import { describe, expect, it } from "vitest";
import { introducesName, personDescriptions } from "../../src/search/person-descriptions.ts";

// Surnames are the words the dictionary does not know; roles are a few kinds of person.
const dictionary = {
  isCommonWord: (word: string) => !["amberley", "hallam", "pellow", "okafor", "randhawa", "leyen"].includes(word),
  namesRole: (word: string) => ["chair", "councillor", "director", "teacher", "owner"].includes(word),
  isAdverb: (word: string) => ["later", "yesterday"].includes(word),
  isDictionaryForm: (word: string) => !word.endsWith("s"),
};
const noPronouns = (sentences: string[]) => sentences.map(() => []);

describe("personDescriptions", () => {
  it("gives the sentences naming a person by surname the words that describe them elsewhere", () => {
    const sentences = [
      "Ruth Amberley, chair of the Kelderby Horticultural Society, said the committee had no choice.",
      "Rain fell all week.",
      "“We will be back,” Ms Amberley said.",
    ];
    expect(personDescriptions(sentences, noPronouns(sentences), dictionary)).toEqual([[], [], ["chair"]]);
  });

  it("reads a title, the role before a name and a relative clause after it", () => {
    const sentences = [
      "Councillor Dev Randhawa, who chairs the environment committee, spoke first.",
      "The bakery's owner, Tom Hallam, agreed.",
      "Randhawa left.",
      "Hallam stayed.",
    ];
    const [, , randhawa, hallam] = personDescriptions(sentences, noPronouns(sentences), dictionary);
    expect(randhawa).toEqual(["councillor", "chairs", "environment", "committee"]);
    expect(hallam).toEqual(["bakery", "owner"]);
  });

  it("gives a sentence whose 'she' stands for the person the words describing her", () => {
    const sentences = ["Miriam Okafor, Tarnside Water's director of operations, spoke.", "She said engineers had modelled the cuts."];
    expect(personDescriptions(sentences, [[], ["miriam", "okafor"]], dictionary)[1]).toEqual(["director", "operations"]);
  });

  it("takes no word opening a sentence before a surname ('When Amberley…', 'Later Amberley…') for a second person's first name", () => {
    const sentences = [
      "Ruth Amberley, chair of the Kelderby Horticultural Society, opened the show.",
      "When Amberley arrived, the field was under water.",
      "Later Amberley thanked the volunteers.",
      "“We will be back,” Ms Amberley said.",
    ];
    expect(personDescriptions(sentences, noPronouns(sentences), dictionary)).toEqual([[], ["chair"], ["chair"], ["chair"]]);
  });

  it("takes no adverb opening a sentence for a title ('Yesterday Councillor Dev Randhawa…')", () => {
    const sentences = ["Yesterday Councillor Dev Randhawa opened the library.", "Randhawa said it was overdue."];
    expect(personDescriptions(sentences, noPronouns(sentences), dictionary)).toEqual([[], ["councillor"]]);
  });

  it("reads a full name with a surname's particles ('Ursula von der Leyen')", () => {
    const sentences = ["Ursula von der Leyen, chair of the European Commission, spoke first.", "“We will act,” von der Leyen said."];
    expect(personDescriptions(sentences, noPronouns(sentences), dictionary)).toEqual([[], ["chair"]]);
  });

  it("gives nothing for a surname two people share, nor for words after a name that describe no one", () => {
    const sentences = [
      "Helen Pellow, the managing director, sold the firm.",
      "Her brother Tom Pellow, a teacher, agreed.",
      "Pellow said it was time.",
      "Ruth Amberley, said the report, was away.",
      "Amberley returned.",
    ];
    expect(personDescriptions(sentences, noPronouns(sentences), dictionary)).toEqual([[], [], [], [], []]);
  });
});

describe("introducesName", () => {
  const isRole = (word: string) => ["minister", "councillor", "founder", "chair"].includes(word);
  it("tells where a sentence says who one is: an appositive after the name, a role before it or in it", () => {
    expect(introducesName("Mousa Abu Marzook, a founder of Hamas, led the talks.", "marzook", isRole)).toBe(true);
    expect(introducesName("Ferrow, who chairs the association, spoke.", "ferrow", isRole)).toBe(true);
    expect(introducesName("They met the deputy foreign minister, Mikhail Bogdanov.", "bogdanov", isRole)).toBe(true);
    expect(introducesName("Councillor Priya Mandeville voted against.", "mandeville", isRole)).toBe(true);
  });

  it("does not take a quotation's speaker or a name alone for an introduction", () => {
    expect(introducesName('"We waited three years," said Nadia Ferrow.', "ferrow", isRole)).toBe(false);
    expect(introducesName("Marzook has often met Bogdanov.", "marzook", isRole)).toBe(false);
  });
});
