import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DerivedLists, sourceFingerprint } from "../../src/search/derived-lists.ts";
import { Thesaurus } from "../../src/search/synonyms.ts";
import { WordNet } from "../../src/search/wordnet.ts";

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "derived-lists-"));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const LIST = new Map([["on", new Set(["board", "foot"])]]);

describe("derived word lists", () => {
  it("reads a list saved by an earlier start instead of deriving it again", () => {
    const dir = folder();
    expect(new DerivedLists(dir, () => "v1").get("starts", () => LIST)).toEqual(LIST);
    const later = new DerivedLists(dir, () => "v1").get("starts", () => {
      throw new Error("derived twice");
    });
    expect(later).toEqual(LIST);
  });

  it("derives afresh when the code or data changed, and drops the older copy", () => {
    const dir = folder();
    new DerivedLists(dir, () => "v1").get("starts", () => LIST);
    const changed = new Map([["in", new Set(["vain"])]]);
    expect(new DerivedLists(dir, () => "v2").get("starts", () => changed)).toEqual(changed);
    expect(readdirSync(dir)).toEqual(["starts-v2.bin"]);
  });

  it("derives again over a damaged copy, and replaces it", () => {
    const dir = folder();
    writeFileSync(join(dir, "starts-v1.bin"), "not a saved list");
    expect(new DerivedLists(dir, () => "v1").get("starts", () => LIST)).toEqual(LIST);
    expect(new DerivedLists(dir, () => "v1").get("starts", () => new Map())).toEqual(LIST);
  });

  it("still gives the list when the cache cannot be written", () => {
    const blocked = join(folder(), "a-file");
    writeFileSync(blocked, "");
    expect(new DerivedLists(join(blocked, "cache"), () => "v1").get("starts", () => LIST)).toEqual(LIST);
  });

  it("fingerprints the source: an edit to a source file changes it, other files do not", () => {
    const source = folder();
    writeFileSync(join(source, "terms.ts"), "export const A = 1;\n");
    const before = sourceFingerprint(source);
    writeFileSync(join(source, "notes.md"), "changed");
    expect(sourceFingerprint(source)).toBe(before);
    writeFileSync(join(source, "terms.ts"), "export const A = 2;\n");
    expect(sourceFingerprint(source)).not.toBe(before);
  });

  it("gives a thesaurus reading saved lists the same answers as one deriving them", () => {
    const dir = folder();
    const wordnet = new WordNet();
    const ask = (thesaurus: Thesaurus) => [
      thesaurus.multiWordLemmas(["groundwater", "levels", "so", "far", "called", "it", "off"]),
      thesaurus.instancesDescribedBy("president").slice(0, 5),
      thesaurus.phrasalVerbs(["they", "pulled", "the", "plug"]),
    ];
    const derived = ask(new Thesaurus(wordnet));
    ask(new Thesaurus(wordnet, {}, undefined, new DerivedLists(dir, () => "v1")));
    expect(readdirSync(dir).length).toBeGreaterThanOrEqual(4);
    expect(ask(new Thesaurus(wordnet, {}, undefined, new DerivedLists(dir, () => "v1")))).toEqual(derived);
  });
});
