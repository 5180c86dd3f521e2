import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

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
