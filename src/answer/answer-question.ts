import type { Scope, SearchableDocument, Sentence } from "../knowledge/document.ts";
import { isSourceLine } from "../knowledge/parse-document.ts";
import type { KnowledgeBase, SearchHit, SearchOptions } from "../search/knowledge-base.ts";
import { MANY_TEXTS_SENTENCES } from "../search/query-terms.ts";
import { words } from "../search/text.ts";
import { describeSource, type Answer, type Citation } from "./answer.ts";
import { inChatVoice } from "./chat-text.ts";
import { asksArithmetic, asksForAnyOne, asksForSummary, asksWorldRecord, asTyped, DEFAULT_CITATION_LIMIT, questionText, sourceWordsAsked } from "./question.ts";

const DEFAULTS = {
  limit: DEFAULT_CITATION_LIMIT,
  /** The best sentence must cover at least this share of the question's meaning, else "not found". */
  minCoverage: 0.4,
  /**
   * Added to that share when the best sentence surely holds no question word but the commonest
   * ("good", "new", "year"; see SearchHit.sharesUncommonWord): what any text shares is weak evidence.
   */
  commonWordsOnly: 0.15,
  /**
   * Added to it for a question in a chat's own voice ("I", "you", "someone": "what should I name my
   * puppy?"): news is told of others, so such a question is most often about the chat, not the text.
   * The same for a record of the whole world ("the tallest person in the world"), common knowledge,
   * and for any one thing of a kind asked for ("tell me a fun fact"), to be recommended or made up.
   */
  chatVoice: 0.15,
  /** A question asked in words must have this share of what it asks (its words but names) covered. */
  minAskedCoverage: 0.2,
  /**
   * Taken off that share when the best sentence ranks far above the next one and shares several of
   * the question's words (see leadsClearly): a paraphrase leaves some of its words unsaid, and a
   * sentence far ahead of all the others is the one it asks about. Not for a question in a chat's own
   * voice ("who wants to race boats at the regatta"), which one sentence telling the race does not answer.
   */
  clearLeadAllowance: 0.1,
  /** Further citations must score at least this share of the best one. */
  minRelativeRelevance: 0.25,
} as const;

/**
 * Shares are sums of floating-point products: a sentence that holds two of five equally rare
 * question words covers 0.39999999999999997 of them, and would miss a bar of 40 % it meets.
 */
const SHARE_ROUNDING = 1e-9;

/** True when a share reaches its bar, as exact arithmetic would tell. */
function reaches(share: number, bar: number): boolean {
  return share + SHARE_ROUNDING >= bar;
}

/** How many times the next sentence's ranking score the best one's must be to lead clearly. */
const CLEAR_LEAD = 3;
/** How many of the question's words a clearly leading sentence must share. */
const CLEAR_LEAD_WORDS = 3;

/**
 * True when the best sentence stands far above the next and shares several of the question's
 * words: "How much money is the switch putting back in the trust's pocket each year?" is asked of
 * the one sentence about the trust's yearly saving, though it says "saved", not "putting back".
 */
function leadsClearly(hits: readonly SearchHit[]): boolean {
  const [best, next] = hits;
  return best !== undefined && best.wordsShared >= CLEAR_LEAD_WORDS && (next === undefined || best.relevance >= next.relevance * CLEAR_LEAD);
}

/** Hits asked of the search per citation shown, so that dropping repeated sentences leaves enough. */
const SEARCH_MARGIN = 3;

/** The hits without a sentence already quoted (same words, whatever the case, spacing or quotes). */
function distinctSentences(hits: readonly SearchHit[]): SearchHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const text = words(hit.sentence.text).join(" ");
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

export interface AnswerOptions {
  scope?: Scope;
  /** Answer from this document alone (see SearchOptions.documentId). */
  documentId?: string;
  /**
   * The document the conversation's last answer came from: a question that leans on it ("how long
   * did the final last?", "who led the study?") is answered from it when it answers as well as the
   * best of all (see followUpAnswersAsWell), since among many articles another's sentence may share
   * every word the question gives.
   */
  followsDocumentId?: string;
  limit?: number;
}

function toCitation(hit: SearchHit, best: number): Citation {
  return citationOf(hit.sentence, hit.document, hit.coverage * Math.min(1, hit.relevance / best));
}

