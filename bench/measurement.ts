import type { EngineName } from "./engines.ts";

/** What one child process measures for one engine at one size (one row of the table). */
export interface EngineMeasurement {
  engine: EngineName;
  /** Documents in the knowledge base, the seed article included. */
  documents: number;
  sentences: number;
  buildMs: number;
  /** Heap after the build, after a full collection: documents, index and loaded code. */
  heapMiB: number;
  /** The part of that heap the build added (the index itself). */
  indexHeapMiB: number;
  /** Over the questions, each question's time being the median of its rounds. */
  p50Ms: number;
  p95Ms: number;
  /** Over the questions, the time of each one's first ask (the warm-up's first round), when every question was asked. */
  firstAskP50Ms?: number;
  /** Questions asked in one timed round (fewer than the set when capped). */
  timedQuestions: number;
  rounds: number;
  /** Timed query samples in all. */
  samples: number;
  /** True when the questions timed are a spread sample of the set, not all of it. */
  capped: boolean;
  /** Questions with gold answers among those asked, and how many of them the engine got first. */
  top1Right: number;
  top1Of: number;
  /** The graded questions the engine did not get first (in results.json, not the table). */
  top1Misses: string[];
  /** The machine's 1-minute load average when the measurement ended: above the core count, other work competed. */
  loadAverage: number;
}

/** Cold start of this project's bot: from spawning a process to its first answer. */
export interface ColdStartMeasurement {
  documents: number;
  /** How the child got its knowledge: the store (openLibrary) or a JSON snapshot rebuilt at start. */
  source: ColdSource;
  /** Median over the runs, from spawn to the answer on stdout, as the parent sees it. */
  medianMs: number;
  runsMs: number[];
  /** Inside the child, ms since its process started (median run): modules loaded, data read, index built, answered. */
  phasesMs: Record<string, number>;
}

/** The line prefix a child writes its JSON result after, so logs on stdout cannot confuse the parent. */
export const RESULT_PREFIX = "BENCH_RESULT ";

/** How the knowledge reaches the process: the real store, or a JSON snapshot that is re-indexed. */
export const COLD_SOURCES = ["library", "json-rebuild"] as const;
export type ColdSource = (typeof COLD_SOURCES)[number];
/** The snapshot file of the json-rebuild source, inside its data folder. */
export const SNAPSHOT_FILE = "documents.json";

/** What the child reports: its phases and the first citation, to check it really answered. */
export interface ColdStartReport {
  phasesMs: Record<string, number>;
  answered: boolean;
  firstText: string | undefined;
}
