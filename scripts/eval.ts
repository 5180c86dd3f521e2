// npm run eval: the development questions on the seed article, then this project's own question
// sets, each folder's articles imported beside the seed article into a fresh store, all through the
// real CLI as score.mjs runs it. test/fixtures/eval was written while the engine was tuned; the
// holdout folders later, each by someone who had not seen the engine or the other sets (holdout,
// then holdout2, holdout3 and holdout4 in the third session, holdout5 in the fourth, holdout6 in the
// fifth, holdout7 in the sixth, holdout8 and holdout9 in the seventh, holdout10 in the eighth,
// holdout11 and holdout12 in the ninth, holdout13 in the tenth, holdout14 in the eleventh, holdout15
// in the twelfth, holdout16 in the thirteenth, holdout17 in the fourteenth). Each is read as totals while it is new, then joins
// the sets read question by question for learning (holdout7 to holdout9 never did).
// test/fixtures/seed-questions holds sets on the seed article alone, written blind like the dev set
// (A to F in the sixth session, G and H in the seventh, I and J in the eighth, K and L in the ninth,
// M and N in the tenth, O and P in the eleventh, Q and R in the twelfth, S and T in the thirteenth,
// U and V in the fourteenth).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCORER = "../shared/eval/score.mjs";
const DEV_SET = "../shared/eval/dev-questions.jsonl";
const SEED_SETS = "test/fixtures/seed-questions";
// 400 chat messages about anything but the article, written in the thirteenth session: all should be refused.
const OFF_TOPIC_CHAT = "test/fixtures/off-topic-chat.jsonl";
const LABEL_WIDTH = 52;
const FIXTURE_FOLDERS = ["test/fixtures/eval", "test/fixtures/holdout", "test/fixtures/holdout2", "test/fixtures/holdout3", "test/fixtures/holdout4", "test/fixtures/holdout5", "test/fixtures/holdout6", "test/fixtures/holdout7", "test/fixtures/holdout8", "test/fixtures/holdout9", "test/fixtures/holdout10", "test/fixtures/holdout11", "test/fixtures/holdout12", "test/fixtures/holdout13", "test/fixtures/holdout14", "test/fixtures/holdout15", "test/fixtures/holdout16", "test/fixtures/holdout17"];

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
