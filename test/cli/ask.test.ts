import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GLOBAL_SCOPE } from "../../src/knowledge/document.ts";
import { draftFromText } from "../../src/library/ingest.ts";
import { openLibrary } from "../../src/library/library.ts";
import { runCli } from "../support/run-cli.ts";

const dataDir = mkdtempSync(join(tmpdir(), "ask-cli-"));
const env = { DATA_DIR: dataDir };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("ask command line", () => {
  it("prints the quoted sentence with its source, paragraph and sentence", async () => {
    const result = await runCli(["ask", "Who headed the Hamas delegation?"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("“Mousa Abu Marzook, a founder and political leader of Hamas, headed the delegation");
    expect(result.stdout).toMatch(/The Guardian: .*, paragraph 2, sentence 1/);
  });

  it("says not found for an off-topic question", async () => {
    const result = await runCli(["ask", "How do I bake sourdough bread?"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Not found in the knowledge base/);
  });

  it("prints one JSON object with the contract's fields", async () => {
    const result = await runCli(["ask", "--json", "--top", "2", "What did Putin warn Israel about?"], { env });
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({ question: "What did Putin warn Israel about?", answered: true });
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.length).toBeLessThanOrEqual(2);
    expect(answer.citations[0]).toMatchObject({ text: expect.stringContaining("issued a warning"), source: expect.any(String), ref: expect.stringMatching(/#p\d+\.s\d+$/), score: expect.any(Number) });
  });

  it("answers every line of standard input in order", async () => {
    const questions = ["Who wrote Hamlet?", "How many hostages are Russian?", "", "When did the foreign ministry start meeting Hamas delegations?"];
    const result = await runCli(["ask", "--json"], { input: questions.join("\n"), env });
    const answers = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(answers.map((answer) => answer.question)).toEqual([questions[0], questions[1], questions[3]]);
    expect(answers.map((answer) => answer.answered)).toEqual([false, true, true]);
    expect(answers[2].citations[0].text).toContain("since 2006");
  });

  it("rejects an over-long question with one clear line", async () => {
    const result = await runCli(["ask", "why ".repeat(100)], { env });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/limit is 300/)]);
  });

  it("rejects a bad option value and an unknown option with exit code 2", async () => {
    for (const args of [["ask", "--top", "zero", "x"], ["ask", "--nope", "x"], ["frobnicate"]]) {
      const result = await runCli(args, { env });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("answers from one document with --document, and names a document it does not have", async () => {
    const answered = await runCli(["ask", "--json", "--document", "guardian-hamas-moscow-visit", "Who is Bogdanov?"], { env });
    expect(answered.code).toBe(0);
    const citations = (JSON.parse(answered.stdout) as { citations: { documentId: string }[] }).citations;
    expect(citations.length).toBeGreaterThan(0);
    expect(citations.every((citation) => citation.documentId === "guardian-hamas-moscow-visit")).toBe(true);

    const unknown = await runCli(["ask", "--document", "no-such-article", "Who is Bogdanov?"], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe('ask: no document "no-such-article" here (kb list shows the documents)');
  });

  it("reads standard input as one conversation with --conversation: a question leans on the article of the answer before", async () => {
    const conversationEnv = { DATA_DIR: mkdtempSync(join(tmpdir(), "ask-cli-conversation-")) };
    const articles = {
      "reef.md": "---\ntitle: Heat-tolerant coral found off Kestrel Bay\n---\n\nA heat-tolerant coral has been found off Kestrel Bay by marine scientists.\n\nThe study was led by Professor Tom Hale, who heads the university's reef centre.\n",
      "moths.md": "---\ntitle: Amber street lights spare moths\n---\n\nAmber street lights attract far fewer moths than white ones, researchers say.\n\nThe study was led by Dr Ana Ruiz, an ecologist.\n",
    };
    try {
      for (const [name, text] of Object.entries(articles)) {
        const file = join(conversationEnv.DATA_DIR, name);
        writeFileSync(file, text);
        expect((await runCli(["kb", "add", "--file", file], { env: conversationEnv })).code).toBe(0);
      }
      const leaderAfter = async (opening: string): Promise<string> => {
        const result = await runCli(["ask", "--json", "--conversation"], { input: `${opening}\nWho led the study?\n`, env: conversationEnv });
        const answers = result.stdout.trim().split("\n").map((line) => JSON.parse(line) as { citations: { text: string }[] });
        return answers[1]?.citations[0]?.text ?? "";
      };
      expect(await leaderAfter("Where was the heat-tolerant coral found?")).toContain("Professor Tom Hale");
      expect(await leaderAfter("Do amber street lights attract fewer moths?")).toContain("Dr Ana Ruiz");
    } finally {
      rmSync(conversationEnv.DATA_DIR, { recursive: true, force: true });
    }
    // Four real processes, each loading the engine: more than the default on a busy machine.
  }, 90_000);

  it("ends quietly when its reader stops early, as a pipe into head does", async () => {
    const questions = Array.from({ length: 40 }, () => "Who is Bogdanov?").join("\n");
    const result = await runCli(["ask"], { input: questions, env, stopReadingEarly: true });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("saves its index beside the store: the next run restores it, and one after a document was added indexes it", async () => {
    const folder = mkdtempSync(join(tmpdir(), "ask-cli-snapshot-"));
    try {
      const folderEnv = { DATA_DIR: folder };
      const snapshot = join(folder, "index-snapshot.bin");
      const first = await runCli(["ask", "--json", "Who is Bogdanov?"], { env: folderEnv });
      const savedAt = statSync(snapshot).mtimeMs;
      const again = await runCli(["ask", "--json", "Who is Bogdanov?"], { env: folderEnv });
      expect(again.stdout).toBe(first.stdout);
      // Restored whole, so nothing new to save.
      expect(statSync(snapshot).mtimeMs).toBe(savedAt);
      const note = join(folder, "ferry.md");
      writeFileSync(note, "# Ferry notes\n\nThe Tarrow ferry will stop sailing on 3 March, the operator said.\n");
      expect((await runCli(["kb", "add", "--file", note], { env: folderEnv })).code).toBe(0);
      const added = await runCli(["ask", "--json", "When will the Tarrow ferry stop sailing?"], { env: folderEnv });
      expect(JSON.parse(added.stdout).citations[0].text).toContain("3 March");
      expect(statSync(snapshot).mtimeMs).toBeGreaterThan(savedAt);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("builds its index whole over one the bot patched, so its answers depend on the store alone", async () => {
    const folder = mkdtempSync(join(tmpdir(), "ask-cli-patched-"));
    try {
      // As the bot leaves it: its saved index patched with a document added and one removed since.
      const bot = await openLibrary({ dataDir: folder, saveIndexSnapshot: true });
      await bot.addDocument({ draft: draftFromText({ title: "Ferry notes", text: "The Tarrow ferry will stop on 3 March." }), scope: GLOBAL_SCOPE, addedBy: "test", action: "add" });
      const removed = await bot.addDocument({ draft: draftFromText({ title: "Harbour notes", text: "Ines Moreau runs the harbour." }), scope: GLOBAL_SCOPE, addedBy: "test", action: "add" });
      await bot.removeDocument(removed.id, GLOBAL_SCOPE, "test");
      await bot.close();
      const snapshot = join(folder, "index-snapshot.bin");
      const patchedAt = statSync(snapshot).mtimeMs;
      const result = await runCli(["ask", "--json", "When will the Tarrow ferry stop?"], { env: { DATA_DIR: folder } });
      expect(JSON.parse(result.stdout).citations[0].text).toContain("3 March");
      // Built whole and saved again, though the bot's copy covered every stored document.
      expect(statSync(snapshot).mtimeMs).toBeGreaterThan(patchedAt);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("explains itself with --help", async () => {
    const result = await runCli(["ask", "--help"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--json[\s\S]*--top N[\s\S]*--guild ID[\s\S]*--document ID[\s\S]*--conversation/);
  });
});
