import { BE_FORMS } from "./clause-parts.ts";
import { ASKS_FOR_MORE, asksAhead, ASKS_WHETHER_AHEAD, asksEarlierOccasions, GET_PASSIVE, NEGATION, OPENS_PAST_YES_NO, OPENS_YES_NO, participleAfterGot, PAST_AUXILIARIES, pastEventVerb, withoutModalPerfects } from "./event-questions.ts";
import { agedMany, ALWAYS_IN_UNITS, COMPARED_MEASURE, comparedMeasure, countedNoun, DIFFERENCE_ASKED, DIMENSION_COMPARED, measureAsked, measuredAdjective, measuredNoun, measureNounAsked } from "./measure-questions.ts";
import { AGE_MEASURE, isAgeMeasure, MEASURES, POINT_IN_TIME, PRESENT_TIME, TIME_OF_YEAR_MEASURE } from "./measurements.ts";
import { nounRunIn, nounRunOf, SHARE_NOUNS, UNTAGGED, type QuestionLexicon } from "./question-grammar.ts";
import { obligationOf, type Obligation } from "./obligations.ts";
import { namesInside, type AnswerTraits } from "./sentence-traits.ts";
import { sourceAsked, speakerAsked, speakerAskedByResponse, speakerAskedIndirectly, type SpeakerAsked } from "./speaker-questions.ts";
import { asksPassiveFor, asksPriceOfDoing, asksWhatWasGot, closesOnBy, howMuchVerbHasObject, ownedObjectOf, paidForNoun, pricedNoun, withSumAskedAsHowMuch } from "./sum-questions.ts";
import { POSSESSIVE_ENDINGS, tagged, type Tagged } from "./tagging.ts";
import { lemmaOf } from "./terms.ts";
import { normalizeText, words } from "./text.ts";

/** What kind of thing a question asks for, when its wording says so. */
export type AnswerType = "quantity" | "date" | "name" | "place" | "role" | "reason" | "manner" | "any";

// "How did staff find out…", "how can owners restore…": "how" before an auxiliary asks the manner or
// means; before a form of "be" only when a verb follows (see asksHowDone).
const HOW_DID = /\bhow (?:do|does|did|is|are|was|were|am|can|could|will|would|shall|should|has|have|had|may|might|must)\b/;
const HOW_BE = /\bhow (?:is|are|was|were|am)\b/;

// A question asking how things stand in the present: "…attend now?", "these days".
const NOW = new RegExp(`\\b${PRESENT_TIME}\\b`);
// The kind of place a which-question names ("which country…").
const PLACE_KIND = /\bwhich (city|country|place|region)\b/;
// Checked in order: "how many" before "who", "what date" before the general cases ("what time / year"
// and "how long ago" are read before these: see DATE_PART_QUESTION and measureAsked).
const QUESTION_PATTERNS: readonly [RegExp, AnswerType][] = [
  [/\bhow (many|much)\b|\bwhat (number|amount|percentage)\b/, "quantity"],
  [/^\s*(?:why\b|how come\b)/, "reason"],
  [HOW_DID, "manner"],
  [/\bwhen\b|\bwhat (date|day|month)\b|\bsince when\b/, "date"],
  [new RegExp(`\\bwhere\\b|${PLACE_KIND.source}`), "place"],
  [/\bwho(m|se)?\b/, "name"],
];

// "How did the club react when...", "what did she say when...", "why are retirees who live off
// their savings unhappy?", "can owners sell when they move?": a "when", "who" or "where" after the
// question's own word, or after the verb a yes-no question opens with, opens a clause about a moment,
// a person or a place; it does not ask for one.
const CLAUSE_AFTER_QUESTION_WORD =
  /(?<=(?:\b(?:who|whom|whose|what|which|where|why|how|when)|^\s*(?:is|are|was|were|am|do|does|did|can|could|will|would|shall|should|has|have|had|may|might|must))\b.*)\s(?:when|who|whom|whose|where)\b.*$/;
