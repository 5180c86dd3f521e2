import type { QuestionShape } from "./answer-type.ts";
import { keepBestJudgement, promoteRunnerUp, type AnswerJudgement } from "./runner-up.ts";
import type { AnswerTraits } from "./sentence-traits.ts";
import type { IndexedSentenceLookup } from "./speakers.ts";
import type { Thesaurus } from "./synonyms.ts";
import type { QueryTerm, QuestionNeeds, RoleAsked } from "./search-types.ts";
import { lemmaOf, termKey } from "./terms.ts";
import { words } from "./text.ts";

// "Who is the judge in the Wexcombe case?", "which judge sentenced Tullis?", "who chairs the group?":
// news says what a person is right beside the name ("Judge Miriam Achebe", "the group's chair,
// Lorna Fitzwilliam"), and often in one sentence only, which need not repeat the rest of the
// question ("the Wexcombe case", "Tullis"): the sentences that do (the lede, a quotation about the
// case) outrank it. The word the question asks the person by is what picks them out.

// A variant stands for the word asked when it is at least this close: a synonym ("justice" for
// "judge"), not a narrower or a loose word.
const MIN_WEIGHT = 0.4;
// A sentence names the role asked by its word, a synonym or one kind of it ("minister" is an
// executive); not by a broader word ("administrator").
const MIN_ROLE_WEIGHT = 0.35;
// A word of capitals alone: an abbreviation ("CEO", "MD").
const UPPER_CASE_WORD = /\b\p{Lu}{2,}\b/gu;

/** What the title checks read of the index. */
export interface TitleLookup extends Pick<IndexedSentenceLookup, "sentenceAt" | "termId"> {
  /** A sentence's answer traits (see answerTraitsOf), read once. */
  traitsAt(unit: number): AnswerTraits | undefined;
  /** True when a sentence holds this index term. */
  holdsTerm(term: number, unit: number): boolean;
}

/**
 * Reads the words a question asks a person by, and puts first the sentence that introduces a name
 * by one of them.
 */
export class TitleReading {
  constructor(
    private readonly index: TitleLookup,
    private readonly thesaurus: Thesaurus,
  ) {}

  /**
   * Term ids of the words that name the person a question asks for: "judge" and its synonym
   * "justice" for "who is the judge…" or "which judge…", the doer's nouns of a who-question's deed
   * ("chair" for "who chairs…", "leader" for "who led…"). Only words for a kind of person.
   */
  titlesAsked(shape: QuestionShape, terms: readonly QueryTerm[], doerDeed: string | undefined): Set<number> {
    const asked = shape.personWords ?? (shape.picksWithWhich === true ? shape.chosenWords : undefined);
    if (asked !== undefined) {
      // Nouns the question uses as nouns for a kind of person (see QueryTerm.roleTerms), with their synonyms that are too.
      const roles = asked.filter((word) => terms.some((term) => term.key === termKey(word) && term.roleTerms !== undefined)).map(lemmaOf);
      const synonyms = roles.flatMap((role) => this.thesaurus.related(role).filter((related) => related.weight >= MIN_WEIGHT).map((related) => related.word));
      return this.termIds([...roles, ...synonyms.filter((word) => this.thesaurus.namesPersonInSomeSense(word))]);
    }
    return doerDeed === undefined ? new Set() : this.termIds(this.thesaurus.doerNouns(lemmaOf(doerDeed)));
  }

  /**
   * Term ids of the role a "who is the…" question asks the person by ("executive" and its person
   * synonyms for "who is the chief executive of Tarnside Water?"), when it asks by a role: a text
   * names the one who holds it by that word ("the company's chief executive, Ingrid Solberg"), and a
   * sentence without it names someone else ("Hannah Lister, who runs the garden centre"). Undefined
   * for a word any person may be called ("guy"), for a broad class ("official", told by one of its
   * kinds: "the Iranian deputy foreign minister"), and for an abbreviation, which a
   * text may spell out ("CEO", "chief executive"). A text may also abbreviate the role asked in
   * full ("Tarnside Water CEO Ingrid Solberg"): its initials go with it.
   */
  roleAsked(shape: QuestionShape): RoleAsked | undefined {
    const role = shape.personWords?.at(-1);
    if (role === undefined) return undefined;
    const lemma = lemmaOf(role);
    const related = this.thesaurus.related(lemma);
    if (!this.thesaurus.namesPersonByRole(lemma) || this.thesaurus.namesBroadClass(lemma) || related.some(({ word }) => abbreviates(lemma, word))) return undefined;
    const kinds = related.filter(({ word, weight }) => weight >= MIN_ROLE_WEIGHT && this.thesaurus.namesPersonInSomeSense(word)).map(({ word }) => word);
    const offices = this.thesaurus.officesOf(lemma);
    const officeHeld = offices.length === 0 ? undefined : new RegExp(String.raw`\b(?:${offices.join("|")})\s+of\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)`, "u");
    return { terms: this.termIds([lemma, ...kinds]), initials: phraseInitials(shape.personPhrase ?? []), officeHeld };
  }

