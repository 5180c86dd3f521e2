import { doubleMetaphone } from "double-metaphone";
import Fuse from "fuse.js";
import { editDistance, swaps } from "./edit-distance.ts";

const DEFAULTS = {
  /** Fuse.js score above which a word is not taken as a misspelling (0 exact, 1 anything). */
  maxScore: 0.34,
  /** Shorter words have too many neighbours to guess from. */
  minLength: 4,
  /** A misspelling rarely changes a word's length by more than this. */
  maxLengthDifference: 2,
  /** Candidates kept per misspelt word. */
  maxCandidates: 3,
  /** Fuse.js matches read per misspelt word, before they are ranked by edits over the whole word. */
  fuseMatches: 200,
} as const;

/** Words whose Fuse.js matches are kept per first letter; past this, they are dropped and found again. */
const MAX_KEPT_MATCHES = 1_000;

/** Fewest sounds in a key that words are matched by unless told otherwise (see soundingAlike). */
const MIN_SOUNDS = 3;

/** A known word that a misspelt one may stand for, with Fuse.js's closeness (0 to 1, 1 exact). */
export interface SpellingCandidate {
  word: string;
  closeness: number;
  /** True when the two sound the same by Double Metaphone ("marzuk", "marzook"). */
  soundsAlike: boolean;
}

/**
 * Every word the knowledge base has seen, so a misspelt question word ("Bogdonov") can be matched
 * to real ones ("bogdanov"). Fuse.js runs over the distinct words, not over sentences, so its cost
 * follows the vocabulary, which grows far slower than the text. Words are added in the order the
 * documents are met, which decides among equal matches (Fuse.js keeps the first); a knowledge base
 * whose documents were removed or met out of order tells its words again from empty (see clear).
 * Whether a word is in some document the question may be asked of is the caller's to say (`isPresent`).
 */
export class Vocabulary {
  private readonly wordsByInitial = new Map<string, string[]>();
  /** Every word, to find the ones a swap of two letters makes from a misspelt one. */
  private readonly known = new Set<string>();
  /** One Fuse.js index per first letter, built when first needed and dropped when its words change. */
  private readonly fuseByInitial = new Map<string, Fuse<string>>();
  /**
   * Per first letter, what Fuse.js found for each word searched for, dropped when its words change:
   * a word the knowledge base lacks (a name, a slip) is looked up again by every question that has it.
   */
  private readonly matchesByInitial = new Map<string, Map<string, ReadonlyMap<string, number>>>();
  /** Per first letter, its words by their sounds (see soundsOf), built when first needed and dropped when its words change. */
  private readonly soundsByInitial = new Map<string, Map<string, string[]>>();
  private readonly options: typeof DEFAULTS;

