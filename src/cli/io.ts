import type { Readable, Writable } from "node:stream";

/** The streams and environment a command runs with; passed in so tests run it in-process too. */
export interface CommandIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/** Exit codes: 0 done, 1 failed, 2 used wrongly. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Thrown for a command-line mistake; the entry prints its message as one line and exits 2. */
export class UsageError extends Error {}
