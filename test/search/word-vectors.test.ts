import { describe, expect, it } from "vitest";
import { WordVectors } from "../../src/search/word-vectors.ts";

const vectors = WordVectors.load();

function similarity(a: string, b: string): number {
  const left = vectors.vectorOf(a);
  const right = vectors.vectorOf(b);
  if (!left || !right) throw new Error(`no vector for ${left ? b : a}`);
  return WordVectors.similarity(left, right);
}

describe("WordVectors", () => {
  it("finds words of the same meaning close", () => {
    expect(similarity("growers", "farmers")).toBeGreaterThan(0.6);
    expect(similarity("physicians", "doctors")).toBeGreaterThan(0.6);
  });

  it("keeps unrelated words apart", () => {
    expect(similarity("bread", "hostages")).toBeLessThan(0.4);
  });

  it("gives a word similarity 1 with itself", () => {
    expect(similarity("harbour", "harbour")).toBeCloseTo(1, 1);
  });

  it("has no vector for a made-up word", () => {
    expect(vectors.vectorOf("qwertyuiop")).toBeUndefined();
  });

  it("ranks words by frequency, and none that sorts before or after every word kept", () => {
    expect(vectors.rankOf("the")).toBe(0);
    const [common, rarer] = [vectors.rankOf("house"), vectors.rankOf("lighthouse")];
    expect(common).toBeLessThan(rarer ?? 0);
    expect(vectors.vectorOf("house")?.row).toBe(common);
    for (const word of ["", " ", "a-", "aaaaaaaa", "zzzzzzzzzz", "house ", "House", "café"]) expect(vectors.rankOf(word)).toBeUndefined();
  });

  it("compares from a floor exactly: the full similarity at or above it, 0 below", () => {
    const words = ["growers", "farmers", "physicians", "doctors", "bread", "hostages", "harbour", "port", "wound", "injury"];
    for (const a of words) {
      for (const b of words) {
        const left = vectors.vectorOf(a);
        const right = vectors.vectorOf(b);
        if (!left || !right) throw new Error(`no vector for ${left ? b : a}`);
        // The cosine worked out here, apart from the class: unit vectors of bytes scaled by 127.
        const full = left.values.reduce((dot, value, at) => dot + value * (right.values[at] ?? 0), 0) / (127 * 127);
        expect(WordVectors.similarity(left, right)).toBeCloseTo(full, 12);
        for (const floor of [-0.5, 0, 0.3, 0.6, 0.9]) {
          expect(WordVectors.similarityFrom(left, right, floor)).toBeCloseTo(full >= floor ? full : 0, 12);
        }
      }
    }
  });
});
