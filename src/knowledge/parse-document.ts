import { basename, extname } from "node:path";
import { parse as parseYaml } from "yaml";
import type { DocumentDraft } from "./document.ts";
import { splitParagraphs } from "./split-sentences.ts";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/m;
const MAX_ID_LENGTH = 64;

/** Turns a title or file name into an id: lower case, ASCII letters, digits and dashes. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, "");
}

function optionalString(value: unknown, field: string, fileName: string): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string" && typeof value !== "number") {
    throw new Error(`document: ${fileName}: front matter "${field}" must be text`);
  }
  return String(value).trim();
}

/** Reads a metadata block (YAML front matter), if any, apart from the text. */
function readFrontMatter(text: string, fileName: string): { meta: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { meta: {}, body: text };
  const meta: unknown = parseYaml(match[1] ?? "");
  if (meta !== null && (typeof meta !== "object" || Array.isArray(meta))) {
    throw new Error(`document: ${fileName}: front matter is not a list of fields`);
  }
  return { meta: (meta ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

/**
 * Parses a document file: optional YAML front matter (id, title, publisher, site, url), then the
 * text in paragraphs. Without a title in the front matter, the first Markdown heading is the title
 * (and leaves the body), else the file name.
 */
export function parseDocument(text: string, fileName: string): DocumentDraft {
  const { meta, body: rawBody } = readFrontMatter(text.replace(/^\uFEFF/, ""), fileName);
  let body = rawBody;
  let title = optionalString(meta.title, "title", fileName);
  if (title === undefined) {
    const heading = HEADING.exec(body);
    if (heading) {
      title = heading[1]?.trim();
      body = body.slice(0, heading.index) + body.slice(heading.index + heading[0].length);
    }
  }
  title ||= basename(fileName, extname(fileName));
  const id = optionalString(meta.id, "id", fileName) ?? slugify(title);
  if (id === "") throw new Error(`document: ${fileName}: no usable id`);
  const draft: DocumentDraft = { id, title, paragraphs: splitParagraphs(body) };
  const publisher = optionalString(meta.publisher, "publisher", fileName);
  const site = optionalString(meta.site, "site", fileName);
  const url = optionalString(meta.url, "url", fileName);
  if (publisher) draft.publisher = publisher;
  if (site) draft.site = site;
  if (url) draft.url = url;
  return draft;
}
