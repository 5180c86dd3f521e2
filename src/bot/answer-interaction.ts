import { MessageFlags, type ChatInputCommandInteraction, type MessageContextMenuCommandInteraction } from "discord.js";
import { answerQuestion } from "../answer/answer-question.ts";
import type { BotDeps, Outcome } from "./commands/command.ts";
import { renderAnswer } from "./render-answer.ts";
import { NO_MENTIONS } from "./safe-text.ts";

/** Discord mention syntax (`<@id>`, `<@&id>`, `<#id>`, `@everyone`, `@here`): not words the articles could contain. */
const DISCORD_MENTION = /<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b/g;

/** The question without Discord mentions, as the search should see it. */
export function withoutMentions(question: string): string {
  return question.replace(DISCORD_MENTION, " ").replace(/\s+/g, " ").trim();
}

/** Answers `question` in reply to an interaction: defers first, then edits in the quoted, cited answer. */
export async function answerInteraction(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  question: string,
  { knowledge, conversations }: BotDeps,
  { ephemeral, documentId }: { ephemeral: boolean; documentId?: string | undefined },
): Promise<Outcome> {
  // Deferring costs one round trip but keeps us inside Discord's 3 seconds however large the store grows.
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const { user, channelId } = interaction;
  const followsDocumentId = documentId === undefined ? conversations.documentOf(user.id, channelId) : undefined;
  const answer = answerQuestion(knowledge, withoutMentions(question), { scope: interaction.guildId ?? undefined, documentId, followsDocumentId });
  const answeredFrom = answer.citations[0]?.documentId;
  if (answer.answered && answeredFrom !== undefined) conversations.remember(user.id, channelId, answeredFrom);
  // The title shows the question as asked; renderAnswer escapes it and NO_MENTIONS keeps it silent.
  await interaction.editReply({ ...renderAnswer({ ...answer, question }), allowedMentions: NO_MENTIONS });
  return answer.answered ? "answered" : "not-found";
}
