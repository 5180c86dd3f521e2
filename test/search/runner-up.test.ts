import { describe, expect, it } from "vitest";
import { promoteRunnerUp } from "../../src/search/runner-up.ts";

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
