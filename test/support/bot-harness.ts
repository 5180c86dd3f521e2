import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "discord.js";
import { loadBotConfig } from "../../src/config.ts";
import { loadBuiltinDocuments } from "../../src/knowledge/builtin.ts";
import { KnowledgeBase } from "../../src/search/knowledge-base.ts";
import { startBot } from "../../src/bot/bot.ts";
import type { Command } from "../../src/bot/commands/command.ts";
import { COMMANDS } from "../../src/bot/commands/index.ts";
import { createLogger } from "../../src/bot/logger.ts";
import { DiscordEmulator, snowflake, type Invoker } from "./discord-emulator.ts";

/** The bot token tests use; the emulator refuses any other. */
export const TEST_TOKEN = "test-token.not-a-secret.0123456789";

/** A running bot connected to its own emulator, with its log lines collected. */
export interface TestBot {
  emulator: DiscordEmulator;
  client: Client<true>;
  knowledge: KnowledgeBase;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  /** The raw log text, for checks like "the token never appears". */
  logText(): string;
  close(): Promise<void>;
}

export interface TestBotOptions {
  commands?: readonly Command[];
  env?: Record<string, string>;
}

/** Starts an emulator and the real discord.js bot against it, with the built-in documents. */
export async function startTestBot({ commands = COMMANDS, env = {} }: TestBotOptions = {}): Promise<TestBot> {
  const emulator = await DiscordEmulator.start({ token: TEST_TOKEN });
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
  const knowledge = new KnowledgeBase();
  for (const document of loadBuiltinDocuments()) knowledge.add(document);
  const client = await startBot({ knowledge, config, logger }, commands);
  return {
    emulator,
    client,
    knowledge,
    get logs() {
      return raw.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    logText: () => raw.join(""),
    async close() {
      await client.destroy();
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A user nobody else in the test run is, so cooldowns never leak between tests. */
export function newUser(username = "reader"): Invoker {
  return { id: snowflake(), username };
}
