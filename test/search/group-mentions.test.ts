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
  it("gives 'the trio' everyone the nearest sentence naming several people names, across paragraph breaks", () => {
    expect(
      groupNamesOf([
        "Ilse Varga met Tomas Brenn in Marrow.",
        "Brenn later flew on to see Varga and the envoy, Piet Adler.",
        "A picture showed the trio at the ministry.",
      ]),
    ).toEqual([[], [], ["brenn", "tomas", "varga", "ilse", "piet", "adler"]]);
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
});
