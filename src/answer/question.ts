import { contentWords, isChatFiller, words } from "../search/text.ts";

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

// Discord's tags for users, roles, channels, custom emoji and timestamps ("<@123…>", "<:wave:123…>",
// "<t:1700000000:R>"), and links: their ids and address parts are no words of a question, and a
// word that nothing in the knowledge base holds would count against every sentence.
const DISCORD_TAG = /<(?:@[!&]?|#|a?:\w+:|t:)\d+(?::\w)?>/g;
const LINK = /\bhttps?:\/\/\S+/gi;
// A name typed with an @ ("@bot", "@everyone") addresses someone; it asks nothing.
const HANDLE = /(?<![\w@])@[\w.-]+/g;

// "What does the article say about…", "who is the official mentioned in the story?": the text
// itself, which every sentence is part of, is no word of what is asked.
const TEXT_ITSELF = "(?:the|this) (?:article|story|piece|text)";
const WHAT_THE_TEXT_SAYS = new RegExp(`\\b${TEXT_ITSELF} (?:says?|said|mentions?|mentioned|tells?|reports?|states?)\\b`, "gi");
const IN_THE_TEXT = new RegExp(`\\b(?:(?:mentioned|named|quoted|cited|described) )?(?:in|from|according to) ${TEXT_ITSELF}\\b`, "gi");

// Emoticons (":(", ":P", "xD", "<3"): their letters and digits would be read as names nothing holds.
const EMOTICON = /(?<![\w<])(?:[:;=][-'^o]?[()[\]{}/\\|pPdDoO3*@$]+|[xX][dD]+|<\/?3+)(?![\w])/g;
// A letter typed three times or more ("sooo", "whyyy", "lmaooo") is one: no English word has three in a row.
const ELONGATION = /([a-z])\1{2,}/g;

/** A question without Discord's tags, links, names typed with an @ and emoticons. */
function withoutChatMarkup(question: string): string {
  return question.replace(DISCORD_TAG, " ").replace(LINK, " ").replace(HANDLE, " ").replace(EMOTICON, " ");
}

// The asker, the one asked and the people in the chat ("can someone help me"): news tells of others.
const CHAT_VOICE = new Set(["i", "me", "my", "you", "your", "everyone", "everybody", "someone", "somebody"]);

// The one asked, however a chat types it ("u", "ya", "you guys", "y'all").
const ADDRESSEE = "(?:(?:you|u|ya)(?: guys| all)?|y'?all)";
// What a question opens with: a chat's "wait" or "like" first in the question or a clause only marks
// the turn ("wait, how…", "so like when…"); after a word it is a verb or a preposition ("what is it like when…").
const QUESTION_OPENER = "(?:so|what|how|why|when|who|where|which|is|are|was|were|did|does|do|can|could|will|would|has|have|had)";

// The ways a chat asks a question about anything ("can you tell me…", "does anyone know…", "I heard…",
// "my friend says…"): they speak of the chat and ask nothing, but what they frame may well be the news.
const ASKING_FRAME = new RegExp(
  [
    `(?:can|could|would|will) (?:${ADDRESSEE}|someone|somebody|anyone|anybody) (?:please |pls )?(?:tell|explain|show|remind)(?: (?:me|us))?`,
    "(?:someone|somebody|anyone|anybody) (?:please |pls )?(?:explain|tell me)",
    `(?:(?:do|does|did) )?(?:${ADDRESSEE}|anyone|anybody|someone|somebody) know`,
    "(?:you|u|ya) know",
    "(?:i|we) (?:want|would like|need) to know",
    "(?:i|we) wanna know",
    "(?:i(?:'m|m| am| was)|just) (?:confused|curious|wondering|asking)",
    "i (?:wonder|heard|read|think|thought|guess|saw|reckon|mean)",
    "(?:my \\w+|someone|somebody) (?:says|said|told me|reckons)",
    "tell me",
    "is (?:it|that|this) (?:really )?(?:true|right|correct)(?: that)?",
    `(?<=^\\W*|[,.!?:]\\s*|\\b(?:so|ok|oh) )(?:wait|like)(?=,? ${QUESTION_OPENER}\\b)`,
    "what(?:'s|s| is) the (?:deal|story) with",
    "(?:quick|random) (?:q|question)",
    "real quick",
    "(?:question|q)(?=\\s*:)",
    "(?:pls|plz|please) help",
    "help(?=[,:!])",
    ",? right(?=\\s*\\?+\\s*$)",
    "(?:hey|hi|hello|yo|ok|okay|thanks|thx) bot",
  ]
    .map((frame) => `\\b${frame}\\b`)
    .join("|"),
  "gi",
);

// Asides about the asker ("is it just me or…", "asking for a friend"): left out of what is asked,
// but they are the chat speaking of itself.
const CHAT_ASIDE =
  /\b(?:is it just me or|asking for a friend|out of curiosity|not gonna lie|(?:i have |ive got )?(?:no|any) ideas?(?=\s*[?,]|\s*$| (?:how|what|why|when|who|where|which|if|whether)\b))\b/gi;

/**
 * True when a question speaks of the asker, the one asked or the people in the chat ("what should I
 * name my puppy?", "is it just me or…"), apart from the way it asks ("can you tell me…").
 */
export function inChatVoice(question: string): boolean {
  return words(withoutChatMarkup(question).replace(ASKING_FRAME, " ")).some((word) => CHAT_VOICE.has(word));
}

// The chat words a question opens or ends with ("ok so why…", "hmm, how…", "…called lol", "…again tho"):
// a question is told by its first word ("why", "did") and its last ("called?"), so they go too.
const OPENING_WORD = /^\W*([a-z']+)(?=[\s,.!:;]|$)/i;
const CLOSING_WORD = /(?<=^|[\s,.!:;?])([a-z']+)[\s,.!:;?]*$/i;
const OPENING_PUNCTUATION = /^[\s,.!:;]+/;
const OPENING_MARKERS = new Set(["so", "and", "but", "also", "well", "then", "now", "sorry"]);
const TURN_MARKERS = new Set(["wait", "like"]);
const OPENS_QUESTION = new RegExp(`^[\\s,]*${QUESTION_OPENER}\\b`, "i");
const CLOSING_MARKERS = new Set(["tho", "though", "then", "too", "again"]);

function withoutFiller(question: string): string {
  const filler = (word: string, markers: Set<string>) => isChatFiller(word) || markers.has(word);
  let text = question;
  for (let match = OPENING_WORD.exec(text); match; match = OPENING_WORD.exec(text)) {
    const word = match[1]!.toLowerCase();
    const rest = text.slice(match[0].length);
    if (!filler(word, OPENING_MARKERS) && !(TURN_MARKERS.has(word) && OPENS_QUESTION.test(rest))) break;
    text = rest;
  }
  // "…called lol?" keeps its question mark: "called?".
  for (let match = CLOSING_WORD.exec(text); match && filler(match[1]!.toLowerCase(), CLOSING_MARKERS); match = CLOSING_WORD.exec(text)) {
    text = text.slice(0, match.index).trimEnd() + (match[0].includes("?") ? "?" : "");
  }
  return text.replace(OPENING_PUNCTUATION, "");
}

/**
 * The words a question asks with: its text without Discord's tags, links, emoticons, mentions of
 * the text itself, the way a chat asks ("can you tell me…") and the chat words around it ("ok so", "lol").
 */
export function questionText(question: string): string {
  // Chat words stand around the frame as around what it frames: "ok hmm, wait so how…".
  const typed = withoutFiller(withoutChatMarkup(question).replace(ELONGATION, "$1"));
  return withoutFiller(typed.replace(WHAT_THE_TEXT_SAYS, " ").replace(IN_THE_TEXT, " ").replace(ASKING_FRAME, " ").replace(CHAT_ASIDE, " "));
}

// "What's the source of this article?", "who published this?": words about where a text comes from.
const SOURCE_WORDS = new Set(["source", "publisher", "published", "publish", "outlet", "site", "website", "link", "url"]);
const TEXT_WORDS = new Set(["article", "articles", "story", "piece", "text", "news", "report", "this"]);
// "What is this article about?", "tldr", "summarize the story": words asking what the text says as a whole.
const SUMMARY_WORDS = new Set([
  "summary", "summarize", "summarise", "sum", "tldr", "tl", "dr", "gist", "overview", "main", "point", "topic",
  "subject", "headline", "headlines", "brief", "briefly", "short", "basically",
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

/**
 * True for a question that asks what the text is about as a whole and nothing else: all its words
 * are about the text itself ("What is this article about?", "tldr", "what's the story?"), or it
 * has none but "about" ("what's this about?").
 */
export function asksForSummary(question: string): boolean {
  const text = withoutChatMarkup(question);
  const asked = contentWords(text);
  if (asked.length === 0) return words(text).includes("about");
  return asked.every((word) => SUMMARY_WORDS.has(word) || TEXT_WORDS.has(word));
}
