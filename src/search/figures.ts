// A figure and the multiplier that may follow it, joined or not: "£1.8m", "1.8 million", "$2bn", "12,000".
const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s?(k|m|bn|thousand|million|billion|trillion)?\b/gi;
const MULTIPLIER: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9, trillion: 1e12 };

/** True for a word that multiplies the figure before it ("m", "million", "bn"). */
export function isMultiplier(word: string): boolean {
  return Object.hasOwn(MULTIPLIER, word.toLowerCase());
}

/**
 * The values of the figures a text gives, their multipliers applied, so that a headline's "£1.8m"
 * and a body sentence's "1.8 million pounds" are the same figure.
 */
export function figuresOf(text: string): number[] {
  return Array.from(text.matchAll(FIGURE), ([, digits = "", multiplier]) => {
    const value = Number(digits.replace(/,/g, ""));
    return multiplier === undefined ? value : value * (MULTIPLIER[multiplier.toLowerCase()] ?? 1);
  }).filter((value) => Number.isFinite(value));
}
