import { NOUNS, tagged } from "../search/tagging.ts";
import { isChatAside, isChatFiller, isStopWord, words } from "../search/text.ts";

// Discord's tags for users, roles, channels, custom emoji and timestamps ("<@123…>", "<:wave:123…>",
// "<t:1700000000:R>"), and links: their ids and address parts are no words of a question, and a
// word that nothing in the knowledge base holds would count against every sentence.
const DISCORD_TAG = /<(?:@[!&]?|#|a?:\w+:|t:)\d+(?::\w)?>/g;
const LINK = /\bhttps?:\/\/\S+/gi;
// A name typed with an @ ("@bot", "@everyone") addresses someone; it asks nothing.
const HANDLE = /(?<![\w@])@[\w.-]+/g;

// Emoticons (":(", ":P", "xD", "<3"): their letters and digits would be read as names nothing holds.
const EMOTICON = /(?<![\w<])(?:[:;=][-'^o]?[()[\]{}/\\|pPdDoO3*@$]+|[xX][dD]+|<\/?3+)(?![\w])/g;

// Emoji ("😂", "👍🏽", "🤷‍♀️"), with their skin tones, joiners and presentation selectors: like an
// emoticon they say how the asker feels, and standing last they hide the question's own last word ("…lol 😂").
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f\u20e3]+/gu;

/** A question without Discord's tags, links, names typed with an @, emoticons and emoji. */
export function withoutChatMarkup(question: string): string {
  return question.replace(DISCORD_TAG, " ").replace(LINK, " ").replace(HANDLE, " ").replace(EMOTICON, " ").replace(EMOJI, " ");
}

// Shorthand typed in chat that the dictionary does not know: the word it stands for. Only in questions:
// in an article "BC" is a date and "HR" a department.
const CHAT_SHORTHAND: Readonly<Record<string, string>> = {
  ppl: "people", govt: "government", govts: "governments", yr: "year", yrs: "years",
  hr: "hour", hrs: "hours", mins: "minutes", wk: "week", wks: "weeks", approx: "approximately",
  dept: "department", intl: "international", natl: "national", mgmt: "management", msg: "message",
  esp: "especially", abt: "about", bc: "because", cuz: "because", thru: "through", tho: "though",
  b4: "before", u: "you", ur: "your", tmrw: "tomorrow", yday: "yesterday", bday: "birthday",
  convo: "conversation", n: "and", r: "are", uni: "university", smth: "something", sth: "something",
  any1: "anyone", ne1: "anyone", some1: "someone", ya: "you", yall: "you",
  ceo: "chief executive", coz: "because", rly: "really", prolly: "probably", prob: "probably", probs: "probably", vs: "against",
  // A noun clipped in chat: the dictionary knows some ("pic", "prof") only as a rarer synonym of the whole word.
  pic: "picture", pics: "pictures", pix: "pictures", vid: "video", vids: "videos", info: "information",
  prof: "professor", profs: "professors", stats: "statistics", rep: "representative", reps: "representatives",
  // Words a chat runs together or spells as it says them: "does he even wanna talk" asks whether he wants to.
  wanna: "want to", gonna: "going to", gotta: "have to", hafta: "have to", hasta: "has to", tryna: "trying to",
  finna: "going to", outta: "out of", lotta: "lot of", dunno: "do not know", lemme: "let me", gimme: "give me",
  coulda: "could have", woulda: "would have", shoulda: "should have", musta: "must have", aint: "is not",
  wat: "what", wut: "what", cos: "because", til: "until",
  "w/": "with", "w/o": "without", "b/c": "because",
  // A question word's short form typed without its apostrophe: the wording still asks for a date, a name…
  whats: "what's", whos: "who's", whens: "when's", wheres: "where's", hows: "how's", whys: "why's",
  // So is a short form of "I" or "you": "if ive never watched any" speaks of the asker. Not "id", "ill"
  // or "well", which are words of their own.
  ive: "I've", im: "I'm", youre: "you're", youve: "you've", youll: "you'll", youd: "you'd",
};
// Longest first, so that "w/o" is not read as "w" and "/o". A letter before a dot and another letter
// is an abbreviation's ("the U.S.", "u.k."), and a capital before a dot an initial ("R. H. Crossman").
const SHORTHAND = new RegExp(
  `(?<![\\w'/.])(?:${Object.keys(CHAT_SHORTHAND).sort((a, b) => b.length - a.length).join("|")})(?![\\w'/]|\\.\\w)`,
  "gi",
);
const INITIAL = /^[A-Z]$/;
// A question word with "'d" asks of the past, as "did" does: "how'd they take the news", "where'd they get caught".
const QUESTION_WORD_DID = /\b(how|where|what|who|when|why)['’]d\b/gi;
// A currency sign typed twice or more ("how much $$ did she make") stands for money, not a sum.
const MONEY_SIGNS = /[$£€¥]{2,}/g;
// A lone lower-case "w" before a word or ending the question is "with" ("w the money", "a meeting w
// Hamas", "who did they sit down w?"); a capital W is an initial or a name ("George W. Bush", "the W Series").
const LONE_W = /(?<![\w'/])w(?= \w|\s*[?!.]*\s*$)/g;

// An age or a span typed as a number and a chat unit ("the 8yo", "a 10 y/o", "in 24hrs"): the number and
// the unit's words, as an article writes them ("eight-year-old", "24 hours").
const AGE = /\b(\d+)\s*(?:yo|y\/o|y\.o\.)(?![\w/])/gi;
const NUMBER_WITH_UNIT = /\b(\d+)(yrs?|hrs?|mins|wks?)\b/gi;

/** A question with chat shorthand spelled out ("how many ppl" → "how many people"). */
export function withShorthandSpelledOut(question: string): string {
  return question
    .replace(AGE, "$1 year old")
    .replace(NUMBER_WITH_UNIT, "$1 $2")
    .replace(SHORTHAND, (shorthand, at: number, text: string) => (INITIAL.test(shorthand) && text[at + 1] === "." ? shorthand : (CHAT_SHORTHAND[shorthand.toLowerCase()] ?? shorthand)))
    .replace(LONE_W, "with")
    .replace(QUESTION_WORD_DID, "$1 did")
    .replace(MONEY_SIGNS, " money ");
}

// A letter typed three times or more ("sooo", "whyyy", "felll"): no English word has three in a row.
const ELONGATION = /([a-z])\1{2,}/gi;
const ELONGATED_WORD = /[a-z]*([a-z])\1{2,}[a-z]*/gi;

/**
 * A text with each letter typed three times or more typed twice, or once where that makes a function
 * word or chat filler ("whyyy" → "why", "lmaooo" → "lmao"): a word of its own doubles letters but
 * never triples them, so the extra key fell on a double ("felll" is "fell", "gooood" "good", not "god").
 */
export function withoutElongation(text: string): string {
  return text.replace(ELONGATED_WORD, (word) => {
    const once = word.replace(ELONGATION, "$1");
    const lower = once.toLowerCase();
    return isStopWord(lower) || isChatFiller(lower) ? once : word.replace(ELONGATION, "$1$1");
  });
}

// What a question opens with: a chat's "wait" or "like" first in the question or a clause only marks
// the turn ("wait, how…", "so like when…"); after a word it is a verb or a preposition ("what is it like when…").
const QUESTION_OPENER = "(?:so|what|how|why|when|who|where|which|is|are|was|were|did|does|do|can|could|will|would|has|have|had)";

// Thanks for something, opening a message or a clause of it after any chat words ("thanks for the
// help earlier guys", "lol thanks for the info, who won?", "…? thank you so much for explaining"):
// it thanks the chat for what it did and asks nothing; the thing thanked for ("the help", "the info")
// is no word of a question, up to a question that follows ("thanks for the info who won the vote").
// Not "thank" with another object ("did Hamas thank Russia for…"), nor inside a clause ("why did
// they say thank you for…"). "u", "ya" and "yall" are spelled out as "you" before this is read.
const THANKS_FOR = new RegExp(
  `^(?:thanks|thank you|thx|thnx|thanx|ty|tysm|tyvm|many thanks|cheers)(?: (?:so|very) much| a (?:lot|ton|bunch)| again)? for\\b.*?(?=\\s+${QUESTION_OPENER}\\b|$)`,
  "i",
);
const CLAUSE = /[^,.!?;:]+/g;
const FIRST_WORD = /^(\S+)\s*/;

/** A message without the thanks it gives for something ("thanks for the help earlier"). */
export function withoutGratitude(question: string): string {
  return question.replace(CLAUSE, (clause) => {
    // Past the chat words the clause opens with ("lol", "ok"), which may be thanks themselves.
    let at = clause.length - clause.trimStart().length;
    for (;;) {
      const rest = clause.slice(at);
      const thanks = THANKS_FOR.exec(rest);
      if (thanks !== null) return clause.slice(0, at) + rest.slice(thanks[0].length);
      const word = FIRST_WORD.exec(rest);
      if (word === null || !isChatFiller((word[1] ?? "").toLowerCase())) return clause;
      at += word[0].length;
    }
  });
}

// A greeting of the time of day ("good morning everyone", "…thanks, good night"): it opens or ends a
// chat message as "hi" and "bye" do, and asks nothing.
const GREETING = "good (?:morning|afternoon|evening|night|day)";

// The asker, the one asked and the people in the chat ("can someone help me"): news tells of others.
const CHAT_VOICE = new Set(["i", "me", "my", "you", "your", "everyone", "everybody", "someone", "somebody"]);

// The one asked, however a chat types it ("u", "ya", "you guys", "y'all").
const ADDRESSEE = "(?:(?:you|u|ya)(?: guys| all)?|y'?all)";

// The ways a chat asks a question about anything ("can you tell me…", "does anyone know…", "I heard…",
// "my friend says…"): they speak of the chat and ask nothing, but what they frame may well be the news.
const ASKING_FRAME = new RegExp(
  [
    `(?:can|could|would|will) (?:${ADDRESSEE}|someone|somebody|anyone|anybody) (?:please |pls )?(?:tell|explain|show|remind)(?: (?:me|us))?`,
    "(?:someone|somebody|anyone|anybody) (?:please |pls )?(?:explain|tell me)",
    `(?:(?:do|does|did) )?(?:${ADDRESSEE}|anyone|anybody|someone|somebody) know`,
    "(?:you|u|ya) know",
    "(?:i|we) (?:want|would like|need) to know",
    "(?:i(?:'m|m| am| was)|just) (?:confused|curious|wondering|asking|lost)",
    // Not following the text frames what the asker wants to know: "ive read this twice and still
    // dont get what the lawyer admitted", "i don't understand why…".
    "i(?:'ve|ve| have) read (?:this|it|the (?:article|story))(?: (?:twice|again|\\w+ times))?(?: and)?",
    `(?:i )?(?:still )?(?:don'?t|do not|can'?t|cannot) (?:get|understand|figure out|work out)(?= (?:still )?${QUESTION_OPENER}\\b)`,
    "i (?:wonder|heard|read|think|thought|guess|saw|reckon|mean)",
    "(?:my \\w+|someone|somebody) (?:says|said|told me|reckons|mentioned)",
    "tell me",
    "is (?:it|that|this) (?:really )?(?:true|right|correct)(?: that)?",
    // "…or is this new", "this cant be new": whether it is new, which the question beside it asks already ("how long…", "when did…").
    `(?<=[\\w?!,.]\\s*)(?:or |like )?(?:is (?:this|that|it)|(?:this|that|it) (?:can'?t|cannot) be) (?:even |really |actually )?new(?=\\W*$)`,
    `(?<=^\\W*|[,.!?:]\\s*|\\b(?:so|ok|oh) )(?:wait|like)(?=,? ${QUESTION_OPENER}\\b)`,
    "what(?:'s|s| is) the (?:deal|story) with",
    // "like whats his deal": who someone is, asked again in the chat's words.
    "what(?:'s|s| is) (?:his|her|their) (?:deal|story)",
    "(?:quick|random) (?:q|question)",
    // "tldr" before a question asks for the short answer to it, not the text's summary ("tldr why did…").
    `(?<=^\\W*)tl;? ?dr(?=[\\s,:;.!-]*${QUESTION_OPENER}\\b)`,
    "real quick",
    "(?:question|q)(?=\\s*:)",
    "(?:pls|plz|please) help",
    "help(?=[,:!])",
    ",? right(?=\\s*\\?+\\s*$)",
    // A tail asking for a yes or a no ("…or nah", "…or what", "…or smth"): the question before it asks
    // that already. A bare "or" ends it once the chat's "nah" has gone with the words around the question.
    ",? or(?: (?:nah|naw|not|no|nope|what|something|anything|whatever))?(?=\\s*[?!.]*\\s*$)",
    ",? or what(?=,?\\s+(?:while|when|because|since|if|after|before)\\b)",
    "(?:hey|hi|hello|yo|ok|okay|thanks|thx) bot",
    // The bot addressed first, once a greeting before it has gone with the chat filler ("hey bot, who…").
    "(?<=^\\W*)bot(?=\\W)",
    // An oath after a question word only stresses it ("how tf did…", "what the hell happened").
    "(?<=\\b(?:what|how|why|who|where|when|which)\\s+)(?:the (?:hell|heck|fuck)|tf|on earth)",
  ]
    .map((frame) => `\\b${frame}\\b`)
    .join("|"),
  "gi",
);

// Asides about the asker ("is it just me or…", "asking for a friend"): left out of what is asked,
// but they are the chat speaking of itself.
const ASKER_ASIDE =
  /\b(?:is it just me or|asking for a friend|out of curiosity|not (?:gonna|going to) lie|(?:explain )?like i'?m (?:5|five)|(?:i have |ive got )?(?:no|any) ideas?(?=\s*[?,]|\s*$| (?:how|what|why|when|who|where|which|if|whether)\b))\b/gi;

// The asker's reason for asking, closing the question ("how many times has it gone there this year
// because that seems a lot", "…cuz it sounds weird"): their judgement of what they ask (how much,
// how likely, how strange), which no sentence tells. Not "because it looks unsafe" or "because it
// seemed unsafe", which tell of the thing asked about ("was the pool shut because…?").
const DEGREE = "(?:(?:way|far|too|so|really|pretty|kinda|kind of|quite|very|a bit|a little) )*";
const JUDGEMENT = "(?:a lot|much|many|high|low|weird|odd|strange|off|wrong|crazy|insane|unlikely|fishy|suspicious|excessive)";
const ASKERS_REASON = new RegExp(`[,;]?\\s*\\b(?:because|'?cause) (?:that|this|it) (?:seems|sounds) (?:like )?${DEGREE}${JUDGEMENT}(?=\\W*$)`, "i");

// Advice asked for ("is it worth buying", "worth it?", "what's a good stretch for back pain?", "the
// easiest way to temper chocolate", "anyone got a good recipe", "any good anime?"; "the best way" is a
// pick, see CHAT_PICK): whether a thing is worth doing, or which one would do, is the chat's judgement.
// "How much is it worth" asks a value, which news tells, as do "will it do any good?", "which club got
// a good deal?", "what is a simple majority?" and "any good news for commuters?"; and advice someone
// gave ("the quickest way to the airport, according to the police") is what a text tells.
const GOOD_ONE = "(?:good|decent|nice|great)";
const CHAT_ADVICE = new RegExp(
  [
    "\\bworth (?:it|\\w+ing)\\b",
    `\\bwhat(?:'s|\\s+is|\\s+are|\\s+would\\s+be)\\s+(?:a|an|some)\\s+${GOOD_ONE}\\b`,
    `\\b(?:anyone|anybody|someone|somebody|you)\\s+(?:got|know|recommend|suggest)\\s+(?:a|an|any|some)\\s+${GOOD_ONE}\\b`,
    `^\\W*any\\s+${GOOD_ONE}\\s+(?!news\\b)`,
    "\\b(?:easiest|quickest|simplest)\\s+way\\s+to\\b",
  ].join("|"),
  "i",
);
const ADVICE_REPORTED = /\baccording to\b/i;

// An invitation to the chat ("who wants to join the voice channel", "anyone up for a game",
// "who's down to play"): it asks who of the people reading will come along, not what a text tells.
const CHAT_INVITATION = /\b(?:who (?:wants|want to)|(?:who'?s|who is|anyone|anybody|everyone|everybody) (?:up|down) (?:for|to))\b/i;

// The chat's own place ("this server is dead", "our channel", "the voice chat", "anyone in vc",
// "anyone alive in here"): the chat speaking of itself. "The server", "Discord" and "VC" alone may be
// a text's ("the servers were encrypted", "Discord went down", "a VC firm").
const CHAT_PLACE = /\b(?:(?:in|around|over|out) here|(?:this|our|ur) (?:server|channel|chat|group ?chat|gc)|(?:the|a) (?:chat|group ?chat|gc)|(?:voice|text) (?:channel|chat)|(?:on|in) (?:the )?(?:discord|vc))\b/i;

// Asked to be reminded ("whats the speed of light again", "who's the ceo again"): a question of what
// something is that ends in "again" is the asker speaking of what they once knew. "Again" after any
// other verb tells a repeat ("were the salmon caught again?"), as it does in a clause of its own
// ("what's the timeline if it turns wet again?").
const SUBORDINATOR = "if|unless|when|whenever|once|because|while|whether";
const REMINDER = new RegExp(`^\\W*(?:what|who|where|when|which|how)\\s*(?:'?s|is|was|are|were)\\b(?:(?!\\b(?:${SUBORDINATOR})\\b).)*\\bagain\\W*$`, "i");
// These open a clause only with a subject and a verb after them ("what's the ceo called again, since I
// forgot"); before a noun alone they head a phrase ("who was the ceo before the merger again?").
const CLAUSE_OR_PHRASE = new Set(["since", "after", "before", "until", "till"]);
const SUBJECT_PARTS = new Set(["DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"]);

/**
 * True when the words before `end` close on a common noun after a noun right before "again": the
 * second is the clause's verb the tagger read as a noun ("after the storm returns again", "after
 * water levels rise again"). A name stays one ("before Manchester United again").
 */
function endsOnVerbTaggedNoun(texts: readonly string[], partsOfSpeech: readonly string[], end: number): boolean {
  return texts[end] === "again" && partsOfSpeech[end - 1] === "NOUN" && NOUNS.has(partsOfSpeech[end - 2] ?? "");
}

/** True when a question asks to be reminded (see REMINDER), with no clause of its own that "again" may belong to. */
function asksReminder(text: string): boolean {
  if (!REMINDER.test(text)) return false;
  const { texts, partsOfSpeech } = tagged(text);
  return !texts.some((text, at) => {
    if (!CLAUSE_OR_PHRASE.has(text)) return false;
    let end = at + 1;
    while (SUBJECT_PARTS.has(partsOfSpeech[end] ?? "")) end++;
    return end > at + 1 && (partsOfSpeech[end] === "VERB" || partsOfSpeech[end] === "AUX" || endsOnVerbTaggedNoun(texts, partsOfSpeech, end));
  });
}

// A pick by taste ("the best pizza topping", "which is better, cats or dogs", "your favourite band"):
// the chat's judgement, asked of nothing a text tells. One's own best or worst ("her best result",
// "the club's worst season", "the region's previous worst outbreak") and a compound ("best-selling",
// "worst-hit") are records news reports.
const CHAT_PICK = /(?<!\b(?:my|your|his|her|its|our|their|\w+['’]s)\s+(?:(?!(?:the|a|an)\s)[a-z-]+\s+)?)\b(?:best|worst|favou?rites?)\b(?!-)|\b(?:which|what|who)(?:'?s|\s+is|\s+are)?\s+better\b/i;

// Anyone at all in a condition ("what happens if someone parks inside the zone?"), or anyone a clause
// after a preposition describes ("how long can it take for someone who ate the cheese to fall ill?"):
// the rule a text tells, not a person in the chat ("can someone who knows tell me" still is).
const HYPOTHETICAL_PERSON = /\b(?:(?:if|unless|when|whenever|once)\s+(?:someone|somebody)|(?:for|to|of|by|with|from|on)\s+(?:someone|somebody)(?=\s+(?:who|that)\b))\b/gi;

// Anyone in what someone thought or said ("why did Fiona Maddox think someone must be missing the
// tortoise?"): the story's someone; the asker's own "I think" or "do you think" still speaks of the chat.
const REPORTED_PERSON = /(?<=\b(?:think|thinks|thought|say|says|said|believe|believes|believed|fear|fears|feared|suspect|suspects|suspected|claim|claims|claimed)\s+(?:that\s+)?)(?:someone|somebody)\b/gi;

// Anyone doing something to a thing the text tells ("how many musicians do you need in the pit to play
// it?", "how do you get the fix onto a frozen unit?", "how often does somebody have to wind the clock?"):
// a wh-question's "you", "someone" or "somebody" after "do" or "can", in a clause naming something
// definite, is one, not the chat; "have to" is what the thing needs, not one's own doings. Without it ("how do you make pancakes") the
// question asks general knowledge; a verb of the mind or of judging ("what do you think of…", "what do
// you make of…", "how do you rate…") asks the chat's view, "do", "have" or "say" its own doings ("what
// do you do at the weekend"), and "you guys", "you all" speak to the chat by name.
const GENERIC_YOU = /(?<=^\W*(?:how|what|where|when|which|why)\b[^?,]*?\b(?:do|does|can)\s+)(?:you|u|ya|someone|somebody)(?=\s+(?!(?:do|have(?!\s+to\s+(?!(?:say|do)\b))|say|think|feel|like|love|hate|prefer|believe|reckon|know|want|remember|mean|recommend|suggest|make\s+of|care|expect|suppose|guess|figure|predict|rate|rank|judge|guys|all|lot|folks)\b)[a-z]+\b[^?,]*\b(?:the|it|its|this|that|these|those|his|her|their)\b)/i;

// A question beside a clause of the asker's own ("im gutted i missed it, who scored the winner?",
// "how much has the club spent, my kids want to know"): it asks of what it names, and the other
// clause only tells of the asker.
const CLAUSE_BREAK = /[,.;:!?]+/;
const OPENS_WITH_QUESTION = new RegExp(`^\\s*${QUESTION_OPENER}\\b`, "i");
const FIRST_PERSON: ReadonlySet<string> = new Set(["i", "me", "my"]);

/**
 * A message without the clauses that tell of the asker beside the one asking; a clause that asks
 * stays whatever it says ("ive never played chess, where do i start"), and so does one speaking to
 * the chat ("if you're in a car going the speed of light…").
 */
function askingPart(text: string): string {
  const clauses = text.split(CLAUSE_BREAK);
  if (!clauses.some((clause) => OPENS_WITH_QUESTION.test(clause))) return text;
  return clauses.filter((clause) => OPENS_WITH_QUESTION.test(clause) || !words(clause).some((word) => FIRST_PERSON.has(word))).join(", ");
}

/**
 * True when a question speaks of the asker, the one asked or the people in the chat ("what should I
 * name my puppy?", "is it just me or…"), apart from the way it asks ("can you tell me…"), asks for
 * advice ("is it worth buying"), invites the chat ("who wants to…"), speaks of the chat's own
 * place ("this server is dead"), asks to be reminded ("whats the speed of light again"), or asks
 * for a pick by taste ("which is better, cats or dogs"). Not its own day: "what did Putin say
 * today?" is news asked as it breaks, though "why is it so cold today" is not.
 */
export function inChatVoice(question: string): boolean {
  const text = withShorthandSpelledOut(withoutChatMarkup(question)).replace(ASKING_FRAME, " ").replace(HYPOTHETICAL_PERSON, " ").replace(REPORTED_PERSON, " ").replace(GENERIC_YOU, " ");
  if ((CHAT_ADVICE.test(text) && !ADVICE_REPORTED.test(text)) || CHAT_INVITATION.test(text) || CHAT_PLACE.test(text) || asksReminder(text) || CHAT_PICK.test(text)) return true;
  return words(askingPart(text)).some((word) => CHAT_VOICE.has(word));
}

/** A question without the way a chat asks it ("can you tell me…"), asides about the asker ("asking for a friend") and their reason for asking ("…bc that seems a lot"). */
export function withoutAskingFrames(question: string): string {
  return question.replace(ASKING_FRAME, " ").replace(ASKER_ASIDE, " ").replace(ASKERS_REASON, "");
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
const OPENING_GREETING = new RegExp(`^\\W*${GREETING}\\b`, "i");
// Not after a determiner: "did Labour have a good night?" asks about the night.
const CLOSING_GREETING = new RegExp(`(?<=^|[\\s,.!:;?])(?<!\\b(?:a|an|the|this|that|every|one|another|such|what|very|really)\\s+)${GREETING}[\\s,.!:;?]*$`, "i");

// A word typed in lower case: "ER" and "OH" are an emergency room and Ohio, not chat. Whole words of
// any script: "fr" is no aside inside "frédéric".
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}_'])[a-z]+(?![\p{L}\p{N}_'])/gu;
const SPACES = / {2,}/g;

/**
 * A question without the chat's asides inside it ("who even is…", "why did they actually…", "is it
 * lowkey…"): they would part a question word from its verb, which the question's readers expect side by side.
 */
export function withoutChatAsides(question: string): string {
  return question.replace(LOWER_CASE_WORD, (word) => (isChatAside(word) ? "" : word)).replace(SPACES, " ");
}

// "Like" as a chat hedge, which only softens what follows: opening a clause after a break ("how slow
// was it, like actually"), after the subject of a question opening with "be" ("is russia like allied
// with…", "was there like music…"), or before a verb that cannot be its object ("did hamas like thank
// russia"). Before a noun phrase it compares or is the verb: "doctors, like nurses,", "is the virus
// like flu?", "do residents like live music?"; "did they like swimming" and "what was it like" keep it too.
const LIKE = /\blike\b\s*/gi;
const HEDGED_SUBJECT = new Set(["NOUN", "PROPN", "PRON"]);
const BREAKS = new Set([",", ";", ":"]);
const BE_FORMS = new Set(["is", "are", "was", "were"]);
const NOUN_PHRASE_OPENERS = new Set(["DET", "NOUN", "PROPN", "PRON"]);
// "Is russia like allied…": the subject a "like" hedges after is at most three words.
const MAX_HEDGED_SUBJECT_WORDS = 3;
// "…, like a few years?": the words of a guess offered at a question's end.
const MAX_GUESS_WORDS = 3;

/** A question without "like" where it hedges ("did hamas like thank russia" → "did hamas thank russia"). */
export function withoutHedgingLike(question: string): string {
  const { texts, partsOfSpeech } = tagged(question);
  const hedges = new Set<number>();
  let occurrence = 0;
  texts.forEach((word, at) => {
    if (word !== "like") return;
    if (isHedgingLike(texts, partsOfSpeech, at)) hedges.add(occurrence);
    occurrence++;
  });
  if (hedges.size === 0) return question;
  occurrence = 0;
  return question.replace(LIKE, (like) => (hedges.has(occurrence++) ? "" : like));
}

function isHedgingLike(texts: readonly string[], partsOfSpeech: readonly string[], at: number): boolean {
  // "Was there like music": "there" is compared with nothing.
  if (texts[at - 1] === "there" && BE_FORMS.has(texts[at - 2] ?? "")) return true;
  // "how long have they been talking, like years?": a short phrase closing the question after a break
  // is a guess the asker offers, which "like" only hedges; the guess may still be the text's words.
  if (BREAKS.has(texts[at - 1] ?? "") && texts.slice(at + 1).filter((_, offset) => partsOfSpeech[at + 1 + offset] !== "PUNCT").length <= MAX_GUESS_WORDS) return true;
  if (opensNounPhrase(texts, partsOfSpeech, at + 1)) return false;
  if (BREAKS.has(texts[at - 1] ?? "")) return true;
  const subjectWords = at - 1 - (texts[1] === "n't" ? 1 : 0);
  if (BE_FORMS.has(texts[0] ?? "") && subjectWords >= 1 && subjectWords <= MAX_HEDGED_SUBJECT_WORDS && !texts.slice(1, at).includes("like")) return true;
  const next = texts[at + 1] ?? "";
  return HEDGED_SUBJECT.has(partsOfSpeech[at - 1] ?? "") && partsOfSpeech[at + 1] === "VERB" && !next.endsWith("ing");
}

/**
 * Whether a noun phrase opens at a word: a determiner, a noun or a pronoun, or an adjective before a
 * noun, which the tagger may take for a verb after "like" ("like live music"); after "the" it reads
 * the word in a noun phrase's place.
 */
function opensNounPhrase(texts: readonly string[], partsOfSpeech: readonly string[], at: number): boolean {
  const word = texts[at];
  if (word === undefined) return false;
  if (NOUN_PHRASE_OPENERS.has(partsOfSpeech[at] ?? "")) return true;
  if (!NOUNS.has(partsOfSpeech[at + 1] ?? "")) return false;
  return tagged(`the ${word} ${texts[at + 1]}`).partsOfSpeech[1] === "ADJ";
}

/** A question without the chat words it opens or ends with ("ok so", "hmm", "lol", "tho", "good morning"). */
export function withoutChatFiller(question: string): string {
  const filler = (word: string, markers: Set<string>) => isChatFiller(word) || markers.has(word);
  let text = question.replace(CLOSING_GREETING, (greeting) => (greeting.includes("?") ? "?" : "")).trimEnd();
  for (let match = OPENING_WORD.exec(text); match; match = OPENING_WORD.exec(text)) {
    const greeting = OPENING_GREETING.exec(text);
    if (greeting) {
      text = text.slice(greeting[0].length);
      continue;
    }
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
