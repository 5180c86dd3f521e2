import { randomUUID } from "node:crypto";
import { appendFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** How the name of a file being written aside ends: `<file>.<writer>.partial`. */
const ASIDE_SUFFIX = ".partial";

/**
 * Writes a file aside, the parts one after another, then renames it into place: a process reading
 * at the same time never sees half of it. The aside name is unique per writer (two hosts sharing a
 * folder may both run as pid 1). On failure the aside file goes and the error is thrown.
 */
export function replaceFile(file: string, parts: readonly Uint8Array[]): void {
  const aside = `${file}.${randomUUID()}${ASIDE_SUFFIX}`;
  try {
    writeFileSync(aside, "");
    for (const part of parts) appendFileSync(aside, part);
    renameSync(aside, file);
  } catch (error) {
    rmSync(aside, { force: true });
    throw error;
  }
}

/** True for what a writer left of `file` when it was killed while writing it aside (see replaceFile). */
export function isAsideOf(file: string, name: string): boolean {
  return name.startsWith(`${file}.`) && name.endsWith(ASIDE_SUFFIX);
}

/**
 * Removes the files of a folder whose names `matches` picks, once not written for `lifetimeMs`:
 * what a killed writer left, or copies another source tree made. Younger ones may be another
 * process's, at work now. Another process may remove them first; a folder that cannot be read is
 * left as it is, since a file kept is only disk space.
 */
export function dropStaleFiles(dir: string, matches: (name: string) => boolean, lifetimeMs: number): void {
  const oldest = Date.now() - lifetimeMs;
  try {
    for (const name of readdirSync(dir)) {
      if (!matches(name)) continue;
      const path = join(dir, name);
      if ((statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) < oldest) rmSync(path, { force: true });
    }
  } catch {
    // Left for the next save.
  }
}
