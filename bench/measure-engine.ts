// Child process: measures one engine at one size, alone in its process so that heap figures and JIT
// state do not leak between engines. Prints one BENCH_RESULT line; progress goes to stderr.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { buildBenchDocuments, countSentences } from "./documents.ts";
import { createEngine, parseEngineName, type EngineAnswer } from "./engines.ts";
import { RESULT_PREFIX, type EngineMeasurement } from "./measurement.ts";
import { isRightFirstAnswer, readQuestions, spreadSample } from "./questions.ts";
import { median, percentile } from "./stats.ts";

const MIB = 1024 * 1024;

const { values } = parseArgs({
  options: {
    engine: { type: "string" },
    size: { type: "string" },
    questions: { type: "string" },
    cap: { type: "string" },
    rounds: { type: "string", default: "3" },
    warmup: { type: "string", default: "1" },
    "budget-ms": { type: "string", default: "120000" },
  },
});

function positiveInteger(value: string | undefined, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`bench: --${flag} must be a whole number, got "${value}"`);
  return number;
}

function collectGarbage(): void {
  if (!global.gc) throw new Error("bench: run with node --expose-gc (npm run bench does)");
  global.gc();
  global.gc();
}

const engineName = parseEngineName(values.engine ?? "");
const size = positiveInteger(values.size, "size");
const rounds = positiveInteger(values.rounds, "rounds");
const warmupRounds = positiveInteger(values.warmup, "warmup");
const budgetMs = positiveInteger(values["budget-ms"], "budget-ms");
const questionSet = readQuestions(values.questions);
const cap = values.cap === undefined ? questionSet.length : positiveInteger(values.cap, "cap");
let asked = spreadSample(questionSet, cap);

const documents = buildBenchDocuments(size);
const engine = await createEngine(engineName);

collectGarbage();
const heapBefore = process.memoryUsage().heapUsed;
const buildStarted = performance.now();
engine.build(documents);
const buildMs = performance.now() - buildStarted;
collectGarbage();
const heapAfter = process.memoryUsage().heapUsed;
process.stderr.write(`bench: ${engineName} at ${size} documents built in ${buildMs.toFixed(0)} ms\n`);

// Warm-up: the first calls compile the engine's code paths and fill lazy caches. The first round is
// timed too: a question asked for the first time finds no answer of an earlier ask in the caches.
const warmupStarted = performance.now();
const firstAskMs: number[] = [];
for (let round = 0; round < warmupRounds; round++) {
  for (const question of asked) {
    const started = performance.now();
    engine.ask(question.q);
    if (round === 0) firstAskMs.push(performance.now() - started);
    // A slow engine (plain Fuse.js at 10,000 documents) warms up on one question only.
    if (performance.now() - warmupStarted > budgetMs / 10) break;
  }
}

/** Per question asked, its time in each round. */
const samples: number[][] = asked.map(() => []);
const firstAnswers: EngineAnswer[] = [];
const timedStarted = performance.now();
let capped = cap < questionSet.length;
timing: for (let round = 0; round < rounds; round++) {
  for (const [index, question] of asked.entries()) {
    const started = performance.now();
    const answer = engine.ask(question.q);
    samples[index]?.push(performance.now() - started);
    if (round === 0) firstAnswers.push(answer);
    if (performance.now() - timedStarted > budgetMs) {
      // Out of time: keep what was timed, and say the set was cut short.
      if (round === 0) {
        asked = asked.slice(0, index + 1);
        capped = true;
      }
      break timing;
    }
  }
}

// A question's latency is the median of its rounds, so one stall (GC, another process on a shared
// machine) does not become the p95; p50 and p95 are then taken over the questions.
const questionMs = samples.filter((times) => times.length > 0).map(median);
const sampleCount = samples.reduce((sum, times) => sum + times.length, 0);
const graded = asked.map((question, i) => ({ question, answer: firstAnswers[i] })).filter((g) => g.question.gold.length > 0);
const measurement: EngineMeasurement = {
  engine: engineName,
  documents: documents.length,
  sentences: countSentences(documents),
  buildMs,
  heapMiB: heapAfter / MIB,
  // A tiny index is within the collector's noise, which can leave the heap a few bytes smaller.
  indexHeapMiB: Math.max(0, heapAfter - heapBefore) / MIB,
  p50Ms: percentile(questionMs, 50),
  p95Ms: percentile(questionMs, 95),
  ...(firstAskMs.length === asked.length ? { firstAskP50Ms: percentile(firstAskMs, 50) } : {}),
  timedQuestions: questionMs.length,
  rounds: Math.ceil(sampleCount / questionMs.length),
  samples: sampleCount,
  capped,
  top1Right: graded.filter((g) => g.answer?.answered && isRightFirstAnswer(g.question, g.answer.firstText)).length,
  top1Of: graded.length,
  top1Misses: graded.filter((g) => !(g.answer?.answered && isRightFirstAnswer(g.question, g.answer.firstText))).map((g) => g.question.q),
  loadAverage: loadavg()[0] ?? 0,
};
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(measurement)}\n`);
