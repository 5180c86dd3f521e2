import { extname } from "node:path";

/** Longest text typed into /kb add: Discord's limit for a paragraph text input in a modal. */
export const MAX_TEXT_LENGTH = 4_000;
/** Largest document file, for `kb add --file`, `kb import` and `/kb import`: 1 MB. */
export const MAX_FILE_BYTES = 1_048_576;
/** Longest title: Discord's limit for an embed title, where a title is shown. */
export const MAX_TITLE_LENGTH = 256;
/** Longest source URL, the length browsers and Discord reliably keep. */
export const MAX_URL_LENGTH = 2_048;
/** The file types a document can come from. */
export const DOCUMENT_FILE_EXTENSIONS: readonly string[] = [".txt", ".md"];

/** One clear sentence for each kind of bad input; the CLI and the bot show these as they are. */
export const INPUT_MESSAGES = {
  emptyText: "The text is empty: write or paste the text to add.",
  textTooLong: (length: number) => `The text is ${length} characters long; the limit is ${MAX_TEXT_LENGTH}. Upload it as a file instead (up to 1 MB).`,
  emptyTitle: "The title is empty: give the document a title.",
  titleTooLong: (length: number) => `The title is ${length} characters long; the limit is ${MAX_TITLE_LENGTH}.`,
  badUrl: (url: string) => `The source "${shorten(url)}" is not a web address: it must start with http:// or https://.`,
  urlTooLong: (length: number) => `The source address is ${length} characters long; the limit is ${MAX_URL_LENGTH}.`,
  badFileType: (name: string) => `The file "${shorten(name)}" is not a .txt or .md file.`,
  fileTooLarge: (name: string, bytes: number) =>
    `The file "${shorten(name)}" is ${formatBytes(bytes)}; the limit is 1 MB.`,
  notUtf8: (name: string) => `The file "${shorten(name)}" is not UTF-8 text.`,
  emptyFile: (name: string) => `The file "${shorten(name)}" has no text.`,
  unreadableFrontMatter: (name: string) =>
    `The metadata block at the top of "${shorten(name)}" cannot be read: write one field a line, as "title: Ferry strike called off" (fields: id, title, publisher, site, url).`,
  badServerId: (id: string) => `The server id "${shorten(id)}" is not a Discord server id (digits only).`,
} as const;

/** Bad input from a person, refused before anything is stored. `userMessage` is one sentence for them. */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly userMessage: string,
    detail: string,
  ) {
    super(`library: ${detail}`);
  }
}

const SERVER_ID = /^\d{1,20}$/;

function shorten(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

function formatBytes(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Why text typed into /kb add cannot be stored; undefined when it is fine. */
export function textProblem(text: string): string | undefined {
  if (text.trim() === "") return INPUT_MESSAGES.emptyText;
  if (text.length > MAX_TEXT_LENGTH) return INPUT_MESSAGES.textTooLong(text.length);
  return undefined;
}

/** Why a title cannot be used; undefined when it is fine. */
export function titleProblem(title: string): string | undefined {
  const trimmed = title.trim();
  if (trimmed === "") return INPUT_MESSAGES.emptyTitle;
  if (trimmed.length > MAX_TITLE_LENGTH) return INPUT_MESSAGES.titleTooLong(trimmed.length);
  return undefined;
}

/** Why a source cannot be used: it must be an absolute http(s) URL. Undefined when it is fine. */
export function sourceUrlProblem(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed.length > MAX_URL_LENGTH) return INPUT_MESSAGES.urlTooLong(trimmed.length);
  if (!URL.canParse(trimmed)) return INPUT_MESSAGES.badUrl(trimmed);
  const { protocol, hostname } = new URL(trimmed);
  if ((protocol !== "http:" && protocol !== "https:") || hostname === "") return INPUT_MESSAGES.badUrl(trimmed);
  return undefined;
}

/** Why a file cannot be a document before reading it: its name and size. Undefined when it is fine. */
export function fileProblem(name: string, sizeInBytes: number): string | undefined {
  if (!DOCUMENT_FILE_EXTENSIONS.includes(extname(name).toLowerCase())) return INPUT_MESSAGES.badFileType(name);
  if (sizeInBytes > MAX_FILE_BYTES) return INPUT_MESSAGES.fileTooLarge(name, sizeInBytes);
  return undefined;
}

/** Why a server id cannot be a scope; undefined when it is fine. */
export function serverIdProblem(id: string): string | undefined {
  return SERVER_ID.test(id) ? undefined : INPUT_MESSAGES.badServerId(id);
}

/**
 * Decodes a document file: checks name and size, then that it is UTF-8 text (no NUL bytes, which
 * only binary files have) with something in it. Throws an InputError otherwise.
 */
export function decodeDocumentFile(name: string, bytes: Uint8Array): string {
  const problem = fileProblem(name, bytes.byteLength);
  if (problem) throw new InputError(problem, `file ${name}: ${problem}`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(INPUT_MESSAGES.notUtf8(name), `file ${name} is not UTF-8`);
  }
  if (text.includes("\u0000")) throw new InputError(INPUT_MESSAGES.notUtf8(name), `file ${name} contains NUL bytes`);
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new InputError(INPUT_MESSAGES.emptyFile(name), `file ${name} is empty`);
  return text;
}
