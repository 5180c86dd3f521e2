import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FieldIndex, TermDictionary } from "../../src/search/field-index.ts";

/** Postings of a term as a plain map, unit → frequency, for comparing with a brute-force count. */
function postingMap(index: FieldIndex, term: number): Map<number, number> {
  const postings = index.postings(term);
  const map = new Map<number, number>();
  for (let at = 0; at < postings.length; at += 2) map.set(postings[at] ?? -1, postings[at + 1] ?? 0);
  return map;
}

const unitTerms = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 0, maxLength: 15 });
const corpus = fc.array(unitTerms, { minLength: 1, maxLength: 25 });

describe("FieldIndex", () => {
  it("finds a unit by each of its terms, with how often the term occurs", () => {
    const index = new FieldIndex();
    index.add(0, [3, 5, 3]);
    index.add(1, [5]);
    expect(postingMap(index, 3)).toEqual(new Map([[0, 2]]));
    expect(postingMap(index, 5)).toEqual(new Map([[0, 1], [1, 1]]));
    expect(index.documentFrequency(5)).toBe(2);
  });

  it("counts each term of a long unit (a long article's paragraph) as often as it occurs", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 150, maxLength: 600 }), (terms) => {
        const index = new FieldIndex();
        index.add(0, terms);
        for (const term of new Set(terms)) expect(index.frequency(term, 0)).toBe(terms.filter((other) => other === term).length);
        expect(index.termsOf(0).length).toBe(new Set(terms).size * 2);
      }),
      { numRuns: 30 },
    );
  });

  it("forgets a removed unit in every posting list and in its statistics", () => {
    const index = new FieldIndex();
    index.add(0, [1, 2]);
    index.add(1, [2, 3]);
    index.remove(0);
    expect(index.postings(1)).toEqual([]);
    expect(postingMap(index, 2)).toEqual(new Map([[1, 1]]));
    expect(index.unitCount).toBe(1);
    expect(index.saturation(2, 0)).toBe(0);
  });

  it("refuses to index the same unit twice", () => {
    const index = new FieldIndex();
    index.add(0, [1]);
    expect(() => index.add(0, [2])).toThrow(/unit 0/);
  });

  it("gives a term no unit holds the highest inverse document frequency", () => {
    const index = new FieldIndex();
    index.add(0, [1]);
    index.add(1, [2]);
    expect(index.idf(99)).toBeGreaterThan(index.idf(1));
    expect(index.idf(undefined)).toBe(index.idf(99));
  });

  it("agrees with a brute-force count after any sequence of adds and removes", () => {
    fc.assert(
      fc.property(corpus, fc.array(fc.nat(), { maxLength: 10 }), (units, removals) => {
        const index = new FieldIndex();
        units.forEach((terms, unit) => index.add(unit, terms));
        const live = new Map(units.map((terms, unit) => [unit, terms]));
        for (const pick of removals) {
          const unit = pick % units.length;
          index.remove(unit);
          live.delete(unit);
        }
        expect(index.unitCount).toBe(live.size);
        const totalLength = [...live.values()].reduce((sum, terms) => sum + terms.length, 0);
        const averageLength = totalLength / Math.max(1, live.size);
        for (let term = 0; term <= 12; term++) {
          const expected = new Map<number, number>();
          for (const [unit, terms] of live) {
            const frequency = terms.filter((t) => t === term).length;
            if (frequency > 0) expected.set(unit, frequency);
          }
          expect(postingMap(index, term)).toEqual(expected);
          expect(index.documentFrequency(term)).toBe(expected.size);
          for (const [unit, terms] of live) {
            const frequency = expected.get(unit) ?? 0;
            const bm25 = frequency === 0 ? 0 : (frequency * 2.2) / (frequency + 1.2 * (0.25 + (0.75 * terms.length) / averageLength));
            expect(index.saturation(term, unit)).toBeCloseTo(bm25, 9);
          }
        }
      }),
    );
  });
});

describe("TermDictionary", () => {
  it("gives each key one id, in order of first sight", () => {
    const terms = new TermDictionary();
    expect([terms.idOf("a"), terms.idOf("b"), terms.idOf("a")]).toEqual([0, 1, 0]);
    expect(terms.find("b")).toBe(1);
    expect(terms.find("c")).toBeUndefined();
  });
});
