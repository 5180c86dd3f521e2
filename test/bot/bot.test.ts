import { MessageFlags, SlashCommandBuilder } from "discord.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SlashCommand } from "../../src/bot/commands/command.ts";
import { COMMANDS } from "../../src/bot/commands/index.ts";
import { unknownDocumentMessage } from "../../src/bot/commands/ask.ts";
import { HELP_TITLE } from "../../src/bot/commands/help.ts";
import { NO_MESSAGE_TEXT_MESSAGE } from "../../src/bot/commands/find-sources.ts";
import { SOURCES_TITLE } from "../../src/bot/commands/source.ts";
import { GENERIC_ERROR_MESSAGE } from "../../src/bot/dispatcher.ts";
import { NOT_FOUND_MESSAGE } from "../../src/bot/render-answer.ts";
import { CallbackKind, EPHEMERAL_FLAG, type InteractionRecord } from "../support/discord-emulator.ts";
import { newGuild, newUser, startTestBot, TEST_TOKEN, type TestBot } from "../support/bot-harness.ts";

const MARZOOK = "Mousa Abu Marzook, a founder and political leader of Hamas, headed the delegation";
const COOLDOWN_QUESTIONS = 3;

/** A command that always fails, to see the dispatcher catch it. */
const explode = {
  kind: "slash",
  data: new SlashCommandBuilder().setName("explode").setDescription("Fails on purpose."),
  async execute() {
    throw new Error("handler exploded on purpose");
  },
} satisfies SlashCommand;

function description(record: InteractionRecord): string {
  return record.message?.embeds?.[0]?.description ?? "";
}

/** A command that defers a public reply and then fails, leaving a "thinking…" to clean up. */
const explodeLater = {
  kind: "slash",
  data: new SlashCommandBuilder().setName("explode-later").setDescription("Defers, then fails on purpose."),
  async execute(interaction) {
    await interaction.deferReply();
    throw new Error("handler exploded after deferring");
  },
} satisfies SlashCommand;

const ELSEWHERE = newGuild("Another Server");
const LOCAL_NOTE = "The Lighthouse Club meets at the old harbour every second Tuesday of the month.";

let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot({
    commands: [...COMMANDS, explode, explodeLater],
    env: { COOLDOWN_QUESTIONS: String(COOLDOWN_QUESTIONS), COOLDOWN_SECONDS: "600" },
    guilds: [newGuild("Test Server"), ELSEWHERE],
  });
  await bot.library.addDocument({
    draft: { id: "lighthouse-club", title: "Lighthouse Club meetings", paragraphs: [LOCAL_NOTE] },
    scope: ELSEWHERE.id,
    addedBy: "test",
    action: "add",
  });
}, 60_000);

afterAll(async () => {
  await bot?.close();
});

describe("/ask", () => {
  it("quotes the sentence that answers the question, with its citation", async () => {
    const record = await bot.emulator.chatInput("ask", { question: "Who headed the Hamas delegation?" }, { user: newUser() });

    expect(record.callback?.type).toBe(CallbackKind.DeferredChannelMessage);
    expect(record.ephemeral).toBe(false);
    const embed = record.message?.embeds?.[0];
    expect(embed?.title).toBe("Who headed the Hamas delegation?");
    const firstQuote = description(record).split("\n\n")[0] ?? "";
    expect(firstQuote).toContain(MARZOOK);
    expect(firstQuote).toContain("The Guardian");
    expect(firstQuote).toContain("paragraph 2, sentence 1");
  });

  it("says kindly that it does not know, and points to /source", async () => {
    const record = await bot.emulator.chatInput("ask", { question: "What is the best recipe for pizza dough?" }, { user: newUser() });

    expect(record.message?.embeds ?? []).toEqual([]);
    expect(record.message?.content).toContain(NOT_FOUND_MESSAGE);
    expect(record.message?.content).toContain("/source");
  });

  it("answers only the asker when private is true", async () => {
    const record = await bot.emulator.chatInput("ask", { question: "Who headed the Hamas delegation?", private: true }, { user: newUser() });

    expect(record.callback?.data?.flags).toBe(EPHEMERAL_FLAG);
    expect(record.ephemeral).toBe(true);
    expect(description(record)).toContain(MARZOOK);
  });

  it("pings nobody and escapes Markdown when the question contains @everyone", async () => {
    const question = "@everyone who **headed** the Hamas delegation? <@123456789012345678>";
    const record = await bot.emulator.chatInput("ask", { question }, { user: newUser() });

    expect(record.message?.allowed_mentions).toEqual({ parse: [] });
    const title = record.message?.embeds?.[0]?.title ?? "";
    expect(title).toContain("\\*\\*headed\\*\\*");
    expect(title).not.toContain("**headed**");
    expect(description(record)).toContain(MARZOOK);
  });

  it("suggests sentences while the question is typed, within Discord's limits", async () => {
    const record = await bot.emulator.autocomplete("ask", "question", { question: "Marzook delegation" }, { user: newUser() });

    expect(record.callback?.type).toBe(CallbackKind.AutocompleteResult);
    const choices = record.callback?.data?.choices ?? [];
    expect(choices[0]).toEqual({ name: "Marzook delegation", value: "Marzook delegation" });
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(String(choice.value).length).toBeLessThanOrEqual(100);
    }
  });

  it("tells a user who asks too often, privately, when to try again", async () => {
    const user = newUser("impatient");
    for (let asked = 0; asked < COOLDOWN_QUESTIONS; asked += 1) {
      const record = await bot.emulator.chatInput("ask", { question: "Who is Bogdanov?" }, { user });
      expect(record.callback?.type).toBe(CallbackKind.DeferredChannelMessage);
    }

    const refused = await bot.emulator.chatInput("ask", { question: "Who is Bogdanov?" }, { user });

    expect(refused.callback?.type).toBe(CallbackKind.ChannelMessage);
    expect(refused.ephemeral).toBe(true);
    expect(refused.message?.content).toMatch(/try again <t:\d+:R>/i);
    const other = await bot.emulator.chatInput("ask", { question: "Who is Bogdanov?" }, { user: newUser() });
    expect(other.callback?.type).toBe(CallbackKind.DeferredChannelMessage);
  });
});

