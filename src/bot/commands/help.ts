import { EmbedBuilder, SlashCommandBuilder } from "discord.js";
import { MAX_QUESTION_LENGTH } from "../../answer/question.ts";
import { ANSWER_COLOR } from "../render-answer.ts";
import { NO_MENTIONS } from "../safe-text.ts";
import type { SlashCommand } from "./command.ts";

/** The title of the /help embed. */
export const HELP_TITLE = "How I answer";
/** The body of the /help embed. */
export const HELP_TEXT = [
  "I answer questions about the articles I know by quoting their sentences word for word, each with its source: the article, its publisher, and the paragraph and sentence it comes from.",
  "",
  `**/ask** \`question\` (up to ${MAX_QUESTION_LENGTH} characters): for example *who headed the Hamas delegation to Moscow?* Add \`private:True\` to see the answer alone, \`document\` to answer from one article. A follow-up within ten minutes (*who led it?*) leans on the article of my last answer to you here.`,
  "**/source**: the articles I can quote.",
  "**Find sources**: right-click a message → Apps → Find sources, and I privately quote what supports or concerns it.",
  "",
  "If nothing I know answers a question, I say so rather than guess.",
].join("\n");

/** `/help`: what the bot does and how to ask. */
export const help = {
  kind: "slash",
  data: new SlashCommandBuilder().setName("help").setDescription("What I do and how to ask me."),

  async execute(interaction) {
    const embed = new EmbedBuilder().setColor(ANSWER_COLOR).setTitle(HELP_TITLE).setDescription(HELP_TEXT);
    await interaction.reply({ embeds: [embed], allowedMentions: NO_MENTIONS });
  },
} satisfies SlashCommand;