function citationOf(sentence: Sentence, document: SearchableDocument, score: number): Citation {
  const citation: Citation = {
    text: sentence.text,
    source: describeSource(document),
    ref: sentence.ref,
    score: Number(score.toFixed(4)),
    documentId: document.id,
    title: document.title,
    paragraph: sentence.paragraph,
    sentence: sentence.sentence,
  };
  if (document.publisher) citation.publisher = document.publisher;
  if (document.url) citation.url = document.url;
  return citation;
}

/** The documents a question is asked of, in the order stored: the one named, or all the asker sees. */
function documentsAskedAbout(knowledge: KnowledgeBase, { documentId, scope }: AnswerOptions): SearchableDocument[] {
  if (documentId === undefined) return knowledge.documents(scope);
  const document = knowledge.sees(documentId, scope) ? knowledge.get(documentId) : undefined;
  return document === undefined ? [] : [document];
}

/**
 * What the documents asked about are about: the headline of each, newest first, and of a single
 * one its opening sentence too, which news writes to sum the story up.
 */
function summaryCitations(knowledge: KnowledgeBase, options: AnswerOptions, limit: number): Citation[] {
  const documents = documentsAskedAbout(knowledge, options).slice(-limit).reverse();
  // One article: its headline and opening sentence; several: each one's headline.
  const perDocument = documents.length === 1 ? 2 : 1;
  return documents
    .flatMap((document) =>
      document.sentences
        .filter((sentence) => sentence.paragraph <= 1)
        .slice(0, perDocument)
        .map((sentence) => citationOf(sentence, document, 1)),
    )
    .slice(0, limit);
}

/**
 * Where the documents asked about come from: each one's "Source:" line, newest first. A sentence
 * that only uses the word ("these sources have not been tapped") says nothing of where the text
 * comes from, and among many documents it outranks the line that does.
 */
function sourceCitations(knowledge: KnowledgeBase, options: AnswerOptions, limit: number): Citation[] {
  return documentsAskedAbout(knowledge, options)
    .flatMap((document) => document.sentences.filter((sentence) => isSourceLine(sentence.text)).slice(0, 1).map((sentence) => citationOf(sentence, document, 1)))
    .slice(-limit)
    .reverse();
}

/**
 * True when a sentence holds one of the question's words, no name but one of the wider world said
 * in passing, and lacks others (see SearchHit.sharesLoneWord): among many texts such a word in
 * common is chance ("what's the capital of Australia?" of "the capital budget" or "a former Governor
 * General of Australia", "who invented the piano?" of "we had to invent").
 */
function sharesWordByChance(hit: SearchHit): boolean {
  return hit.sharesLoneWord && !reaches(hit.coverage, 1);
}

/** True when the documents a question is asked of hold many texts' sentences (see MANY_TEXTS_SENTENCES). */
function amongManyTexts(knowledge: KnowledgeBase, options: AnswerOptions): boolean {
  let sentences = 0;
  for (const document of documentsAskedAbout(knowledge, options)) {
    sentences += document.sentences.length;
    if (sentences >= MANY_TEXTS_SENTENCES) return true;
  }
  return false;
}

/** Answers a question with the sentences that answer it, or says it is not answered. */
export function answerQuestion(knowledge: KnowledgeBase, question: string, options: AnswerOptions = {}): Answer {
  const { followsDocumentId, ...asked } = options;
  if (followsDocumentId === undefined || asked.documentId !== undefined) return answerFrom(knowledge, question, asked).answer;
  const overall = answerFrom(knowledge, question, { ...asked, weighThingsNamed: true });
  const followUp = answerFrom(knowledge, question, { ...asked, documentId: followsDocumentId, weighThingsNamed: true });
  return followUp.answer.answered && followUpAnswersAsWell(followUp, overall) ? followUp.answer : overall.answer;
}

/**
 * True when the article followed may answer in place of the best of all: the conversation only
 * breaks ties. Its article must hold as much of the things the question names as the best answer's
 * does ("who led the study?" between two studies), not share a verb with a question about another's
 * ("who rescued the elderly couple?" after a cat's rescue); and what all articles refuse, it does
 * not answer, unless they refuse it only as a chance match: a word the question shares with the
 * article talked about is no chance ("who was the adjudicator at the championship?" after the
 * band contest's result). A summary or a source line asked for is the followed article's own.
 */
