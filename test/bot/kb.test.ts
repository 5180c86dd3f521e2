import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { InteractionContextType, PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADD_MODAL_ID } from "../../src/bot/commands/kb/add.ts";
import { kb as kbCommand } from "../../src/bot/commands/kb/index.ts";
import { downloadFailedMessage } from "../../src/bot/commands/kb/import.ts";
import { DM_REFUSAL_MESSAGE, NOT_MODERATOR_MESSAGE } from "../../src/bot/commands/kb/private-reply.ts";
import { KEPT_MESSAGE } from "../../src/bot/commands/kb/remove.ts";
import { DOCUMENTS_PER_PAGE } from "../../src/bot/render-documents.ts";
import { NOT_FOUND_MESSAGE } from "../../src/bot/render-answer.ts";
import { safeText } from "../../src/bot/safe-text.ts";
import { INPUT_MESSAGES } from "../../src/library/validate-input.ts";
import { STORE_MESSAGES } from "../../src/store/store.ts";
import {
  CallbackKind,
  InteractionKind,
  MEMBER_PERMISSIONS,
  snowflake,
  type EmulatedAttachment,
  type InteractionRecord,
  type Invoker,
  type Place,
} from "../support/discord-emulator.ts";
import { newGuild, newUser, startTestBot, type TestBot } from "../support/bot-harness.ts";
import { runCli } from "../support/run-cli.ts";

const HOME = newGuild("Home Server");
const ELSEWHERE = newGuild("Another Server");
const PAGED = newGuild("Busy Server");

const CHESS_TITLE = "Riverside Chess Society";
const CHESS_TEXT =
  "The Riverside Chess Society meets in the library annex every Thursday evening. " +
  "Its founder was Margarethe Olsson, a retired ferry captain.\n\nNew members pay no fee in their first year.";
