import { normalizeText } from "./text.ts";

/** What kind of thing a question asks for, when its wording says so. */
export type AnswerType = "quantity" | "date" | "name" | "place" | "any";

// Checked in order: "how many" before "who", "what year" before the general cases.
const QUESTION_PATTERNS: readonly [RegExp, AnswerType][] = [
  [/\bhow (many|much)\b|\bwhat (number|amount|percentage)\b/, "quantity"],
  [/\bwhen\b|\bwhat (year|date|day|month|time)\b|\bhow long ago\b|\bsince when\b/, "date"],
  [/\bwhere\b|\bwhich (city|country|place|region)\b/, "place"],
  [/\bwho(m|se)?\b/, "name"],
];

/** The answer type a question's wording asks for ("how many" → quantity). */
export function expectedAnswerType(question: string): AnswerType {
  const text = normalizeText(question);
  return QUESTION_PATTERNS.find(([pattern]) => pattern.test(text))?.[1] ?? "any";
}

const NUMBER_WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|several|first|second|third|fourth|fifth|half)\b/i;
const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const DATE_WORDS = new RegExp(
  `\\b(${MONTHS}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|week|month|year|decade|century|since|ago|until)\\b|\\b1[5-9]\\d\\d\\b|\\b20\\d\\d\\b`,
  "i",
);
// A capitalised word that does not start the sentence or follow an opening quote: a name.
const NAME_INSIDE_SENTENCE = /[^\s“"'‘(]\s+[A-Z][a-z]+/;

/** Which answer types a sentence can satisfy, from its surface: digits, dates, names. */
export function answerTypesOf(sentence: string): Set<AnswerType> {
  const types = new Set<AnswerType>(["any"]);
  if (/\d/.test(sentence) || NUMBER_WORDS.test(sentence)) types.add("quantity");
  if (DATE_WORDS.test(sentence)) types.add("date");
  if (NAME_INSIDE_SENTENCE.test(sentence)) {
    types.add("name");
    types.add("place");
  }
  return types;
}