describe("/source and /help", () => {
  it("lists each document with its publisher and number of sentences", async () => {
    const record = await bot.emulator.chatInput("source", {}, { user: newUser() });
    const [document] = bot.knowledge.documents();

    const embed = record.message?.embeds?.[0];
    expect(embed?.title).toBe(SOURCES_TITLE);
    expect(embed?.description).toContain("The Guardian");
    expect(embed?.description).toContain(`${document?.sentences.length} sentences`);
    expect(record.message?.allowed_mentions).toEqual({ parse: [] });
  });

  it("explains what the bot does and how to ask", async () => {
    const record = await bot.emulator.chatInput("help", {}, { user: newUser() });

    expect(record.message?.embeds?.[0]?.title).toBe(HELP_TITLE);
    expect(record.message?.embeds?.[0]?.description).toContain("/ask");
  });
});

describe("Find sources", () => {
  it("quotes privately the sentences that concern the message", async () => {
    const record = await bot.emulator.messageCommand("Find sources", "I heard Marzook headed the Hamas delegation to Moscow", { user: newUser() });

    expect(record.ephemeral).toBe(true);
    expect(description(record)).toContain(MARZOOK);
  });

  it("reads a chat message without its mentions, custom emoji and links", async () => {
    const message = "<@123456789012345678> so Marzook headed the Hamas delegation?? https://example.com/news/123 <:thinking:987654321098765432>";
    const record = await bot.emulator.messageCommand("Find sources", message, { user: newUser() });

    expect(description(record)).toContain(MARZOOK);
  });

  it("says so when the message has no text", async () => {
    const record = await bot.emulator.messageCommand("Find sources", "", { user: newUser() });

    expect(record.ephemeral).toBe(true);
    expect(record.message?.content).toBe(NO_MESSAGE_TEXT_MESSAGE);
  });
});

