import { describe, expect, it } from "vitest";
import { describedNames, nameCompletions, pronounNames } from "../../src/search/name-mentions.ts";

describe("nameCompletions", () => {
  it("gives a later surname-only mention the rest of the full name", () => {
    expect(
      nameCompletions([
        "Top seed Elena Ruiz lost the final on Sunday.",
        "Ruiz, 27, said her shoulder was fine.",
        "The crowd cheered Kowalczyk's parents.",
      ]),
    ).toEqual([[], ["elena"], []]);
  });

  it("adds nothing when the sentence already gives the full name, or names someone new", () => {
    expect(nameCompletions(["Anton Weiss spoke first.", "Anton Weiss and Weiss's team left.", "Marsh said no."])).toEqual([
      [],
      [],
      [],
    ]);
  });

  it("keeps the first full name seen for a surname", () => {
    expect(nameCompletions(["Helena Marsh opened.", "Judge Peter Marsh ruled.", "Marsh said no."])).toEqual([[], [], ["helena"]]);
  });
});

describe("pronounNames", () => {
  it("gives 'he' or 'she' the full name of the person last named, past sentences about someone unnamed", () => {
    expect(
      pronounNames([
        "Mayor Alan Tansley lost the recount.",
        "Tansley conceded on Friday.",
        "He congratulated his rival.",
        '"I wish her every success."',
        '"The people have spoken," he wrote.',
      ]),
    ).toEqual([[], [], ["mayor", "alan", "tansley"], [], ["mayor", "alan", "tansley"]]);
  });

  it("gives nothing when the sentence before names no person, or only someone named once", () => {
    expect(
      pronounNames(["Judge Ann Vale ruled.", "Vale left.", "Crowds gathered on Bridge Street.", "She said no.", "Chief Tom Reed spoke. He said yes."]),
    ).toEqual([[], [], [], [], []]);
  });
});

describe("nameCompletions with a surname particle", () => {
  it("reads 'Jacob van Hoorebeke' as one name, so 'Van Hoorebeke' and 'van Hoorebeke' later get the first name", () => {
    expect(
      nameCompletions([
        "The panel is attributed to Jacob van Hoorebeke of Bruges.",
        "Van Hoorebeke died in 1669.",
        "Others think van Hoorebeke reused it.",
      ]),
    ).toEqual([[], ["jacob"], ["jacob"]]);
  });
});

describe("describedNames", () => {
  // A made-up dictionary: these kinds of person or body, and these common words.
  const dictionary = {
    isKind: (word: string) => ["company", "beekeeper", "judge"].includes(word),
    knows: (word: string) => ["the", "a", "thousands", "chief", "company", "beekeeper", "judge"].includes(word),
  };

  it("gives 'The company' the name the article first tied the word to, in the same sentence", () => {
    expect(
      describedNames(
        [
          "Thermostats fail",
          "Thousands of homes went cold after an update from Brixley Systems failed, the company said.",
          "Chief executive Mara Lind apologised.",
          "The company pushed a fix by noon.",
        ],
        1,
        dictionary,
      ),
    ).toEqual([[], [], [], ["brixley", "systems"]]);
  });

  it("gives a description the subject of the sentence before it, and a lede's the next sentence's", () => {
    expect(
      describedNames(
        [
          "Beekeeper jailed",
          "A former beekeeper was jailed on Monday.",
          "Ray Tollan, 52, admitted theft.",
          "The 52-year-old wept as the verdict was read.",
          "The judge, Ann Pike, was unmoved.",
        ],
        1,
        dictionary,
      ),
    ).toEqual([[], ["ray", "tollan"], [], ["ray", "tollan"], []]);
  });

  it("leaves a description of several, one named in apposition, or a kind the article has not tied to a name, to itself", () => {
    expect(
      describedNames(
        ["Title", "Brixley Systems said on Monday it would close.", "The companies met.", "The judge, Ann Pike, ruled.", "The judge left."],
        1,
        dictionary,
      ),
    ).toEqual([[], [], [], [], []]);
  });

  it("does not take an age for the end of a longer one", () => {
    expect(
      describedNames(
        ["Title", "Coach Ann Lee said her 17-year-old son was proud.", "Tom Reed, 7, scored twice.", "The 7-year-old ran on."],
        1,
        { ...dictionary, knows: (word: string) => word === "coach" || dictionary.knows(word) },
      ),
    ).toEqual([[], [], [], ["tom", "reed"]]);
  });
});
