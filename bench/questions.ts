import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The development questions shared by the eval and the bench (outside this repository). */
export const DEV_QUESTIONS_FILE = fileURLToPath(new URL("../../shared/eval/dev-questions.jsonl", import.meta.url));

/** One line of a question set: gold substrings of a right first answer; none when unanswerable. */
export interface EvalQuestion {
  q: string;
  gold: string[];
  kind: string;
}

/** Reads a JSON-lines question set. */
export function readQuestions(file: string = DEV_QUESTIONS_FILE): EvalQuestion[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      const item = JSON.parse(line) as Partial<EvalQuestion>;
      if (typeof item.q !== "string" || !Array.isArray(item.gold)) {
        throw new Error(`bench: ${file} line ${index + 1} is not {"q", "gold", "kind"}`);
      }
      return { q: item.q, gold: item.gold.map(String), kind: item.kind ?? "unknown" };
    });
}

/** The normalisation of ../shared/eval/score.mjs: straight quotes, one space, lower case. */
export function normalizeForScoring(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** Whether a first answer holds one of the question's gold substrings (as score.mjs counts top-1). */
export function isRightFirstAnswer(question: EvalQuestion, firstText: string | undefined): boolean {
  if (firstText === undefined) return false;
  const text = normalizeForScoring(firstText);
  return question.gold.some((gold) => text.includes(normalizeForScoring(gold)));
}

/**
 * Picks `cap` questions spread evenly over the set (so every kind of question stays in), in order;
 * all of them when `cap` is not smaller.
 */
export function spreadSample<T>(items: readonly T[], cap: number): T[] {
  if (cap >= items.length) return [...items];
  return Array.from({ length: cap }, (_, i) => items[Math.floor((i * items.length) / cap)] as T);
}
