import { lemmaOf } from "../search/terms.ts";
import { tagged } from "../search/tagging.ts";
import { contentWords, words } from "../search/text.ts";
import { withoutAskingFrames, withoutChatAsides, withoutChatFiller, withoutChatMarkup, withoutElongation, withoutGratitude, withoutHedgingLike, withShorthandSpelledOut } from "./chat-text.ts";

/** Longest question accepted, in characters (Discord's option limit is set to match). */
export const MAX_QUESTION_LENGTH = 300;
/** Citations per answer unless asked otherwise. */
export const DEFAULT_CITATION_LIMIT = 3;

/** Why a question cannot be asked, as one sentence for the user; undefined when it is fine. */
export function questionProblem(question: string): string | undefined {
  const trimmed = question.trim();
  if (trimmed === "") return "The question is empty: type a question about the articles.";
  if (trimmed.length > MAX_QUESTION_LENGTH) {
    return `The question is ${trimmed.length} characters long; the limit is ${MAX_QUESTION_LENGTH}.`;
  }
  return undefined;
}

// "What does the article say about…", "who is the official mentioned in the story?": the text
// itself, which every sentence is part of, is no word of what is asked.
const TEXT_ITSELF = "(?:the|this) (?:article|story|piece|text)";
const WHAT_THE_TEXT_SAYS = new RegExp(`\\b${TEXT_ITSELF} (?:says?|said|mentions?|mentioned|tells?|reports?|states?)\\b`, "gi");
const IN_THE_TEXT = new RegExp(`\\b(?:(?:mentioned|named|quoted|cited|described) )?(?:in|from|according to) ${TEXT_ITSELF}\\b`, "gi");

/**
 * The words a question asks with: its text without Discord's tags, links, emoticons, mentions of
 * the text itself, the way a chat asks ("can you tell me…"), the chat words around it ("ok so", "lol")
 * and its asides inside ("who even is…"), with "say sorry" and "say thanks" read as "apologise" and "thank",
 * and a "job title" as the job.
 */
export function questionText(question: string): string {
  // Chat words stand around the frame as around what it frames: "ok hmm, wait so how…".
  return withoutChatFiller(withoutHedgingLike(withoutChatAsides(withoutAskingFrames(withSpeechActsAsVerbs(asTyped(question).replace(WHAT_THE_TEXT_SAYS, " ").replace(IN_THE_TEXT, " ").replace(LIKE_AS_SIMILAR, "$1").replace(JOB_TITLE, (_whole, jobs: string, titles: string) => `job${jobs || titles}`))))));
}

// "Say sorry", "said thanks to": saying the word is doing what its verb names, which is how a text
// tells it ("he apologised", "thanked Russia"). Each verb's forms, by the form of "say".
interface SpeechAct {
  forms: Readonly<Record<string, string>>;
  /** "Apologise to them", but "thank them". */
  takesTo: boolean;
}
const APOLOGISE: SpeechAct = { forms: { say: "apologise", says: "apologises", said: "apologised", saying: "apologising" }, takesTo: true };
const THANK: SpeechAct = { forms: { say: "thank", says: "thanks", said: "thanked", saying: "thanking" }, takesTo: false };
const SPEECH_ACTS: Readonly<Record<string, SpeechAct>> = { sorry: APOLOGISE, thanks: THANK, "thank you": THANK, thx: THANK };
const SAID_SPEECH_ACT = /\b(say|says|said|saying) (sorry|thanks|thank you|thx)\b( to\b)?/gi;

/** A question with "say sorry", "say thanks to" read as the verbs they stand for ("apologise", "thank"). */
function withSpeechActsAsVerbs(question: string): string {
  return question.replace(SAID_SPEECH_ACT, (whole, say: string, word: string, to: string | undefined) => {
    const act = SPEECH_ACTS[word.toLowerCase()];
    const verb = act?.forms[say.toLowerCase()];
    if (act === undefined || verb === undefined) return whole;
    return verb + (to !== undefined && act.takesTo ? to : "");
  });
}

// "What's the weather going to be like?", "what does it look like": "like" after a verb of being or
// seeming says "similar to", not "enjoy" ("the kids liked the idea").
const LIKE_AS_SIMILAR = /\b(be|is|was|are|were|been|being|look|looks|looking|looked|sound|sounds|sounded|feel|feels|felt|seem|seems|seemed)\s+like\b/gi;

// "What is Bogdanov's job title?": the title of a job is the job, asked as a role; "title" alone
// would be one more word for a sentence to hold ("deputy foreign minister" says neither).
const JOB_TITLE = /\bjob(s?)\s+title(s?)\b/gi;

/** A question without the chat around it: markup, letters typed three times, shorthand, thanks, filler at its ends. */
export function asTyped(question: string): string {
  return withoutChatFiller(withoutGratitude(withShorthandSpelledOut(withoutElongation(withoutChatMarkup(question)))));
}

