#!/usr/bin/env -S npx tsx
import "dotenv/config";
import { runAskCommand } from "./cli/ask.ts";
import { EXIT, UsageError, type CommandIo } from "./cli/io.ts";
import { runKbCommand } from "./cli/kb.ts";
import { loadStoreConfig } from "./config.ts";
import { openLibrary } from "./library/library.ts";

const HELP = `Usage: cli <command> [options]

Commands:
  ask [QUESTION]   answer a question with cited sentences (ask --help)
  kb <command>     add, import, list and remove documents (kb --help)

Run "cli <command> --help" for a command's options.`;

async function main(argv: string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "ask":
      return runAskCommand(rest, io, () => openLibrary({ dataDir: loadStoreConfig(io.env).dataDir, saveIndexSnapshot: true, wholeIndexOnly: true }));
    case "kb":
      return runKbCommand(rest, io);
    case "-h":
    case "--help":
    case "help":
      io.stdout.write(`${HELP}\n`);
      return EXIT.ok;
    default:
      throw new UsageError(command === undefined ? "cli: no command given (try --help)" : `cli: unknown command "${command}" (try --help)`);
  }
}

// A reader that stops early ("ask … | head -3") closes the pipe: what is left to print has no one to
// read it, which ends the command quietly rather than with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(EXIT.ok);
});

const io: CommandIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = usage ? EXIT.usage : EXIT.failed;
  },
);
