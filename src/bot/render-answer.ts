import { EmbedBuilder, type APIEmbed } from "discord.js";
import type { Answer, Citation } from "../answer/answer.ts";
import {
  MAX_CONTENT_LENGTH,
  MAX_EMBED_DESCRIPTION_LENGTH,
  MAX_EMBED_FOOTER_LENGTH,
  MAX_EMBED_TITLE_LENGTH,
} from "./discord-limits.ts";
import { safeText, safeUrl, truncate } from "./safe-text.ts";

/** Longest quote shown, so three quotes and their citations fit in one description. */
export const MAX_QUOTE_LENGTH = 1000;
/** Longest document title shown in a citation. */
export const MAX_CITED_TITLE_LENGTH = 200;
/** The colour of answer embeds. */
export const ANSWER_COLOR = 0x3b82f6;
/** What the footer of every answer says. */
export const ANSWER_FOOTER = "Quoted word for word from the sources. /source lists everything I know.";
/** What the bot says when nothing answers the question; the question is prepended. */
export const NOT_FOUND_MESSAGE =
  "I couldn't find a sentence that answers this in what I know. Try other words, or see /source for the articles I can quote.";

/** A message ready for `reply` or `editReply`: either an embed or plain content. */
export interface RenderedMessage {
  content?: string;
  embeds?: APIEmbed[];
}

/** Where a quote sits in its document: "headline" or "paragraph 2, sentence 1". */
export function describeLocation(citation: Pick<Citation, "paragraph" | "sentence">): string {
  return citation.paragraph === 0 ? "headline" : `paragraph ${citation.paragraph}, sentence ${citation.sentence}`;
}

function renderCitation(citation: Citation): string {
  const title = safeText(citation.title, MAX_CITED_TITLE_LENGTH);
  const url = safeUrl(citation.url);
  const parts = [`*${title}*`];
  if (citation.publisher) parts.push(safeText(citation.publisher, MAX_CITED_TITLE_LENGTH));
  parts.push(describeLocation(citation));
  if (url !== undefined) parts.push(`[read the source](${url})`);
  return `> ${safeText(citation.text, MAX_QUOTE_LENGTH)}\n— ${parts.join(" · ")}`;
}

/** The reply to a question: the quoted sentences with their citations, or the not-found message. */
export function renderAnswer(answer: Answer): RenderedMessage {
  const question = safeText(answer.question, MAX_EMBED_TITLE_LENGTH);
  if (!answer.answered || answer.citations.length === 0) {
    return { content: truncate(`**${question}**\n${NOT_FOUND_MESSAGE}`, MAX_CONTENT_LENGTH) };
  }
  const description = answer.citations.map(renderCitation).join("\n\n");
  const embed = new EmbedBuilder()
    .setColor(ANSWER_COLOR)
    .setTitle(question)
    .setDescription(truncate(description, MAX_EMBED_DESCRIPTION_LENGTH))
    .setFooter({ text: truncate(ANSWER_FOOTER, MAX_EMBED_FOOTER_LENGTH) });
  return { embeds: [embed.toJSON()] };
}
