import { Routes, type REST } from "discord.js";
import type { BotConfig } from "../config.ts";
import type { Command } from "./commands/command.ts";

/** Where the commands went: one server (instant) or everywhere. */
export interface Registration {
  readonly count: number;
  readonly guildId: string | undefined;
}

/**
 * Replaces the application's commands with `commands` (Discord's bulk overwrite, so registering twice
 * changes nothing): in one server when `guildId` is set, otherwise globally.
 */
export async function registerCommands(
  rest: REST,
  { applicationId, guildId }: Pick<BotConfig, "applicationId" | "guildId">,
  commands: readonly Command[],
): Promise<Registration> {
  const route =
    guildId === undefined ? Routes.applicationCommands(applicationId) : Routes.applicationGuildCommands(applicationId, guildId);
  const body = commands.map((command) => command.data.toJSON());
  const stored = (await rest.put(route, { body })) as unknown[];
  return { count: stored.length, guildId };
}
