import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GLOBAL_SCOPE } from "../../src/knowledge/document.ts";
import { openLibrary } from "../../src/library/library.ts";
import type { DocumentSummary } from "../../src/store/store.ts";
import { SERVER_A, SERVER_B, openStoreIn, tempFolder } from "../store/temp-store.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI_ENTRY = "src/cli.ts";
const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const SEED_ID = "guardian-hamas-moscow-visit";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let folder: ReturnType<typeof tempFolder>;

beforeEach(() => {
  folder = tempFolder("kb-cli-");
});

afterEach(() => {
  folder.remove();
});

/** Runs the real CLI entry (src/cli.ts, through tsx's loader in one process) with DATA_DIR in the temp folder. */
function kb(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", CLI_ENTRY, "kb", ...args],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: folder.dir }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function listed(...args: string[]): Promise<DocumentSummary[]> {
  const run = await kb("list", "--json", ...args);
  expect(run).toMatchObject({ code: 0, stderr: "" });
  return JSON.parse(run.stdout) as DocumentSummary[];
}

describe("kb add", () => {
  it("prints only the new id of an added file", async () => {
    const run = await kb("add", "--file", `${FIXTURES}kb-import/falcon-sanctuary.md`);
    expect(run).toEqual({ code: 0, stdout: "falcon-sanctuary-opens-in-zarqa\n", stderr: "" });
  });

  it("stores the given title, source and server", async () => {
    const run = await kb("add", "--file", `${FIXTURES}kb-note.txt`, "--title", "Skerry Isle", "--source", "https://example.org/skerry", "--guild", SERVER_A);
    expect(run.stdout).toBe("skerry-isle\n");
    expect((await listed("--guild", SERVER_A)).find((d) => d.id === "skerry-isle")).toMatchObject({
      scope: SERVER_A,
      title: "Skerry Isle",
      url: "https://example.org/skerry",
      sentenceCount: 2,
      builtin: false,
    });
  });

  it("refuses the same text twice, naming the document that has it", async () => {
    await kb("add", "--file", `${FIXTURES}kb-note.txt`);
    const run = await kb("add", "--file", `${FIXTURES}kb-note.txt`, "--title", "Again");
    expect(run).toEqual({ code: 1, stdout: "", stderr: 'kb add: This text is already stored as document "kb-note".\n' });
  });

  it("refuses a source that is not http(s) and stores nothing", async () => {
    const run = await kb("add", "--file", `${FIXTURES}kb-note.txt`, "--source", "ftp://example.org/x");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('kb add: The source "ftp://example.org/x" is not a web address: it must start with http:// or https://.\n');
    expect((await listed()).map((d) => d.id)).toEqual([SEED_ID]);
  });

  it("refuses a file that is not UTF-8 and stores nothing", async () => {
    const run = await kb("add", "--file", `${FIXTURES}kb-import-bad/latin1.txt`);
    expect(run).toEqual({ code: 1, stdout: "", stderr: 'kb add: The file "latin1.txt" is not UTF-8 text.\n' });
    expect((await listed()).map((d) => d.id)).toEqual([SEED_ID]);
  });

  it("says in one line that a file does not exist", async () => {
    const run = await kb("add", "--file", `${folder.dir}/missing.md`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^kb add: cannot read ".*missing\.md": no such file or folder\.\n$/);
  });
});

