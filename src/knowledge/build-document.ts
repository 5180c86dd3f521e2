import { sentenceRef, type DocumentDraft, type KnowledgeDocument, type Scope, type Sentence } from "./document.ts";
import { splitSentences } from "./split-sentences.ts";

/** Splits a draft into citable sentences: the title is paragraph 0, body paragraphs count from 1. */
export function buildDocument(draft: DocumentDraft, scope: Scope): KnowledgeDocument {
  const sentences: Sentence[] = [];
  const blocks = [draft.title, ...draft.paragraphs];
  blocks.forEach((block, paragraph) => {
    splitSentences(block).forEach((text, index) => {
      sentences.push({
        ref: sentenceRef(draft.id, paragraph, index + 1),
        documentId: draft.id,
        paragraph,
        sentence: index + 1,
        text,
      });
    });
  });
  return { ...draft, scope, sentences };
}