describe("the dispatcher", () => {
  it("answers a failing handler privately and keeps serving", async () => {
    const failed = await bot.emulator.chatInput("explode", {}, { user: newUser() });

    expect(failed.ephemeral).toBe(true);
    expect(failed.message?.content).toBe(GENERIC_ERROR_MESSAGE);
    await vi.waitFor(() =>
      expect(bot.logs.some((line) => line.outcome === "error" && JSON.stringify(line.err).includes("exploded on purpose"))).toBe(true),
    );
    const next = await bot.emulator.chatInput("ask", { question: "Who headed the Hamas delegation?" }, { user: newUser() });
    expect(description(next)).toContain(MARZOOK);
  });

  it("logs one line per interaction with command, guild, latency and outcome, and never the token", async () => {
    const record = await bot.emulator.chatInput("help", {}, { user: newUser() });

    // The line is written once the handler returns, just after Discord has the reply.
    const line = await vi.waitFor(() => {
      const found = bot.logs.find((entry) => entry.interaction === record.payload.id);
      if (found === undefined) throw new Error("no log line yet");
      return found;
    });
    expect(line).toMatchObject({ command: "help", guild: bot.emulator.guild.id, outcome: "ok" });
    expect(typeof line?.latencyMs).toBe("number");
    expect(bot.logText()).not.toContain(TEST_TOKEN);
  });

  it("cleans up a public deferral and apologises privately when a handler fails after deferring", async () => {
    const failed = await bot.emulator.chatInput("explode-later", {}, { user: newUser() });

    expect(failed.deleted).toBe(true);
    expect(failed.followups).toHaveLength(1);
    expect(failed.followups[0]?.flags).toBe(MessageFlags.Ephemeral);
    expect(failed.followups[0]?.content).toBe(GENERIC_ERROR_MESSAGE);
  });

  it("answers many people asking at the same moment", async () => {
    const records = await Promise.all(
      Array.from({ length: 20 }, () => bot.emulator.chatInput("ask", { question: "Who headed the Hamas delegation?" }, { user: newUser() })),
    );

    for (const record of records) expect(description(record)).toContain(MARZOOK);
  });

  it("answers from the one document named, and suggests documents while it is typed", async () => {
    const suggested = await bot.emulator.autocomplete("ask", "document", { question: "Who is Bogdanov?", document: "hamas" }, { user: newUser() });
    const choices = suggested.callback?.data?.choices ?? [];
    expect(choices.map((choice) => choice.value)).toContain("guardian-hamas-moscow-visit");

    const record = await bot.emulator.chatInput(
      "ask",
      { question: "Who headed the Hamas delegation?", document: "guardian-hamas-moscow-visit" },
      { user: newUser() },
    );
    expect(description(record)).toContain(MARZOOK);
  });

  it("suggests sentences from the chosen document only", async () => {
    const typed = "Marzook delegation";
    const chosen = await bot.emulator.autocomplete("ask", "question", { question: typed, document: "guardian-hamas-moscow-visit" }, { user: newUser() });
    const elsewhere = await bot.emulator.autocomplete("ask", "question", { question: typed, document: "lighthouse-club" }, { user: newUser() });

    expect((chosen.callback?.data?.choices ?? []).length).toBeGreaterThan(1);
    expect(elsewhere.callback?.data?.choices).toEqual([{ name: typed, value: typed }]);
  });

  it("tells the asker privately when the document named is not one this server sees", async () => {
    const record = await bot.emulator.chatInput(
      "ask",
      { question: "When does the Lighthouse Club meet?", document: "lighthouse-club" },
      { user: newUser() },
    );
    expect(record.callback?.data?.flags).toBe(EPHEMERAL_FLAG);
    expect(record.callback?.data?.content).toBe(unknownDocumentMessage("lighthouse-club"));
    expect(JSON.stringify(record)).not.toContain("old harbour");
  });

  it("answers a question asked in a direct message from the global documents", async () => {
    const record = await bot.emulator.chatInput("ask", { question: "Who headed the Hamas delegation?" }, { user: newUser(), guildId: null });

    expect(description(record)).toContain(MARZOOK);
  });
});

describe("follow-up questions", () => {
  it("answers a question that leans on the conversation from the article the asker's last answer came from", async () => {
    const studies = [
      { id: "reef-study", title: "Heat-tolerant coral found", paragraphs: ["The study was led by Professor Tom Hale, who heads the reef centre.", "The coral reef lies off Kestrel Bay."] },
      { id: "moth-study", title: "Amber lights spare moths", paragraphs: ["The study was led by Dr Ana Ruiz, an ecologist.", "The moths were counted under amber streetlights."] },
    ];
    for (const draft of studies) await bot.library.addDocument({ draft, scope: ELSEWHERE.id, addedBy: "test", action: "add" });
    const askers = [
      { opening: "Where does the coral reef lie?", leader: "Tom Hale" },
      { opening: "Where were the moths counted?", leader: "Ana Ruiz" },
    ];
    for (const { opening, leader } of askers) {
      const user = newUser();
      await bot.emulator.chatInput("ask", { question: opening }, { user, guildId: ELSEWHERE.id });
      const followUp = await bot.emulator.chatInput("ask", { question: "Who led the study?" }, { user, guildId: ELSEWHERE.id });
      expect(description(followUp).split("\n\n")[0]).toContain(leader);
    }
  });
});

describe("server scopes", () => {
  it("quotes a server's own document in that server", async () => {
    const record = await bot.emulator.chatInput("ask", { question: "When does the Lighthouse Club meet?" }, { user: newUser(), guildId: ELSEWHERE.id });

    expect(description(record)).toContain(LOCAL_NOTE);
  });

  it("never shows a server's document in another server", async () => {
    const asked = await bot.emulator.chatInput("ask", { question: "When does the Lighthouse Club meet?" }, { user: newUser() });
    const listed = await bot.emulator.chatInput("source", {}, { user: newUser() });
    const listedThere = await bot.emulator.chatInput("source", {}, { user: newUser(), guildId: ELSEWHERE.id });

    expect(asked.message?.content).toContain(NOT_FOUND_MESSAGE);
    expect(JSON.stringify(asked.message)).not.toContain("old harbour");
    expect(listed.message?.embeds?.[0]?.description).not.toContain("Lighthouse");
    expect(listedThere.message?.embeds?.[0]?.description).toContain("Lighthouse Club meetings");
  });
});
