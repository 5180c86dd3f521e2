import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The project root, where the CLI runs. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `src/cli.ts` as a real child process, as `npm run ask` and `npm run kb` do, with the given
 * arguments, input and environment; `stopReadingEarly` closes its output after the first chunk, as
 * `… | head -1` does.
 */
export function runCli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; stopReadingEarly?: boolean } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (options.stopReadingEarly) child.stdout.destroy();
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}
