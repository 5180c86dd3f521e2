/**
 * The similarities of index terms to one question word's meanings, as far as they are known: the
 * same question word ("killed", "company") comes back in question after question, and the sentences
 * it is compared with are mostly the same too. A bit per term says whether it is known, and only the
 * few similarities that are not 0 are stored (most words are far apart), so a word's record stays
 * small however many terms it has met.
 */
export class KnownSimilarities {
  private known = new Uint8Array(0);
  private readonly close = new Map<number, number>();

  /** The similarity recorded for a term, or undefined when it has not been worked out. */
  get(term: number): number | undefined {
    if (((this.known[term >>> 3] ?? 0) & (1 << (term & 7))) === 0) return undefined;
    return this.close.get(term) ?? 0;
  }

  set(term: number, similarity: number): void {
    const byte = term >>> 3;
    if (byte >= this.known.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.known.length * 2));
      grown.set(this.known);
      this.known = grown;
    }
    this.known[byte] = (this.known[byte] ?? 0) | (1 << (term & 7));
    if (similarity !== 0) this.close.set(term, similarity);
  }
}
