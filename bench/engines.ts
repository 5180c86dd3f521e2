import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import type { KnowledgeDocument, Sentence } from "../src/knowledge/document.ts";
import { DEFAULT_CITATION_LIMIT } from "../src/answer/question.ts";

/** The engines compared: this project's, and the two a user would otherwise pick. */
export const ENGINE_NAMES = ["ours", "fuse", "minisearch"] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** What the table calls each engine. */
export const ENGINE_LABELS: Record<EngineName, string> = {
  ours: "this project",
  fuse: "Fuse.js (plain)",
  minisearch: "MiniSearch",
};

/** An engine's first answer to a question, as top-1 scoring needs it. */
export interface EngineAnswer {
  /** False when the engine declines to answer (only this project's engine can). */
  answered: boolean;
  firstText: string | undefined;
}

/** One engine under test: index the documents once, then answer questions. */
export interface BenchEngine {
  build(documents: readonly KnowledgeDocument[]): void;
  ask(question: string): EngineAnswer;
}

function allSentences(documents: readonly KnowledgeDocument[]): Sentence[] {
  return documents.flatMap((document) => document.sentences);
}

/** Plain Fuse.js over every sentence, as the issue describes the naive approach. */
function fuseEngine(): BenchEngine {
  let fuse: Fuse<Sentence> | undefined;
  return {
    build(documents) {
      // ignoreLocation: sentences are long; Fuse would treat a match past ~60 characters as a miss.
      fuse = new Fuse(allSentences(documents), { keys: ["text"], ignoreLocation: true, threshold: 0.6 });
    },
    ask(question) {
      if (!fuse) throw new Error("bench: fuse engine asked before build");
      const first = fuse.search(question, { limit: DEFAULT_CITATION_LIMIT })[0];
      return { answered: first !== undefined, firstText: first?.item.text };
    },
  };
}

/** MiniSearch with its default BM25 scoring, fuzzy and prefix matching, one entry per sentence. */
function miniSearchEngine(): BenchEngine {
  let index: MiniSearch<Sentence> | undefined;
  return {
    build(documents) {
      index = new MiniSearch<Sentence>({
        idField: "ref",
        fields: ["text"],
        storeFields: ["text"],
        searchOptions: { fuzzy: 0.2, prefix: true },
      });
      index.addAll(allSentences(documents));
    },
    ask(question) {
      if (!index) throw new Error("bench: minisearch engine asked before build");
      const first = index.search(question)[0];
      return { answered: first !== undefined, firstText: first?.["text"] as string | undefined };
    },
  };
}

/** This project's engine: the KnowledgeBase and answerQuestion, as the CLI and the bot call them. */
async function ourEngine(): Promise<BenchEngine> {
  const { KnowledgeBase } = await import("../src/search/knowledge-base.ts");
  const { answerQuestion } = await import("../src/answer/answer-question.ts");
  let knowledge: InstanceType<typeof KnowledgeBase> | undefined;
  return {
    build(documents) {
      knowledge = new KnowledgeBase();
      for (const document of documents) knowledge.add(document);
    },
    ask(question) {
      if (!knowledge) throw new Error("bench: our engine asked before build");
      const answer = answerQuestion(knowledge, question, { limit: DEFAULT_CITATION_LIMIT });
      return { answered: answer.answered, firstText: answer.citations[0]?.text };
    },
  };
}

/** Creates an engine by name; this project's modules load only when asked for. */
export async function createEngine(name: EngineName): Promise<BenchEngine> {
  switch (name) {
    case "ours":
      return ourEngine();
    case "fuse":
      return fuseEngine();
    case "minisearch":
      return miniSearchEngine();
  }
}

/** Checks an engine name from the command line. */
export function parseEngineName(value: string): EngineName {
  if ((ENGINE_NAMES as readonly string[]).includes(value)) return value as EngineName;
  throw new Error(`bench: unknown engine "${value}" (expected ${ENGINE_NAMES.join(", ")})`);
}
