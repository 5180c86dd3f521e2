import { escapeMarkdown } from "discord.js";

/** What the bot puts on every reply: no text it sends may ping anyone (`@everyone`, `@here`, `<@id>`, roles). */
export const NO_MENTIONS = Object.freeze({ parse: [] as never[] });

/** The mark that shows text was shortened. */
export const ELLIPSIS = "…";

/** Shortens text to at most `max` characters, ending with an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, max);
  // Cut before a lone high surrogate so an emoji is never split in half.
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

const MARKDOWN_ESCAPES = { maskedLink: true, heading: true, bulletedList: true, numberedList: true } as const;

/** Text from users or documents made inert for Markdown, then cut to `max` characters. */
export function safeText(text: string, max: number): string {
  // Escaping only lengthens text, so cutting to `max` first bounds escapeMarkdown's work on huge input;
  // cutting again afterwards keeps the limit, and escaping before that last cut leaves no dangling `**`.
  // Masked links, headings and lists are off in escapeMarkdown's defaults: "[prize](https://evil)" must not become a link.
  return truncate(escapeMarkdown(truncate(text.replace(/\s+/g, " ").trim(), max), MARKDOWN_ESCAPES), max);
}

/** A link Markdown can hold: http(s) only, with the characters that end a Markdown link encoded. */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
    return parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/ /g, "%20");
  } catch {
    return undefined;
  }
}
