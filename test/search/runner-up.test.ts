import { describe, expect, it } from "vitest";
import { keepBestJudgement, promoteRunnerUp } from "../../src/search/runner-up.ts";

describe("promoteRunnerUp", () => {
  it("moves the first close runner-up that passes to the top, keeping the others' order", () => {
    const hits = ["lead", "topic", "answer", "other"];
    expect(promoteRunnerUp(hits, 2, (hit) => hit === "answer")).toBe("answer");
    expect(hits).toEqual(["answer", "lead", "topic", "other"]);
  });

  it("leaves the order alone when no runner-up within reach passes", () => {
    const hits = ["lead", "topic", "other", "answer"];
    expect(promoteRunnerUp(hits, 2, (hit) => hit === "answer")).toBeUndefined();
    expect(hits).toEqual(["lead", "topic", "other", "answer"]);
    // The best hit itself is no runner-up.
    expect(promoteRunnerUp(hits, 2, (hit) => hit === "lead")).toBeUndefined();
  });
});

describe("keepBestJudgement", () => {
  it("gives the promoted runner-up the best hit's coverage where it is higher", () => {
    const promoted = { coverage: 0.5, askedCoverage: 0.9, sharesUncommonWord: false, givesMeasureInUnits: false, wordsShared: 1, sharesLoneWord: true, holdsNames: true, namesArticleSubject: true };
    keepBestJudgement(promoted, { coverage: 0.8, askedCoverage: 0.6, sharesUncommonWord: true, givesMeasureInUnits: true, wordsShared: 2, sharesLoneWord: false, holdsNames: true, namesArticleSubject: true });
    expect(promoted).toEqual({ coverage: 0.8, askedCoverage: 0.9, sharesUncommonWord: true, givesMeasureInUnits: true, wordsShared: 2, sharesLoneWord: false, holdsNames: true, namesArticleSubject: true });
  });

  it("lets the promoted runner-up pass the name check the best hit passed: the names picked the article, the runner-up says who", () => {
    const promoted = { coverage: 0.5, askedCoverage: 0.9, sharesUncommonWord: false, givesMeasureInUnits: false, wordsShared: 2, sharesLoneWord: false, holdsNames: false, namesArticleSubject: false };
    keepBestJudgement(promoted, { coverage: 0.8, askedCoverage: 0.6, sharesUncommonWord: true, givesMeasureInUnits: true, wordsShared: 2, sharesLoneWord: false, holdsNames: true, namesArticleSubject: true });
    expect(promoted.holdsNames).toBe(true);
    expect(promoted.namesArticleSubject).toBe(true);
  });
});
