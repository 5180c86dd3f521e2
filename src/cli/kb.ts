import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { userInfo } from "node:os";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { loadStoreConfig } from "../config.ts";
import { loadBuiltinDocuments } from "../knowledge/builtin.ts";
import { GLOBAL_SCOPE, type KnowledgeDocument, type Scope } from "../knowledge/document.ts";
import { syncBuiltinDocuments } from "../library/builtin-sync.ts";
import { draftFromFile, storeDraft } from "../library/ingest.ts";
import { DOCUMENT_FILE_EXTENSIONS, InputError, fileProblem, serverIdProblem } from "../library/validate-input.ts";
import { contentHash, documentText } from "../store/document-text.ts";
import { openSqliteStore, storeFile } from "../store/sqlite-store.ts";
import { KnowledgeStoreError, type DocumentSummary, type KnowledgeStore } from "../store/store.ts";
import { EXIT, UsageError, type CommandIo } from "./io.ts";

export const KB_HELP = `Usage: kb <command> [options]

Manages the documents the bot answers from. Without --guild a command works on the global
documents (every server sees them); with --guild ID on that Discord server's own documents.

Commands:
  add --file PATH [--title T] [--source URL] [--guild ID]
                 add one .txt or .md file (up to 1 MB) and print its new id; the title is
                 --title, else the file's front matter or first Markdown heading, else its name
  import DIR [--guild ID]
                 add every .txt and .md file in DIR; a file whose text is already stored is
                 skipped, so an interrupted import is finished by running it again; ends with
                 "added: N, skipped: N, refused: N" and exits 1 only when a file was refused
  list [--guild ID] [--json]
                 the documents that scope sees (global ones, plus the server's own with --guild);
                 --json prints one JSON array
  remove ID [--guild ID]
                 remove a document of that scope (built-in documents come from knowledge/: edit
                 that folder instead)

Options:
  -h, --help     show this help

Environment: DATA_DIR  where the knowledge store lives (default ./data)
Exit codes: 0 done, 1 refused or failed (one line on stderr), 2 used wrongly.

Examples:
  npx tsx src/cli.ts kb add --file notes.md --source https://example.org/notes --guild 123456789012345678
  npx tsx src/cli.ts kb import ./articles
  npx tsx src/cli.ts kb list --guild 123456789012345678 --json`;

/** Who the audit log names when the OS will not say. */
export const CLI_ACTOR = "cli";

/** What kb needs from outside; tests and the entry pass their own. */
export interface KbDependencies {
  openStore: (dataDir: string) => Promise<KnowledgeStore>;
  builtinDocuments: () => readonly KnowledgeDocument[];
  /** Who runs the command, for added_by and the audit log. */
  actor: () => string;
}

const DEFAULT_DEPENDENCIES: KbDependencies = {
  openStore: (dataDir) => openSqliteStore(storeFile(dataDir)),
  builtinDocuments: () => loadBuiltinDocuments(),
  actor: () => {
    try {
      return userInfo().username || CLI_ACTOR;
    } catch {
      return CLI_ACTOR;
    }
  },
};

const SCOPE_OPTION = { guild: { type: "string" } } as const satisfies ParseArgsConfig["options"];
const HELP_OPTION = { help: { type: "boolean", short: "h", default: false } } as const satisfies ParseArgsConfig["options"];

function parse<O extends NonNullable<ParseArgsConfig["options"]>>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, ...HELP_OPTION }, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
    throw new UsageError(`kb ${command}: ${reason} (try kb --help)`);
  }
}

function scopeOf(command: string, guild: string | undefined): Scope {
  if (guild === undefined) return GLOBAL_SCOPE;
  const problem = serverIdProblem(guild);
  if (problem) throw new UsageError(`kb ${command}: --guild: ${problem}`);
  return guild;
}

function expectPositionals(command: string, positionals: string[], names: string[]): void {
  if (positionals.length < names.length) throw new UsageError(`kb ${command}: ${names[positionals.length]} is missing (try kb --help)`);
  if (positionals.length > names.length) throw new UsageError(`kb ${command}: unexpected argument "${positionals[names.length]}" (try kb --help)`);
}

/** A refusal the user can act on, as one line; anything else is a failure shown by its message. */
function describeFailure(error: unknown): string {
  if (error instanceof InputError || error instanceof KnowledgeStoreError) return error.userMessage;
  const code = (error as NodeJS.ErrnoException).code;
  const path = (error as NodeJS.ErrnoException).path;
  if (code === "ENOENT") return `cannot read "${path}": no such file or folder.`;
  if (code === "EISDIR") return `"${path}" is a folder, not a file.`;
  if (code === "ENOTDIR") return `"${path}" is not a folder.`;
  if (code === "EACCES") return `cannot read "${path}": permission denied.`;
  return error instanceof Error ? error.message : String(error);
}

/** Reads a document file after checking its name and size, so a huge file is never loaded. */
async function readDocumentFile(path: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error(`kb: ${path} is a folder`), { code: "EISDIR", path });
  const problem = fileProblem(basename(path), info.size);
  if (problem) throw new InputError(problem, `file ${path}: ${problem}`);
  return readFile(path);
}

interface KbContext {
  io: CommandIo;
  deps: KbDependencies;
}

async function withStore<T>(context: KbContext, work: (store: KnowledgeStore) => Promise<T>): Promise<T> {
  const store = await context.deps.openStore(loadStoreConfig(context.io.env).dataDir);
  try {
    // Built-in documents are stored by whichever process opens the store first, so lists and the
    // duplicate check see them even before the bot has ever run.
    await syncBuiltinDocuments(store, context.deps.builtinDocuments());
    return await work(store);
  } finally {
    await store.close();
  }
}

