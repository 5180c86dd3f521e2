import { describe, expect, it } from "vitest";
import { exceptedWords } from "../../src/search/excepted-words.ts";

describe("exceptedWords", () => {
  it("reads what a question sets aside as known, up to a comma or its question word", () => {
    expect(exceptedWords("Besides fewer admissions, what other benefits did patients notice?")).toEqual(["fewer", "admissions"]);
    expect(exceptedWords("Apart from the fine what else must the firm pay?")).toEqual(["fine"]);
    expect(exceptedWords("what else do escaped salmon do besides breeding with wild ones")).toEqual(["breeding", "wild", "ones"]);
  });

  it("reads nothing from a question that sets nothing aside", () => {
    expect(exceptedWords("What other benefits did patients notice?")).toEqual([]);
  });
});
