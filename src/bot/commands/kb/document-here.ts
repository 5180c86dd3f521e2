import type { ChatInputCommandInteraction } from "discord.js";
import type { Library } from "../../../library/library.ts";
import { STORE_MESSAGES, type StoredDocument } from "../../../store/store.ts";
import { refuse } from "./private-reply.ts";

/**
 * The document named by the `id` option, as this server sees it (its own or a global one); when
 * there is none, refuses privately, in the store's words, and gives undefined. Another server's id
 * is "no such document", never a hint that it exists.
 */
export async function documentHere(
  interaction: ChatInputCommandInteraction & { guildId: string },
  library: Library,
): Promise<StoredDocument | undefined> {
  const id = interaction.options.getString("id", true).trim();
  const document = await library.store.getDocument(id, interaction.guildId);
  if (document === undefined) await refuse(interaction, STORE_MESSAGES.notFound(id));
  return document;
}
