import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageComponentInteraction,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { BotConfig } from "../../config.ts";
import type { Library } from "../../library/library.ts";
import type { KnowledgeBase } from "../../search/knowledge-base.ts";
import type { Conversations } from "../conversations.ts";
import type { Logger } from "../logger.ts";

/** What every handler is given: the bot's state, passed in rather than looked up. */
export interface BotDeps {
  readonly knowledge: KnowledgeBase;
  /** The store and its index, for commands that change what the bot knows (/kb). */
  readonly library: Library;
  readonly config: BotConfig;
  readonly logger: Logger;
  /** Each asker's article of the moment, for follow-up questions. */
  readonly conversations: Conversations;
}

/** A short label for the interaction log line ("answered", "not-found"); "ok" when a handler returns nothing. */
export type Outcome = string | void;

interface CommandBase {
  /** The definition sent to Discord by `npm run register`. */
  readonly data: { readonly name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
  /** Counts against the per-user question cooldown. */
  readonly cooldown?: boolean;
  /** Handles a modal whose custom id starts with `<command name>:`. */
  modalSubmit?(interaction: ModalSubmitInteraction, deps: BotDeps): Promise<Outcome>;
  /** Handles a button or select menu whose custom id starts with `<command name>:`. */
  component?(interaction: MessageComponentInteraction, deps: BotDeps): Promise<Outcome>;
}

/** A slash command (`/ask`). */
export interface SlashCommand extends CommandBase {
  readonly kind: "slash";
  execute(interaction: ChatInputCommandInteraction, deps: BotDeps): Promise<Outcome>;
  autocomplete?(interaction: AutocompleteInteraction, deps: BotDeps): Promise<Outcome>;
}

/** A message context-menu command (right-click a message → Apps). */
export interface MessageCommand extends CommandBase {
  readonly kind: "message";
  execute(interaction: MessageContextMenuCommandInteraction, deps: BotDeps): Promise<Outcome>;
}

/** Any command the bot registers and dispatches. */
export type Command = SlashCommand | MessageCommand;

/** The custom id for a modal or component owned by `command`; the dispatcher routes on the prefix. */
export function customId(command: Pick<Command, "data">, ...parts: string[]): string {
  return [command.data.name, ...parts].join(":");
}
