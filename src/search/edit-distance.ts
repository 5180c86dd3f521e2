/**
 * Typing edits between two words: letters inserted, deleted or replaced, and two neighbours swapped
 * ("wnig" for "wing" is one edit, not two). The optimal-string-alignment form of Damerau-Levenshtein.
 */
export function editDistance(a: string, b: string): number {
  // Three rows of the dynamic-programming table: the one before last is needed for swaps.
  let beforeLast = new Array<number>(b.length + 1).fill(0);
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((last[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (last[j - 1] ?? 0) + replace);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (beforeLast[j - 2] ?? 0) + 1);
      row.push(best);
    }
    beforeLast = last;
    last = row;
  }
  return last[b.length] ?? 0;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** The word with one pair of neighbouring letters swapped, each way it can be ("thrid" → "third"). */
export function swaps(word: string): string[] {
  const result: string[] = [];
  for (let at = 1; at < word.length; at++) result.push(word.slice(0, at - 1) + word.charAt(at) + word.charAt(at - 1) + word.slice(at + 1));
  return result;
}

/** Every string one typing edit away from a word: a letter lost, added or replaced, or two neighbours swapped. */
export function oneEditAway(word: string): Set<string> {
  const result = new Set(swaps(word));
  for (let at = 0; at <= word.length; at++) {
    const before = word.slice(0, at);
    const after = word.slice(at);
    for (const letter of LETTERS) {
      result.add(before + letter + after);
      if (after !== "") result.add(before + letter + after.slice(1));
    }
    if (after !== "") result.add(before + after.slice(1));
  }
  result.delete(word);
  return result;
}
