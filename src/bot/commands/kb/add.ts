import {
  ActionRowBuilder,
  MessageFlags,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
} from "discord.js";
import { draftFromText } from "../../../library/ingest.ts";
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from "../../../library/validate-input.ts";
import { renderAdded } from "../../render-documents.ts";
import type { BotDeps, Outcome } from "../command.ts";
import { kbCustomId, replyPrivately } from "./private-reply.ts";

/** The custom id of the /kb add modal, and of its text inputs. */
export const ADD_MODAL_ID = kbCustomId("add");
export const ADD_FIELDS = { title: "title", source: "source", text: "text" } as const;
/** The title of the /kb add modal. */
export const ADD_MODAL_TITLE = "Add a document";

/** /kb add: opens the modal; Discord itself enforces the lengths set here. */
export async function showAddModal(interaction: ChatInputCommandInteraction): Promise<Outcome> {
  const input = (id: string, label: string, style: TextInputStyle, max: number, required: boolean) =>
    new ActionRowBuilder<TextInputBuilder>().addComponents(
      new TextInputBuilder().setCustomId(id).setLabel(label).setStyle(style).setMaxLength(max).setRequired(required),
    );
  await interaction.showModal(
    new ModalBuilder()
      .setCustomId(ADD_MODAL_ID)
      .setTitle(ADD_MODAL_TITLE)
      .addComponents(
        input(ADD_FIELDS.title, "Title", TextInputStyle.Short, MAX_TITLE_LENGTH, true),
        input(ADD_FIELDS.source, "Source URL (optional)", TextInputStyle.Short, MAX_URL_LENGTH, false),
        input(ADD_FIELDS.text, "Text", TextInputStyle.Paragraph, MAX_TEXT_LENGTH, true),
      ),
  );
  return "modal";
}

/** A text input's value; an optional input left empty may be missing from the submit. */
function field(interaction: ModalSubmitInteraction, id: string): string {
  return interaction.fields.fields.has(id) ? interaction.fields.getTextInputValue(id) : "";
}

/** The /kb add modal was submitted: checked, stored in this server's scope, indexed at once. */
export async function submitAddModal(interaction: ModalSubmitInteraction & { guildId: string }, { library }: BotDeps): Promise<Outcome> {
  const url = field(interaction, ADD_FIELDS.source).trim();
  const draft = draftFromText({
    title: field(interaction, ADD_FIELDS.title),
    text: field(interaction, ADD_FIELDS.text),
    ...(url === "" ? {} : { url }),
  });
  // Storing waits on the database (another process may hold the write lock): defer within Discord's 3 s.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const document = await library.addDocument({ draft, scope: interaction.guildId, addedBy: interaction.user.id, action: "add" });
  await replyPrivately(interaction, { content: renderAdded(document) });
  return "added";
}
