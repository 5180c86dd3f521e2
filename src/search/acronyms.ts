/**
 * Acronyms an article writes, tied to the phrase they stand for where it spells them out. News calls
 * a body by its initials and by its words in turn ("PTA chair Naveen Sharma", "the school's
 * parent-teacher association has raised £6,340"): a question giving one form asks the sentences
 * saying the other too.
 */
import { isStopWord } from "./text.ts";

// Three to six capitals standing alone: "PTA", "HSE", "RSPB". Two are too often one word's letters
// ("TV", television) for any two words starting so ("television viewers") to spell them.
const WRITTEN_ACRONYM = /\b\p{Lu}{3,6}\b/gu;
// A sentence written all in capitals (a shouted heading) writes no acronym.
const LOWER_CASE = /\p{Ll}/u;
// Short words inside a spelled-out phrase that its acronym may leave out ("Royal Society for the
// Protection of Birds", RSPB); "of" may keep its letter ("Department of Energy", DOE), but "arms and
// ammunition" spells no AAA.
const CONNECTORS: ReadonlySet<string> = new Set(["of", "and", "for", "the", "on", "in"]);
const LETTERED_CONNECTOR = "of";

/**
 * For each sentence of a document, in order, the words to index beside its own: the acronyms the
 * document writes whose phrase the sentence spells out, and the words of the phrases the document
 * spells out for the acronyms the sentence writes. A document writing no acronym adds none.
 */
export function acronymLinks(sentences: readonly string[], sentenceWords: readonly (readonly string[])[]): string[][] {
  const acronyms = [...writtenAcronyms(sentences)];
  if (acronyms.length === 0) return sentences.map(() => []);
  const found = sentenceWords.map((said) => acronyms.flatMap((acronym) => phrasesSpelling(said, acronym).map((phrase) => ({ acronym, phrase }))));
  // Two different phrases spelling one acronym ("Health and Safety Executive", "Hill Street Estate")
  // leave it unsure which one it stands for: it is tied to neither.
  const phrasesOf = new Map<string, Set<string>>();
  for (const { acronym, phrase } of found.flat()) phrasesOf.set(acronym, (phrasesOf.get(acronym) ?? new Set()).add(phrase.join(" ")));
  const spelled = found.map((links) => links.filter(({ acronym }) => phrasesOf.get(acronym)?.size === 1));
  const phraseWords = new Map<string, string[]>();
  for (const { acronym, phrase } of spelled.flat()) phraseWords.set(acronym, phrase.filter((word) => !CONNECTORS.has(word)));
  return sentenceWords.map((said, at) => {
    const own = new Set(said);
    const added = new Set<string>();
    for (const { acronym } of spelled[at] ?? []) if (!own.has(acronym)) added.add(acronym);
    for (const acronym of acronyms) {
      if (own.has(acronym)) for (const word of phraseWords.get(acronym) ?? []) if (!own.has(word)) added.add(word);
    }
    return [...added];
  });
}

/** The acronyms a document writes, in lower case, as its words are; not a stop word's capitals ("THE"). */
function writtenAcronyms(sentences: readonly string[]): Set<string> {
  const acronyms = new Set<string>();
  for (const sentence of sentences) {
    if (!LOWER_CASE.test(sentence)) continue;
    for (const [written] of sentence.matchAll(WRITTEN_ACRONYM)) {
      const acronym = written.toLowerCase();
      if (!isStopWord(acronym)) acronyms.add(acronym);
    }
  }
  return acronyms;
}

/**
 * The runs of words whose initials spell an acronym, each opening and closing on a content word, a
 * connector between taking no letter (or "of" one): "parent teacher association" for "pta", "royal
 * society for the protection of birds" for "rspb". The acronym itself spells nothing.
 */
function phrasesSpelling(said: readonly string[], acronym: string): string[][] {
  const phrases: string[][] = [];
  const isContent = (word: string | undefined) => word !== undefined && word !== acronym && !isStopWord(word);
  const endsAt = (at: number, letter: number): number | undefined => {
    const word = said[at];
    if (word === undefined) return undefined;
    if (word[0] === acronym[letter] && (isContent(word) || word === LETTERED_CONNECTOR)) {
      if (letter === acronym.length - 1) return isContent(word) ? at : undefined;
      const end = endsAt(at + 1, letter + 1);
      if (end !== undefined) return end;
    }
    return CONNECTORS.has(word) && letter > 0 ? endsAt(at + 1, letter) : undefined;
  };
  said.forEach((word, start) => {
    if (!isContent(word) || word[0] !== acronym[0]) return;
    const end = endsAt(start, 0);
    if (end !== undefined) phrases.push(said.slice(start, end + 1));
  });
  return phrases;
}
