import type { ChatInputCommandInteraction } from "discord.js";
import { STORE_MESSAGES } from "../../../store/store.ts";
import { renderDocument } from "../../render-documents.ts";
import type { BotDeps, Outcome } from "../command.ts";
import { refuse, replyPrivately } from "./private-reply.ts";

/** /kb show id:<id>: one document's sentences with their refs; another server's id is "no such document". */
export async function showDocument(interaction: ChatInputCommandInteraction & { guildId: string }, { library }: BotDeps): Promise<Outcome> {
  const id = interaction.options.getString("id", true).trim();
  const document = await library.store.getDocument(id, interaction.guildId);
  if (document === undefined) {
    await refuse(interaction, STORE_MESSAGES.notFound(id));
    return "refused-not-found";
  }
  await replyPrivately(interaction, { embeds: [renderDocument(document)] });
  return "shown";
}
