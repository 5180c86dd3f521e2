import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer-question.ts";
import { loadBuiltinDocuments } from "../../src/knowledge/builtin.ts";
import { KnowledgeBase, SNAPSHOT_VERSION, type KnowledgeSnapshot } from "../../src/search/knowledge-base.ts";
import { makeDocument } from "../support/make-document.ts";

const seed = loadBuiltinDocuments();
const harbourParagraphs = [
  "A violent storm closed the northern harbour on Tuesday. Fishermen moved their boats inland.",
  "Captain Ines Moreau photographed the damage. She said the sea wall had cracked in three places.",
];
const harbour = makeDocument("harbour", "Storm closes the northern harbour", harbourParagraphs);
const questions = [
  "Who led the Hamas delegation to Moscow?",
  "What did Putin warn Israel about?",
  "who is mikhail bogdnov",
  "What did Captain Moreau say about the sea wall?",
  "How do I bake sourdough bread?",
];

function built(): KnowledgeBase {
  const knowledge = new KnowledgeBase();
  for (const document of [...seed, harbour]) knowledge.add(document);
  return knowledge;
}

/** Through the same encoding the library writes to disk. */
function roundTrip(snapshot: KnowledgeSnapshot): KnowledgeSnapshot {
  return deserialize(serialize(snapshot)) as KnowledgeSnapshot;
}

describe("KnowledgeBase snapshots", () => {
  it("restores an index that answers exactly as the one it was taken from", () => {
    const original = built();
    const restored = KnowledgeBase.restore(roundTrip(original.snapshot()), [...seed, harbour]);
    for (const question of questions) expect(answerQuestion(restored, question)).toEqual(answerQuestion(original, question));
  });

  it("restores which passages are copies, so a copy stays out of the way until its original goes", () => {
    const copy = makeDocument("harbour-copy", "Storm closes the northern harbour", harbourParagraphs);
    const original = new KnowledgeBase();
    for (const document of [...seed, harbour, copy]) original.add(document);
    const restored = KnowledgeBase.restore(roundTrip(original.snapshot()), [...seed, harbour, copy]);
    expect(restored.snapshot()).toEqual(original.snapshot());
    const question = "What did Captain Moreau say about the sea wall?";
    expect(answerQuestion(restored, question)).toEqual(answerQuestion(original, question));
    restored.remove("harbour");
    original.remove("harbour");
    expect(answerQuestion(restored, question).citations[0]?.ref).toMatch(/^harbour-copy#/);
    expect(restored.snapshot()).toEqual(original.snapshot());
  });

  it("reads no sentence's text to restore, so a large index restores fast", () => {
    const original = built();
    let textsRead = 0;
    const counted = [...seed, harbour].map((document) => ({
      ...document,
      sentences: document.sentences.map((sentence) => {
        const { text, ...rest } = sentence;
        return Object.defineProperty({ ...rest }, "text", { get: () => (textsRead++, text), enumerable: true }) as typeof sentence;
      }),
    }));
    KnowledgeBase.restore(roundTrip(original.snapshot()), counted);
    expect(textsRead).toBe(0);
  });

  it("keeps working after a restore: documents can be added and removed", () => {
    const restored = KnowledgeBase.restore(roundTrip(built().snapshot()), [...seed, harbour]);
    restored.add(makeDocument("ferry", "Ferry timetable", ["The ferry to Skarholm leaves at seven every morning."]));
    expect(answerQuestion(restored, "When does the ferry to Skarholm leave?").citations[0]?.ref).toBe("ferry#p1.s1");
    restored.remove("harbour");
    expect(answerQuestion(restored, "What did Captain Moreau say about the sea wall?").answered).toBe(false);
  });

  it("leaves out a document that is no longer given", () => {
    const restored = KnowledgeBase.restore(roundTrip(built().snapshot()), seed);
    expect(restored.documents().map((document) => document.id)).toEqual(seed.map((document) => document.id));
    expect(answerQuestion(restored, "What did Captain Moreau say about the sea wall?").answered).toBe(false);
  });

  it("refuses a snapshot that does not fit the documents or the version", () => {
    const snapshot = built().snapshot();
    const shorter = makeDocument("harbour", "Storm closes the northern harbour", ["Only one sentence now."]);
    expect(() => KnowledgeBase.restore(snapshot, [...seed, shorter])).toThrow(/harbour/);
    expect(() => KnowledgeBase.restore({ ...snapshot, version: SNAPSHOT_VERSION + 1 }, seed)).toThrow(/version/);
  });
});
