import { english } from "./english.ts";

// wink-nlp's English model knows abbreviations, initials, decimals and quotes, which a regular
// expression gets wrong on news text ("Oct. 7", "J. R. R.", "1.8 billion", “...,” he said.).

// Titles written with a full stop before a name ("Det. Sgt. Ana Ruiz", "the Rev. Dr. King"), which
// the model takes for a sentence's end: American news writes them so. Titles only, not "St." or
// "Ave.", which may end a sentence; and not one after "a" or an ordinal, which ends it ("retired as
// a Cmdr.", "inside the 9th Dist.").
const TITLE_BEFORE_NAME = /(?<!\b(?:an?|\d+(?:st|nd|rd|th))\s+)\b(?:Rev|Fr|Det|Insp|Supt|Sgt|Cmdr|Cdr|Adm|Brig|Maj|Lieut|Cpl|Pvt|Msgr|Atty|Dist|Ald|Rt|Hon)\.$/;
// The words opening a sentence that are no name: a pronoun or a determiner ("He is buried…").
const OPENS_NO_NAME = /^(?:He|She|It|They|We|I|You|The|A|An|This|That|These|Those|His|Her|Its|Their|Our|There)\b/;

// A first word of lower-case letters alone, before a space or a punctuation mark other than a hyphen.
const LOWER_CASE_WORD_OPENING = /^\p{Ll}+(?=[\s,;:.!?)]|$)/u;

/** Splits a paragraph into sentences, trimmed, none empty. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, " ").trim();
  if (text === "") return [];
  const sentences: string[] = [];
  let end = 0;
  for (const piece of english.readDoc(text).sentences().out()) {
    const sentence = piece.trim();
    if (sentence === "") continue;
    const start = text.indexOf(sentence, end);
    // Sentences are apart; a piece that starts right where the last ended was cut inside a word:
    // the model splits a British time such as "8.15pm" after its dot.
    const last = sentences.length - 1;
    if (start === end && last >= 0) sentences[last] += sentence;
    else if (last >= 0 && TITLE_BEFORE_NAME.test(sentences[last] ?? "") && /^\p{Lu}/u.test(sentence) && !OPENS_NO_NAME.test(sentence)) sentences[last] += ` ${sentence}`;
    // No sentence opens with a word all in lower case: the model cut after an abbreviation it does
    // not know ("a 57 mm. recoilless rifle", "Albany (Cal.) native") or before a question's "he
    // asked". A name may open one so ("eBay said…", "iPhone photographs…", "al-Nour says…").
    else if (last >= 0 && LOWER_CASE_WORD_OPENING.test(sentence)) sentences[last] += ` ${sentence}`;
    else sentences.push(sentence);
    end = start < 0 ? end : start + sentence.length;
  }
  return sentences;
}

/** Splits a body into paragraphs at blank lines; lines inside a paragraph are joined. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph !== "");
}
