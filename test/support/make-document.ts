import { buildDocument } from "../../src/knowledge/build-document.ts";
import { GLOBAL_SCOPE, type KnowledgeDocument, type Scope } from "../../src/knowledge/document.ts";

/** A small made-up document for tests: a title and paragraphs of plain sentences. */
export function makeDocument(id: string, title: string, paragraphs: string[], scope: Scope = GLOBAL_SCOPE): KnowledgeDocument {
  return buildDocument({ id, title, paragraphs, publisher: "Test Gazette" }, scope);
}
