import { basename, extname } from "node:path";
import { parse as parseYaml } from "yaml";
import type { DocumentDraft } from "./document.ts";
import { splitParagraphs } from "./split-sentences.ts";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
// A metadata line written by hand: "title: Ukraine war: talks resume".
const PLAIN_FIELD = /^([A-Za-z][\w-]*):[ \t]*(.*?)[ \t]*$/;
const COMMENT_LINE = /^\s*#/;
const HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/m;
const MAX_ID_LENGTH = 64;
// A copied news page opens with its headline on a line of its own, set off by more than one blank
// line or followed, at the end, by the page's "Source:" line.
const FIRST_LINE_ALONE = /^\s*([^\n]+?)[ \t]*\n[ \t]*\n(?:([ \t]*\n)+)?/;
const MAX_HEADLINE_LENGTH = 200;
const MAX_HEADLINE_WORDS = 20;
// What a copied page leaves after the article: "Source: theguardian.com", "You May Also Like".
const SOURCE_LINE = /^source:\s*(\S+)$/i;
const HAS_SOURCE_LINE = /^[ \t]*source:[ \t]*\S+[ \t]*$/im;
const MAX_CHROME_WORDS = 6;
const SENTENCE_END = /[.!?…"”’)]$/;

/** True for a copied page's "Source: site" line, which the document keeps as its last sentence. */
export function isSourceLine(text: string): boolean {
  return SOURCE_LINE.test(text.trim());
}

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

/**
 * The fields of a metadata block: YAML, or else plain "name: value" lines, each value as typed. YAML
 * refuses a value holding ": " unless it is quoted, and headlines often hold one ("title: School run:
 * a father's headache").
 */
function readFields(block: string): unknown {
  try {
    return parseYaml(block);
  } catch (error) {
    const lines = block.split(/\r?\n/).filter((line) => line.trim() !== "" && !COMMENT_LINE.test(line));
    const fields = lines.flatMap((line) => {
      const field = PLAIN_FIELD.exec(line);
      return field?.[1] === undefined ? [] : [[field[1], field[2] ?? ""] as const];
    });
    if (fields.length === 0 || fields.length < lines.length) throw error;
    return Object.fromEntries(fields);
  }
}

/** Reads a metadata block (YAML front matter), if any, apart from the text. */
function readFrontMatter(text: string, fileName: string): { meta: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { meta: {}, body: text };
  const meta = readFields(match[1] ?? "");
  if (meta !== null && (typeof meta !== "object" || Array.isArray(meta))) {
    throw new Error(`document: ${fileName}: front matter is not a list of fields`);
  }
  return { meta: (meta ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

/**
 * The first line as a headline: alone, short, with text after it, and either on a copied news page
 * or not ending like a sentence (headlines have no full stop: "Ferry strike called off").
 */
function headlineLine(body: string): RegExpExecArray | null {
  const line = FIRST_LINE_ALONE.exec(body);
  const text = line?.[1] ?? "";
  if (!line || text.length > MAX_HEADLINE_LENGTH) return null;
  const rest = body.slice(line[0].length);
  const isCopiedPage = line[2] !== undefined || HAS_SOURCE_LINE.test(rest);
  const readsAsHeadline = isShortLine(text, MAX_HEADLINE_WORDS);
  return (isCopiedPage || readsAsHeadline) && rest.trim() !== "" ? line : null;
}

/** A line that does not read as a sentence: no closing punctuation, and at most this many words. */
function isShortLine(text: string, maxWords: number): boolean {
  return !SENTENCE_END.test(text) && text.split(/\s+/).length <= maxWords;
}

/** A link or a heading a page shows after the article ("You May Also Like"). */
function isPageLink(paragraph: string): boolean {
  return isShortLine(paragraph, MAX_CHROME_WORDS);
}

/**
 * The paragraphs without the links a copied web page leaves after its "Source: site" line ("You May
 * Also Like", "More From Author"): none answers a question, and any could be quoted for an unrelated
 * one. The source line stays, since it answers "what's the source of this article?", and its site is
 * kept. A file without such a source line keeps every paragraph, short last lines of a moderator's
 * note included.
 */
function withoutPageChrome(paragraphs: string[]): { paragraphs: string[]; source?: string } {
  let at = paragraphs.length - 1;
  while (at >= 0 && !SOURCE_LINE.test(paragraphs[at] ?? "")) at--;
  const source = SOURCE_LINE.exec(paragraphs[at] ?? "")?.[1];
  if (at < 1 || source === undefined || !paragraphs.slice(at + 1).every(isPageLink)) return { paragraphs };
  return { paragraphs: paragraphs.slice(0, at + 1), source };
}

/**
 * Parses a document file: optional YAML front matter (id, title, publisher, site, url), then the
 * text in paragraphs. Without a title in the front matter, the first Markdown heading is the title
 * (and leaves the body), else a first line standing alone as a headline, else the file name.
 */
export function parseDocument(text: string, fileName: string): DocumentDraft {
  const { meta, body: rawBody } = readFrontMatter(text.replace(/^\uFEFF/, ""), fileName);
  let body = rawBody;
  let title = optionalString(meta.title, "title", fileName);
  if (title === undefined) {
    const heading = HEADING.exec(body) ?? headlineLine(body);
    if (heading) {
      title = heading[1]?.trim();
      body = body.slice(0, heading.index) + body.slice(heading.index + heading[0].length);
    }
  }
  title ||= basename(fileName, extname(fileName));
  const id = optionalString(meta.id, "id", fileName) ?? slugify(title);
  if (id === "") throw new Error(`document: ${fileName}: no usable id`);
  const { paragraphs, source } = withoutPageChrome(splitParagraphs(body));
  const draft: DocumentDraft = { id, title, paragraphs };
  const publisher = optionalString(meta.publisher, "publisher", fileName);
  const site = optionalString(meta.site, "site", fileName) ?? source;
  const url = optionalString(meta.url, "url", fileName);
  if (publisher) draft.publisher = publisher;
  if (site) draft.site = site;
  if (url) draft.url = url;
  return draft;
}
