import type { SearchableDocument } from "../knowledge/document.ts";

/** One quoted sentence and where it comes from. */
export interface Citation {
  text: string;
  /** Human-readable source: "The Guardian: <title>", or the title alone. */
  source: string;
  /** The sentence's stable locator (`doc-id#p2.s1`). */
  ref: string;
  /** How well the sentence answers the question, 0 to 1. */
  score: number;
  documentId: string;
  title: string;
  publisher?: string;
  url?: string;
  paragraph: number;
  sentence: number;
}

/** What the bot says to a question: the citations best first, or not answered. */
export interface Answer {
  question: string;
  answered: boolean;
  citations: Citation[];
}

/** The source line of a citation: publisher and title when both are known. */
export function describeSource(document: Pick<SearchableDocument, "title" | "publisher">): string {
  return document.publisher ? `${document.publisher}: ${document.title}` : document.title;
}
