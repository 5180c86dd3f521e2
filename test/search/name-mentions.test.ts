import { describe, expect, it } from "vitest";
import { nameCompletions, pronounNames } from "../../src/search/name-mentions.ts";

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