// "What's the source of this article?", "who published this?": words about where a text comes from.
const SOURCE_WORDS = new Set(["source", "publisher", "published", "publish", "outlet", "site", "website", "link", "url"]);
const TEXT_WORDS = new Set(["article", "articles", "story", "piece", "text", "news", "report", "this"]);
// "What is this article about?", "tldr", "summarize the story": words asking what the text says as a whole.
const SUMMARY_WORDS = new Set([
  "summary", "summarize", "summarise", "sum", "tldr", "tl", "dr", "gist", "overview", "main", "point", "topic",
  "subject", "headline", "headlines", "brief", "briefly", "short",
]);

/**
 * The words of a question that asks where the text comes from and nothing else: all its words are
 * about a source ("source", "publisher", "link") or the text itself ("article", "story"), and the
 * source words are what it asks. Undefined for any other question: "What is the source of the
 * funding?" asks about funding, and a page's "Source:" line does not answer it.
 */
export function sourceWordsAsked(question: string): string[] | undefined {
  const asked = contentWords(questionText(question));
  const about = asked.filter((word) => SOURCE_WORDS.has(word));
  return about.length > 0 && asked.every((word) => SOURCE_WORDS.has(word) || TEXT_WORDS.has(word)) ? about : undefined;
}

// Arithmetic: a number, an operator and a number ("15 times 12", "2+2", "6 x 7", "2 to the power of
// 8"; not "-" or "/", which also write scores, ranges and dates: "3-1", "9/11"), a root ("the square
// root of 144") or a power ("12 squared"). "Who came to power in 1979?" and "Times Square" are no sums.
const EXPRESSION =
  /\d\s*(?:[+*x×÷^]|\b(?:plus|minus|times|multiplied by|divided by|to the power of)\b)\s*\d|\b(?:square|cube) root of \d|\d\s+(?:squared|cubed)\b/i;
const ARITHMETIC_WORDS = new Set(["x", "plus", "minus", "times", "multiplied", "divided", "power", "square", "cube", "root", "squared", "cubed"]);
const NUMBER = /^\d[\d.]*$/;

/**
 * True for a sum to work out ("whats 17 times 23", "what is 2+2", "square root of 144"): it writes an
 * expression and asks with nothing but its numbers and operators. No sentence of a text answers it;
 * quoting one that holds the numbers would not.
 */
export function asksArithmetic(question: string): boolean {
  const text = questionText(question);
  return EXPRESSION.test(text) && contentWords(text).every((word) => NUMBER.test(word) || ARITHMETIC_WORDS.has(word));
}

// "What's this about?", "what is it about": nothing but the text, pointed at.
const WHAT_IT_IS_ABOUT = /\b(?:this|it)\b.*\babout\b/i;

/**
 * True for a question that asks what the text is about as a whole and nothing else: all its words
 * are about the text itself ("What is this article about?", "tldr", "what's the story?"), or it
 * has none but "this" or "it" and "about" ("what's this about?"), once the chat around it is left out.
 */
export function asksForSummary(question: string): boolean {
  const text = withoutAskingFrames(asTyped(question));
  const asked = contentWords(text);
  if (asked.length === 0) return WHAT_IT_IS_ABOUT.test(text);
  return asked.every((word) => SUMMARY_WORDS.has(word) || TEXT_WORDS.has(word));
}

// A record over the whole world ("the tallest building in the world", "the largest ocean on earth",
// "the oldest star in the universe"): a superlative whose field is everything.
const MOST = /\bthe\s+most\s+\w+/i;

/** True for a superlative: "the most popular", or a word in "-est" that is another word's form ("tallest", not "interest"). */
function holdsSuperlative(text: string): boolean {
  return MOST.test(text) || words(text).some((word) => word.endsWith("est") && lemmaOf(word) !== word);
}
const THE_WHOLE_WORLD = /\b(?:(?:in|on|of)\s+(?:the\s+)?(?:world|earth|planet|universe)|on\s+earth|of\s+all\s+time)\b/i;

/**
 * True for a question asking a record of the whole world ("who is the tallest person in the world"):
 * common knowledge, which news mentions only in passing ("the world's largest…").
 */
export function asksWorldRecord(question: string): boolean {
  const text = questionText(question);
  return holdsSuperlative(text) && THE_WHOLE_WORLD.test(text);
}

// What shows a noun phrase points at something told: a definite determiner, a possessive, a pronoun
// or a name ("an update on the strike", "a list of their demands", "a quote from him", "a photo of
// Marzook"). A verb makes it a clause ("a teacher found a comet??").
const DEFINITE = new Set(["the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "'s"]);
const CLAUSE_NAME_OR_PRONOUN = new Set(["VERB", "AUX", "PROPN", "PRON"]);

/**
 * True for a question that, its asking frame gone, is nothing but an indefinite noun phrase pointing
 * at nothing definite ("tell me a fun fact", "does anyone know a good workout routine", "a joke about
 * cats"): it asks for any one thing of a kind, to be recommended or made up, not for what a text tells.
 */
export function asksForAnyOne(question: string): boolean {
  const { texts, partsOfSpeech } = tagged(questionText(question));
  if (texts[0] !== "a" && texts[0] !== "an") return false;
  return texts.every((text, at) => !DEFINITE.has(text) && !CLAUSE_NAME_OR_PRONOUN.has(partsOfSpeech[at] ?? ""));
}
