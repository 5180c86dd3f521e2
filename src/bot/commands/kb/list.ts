import type { ChatInputCommandInteraction, MessageComponentInteraction } from "discord.js";
import { renderDocumentPage } from "../../render-documents.ts";
import type { BotDeps, Outcome } from "../command.ts";
import { kbCustomId, replyPrivately } from "./private-reply.ts";

/** The custom id part of the list's page buttons: `kb:page:<n>`. */
export const PAGE_BUTTON = "page";

const pageId = (page: number) => kbCustomId(PAGE_BUTTON, String(page));

/** /kb list, or a Previous/Next button on it: the documents this server sees, one page at a time. */
export async function listPage(
  interaction: (ChatInputCommandInteraction | MessageComponentInteraction) & { guildId: string },
  page: number,
  { library }: BotDeps,
): Promise<Outcome> {
  // Read afresh on every page: a document added or removed meanwhile shows up at once.
  const documents = await library.store.listDocuments(interaction.guildId);
  await replyPrivately(interaction, renderDocumentPage(documents, page, pageId));
  return "listed";
}