// "What time", "what year": only a clock time or a year answers, not any date ("on Saturday"); "what
// hours" asks the clock times something begins and ends.
const DATE_PART_QUESTION = /\b(?:what|which) (time|year|hour)s?\b(?! of (?:the )?year\b)/;
const DATE_PART_MEASURE: Readonly<Record<string, string>> = { time: "time", year: "year", hour: "time" };
// "At what time of year do thefts rise?": a season or a month answers, not a clock time.
const TIME_OF_YEAR_QUESTION = /\b(?:what|which) (time|part)s? of (?:the )?year\b/;
// "What was Lemaiyan's winning time?", "what was the team's finishing time?": a time someone took, not a clock time.
const RACE_TIME_QUESTION = /\bwhat(?:'s|s| is| was| were)\s+(?:[\w'-]+\s+){0,3}(?!(?:the|a|an)\s)[\w'-]+\s+(time)s?\b(?!\s+(?:of|to|when|did|does|do|is|was|will|zone)\b)/;
// "What colour are the trams?": only a sentence naming a colour answers.
const COLOUR_QUESTION = /\b(?:what|which) (colou?rs?)\b/;

/** What a question's wording says about its answer, apart from its topic. */
export interface QuestionShape {
  answerType: AnswerType;
  /** A word of the question that only frames the answer ("long" in "how long"), not its topic. */
  framingWord?: string;
  /** The kind of place a which-question names ("country" in "which country is he living in?"), which a sentence naming one holds. */
  placeKind?: string;
  /** The kind of measurement a measuring question wants (a key of MEASURES: "long", "long since", "deep"; "colour" for a colour word). */
  measure?: string;
  /**
   * The noun a "how many/much" question counts ("fighters" in "How many Hamas fighters were
   * killed?"): a number in a sentence that does not mention it is not the answer.
   */
  countedWord?: string;
  /**
   * True when only a sentence holding the kind of answer asked for can answer it: a number for "how
   * many", an age for "how old", metres for "how deep", a name for "what is the boat called?".
   */
  needsAnswerType: boolean;
  /** The words of the names the question gives, capitalised inside it ("Lena Sorvik"). */
  nameWords: ReadonlySet<string>;
  /** True for a question asked in words ("Who ...?"), false for keywords ("sorvik contract"). */
  isAsked: boolean;
  /** True for "how much ...": when it asks about money, only a sum (or a share of one) answers. */
  asksHowMuch: boolean;
  /**
   * The thing a "how much" question prices ("ticket" in "How much does a one-way ticket cost?",
   * "nurse" in "how much is a nurse paid?", "ring" in "how much is the ring worth?"): the head noun
   * of the subject of "cost" or of "be". A sum in a sentence that does not mention it prices
   * something else, as a number does for a "how many" question's noun. Not the subject of other
   * verbs, who may pay, spend or give ("how much did the shop owner pay").
   */
  pricedWord?: string;
  /**
   * What a "how much" question's payer paid for ("lawyers" in "how much did the resort spend on
   * lawyers?", "car" in "how much did he pay for the car?"): an article that never mentions it tells
   * no sum paid for it, whatever other sums it gives.
   */
  paidForWord?: string;
  /**
   * The nouns before paidForWord in its phrase ("road" in "spend on road repairs", "headphone" in
   * "pay for the headphone company"): an article naming them tells the thing in its own words
   * ("resurfacing roads", "the headphone maker").
   */
  paidForModifiers?: readonly string[];
  /**
   * True when a "how much" question's "by" has no object, asking a margin ("how much did they win by?"):
   * its verb asks no sum, whatever its senses; a word of money still does.
   */
  asksMargin?: boolean;
  /**
   * True when a "how much" question's verb has an object of its own, not a time ("how much does the
   * timetable save commuters?", not "how much did she save each month?"): "how much" is what the
   * object gains, time as well as money.
   */
  verbHasObject?: boolean;
  /** The nouns of a "how much" question's object its owner's possessive opens ("salt", "use" in "cut its salt use"; see ownedObjectOf). */
  ownedObjectWords?: readonly string[];
  /**
   * True when a "how much" question's verb asks a sum whatever its words: what someone got ("how
   * much did Ruiz get as runner-up?") or what a passive was done for ("how much is it insured for?").
   */
  wantsSum?: boolean;
  /**
   * The thing a measuring question measures ("line" in "How long will the new tram line be?",
   * "building" in "how old is the market building", "diversion" in "how long a diversion…"): the
   * head noun right after the adjective and its auxiliary or article. A measurement inside its noun
   * phrase ("the 14.2-kilometre line", "the 1868 building") is its own, as a sum is the priced thing's.
   */
  measuredWord?: string;
  /** The many things a how-old question asks the age of, if it asks of many (see agedMany): an average age answers only of them. */
  agedMany?: string;
  /**
   * True when a question names a measure and asks it of that thing alone, with no deed of its own
   * ("what is the speed of light?", "what is the ferry's top speed?", "what size is the canvas?"; not
   * "what was the length of time the crew were stuck?"): the measure is the thing's, so a measurement
   * in a sentence naming neither it nor what it leans on is another's ("shares fell 8.4 percent").
   * An adjective asked of it ("how deep is the sea?") is as often answered of it in other words.
   */
  measuresThing?: boolean;
  /** True when the measure is asked by its noun ("what is the speed of light?", "what size is the canvas?"; the framing word). */
  namesMeasure?: boolean;
  /**
   * True when the question asks about earlier or repeated occasions ("has Marzook met Lavrov
   * before?", "has he ever met…", "does she regularly…"): a sentence telling one ("has frequently
   * met", "a previous meeting", "their third delegation") answers it before one telling this one.
   */
  asksEarlier?: boolean;
  /**
   * True when the question asks for more than something already told ("what else has the union
   * asked for?", "which other cities…", "besides fewer admissions, what…"): a sentence adding to
   * what was told ("It has also asked the firm…") answers it before the one telling the first thing.
   */
  asksForMore?: boolean;
  /**
   * True when a how-many question asks a difference ("how many fewer caterpillars…", "how many more
   * staff…"): a change told as a share ("47 per cent fewer caterpillars") gives it, as a number does.
   */
  asksDifference?: boolean;
  /**
   * True when a yes-no question asks about earlier or repeated occasions ("has Marzook met Bogdanov
   * before this visit?"): its whole answer is whether there were any, which only a sentence
   * telling one gives ("has frequently met"); one telling this occasion ("headed the delegation that
   * met with Bogdanov") says nothing of it.
   */
  asksWhetherEarlier?: boolean;
  /**
   * True when a yes-no question asks whether something happened ("did anybody get hurt?", "has the
   * chain lost?"): a sentence telling it only as a condition or what would have been ("if this is
   * hurting children, we will change course", "losing the name would have meant losing the shop")
   * says it did not, or nothing.
   */
  asksWhetherDone?: boolean;
  /**
   * True when the event asked of is told as meant or due ("was the plant meant to open in May?"): a
   * sentence telling it as a plan or an aim ("is due to open in May") answers it.
   */
  eventIntended?: boolean;
  /**
   * True when the question asks who someone named is or what post they hold ("who is Marzook?",
   * "what's his role in Hamas?"): news says so where it first describes them.
   */
  asksWhoOneIs?: boolean;
  /**
   * True when a why-question asks why something is not or was not done ("why didn't the mayor vote
   * yes?", "why can't they do the work in May?"): a sentence supposing it done tells the reason
   * ("If you fill those cracks in May, you are sealing the nursery").
   */
  asksWhyNot?: boolean;
  /** True for a question asking what a thing is for ("what is the ban actually for?"): an aim answers it, not any cause. */
  asksPurpose?: boolean;
  /**
   * The nouns a "which / what" question asks to pick from ("insurance", "company" in "Which
   * insurance company covers the gallery?"): a body of that kind is answered by its name (see
   * KnowledgeBase). None for other questions.
   */
  chosenWords?: readonly string[];
  /**
   * The nouns a who-question asks a person by ("gallery", "director" in "who is the gallery director?",
   * "judge" in "who is the judge in the Wexcombe case?"): what the person is, which a text says right
   * beside their name ("Mrs Justice Harriet Penhallow"). None for other questions.
   */
  personWords?: readonly string[];
  /** The words of the phrase a who-question asks a person by, its adjectives too ("chief", "executive"). */
  personPhrase?: readonly string[];
  /**
   * True when "which" asks to pick the chosen thing ("Which engineer wrote the code?"), not "what"
   * ("what colour", "what kind"): one of a known set, told apart by its name.
   */
  picksWithWhich?: boolean;
  /**
   * True when "which" picks a number of them ("which two airlines", "which three members"): each
   * is told apart by its name, as one picked thing is.
   */
  picksNumber?: boolean;
  /**
   * The verb of a question about what happened ("freed" in "Were any hostages freed?", "paid" in
   * "how much did she get paid?"): a sentence that tells it only as an aim ("talks to negotiate the
   * release of hostages") does not say it happened. None for other questions, for "what", "who"
   * and "which", which take the event as told, and for "why", which asks for the aim.
   */
  eventWord?: string;
  /**
   * True when a yes-no question asks about its event in the passive ("has the captain been
   * suspended?", "were any people arrested?"): the participle is the event itself, which a sentence
   * answering must tell in some form of the word (see KnowledgeBase), not the doer's act around it.
   */
  asksPassiveEvent?: boolean;
  /**
   * What the event of `eventWord` is about: the infinitive its verb takes ("free" in "did Hamas
   * agree to free the hostages?") or the head of its object ("declaration" in "has the state
   * approved the declaration?"). A sentence without the verb that tells this only as an aim ("asked
   * the state to seek a declaration") tells a plan, not the event.
   */
  eventComplement?: string;
  /**
   * Who a question asks what they said, thought or felt ("lavrov" in "What did Lavrov say to
   * Marzook?", "minister" in "how did the foreign minister react?"): the last noun between the
   * auxiliary and the verb, with that verb (`reportingVerb`), which only the dictionary can tell to
   * be one of saying or feeling (see KnowledgeBase); or, when it names no one saying something, the
   * source an attribution names ("bogdanov" in "According to Bogdanov, what…?"), whose verb is "say".
   */
  speakerWord?: string;
  reportingVerb?: string;
  /** True when the speaker asked is the source an attribution names: its "according" asks what they said. */
  asksSourcesWords?: boolean;
  /**
   * The words of the phrase that names the speaker ("retired", "nurse", "agnes", "borrow" in "what
   * did the retired nurse agnes borrow say"): who is asked about, not what of their words is asked.
   */
  speakerWords?: string[];
  /**
   * The words telling to whom, when or where the speaker said it ("the court" in "what did Kevin
   * Salas tell the court about Tullis", "her apology video" in "…say in her apology video"): not what was said either.
   */
  settingWords?: string[];
  /**
   * True when a clause among them tells the occasion ("how did the volunteer react when he came
   * across his father's entries?"): a sentence telling that occasion comes before the one telling
   * what was said or felt.
   */
  occasionClause?: boolean;
  /**
   * True when a when-question asks of an event still to come ("when will the bronzes be returned?",
   * "when is next year's race?"): a sentence dating only what has happened ("ruled on Wednesday")
   * tells another event.
   */
  asksAhead?: boolean;
  /**
   * True when a question asks how things stand now ("Which school does she attend now?", "who
   * employs him these days?"): a sentence saying so ("Patricia now attends…") tells the present,
   * where one telling only what was ("had attended the J. Enos Ray School") may not.
   */
  asksNow?: boolean;
  /**
   * True when a yes-no question asks whether something is still to come ("Will the district review
   * the schedule?", "is the museum going to appeal?"): a sentence telling it with a modal or a plan
   * ("it will review…", "said it would not appeal") answers it before one telling what has happened.
   */
  asksWhetherAhead?: boolean;
  /**
   * What a question asks as advised or required ("What should the Legislature be allowed to do?",
   * "what else must you wear?"): a sentence saying so answers it before one telling what was done.
   */
  asksObligation?: Obligation;
}

// Starts like a question, or a clause of it does ("According to Voss, how…", typed without a
// question mark as chat often is), or ends like one: it asks something of what it names.
const ASKED =
  /(?:^|[,;:]\s)\s*(who|whom|whose|what|which|when|where|why|how|is|are|was|were|am|do|does|did|can|could|will|would|shall|should|has|have|had|may|might|must)\b|\?\s*$/i;

const NO_LEXICON: QuestionLexicon = {
  reportsSpeechOrThought: () => false,
  addressesPerson: () => false,
  knows: () => false,
  namesPersonOrGroup: () => false,
  adjectiveHeads: () => [],
  namesAct: () => false,
  adjectiveOfAdverb: () => undefined,
  adverbSynonyms: () => [],
  attributeValues: () => [],
  namesTime: () => false,
  isVerb: () => false,
};

// An initial before a name ("O. N. Moss", "J. B. Speed Museum") is the name's word, not a letter asked
// about; not a letter of an abbreviation typed with spaces ("the U. S. pledge").
const INITIAL_OF_NAME = /(?<=\s)[A-Z]\.(?=(?:\s*[A-Z]\.)*\s*[A-Z][a-z])/g;

/** The answer type a question's wording asks for ("how many" → quantity, "how long" → quantity). */
export function questionShape(question: string, lexicon: QuestionLexicon = NO_LEXICON): QuestionShape {
  const text = withSumAskedAsHowMuch(normalizeText(question));
  // "When is the hearing on how much he must repay?": a "how much" or "how many" in a clause of its
  // own asks no figure; "…, and how much did it cost?" does.
  const asking = text.slice(0, endOfAskingClause(text));
  const wording = {
    nameWords: new Set([...namesInside(question), ...(question.match(INITIAL_OF_NAME) ?? [])].flatMap(words)),
    isAsked: ASKED.test(question),
    asksHowMuch: HOW_MUCH.test(asking),
  };
  // Keywords, with a question mark or not ("Sorvik's salary?"): no question word, no opening auxiliary.
  const byKeywords = !ASKED.test(question.replace(/\?\s*$/, "")) && !QUESTION_WORD.test(text);
  const keyword = byKeywords ? keywordAsking(text, wording.nameWords) : undefined;
  if (keyword) return { needsAnswerType: false, ...wording, ...keyword };
  // "What share of home loans…": the noun frames the amount ("about 38% of mortgages"), as "long" does in
  // "how long", and only a share answers it, as only an age answers "how old".
  const share = SHARE_QUESTION.exec(text)?.[1];
  if (share) return { answerType: "quantity", framingWord: share, measure: "share", needsAnswerType: true, ...wording };
  // Only a population answers it ("a town of 9,000", "home to about 780 people"), not people counted in
  // another event ("600 people were evacuated from the town").
  const population = POPULATION_QUESTION.exec(text)?.[1] ?? PEOPLE_LIVING_QUESTION.exec(text)?.[1];
  if (population) return { answerType: "quantity", framingWord: population, measure: "population", needsAnswerType: true, ...wording };
  // "What was the final score?", "the result of the council vote": a contest's result is a tally;
  // not for a question asking who, when, where, why or how ("who discovered the score of the opera?").
  const tally = asksWhatOrWhich(text) ? TALLY_QUESTION.exec(text) : null;
  // "What did the conductor inject into the score?" asks what went in, not the tally.
  if (tally && !AFTER_PREPOSITION.test(text.slice(0, tally.index))) return { answerType: "quantity", framingWord: tally[1] ?? tally[2] ?? tally[3] ?? "score", measure: "tally", needsAnswerType: true, ...wording };
  // "What is the phone number of the helpline?", "what was the flight number?": only a figure answers.
  if (NUMBER_QUESTION.test(text)) return { answerType: "quantity", measure: "count", needsAnswerType: true, ...wording };
  const role = ROLE_QUESTION.exec(text);
  const roleWord = role?.[1] ?? role?.[2] ?? role?.[3];
  if (role && (role[4] !== undefined || role[5] !== undefined || asksRoleWord(tagged(text), roleWord ?? "")) && (!NAMED_ONES_POSTS.has(roleWord ?? "") || namesPostHolder(text, wording.nameWords))) {
    // With its "hold" only framing it, a post held is asked of the name alone: only a sentence
    // giving that name a post answers, not any sentence naming them.
    // "What job does Moultrie do now?" asks the one held in the present ("who now drives a van").
    return { answerType: "role", framingWord: roleWord ?? role[4] ?? role[5], needsAnswerType: false, asksWhoOneIs: true, ...(NOW.test(text) ? { asksNow: true } : {}), ...wording };
  }
  const compared = COMPARED_MEASURE.exec(text)?.[1];
  const measured = asking.length < text.length ? undefined : compared === undefined ? measuredAdjective(text, lexicon) : { word: compared, dimension: DIMENSION_COMPARED[compared] ?? compared };
  if (measured) {
    const { word, dimension } = measured;
    const kind = compared === undefined ? measureAsked(dimension, text) : comparedMeasure(dimension);
    const measuredWord = measuredNoun(tagged(text), word);
    const many = isAgeMeasure(kind) ? agedMany(tagged(text)) : undefined;
    const shape = {
      answerType: "quantity",
      framingWord: word,
      needsAnswerType: ALWAYS_IN_UNITS.has(dimension),
      ...wording,
      // "How much longer" asks for a length, "how much does it weigh" a weight: no sum of money answers either.
      asksHowMuch: false,
      ...(measuredWord === undefined ? {} : { measuredWord }),
      ...(many === undefined ? {} : { agedMany: many }),
    } as const;
    return kind in MEASURES ? { ...shape, measure: kind } : shape;
  }
  const measureNoun = asksWhatOrWhich(text) ? measureNounAsked(tagged(text), lexicon) : undefined;
  if (measureNoun) {
    const { noun, dimension, ...thing } = measureNoun;
    // Named as a noun, the measure is asked for its value, which only a measurement gives: "the
    // train's speed" is no answer to "what is the speed of the train?".
    const shape = { answerType: "quantity", framingWord: noun, needsAnswerType: true, namesMeasure: true, ...wording, ...thing } as const;
    const kind = measureAsked(dimension, text);
    return kind in MEASURES ? { ...shape, measure: kind } : shape;
  }
  // "What was Lemaiyan's winning time?": a race's time is how long it took.
  const raceTime = RACE_TIME_QUESTION.exec(text)?.[1];
  if (raceTime) return { answerType: "quantity", framingWord: raceTime, measure: "duration", needsAnswerType: true, ...wording };
  const datePart = DATE_PART_QUESTION.exec(text)?.[1];
  if (datePart) return { answerType: "date", framingWord: datePart, measure: DATE_PART_MEASURE[datePart], needsAnswerType: true, ...wording };
  const partOfYear = TIME_OF_YEAR_QUESTION.exec(text)?.[1];
  if (partOfYear) return { answerType: "date", framingWord: partOfYear, measure: TIME_OF_YEAR_MEASURE, needsAnswerType: true, ...wording };
  const colour = COLOUR_QUESTION.exec(text)?.[1];
  if (colour) return { answerType: "any", framingWord: colour, measure: "colour", needsAnswerType: true, ...wording };
  const mainClause = asking.replace(CLAUSE_AFTER_QUESTION_WORD, "");
  // "What is the ban actually for?" asks an aim, as "why" asks a reason.
  const purposeAsked = asksPurpose(mainClause);
  const answerType = purposeAsked ? "reason" : (QUESTION_PATTERNS.find(([pattern, type]) => pattern.test(mainClause) && (type !== "manner" || asksHowDone(mainClause)))?.[1] ?? "any");
  // "When will the cubs get their names?" asks when, not what they are called; "why can't a company
  // own a town's pastry name?" asks for a reason; "Who uncovered the missing names?" asks who did it.
  if (NAME_QUESTION.test(text) && answerType !== "name" && !ASKS_OTHER_THAN_NAME.has(answerType) && !asksReasonOrManner(text)) return { answerType: "name", needsAnswerType: true, ...wording };
  const countedWord = answerType === "quantity" ? countedNoun(text) : undefined;
  const chosen = answerType === "any" || answerType === "manner" ? chosenNouns(text) : { nouns: [], picksWithWhich: false, picksNumber: false };
  const chosenWords = chosen.nouns;
  // Tagged once: both readings below go by parts of speech.
  const tags = withNamesAsNouns(tagged(text), wording.nameWords);
  const event = pastEventVerb(text, tags, lexicon);
  const placeKind = answerType === "place" ? PLACE_KIND.exec(mainClause)?.[1] : undefined;
  const obligation = obligationOf(mainClause);
  const shape = {
    answerType,
    needsAnswerType: COUNT_QUESTION.test(asking),
    ...(answerType === "date" && asksAhead(withoutModalPerfects(mainClause)) ? { asksAhead: true } : {}),
    ...(NOW.test(mainClause) ? { asksNow: true } : {}),
    ...(obligation === undefined ? {} : { asksObligation: obligation }),
    ...(asksEarlierOccasions(tags, lexicon) ? { asksEarlier: true, ...(OPENS_YES_NO.test(text) ? { asksWhetherEarlier: true } : {}) } : {}),
    ...(ASKS_FOR_MORE.test(text) ? { asksForMore: true } : {}),
    ...(answerType === "any" && ASKS_WHETHER_AHEAD.test(text) ? { asksWhetherAhead: true } : {}),
    ...(answerType === "any" && OPENS_PAST_YES_NO.test(text) ? { asksWhetherDone: true } : {}),
    ...(answerType === "reason" && NEGATION.test(mainClause) ? { asksWhyNot: true } : {}),
    ...(purposeAsked ? { asksPurpose: true } : {}),
    ...wording,
    ...(event === undefined ? {} : { eventWord: event.verb, asksPassiveEvent: event.asksPassive, ...(event.intended ? { eventIntended: true } : {}) }),
    ...(event?.complement === undefined ? {} : { eventComplement: event.complement }),
    ...(wording.asksHowMuch && (asksWhatWasGot(tags) || asksPassiveFor(tags) || asksPriceOfDoing(text)) ? { wantsSum: true } : {}),
    ...(wording.asksHowMuch && closesOnBy(tags) ? { asksMargin: true } : {}),
    ...(wording.asksHowMuch && howMuchVerbHasObject(tags, lexicon) ? { verbHasObject: true, ownedObjectWords: ownedObjectOf(tags) } : {}),
    ...speakerOrSourceAsked(tags, answerType, lexicon),
    ...(placeKind === undefined ? {} : { placeKind }),
    ...(answerType === "name" && WHO_IS_NAMED.test(mainClause) ? { asksWhoOneIs: true } : {}),
  };
  // "How much weight did he lose?" asks how heavy, as "weight loss" would ("lost eleven kilograms"):
  // only a measurement answers, told with the question's event.
  const measuredAmount = wording.asksHowMuch && countedWord !== undefined ? measureOfNoun(countedWord) : undefined;
  if (countedWord !== undefined && measuredAmount !== undefined) {
    return { ...shape, answerType: "quantity", framingWord: countedWord, measure: measuredAmount, needsAnswerType: true, asksHowMuch: false };
  }
  if (countedWord) {
    const difference = DIFFERENCE_ASKED.test(text) ? { asksDifference: true } : {};
    const ownVerb = event === undefined ? participleAfterGot(tags, countedWord) : undefined;
    return { ...shape, countedWord, ...difference, ...(ownVerb === undefined ? {} : { eventWord: ownVerb }) };
  }
  const personAsked = answerType === "name" ? WHO_IS_THE.exec(text)?.[1] : undefined;
  const personTags = personAsked ? tagged(personAsked) : UNTAGGED;
  const personWords = nounRunIn(personTags, false);
  if (personWords.length > 0) return { ...shape, personWords, personPhrase: personTags.texts.slice(0, personTags.texts.indexOf(personWords.at(-1) ?? "") + 1) };
  const pricedWord = wording.asksHowMuch ? pricedNoun(tags, wording.nameWords) : undefined;
  if (pricedWord) return { ...shape, pricedWord };
  const paidFor = wording.asksHowMuch ? paidForNoun(tags, wording.nameWords) : undefined;
  if (paidFor) return { ...shape, paidForWord: paidFor.word, paidForModifiers: paidFor.modifiers };
  return chosenWords.length > 0 ? { ...shape, chosenWords, picksWithWhich: chosen.picksWithWhich, picksNumber: chosen.picksNumber } : shape;
}

/**
 * True when a how-many question asks about the event of its noun's own clause, its auxiliary right
 * after the noun ("how many hostages has Hamas released?", "how many people were hurt?"), not of a clause a
 * verb of the noun's brings in ("how many customers said their screens were frozen?" counts customers
 * who said so, not frozen screens).
 */
export function countsInOwnEvent(shape: QuestionShape, question: string): boolean {
  const { countedWord } = shape;
  if (countedWord === undefined || shape.asksHowMuch) return false;
  const typed = words(question);
  const at = typed.indexOf(countedWord);
  const next = typed[at + 1] ?? "";
  return at >= 0 && (PAST_AUXILIARIES.has(next) || GET_PASSIVE.has(next));
}

// The answers a question asks of a source's view, "what…" and "how…"; a name, number, time or place
// is a fact, told wherever it is told ("According to Reuters, who was arrested on Saturday?").
const VIEWS_ASKED: ReadonlySet<AnswerType> = new Set(["any", "manner"]);

/**
 * Who a question asks what they said (see QuestionShape.speakerWord): its own speaker, someone saying
 * something ("Lavrov" in "According to Tass, what did Lavrov tell Marzook?"; not "the closure" in
 * "what will the closure mean"); else, for a view asked, the source an attribution names; else its own
 * speaker of another verb, for the knowledge base to judge.
 */
function speakerOrSourceAsked(tags: Tagged, answerType: AnswerType, lexicon: QuestionLexicon): (SpeakerAsked & { asksSourcesWords?: boolean }) | undefined {
  const own = speakerAsked(tags, (verb) => lexicon.addressesPerson(lemmaOf(verb)));
  const speaks = (speaker: string) => !lexicon.knows(lemmaOf(speaker)) || lexicon.namesPersonOrGroup(lemmaOf(speaker));
  if (own !== undefined && lexicon.reportsSpeechOrThought(lemmaOf(own.reportingVerb)) && speaks(own.speakerWord)) return own;
  const indirect = own === undefined ? speakerAskedIndirectly(tags) : undefined;
  if (indirect !== undefined && lexicon.reportsSpeechOrThought(lemmaOf(indirect.reportingVerb)) && speaks(indirect.speakerWord)) return indirect;
  const responding = own === undefined && indirect === undefined ? speakerAskedByResponse(tags) : undefined;
  if (responding !== undefined && speaks(responding.speakerWord)) return responding;
  const source = VIEWS_ASKED.has(answerType) ? sourceAsked(tags) : undefined;
  return source === undefined ? own : { ...source, asksSourcesWords: true };
}

/**
 * A question's tags with the words it writes as a name read as one, not as a verb or a common noun:
 * "When did the flash flood hit the Kessel Pass?" asks about hitting, and "What did Harold Aims
 * say…?" about saying. Not in a question whose every verb is capitalised ("Did Marzook Meet
 * Lavrov?"): its capitals tell no names.
 */
function withNamesAsNouns(tags: Tagged, nameWords: ReadonlySet<string>): Tagged {
  const { texts, partsOfSpeech } = tags;
  const verbs = texts.filter((_, at) => partsOfSpeech[at] === "VERB");
  if (verbs.every((verb) => nameWords.has(verb))) return tags;
  return { texts, partsOfSpeech: partsOfSpeech.map((part, at) => ((part === "VERB" || part === "NOUN") && nameWords.has(texts[at] ?? "") ? "PROPN" : part)) };
}

/**
 * True when a "how" before a form of "be" asks how something was done, a verb following ("how was
 * the fire started?"), not a state ("how is the patient?", "how was the weather at the final?").
 */
function asksHowDone(clause: string): boolean {
  if (!HOW_BE.test(clause)) return true;
  const { texts, partsOfSpeech } = tagged(clause);
  const how = texts.indexOf("how");
  return partsOfSpeech.some((part, at) => at > how + 1 && part === "VERB");
}

/**
 * The nouns "which" or "what" asks to pick from ("which insurance company"; the tagger may take the
 * verb after for a noun: "which catering company supplies…"), not "what" as a pronoun ("what lets…").
 */
function chosenNouns(question: string): { nouns: string[]; picksWithWhich: boolean; picksNumber: boolean } {
  const choosing = /\b(which|what)\s+(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should)\b)(.*)$/.exec(question);
  // Whether "which" picks is read from the word that chose the nouns: in "what breed is the dog
  // which bit him?" it is "what", and the later "which" is a relative pronoun.
  const picksWithWhich = choosing?.[1] === "which";
  // "Which kind of company…" asks a sort of company ("a family-run builder"), no one of them by its name.
  if (SORT_OF.test(choosing?.[2] ?? "")) return { nouns: [], picksWithWhich, picksNumber: false };
  return { nouns: nounRunOf(choosing?.[2]), picksWithWhich, picksNumber: picksWithWhich && PICKED_NUMBER.test(choosing?.[2] ?? "") };
}

