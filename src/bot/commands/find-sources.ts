import { ApplicationCommandType, ContextMenuCommandBuilder, MessageFlags } from "discord.js";
import { MAX_QUESTION_LENGTH } from "../../answer/question.ts";
import { answerInteraction } from "../answer-interaction.ts";
import { NO_MENTIONS } from "../safe-text.ts";
import type { MessageCommand } from "./command.ts";

/** What the bot says when the chosen message has no text (only an image or an embed). */
export const NO_MESSAGE_TEXT_MESSAGE = "That message has no text I can look up.";

/** The message's text as a question: whitespace folded, cut at a word near the question limit. */
export function messageAsQuestion(content: string): string {
  const text = content.replace(/\s+/g, " ").trim();
  if (text.length <= MAX_QUESTION_LENGTH) return text;
  const cut = text.slice(0, MAX_QUESTION_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return lastSpace > MAX_QUESTION_LENGTH / 2 ? cut.slice(0, lastSpace) : cut;
}

/** Message context menu "Find sources": privately quotes the sentences that support or concern a message. */
export const findSources = {
  kind: "message",
  cooldown: true,
  data: new ContextMenuCommandBuilder().setName("Find sources").setType(ApplicationCommandType.Message),

  async execute(interaction, deps) {
    const question = messageAsQuestion(interaction.targetMessage.content);
    if (question === "") {
      await interaction.reply({ content: NO_MESSAGE_TEXT_MESSAGE, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return "no-text";
    }
    return answerInteraction(interaction, question, deps, { ephemeral: true });
  },
} satisfies MessageCommand;