function followUpAnswersAsWell(followUp: Reading, overall: Reading): boolean {
  if (followUp.best === undefined) return overall.answer.answered;
  if (overall.byChance === true) return true;
  if (overall.best === undefined || !overall.answer.answered) return false;
  return reaches(followUp.best.documentCoverageOfThings, overall.best.documentCoverageOfThings);
}

/** An answer, with the hit it was judged by when a search gave one. */
interface Reading {
  answer: Answer;
  best?: SearchHit | undefined;
  /** True when the answer was refused only as a chance match among many texts (see sharesWordByChance). */
  byChance?: boolean;
}

/** Answers a question from the documents the options name (see documentsAskedAbout). */
function answerFrom(knowledge: KnowledgeBase, question: string, options: Omit<AnswerOptions, "followsDocumentId"> & Pick<SearchOptions, "weighThingsNamed">): Reading {
  const { limit, minCoverage, commonWordsOnly, chatVoice, clearLeadAllowance, minAskedCoverage, minRelativeRelevance } = { ...DEFAULTS, ...options };
  // Its slips respelt before its wording is read ("acording to the artcle", "wich"), and after the
  // chat around it, whose shorthand and filler ("ppl", "lmao") are no slips.
  const { text: asked, typedAs } = knowledge.asMeant(asTyped(question));
  if (asksForSummary(asked)) {
    const citations = summaryCitations(knowledge, options, limit);
    return { answer: { question, answered: citations.length > 0, citations } };
  }
  // A sum to work out is no question about the text, whatever sentence holds its numbers.
  if (asksArithmetic(asked)) return { answer: { question, answered: false, citations: [] } };
  // Asks for more than it shows: the same sentence may stand in several documents (a note quoting
  // an article, a line several reports share), and it is quoted once, from the best-ranked of them
  // (a copy of a whole passage is searched once already, as the first stored).
  // A page's "Source:" line answers where the text comes from ("what's the source of this
  // article?", asked with its source words alone), and no other question.
  const sourceWords = sourceWordsAsked(asked);
  const sources = sourceWords === undefined ? [] : sourceCitations(knowledge, options, limit);
  if (sources.length > 0) return { answer: { question, answered: true, citations: sources } };
  const searched = sourceWords?.join(" ") ?? questionText(asked);
  const found = knowledge.search(searched, { ...options, limit: limit * SEARCH_MARGIN, typedAs });
  const hits = distinctSentences(found.filter((hit) => sourceWords !== undefined || !isSourceLine(hit.sentence.text))).slice(0, limit);
  const best = hits[0];
  const aboutChat = inChatVoice(asked) || asksWorldRecord(asked) || asksForAnyOne(asked);
  // A measure given in its units is the article's own answer where few texts are asked; among many it
  // may be any of theirs ("31 degrees Celsius" of a heatwave for "at what temperature does water boil?").
  const sharesCommonWordsOnly = best?.sharesUncommonWord === false && !(best.givesMeasureInUnits && !amongManyTexts(knowledge, options));
  const bar = minCoverage + (sharesCommonWordsOnly ? commonWordsOnly : 0) + (aboutChat ? chatVoice : 0) - (!aboutChat && leadsClearly(hits) ? clearLeadAllowance : 0);
  if (!best || !reaches(best.coverage, bar) || (aboutChat && best.wordsShared < 2) || !reaches(best.askedCoverage, minAskedCoverage) || !best.givesWhatIsCounted || !best.namesArticleSubject || !best.toldAsDone || !best.heardFromSpeaker || best.missesForeignWord) {
    return { answer: { question, answered: false, citations: [] }, best };
  }
  if (sharesWordByChance(best) && amongManyTexts(knowledge, options)) return { answer: { question, answered: false, citations: [] }, best, byChance: true };
  const citations = hits
    .filter((hit) => hit.relevance >= best.relevance * minRelativeRelevance)
    .map((hit) => toCitation(hit, best.relevance));
  return { answer: { question, answered: true, citations }, best };
}
