import { once } from "node:events";
import { Client, Events, GatewayIntentBits } from "discord.js";
import type { BotDeps, Command } from "./commands/command.ts";
import { COMMANDS } from "./commands/index.ts";
import { createDispatcher } from "./dispatcher.ts";
import { NO_MENTIONS } from "./safe-text.ts";

/** Connects to Discord and answers interactions until the returned client is destroyed. */
export async function startBot(deps: BotDeps, commands: readonly Command[] = COMMANDS): Promise<Client<true>> {
  const { config, logger } = deps;
  const client = new Client({
    // Interactions arrive without any intent; Guilds keeps the server and channel cache discord.js expects.
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.apiUrl },
    allowedMentions: NO_MENTIONS,
  });
  const dispatch = createDispatcher(commands, deps);
  client.on(Events.InteractionCreate, (interaction) => void dispatch(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord.js error"));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, "discord.js warning"));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, "gateway disconnected"));

  const ready = once(client, Events.ClientReady) as Promise<[Client<true>]>;
  try {
    await client.login(config.token);
    const [readyClient] = await ready;
    logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size, commands: commands.length }, "ready");
    return readyClient;
  } catch (error) {
    await client.destroy();
    throw error;
  }
}
