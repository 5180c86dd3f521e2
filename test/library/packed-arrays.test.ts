import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { packWithArrays, unpackWithArrays } from "../../src/library/packed-arrays.ts";

const VALUE = {
  version: 62,
  words: ["harbour", "storm", "ferry"],
  fields: { sentence: { postings: { offsets: Int32Array.from([0, 2, 5]), values: Int32Array.from([7, 1, -3, 4, 2]) }, live: Uint8Array.from([1, 0, 1]) } },
  weights: [Float64Array.from([0.25, 1.5]), null],
  fingerprints: { "guardian-hamas": "a1b2" },
};

describe("packed arrays", () => {
  it("gives back the value it packed, typed arrays of their own kind", () => {
    const unpacked = unpackWithArrays(packWithArrays(VALUE)) as typeof VALUE;
    expect(unpacked).toEqual(VALUE);
    expect(unpacked.fields.sentence.live).toBeInstanceOf(Uint8Array);
    expect(unpacked.weights[0]).toBeInstanceOf(Float64Array);
  });

  it("reads each typed array as a view of the bytes, not a copy", () => {
    const bytes = packWithArrays(VALUE);
    const unpacked = unpackWithArrays(bytes) as typeof VALUE;
    expect(unpacked.fields.sentence.postings.values.buffer).toBe(bytes.buffer);
    expect(unpacked.weights[0]?.buffer).toBe(bytes.buffer);
  });

  it("reads bytes that start at an odd place in memory, copying the arrays out", () => {
    const packed = packWithArrays(VALUE);
    const shifted = Buffer.alloc(packed.length + 1).subarray(1);
    packed.copy(shifted);
    expect(unpackWithArrays(shifted)).toEqual(VALUE);
  });

  it("refuses an array reference a damaged file could hold", () => {
    const damaged = (edit: (ref: Record<string, unknown>) => void) => {
      const skeleton = { values: { "\u0000typedArray": "Int32Array", offset: 0, length: 2 } };
      edit(skeleton.values);
      const head = serialize(skeleton);
      const bytes = Buffer.alloc(8 + head.length + 64);
      bytes.writeUInt32LE(0x31414b50, 0);
      bytes.writeUInt32LE(head.length, 4);
      head.copy(bytes, 8);
      return () => unpackWithArrays(bytes);
    };
    expect(damaged(() => undefined)()).toEqual({ values: new Int32Array(2) });
    expect(damaged((ref) => (ref.offset = -8))).toThrow(/damaged/);
    expect(damaged((ref) => (ref.offset = 2))).toThrow(/damaged/);
    expect(damaged((ref) => (ref.length = Number.NaN))).toThrow(/damaged/);
    expect(damaged((ref) => (ref.length = "2"))).toThrow(/damaged/);
    // A kind that is no typed array (a name every object inherits) is no reference: the value stays as saved.
    expect(damaged((ref) => (ref["\u0000typedArray"] = "constructor"))()).toEqual({ values: { "\u0000typedArray": "constructor", offset: 0, length: 2 } });
  });

  it("refuses bytes cut short or of another layout", () => {
    const packed = packWithArrays(VALUE);
    expect(() => unpackWithArrays(packed.subarray(0, packed.length - 4))).toThrow(/cut short/);
    expect(() => unpackWithArrays(packed.subarray(0, 12))).toThrow(/cut short/);
    expect(() => unpackWithArrays(serialize(VALUE))).toThrow(/not a packed value/);
  });
});
