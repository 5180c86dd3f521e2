// npm run eval: the development questions on the seed article, then this project's own question
// sets (see eval-sets.ts), each folder's articles imported beside the seed article into a fresh
// store, all through the real CLI as score.mjs runs it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEV_SET, FIXTURE_FOLDERS, OFF_TOPIC_CHAT, SEED_SETS } from "./eval-sets.ts";

const SCORER = "../shared/eval/score.mjs";
const LABEL_WIDTH = 52;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(result.stderr + result.stdout);
    throw new Error(`eval: ${command} ${args.join(" ")} exited ${result.status}`);
  }
  return result.stdout;
}

/** Scores a question set against a data folder and prints the scorer's summary line. */
function score(label: string, questions: string, dataDir: string): void {
  const summary = run("node", [SCORER, questions], { DATA_DIR: dataDir }).trim().split("\n").at(-1) ?? "";
  // A space at least, however long the set's name.
  console.log(`${label.padEnd(LABEL_WIDTH - 1)} ${summary}`);
}

function withDataDir(work: (dataDir: string) => void): void {
  const dataDir = mkdtempSync(join(tmpdir(), "eval-"));
  try {
    work(dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

withDataDir((dataDir) => {
  score("dev set, seed article only", DEV_SET, dataDir);
  for (const set of readdirSync(SEED_SETS).filter((name) => name.endsWith(".jsonl")).sort()) {
    score(`seed-questions/${set}, seed article only`, join(SEED_SETS, set), dataDir);
  }
  score("off-topic chat (only refusals count), seed article", OFF_TOPIC_CHAT, dataDir);
});
for (const folder of FIXTURE_FOLDERS) {
  withDataDir((dataDir) => {
    run("npx", ["tsx", "src/cli.ts", "kb", "import", join(folder, "articles")], { DATA_DIR: dataDir });
    for (const set of readdirSync(folder).filter((name) => name.endsWith(".jsonl")).sort()) {
      score(`${folder.split("/").at(-1)}/${set}`, join(folder, set), dataDir);
    }
  });
}
