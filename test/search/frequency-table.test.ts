import { describe, expect, it } from "vitest";
import { FrequencyTable } from "../../src/search/frequency-table.ts";

describe("FrequencyTable", () => {
  it("answers the loaded unit's frequencies and forgets the previous unit's", () => {
    const table = new FrequencyTable();
    table.load(Int32Array.from([2, 3, 5000, 1]));
    expect([table.get(2), table.get(5000), table.get(7)]).toEqual([3, 1, 0]);
    table.load(Int32Array.from([7, 2]));
    expect([table.get(2), table.get(5000), table.get(7)]).toEqual([0, 0, 2]);
    table.clear();
    expect(table.get(7)).toBe(0);
  });
});
