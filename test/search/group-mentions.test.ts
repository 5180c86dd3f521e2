import { describe, expect, it } from "vitest";
import { groupNames } from "../../src/search/group-mentions.ts";
import { nameMentions, personNamesOf } from "../../src/search/name-mentions.ts";
import { words } from "../../src/search/text.ts";

/** The group names of each sentence, with every capitalised word a surname unless listed as a common word. */
function groupNamesOf(sentences: string[], commonWords: string[] = []): string[][] {
  const mentions = nameMentions(sentences);
  const people = personNamesOf(mentions, { isCommonWord: (word) => commonWords.includes(word) });
  return groupNames(sentences, people, mentions, sentences.map(words));
}

describe("groupNames", () => {
  it("gives 'the trio' everyone the first sentence naming three people names, across paragraph breaks", () => {
    expect(
      groupNamesOf([
        "Ilse Varga met Tomas Brenn in Marrow.",
        "Brenn later flew on to see Varga and the envoy, Piet Adler.",
        "A picture showed the trio at the ministry.",
      ]),
    ).toEqual([[], [], ["brenn", "tomas", "varga", "ilse", "piet", "adler"]]);
  });

  it("takes a surname the dictionary knows for a person's when the article writes it after a title alone ('Mr Marsh')", () => {
    const story = ["The judge found that Owen Tranter had breached his contract with Lucy and Daniel Marsh.", "The couple married in June.", "Mr Marsh said the couple were relieved."];
    expect(groupNamesOf(story, ["marsh"])[1]).toEqual(expect.arrayContaining(["lucy", "daniel", "marsh"]));
    // Without the title, a dictionary word is a place's or a thing's: the couple are the judge's pair alone.
    expect(groupNamesOf(story.slice(0, 2), ["marsh"])[1]).not.toContain("marsh");
  });

  it("passes over a sentence naming one person, and gives two of one surname both their names", () => {
    expect(
      groupNamesOf(["Darren Holloway and Kerry Holloway were jailed.", "Police filmed Mr Holloway at the meters.", "Officers found cash in the couple's garage."])[2],
    ).toEqual(["darren", "holloway", "kerry"]);
  });

  it("leaves alone sentences with no word for a group of people, 'a pair of' and a place named with a person", () => {
    expect(groupNamesOf(["Ilse Varga met Tomas Brenn.", "The two cables were cut.", "The pair of boots was found.", "Both men were charged."])).toEqual([
      [],
      [],
      [],
      ["ilse", "varga", "tomas", "brenn"],
    ]);
    // "Harbour Street" is no person: one person named is no group.
    expect(groupNamesOf(["Ilse Varga lives on Harbour Street.", "The couple moved in May."], ["street", "harbour"])[1]).toEqual([]);
  });

  it("gives 'the pair' the people the story names together first, not others named together since", () => {
    const sentences = [
      "Declan Farrity and Owen Farrity admitted six offences.",
      "Inspector Colin Ashdown and his colleague Ruth Pember visited the site.",
      "The pair were ordered to pay £95,000.",
    ];
    expect(groupNamesOf(sentences)[2]).toEqual(["declan", "farrity", "owen"]);
    // "Maureen and Alan Treloar" are two people of one surname.
    expect(groupNamesOf(["Maureen and Alan Treloar took over the shop.", "The couple hope to retire."])[1]).toEqual(["maureen", "treloar", "alan"]);
  });

  it("gives nothing to a group word whose own sentence names people outside that group", () => {
    const sentences = ["Freya Collingwood and Amara Osei-Blake rowed the Atlantic.", "Both men in the other boat, Mikkel Sand and Jens Aaberg, gave up."];
    expect(groupNamesOf(sentences)[1]).toEqual([]);
  });
});