  constructor(options: Partial<typeof DEFAULTS> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Forgets every word, to be told them again in another order. */
  clear(): void {
    this.wordsByInitial.clear();
    this.known.clear();
    this.fuseByInitial.clear();
    this.matchesByInitial.clear();
    this.soundsByInitial.clear();
  }

  /** Records a word seen for the first time. */
  add(word: string): void {
    const initial = word.charAt(0);
    let words = this.wordsByInitial.get(initial);
    if (!words) this.wordsByInitial.set(initial, (words = []));
    words.push(word);
    this.known.add(word);
    this.fuseByInitial.delete(initial);
    this.matchesByInitial.delete(initial);
    this.soundsByInitial.delete(initial);
  }

  /**
   * Present words that sound like one that is not present, by Double Metaphone ("delegashun" and
   * "delegation" are both TLKXN): a word spelt as it sounds may be several slips from its spelling.
   * By a key of `minSounds` sounds or more: a short one ("L" for "lee", "leigh", "law", "lay") is
   * shared by too many words to tell one unless something else does.
   */
  soundingAlike(word: string, isPresent: (word: string) => boolean, minSounds = MIN_SOUNDS): string[] {
    const sounds = this.soundsFor(word.charAt(0));
    const keys = soundsOf(word).filter((sound) => sound.length >= minSounds);
    return [...new Set(keys.flatMap((sound) => sounds.get(sound) ?? []))].filter((known) => known !== word && isPresent(known));
  }

  /** Present words close in spelling to one that is not present. */
  candidates(word: string, isPresent: (word: string) => boolean): SpellingCandidate[] {
    const { minLength, maxLengthDifference, maxCandidates, fuseMatches } = this.options;
    if (word.length < minLength || isPresent(word)) return [];
    // Fuse.js scores how well the word fits inside another ("legal" in "legally"); edits over the
    // whole word rank a plain typo ("ruiz" for "ruis") above a longer word that contains most of it.
    const scores = new Map(this.matchesOf(word, fuseMatches));
    // Fuse.js counts two swapped letters as two slips, past its threshold in a short word ("thrid").
    for (const swapped of swaps(word)) if (this.known.has(swapped) && !scores.has(swapped)) scores.set(swapped, 1);
    // Nor does it find a short name spelt as it sounds ("Faruk" for Farook): the sounds do.
    for (const alike of this.soundingAlike(word, isPresent)) if (!scores.has(alike)) scores.set(alike, 1);
    return [...scores]
      .filter(([known]) => Math.abs(known.length - word.length) <= maxLengthDifference && isPresent(known))
      .map(([known, score]) => ({ known, score, edits: editDistance(word, known), stretch: Math.abs(known.length - word.length) }))
      // Fewest typing edits first; among equals, a slip of a key before a letter added or lost.
      .sort((a, b) => a.edits - b.edits || a.stretch - b.stretch)
      .slice(0, maxCandidates)
      .map(({ known, score, edits }) => ({
        word: known,
        closeness: Math.max(1 - score, 1 - edits / Math.max(word.length, known.length)),
        soundsAlike: soundAlike(word, known, MIN_SOUNDS),
      }));
  }

  /** Fuse.js's matches for a word among those sharing its first letter, with their scores (0 exact). */
  private matchesOf(word: string, limit: number): ReadonlyMap<string, number> {
    const initial = word.charAt(0);
    let kept = this.matchesByInitial.get(initial);
    if (!kept) this.matchesByInitial.set(initial, (kept = new Map()));
    let matches = kept.get(word);
    if (!matches) {
      matches = new Map(this.fuseFor(initial).search(word, { limit }).map((result) => [result.item, result.score ?? 1]));
      if (kept.size >= MAX_KEPT_MATCHES) kept.clear();
      kept.set(word, matches);
    }
    return matches;
  }

  // As with Fuse.js, only the words that share the first letter: spelt as it sounds, a word still
  // most often begins as written ("delegashun").
  private soundsFor(initial: string): Map<string, string[]> {
    let sounds = this.soundsByInitial.get(initial);
    if (!sounds) {
      sounds = new Map();
      for (const word of this.wordsByInitial.get(initial) ?? []) {
        for (const sound of soundsOf(word)) {
          let words = sounds.get(sound);
          if (!words) sounds.set(sound, (words = []));
          words.push(word);
        }
      }
      this.soundsByInitial.set(initial, sounds);
    }
    return sounds;
  }

  // Misspellings rarely change a word's first letter; searching only the words that share it keeps
  // a question fast when the vocabulary holds hundreds of thousands of words.
  private fuseFor(initial: string): Fuse<string> {
    let fuse = this.fuseByInitial.get(initial);
    if (!fuse) {
      // ignoreLocation: words are short; a typo anywhere in them is as likely as at the start.
      fuse = new Fuse(this.wordsByInitial.get(initial) ?? [], {
        includeScore: true,
        threshold: this.options.maxScore,
        ignoreLocation: true,
      });
      this.fuseByInitial.set(initial, fuse);
    }
    return fuse;
  }
}

/** True when two words share a Double Metaphone key of `minSounds` sounds or more: "hart" is said as "heart" is. */
export function soundAlike(typed: string, known: string, minSounds = 1): boolean {
  const sounds = soundsOf(known);
  return soundsOf(typed).some((sound) => sound.length >= minSounds && sounds.includes(sound));
}

/** A word's Double Metaphone keys, primary and alternative (often the same). */
function soundsOf(word: string): string[] {
  return [...new Set(doubleMetaphone(word))];
}
