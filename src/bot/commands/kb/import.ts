import { MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import { draftFromFile } from "../../../library/ingest.ts";
import { fileProblem } from "../../../library/validate-input.ts";
import { renderAdded } from "../../render-documents.ts";
import type { BotDeps, Outcome } from "../command.ts";
import { refuse, replyPrivately } from "./private-reply.ts";

/** How long the attachment download may take before it counts as failed. */
export const DOWNLOAD_TIMEOUT_MS = 15_000;
/** What /kb import says when Discord's file cannot be fetched. */
export const downloadFailedMessage = (name: string) =>
  `I couldn't download "${name}" from Discord; please try the import again in a moment.`;

/** The attachment's bytes, or undefined when the download fails. */
async function download(url: string): Promise<Uint8Array | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!response.ok) return undefined;
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    return undefined;
  }
}

/** /kb import file:<attachment>: a .txt or .md file, checked, downloaded, stored in this server's scope. */
export async function importAttachment(interaction: ChatInputCommandInteraction & { guildId: string }, { library }: BotDeps): Promise<Outcome> {
  const file = interaction.options.getAttachment("file", true);
  // Name and size are known before downloading: a wrong file is refused without fetching it.
  const problem = fileProblem(file.name, file.size);
  if (problem !== undefined) {
    await refuse(interaction, problem);
    return "refused-input";
  }
  // Downloading and indexing can outlast Discord's 3 seconds.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const bytes = await download(file.url);
  if (bytes === undefined) {
    await refuse(interaction, downloadFailedMessage(file.name));
    return "download-failed";
  }
  // draftFromFile checks the size again on the real bytes, UTF-8 and emptiness; the title is the first heading or the file name.
  const draft = draftFromFile({ name: file.name, bytes });
  const document = await library.addDocument({ draft, scope: interaction.guildId, addedBy: interaction.user.id, action: "import" });
  await replyPrivately(interaction, { content: renderAdded(document) });
  return "imported";
}
