import { buildDocument } from "../knowledge/build-document.ts";
import type { DocumentDraft, Scope } from "../knowledge/document.ts";
import { parseDocument, slugify } from "../knowledge/parse-document.ts";
import { splitParagraphs } from "../knowledge/split-sentences.ts";
import type { AddAction, KnowledgeStore, StoredDocument, StoreWrite } from "../store/store.ts";
import {
  INPUT_MESSAGES,
  InputError,
  decodeDocumentFile,
  sourceUrlProblem,
  textProblem,
  titleProblem,
} from "./validate-input.ts";

/** What a moderator types into /kb add. */
export interface TypedDocument {
  title: string;
  text: string;
  url?: string;
}

/** A document file with an optional title and source that override its own. */
export interface DocumentFile {
  name: string;
  bytes: Uint8Array;
  title?: string;
  url?: string;
}

function checked(problem: string | undefined, detail: string): void {
  if (problem) throw new InputError(problem, `${detail}: ${problem}`);
}

function withSource(draft: DocumentDraft, url: string | undefined): DocumentDraft {
  if (url === undefined || url.trim() === "") return draft;
  checked(sourceUrlProblem(url), `source ${url}`);
  return { ...draft, url: url.trim() };
}

/** A draft from typed text (the /kb add modal): title and text checked, id from the title. Throws InputError. */
export function draftFromText(input: TypedDocument): DocumentDraft {
  checked(titleProblem(input.title), `title ${JSON.stringify(input.title)}`);
  checked(textProblem(input.text), "text");
  const title = input.title.trim();
  return withSource({ id: slugify(title), title, paragraphs: splitParagraphs(input.text) }, input.url);
}

/**
 * A draft from a .txt or .md file (CLI add and import, /kb import): UTF-8, at most 1 MB, title
 * from the front matter, the first heading or the file name unless one is given. Throws InputError.
 */
export function draftFromFile(file: DocumentFile): DocumentDraft {
  const text = decodeDocumentFile(file.name, file.bytes);
  let parsed: DocumentDraft;
  try {
    parsed = parseDocument(text, file.name);
  } catch (error) {
    throw new InputError(INPUT_MESSAGES.unreadableFrontMatter(file.name), `file ${file.name}: ${String(error)}`);
  }
  if (parsed.paragraphs.length === 0) throw new InputError(INPUT_MESSAGES.emptyFile(file.name), `file ${file.name} has a title but no text`);
  let draft = parsed;
  if (file.title !== undefined) {
    checked(titleProblem(file.title), `title ${JSON.stringify(file.title)}`);
    const title = file.title.trim();
    // An id written in the front matter stays; an id derived from the old title follows the new one.
    const id = parsed.id === slugify(parsed.title) ? slugify(title) : parsed.id;
    draft = { ...parsed, id, title };
  } else {
    checked(titleProblem(parsed.title), `file ${file.name}: title`);
  }
  return withSource(draft, file.url ?? parsed.url);
}

/** Who adds a draft, where, and how. */
export interface AddDraftInput {
  draft: DocumentDraft;
  scope: Scope;
  addedBy: string;
  action: AddAction;
}

/** Splits a draft into sentences and stores it in one transaction; the store makes the id unique. */
export async function storeDraft(store: KnowledgeStore, input: AddDraftInput): Promise<StoreWrite<StoredDocument>> {
  return store.addDocument({ document: buildDocument(input.draft, input.scope), addedBy: input.addedBy, action: input.action });
}
