/** A server id, or "global" for documents every server sees. */
export type Scope = string;
export const GLOBAL_SCOPE: Scope = "global";

/** Where a document comes from, as a citation shows it. */
export interface DocumentSource {
  /** Stable id, unique in the whole store. */
  id: string;
  /** The headline, or a moderator's title. */
  title: string;
  /** Who published it ("The Guardian"); absent for moderator notes. */
  publisher?: string;
  /** The site it was published on ("theguardian.com"). */
  site?: string;
  /** A link to the original, when there is one. */
  url?: string;
}

/** A document as written: metadata and body paragraphs, before it is split into sentences. */
export interface DocumentDraft extends DocumentSource {
  paragraphs: string[];
}

/**
 * One citable sentence. Paragraph 0 is the title; body paragraphs count from 1, sentences from 1.
 * Its context (the paragraph it sits in) is `document.paragraphs[paragraph - 1]`.
 */
export interface Sentence {
  ref: string;
  documentId: string;
  paragraph: number;
  sentence: number;
  text: string;
}

/** A document as the index reads it: where it comes from, who sees it, and its sentences. */
export interface SearchableDocument extends DocumentSource {
  scope: Scope;
  sentences: Sentence[];
}

/** A document split into sentences, ready to index and to store. */
export interface KnowledgeDocument extends DocumentDraft, SearchableDocument {}

/** The stable locator of a sentence: `doc-id#p2.s1`. */
export function sentenceRef(documentId: string, paragraph: number, sentence: number): string {
  return `${documentId}#p${paragraph}.s${sentence}`;
}

/** The article's first body sentence, which news writes as the story's summary. */
export function isLede(sentence: Sentence): boolean {
  return sentence.paragraph === 1 && sentence.sentence === 1;
}
