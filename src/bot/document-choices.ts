import type { ApplicationCommandOptionChoiceData } from "discord.js";
import { MAX_AUTOCOMPLETE_CHOICE_LENGTH, MAX_AUTOCOMPLETE_CHOICES } from "./discord-limits.ts";
import { truncate } from "./safe-text.ts";

/** What a document option's suggestions show of a document. */
export interface NamedDocument {
  id: string;
  title: string;
}

/**
 * Suggestions for an option that names a document: those whose id or title holds the typed text,
 * newest first (the document just added is the one most often asked about), within Discord's limits.
 */
export function documentChoices(documents: readonly NamedDocument[], typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const wanted = typed.trim().toLowerCase();
  return documents
    .filter((document) => document.id.length <= MAX_AUTOCOMPLETE_CHOICE_LENGTH)
    .filter((document) => wanted === "" || document.id.includes(wanted) || document.title.toLowerCase().includes(wanted))
    .reverse()
    .slice(0, MAX_AUTOCOMPLETE_CHOICES)
    .map((document) => ({
      name: truncate(`${document.title.replace(/\s+/g, " ")} (${document.id})`, MAX_AUTOCOMPLETE_CHOICE_LENGTH),
      value: document.id,
    }));
}
