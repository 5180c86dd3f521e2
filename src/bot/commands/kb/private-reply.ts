import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type MessageComponentInteraction,
  type ModalSubmitInteraction,
  type ChatInputCommandInteraction,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from "discord.js";
import { InputError } from "../../../library/validate-input.ts";
import { KnowledgeStoreError } from "../../../store/store.ts";
import { MAX_CONTENT_LENGTH } from "../../discord-limits.ts";
import { NO_MENTIONS, safeText } from "../../safe-text.ts";
import type { Outcome } from "../command.ts";

/** The command's name; modals and buttons of /kb carry custom ids that start with `kb:`. */
export const KB_COMMAND_NAME = "kb";

/** The custom id of a /kb modal or button: `kb:<parts>`; the dispatcher routes on the prefix. */
export function kbCustomId(...parts: string[]): string {
  return [KB_COMMAND_NAME, ...parts].join(":");
}

/** What /kb says outside a server, where there is no server's knowledge to manage. */
export const DM_REFUSAL_MESSAGE = "The /kb commands manage a server's documents, so they only work inside a server.";
/** What /kb says to a member without the Manage Server permission. */
export const NOT_MODERATOR_MESSAGE =
  "Only members who can manage this server (or a role an admin allowed in Server Settings → Integrations) can change what I know.";

/** Any /kb interaction: a command, its modal or one of its buttons. */
export type KbInteraction = ChatInputCommandInteraction | ModalSubmitInteraction | MessageComponentInteraction;

/** Whether the member may manage this server's documents (Manage Server); false outside a server. */
export function isModerator(interaction: KbInteraction | AutocompleteInteraction): boolean {
  // Discord already hides /kb from others (default member permissions); this holds if an override or a stale client says otherwise.
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true;
}

/** What a /kb reply shows; content and embeds are already rendered (user text escaped). */
export interface PrivateMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
}

/** Answers privately and without mentions, whatever state the reply is in (fresh, deferred, or a button on our message). */
export async function replyPrivately(interaction: KbInteraction, message: PrivateMessage): Promise<void> {
  // Edits replace the whole message, so absent parts are cleared rather than left from before.
  const whole = { content: message.content ?? "", embeds: message.embeds ?? [], components: message.components ?? [], allowedMentions: NO_MENTIONS };
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(whole);
  } else if (interaction.isMessageComponent() && !interaction.replied) {
    await interaction.update(whole);
  } else if (interaction.replied) {
    await interaction.followUp({ ...whole, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.reply({ ...whole, flags: MessageFlags.Ephemeral });
  }
}

/** Refuses privately with one sentence; what it quotes from the user is made inert. */
export async function refuse(interaction: KbInteraction, sentence: string): Promise<void> {
  await replyPrivately(interaction, { content: safeText(sentence, MAX_CONTENT_LENGTH) });
}

/** Refuses a DM or a member without Manage Server; undefined when this is a moderator in a server. */
export async function refuseNonModerator(interaction: KbInteraction): Promise<Outcome | undefined> {
  if (!interaction.inGuild()) {
    await refuse(interaction, DM_REFUSAL_MESSAGE);
    return "refused-dm";
  }
  if (!isModerator(interaction)) {
    await refuse(interaction, NOT_MODERATOR_MESSAGE);
    return "refused-not-moderator";
  }
  return undefined;
}

/**
 * Runs a /kb action; bad input and store refusals (empty text, duplicate, unknown id…) become one
 * private sentence from the library's own messages. Anything else is a failure for the dispatcher.
 */
export async function withRefusals(interaction: KbInteraction, action: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof InputError) && !(error instanceof KnowledgeStoreError)) throw error;
    await refuse(interaction, error.userMessage);
    return error instanceof KnowledgeStoreError ? `refused-${error.code}` : "refused-input";
  }
}
