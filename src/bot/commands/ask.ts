import { MessageFlags, SlashCommandBuilder } from "discord.js";
import { answerQuestion } from "../../answer/answer-question.ts";
import { MAX_QUESTION_LENGTH, questionProblem } from "../../answer/question.ts";
import { answerInteraction } from "../answer-interaction.ts";
import { MAX_AUTOCOMPLETE_CHOICE_LENGTH, MAX_AUTOCOMPLETE_CHOICES } from "../discord-limits.ts";
import { documentChoices } from "../document-choices.ts";
import { NO_MENTIONS, safeText, truncate } from "../safe-text.ts";
import type { SlashCommand } from "./command.ts";

/** The private reply to a document this server does not see; another server's id looks the same as none. */
export function unknownDocumentMessage(documentId: string): string {
  return `No document "${safeText(documentId, MAX_AUTOCOMPLETE_CHOICE_LENGTH)}" here: /source lists the ones I know.`;
}

/** Typed characters before autocomplete starts suggesting sentences. */
export const MIN_AUTOCOMPLETE_LENGTH = 3;

/**
 * `/ask question:<text> private:<boolean> document:<id>`: quotes the sentences that answer
 * the question, from every article this server sees or from the one named.
 */
export const ask = {
  kind: "slash",
  cooldown: true,
  data: new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask a question; I answer by quoting the sentences of the articles, with their sources.")
    .addStringOption((option) =>
      option
        .setName("question")
        .setDescription("Your question, for example: who headed the Hamas delegation to Moscow?")
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH)
        .setAutocomplete(true),
    )
    .addBooleanOption((option) => option.setName("private").setDescription("Only you see the answer."))
    .addStringOption((option) =>
      option
        .setName("document")
        .setDescription("Answer from this document only (start typing its title).")
        .setMaxLength(MAX_AUTOCOMPLETE_CHOICE_LENGTH)
        .setAutocomplete(true),
    ),

  async execute(interaction, deps) {
    const question = interaction.options.getString("question", true);
    const problem = questionProblem(question);
    if (problem !== undefined) {
      await interaction.reply({ content: problem, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return "invalid-question";
    }
    const ephemeral = interaction.options.getBoolean("private") ?? false;
    const documentId = interaction.options.getString("document")?.trim();
    const scope = interaction.guildId ?? undefined;
    if (documentId !== undefined && !deps.knowledge.sees(documentId, scope)) {
      await interaction.reply({ content: unknownDocumentMessage(documentId), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return "unknown-document";
    }
    return answerInteraction(interaction, question, deps, { ephemeral, documentId });
  },

  // Suggests the sentences the question would find, so people see what the bot can quote while they
  // type; for the document, the documents this server sees.
  async autocomplete(interaction, { knowledge }) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === "document") {
      await interaction.respond(documentChoices(knowledge.documents(interaction.guildId ?? undefined), focused.value));
      return "suggested-documents";
    }
    const typed = focused.value.trim();
    if (typed.length < MIN_AUTOCOMPLETE_LENGTH || questionProblem(typed) !== undefined) {
      await interaction.respond([]);
      return "no-suggestions";
    }
    // Once a document is chosen, the suggestions come from it alone, as the answer will.
    const answer = answerQuestion(knowledge, typed, {
      scope: interaction.guildId ?? undefined,
      documentId: interaction.options.getString("document")?.trim(),
      limit: MAX_AUTOCOMPLETE_CHOICES - 1,
    });
    // A choice's value is what gets asked: echo the typed question only when it fits whole.
    const echo = typed.length <= MAX_AUTOCOMPLETE_CHOICE_LENGTH ? [typed] : [];
    const texts = [...echo, ...answer.citations.map((citation) => citation.text)]
      .map((text) => truncate(text.replace(/\s+/g, " "), MAX_AUTOCOMPLETE_CHOICE_LENGTH));
    const unique = [...new Set(texts)].slice(0, MAX_AUTOCOMPLETE_CHOICES);
    await interaction.respond(unique.map((text) => ({ name: text, value: text })));
    return "suggested";
  },
} satisfies SlashCommand;
