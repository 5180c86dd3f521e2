import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { DOCUMENT_FILE_EXTENSIONS } from "../../../library/validate-input.ts";
import { GLOBAL_SCOPE } from "../../../knowledge/document.ts";
import { documentChoices } from "../../document-choices.ts";
import type { SlashCommand } from "../command.ts";
import { ADD_MODAL_ID, showAddModal, submitAddModal } from "./add.ts";
import { importAttachment } from "./import.ts";
import { listPage, PAGE_BUTTON } from "./list.ts";
import { isModerator, KB_COMMAND_NAME, refuse, refuseNonModerator, withRefusals } from "./private-reply.ts";
import { askToRemove, confirmRemove, KEEP_BUTTON, keepDocument, REMOVE_BUTTON } from "./remove.ts";
import { showDocument } from "./show.ts";

/** What a button the bot no longer understands gets (an old message from a previous version). */
export const STALE_BUTTON_MESSAGE = "This button is no longer in use; run the /kb command again.";

/**
 * `/kb add|import|list|show|remove`: moderators manage the documents their server's answers quote.
 * Every reply is private; the guild id is the scope, so a server only ever touches its own documents.
 */
export const kb = {
  kind: "slash",
  data: new SlashCommandBuilder()
    .setName(KB_COMMAND_NAME)
    .setDescription("Manage the documents this server's answers can quote (moderators).")
    // Manage Server by default; admins can grant /kb to other roles in Server Settings → Integrations.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) => sub.setName("add").setDescription("Add a document by typing or pasting its text."))
    .addSubcommand((sub) =>
      sub
        .setName("import")
        .setDescription(`Add a document from a ${DOCUMENT_FILE_EXTENSIONS.join(" or ")} file (up to 1 MB).`)
        .addAttachmentOption((option) => option.setName("file").setDescription("A .txt or .md file; its first heading becomes the title.").setRequired(true)),
    )
    .addSubcommand((sub) => sub.setName("list").setDescription("List the documents this server's answers can quote."))
    .addSubcommand((sub) =>
      sub
        .setName("show")
        .setDescription("Show one document's sentences with their references.")
        .addStringOption((option) => option.setName("id").setDescription("The document's id").setRequired(true).setAutocomplete(true)),
    )
    .addSubcommand((sub) =>
      sub
        .setName("remove")
        .setDescription("Remove one of this server's documents (asks to confirm).")
        .addStringOption((option) => option.setName("id").setDescription("The document's id").setRequired(true).setAutocomplete(true)),
    ),

  async execute(interaction, deps) {
    const refused = await refuseNonModerator(interaction);
    if (refused !== undefined || !interaction.inGuild()) return refused;
    const subcommand = interaction.options.getSubcommand(true);
    return withRefusals(interaction, async () => {
      switch (subcommand) {
        case "add":
          return showAddModal(interaction);
        case "import":
          return importAttachment(interaction, deps);
        case "list":
          return listPage(interaction, 1, deps);
        case "show":
          return showDocument(interaction, deps);
        case "remove":
          return askToRemove(interaction, deps);
        default:
          throw new Error(`kb: unknown subcommand ${subcommand}`);
      }
    });
  },

  async modalSubmit(interaction, deps) {
    const refused = await refuseNonModerator(interaction);
    if (refused !== undefined || !interaction.inGuild()) return refused;
    if (interaction.customId !== ADD_MODAL_ID) {
      await refuse(interaction, STALE_BUTTON_MESSAGE);
      return "stale";
    }
    return withRefusals(interaction, () => submitAddModal(interaction, deps));
  },

  async component(interaction, deps) {
    const refused = await refuseNonModerator(interaction);
    if (refused !== undefined || !interaction.inGuild()) return refused;
    const [, action, argument = ""] = interaction.customId.split(":");
    return withRefusals(interaction, async () => {
      if (action === PAGE_BUTTON) return listPage(interaction, Number.parseInt(argument, 10) || 1, deps);
      if (action === REMOVE_BUTTON && argument !== "") return confirmRemove(interaction, argument, deps);
      if (action === KEEP_BUTTON) return keepDocument(interaction);
      await refuse(interaction, STALE_BUTTON_MESSAGE);
      return "stale";
    });
  },

  // Suggests the documents this server sees (show) or may remove (remove), matching id or title.
  async autocomplete(interaction, { library }) {
    if (!interaction.inGuild() || !isModerator(interaction)) {
      await interaction.respond([]);
      return "refused-permission";
    }
    const removable = interaction.options.getSubcommand(false) === "remove";
    const documents = (await library.store.listDocuments(interaction.guildId))
      .filter((document) => !removable || (!document.builtin && document.scope !== GLOBAL_SCOPE));
    await interaction.respond(documentChoices(documents, interaction.options.getFocused()));
    return "suggested";
  },
} satisfies SlashCommand;
