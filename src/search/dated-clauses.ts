import { POINT_IN_TIME } from "./answer-type.ts";
import { taggedAsWritten } from "./tagging.ts";

// Words that always open a clause of their own: relative pronouns and subordinating conjunctions.
const CLAUSE_OPENERS = new Set([
  "who", "whom", "whose", "which", "when", "where", "while", "whereas", "although", "though", "because", "unless", "whether", "if",
]);
// Words that open a clause when a subject and a verb follow ("after the team's skip moved"), and
// are prepositions otherwise ("since 2006", "before Christmas", "until at least January").
const CLAUSE_OR_PHRASE = new Set(["after", "before", "since", "until", "till", "once", "as"]);
// What a clause's subject is made of, between the opener and its verb.
const SUBJECT = new Set(["DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM", "PART"]);
const VERBS = new Set(["VERB", "AUX"]);
const RELATIVE_PRONOUNS = new Set(["who", "whom", "whose", "which"]);

/**
 * The words (as index keys) of each clause of a sentence that gives a point in time: the date a
 * sentence gives is the date of what its own clause tells. "He said the bridge, built in 1854,
 * needs repair" dates the building; "a violin maker who inspected the Lark on Tuesday" dates the
 * inspection, not the violin. A clause starts at a relative pronoun or a subordinating conjunction,
 * at "that" when it is no determiner, at "and", "but" or "or" before a verb, and at a semicolon; a
 * relative clause ends at the next comma.
 */
export function datedClauseKeysOf(sentence: string, toKey: (word: string) => string): string[][] {
  const { values, texts, partsOfSpeech: tags } = taggedAsWritten(sentence);
  const clauses: number[][] = [];
  let current: number[] = [];
  let endsAtComma = false;
  const open = () => {
    if (current.length > 0) clauses.push(current);
    current = [];
  };
  for (let at = 0; at < texts.length; at++) {
    const text = texts[at] ?? "";
    if (text === "," && endsAtComma) {
      open();
      endsAtComma = false;
      continue;
    }
    if (text === ";" || opensClause(texts, tags, at)) {
      open();
      // "who was born in 1841 and died in 1903, was…": a conjoined clause ends where the relative one does.
      endsAtComma = RELATIVE_PRONOUNS.has(text) || (endsAtComma && tags[at] === "CCONJ");
    }
    current.push(at);
  }
  open();
  return clauses
    .filter((clause) => POINT_IN_TIME.test(clause.map((at) => values[at]).join(" ")))
    .map((clause) => clause.filter((at) => tags[at] !== "PUNCT").map((at) => toKey(texts[at] ?? "")));
}

/** True when the word at `at` starts a clause (see datedClauseKeysOf). */
function opensClause(texts: readonly string[], tags: readonly string[], at: number): boolean {
  const text = texts[at] ?? "";
  const tag = tags[at] ?? "";
  if (CLAUSE_OPENERS.has(text)) return true;
  if (text === "that") return tag !== "DET";
  if (tag === "CCONJ") return VERBS.has(tags[at + 1] ?? "");
  if (!CLAUSE_OR_PHRASE.has(text)) return false;
  let next = at + 1;
  while (SUBJECT.has(tags[next] ?? "")) next++;
  return VERBS.has(tags[next] ?? "");
}

