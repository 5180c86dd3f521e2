import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDocument } from "./build-document.ts";
import { GLOBAL_SCOPE, type KnowledgeDocument } from "./document.ts";
import { parseDocument } from "./parse-document.ts";

/** The folder of built-in documents shipped with the bot. */
export const BUILTIN_KNOWLEDGE_DIR = fileURLToPath(new URL("../../knowledge/", import.meta.url));

const DOCUMENT_FILE = /\.(md|txt)$/i;

/** Loads every built-in document (global scope), sorted by file name so ids and order are stable. */
export function loadBuiltinDocuments(dir: string = BUILTIN_KNOWLEDGE_DIR): KnowledgeDocument[] {
  return readdirSync(dir)
    .filter((name) => DOCUMENT_FILE.test(name))
    .sort()
    .map((name) => buildDocument(parseDocument(readFileSync(join(dir, name), "utf8"), name), GLOBAL_SCOPE));
}
