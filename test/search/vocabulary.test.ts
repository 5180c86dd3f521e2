import { describe, expect, it } from "vitest";
import { Vocabulary } from "../../src/search/vocabulary.ts";

const vocabulary = new Vocabulary();
for (const word of ["bogdanov", "bogota", "moscow", "release", "relapse", "warning"]) vocabulary.add(word);
const present = new Set(["bogdanov", "bogota", "moscow", "release", "warning"]);
const isPresent = (word: string) => present.has(word);

describe("Vocabulary", () => {
  it("finds the known word a misspelt name stands for", () => {
    expect(vocabulary.candidates("bogdnov", isPresent)[0]?.word).toBe("bogdanov");
    expect(vocabulary.candidates("relase", isPresent)[0]?.word).toBe("release");
  });

  it("rates a closer spelling higher", () => {
    const [first] = vocabulary.candidates("warnng", isPresent);
    expect(first?.word).toBe("warning");
    expect(first?.closeness).toBeGreaterThan(0.5);
  });

  it("offers nothing for a word that is present, short, or far from every word", () => {
    expect(vocabulary.candidates("moscow", isPresent)).toEqual([]);
    expect(vocabulary.candidates("mos", isPresent)).toEqual([]);
    expect(vocabulary.candidates("zyxwvut", isPresent)).toEqual([]);
  });

  it("finds the present words that sound like a word spelt as it sounds, by a key of three sounds or more", () => {
    const sounding = new Vocabulary();
    for (const word of ["delegation", "dedication", "law", "leigh", "lee"]) sounding.add(word);
    expect(sounding.soundingAlike("delegashun", () => true)).toEqual(["delegation"]);
    expect(sounding.soundingAlike("delegashun", (word) => word !== "delegation")).toEqual([]);
    expect(sounding.soundingAlike("lay", () => true)).toEqual([]);
    expect(sounding.soundingAlike("lay", () => true, 1)).toEqual(["law", "leigh", "lee"]);
  });

  it("finds a word added since the same slip was last looked up", () => {
    const growing = new Vocabulary();
    const isHeld = (word: string) => word !== "warnimg";
    growing.add("water");
    expect(growing.candidates("warnimg", isHeld)).toEqual([]);
    growing.add("warning");
    expect(growing.candidates("warnimg", isHeld)[0]?.word).toBe("warning");
  });

  it("forgets every word when cleared, to be told them again", () => {
    const told = new Vocabulary();
    const isHeld = (word: string) => word === "warning" || word === "warming";
    told.add("warning");
    expect(told.candidates("warnng", isHeld)[0]?.word).toBe("warning");
    told.clear();
    told.add("warming");
    expect(told.candidates("warnng", isHeld).map((candidate) => candidate.word)).toEqual(["warming"]);
  });

  it("skips words no document holds any more", () => {
    expect(vocabulary.candidates("relapze", isPresent).map((candidate) => candidate.word)).not.toContain("relapse");
  });

  it("finds a short word typed with two letters swapped, which Fuse.js counts as two slips", () => {
    const short = new Vocabulary();
    const words = ["third", "thread", "trio"];
    for (const word of words) short.add(word);
    expect(short.candidates("thrid", (word) => words.includes(word))[0]?.word).toBe("third");
  });

  it("puts the word one typo away before longer words that merely contain the letters", () => {
    const names = new Vocabulary();
    const words = ["ruins", "ruined", "rules", "rush", "russia", "rising", "risk", "ruiz"];
    for (const word of words) names.add(word);
    expect(names.candidates("ruis", (word) => words.includes(word))[0]?.word).toBe("ruiz");
  });
});
