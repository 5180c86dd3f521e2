// npm run eval:quick: the same question sets as npm run eval, scored in one process (seconds, not
// minutes) by the same rules as score.mjs, with a total over them all, then the folders' sets and
// the off-topic chat again with every article in one knowledge base. `--misses` prints every
// question not answered right first, and each unanswerable one answered, for learning from.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { answerQuestion } from "../src/answer/answer-question.ts";
import { buildDocument } from "../src/knowledge/build-document.ts";
import { loadBuiltinDocuments } from "../src/knowledge/builtin.ts";
import { GLOBAL_SCOPE } from "../src/knowledge/document.ts";
import { parseDocument } from "../src/knowledge/parse-document.ts";
import { KnowledgeBase } from "../src/search/knowledge-base.ts";
import { DEV_SET, FIXTURE_FOLDERS, OFF_TOPIC_CHAT, SEED_SETS } from "./eval-sets.ts";

interface Question {
  q: string;
  gold: string[];
  kind: string;
}

interface Tally {
  answerable: number;
  first: number;
  inThree: number;
  refusedWrongly: number;
  unanswerable: number;
  unanswerableRefused: number;
  offTopic: number;
  offTopicRefused: number;
}

const LABEL_WIDTH = 52;
const showMisses = process.argv.includes("--misses");

// As score.mjs compares: curly quotes straight, runs of white space one space, case ignored.
function normalized(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, " ").toLowerCase();
}

function emptyTally(): Tally {
  return { answerable: 0, first: 0, inThree: 0, refusedWrongly: 0, unanswerable: 0, unanswerableRefused: 0, offTopic: 0, offTopicRefused: 0 };
}

function questionsOf(file: string): Question[] {
  return readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as Question);
}

function setsIn(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith(".jsonl")).sort();
}

function articlesIn(folder: string): string[] {
  const articles = join(folder, "articles");
  return readdirSync(articles).map((name) => join(articles, name));
}

function knowledgeWith(articleFiles: string[]): KnowledgeBase {
  const knowledge = new KnowledgeBase();
  for (const document of loadBuiltinDocuments()) knowledge.add(document);
  for (const file of articleFiles) knowledge.add(buildDocument(parseDocument(readFileSync(file, "utf8"), file.split("/").at(-1) ?? file), GLOBAL_SCOPE));
  return knowledge;
}

/** Asks a question set of the knowledge base, printing its misses when asked to. */
function score(knowledge: KnowledgeBase, file: string): Tally {
  const tally = emptyTally();
  for (const { q, gold, kind } of questionsOf(file)) {
    const answer = answerQuestion(knowledge, q);
    const texts = answer.answered ? answer.citations.map((citation) => normalized(citation.text)) : [];
    if (gold.length === 0) {
      const offTopic = kind === "offtopic";
      if (offTopic) tally.offTopic++;
      else tally.unanswerable++;
      if (!answer.answered) {
        if (offTopic) tally.offTopicRefused++;
        else tally.unanswerableRefused++;
      } else if (showMisses) console.log(`  answered [${kind}] ${q}\n    → ${texts[0]?.slice(0, 120)}`);
      continue;
    }
    tally.answerable++;
    const wanted = gold.map(normalized);
    const rank = texts.findIndex((text) => wanted.some((part) => text.includes(part)));
    if (!answer.answered) tally.refusedWrongly++;
    if (rank === 0) tally.first++;
    if (rank >= 0 && rank < 3) tally.inThree++;
    if (showMisses && rank !== 0) console.log(`  missed [${kind}] ${q}\n    → ${answer.answered ? texts[0]?.slice(0, 120) : "(not found)"}\n    wanted: ${wanted[0]?.slice(0, 100)}`);
  }
  return tally;
}

function addTo(total: Tally, tally: Tally): void {
  for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += tally[key];
}

function report(label: string, tally: Tally): void {
  console.log(`${label.padEnd(LABEL_WIDTH - 1)} ${summary(tally)}`);
}

/** Scores a set, prints its line and adds it to the total. */
function scoreInto(total: Tally, knowledge: KnowledgeBase, file: string, label: string): void {
  const tally = score(knowledge, file);
  report(label, tally);
  addTo(total, tally);
}

function share(part: number, whole: number): string {
  return whole === 0 ? "—" : (part / whole).toFixed(3);
}

function summary(tally: Tally): string {
  return [
    `top1=${share(tally.first, tally.answerable)} (${tally.first}/${tally.answerable})`,
    `top3=${share(tally.inThree, tally.answerable)}`,
    `false_refusal=${share(tally.refusedWrongly, tally.answerable)} (${tally.refusedWrongly})`,
    `refused_hard=${tally.unanswerableRefused}/${tally.unanswerable}`,
    `refused_offtopic=${tally.offTopicRefused}/${tally.offTopic}`,
  ].join(" ");
}

const total = emptyTally();
const seedOnly = knowledgeWith([]);
scoreInto(total, seedOnly, DEV_SET, "dev set, seed article only");
for (const set of setsIn(SEED_SETS)) scoreInto(total, seedOnly, join(SEED_SETS, set), `seed-questions/${set}, seed article only`);
for (const folder of FIXTURE_FOLDERS) {
  const knowledge = knowledgeWith(articlesIn(folder));
  for (const set of setsIn(folder)) scoreInto(total, knowledge, join(folder, set), `${folder.split("/").at(-1)}/${set}`);
}
report("all of the above", total);
// Kept out of the total: only its refusals count, and they would swamp the others.
report("off-topic chat, seed article only", score(seedOnly, OFF_TOPIC_CHAT));
// A busy server holds dozens of articles, where some sentence of another shares a question's
// words far more often than among a folder's few: the folders' sets again, every article loaded.
const everyArticle = knowledgeWith(FIXTURE_FOLDERS.flatMap(articlesIn));
const together = emptyTally();
for (const folder of FIXTURE_FOLDERS) for (const set of setsIn(folder)) addTo(together, score(everyArticle, join(folder, set)));
report("the folders' sets, every article in one base", together);
report("off-topic chat, every article in one base", score(everyArticle, OFF_TOPIC_CHAT));
