// "According to Bogdanov, what could a meeting help with?" asks what Bogdanov said: the phrase names
// the source of what follows, as "Bogdanov said" does, and is read as that verb. A sentence that
// answers may quote him ("“…a meeting would be beneficial…”") without the word "according".

/** The verb of saying an attribution ("according to …") stands for. */
export const ATTRIBUTING_VERB = "say";

/** True when the word at `at` opens an attribution: "according" before "to". */
export function opensAttribution(words: readonly string[], at: number): boolean {
  return words[at] === "according" && words[at + 1] === "to";
}

/**
 * The words with an attribution's "according" read as the verb of saying it stands for, when the
 * question asks what its source said (see QuestionShape.asksSourcesWords); as they are otherwise.
 */
export function withAttributionAsSaying(words: readonly string[], { asksSourcesWords }: { asksSourcesWords?: boolean }): string[] {
  return asksSourcesWords === true ? words.map((word, at) => (opensAttribution(words, at) ? ATTRIBUTING_VERB : word)) : [...words];
}
