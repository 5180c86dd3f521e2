import { describe, expect, it } from "vitest";
import { figuresOf } from "../../src/search/figures.ts";

describe("figuresOf", () => {
  it("reads a figure with its multiplier, joined or written out, as one value", () => {
    expect(figuresOf("hackers demand £1.8m")).toEqual([1_800_000]);
    expect(figuresOf("demanding 1.8 million pounds in cryptocurrency")).toEqual([1_800_000]);
    expect(figuresOf("a $2bn deal")).toEqual([2_000_000_000]);
  });

  it("reads plain numbers, their thousands separators left out", () => {
    expect(figuresOf("12,000 fans and 40 stewards")).toEqual([12_000, 40]);
    expect(figuresOf("no figure here")).toEqual([]);
  });
});
