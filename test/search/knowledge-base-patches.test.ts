import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer-question.ts";
import { loadBuiltinDocuments } from "../../src/knowledge/builtin.ts";
import type { KnowledgeDocument } from "../../src/knowledge/document.ts";
import { KnowledgeBase } from "../../src/search/knowledge-base.ts";
import { makeDocument } from "../support/make-document.ts";

// A knowledge base patched with documents added and removed (the bot's, restored from its saved
// index) must answer as a whole build of the same documents, which meets them in the store's order (by id).

const seed = loadBuiltinDocuments();
const charity = makeDocument("a-charity", "Toy appeal", ["The charity is giving toys to children this winter."]);
const questions = [
  "Besides the hostages, what else was on the agenda for the Moscow talks?",
  "Who led the Hamas delegation to Moscow?",
  "who is mikhail bogdnov",
  "What is this article about?",
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
});
