// npm run eval: the development questions on the seed article, then this project's own question
// sets (see eval-sets.ts), each folder's articles imported beside the seed article into a fresh
// store, all through the real CLI as score.mjs runs it. Each store's sets run one after another,
// the stores side by side on every core (a CLI start is mostly one core's work), and the lines
// come out in the sets' order.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { DEV_SET, FIXTURE_FOLDERS, OFF_TOPIC_CHAT, SEED_SETS } from "./eval-sets.ts";

const SCORER = "../shared/eval/score.mjs";
const LABEL_WIDTH = 52;

/** A question set to score, under the label its line is printed with. */
interface ScoredSet {
  label: string;
  questions: string;
}

/** One fresh store: the articles imported into it, if any, and the sets asked of it. */
interface StoreRun {
  articles?: string;
  sets: ScoredSet[];
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => {
      if (status === 0) resolve(stdout);
      else reject(new Error(`eval: ${command} ${args.join(" ")} exited ${status}\n${stderr}${stdout}`));
    });
  });
}

/** Scores a store's sets, one after another, and gives each set's printed line. */
async function scoreStore({ articles, sets }: StoreRun): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "eval-"));
  try {
    if (articles !== undefined) await run("npx", ["tsx", "src/cli.ts", "kb", "import", articles], { DATA_DIR: dataDir });
    const lines: string[] = [];
    for (const { label, questions } of sets) {
      const summary = (await run("node", [SCORER, questions], { DATA_DIR: dataDir })).trim().split("\n").at(-1) ?? "";
      // A space at least, however long the set's name.
      lines.push(`${label.padEnd(LABEL_WIDTH - 1)} ${summary}`);
    }
    return lines;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const setsIn = (folder: string) => readdirSync(folder).filter((name) => name.endsWith(".jsonl")).sort();

// The seed article's own sets, one store each, so that they too run side by side.
const stores: StoreRun[] = [
  { sets: [{ label: "dev set, seed article only", questions: DEV_SET }] },
  ...setsIn(SEED_SETS).map((set) => ({ sets: [{ label: `seed-questions/${set}, seed article only`, questions: join(SEED_SETS, set) }] })),
  { sets: [{ label: "off-topic chat (only refusals count), seed article", questions: OFF_TOPIC_CHAT }] },
  ...FIXTURE_FOLDERS.map((folder) => ({
    articles: join(folder, "articles"),
    sets: setsIn(folder).map((set) => ({ label: `${folder.split("/").at(-1)}/${set}`, questions: join(folder, set) })),
  })),
];

/** Runs tasks at most `width` at a time, in the order they are given. */
function limitedTo(width: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= width) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

const limited = limitedTo(availableParallelism());
const results = stores.map((store) => limited(() => scoreStore(store)));
// The first failure stops the run below; the others need no report of their own.
for (const result of results) result.catch(() => undefined);
for (const result of results) for (const line of await result) console.log(line);
