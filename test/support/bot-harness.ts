import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "discord.js";
import { loadBotConfig } from "../../src/config.ts";
import { openLibrary, type Library } from "../../src/library/library.ts";
import type { KnowledgeBase } from "../../src/search/knowledge-base.ts";
import { startBot } from "../../src/bot/bot.ts";
import type { Command } from "../../src/bot/commands/command.ts";
import { COMMANDS } from "../../src/bot/commands/index.ts";
import { Conversations } from "../../src/bot/conversations.ts";
import { createLogger } from "../../src/bot/logger.ts";
import { DiscordEmulator, snowflake, type EmulatedGuild, type Invoker } from "./discord-emulator.ts";

/** The bot token tests use; the emulator refuses any other. */
export const TEST_TOKEN = "test-token.not-a-secret.0123456789";

/** A running bot connected to its own emulator, with its log lines collected. */
export interface TestBot {
  emulator: DiscordEmulator;
  client: Client<true>;
  knowledge: KnowledgeBase;
  /** The SQLite-backed library in a temp folder that the bot answers from. */
  library: Library;
  /** The DATA_DIR the bot's store lives in, for a CLI child process to share. */
  dataDir: string;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  /** The raw log text, for checks like "the token never appears". */
  logText(): string;
  close(): Promise<void>;
}

export interface TestBotOptions {
  commands?: readonly Command[];
  env?: Record<string, string>;
  /** The servers the bot is in; one unless given. */
  guilds?: EmulatedGuild[];
}

/** Starts an emulator and the real discord.js bot against it, answering from a fresh library in a temp folder. */
export async function startTestBot({ commands = COMMANDS, env = {}, guilds }: TestBotOptions = {}): Promise<TestBot> {
  const emulator = await DiscordEmulator.start({ token: TEST_TOKEN, ...(guilds === undefined ? {} : { guilds }) });
  const dataDir = mkdtempSync(join(tmpdir(), "bot-test-"));
  const raw: string[] = [];
  const logger = createLogger("info", { write: (line: string) => void raw.push(line) });
  const config = loadBotConfig({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_APPLICATION_ID: emulator.applicationId,
    DISCORD_API_URL: emulator.apiUrl,
    DATA_DIR: dataDir,
    ...env,
  });
  const library = await openLibrary({ dataDir });
  const { knowledge } = library;
  const client = await startBot({ knowledge, library, config, logger, conversations: new Conversations() }, commands);
  return {
    emulator,
    client,
    knowledge,
    library,
    dataDir,
    get logs() {
      return raw.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    logText: () => raw.join(""),
    async close() {
      await client.destroy();
      await library.close();
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A server for the emulator to put the bot in. */
export function newGuild(name: string): EmulatedGuild {
  return { id: snowflake(), name, channelId: snowflake() };
}

/** A user nobody else in the test run is, so cooldowns never leak between tests. */
export function newUser(username = "reader"): Invoker {
  return { id: snowflake(), username };
}
