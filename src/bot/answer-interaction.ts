import { MessageFlags, type ChatInputCommandInteraction, type MessageContextMenuCommandInteraction } from "discord.js";
import { answerQuestion } from "../answer/answer-question.ts";
import type { BotDeps, Outcome } from "./commands/command.ts";
import { renderAnswer } from "./render-answer.ts";
import { NO_MENTIONS } from "./safe-text.ts";

/** Answers `question` in reply to an interaction: defers first, then edits in the quoted, cited answer. */
export async function answerInteraction(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  question: string,
  { knowledge }: BotDeps,
  { ephemeral }: { ephemeral: boolean },
): Promise<Outcome> {
  // Deferring costs one round trip but keeps us inside Discord's 3 seconds however large the store grows.
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const answer = answerQuestion(knowledge, question, { scope: interaction.guildId ?? undefined });
  await interaction.editReply({ ...renderAnswer(answer), allowedMentions: NO_MENTIONS });
  return answer.answered ? "answered" : "not-found";
}
