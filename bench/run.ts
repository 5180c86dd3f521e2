// The benchmark of issue 6: this project's engine against plain Fuse.js and MiniSearch on Brown
// corpus knowledge bases of growing size. Every engine × size runs in its own child process (same
// flags, fresh heap); the cold start runs the bot's own start path in a child. Prints one Markdown
// table and writes the same figures to bench/results.json. See docs/PERFORMANCE.md.
import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { cpus } from "node:os";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildBenchDocuments } from "./documents.ts";
import { ENGINE_NAMES, parseEngineName, type EngineName } from "./engines.ts";
import { COLD_SOURCES, RESULT_PREFIX, type ColdSource, type ColdStartMeasurement, type ColdStartReport, type EngineMeasurement } from "./measurement.ts";
import { prepareDataDir, removeDataDir } from "./prepare-data.ts";
import { readQuestions } from "./questions.ts";
import { checkTargets, computeRatios, formatReport } from "./report.ts";
import { median } from "./stats.ts";

/** Sizes by default; 1 is the seed article alone, the reference for top-1. */
const DEFAULT_SIZES = [1, 100, 1_000, 10_000];
const QUICK_SIZES = [100];
/** Plain Fuse.js takes tens of seconds a question from this size on: only a sample is timed. */
const FUSE_CAP_FROM_SIZE = 10_000;
const DEFAULT_FUSE_CAP = 5;
/** Timed rounds over the question set (p95 of 31 questions alone would be the second-worst one). */
const DEFAULT_ROUNDS = 3;
const DEFAULT_COLD_RUNS = 3;
/** Time allowed to one engine's timed questions at one size before the rest are skipped (and marked). */
const QUERY_BUDGET_MS = 150_000;
/** A child that takes longer than this has hung. */
const CHILD_TIMEOUT_MS = 20 * 60_000;
/** The question the cold start answers: the first development question. */
const COLD_START_QUESTION_INDEX = 0;
const DEFAULT_OUT = fileURLToPath(new URL("./results.json", import.meta.url));
const PROFILE_DIR = fileURLToPath(new URL("./profiles/", import.meta.url));
const MEASURE_ENGINE = fileURLToPath(new URL("./measure-engine.ts", import.meta.url));
const COLD_START = fileURLToPath(new URL("./cold-start.ts", import.meta.url));
const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
/** Every child runs under the same flags: the heap figures need --expose-gc, TypeScript needs tsx. */
const CHILD_NODE_FLAGS = ["--expose-gc", "--import", "tsx"];

const USAGE = `usage: npm run bench -- [--sizes 1,100,1000,10000] [--engines ours,fuse,minisearch] [--quick]
  [--rounds N] [--fuse-cap N] [--cold-runs N] [--cold-source library|json-rebuild] [--no-cold]
  [--questions FILE] [--out FILE] [--profile]`;

const { values } = parseArgs({
  options: {
    sizes: { type: "string" },
    engines: { type: "string", default: ENGINE_NAMES.join(",") },
    quick: { type: "boolean", default: false },
    rounds: { type: "string" },
    "fuse-cap": { type: "string", default: String(DEFAULT_FUSE_CAP) },
    "cold-runs": { type: "string" },
    "cold-source": { type: "string", default: "library" },
    "no-cold": { type: "boolean", default: false },
    questions: { type: "string" },
    out: { type: "string", default: DEFAULT_OUT },
    profile: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function wholeNumbers(text: string, flag: string): number[] {
  return text.split(",").map((part) => {
    const number = Number(part.trim().replace(/_/g, ""));
    if (!Number.isInteger(number) || number < 1) throw new Error(`bench: --${flag} takes whole numbers ≥ 1, got "${part}"\n${USAGE}`);
    return number;
  });
}

function parseColdSource(value: string): ColdSource {
  if ((COLD_SOURCES as readonly string[]).includes(value)) return value as ColdSource;
  throw new Error(`bench: unknown --cold-source "${value}" (expected ${COLD_SOURCES.join(", ")})`);
}

const options = {
  sizes: values.sizes ? wholeNumbers(values.sizes, "sizes") : values.quick ? QUICK_SIZES : DEFAULT_SIZES,
  engines: values.engines.split(",").map((name) => parseEngineName(name.trim())),
  rounds: wholeNumbers(values.rounds ?? String(values.quick ? 1 : DEFAULT_ROUNDS), "rounds")[0] as number,
  fuseCap: wholeNumbers(values["fuse-cap"], "fuse-cap")[0] as number,
  coldRuns: values["no-cold"] ? 0 : (wholeNumbers(values["cold-runs"] ?? String(values.quick ? 1 : DEFAULT_COLD_RUNS), "cold-runs")[0] as number),
  coldSource: parseColdSource(values["cold-source"]),
  questions: values.questions,
  out: values.out,
  profile: values.profile,
};
const questions = readQuestions(options.questions);

interface ChildResult<T> {
  result: T;
  /** ms from spawn to the result line on stdout. */
  elapsedMs: number;
}

/** Runs a bench script in a fresh Node process and returns the JSON of its BENCH_RESULT line. */
function runChild<T>(script: string, args: readonly string[], extraFlags: readonly string[] = []): Promise<ChildResult<T>> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...CHILD_NODE_FLAGS, ...extraFlags, script, ...args], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
      timeout: CHILD_TIMEOUT_MS,
    });
    let stdout = "";
    let found: ChildResult<T> | undefined;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      stdout += chunk;
      if (found) return;
      const line = stdout.split("\n").find((l, i, all) => l.startsWith(RESULT_PREFIX) && i < all.length - 1);
      if (line) found = { result: JSON.parse(line.slice(RESULT_PREFIX.length)) as T, elapsedMs: performance.now() - started };
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0 && found) resolve(found);
      else reject(new Error(`bench: ${script} ${args.join(" ")} exited with ${signal ?? code}${found ? "" : ", no result"}\n${stdout.slice(-2000)}`));
    });
  });
}

