import type { ChatInputCommandInteraction } from "discord.js";
import { renderDocument } from "../../render-documents.ts";
import type { BotDeps, Outcome } from "../command.ts";
import { documentHere } from "./document-here.ts";
import { replyPrivately } from "./private-reply.ts";

/** /kb show id:<id>: one document's sentences with their refs; another server's id is "no such document". */
export async function showDocument(interaction: ChatInputCommandInteraction & { guildId: string }, { library }: BotDeps): Promise<Outcome> {
  const document = await documentHere(interaction, library);
  if (document === undefined) return "refused-not-found";
  await replyPrivately(interaction, { embeds: [renderDocument(document)] });
  return "shown";
}
