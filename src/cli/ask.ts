import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { answerQuestion } from "../answer/answer-question.ts";
import type { Answer } from "../answer/answer.ts";
import { DEFAULT_CITATION_LIMIT, questionProblem } from "../answer/question.ts";
import { GLOBAL_SCOPE } from "../knowledge/document.ts";
import { serverIdProblem } from "../library/validate-input.ts";
import type { KnowledgeBase } from "../search/knowledge-base.ts";
import { EXIT, UsageError, type CommandIo } from "./io.ts";

export const ASK_HELP = `Usage: ask [QUESTION] [options]

Answers a question from the knowledge base with the sentences that answer it, each cited
(source, paragraph, sentence). Without QUESTION, answers each line of standard input in order.

Options:
  --json        print one JSON object a line:
                {"question", "answered", "citations": [{"text", "source", "ref", "score", ...}]}
  --top N       at most N citations (default ${DEFAULT_CITATION_LIMIT})
  --guild ID    answer from the global documents plus that server's (default: global only)
  --document ID answer from that one document only (its id, as kb list shows it)
  --conversation
                with standard input, read the lines as one asker's conversation: a question
                leans on the document of the answer before it, as the bot's /ask does
  -h, --help    show this help

Environment: DATA_DIR  where the knowledge store lives (default ./data)

Examples:
  npm run ask -- "Who led the Hamas delegation to Moscow?"
  printf 'Who is Bogdanov?\\nWhat did Putin warn about?\\n' | npx tsx src/cli.ts ask --json`;

/** Not found, as the CLI says it. */
export const NOT_FOUND_LINE = "Not found in the knowledge base: no sentence there answers this question.";
const MAX_TOP = 25;

interface AskOptions {
  json: boolean;
  top: number;
  scope: string;
  documentId: string | undefined;
  conversation: boolean;
}

function parseAskArgs(argv: string[]): { options: AskOptions; question: string | undefined; help: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      top: { type: "string" },
      guild: { type: "string" },
      document: { type: "string" },
      conversation: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const top = values.top === undefined ? DEFAULT_CITATION_LIMIT : Number(values.top);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) {
    throw new UsageError(`ask: --top must be a whole number from 1 to ${MAX_TOP}, not "${values.top}"`);
  }
  const guildProblem = values.guild === undefined ? undefined : serverIdProblem(values.guild);
  if (guildProblem) throw new UsageError(`ask: ${guildProblem}`);
  return {
    options: { json: values.json, top, scope: values.guild ?? GLOBAL_SCOPE, documentId: values.document?.trim(), conversation: values.conversation },
    question: positionals.length > 0 ? positionals.join(" ") : undefined,
    help: values.help,
  };
}

function formatAnswer(answer: Answer): string {
  if (!answer.answered) return `${answer.question}\n  ${NOT_FOUND_LINE}\n`;
  const lines = answer.citations.map(
    (citation, index) =>
      `  ${index + 1}. “${citation.text}”\n     — ${citation.source}, paragraph ${citation.paragraph}, ` +
      `sentence ${citation.sentence} [${citation.ref}]${citation.url ? ` ${citation.url}` : ""}`,
  );
  return `${answer.question}\n${lines.join("\n")}\n`;
}

/** Runs `ask`: one question from the arguments, or one per line of standard input. */
export async function runAskCommand(
  argv: string[],
  io: CommandIo,
  openKnowledge: () => Promise<{ knowledge: KnowledgeBase; close(): Promise<void> }>,
): Promise<number> {
  const { options, question, help } = parseAskArgs(argv);
  if (help) {
    io.stdout.write(`${ASK_HELP}\n`);
    return EXIT.ok;
  }
  if (question !== undefined) {
    const problem = questionProblem(question);
    if (problem) throw new UsageError(`ask: ${problem}`);
  }
  const library = await openKnowledge();
  try {
    const { documentId, scope } = options;
    if (documentId !== undefined && !library.knowledge.sees(documentId, scope)) {
      throw new UsageError(`ask: no document "${documentId}" here (kb list shows the documents)`);
    }
    // The document of the last answer, which the next question may follow (see --conversation).
    let followed: string | undefined;
    const answerOne = (text: string): boolean => {
      const problem = questionProblem(text);
      if (problem) {
        if (options.json) io.stdout.write(`${JSON.stringify({ question: text, answered: false, citations: [], error: problem })}\n`);
        else io.stderr.write(`ask: ${problem}\n`);
        return false;
      }
      const followsDocumentId = options.conversation ? followed : undefined;
      const answer = answerQuestion(library.knowledge, text.trim(), { scope, documentId, followsDocumentId, limit: options.top });
      if (answer.answered) followed = answer.citations[0]?.documentId;
      io.stdout.write(options.json ? `${JSON.stringify(answer)}\n` : formatAnswer(answer));
      return true;
    };
    if (question !== undefined) {
      answerOne(question);
      return EXIT.ok;
    }
    let allValid = true;
    for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
      if (line.trim() === "") continue;
      allValid = answerOne(line) && allValid;
    }
    return allValid ? EXIT.ok : EXIT.failed;
  } finally {
    await library.close();
  }
}
