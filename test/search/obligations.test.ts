import { describe, expect, it } from "vitest";
import { obligationOf, tellsObligation } from "../../src/search/obligations.ts";

describe("obligationOf", () => {
  it("tells what words advise or require, by the first they say", () => {
    expect(obligationOf("What should the council do?")).toBe("advised");
    expect(obligationOf("Did the jury think the offices ought to be merged?")).toBe("advised");
    expect(obligationOf("What else must you wear?")).toBe("required");
    expect(obligationOf("What does the president need to prove?")).toBe("required");
    expect(obligationOf("What did the council do?")).toBeUndefined();
    // "should" before "must": the question's own modal, not one inside what it quotes.
    expect(obligationOf("Should they say what must be done?")).toBe("advised");
  });
});

describe("tellsObligation", () => {
  it("finds a sentence saying what is advised or required as asked", () => {
    expect(tellsObligation("The two offices should be combined.", "advised")).toBe(true);
    expect(tellsObligation("He must show at the outset that he means it.", "required")).toBe(true);
    expect(tellsObligation("He must show at the outset that he means it.", "advised")).toBe(false);
    expect(tellsObligation("The offices were combined in May.", "required")).toBe(false);
    // What was required once is no requirement now.
    expect(tellsObligation("Residents had to be resettled in 1995.", "required")).toBe(false);
  });
});
