import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  time,
  TimestampStyles,
  type APIEmbed,
  type APIActionRowComponent,
  type APIButtonComponent,
} from "discord.js";
import { GLOBAL_SCOPE, type Sentence } from "../knowledge/document.ts";
import type { DocumentSummary, StoredDocument } from "../store/store.ts";
import { MAX_CONTENT_LENGTH, MAX_EMBED_DESCRIPTION_LENGTH, MAX_EMBED_FOOTER_LENGTH, MAX_EMBED_TITLE_LENGTH } from "./discord-limits.ts";
import { ANSWER_COLOR } from "./render-answer.ts";
import { safeText, safeUrl, truncate } from "./safe-text.ts";

/** Documents on one page of /kb list. */
export const DOCUMENTS_PER_PAGE = 10;
/** Longest title in a list line, so a full page stays well inside one embed description. */
export const MAX_LISTED_TITLE_LENGTH = 100;
/** Longest sentence shown by /kb show and in the preview after adding. */
export const MAX_SHOWN_SENTENCE_LENGTH = 300;
/** The title of the /kb list embed. */
export const DOCUMENT_LIST_TITLE = "Documents this server's answers can quote";
/** What /kb list says when the server sees no documents at all. */
export const NO_DOCUMENTS_MESSAGE = "There are no documents yet. Add one with /kb add or /kb import.";

/** A message with optional buttons, ready for reply, editReply or update. */
export interface RenderedPage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** Who added a document: a Discord user as a mention (shown as a name, never a ping), else the name the CLI recorded. */
export function describeAdder(addedBy: string): string {
  return /^\d{17,20}$/.test(addedBy) ? `<@${addedBy}>` : safeText(addedBy, MAX_LISTED_TITLE_LENGTH);
}

function when(addedAt: string): string {
  const date = new Date(addedAt);
  return Number.isNaN(date.getTime()) ? safeText(addedAt, 40) : time(date, TimestampStyles.ShortDate);
}

function plural(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}

/** One line of /kb list: id, title, sentences, who added it and when; shared documents say so. */
export function describeSummary(summary: DocumentSummary): string {
  const title = safeText(summary.title, MAX_LISTED_TITLE_LENGTH);
  const origin = summary.builtin ? "built in" : summary.scope === GLOBAL_SCOPE ? "shared by every server" : `added by ${describeAdder(summary.addedBy)}`;
  return `\`${summary.id}\` **${title}** · ${plural(summary.sentenceCount, "sentence")} · ${origin} ${when(summary.addedAt)}`;
}

/** The page count for `total` documents (at least one page). */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / DOCUMENTS_PER_PAGE));
}

/** Page `page` (1-based, clamped) of the document list, with Previous/Next buttons whose custom ids `pageId` makes. */
export function renderDocumentPage(documents: readonly DocumentSummary[], page: number, pageId: (page: number) => string): RenderedPage {
  if (documents.length === 0) return { content: NO_DOCUMENTS_MESSAGE, embeds: [], components: [] };
  const pages = pageCount(documents.length);
  const current = Math.min(Math.max(1, page), pages);
  const lines = documents
    .slice((current - 1) * DOCUMENTS_PER_PAGE, current * DOCUMENTS_PER_PAGE)
    .map(describeSummary);
  const embed = new EmbedBuilder()
    .setColor(ANSWER_COLOR)
    .setTitle(DOCUMENT_LIST_TITLE)
    .setDescription(truncate(lines.join("\n"), MAX_EMBED_DESCRIPTION_LENGTH))
    .setFooter({ text: `Page ${current} of ${pages} · ${plural(documents.length, "document")} · /kb show ID for the sentences` });
  if (pages === 1) return { embeds: [embed.toJSON()], components: [] };
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(pageId(current - 1)).setLabel("Previous").setStyle(ButtonStyle.Secondary).setDisabled(current === 1),
    new ButtonBuilder().setCustomId(pageId(current + 1)).setLabel("Next").setStyle(ButtonStyle.Secondary).setDisabled(current === pages),
  );
  return { embeds: [embed.toJSON()], components: [row.toJSON()] };
}

/** The first sentence of the body (the title is paragraph 0), else the title. */
export function firstSentence(document: Pick<StoredDocument, "sentences" | "title">): string {
  return (document.sentences.find((sentence) => sentence.paragraph > 0) ?? document.sentences[0])?.text ?? document.title;
}

/** The private reply after /kb add or /kb import: the new id, the number of sentences, a preview. */
export function renderAdded(document: StoredDocument): string {
  const preview = safeText(firstSentence(document), MAX_SHOWN_SENTENCE_LENGTH);
  const text = `Added \`${document.id}\` (**${safeText(document.title, MAX_LISTED_TITLE_LENGTH)}**) with ${plural(document.sentences.length, "sentence")}; it can be quoted now.\n> ${preview}`;
  return truncate(text, MAX_CONTENT_LENGTH);
}

/** Where a sentence sits, as its ref says: `p2.s1`. */
function shortRef(sentence: Sentence): string {
  return sentence.ref.slice(sentence.ref.indexOf("#") + 1);
}

/** /kb show: every sentence that fits, each with its ref, and a note of how many did not. */
export function renderDocument(document: StoredDocument): APIEmbed {
  const lines: string[] = [];
  let length = 0;
  for (const [index, sentence] of document.sentences.entries()) {
    const line = `\`${shortRef(sentence)}\` ${safeText(sentence.text, MAX_SHOWN_SENTENCE_LENGTH)}`;
    const more = `… and ${plural(document.sentences.length - index, "more sentence")}.`;
    if (length + line.length + 1 + more.length > MAX_EMBED_DESCRIPTION_LENGTH) {
      lines.push(more);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  const embed = new EmbedBuilder()
    .setColor(ANSWER_COLOR)
    .setTitle(safeText(document.title, MAX_EMBED_TITLE_LENGTH))
    .setDescription(lines.join("\n") || "(no sentences)")
    .setFooter({
      text: truncate(
        `${document.id} · ${plural(document.sentences.length, "sentence")} · refs are ${document.id}#p<paragraph>.s<sentence>, p0 is the title`,
        MAX_EMBED_FOOTER_LENGTH,
      ),
    });
  const url = safeUrl(document.url);
  if (url !== undefined) embed.setURL(url);
  return embed.toJSON();
}

/** The question /kb remove asks, with its Remove and Cancel buttons. */
export function renderRemoveConfirmation(document: StoredDocument, confirmId: string, cancelId: string): RenderedPage {
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(confirmId).setLabel("Remove").setStyle(ButtonStyle.Danger),
    new ButtonBuilder().setCustomId(cancelId).setLabel("Cancel").setStyle(ButtonStyle.Secondary),
  );
  const content = `Remove \`${document.id}\` (**${safeText(document.title, MAX_LISTED_TITLE_LENGTH)}**, ${plural(document.sentences.length, "sentence")})? Answers will stop quoting it at once.`;
  return { content: truncate(content, MAX_CONTENT_LENGTH), embeds: [], components: [row.toJSON()] };
}
