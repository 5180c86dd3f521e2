// npm run eval: the development questions on the seed article, then this project's own question
// sets on its own articles (test/fixtures/eval), all through the real CLI, as score.mjs runs it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCORER = "../shared/eval/score.mjs";
const DEV_SET = "../shared/eval/dev-questions.jsonl";
const FIXTURES = "test/fixtures/eval";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(result.stderr + result.stdout);
    throw new Error(`eval: ${command} ${args.join(" ")} exited ${result.status}`);
  }
  return result.stdout;
}

const lastLine = (text: string) => text.trim().split("\n").at(-1) ?? "";
const dataDir = mkdtempSync(join(tmpdir(), "eval-"));
try {
  // The seed article alone: the development set, as the scorer's own default command sees it.
  console.log(`dev set, seed article only     ${lastLine(run("node", [SCORER, DEV_SET], { DATA_DIR: dataDir }))}`);
  // Every own article imported beside the seed article: each set is answered from all of them.
  run("npx", ["tsx", "src/cli.ts", "kb", "import", join(FIXTURES, "articles")], { DATA_DIR: dataDir });
  for (const set of readdirSync(FIXTURES).filter((name) => name.endsWith(".jsonl")).sort()) {
    const line = lastLine(run("node", [SCORER, join(FIXTURES, set)], { DATA_DIR: dataDir }));
    console.log(`${set.padEnd(31)}${line}`);
  }
  console.log(`dev set, all articles          ${lastLine(run("node", [SCORER, DEV_SET], { DATA_DIR: dataDir }))}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
