import { describe, expect, it } from "vitest";
import { nameCompletions } from "../../src/search/name-mentions.ts";

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
