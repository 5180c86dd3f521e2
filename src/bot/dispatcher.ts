import { performance } from "node:perf_hooks";
import {
  MessageFlags,
  time,
  TimestampStyles,
  type AutocompleteInteraction,
  type Interaction,
  type RepliableInteraction,
} from "discord.js";
import type { BotDeps, Command, MessageCommand, Outcome, SlashCommand } from "./commands/command.ts";
import { Cooldown } from "./cooldown.ts";
import { NO_MENTIONS } from "./safe-text.ts";

/** What a user sees when a handler fails; the details go to the log only. */
export const GENERIC_ERROR_MESSAGE = "Something went wrong on my side while answering. Please try again in a moment.";
/** What a user sees for a command the bot does not know (registered by an older version, say). */
export const UNKNOWN_COMMAND_MESSAGE = "I don't know that command any more. Try /help.";

/** The private reply to a user who asks too quickly, saying when they may ask again. */
export function slowDownMessage(retryAt: number): string {
  return `You're asking faster than I can keep up. Try again ${time(Math.ceil(retryAt / 1000), TimestampStyles.RelativeTime)}.`;
}

/** Handles one interaction from Discord; never rejects. */
export type InteractionHandler = (interaction: Interaction) => Promise<void>;

/** The command's name as the log shows it, and where a custom id or command name leads. */
function routeName(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isModalSubmit() || interaction.isMessageComponent()) return interaction.customId.split(":")[0] ?? "";
  return "unknown";
}

/**
 * Routes every interaction to its command, applies the question cooldown, answers a failure privately
 * in one place and logs one line per interaction.
 */
export function createDispatcher(commands: readonly Command[], deps: BotDeps): InteractionHandler {
  const slash = new Map<string, SlashCommand>();
  const message = new Map<string, MessageCommand>();
  const byName = new Map<string, Command>();
  for (const command of commands) {
    const table: Map<string, Command> = command.kind === "slash" ? slash : message;
    if (table.has(command.data.name)) throw new Error(`bot: command "${command.data.name}" is listed twice`);
    table.set(command.data.name, command);
    byName.set(command.data.name, command);
  }
  const cooldown = new Cooldown(deps.config.cooldown);

  async function route(interaction: Interaction): Promise<Outcome> {
    if (interaction.isAutocomplete()) return autocomplete(interaction);
    if (!interaction.isRepliable()) return "ignored";

    const name = routeName(interaction);
    if (interaction.isModalSubmit()) {
      const command = byName.get(name);
      return command?.modalSubmit ? command.modalSubmit(interaction, deps) : unknown(interaction);
    }
    if (interaction.isMessageComponent()) {
      const command = byName.get(name);
      return command?.component ? command.component(interaction, deps) : unknown(interaction);
    }

    const command = interaction.isChatInputCommand()
      ? slash.get(name)
      : interaction.isMessageContextMenuCommand()
        ? message.get(name)
        : undefined;
    if (command === undefined) return unknown(interaction);

    if (command.cooldown) {
      const retryAt = cooldown.take(interaction.user.id);
      if (retryAt !== undefined) {
        await interaction.reply({ content: slowDownMessage(retryAt), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
        return "cooldown";
      }
    }
    if (command.kind === "slash" && interaction.isChatInputCommand()) return command.execute(interaction, deps);
    if (command.kind === "message" && interaction.isMessageContextMenuCommand()) return command.execute(interaction, deps);
    return unknown(interaction);
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<Outcome> {
    const command = slash.get(interaction.commandName);
    if (command?.autocomplete === undefined) {
      await interaction.respond([]);
      return "no-autocomplete";
    }
    return command.autocomplete(interaction, deps);
  }

  async function unknown(interaction: RepliableInteraction): Promise<Outcome> {
    await interaction.reply({ content: UNKNOWN_COMMAND_MESSAGE, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return "unknown-command";
  }

  return async (interaction) => {
    const started = performance.now();
    const command = routeName(interaction);
    const line = { interaction: interaction.id, command, type: interaction.type, guild: interaction.guildId ?? "dm", user: interaction.user.id };
    try {
      const outcome = (await route(interaction)) ?? "ok";
      deps.logger.info({ ...line, latencyMs: Math.round(performance.now() - started), outcome }, "interaction");
    } catch (error) {
      deps.logger.error({ ...line, latencyMs: Math.round(performance.now() - started), outcome: "error", err: error }, "interaction");
      await apologise(interaction).catch((replyError: unknown) =>
        deps.logger.warn({ ...line, err: replyError }, "could not tell the user about the error"),
      );
    }
  };
}

/** Tells the user privately that something failed, whatever state the reply was in. */
async function apologise(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const reply = { content: GENERIC_ERROR_MESSAGE, embeds: [], allowedMentions: NO_MENTIONS };
  if (interaction.deferred && !interaction.replied && interaction.ephemeral) {
    await interaction.editReply(reply);
  } else if (interaction.deferred || interaction.replied) {
    // A public "thinking…" would otherwise hang forever; the apology itself stays private.
    if (interaction.deferred && !interaction.replied) await interaction.deleteReply();
    await interaction.followUp({ ...reply, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.reply({ ...reply, flags: MessageFlags.Ephemeral });
  }
}
