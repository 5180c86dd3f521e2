import { createHash } from "node:crypto";
import { sentenceRef, type KnowledgeDocument } from "../knowledge/document.ts";
import { slugify } from "../knowledge/parse-document.ts";

/** Longest document id; matches what slugify produces, so a suffix never makes an id longer. */
export const MAX_DOCUMENT_ID_LENGTH = 64;
/** The id a document gets when its title has no letters or digits in ASCII (all Cyrillic, say). */
export const FALLBACK_DOCUMENT_ID = "document";

const PARAGRAPH_BREAK = "\n\n";

/** The stored form of a body: paragraphs with their inner whitespace collapsed, joined by blank lines. */
export function documentText(paragraphs: readonly string[]): string {
  return paragraphs.map((paragraph) => paragraph.replace(/\s+/g, " ").trim()).join(PARAGRAPH_BREAK);
}

/** The paragraphs back from the stored text; the exact inverse of documentText for non-empty paragraphs. */
export function paragraphsOf(text: string): string[] {
  return text === "" ? [] : text.split(PARAGRAPH_BREAK);
}

/** The hash that finds duplicates: SHA-256 of the stored text in Unicode NFC, so invisible encoding differences do not count. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.normalize("NFC"), "utf8").digest("hex");
}

/** The first id free for a wish: its slug, else `slug-2`, `slug-3`, ... cut to fit the length limit. */
export function uniqueDocumentId(wish: string, isTaken: (id: string) => boolean): string {
  const base = slugify(wish).slice(0, MAX_DOCUMENT_ID_LENGTH) || FALLBACK_DOCUMENT_ID;
  if (!isTaken(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_DOCUMENT_ID_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/** The same document under another id: its sentences' documentId and ref follow. */
export function withDocumentId(document: KnowledgeDocument, id: string): KnowledgeDocument {
  if (document.id === id) return document;
  return {
    ...document,
    id,
    sentences: document.sentences.map((sentence) => ({
      ...sentence,
      documentId: id,
      ref: sentenceRef(id, sentence.paragraph, sentence.sentence),
    })),
  };
}
