import { english } from "./english.ts";

// wink-nlp's English model knows abbreviations, initials, decimals and quotes, which a regular
// expression gets wrong on news text ("Oct. 7", "J. R. R.", "1.8 billion", “...,” he said.).

/** Splits a paragraph into sentences, trimmed, none empty. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, " ").trim();
  if (text === "") return [];
  return english
    .readDoc(text)
    .sentences()
    .out()
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "");
}

/** Splits a body into paragraphs at blank lines; lines inside a paragraph are joined. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph !== "");
}
