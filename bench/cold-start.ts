// Child process: the bot's start, cut down to what stands between a cold process and its first
// answer. Opens the knowledge base from a prepared DATA_DIR, answers one question, prints one
// BENCH_RESULT line with the answer and the time of each phase (ms since this process started).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { COLD_SOURCES, RESULT_PREFIX, SNAPSHOT_FILE, type ColdStartReport } from "./measurement.ts";

const { values } = parseArgs({
  options: { "data-dir": { type: "string" }, question: { type: "string" }, source: { type: "string", default: "library" } },
});
const dataDir = values["data-dir"];
const question = values.question;
if (!dataDir || !question) throw new Error("bench: cold-start needs --data-dir and --question");
const booted = performance.now();

const { answerQuestion } = await import("../src/answer/answer-question.ts");
let report: ColdStartReport;
if (values.source === "library") {
  // The bot's own path: the SQLite store, built-in sync, and the index built from every document.
  const { openLibrary } = await import("../src/library/library.ts");
  const imported = performance.now();
  const library = await openLibrary({ dataDir });
  const opened = performance.now();
  const answer = answerQuestion(library.knowledge, question);
  const answered = performance.now();
  report = { phasesMs: { booted, imported, opened, answered }, answered: answer.answered, firstText: answer.citations[0]?.text };
  await library.close();
} else if (values.source === "json-rebuild") {
  // Fallback while no store is available: read every document from one JSON file and index it.
  const { KnowledgeBase } = await import("../src/search/knowledge-base.ts");
  const imported = performance.now();
  const documents = JSON.parse(readFileSync(join(dataDir, SNAPSHOT_FILE), "utf8")) as import("../src/knowledge/document.ts").KnowledgeDocument[];
  const loaded = performance.now();
  const knowledge = new KnowledgeBase();
  for (const document of documents) knowledge.add(document);
  const built = performance.now();
  const answer = answerQuestion(knowledge, question);
  const answered = performance.now();
  report = { phasesMs: { booted, imported, loaded, built, answered }, answered: answer.answered, firstText: answer.citations[0]?.text };
} else {
  throw new Error(`bench: unknown cold-start source "${values.source}" (expected ${COLD_SOURCES.join(", ")})`);
}
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(report)}\n`);