const CHESS_QUESTION = "Who founded the Riverside Chess Society?";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/kb-bot/${name}`, import.meta.url));

/** A member who may manage the server: Manage Server on top of the ordinary permissions. */
function newModerator(): Invoker {
  return { ...newUser("moderator"), permissions: String(BigInt(MEMBER_PERMISSIONS) | PermissionFlagsBits.ManageGuild) };
}

type SubcommandValue = string | EmulatedAttachment;

let bot: TestBot;

/** Runs `/kb <subcommand>` with its options, as Discord sends a subcommand (nested options, resolved attachments). */
function kb(subcommand: string, options: Record<string, SubcommandValue> = {}, place: Place = {}): Promise<InteractionRecord> {
  const values = Object.entries(options);
  const attachments = values.map(([, value]) => value).filter((value): value is EmulatedAttachment => typeof value === "object");
  return bot.emulator.interact({
    ...place,
    type: InteractionKind.ApplicationCommand,
    data: {
      id: snowflake(),
      name: "kb",
      type: 1,
      options: [
        {
          name: subcommand,
          type: 1,
          options: values.map(([name, value]) =>
            typeof value === "object" ? { name, type: 11, value: value.id } : { name, type: 3, value },
          ),
        },
      ],
      ...(attachments.length === 0 ? {} : { resolved: { attachments: Object.fromEntries(attachments.map((file) => [file.id, file])) } }),
    },
  });
}

/** Opens /kb add and submits its modal with these fields. */
async function addThroughModal(fields: { title: string; text: string; source?: string }, place: Place): Promise<InteractionRecord> {
  const opened = await kb("add", {}, place);
  expect(opened.callback?.type).toBe(CallbackKind.Modal);
  return bot.emulator.modalSubmit(ADD_MODAL_ID, { title: fields.title, source: fields.source ?? "", text: fields.text }, place);
}

function ask(question: string, guildId: string): Promise<InteractionRecord> {
  return bot.emulator.chatInput("ask", { question }, { guildId, user: newUser() });
}

function answerText(record: InteractionRecord): string {
  return record.message?.embeds?.[0]?.description ?? record.message?.content ?? "";
}

/** The id in a "Added `id` (…)" reply. */
function addedId(record: InteractionRecord): string {
  const id = /Added `([^`]+)`/.exec(record.message?.content ?? "")?.[1];
  if (id === undefined) throw new Error(`test: no id in ${JSON.stringify(record.message)}`);
  return id;
}

/** Every reply of /kb must be private and ping nobody. */
function expectPrivate(record: InteractionRecord): void {
  expect(record.ephemeral).toBe(true);
  expect(record.message?.allowed_mentions).toEqual({ parse: [] });
}

async function storedIds(guildId: string): Promise<string[]> {
  return (await bot.library.store.listDocuments(guildId)).map((document) => document.id);
}

beforeAll(async () => {
  bot = await startTestBot({ guilds: [HOME, ELSEWHERE, PAGED] });
}, 60_000);

afterAll(async () => {
  await bot?.close();
});

describe("/kb add", () => {
  it("stores the modal's text and the next /ask cites it, in that server only", async () => {
    const place = { guildId: HOME.id, user: newModerator() };
    const started = performance.now();
    const submitted = await addThroughModal({ title: CHESS_TITLE, text: CHESS_TEXT, source: "https://example.org/chess" }, place);
    const answered = await ask(CHESS_QUESTION, HOME.id);
    const submitToAnswerMs = performance.now() - started;
    // The measurement issue 7 asks for, visible in the test run.
    console.log(`kb add: modal submit → reply ${submitted.latencyMs.toFixed(1)} ms; submit → /ask cites it ${submitToAnswerMs.toFixed(1)} ms`);

    expectPrivate(submitted);
    const id = addedId(submitted);
    expect(submitted.message?.content).toContain("4 sentences");
    expect(submitted.message?.content).toContain("The Riverside Chess Society meets in the library annex every Thursday evening.");
    expect(answerText(answered)).toContain("Margarethe Olsson");
    expect(answerText(answered)).toContain(CHESS_TITLE);
    expect(await storedIds(HOME.id)).toContain(id);

    const elsewhere = await ask(CHESS_QUESTION, ELSEWHERE.id);
    expect(elsewhere.message?.content).toContain(NOT_FOUND_MESSAGE);
    expect(await storedIds(ELSEWHERE.id)).not.toContain(id);
  });

  it("escapes Markdown in the title it echoes and pings nobody", async () => {
    const record = await addThroughModal(
      { title: "@everyone **Rowing club**", text: "The rowing club trains on the canal at dawn." },
      { guildId: HOME.id, user: newModerator() },
    );

    expectPrivate(record);
    expect(record.message?.content).toContain("\\*\\*Rowing club\\*\\*");
  });

  it("refuses empty text in one private sentence and stores nothing", async () => {
    const before = await storedIds(HOME.id);

    const record = await addThroughModal({ title: "Empty", text: "   \n " }, { guildId: HOME.id, user: newModerator() });

    expectPrivate(record);
    expect(record.message?.content).toBe(safeText(INPUT_MESSAGES.emptyText, 2000));
    expect(await storedIds(HOME.id)).toEqual(before);
  });

  it("refuses a source that is not a web address", async () => {
    const before = await storedIds(HOME.id);

    const record = await addThroughModal({ title: "Notes", text: "Some notes.", source: "ftp://example.org/x" }, { guildId: HOME.id, user: newModerator() });

    expect(record.message?.content).toContain("is not a web address");
    expect(await storedIds(HOME.id)).toEqual(before);
  });

  it("names the document that already has the same text", async () => {
    const place = { guildId: HOME.id, user: newModerator() };
    const first = await addThroughModal({ title: "Bakery hours", text: "The corner bakery opens at six on weekdays." }, place);
    const before = await storedIds(HOME.id);

    const second = await addThroughModal({ title: "Bakery again", text: "The corner bakery opens at six on weekdays." }, place);

    expectPrivate(second);
    expect(second.message?.content).toBe(safeText(STORE_MESSAGES.duplicate(addedId(first)), 2000));
    expect(await storedIds(HOME.id)).toEqual(before);
  });
});

describe("who may use /kb", () => {
  it("refuses a member without Manage Server, politely and privately", async () => {
    const record = await kb("list", {}, { guildId: HOME.id, user: newUser("member") });

    expectPrivate(record);
    expect(record.message?.content).toBe(safeText(NOT_MODERATOR_MESSAGE, 2000));
  });

  it("refuses a modal submitted by a member without Manage Server, storing nothing", async () => {
    const before = await storedIds(HOME.id);

    const record = await bot.emulator.modalSubmit(ADD_MODAL_ID, { title: "Sneaky", source: "", text: "Not allowed." }, { guildId: HOME.id, user: newUser("member") });

    expect(record.message?.content).toBe(safeText(NOT_MODERATOR_MESSAGE, 2000));
    expect(await storedIds(HOME.id)).toEqual(before);
  });

  it("refuses /kb in a direct message", async () => {
    const record = await kb("list", {}, { guildId: null, user: newModerator() });

    expectPrivate(record);
    expect(record.message?.content).toBe(safeText(DM_REFUSAL_MESSAGE, 2000));
  });

  it("is registered for servers only, for members who can manage the server", () => {
    const json = kbCommand.data.toJSON();

    expect(json.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(json.contexts).toEqual([InteractionContextType.Guild]);
  });
});

describe("/kb list and /kb show", () => {
  it("lists the server's documents with who added them", async () => {
    const moderator = newModerator();
    const added = await addThroughModal({ title: "Tide tables", text: "High tide at the pier is two hours after the harbour." }, { guildId: HOME.id, user: moderator });
    const id = addedId(added);

    const record = await kb("list", {}, { guildId: HOME.id, user: newModerator() });

    expectPrivate(record);
    const description = record.message?.embeds?.[0]?.description ?? "";
    expect(description).toContain(`\`${id}\` **Tide tables** · 2 sentences · added by <@${moderator.id}>`);
    expect(description).toContain("built in");
  });

  it("pages a long list with buttons", async () => {
    const place = { guildId: PAGED.id, user: newModerator() };
    for (let index = 1; index <= DOCUMENTS_PER_PAGE + 2; index += 1) {
      await bot.library.addDocument({
        draft: { id: `note-${index}`, title: `Note ${index}`, paragraphs: [`Paging note number ${index} for the busy server.`] },
        scope: PAGED.id,
        addedBy: place.user.id,
        action: "add",
      });
    }

    const first = await kb("list", {}, place);
    expect(first.message?.embeds?.[0]?.footer?.text).toContain("Page 1 of 2");
    expect(first.message?.embeds?.[0]?.description).not.toContain("`note-12`");

    const second = await bot.emulator.clickButton("kb:page:2", first.message ?? {}, place);
    expect(second.callback?.type).toBe(CallbackKind.UpdateMessage);
    expect(second.message?.embeds?.[0]?.footer?.text).toContain("Page 2 of 2");
    expect(second.message?.embeds?.[0]?.description).toContain("`note-12`");
  });

  it("shows a document's sentences with their refs", async () => {
    const place = { guildId: HOME.id, user: newModerator() };
    const id = addedId(await addThroughModal({ title: "Library hours", text: "The library opens at nine. It closes at five on Saturdays." }, place));

    const record = await kb("show", { id }, place);

    expectPrivate(record);
    const embed = record.message?.embeds?.[0];
    expect(embed?.title).toBe("Library hours");
    expect(embed?.description).toContain("`p1.s1` The library opens at nine.");
    expect(embed?.description).toContain("`p1.s2` It closes at five on Saturdays.");
  });

  it("treats another server's document as no such document", async () => {
    const [theirs] = await storedIds(PAGED.id).then((ids) => ids.filter((id) => id.startsWith("note-")));

    const record = await kb("show", { id: theirs ?? "note-1" }, { guildId: HOME.id, user: newModerator() });

    expect(record.message?.content).toBe(safeText(STORE_MESSAGES.notFound(theirs ?? "note-1"), 2000));
  });
});

describe("/kb remove", () => {
  it("asks to confirm, then removes the document and /ask no longer cites it", async () => {
    const place = { guildId: HOME.id, user: newModerator() };
    const id = addedId(await addThroughModal({ title: "Swimming pool", text: "The outdoor swimming pool reopens on the first of May." }, place));

    const asked = await kb("remove", { id }, place);
    expectPrivate(asked);
    expect(asked.message?.content).toContain(`Remove \`${id}\``);
    expect(await storedIds(HOME.id)).toContain(id);

    const confirmed = await bot.emulator.clickButton(`kb:remove:${id}`, asked.message ?? {}, place);
    // Removing may wait on the database, so the click is acknowledged first and the message edited after.
    expect(confirmed.callback?.type).toBe(CallbackKind.DeferredUpdateMessage);
    expect(confirmed.message?.content).toContain(`Removed \`${id}\``);
    expect(confirmed.message?.components).toEqual([]);
    expect(await storedIds(HOME.id)).not.toContain(id);
    const answered = await ask("When does the outdoor swimming pool reopen?", HOME.id);
    expect(answerText(answered)).not.toContain("first of May");
  });

  it("keeps the document when the moderator cancels", async () => {
    const place = { guildId: HOME.id, user: newModerator() };
    const id = addedId(await addThroughModal({ title: "Market day", text: "The farmers' market is held on the square every Saturday." }, place));
    const asked = await kb("remove", { id }, place);

    const cancelled = await bot.emulator.clickButton("kb:keep", asked.message ?? {}, place);

    expect(cancelled.message?.content).toBe(KEPT_MESSAGE);
    expect(await storedIds(HOME.id)).toContain(id);
  });

  it("refuses to remove a built-in document", async () => {
    const builtin = (await bot.library.store.listDocuments(HOME.id)).find((document) => document.builtin);
    expect(builtin).toBeDefined();

    const record = await kb("remove", { id: builtin?.id ?? "" }, { guildId: HOME.id, user: newModerator() });

    expect(record.message?.content).toBe(safeText(STORE_MESSAGES.builtin(builtin?.id ?? ""), 2000));
    expect(record.message?.components ?? []).toEqual([]);
  });

  it("suggests only the server's own documents for removal", async () => {
    const place = { guildId: HOME.id, user: newModerator() };
    const record = await bot.emulator.interact({
      ...place,
      type: InteractionKind.Autocomplete,
      data: { id: snowflake(), name: "kb", type: 1, options: [{ name: "remove", type: 1, options: [{ name: "id", type: 3, value: "", focused: true }] }] },
    });

    const values = (record.callback?.data?.choices ?? []).map((choice) => String(choice.value));
    expect(values.length).toBeGreaterThan(0);
    const own = new Set((await bot.library.store.listDocuments(HOME.id)).filter((document) => !document.builtin).map((document) => document.id));
    for (const value of values) expect(own.has(value)).toBe(true);
  });
});

describe("/kb import", () => {
  it("adds a Markdown attachment, titled by its first heading, and /ask cites it", async () => {
    const place = { guildId: HOME.id, user: newModerator() };
    const file = bot.emulator.attachment("ferry-timetable.md", readFileSync(fixture("ferry-timetable.md")), "text/markdown; charset=utf-8");

    const record = await kb("import", { file }, place);

    expectPrivate(record);
    expect(record.message?.content).toContain("**Harbour ferry timetable**");
    const answered = await ask("When does the first ferry to Skerry Island leave?", HOME.id);
    expect(answerText(answered)).toContain("twenty to seven");
  });

  it("refuses a file that is not .txt or .md without downloading it", async () => {
    const before = await storedIds(HOME.id);
    const file = bot.emulator.attachment("minutes.pdf", "%PDF-1.7", "application/pdf");

    const record = await kb("import", { file }, { guildId: HOME.id, user: newModerator() });

    expect(record.message?.content).toBe(safeText(INPUT_MESSAGES.badFileType("minutes.pdf"), 2000));
    expect(await storedIds(HOME.id)).toEqual(before);
  });

  it("refuses a file that is not UTF-8 text", async () => {
    const before = await storedIds(HOME.id);
    const file = bot.emulator.attachment("binary.txt", Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3]));

    const record = await kb("import", { file }, { guildId: HOME.id, user: newModerator() });

    expectPrivate(record);
    expect(record.message?.content).toBe(safeText(INPUT_MESSAGES.notUtf8("binary.txt"), 2000));
    expect(await storedIds(HOME.id)).toEqual(before);
  });

  it("says so when the attachment cannot be downloaded", async () => {
    const before = await storedIds(HOME.id);
    const missing = `${bot.emulator.origin}/files/gone/lost.txt`;
    const file: EmulatedAttachment = { id: snowflake(), filename: "lost.txt", size: 10, url: missing, proxy_url: missing, content_type: "text/plain" };

    const record = await kb("import", { file }, { guildId: HOME.id, user: newModerator() });

    expectPrivate(record);
    expect(record.message?.content).toBe(safeText(downloadFailedMessage("lost.txt"), 2000));
    expect(await storedIds(HOME.id)).toEqual(before);
  });
});

describe("documents added from the command line", () => {
  it("are answered by the running bot without a restart", async () => {
    const added = await runCli(["kb", "add", "--file", fixture("cli-note.md"), "--guild", HOME.id], { env: { DATA_DIR: bot.dataDir } });
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);

    // The library polls the store every second; allow a slow CI machine many times that.
    const deadline = performance.now() + 30_000;
    let answer = "";
    while (performance.now() < deadline) {
      answer = answerText(await ask("When are bonfires allowed on the allotments?", HOME.id));
      if (answer.includes("November")) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(answer).toContain("November");
  }, 60_000);
});
