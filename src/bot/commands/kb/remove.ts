import type { ChatInputCommandInteraction, MessageComponentInteraction } from "discord.js";
import { GLOBAL_SCOPE } from "../../../knowledge/document.ts";
import { STORE_MESSAGES } from "../../../store/store.ts";
import { safeText } from "../../safe-text.ts";
import { renderRemoveConfirmation, MAX_LISTED_TITLE_LENGTH } from "../../render-documents.ts";
import type { BotDeps, Outcome } from "../command.ts";
import { documentHere } from "./document-here.ts";
import { kbCustomId, refuse, replyPrivately } from "./private-reply.ts";

/** Custom id parts of the confirmation buttons: `kb:remove:<id>` and `kb:keep`. */
export const REMOVE_BUTTON = "remove";
export const KEEP_BUTTON = "keep";
/** What the confirmation becomes when the moderator cancels. */
export const KEPT_MESSAGE = "Nothing was removed.";

/** What the confirmation becomes once the document is gone. */
export function removedMessage(id: string, title: string): string {
  return `Removed \`${id}\` (**${safeText(title, MAX_LISTED_TITLE_LENGTH)}**). Answers no longer quote it.`;
}

/** /kb remove id:<id>: checks the document can be removed here, then asks for confirmation with buttons. */
export async function askToRemove(interaction: ChatInputCommandInteraction & { guildId: string }, { library }: BotDeps): Promise<Outcome> {
  const document = await documentHere(interaction, library);
  if (document === undefined) return "refused-not-found";
  const { id } = document;
  // Asking to confirm what cannot be removed would only fail after the click; say so now, in the store's words.
  if (document.builtin || document.scope === GLOBAL_SCOPE) {
    await refuse(interaction, document.builtin ? STORE_MESSAGES.builtin(id) : STORE_MESSAGES.globalFromServer(id));
    return "refused-read-only";
  }
  await replyPrivately(interaction, renderRemoveConfirmation(document, kbCustomId(REMOVE_BUTTON, document.id), kbCustomId(KEEP_BUTTON)));
  return "confirming";
}

/** The Remove button: removes the document from the store and the index at once. The store re-checks scope. */
export async function confirmRemove(interaction: MessageComponentInteraction & { guildId: string }, id: string, { library }: BotDeps): Promise<Outcome> {
  // Removing waits on the database (another process may hold the write lock): defer within Discord's 3 s.
  await interaction.deferUpdate();
  const removed = await library.removeDocument(id, interaction.guildId, interaction.user.id);
  await replyPrivately(interaction, { content: removedMessage(removed.id, removed.title) });
  return "removed";
}

/** The Cancel button. */
export async function keepDocument(interaction: MessageComponentInteraction): Promise<Outcome> {
  await replyPrivately(interaction, { content: KEPT_MESSAGE });
  return "kept";
}