describe("kb import", () => {
  it("adds every .txt and .md file and ends with the counts", async () => {
    const run = await kb("import", `${FIXTURES}kb-import`, "--guild", SERVER_A);
    expect(run).toEqual({
      code: 0,
      stdout: "added falcon-sanctuary-opens-in-zarqa (falcon-sanctuary.md)\nadded river-survey (river-survey.txt)\nadded: 2, skipped: 0, refused: 0\n",
      stderr: "",
    });
    expect((await listed("--guild", SERVER_A)).filter((d) => d.scope === SERVER_A).map((d) => d.id)).toEqual([
      "falcon-sanctuary-opens-in-zarqa",
      "river-survey",
    ]);
  });

  it("skips and counts files already stored when run again", async () => {
    await kb("import", `${FIXTURES}kb-import`);
    const run = await kb("import", `${FIXTURES}kb-import`);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n").at(-1)).toBe("added: 0, skipped: 2, refused: 0");
    expect(run.stdout).toContain("skipped river-survey.txt: already stored as river-survey");
  });

  it("skips a copied news page of an article already stored, though the page adds its headline and links", async () => {
    // The seed article as copied from the web: headline, text, "Source:" line, then links.
    const page = readFileSync(`${ROOT}../shared/seed/000_1b10641f0375aade.txt`, "utf8");
    mkdirSync(`${folder.dir}/pages`);
    writeFileSync(`${folder.dir}/pages/000_1b10.txt`, page);
    const run = await kb("import", `${folder.dir}/pages`);
    expect(run.stdout).toBe(`skipped 000_1b10.txt: already stored as ${SEED_ID}\nadded: 0, skipped: 1, refused: 0\n`);
  });

  it("exits 1 when a file is refused, naming each refused file, and keeps the good ones", async () => {
    const run = await kb("import", `${FIXTURES}kb-import-bad`);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split("\n").at(-1)).toBe("added: 1, skipped: 0, refused: 2");
    expect(run.stderr).toBe('refused blank.txt: The file "blank.txt" has no text.\nrefused latin1.txt: The file "latin1.txt" is not UTF-8 text.\n');
    expect((await listed()).map((d) => d.id)).toEqual([SEED_ID, "falcon-sanctuary-opens-in-zarqa"]);
  });

  it("says in one line that a folder does not exist", async () => {
    const run = await kb("import", `${folder.dir}/nowhere`);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("kb list and kb remove", () => {
  it("lists the global documents, and with --guild that server's too but never another's", async () => {
    await kb("add", "--file", `${FIXTURES}kb-note.txt`, "--guild", SERVER_A);
    expect((await listed()).map((d) => d.id)).toEqual([SEED_ID]);
    expect((await listed("--guild", SERVER_A)).map((d) => d.id)).toEqual([SEED_ID, "kb-note"]);
    expect((await listed("--guild", SERVER_B)).map((d) => d.id)).toEqual([SEED_ID]);
  });

  it("lists documents as a table with id, scope, sentences, who and when", async () => {
    const run = await kb("list");
    expect(run.code).toBe(0);
    const [header, row] = run.stdout.trim().split("\n");
    expect(header).toMatch(/^ID\s+SCOPE\s+SENTENCES\s+ADDED BY\s+ADDED AT \(UTC\)\s+TITLE$/);
    expect(row).toMatch(new RegExp(`^${SEED_ID}\\s+global \\(built-in\\)\\s+\\d+\\s+knowledge/\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+A group from Hamas`));
  });

  it("removes a document of the server, says so, and records who removed it", async () => {
    await kb("add", "--file", `${FIXTURES}kb-note.txt`, "--guild", SERVER_A);
    const run = await kb("remove", "kb-note", "--guild", SERVER_A);
    expect(run).toEqual({ code: 0, stdout: "removed kb-note\n", stderr: "" });
    expect((await listed("--guild", SERVER_A)).map((d) => d.id)).toEqual([SEED_ID]);
    const store = await openStoreIn(folder.dir);
    try {
      expect((await store.auditLog({ scope: SERVER_A })).map((e) => e.action)).toEqual(["remove", "add"]);
      expect((await store.auditLog({ scope: SERVER_A }))[0]?.actor).not.toBe("");
    } finally {
      await store.close();
    }
  });

  it("answers another server's id as no such document and keeps it", async () => {
    await kb("add", "--file", `${FIXTURES}kb-note.txt`, "--guild", SERVER_A);
    const run = await kb("remove", "kb-note", "--guild", SERVER_B);
    expect(run).toEqual({ code: 1, stdout: "", stderr: 'kb remove: There is no document "kb-note" here.\n' });
    expect((await listed("--guild", SERVER_A)).map((d) => d.id)).toContain("kb-note");
  });

  it("refuses to remove a built-in document", async () => {
    const run = await kb("remove", SEED_ID);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is built in");
  });
});

describe("kb usage", () => {
  it("runs as the documented npx tsx src/cli.ts kb", async () => {
    const run = await new Promise<Run>((resolve) => {
      execFile("npx", ["tsx", "src/cli.ts", "kb", "list", "--json"], { cwd: ROOT, env: { ...process.env, DATA_DIR: folder.dir } }, (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }),
      );
    });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as DocumentSummary[]).map((d) => d.id)).toEqual([SEED_ID]);
  });

  it("explains every command with --help", async () => {
    const run = await kb("--help");
    expect(run.code).toBe(0);
    for (const command of ["add --file PATH", "import DIR", "list [--guild ID] [--json]", "remove ID", "DATA_DIR"]) {
      expect(run.stdout).toContain(command);
    }
  });

  it.each([
    [[], "kb: no command given"],
    [["publish"], 'kb: unknown command "publish"'],
    [["add"], "kb add: --file PATH is missing"],
    [["add", "--file"], "kb add:"],
    [["add", "--file", "x.md", "--colour", "red"], "kb add: Unknown option '--colour'"],
    [["import"], "kb import: DIR is missing"],
    [["remove"], "kb remove: ID is missing"],
    [["remove", "a", "b"], 'kb remove: unexpected argument "b"'],
    [["list", "--guild", "global"], "kb list: --guild:"],
  ])("exits 2 with one line on stderr for kb %j", async (args, start) => {
    const run = await kb(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.startsWith(start)).toBe(true);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("kb and a running bot", () => {
  it("makes a document added by the CLI answerable by a running library without restart", async () => {
    const library = await openLibrary({ dataDir: folder.dir });
    try {
      const run = await kb("add", "--file", `${FIXTURES}kb-import/falcon-sanctuary.md`, "--guild", SERVER_A);
      const id = run.stdout.trim();
      await vi.waitFor(
        () => expect(library.knowledge.search("Who is the director of the falcon sanctuary?", { scope: SERVER_A, limit: 1 })[0]?.document.id).toBe(id),
        { timeout: 20_000, interval: 25 },
      );
      expect(library.knowledge.search("Who is the director of the falcon sanctuary?", { scope: GLOBAL_SCOPE })).toEqual([]);
    } finally {
      await library.close();
    }
  });
});
