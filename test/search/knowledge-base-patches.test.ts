import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer-question.ts";
import { loadBuiltinDocuments } from "../../src/knowledge/builtin.ts";
import type { KnowledgeDocument } from "../../src/knowledge/document.ts";
import { KnowledgeBase, type KnowledgeSnapshot } from "../../src/search/knowledge-base.ts";
import { makeDocument } from "../support/make-document.ts";

// A knowledge base patched with documents added and removed (the bot's, restored from its saved
// index) must answer as a whole build of the same documents, which meets them in the store's order (by id).

const seed = loadBuiltinDocuments();
const charity = makeDocument("a-charity", "Toy appeal", ["The charity is giving toys to children this winter."]);
const passage = ["A van hit a lamp post on Mill Street. No one was injured. Police closed the road for two hours."];
const wire = makeDocument("a-wire", "Van hits lamp post", passage);
const paper = makeDocument("b-paper", "Crash on Mill Street", passage);
const questions = [
  "Besides the hostages, what else was on the agenda for the Moscow talks?",
  "Who led the Hamas delegation to Moscow?",
  "who is mikhail bogdnov",
  "Was anyone injured when the van hit the lamp post?",
];

function knowledgeOf(...documents: KnowledgeDocument[]): KnowledgeBase {
  const knowledge = new KnowledgeBase();
  for (const document of documents) knowledge.add(document);
  return knowledge;
}

/** A whole build: the documents in the store's order. */
function wholeBuildOf(...documents: KnowledgeDocument[]): KnowledgeBase {
  return knowledgeOf(...[...documents].sort((a, b) => (a.id < b.id ? -1 : 1)));
}

function answersOf(knowledge: KnowledgeBase) {
  return questions.map((question) => answerQuestion(knowledge, question));
}

describe("KnowledgeBase patched with documents added and removed", () => {
  it("answers, once a document is removed, as an index that never had it", () => {
    // The charity's "giving" was the first word of the term "give" met, whose vectors are its meaning.
    const patched = knowledgeOf(charity, ...seed);
    patched.remove(charity.id);
    expect(answersOf(patched)).toEqual(answersOf(wholeBuildOf(...seed)));
  });

  it("cites the copy of a passage first in the store's order, whichever document was indexed first", () => {
    const question = "Was anyone injured when the van hit the lamp post?";
    expect(answerQuestion(knowledgeOf(paper, wire), question)).toEqual(answerQuestion(wholeBuildOf(paper, wire), question));
    expect(answerQuestion(knowledgeOf(paper, wire), question).citations[0]?.ref).toMatch(/^a-wire#/);
  });

  it("answers as a whole build whatever the order its documents were indexed in", () => {
    expect(answersOf(knowledgeOf(paper, ...seed, charity, wire))).toEqual(answersOf(wholeBuildOf(...seed, charity, wire, paper)));
  });

  it("answers, restored from a snapshot and given the documents stored since, as a whole build of them", () => {
    const saved = deserialize(serialize(wholeBuildOf(...seed, charity, paper).snapshot())) as KnowledgeSnapshot;
    // The charity was removed from the store and the wire stored while the bot was stopped.
    const restored = KnowledgeBase.restore(saved, [...seed, paper]);
    restored.add(wire);
    expect(answersOf(restored)).toEqual(answersOf(wholeBuildOf(...seed, wire, paper)));
  });
});