async function add(args: string[], context: KbContext): Promise<number> {
  const { values, positionals } = parse("add", args, {
    file: { type: "string" },
    title: { type: "string" },
    source: { type: "string" },
    ...SCOPE_OPTION,
  });
  if (values.help) return help(context.io);
  expectPositionals("add", positionals, []);
  if (values.file === undefined || values.file === "") throw new UsageError("kb add: --file PATH is missing (try kb --help)");
  const scope = scopeOf("add", values.guild);
  const path = values.file;
  const bytes = await readDocumentFile(path);
  const draft = draftFromFile({ name: basename(path), bytes, title: values.title, url: values.source });
  const { value } = await withStore(context, (store) =>
    storeDraft(store, { draft, scope, addedBy: context.deps.actor(), action: "add" }),
  );
  context.io.stdout.write(`${value.id}\n`);
  return EXIT.ok;
}

async function importFolder(args: string[], context: KbContext): Promise<number> {
  const { values, positionals } = parse("import", args, { ...SCOPE_OPTION });
  if (values.help) return help(context.io);
  expectPositionals("import", positionals, ["DIR"]);
  const scope = scopeOf("import", values.guild);
  const dir = positionals[0] ?? "";
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile() && DOCUMENT_FILE_EXTENSIONS.includes(extname(entry.name).toLowerCase()))
    .map((entry) => entry.name)
    .sort();
  const counts = { added: 0, skipped: 0, refused: 0 };
  const { io } = context;
  await withStore(context, async (store) => {
    const actor = context.deps.actor();
    for (const name of names) {
      try {
        const draft = draftFromFile({ name, bytes: await readDocumentFile(join(dir, name)) });
        // Checked before splitting into sentences, so finishing an interrupted import is quick.
        const stored = await store.findByContentHash(contentHash(documentText(draft.paragraphs)), scope);
        if (stored) {
          counts.skipped += 1;
          io.stdout.write(`skipped ${name}: already stored as ${stored.id}\n`);
          continue;
        }
        const { value } = await storeDraft(store, { draft, scope, addedBy: actor, action: "import" });
        counts.added += 1;
        io.stdout.write(`added ${value.id} (${name})\n`);
      } catch (error) {
        if (error instanceof KnowledgeStoreError && error.code === "duplicate") {
          counts.skipped += 1;
          io.stdout.write(`skipped ${name}: already stored as ${error.existingId}\n`);
        } else if (error instanceof InputError || error instanceof KnowledgeStoreError || (error as NodeJS.ErrnoException).code !== undefined) {
          counts.refused += 1;
          io.stderr.write(`refused ${name}: ${describeFailure(error)}\n`);
        } else {
          throw error;
        }
      }
    }
  });
  io.stdout.write(`added: ${counts.added}, skipped: ${counts.skipped}, refused: ${counts.refused}\n`);
  return counts.refused > 0 ? EXIT.failed : EXIT.ok;
}

function formatList(documents: DocumentSummary[], scope: Scope): string {
  if (documents.length === 0) return `No documents${scope === GLOBAL_SCOPE ? "" : ` for server ${scope}`}.\n`;
  const rows = documents.map((d) => [d.id, d.builtin ? "global (built-in)" : d.scope, String(d.sentenceCount), d.addedBy, d.addedAt.slice(0, 16).replace("T", " "), d.title]);
  const header = ["ID", "SCOPE", "SENTENCES", "ADDED BY", "ADDED AT (UTC)", "TITLE"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join("  ");
  return `${[header, ...rows].map(line).join("\n")}\n`;
}

async function list(args: string[], context: KbContext): Promise<number> {
  const { values, positionals } = parse("list", args, { json: { type: "boolean", default: false }, ...SCOPE_OPTION });
  if (values.help) return help(context.io);
  expectPositionals("list", positionals, []);
  const scope = scopeOf("list", values.guild);
  const documents = await withStore(context, (store) => store.listDocuments(scope));
  context.io.stdout.write(values.json ? `${JSON.stringify(documents)}\n` : formatList(documents, scope));
  return EXIT.ok;
}

async function remove(args: string[], context: KbContext): Promise<number> {
  const { values, positionals } = parse("remove", args, { ...SCOPE_OPTION });
  if (values.help) return help(context.io);
  expectPositionals("remove", positionals, ["ID"]);
  const scope = scopeOf("remove", values.guild);
  const id = positionals[0] ?? "";
  const { value } = await withStore(context, (store) => store.removeDocument(id, scope, context.deps.actor()));
  context.io.stdout.write(`removed ${value.id}\n`);
  return EXIT.ok;
}

function help(io: CommandIo): number {
  io.stdout.write(`${KB_HELP}\n`);
  return EXIT.ok;
}

const COMMANDS = { add, import: importFolder, list, remove } as const;

/**
 * Runs `kb ARGS`: add, import, list, remove. Returns the exit code; a usage error is one line on
 * stderr and 2, a refusal or failure one line and 1.
 */
export async function runKbCommand(argv: string[], io: CommandIo, dependencies: Partial<KbDependencies> = {}): Promise<number> {
  const context: KbContext = { io, deps: { ...DEFAULT_DEPENDENCIES, ...dependencies } };
  const [command, ...rest] = argv;
  try {
    if (command === "-h" || command === "--help" || command === "help") return help(io);
    if (command === undefined) throw new UsageError("kb: no command given: add, import, list or remove (try kb --help)");
    if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`kb: unknown command "${command}" (try kb --help)`);
    return await COMMANDS[command as keyof typeof COMMANDS](rest, context);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`kb ${command}: ${describeFailure(error)}\n`);
    return EXIT.failed;
  }
}
