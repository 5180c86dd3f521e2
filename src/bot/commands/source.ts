import { EmbedBuilder, SlashCommandBuilder } from "discord.js";
import type { SearchableDocument } from "../../knowledge/document.ts";
import { MAX_EMBED_DESCRIPTION_LENGTH } from "../discord-limits.ts";
import { ANSWER_COLOR, MAX_CITED_TITLE_LENGTH } from "../render-answer.ts";
import { NO_MENTIONS, safeText, safeUrl } from "../safe-text.ts";
import type { SlashCommand } from "./command.ts";

/** The title of the /source embed. */
export const SOURCES_TITLE = "What I can quote";
/** What /source says when the bot knows nothing yet. */
export const NO_SOURCES_MESSAGE = "I don't know any articles yet, so there is nothing I can quote.";

/** One line per document: title (linked), publisher, number of sentences. */
export function describeDocument(document: SearchableDocument): string {
  const title = safeText(document.title, MAX_CITED_TITLE_LENGTH);
  const url = safeUrl(document.url);
  const parts = [url === undefined ? `**${title}**` : `**[${title}](${url})**`];
  if (document.publisher) parts.push(safeText(document.publisher, MAX_CITED_TITLE_LENGTH));
  const count = document.sentences.length;
  parts.push(`${count} ${count === 1 ? "sentence" : "sentences"}`);
  return parts.join(" · ");
}

/** The document lines that fit in one description, with a note of how many did not. */
export function listDocuments(documents: readonly SearchableDocument[]): string {
  const lines: string[] = [];
  let length = 0;
  for (const [index, document] of documents.entries()) {
    const line = `${index + 1}. ${describeDocument(document)}`;
    const more = `\n… and ${documents.length - index} more.`;
    if (length + line.length + 1 + more.length > MAX_EMBED_DESCRIPTION_LENGTH) {
      lines.push(more.trim());
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join("\n");
}

/** `/source`: the documents this server's answers can quote. */
export const source = {
  kind: "slash",
  data: new SlashCommandBuilder().setName("source").setDescription("List the articles I can quote, with their sources."),

  async execute(interaction, { knowledge }) {
    const documents = knowledge.documents(interaction.guildId ?? undefined);
    if (documents.length === 0) {
      await interaction.reply({ content: NO_SOURCES_MESSAGE, allowedMentions: NO_MENTIONS });
      return "empty";
    }
    const embed = new EmbedBuilder()
      .setColor(ANSWER_COLOR)
      .setTitle(SOURCES_TITLE)
      .setDescription(listDocuments(documents));
    await interaction.reply({ embeds: [embed], allowedMentions: NO_MENTIONS });
    return "listed";
  },
} satisfies SlashCommand;
