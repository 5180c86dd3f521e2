import { contentWords, normalizeText } from "./text.ts";

// "Besides fewer admissions, what other benefits…?", "what else do they do apart from breeding?":
// the phrase after "besides", "apart from", "aside from", "other than", "in addition to" or "except
// (for)" names what the asker already knows, up to a comma, a question word or the end.
const EXCEPTED_PHRASE =
  /\b(?:besides|apart from|aside from|other than|in addition to|except(?: for)?)\s+((?:(?!\b(?:what|which|who|whom|whose|where|when|why|how)\b)[^,;:?!])+)/g;

/** The content words of what a question sets aside as already known ("fewer", "admissions" in "Besides fewer admissions, what…"). */
export function exceptedWords(question: string): string[] {
  return [...normalizeText(question).matchAll(EXCEPTED_PHRASE)].flatMap((match) => contentWords(match[1] ?? ""));
}