// The sort word and "of" opening what "which" or "what" picks ("kind of", "types of"; see isSortWord).
const SORT_OF = /^(?:kinds?|types?|sorts?)\s+of\s+/;

// "Which two airlines", "which 3 members": a number of the chosen things, each one picked.
const PICKED_NUMBER = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s/;

// "Who is Marzook?", "who even is marzook", not "who is the…", "who is in charge" or "who is leading…".
const WHO_IS_NAMED =
  /\bwho(?:\s+(?:even|exactly|actually|really))?(?:'s|s|\s+(?:is|was))\s+(?:(?:even|exactly|actually|really)\s+)?(?!(?:the|a|an|this|that|these|those|it|he|she|they|his|her|their|its|in|on|at|for|behind|responsible|now|still|going)\b)(?![\w-]+ing\b)[\w-]+(?:\s+[\w-]+){0,3}\s*(?:[?,.!]|$)|\bwho\s+(?!(?:the|a|an|this|that|it|he|she|they|we|you|i)\b)[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:(?:even|exactly|actually|really)\s+)?(?:is|was)\s*(?:[?,.!]|$)/;
// "Who is the judge…", "who's the incident commander…", "who was Halden's chief technology officer?":
// the noun phrase after the determiner is what the person asked for is.
const WHO_IS_THE = /^\s*who(?:'s|s| is| was)\s+(?:the|a|an|its|their|his|her|[\w-]+'s)\s+(.*)$/;

// "What is Kani's job?", "what's her role?", "marzook role in hamas": the answer is what the sentence
// that names them calls them ("Iranian deputy foreign minister, Ali Bagheri Kani"). "Role" at the end
// or before "in", "at" or "within" (the body one has a role in); not "Russia's role as mediator", nor
// "what role did Russia play", which ask what it did. So is one's "title" at the end and a "position"
// in a body ("Marzook's position in Hamas"), a named person's only (see namesPostHolder); "Putin's
// position" alone is as often a stance. A post one holds or occupies is a role ("what position does
// Bogdanov hold?"), but not one held on something ("what position does she hold on tariffs?"),
// which is a stance.
const HOLDING_VERBS = "hold|holds|held|occupy|occupies|occupied";
const HOLDING_VERB = new RegExp(`^(?:${HOLDING_VERBS})$`);
const POST_HELD = String.raw`\b(?:what|which) (role|position|post|office)s? (?:do|does|did|will|has|have|had) (?:[\w'-]+ ){1,5}?(${HOLDING_VERBS})\b(?! (?:on|about|regarding|towards|over)\b)`;
const ROLE_QUESTION = new RegExp(
  String.raw`\b(job|occupation|profession)s?\b|\b(role|(?<='s )title)s?\s*\??\s*$|\b(role|position|title)s?\s+(?:in|at|within)\b|\bwhat (?:do|does|did) (?:[\w'-]+ ){1,6}?do for (?:a )?(living|job|work)\b|${POST_HELD}`,
);
const POST_HELD_PATTERN = new RegExp(POST_HELD);
// Words that ask a post only of a person named, and a body named for a position ("Marzook's title",
// "Marzook's position in Hamas"): a painting has a title, a club a position in the league, and a
// mayor a position in a debate.
const NAMED_ONES_POSTS = new Set(["title", "position"]);
const POST_HOLDER = /(?:\b([\w-]+)\s)?\b([\w-]+)'s (?:title|position)\b(?:\s+(?:in|at|within)\s+(?:the\s+)?([\w-]+))?/;

/** True when a question asks a named one's title, or their position in a body it names. */
function namesPostHolder(text: string, nameWords: ReadonlySet<string>): boolean {
  const [, before, holder = "", body] = POST_HOLDER.exec(text) ?? [];
  return nameWords.has(holder) && before !== "the" && (body === undefined || nameWords.has(body));
}

/** True for the verb of "what position does X hold?": it only frames the role asked, as "do" frames "do for a living". */
export function isHoldingOfPostAsked(text: readonly string[], at: number): boolean {
  if (!HOLDING_VERB.test(text[at] ?? "")) return false;
  const before = text.slice(0, at + 1).join(" ");
  const match = POST_HELD_PATTERN.exec(text.slice(0, at + 2).join(" "));
  return match !== null && match[2] === text[at] && match.index + match[0].length === before.length;
}
// The words of the noun phrase before a role word ("his", "Kani 's", "the new"), and those that
// ask it: "what is his job?", "what job does she do?", "whats marzook's role in hamas".
const ROLE_PHRASE: ReadonlySet<string> = new Set(["DET", "ADJ", "ADV", "PRON", "NOUN", "PROPN", "PART", "NUM"]);
const ASKING_WORDS: ReadonlySet<string> = new Set(["what", "which", "whats"]);

/**
 * True when the role word heads the noun phrase the question asks ("what is Kani's job?", "what job
 * does she do?", "marzouk role in hamas?"), not one a verb or a count governs ("after quitting his
 * job", "will staff lose their jobs?", "how many jobs…") nor a noun's modifier ("a job club").
 */
function asksRoleWord({ texts, partsOfSpeech }: Tagged, role: string): boolean {
  return texts.some((text, at) => {
    if (text.replace(/s$/, "") !== role || partsOfSpeech[at + 1] === "NOUN") return false;
    let before = at - 1;
    while (before >= 0 && ROLE_PHRASE.has(partsOfSpeech[before] ?? "") && !ASKING_WORDS.has(texts[before] ?? "") && texts[before] !== "many") before -= 1;
    const opening = texts[before] ?? "";
    if (before < 0 || partsOfSpeech[before] === "PUNCT" || ASKING_WORDS.has(opening)) return true;
    return partsOfSpeech[before] === "AUX" && ASKING_WORDS.has(texts[before - 1] ?? "");
  });
}

// The score of a game or the count of a vote: "what was the final score?", "what was the vote
// count?", "the result of the council vote".
const TALLY_QUESTION =
  /\bthe (?:\w+ )?(scores?|scorelines?|tally)\b|\bthe (?:\w+ )?votes? (count|tally|result|outcome|margin|split)\b|\bthe (result|outcome|margin|count|tally) of the (?:\w+ )?votes?\b/;
// A preposition of motion ending a text: what comes next is what a deed puts something into or
// takes it from ("inject into the score", "cut from the score"), not the thing asked; "what changed
// in the score" still asks the tally.
const AFTER_PREPOSITION = /\b(?:into|onto|to|from)\s+$/;
// A part of a whole, told as a percentage or a fraction ("about a third of cases"); "what % of" asks one too.
const SHARE_QUESTION = new RegExp(`\\bwhat (${[...SHARE_NOUNS].join("|")}|%)(?=\\W|$)`);
// A place's number of people: "what's the population of Kirkby?", "how big is its population?", "how
// many people live on the island?". Not a change in it ("how much has the population declined?"),
// what it does or has ("what is the island's population waiting for?", "the population density"),
// nor how many live some way ("live with asthma").
const POPULATION_QUESTION = /^(?:what(?:'s|s| is| was)|how (?:big|large) (?:is|was))\s+(?:(?:the|its|their)\s+|[\w-]+(?:\s[\w-]+){0,3}'s?\s+)?(?:current\s+|total\s+|present\s+)?(population)(?:\s+(?:of|in|when|at)\b.*|\s+(?:now|today|then))?\s*\??\s*$/;
const PEOPLE_LIVING_QUESTION = /\bhow many (?:people|residents|inhabitants|persons|ppl|folks|locals) (?:(?:are|were|still|actually|really) )*(live|lived|living|reside|resided)(?:\s+(?:in|on|at|inside|within|there|here)\b|\s*\??\s*$)/;
// Questions about a time, a place or a number, which a name does not answer.
const ASKS_OTHER_THAN_NAME: ReadonlySet<AnswerType> = new Set(["date", "place", "quantity"]);
// The question's own word, the first of them: "why" and "how" ask for a reason or a manner ("how did
// the pub get its name?"), whatever noun the question ends with.
const QUESTION_WORD = /\b(who|whom|whose|what|which|when|where|why|how)\b/;
/** True when the question's own word is "what" or "which", or it has none ("final score?"). */
function asksWhatOrWhich(text: string): boolean {
  const word = QUESTION_WORD.exec(text)?.[1];
  return word === undefined || word === "what" || word === "which";
}
// "Which nations sent delegates to agree a scale for measuring how cold things are?": a "how" after a
// verb or a preposition of a question asking by another word opens a clause of its own; after "and"
// it asks a second question ("When did it open, and (for) how long is it?"), and after "about" it is
// what is asked of someone's words ("What did the engineer say about how long the repairs will take?").
const HOW_IN_CLAUSE = /(?<!(?:\b(?:and|or|but)|,)(?:\s+(?:for|by|in|at|to|of|from|until|since))?|\babout)\s+how\b/;
/** Where a "how" opening a clause of its own begins (see HOW_IN_CLAUSE), or the text's length when none does. */
function endOfAskingClause(text: string): number {
  const word = QUESTION_WORD.exec(text)?.[1];
  return word === undefined || word === "how" ? text.length : (HOW_IN_CLAUSE.exec(text)?.index ?? text.length);
}
// A what-question closing on "for" (chat before it allowed: "yo what did…").
const WHAT_FOR = /^(?:\W*[\w']+\W+){0,3}?what\b.*\bfor\s*\??\s*$/;
// What may stand between a form of "be" and that "for": the thing a purpose is asked of.
const THING_ASKED_PARTS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADV", "PART"]);
/**
 * True when a what-question asks what a thing is for, its purpose, as "why" asks a reason: "what is
 * the emergency money actually for?", "what's a wicker cradle for?", "what did Russia say the meeting
 * was for?". Not what a deed or a word takes "for" after ("what was he fined for?", "what are
 * they grateful for?", "what would a meeting be good for?").
 */
function asksPurpose(text: string): boolean {
  if (!WHAT_FOR.test(text)) return false;
  const { texts, partsOfSpeech } = tagged(text.replace(/\?\s*$/, ""));
  let at = texts.lastIndexOf("for") - 1;
  while (partsOfSpeech[at] === "ADV") at--;
  if (BE_FORMS.has(texts[at] ?? "")) return true;
  while (at > 0 && THING_ASKED_PARTS.has(partsOfSpeech[at] ?? "")) at--;
  return BE_FORMS.has(texts[at] ?? "") && texts[at - 1] === "what";
}
function asksReasonOrManner(text: string): boolean {
  const word = QUESTION_WORD.exec(text)?.[1];
  return word === "why" || word === "how";
}
// "What is the phone number…", "what were the winning numbers", "what's the number of staff": a number
// the question names as its subject, after "what" and a verb "be". The noun is no framing word: a
// sentence saying it ("The winning numbers, 3, 11 and 19, …") says what is asked.
const NUMBER_QUESTION = /\bwhat(?:'s|s| is| was| are| were)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?numbers?\b/;
// "What's the name of...", "What was the boat called?": nothing but a name answers.
const NAME_QUESTION = /\bwhat(?:'s|s| is| was| are| were)? (?:the |their |his |her |its )?names?\b|\b(?:called|named|names?)\s*\??\s*$/;
// "How many" is answered by a count, in digits or words ("four", "dozens"). "How much" is answered
// by a sum only when it asks about money ("how much of the reef died?" by "about 70 percent"):
// whether it does takes the dictionary (see KnowledgeBase).
const COUNT_QUESTION = /\bhow many\b/;
const HOW_MUCH = /\bhow much\b/;
// A keyword query has no question word: its last noun, the head of its noun phrase, says what it asks
// when that noun names a kind of answer ("ferry sale price" asks how much, "smelter restart time" when
// or how long, "russian hostages count" how many), as "what price", "what time" would. Keywords ask
// nothing of the names (see KnowledgeBase): the answer asked ranks the sentences giving it first, and
// none is refused for lacking it.
type KeywordAnswer = Pick<QuestionShape, "answerType" | "measure">;
const KEYWORD_ANSWERS: Readonly<Record<string, KeywordAnswer>> = {
  ...Object.fromEntries(["number", "count", "total"].map((noun) => [noun, { answerType: "quantity", measure: "count" }])),
  // A sum in the singular: "food prices" are a topic, "the ticket price" a sum.
  ...Object.fromEntries(["price", "cost", "fee", "fine", "fare", "salary", "wage", "pay", "value", "worth", "budget", "bill"].map((noun) => [noun, { answerType: "quantity", measure: "sum" }])),
  ...Object.fromEntries(["percentage", "percent", "proportion"].map((noun) => [noun, { answerType: "quantity", measure: "share" }])),
  age: { answerType: "quantity", measure: AGE_MEASURE },
  // The nouns of the measuring adjectives ("how long", "how deep"): "tunnel length", "wreck depth".
  length: { answerType: "quantity", measure: "long" },
  duration: { answerType: "quantity", measure: "duration" },
  distance: { answerType: "quantity", measure: "far" },
  depth: { answerType: "quantity", measure: "deep" },
  height: { answerType: "quantity", measure: "tall" },
  width: { answerType: "quantity", measure: "wide" },
  weight: { answerType: "quantity", measure: "heavy" },
  speed: { answerType: "quantity", measure: "fast" },
  temperature: { answerType: "quantity", measure: "hot" },
  year: { answerType: "date", measure: "year" },
  date: { answerType: "date" },
  // "Restart time", "journey time", "kick-off time": the time something takes or when it happens.
  time: { answerType: "date", measure: "time or span" },
  ...Object.fromEntries(["reason", "purpose", "cause", "motive"].map((noun) => [noun, { answerType: "reason" }])),
  ...Object.fromEntries(["location", "venue", "whereabouts"].map((noun) => [noun, { answerType: "place" }])),
};
/** The dimension a noun of measure names ("weight" → "heavy", "distance" → "far"; see KEYWORD_ANSWERS), none for a count, a sum or a share. */
function measureOfNoun(noun: string): string | undefined {
  const asked = Object.hasOwn(KEYWORD_ANSWERS, noun) ? KEYWORD_ANSWERS[noun] : undefined;
  // "How much time" may ask a span or a point in time ("how much time is left before the vote?").
  return asked?.answerType === "quantity" && asked.measure !== undefined && asked.measure in MEASURES ? asked.measure : undefined;
}

// What may stand before a keyword query's head noun in its noun phrase.
const BEFORE_HEAD = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);

/**
 * What a keyword query asks by its head noun (see KEYWORD_ANSWERS), that noun framing a measurement;
 * undefined when its head names no kind of answer, is a word of a name the query gives, or is placed
 * in time ("this year", "the past year": when something else happened).
 */
function keywordAsking(text: string, nameWords: ReadonlySet<string>): (KeywordAnswer & { framingWord?: string }) | undefined {
  const tags = tagged(text);
  const head = keywordHead(tags);
  // "A good time", "a hard time", "the first time" say how it went or which one, not when or how long.
  if (head === TIME_NOUN && tags.partsOfSpeech[tags.texts.lastIndexOf(head) - 1] === "ADJ") return undefined;
  // A word of a name asks nothing: "Bronze Age", "Total Energies".
  const asked = head !== undefined && !nameWords.has(head) && Object.hasOwn(KEYWORD_ANSWERS, head) ? KEYWORD_ANSWERS[head] : undefined;
  if (asked === undefined || head === undefined) return undefined;
  // A measurement stands for its noun ("about three weeks" is the time); a reason, a place or a date
  // is as often told with the noun itself ("the purpose of the meeting was to…").
  return asked.measure === undefined ? asked : { ...asked, framingWord: head };
}

const TIME_NOUN = "time";
// The prepositions after which a phrase's head has said all it is ("the price of the ferry").
const HEAD_ENDS = new Set(["of", "for"]);

/**
 * The head noun of a keyword query's noun phrase: its last word, after the words that narrow it
 * down ("ferry sale price", "Sorvik's salary"), or its first before "of" or "for" ("the price of
 * the ferry", "restart time for the smelter"). None for a word alone or placed in time ("this year").
 */
function keywordHead({ texts, partsOfSpeech }: Tagged): string | undefined {
  const start = partsOfSpeech[0] === "DET" ? 1 : 0;
  const ofAt = texts.findIndex((text, at) => at > start && HEAD_ENDS.has(text));
  if (ofAt > start) return partsOfSpeech[ofAt - 1] === "NOUN" ? texts[ofAt - 1] : undefined;
  const last = texts.length - (partsOfSpeech.at(-1) === "PUNCT" ? 2 : 1);
  const head = texts[last];
  const before = texts[last - 1];
  const inPhrase = BEFORE_HEAD.has(partsOfSpeech[last - 1] ?? "") || POSSESSIVE_ENDINGS.has(before ?? "");
  return head === undefined || before === undefined || !inPhrase || POINT_IN_TIME.test(`${before} ${head}`) ? undefined : head;
}

/** The kinds of answer a sentence's words show (see satisfies), so that one without it tells no detail asked. */
export const TYPES_A_SENTENCE_HOLDS: ReadonlySet<AnswerType> = new Set(["quantity", "name", "place"]);

/**
 * True when a sentence holds the kind of answer asked for. A name or place must be one the question
 * does not already give: "Who led the delegation to Moscow?" is not answered by "Moscow". A
 * measuring question (its measure: "long", "deep") wants a number in that dimension's unit.
 */
export function satisfies(
  traits: AnswerTraits,
  wanted: AnswerType,
  questionKeys: ReadonlySet<string>,
  measure?: string,
): boolean {
  // "How long": a number of hours or metres, when the dimension has a known unit; "what time": a
  // clock time; "what colour": a colour.
  if (measure !== undefined) return traits.measures.includes(measure);
  switch (wanted) {
    case "quantity":
    case "date":
      return wanted === "date" ? traits.date : traits.quantity;
    case "name":
      return traits.nameKeys.some((key) => !questionKeys.has(key));
    case "place":
      return (traits.placeKeys ?? traits.nameKeys).some((key) => !questionKeys.has(key));
    case "reason":
      return traits.reason !== undefined && traits.reason !== "none";
    case "manner":
      return traits.manner === true;
    case "role":
      // "They are home with the Kowalski children, Vicky and Dennis" calls Vicky a child, not Kowalski.
      return traits.roleHolderKeys.some((key) => questionKeys.has(key)) || (traits.tellsPost && traits.nameKeys.some((key) => questionKeys.has(key)));
    case "any":
      return false;
  }
}