  /**
   * True when a sentence holds none of the words of the role a question asks the person by, nor its
   * abbreviation (see roleAsked), nor its office with a holder's name after it: "under the general
   * editorship of Louis Kronenberger" names the editor, while "stepped down from the presidency of the
   * club" and "the presidency of Harbourside Rovers", a name the question gives, name no president.
   */
  lacksRoleAsked(needs: QuestionNeeds, unit: number): boolean {
    const { roleAsked } = needs;
    if (roleAsked === undefined || [...roleAsked.terms].some((term) => this.index.holdsTerm(term, unit))) return false;
    const text = this.index.sentenceAt(unit)?.sentence.text ?? "";
    const holder = roleAsked.officeHeld?.exec(text)?.[1];
    if (holder !== undefined && words(holder).some((word) => !needs.questionKeys.has(termKey(word)))) return false;
    return !holdsAbbreviation(text, roleAsked.initials);
  }

  private termIds(lemmas: readonly string[]): Set<number> {
    return new Set(lemmas.flatMap((lemma) => this.index.termId(termKey(lemma)) ?? []));
  }

  /** True when a word the question asks the person by introduces a name it does not give ("Judge Miriam Achebe"). */
  introducesTitled(needs: QuestionNeeds, unit: number): boolean {
    const traits = this.index.traitsAt(unit);
    // A headline capitalises every word: "Texas Bankers Fight Gov. Daniel's Bill" gives no banker a title.
    if (traits === undefined || needs.titlesAsked.size === 0 || this.index.sentenceAt(unit)?.sentence.paragraph === 0) return false;
    return (
      traits.roleKeys.some((key) => needs.titlesAsked.has(this.index.termId(key) ?? -1)) &&
      traits.nameKeys.some((key) => !needs.questionKeys.has(key))
    );
  }

  /**
   * When the best sentence neither introduces a name by the word asked nor otherwise names who did
   * the deed asked (`answers`), the best of its article's other sentences that introduces one
   * answers instead: the word picks the person out wherever it ranks.
   */
  reorder(needs: QuestionNeeds, hits: { unit: number; hit: AnswerJudgement }[], answers: (unit: number) => boolean): void {
    const [first] = hits;
    if (first === undefined || needs.titlesAsked.size === 0 || this.introducesTitled(needs, first.unit) || answers(first.unit)) return;
    const article = this.index.sentenceAt(first.unit)?.document;
    const naming = promoteRunnerUp(hits, hits.length, ({ unit }) => this.index.sentenceAt(unit)?.document === article && this.introducesTitled(needs, unit));
    if (naming !== undefined) keepBestJudgement(naming.hit, first.hit);
  }
}

/** The initials of each run of two words or more that ends a role phrase ("ce" of "chief executive", "tce" of "trust chief executive"). */
function phraseInitials(words: readonly string[]): string[] {
  const initials: string[] = [];
  for (let start = words.length - 2; start >= 0; start--) initials.push(words.slice(start).map((word) => word[0]).join(""));
  return initials;
}

/**
 * True when a text holds an upper-case abbreviation of a phrase with these initials: the initials
 * themselves ("MD" of "managing director"), or with one more for a last word the question left out
 * ("CEO" of "chief executive"); not a longer one that only starts with them ("CCTV" of "chief constable").
 */
function holdsAbbreviation(text: string, initials: readonly string[]): boolean {
  if (initials.length === 0) return false;
  for (const [abbreviation] of text.matchAll(UPPER_CASE_WORD)) {
    const letters = abbreviation.toLowerCase();
    if (initials.some((start) => letters.startsWith(start) && letters.length <= start.length + 1)) return true;
  }
  return false;
}

/** True when a word is the initials of a phrase's words ("ceo" of "chief_executive_officer"). */
function abbreviates(word: string, phrase: string): boolean {
  const parts = phrase.split(/[_\s-]+/);
  return parts.length > 1 && parts.map((part) => part[0]).join("") === word;
}