function engineArgs(engine: EngineName, size: number): string[] {
  const args = ["--engine", engine, "--size", String(size), "--rounds", String(options.rounds), "--budget-ms", String(QUERY_BUDGET_MS)];
  if (options.questions) args.push("--questions", options.questions);
  // --quick is a smoke run: plain Fuse.js is capped at every size there.
  if (engine === "fuse" && (size >= FUSE_CAP_FROM_SIZE || values.quick)) args.push("--cap", String(options.fuseCap), "--rounds", "1");
  return args;
}

async function measureColdStart(size: number): Promise<ColdStartMeasurement> {
  const question = questions[COLD_START_QUESTION_INDEX]?.q;
  if (!question) throw new Error("bench: the question set is empty");
  const dataDir = await prepareDataDir(buildBenchDocuments(size), options.coldSource);
  try {
    const runs: ChildResult<ColdStartReport>[] = [];
    for (let run = 0; run < options.coldRuns; run++) {
      const child = await runChild<ColdStartReport>(COLD_START, ["--data-dir", dataDir, "--question", question, "--source", options.coldSource]);
      if (!child.result.answered) process.stderr.write(`bench: warning: cold start at ${size} documents did not answer "${question}"\n`);
      runs.push(child);
    }
    const sorted = [...runs].sort((a, b) => a.elapsedMs - b.elapsedMs);
    const middle = sorted[Math.floor((sorted.length - 1) / 2)] as ChildResult<ColdStartReport>;
    return {
      documents: size,
      source: options.coldSource,
      medianMs: median(runs.map((r) => r.elapsedMs)),
      runsMs: runs.map((r) => r.elapsedMs),
      phasesMs: middle.result.phasesMs,
    };
  } finally {
    removeDataDir(dataDir);
  }
}

function gitCommit(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO_ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src"], { cwd: REPO_ROOT, encoding: "utf8" }).trim() !== "";
    return dirty ? `${commit} (src/ modified)` : commit;
  } catch {
    return "unknown";
  }
}

const measurements: (EngineMeasurement & { commit: string })[] = [];
const coldStarts: (ColdStartMeasurement & { commit: string })[] = [];
const started = Date.now();
for (const size of options.sizes) {
  for (const engine of options.engines) {
    process.stderr.write(`bench: ${engine} at ${size} documents...\n`);
    const profile = options.profile && engine === "ours" ? ["--cpu-prof", "--cpu-prof-dir", PROFILE_DIR, "--cpu-prof-name", `ours-${size}.cpuprofile`] : [];
    // The engine may change under a long run on a shared working tree: each row records what it measured.
    const commit = gitCommit();
    const { result } = await runChild<EngineMeasurement>(MEASURE_ENGINE, engineArgs(engine, size), profile);
    measurements.push({ ...result, commit });
  }
  if (options.coldRuns > 0 && options.engines.includes("ours")) {
    process.stderr.write(`bench: cold start at ${size} documents (${options.coldSource})...\n`);
    coldStarts.push({ ...(await measureColdStart(size)), commit: gitCommit() });
  }
}

const ratios = computeRatios(measurements);
const targets = checkTargets(measurements, coldStarts, ratios);
console.log(formatReport(measurements, coldStarts, ratios, targets));
const environment = { node: process.version, platform: `${process.platform} ${process.arch}`, cpu: cpus()[0]?.model ?? "unknown", cpus: cpus().length };
writeFileSync(
  options.out,
  `${JSON.stringify({ date: new Date().toISOString(), commit: gitCommit(), environment, options, elapsedSeconds: (Date.now() - started) / 1000, measurements, coldStarts, ratios, targets }, null, 2)}\n`,
);
process.stderr.write(`bench: wrote ${options.out} (${((Date.now() - started) / 1000).toFixed(0)} s in all)\n`);
