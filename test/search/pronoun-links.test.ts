import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer-question.ts";
import { KnowledgeBase } from "../../src/search/knowledge-base.ts";
import { pronounNames } from "../../src/search/name-mentions.ts";
import { makeDocument } from "../support/make-document.ts";

/** The first citation for a question asked of one made-up article of these paragraphs. */
function firstCitationFrom(paragraphs: string[], question: string): string | undefined {
  const knowledge = new KnowledgeBase();
  knowledge.add(makeDocument("article", "A made-up article", paragraphs));
  return answerQuestion(knowledge, question).citations[0]?.text;
}

describe("a pronoun opening a quotation", () => {
  it("lets a quoted 'They' stand for a firm named paragraphs before", () => {
    const paragraphs = [
      "A retired teacher has won her claim against Slatewise, a greetings card firm that copied her drawings.",
      "Slatewise argued that the drawings were too simple to be protected.",
      "Outside court, Joan Hughes said she had never expected to win. \"I wrote to them four times asking them to stop,\" she said. \"They sent me a gift card for ten pounds.\"",
    ];
    expect(firstCitationFrom(paragraphs, "What did Slatewise send Hughes after she wrote to them?")).toMatch(/gift card/);
  });
});

describe("a 'he' beside a name", () => {
  it("stands for someone other than the person its own sentence names", () => {
    const sentences = [
      "Prosecutor Owen Tredwell told the court that Darren Treloar would knock on doors unannounced.",
      "He would often smash tiles himself, Mr Tredwell said.",
    ];
    expect(pronounNames(sentences, { isCommonWord: () => false }).at(-1)).toEqual(["darren", "treloar"]);
  });
});

describe("a description as a later clause's subject", () => {
  it("ties '…, and the company has added…' to the company named, for the 'It' after it", () => {
    const paragraphs = [
      "A lost opera was staged for the first time on Saturday when the Fenwick Lyric Company brought it to the Corn Exchange.",
      "The score was found in a church organ loft last year.",
      "All 640 seats sold out within a day, and the company has added two extra performances in November. It says a recording will be made during the run.",
      "Critics praised the second act.",
    ];
    expect(firstCitationFrom(paragraphs, "Is the Fenwick Lyric Company going to release a recording of the opera?")).toMatch(/^It says a recording/);
  });
});

describe("a 'he' beside another of the same surname", () => {
  const paragraphs = [
    "Retired ferryman Alwyn Penhallow has died at his home in Polruan, aged 91.",
    "Mr Penhallow carried passengers across the estuary for more than forty years.",
    "He leaves his wife, Morwenna Penhallow, and three daughters.",
  ];

  it("still stands for the person named before, not the relative its sentence names", () => {
    expect(firstCitationFrom(paragraphs, "Was Alwyn Penhallow married?")).toMatch(/his wife/);
  });

  it("stands for someone other than a person its sentence names by surname alone", () => {
    const sentences = ["Harbourmaster Jory Tregenza said Alwyn Penhallow never missed a crossing.", "He rowed through any storm, Tregenza said."];
    expect(pronounNames(sentences, { isCommonWord: () => false }).at(-1)).toEqual(["alwyn", "penhallow"]);
  });
});

describe("a pronoun after a joining word", () => {
  it("lets 'And he…' stand for the person named paragraphs before", () => {
    const paragraphs = [
      "A retired postman, Idris Vaughan, has started a reading club for teenagers at the Abergele library.",
      "Vaughan first grew interested in books while serving in the merchant navy.",
      "The best way to reach young people, he decided, was through stories they chose themselves.",
      "And he wanted the club to meet on Saturday mornings, when the library is quiet.",
    ];
    expect(firstCitationFrom(paragraphs, "When did Idris Vaughan want the club to meet?")).toMatch(/^And he wanted/);
  });
});
