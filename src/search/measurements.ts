import { tagged, taggedAsWritten, VERBS } from "./tagging.ts";
import { lemmaOf } from "./terms.ts";

// What "how quickly" measures (see measuredAdjective).
export const SPEED_OF_DEED = "quickly";
// Units of time: "on which day", "which year" are answered by a date, not a name.
const TIME_UNITS = new Set([
  "second", "minute", "hour", "day", "night", "morning", "afternoon", "evening", "weekend", "week",
  "fortnight", "month", "season", "year", "decade", "century", "era", "date", "time",
]);

/** True for a unit of time ("day", "season"), which a date places, whatever names it. */
export function isTimeUnit(noun: string): boolean {
  return TIME_UNITS.has(noun);
}

// A group of a fixed size counts its members: "the quartet played", "a pair of divers".
export const NUMBER_WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|several|first|second|third|fourth|fifth|half|none|nobody|no one|pairs?|couples?|duos?|trios?|quartets?)\b/i;
// The ordinals, in words or figures, which rank rather than count ("moved the team up to third",
// "the 46th time"), and the words of a loose multitude ("several", "thousands of"), which the tagger
// reads as no number.
const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "\\d+(?:st|nd|rd|th)"];
const MULTITUDE_WORDS = ["several", "dozens", "hundreds", "thousands", "millions", "billions"];
// The rest give a figure: "a thousand people", "a pair of divers".
const FIGURE_WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|none|nobody|no one|pairs?|couples?|duos?|trios?|quartets?)\b/i;
/** The ordinal number words, whole. */
export const ORDINAL = new RegExp(`^(?:${ORDINAL_WORDS.join("|")})$`, "i");
/** An ordinal anywhere in a text: told before tagging it, which is slow. */
export const ORDINAL_IN_TEXT = new RegExp(`\\b(?:${ORDINAL_WORDS.join("|")})\\b`, "i");
/** The words of a loose multitude, whole. */
export const MULTITUDE = new RegExp(`^(?:${MULTITUDE_WORDS.join("|")})$`, "i");

/** True when a sentence's only number words are ordinals or loose multitudes: "the second and third legs" gives places, no figure. */
export function givesNoFigure(sentence: string): boolean {
  return !/\d/.test(sentence) && !FIGURE_WORDS.test(sentence) && NUMBER_WORDS.test(sentence);
}

// A fraction of a whole ("a third less likely", "by almost a quarter", "half", "a tenth of the
// costs"): a share, not a count. Past "fifth", an ordinal is a fraction only of something ("a tenth
// title" ranks).
const FRACTION = /\b(?:(?:a|one|two|three) (?:half|third|quarter|fifth)s?|half|(?:a|one|two|three) (?:sixth|seventh|eighth|ninth|tenth)s?(?= of\b))\b/i;
const FRACTIONS = new RegExp(FRACTION.source, "gi");

// An amount told as a ratio of another: "a half or a third as much as they could earn up North",
// "two-thirds as much", "twice as many", "three times as much"; and the words of what a ratio counts
// ("twice as many agency staff").
const RATIO = "\\b(?:(?:a|one|two|three|four)[ -](?:half|thirds?|quarters?|fifths?|tenths?)|half|twice|(?:two|three|four|five|ten|\\d+) times)";
const RATIO_OF_AMOUNT = new RegExp(`${RATIO} as (?:much|many)\\b`, "i");
const RATIO_OF_COUNT = new RegExp(`${RATIO} as many((?: (?!as\\b)[\\p{L}-]+){1,3})`, "giu");

/** True when a sentence tells an amount as a ratio of another ("a third as much", "twice as many"). */
export function givesRatioOfAmount(sentence: string): boolean {
  return RATIO_OF_AMOUNT.test(sentence);
}

/** The words after each ratio of a count, up to three, before its "as": "twice as many agency staff as…" → agency, staff. */
export function wordsCountedByRatio(sentence: string): string[] {
  return [...sentence.matchAll(RATIO_OF_COUNT)].flatMap((match) => (match[1] ?? "").trim().split(" "));
}

// A rise or fall by a share of the whole ("had fallen by about a fifth", "cut by half"), as a percentage tells one.
export const SHARE_CHANGE =
  /\b(?:fell|fallen|dropped|declined|rose|risen|grew|grown|shrank|shrunk|climbed|jumped|increased|decreased|cut|reduced|raised|slashed|down|up) by (?:(?:about|almost|nearly|roughly|around|some|more than|less than|over|under) )?(?:(?:a|one|two|three) (?:half|third|quarter|fifth)s?|half)\b/i;

// "Third" and "fifth" are ordinals too: before their noun ("a third person") they count.
const ORDINAL_FRACTIONS = new Set(["third", "fifth"]);
// What an ordinal stands before: its noun, or a word describing it ("a third armed suspect").
const ORDINAL_NOUN_TAGS = new Set(["NOUN", "PROPN", "ADJ"]);

/** True when a sentence gives a fraction: "a third", "two quarters", "half". */
export function givesFraction(sentence: string): boolean {
  return FRACTION.test(sentence);
}

/** True when a sentence gives no count but fractions: "almost a third less likely" says no number of people. */
export function givesOnlyFractions(sentence: string): boolean {
  if (/\d/.test(sentence) || !FRACTION.test(sentence) || NUMBER_WORDS.test(sentence.replace(FRACTIONS, ""))) return false;
  // An ordinal stands before its noun ("a third delegation"); a share does not ("a third less likely",
  // "fallen by about a fifth since…", which the tagger may read as an adjective too).
  const { texts, partsOfSpeech } = tagged(sentence);
  return !texts.some((text, at) => ORDINAL_FRACTIONS.has(text) && partsOfSpeech[at] === "ADJ" && ORDINAL_NOUN_TAGS.has(partsOfSpeech[at + 1] ?? ""));
}

// A multiplier ("three-fold", "a tenfold rise"): how many times as much, or how many parts one thing
// has ("the purpose is three-fold"), not how many of anything else.
const MULTIPLIER_STEM = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)-?fold";
const MULTIPLIER = new RegExp(`\\b${MULTIPLIER_STEM}\\b`, "gi");
/** A multiplier written as one word, as the tagger gives it. */
export const MULTIPLIER_WORD = new RegExp(`^${MULTIPLIER_STEM}$`, "i");

/** True when the only numbers of a sentence are multipliers ("The purpose of the plays is three-fold: …"). */
export function givesOnlyMultipliers(sentence: string): boolean {
  const rest = sentence.replace(MULTIPLIER, "");
  return rest !== sentence && !/\d/.test(rest) && !NUMBER_WORDS.test(rest);
}

// "May" before a day or a year is the month ("May 4", "May 2024"); after a day or a preposition it
// may be the verb or a name too, which only its words tell (see namesMonthMay).
const MONTHS = "january|february|march|april|may(?= \\d)|june|july|august|september|october|november|december";
const MONTH_NAMES = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
const DAY_OF_MONTH = /^\d{1,2}(?:st|nd|rd|th)?$/;
const PREPOSITIONS_OF_TIME = new Set(["in", "by", "from", "since", "until", "till", "during", "before", "after", "early", "late", "mid", "of"]);
export const POSSESSIVE = new Set(["'s", "’s"]);
// The digits of a year from 1500 to 2099 ("1952", "2026"), written once for every pattern that reads one.
export const YEAR_DIGITS = "(?:1[5-9]|20)\\d\\d";
// "has been meeting … since 2006", "have farmed the land since early 1998": a perfect going on from
// a time, its verb and what comes between it and "since".
const PERFECT_SINCE = new RegExp(
  `\\b(?:has|have|had)(?!n['’]t) (?:been )?([a-z]+)\\b([^.;]*?)\\bsince (?:(?:early|late|mid-?) ?)?(?:\\d{1,2} )?(?:${YEAR_DIGITS}\\b|(?:${MONTHS})\\b)`,
  "i",
);
// What makes a time after "since" the last time before, not a start: a negation ("has not won the
// cup since 1998"), a comparison ("more flour than in any year since 1950", "less often since 2019")
// or a rank ("the first walkout since 1986", "the wettest summer since 1912").
const NOT_A_START = new Set(["not", "never", "no", "than", "any", "more", "less", "fewer", "first", "last", "only", "best", "worst", "most", "least"]);

/**
 * The verb of a perfect going on from a time ("meeting" in "has been meeting with Hamas delegations
 * since 2006"), which tells when that began; undefined for none, or one telling the last time
 * before. A word in "-est" that the dictionary takes back to another word is a superlative
 * ("wettest"), not "forest" or "protest".
 */
export function verbGoingOnSince(sentence: string): string | undefined {
  const match = PERFECT_SINCE.exec(sentence);
  const verb = match?.[1]?.toLowerCase();
  if (verb === undefined || NOT_A_START.has(verb)) return undefined;
  const between = (match?.[2] ?? "").toLowerCase().split(/[^a-z]+/);
  const ranksOrDenies = between.some((word) => NOT_A_START.has(word) || (word.endsWith("est") && lemmaOf(word) !== word));
  return ranksOrDenies ? undefined : lemmaOf(verb);
}
// The words that hedge a year a thing dates from: "dated to about 1450", "goes back at least to 1350".
const YEAR_HEDGE = "(?:about|around|roughly|circa|at least)";
// Words of grammar that may follow a year a preposition of time places ("in 1453 when the city fell",
// "between 1450 and 1500"), where a noun after the number says it counts ("in 1200 homes").
const AFTER_A_YEAR = "and|or|to|when|while|as|at|in|on|by|for|with|after|before|until|from|that|which|but|the|a|an|it|they|he|she|we";
// A year outside the usual span, told by the preposition of time before it: a medieval one ("built in
// 1180", "from before 1350", "the winter of 1341-42", "go back at least to 1350") or one far ahead
// ("opened in 2125"). Bare, such a number is as often a house, a form or a model ("1213 Walnut
// St.", "Form 1040", "the Fiat 2100").
const PLACED_YEAR = `\\b(?:in|around|about|from|before|after|until|till|since|between|circa|(?:spring|summer|autumn|winter|year) of|(?:back|dates?|dated|dating)(?: ${YEAR_HEDGE})? (?:to|as far as)) (?:1[0-4]|21)\\d\\d\\b(?![,.]?\\d)(?!-[a-z])(?!\\s+(?!(?:${AFTER_A_YEAR})\\b)[a-z])`;
// "1952", "the 1970s", "AD 120", "213 B.C."; not a number after a letter and a slash, part of a code ("comet C/2025 E2").
const YEAR = new RegExp(`(?<![a-z]\\/)\\b${YEAR_DIGITS}(?:s\\b|\\b)|${PLACED_YEAR}|\\ba\\.?d\\.? \\d+|\\b\\d+ (?:b\\.?c\\.?(?:e\\.?)?|a\\.?d\\.?)(?![a-z])`, "i");
// The basic colour words and their shades; "bronze", "gold" or "salmon" is as often a thing as its colour.
const COLOUR = /\b(?:red|orange|yellow|green|blue|purple|violet|pink|brown|black|white|grey|gray|silver|cream|beige|turquoise|navy|scarlet|crimson|maroon|amber|ochre)(?:dish|ish)?\b/i;
// "6.40pm", "1:42 a.m.", "noon", and in words "twenty to seven", "half past five", "ten o'clock",
// "at about four in the morning", "until eleven at night" (a preposition before it: "two in the
// morning shift were hurt" counts people); not a race time ("2:21:37").
const HOUR_WORDS = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
const CLOCK_TIME = new RegExp(
  `\\b\\d{1,2}(?:[.:]\\d\\d)?\\s?[ap]\\.?m\\b|(?<![:\\d])\\d{1,2}:\\d\\d\\b(?!:)|\\b(?:noon|midnight)\\b|\\b(?:half|(?:a )?quarter|(?:twenty|ten|five)(?:-five)?) (?:past|to) ${HOUR_WORDS}\\b|\\b${HOUR_WORDS} o['’]clock\\b|(?:\\b(?:at|about|around|until|till|by|from|to|between|and|after|before|since|near|nearly|almost|roughly|gone|past) |\\()(?:${HOUR_WORDS}|\\d{1,2}(?:[.:]\\d\\d)?) (?:in the (?:morning|afternoon|evening)|at night)\\b`,
  "i",
);
// A point in time: a month, a day, a year, a clock time, or a period placed by a word ("last month",
// "this week", "two years ago"). A bare "a week", "its first year", "a three-year contract" measure
// time or a rate; they do not say when.
export const POINT_IN_TIME = new RegExp(
  [
    `\\b(?:${MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|ago|since|until)\\b`,
    `\\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s\\d`,
    `\\b(?:this|last|next|past|previous|coming|following|same|that|earlier|later) (?:(?!(?:the|a|an|this|that|these|those|each|every|one|his|her|its|their|our|my|your)\\b)[a-z]+ )?(?:week|weekend|month|year|decade|century|spring|summer|autumn|winter|morning|afternoon|evening|night)\\b`,
    YEAR.source,
    CLOCK_TIME.source,
    // Holidays and times of day a preposition places: "on Christmas Eve", "over Easter", "at dawn",
    // "overnight", "at half-time", "at the end of the season". Not a season alone: "in winter the
    // last ferry sails at half past five" tells when in the year, not when it sails.
    `\\b(?:on|at|over|by|before|after|until|since|during) (?:the )?(?:christmas(?: eve| day)?|new year(?:'s)?(?: eve| day)?|boxing day|easter(?: sunday| monday)?|weekend|dawn|dusk|daybreak|nightfall|half-time|halftime|full-time)\\b`,
    // "Overnight" as an adverb ("the fire burned overnight", "worked overnight to…"), not "an overnight train".
    `\\bovernight(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:on|in|at|to|and|but|from|into|after|before|while|as|when)\\b)`,
    `\\bat the (?:start|end|beginning|height|turn) of the (?:day|week|month|year|season|term|century|war)\\b`,
  ].join("|"),
  "i",
);
/** True when a text gives a point in time (see POINT_IN_TIME), "May" after a day or a preposition included (see namesMonthMay). */
export function givesPointInTime(text: string): boolean {
  return POINT_IN_TIME.test(text) || namesMonthMay(text);
}

/**
 * True when "may" after a day or a preposition is the month: after a day unless a verb in its base
 * form follows ("on 4 May", "4 May was"; not "20 may lose their jobs", "12 may be moved"); after a
 * preposition when written "May" and no possessive or partner follows ("in May", "in May and June";
 * not "prices set in may change", "backed by May and her cabinet", "some of May's ministers").
 */
function namesMonthMay(text: string): boolean {
  if (!/\bmay\b/i.test(text)) return false;
  const { texts, values, partsOfSpeech: tags } = taggedAsWritten(text);
  return texts.some((word, at) => {
    if (word !== "may" || tags[at] === "AUX") return false;
    const before = texts[at - 1] ?? "";
    const next = texts[at + 1] ?? "";
    if (DAY_OF_MONTH.test(before)) return !(VERBS.has(tags[at + 1] ?? "") && lemmaOf(next) === next);
    if (!PREPOSITIONS_OF_TIME.has(before) || values[at] !== "May" || POSSESSIVE.has(next)) return false;
    const partner = texts[at + 2] ?? "";
    return !(next === "and" && (tags[at + 2] === "PRON" || (tags[at + 2] === "PROPN" && !MONTH_NAMES.has(partner))));
  });
}

// What a measuring question's answer looks like: a number with the unit of its dimension, its
// multiplier between ("610 million kilometres").
const alternatives = (words: readonly string[]) => `(?:${words.join("|")})`;
// "A" is one only where no count comes before it: "£9m a year", "5% a year", "310,000 passengers a
// year" and "twice a day" are rates, not a span of a year or a day.
// Figures may be written against their unit ("90cm", "120km"); words never are.
const CARDINALS = [
  "one", "two", "three", "four", "five", "six", "seven", "eight",
  "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const AMOUNT = `(?:\\d[\\d,.]*[\\s-]*|(?:(?<!(?:\\d[\\d,.]*(?:%|[a-z]+)?(?:\\s+[a-z]+)?|\\b(?:once|twice|times))\\s+)an?|${alternatives([
  "a few", "several", ...CARDINALS,
])})[\\s-]+)(?:(?:hundred|thousand|million|billion)[\\s-]+)?(?:and a half\\s+)?(?:(?:more|further|extra|additional)\\s+)?`;
// Nights and seasons are spans when counted ("four nights", "three or four summers"), not one
// alone ("a night keeper", "a summer fair"); "springs" may be water's.
const DURATION = alternatives([
  "seconds?", "minutes?", "hours?", "days?", "nights", "weeks?", "fortnights?", "months?", "years?",
  "seasons?", "summers", "autumns", "winters", "decades?", "century", "centuries",
]);
// Not a speed's distance ("25km/h", "40 miles an hour"). A lone "m" is metres only before the
// dimension it measures ("12m high", "1.8m tall"): "£40m" and "40m people" are millions.
const LENGTH = `${alternatives([
  "(?:milli|centi|kilo)?met(?:re|er)s?", "km", "mm", "cm", "inch(?:es)?", "foot", "feet", "ft",
  "yards?", "(?:nautical )?miles?", "m(?=[\\s-]*(?:high|tall|long|deep|wide)\\b(?!-))",
])}(?!\\s*/\\s*h\\b|\\s+(?:an|per) hour\\b)`;
const SIZE = alternatives([
  `(?:square |sq\\.? |cubic )?${LENGTH}`, "acres?", "hectares?", "tonnes?", "tons?", "storeys?", "stories",
  "beds?", "seats?", "rooms?",
]);
const WEIGHT = alternatives([
  "kilo(?:gram)?s?", "kg", "tonnes?", "tons?", "pounds?", "lbs?", "grams?", "ounces?", "oz",
]);
const SPEED = alternatives([
  "mph", "km/h", "kph", "knots?", "(?:miles|kilomet(?:re|er)s) (?:an|per) hour",
]);
// A span ending in "old" is an age: "a 170-year-old bridge" tells nothing of how long anything lasts.
const NOT_AN_AGE = "(?![\\s-]+old\\b)";
const measured = (units: string) => new RegExp(`\\b${AMOUNT}${units}\\b`, "i");
// A length away from somewhere is how far, not how deep, tall, high or wide: "recovered from a field
// more than 140 miles away" gives no height ("100 feet off the ground" may give one).
const DIMENSION = new RegExp(`${measured(LENGTH).source}(?!\\s+(?:away|from|apart)\\b)`, "i");
// A size told by a thing of that size: "hail as large as golf balls", "an area the size of two pitches".
const sizedLike = (measure: RegExp) => new RegExp(`${measure.source}|\\bas (?:big|large|small) as\\b|\\bthe size of\\b`, "i");
// A number up to ninety-nine in words: "seven", "twenty-five".
const CARDINAL_IN_WORDS = `${alternatives(CARDINALS)}(?:[\\s-]${alternatives(CARDINALS.slice(0, 9))})?`;
// A percentage, in figures or in words: "8.6 percent", "38%", "about twenty-five per cent".
const PERCENT = `(?:\\d[\\d,.]*\\s?(?:%|per ?cent\\b|percentage points?\\b)|\\b${CARDINAL_IN_WORDS}\\s(?:per ?cent|percentage points?)\\b)`;
// A rise or a fall is measured in shares too: "how far did the shares fall?", "fell 8.6 percent".
const orShare = (measure: RegExp) => new RegExp(`${measure.source}|${PERCENT}`, "i");
// "a 19-year-old", "aged 19", "Ruiz, 27,", "an average age of 14", "founded in 1962"; in words too ("two
// years old", "a seventy-nine-year-old"), and in months, weeks or days ("a six-week-old foal"); the
// ages of many as a range ("ranging in age from 27 to 72", "aged between 18 and 25", "ages 5 to 11").
// "in his seventies", "in her late teens": the decade of life one is in.
const AGE_FIGURE = `(?:\\d{1,3}|${CARDINAL_IN_WORDS})`;
const AGE_UNIT = "(?:year|month|week|day)";
// An age of many, told as their average: "an average age of 14 years", "a median age of 31".
const AVERAGE_AGE_OF = "\\b(?:an?|average|mean|median) age of";
const AVERAGE_AGE = new RegExp(AVERAGE_AGE_OF, "i");
// A person told by the age they are at: "a schoolboy of eleven", "a youth of twenty", "a girl of 12";
// not a count after it ("a man of 40 acres"), nor one a simile likens someone to ("as impetuous as a
// youth of twenty", "like a boy of ten").
const PERSON_OF_AGE = `(?<!\\bas [a-z-]+ as |\\blike )\\b(?:an?|the) (?:young |little )?(?:boy|girl|man|woman|child|lad|lass|youngster|youth|schoolboy|schoolgirl|teenager|pupil) of ${AGE_FIGURE}\\b(?![,.]\\d)(?! (?!years?\\b)[a-z]+s\\b)`;
const AGE = new RegExp(
  [
    PERSON_OF_AGE,
    `\\b${AGE_FIGURE}-${AGE_UNIT}-old\\b`, `\\baged (?:from |between )?${AGE_FIGURE}\\b`, `\\b(?:in age from |ages (?:of |from |between )?)${AGE_FIGURE}\\b`, `\\b${AGE_FIGURE} ${AGE_UNIT}s? (?:old|of age)\\b`, `${AVERAGE_AGE_OF} ${AGE_FIGURE}\\b`, ", \\d{1,3},", `\\bborn\\b[^.,;]*?\\b${YEAR_DIGITS}\\b`,
    "\\b(?:built|founded|opened|established) in \\d{4}\\b", "\\bin (?:his|her|their) (?:(?:early|mid|late)[\\s-])?(?:teens|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)\\b",
  ].join("|"),
  "i",
);
// An age set off by "at" or "now" after a name ("Thompson, at 61, is…", "Tolley, now 71 and retired,",
// "the League, 40 now and…"), not after a thing ("the score, at 61,"), nor a figure in thousands
// ("Wembley, at 12,500,"); or told in a clause of its own ("Agnes Cadwallon, who is 88 and the last…",
// "Thomas Rudd, was 44 and…"), where a figure alone, with nothing after it, can only be their years.
// Apart from AGE, whose case is ignored: the capital marks the name.
const AGE_AT = /(?<=\b\p{Lu}[\p{L}'’-]*), (?:(?:at|now) \d{1,3}(?=,(?!\d)| and\b(?! \d))|\d{1,3} now(?=[,;.]| and\b)|(?:who )?(?:is|was|turned|turns) \d{1,3}(?=,(?!\d)|[;)]|\.(?!\d)| and\b(?! \d)|$))/u;
const AGES = new RegExp(AGE.source, "gi");
const AGES_AT = new RegExp(AGE_AT.source, "gu");
// An age at a moment that is one's last or still one's own: "died at the age of 94", "still carves
// heads for new productions at the age of 84". It tells how old someone is, or was, as "Ruiz, 27," does;
// not past a clause of another moment ("still remembers the day she left school at the age of 14").
const CLAUSE_BREAK = "(?:when|while|who|which|that|after|before|since|until|because|and|but|he|she|they|we|I)";
const AGE_KEPT = new RegExp(`\\b(?:died|dies|still)\\b(?:(?!\\b${CLAUSE_BREAK}\\b)[^.;,])*?\\bat (?:the )?age of ${AGE_FIGURE}\\b|\\bdied at ${AGE_FIGURE}\\b`, "i");
// A thing's age told by the year, decade or century it dates from, in centuries or decades, or in
// millions of years ("dates back to 1782", "dates from the 1650s", "dated to about 1450", "more
// than a century old", "4.5 billion years old"): no person's or animal's.
const AGE_OF_THING_TOLD = new RegExp(
  `\\b(?:dates?|dated|dating) (?:back )?(?:to|from) (?:(?:${YEAR_HEDGE}|before|after) )*(?:the )?(?:\\d{4}s?|\\d{1,2}(?:st|nd|rd|th) century)\\b|\\b(?:an?|one) (?:century|decade) old\\b|\\b(?:centuries|decades) old\\b|\\b\\d+(?:\\.\\d+)? (?:million|billion) years old\\b`,
  "i",
);

/** Where a text tells a thing's age (see AGE_OF_THING_TOLD); -1 where it does not. */
export function ageOfThingAt(text: string): number {
  return AGE_OF_THING_TOLD.exec(text)?.index ?? -1;
}

/** True when a text gives a length in its units ("about six kilometres", "a 14.2-kilometre line"), not a time. */
export function givesLength(text: string): boolean {
  return LENGTH_GIVEN.test(text);
}

/** True when a text gives an age (see AGE, AGE_AT, AGE_KEPT). */
const AGE_GIVEN = { test: (text: string) => AGE.test(text) || AGE_AT.test(text) || AGE_KEPT.test(text) };

/** A sentence's ages, in order. */
function agesIn(sentence: string): RegExpMatchArray[] {
  return [...sentence.matchAll(AGES), ...sentence.matchAll(AGES_AT)].sort((one, other) => (one.index ?? 0) - (other.index ?? 0));
}
// A figure after "at" that a verb of rank, score or price takes is its value: "ranked at 14", "tied at 2".
const NOT_AFTER_VALUE_VERB = "(?<!\\b(?:ranked|rated|placed|tied|level|levelled|leveled|stood|stands|standing|priced|valued|set|capped|fixed|pegged|closed|opened|finished|estimated|put|kept|held|sold|bought)\\s+)";
// A plural after a figure is what it counts ("at 14 miles an hour"), but for a verb's "-s" after an age.
const PLURAL_AFTER_AGE = "(?!(?:was|is|has|as|his|this)\\b)[a-z]+s\\b";
// A word that may follow an age at a moment, opening what goes on: "when he was only 17 by lying about
// his age", "when she was 15 and still at school"; not a unit ("when she was 15 minutes late").
const AFTER_AGE_THEN = "(?:and|but|by|in|at|when|while|after|before|as|so|he|she|they|we|I)";
// A word weighing an age: "when he was only 19", "when she was barely 20".
const AGE_HEDGE = "(?:only|just|barely|scarcely|not yet|still|nearly|almost|about|around)";
// A life reaching an age, weighed or not: "lived to the age of 101", "reached the ripe age of 90",
// "cerebrated himself to the hearty age of 93", "at the grand age of 80".
const AGE_WEIGHT = "(?:ripe|grand|hearty|tender|great|advanced|venerable|remarkable|young|old)";
const AGE_REACHED = `\\b(?:at|to|reached|reaching) the (?:${AGE_WEIGHT} (?:old )?)?age of ${AGE_FIGURE}\\b`;
// An age at a moment of a life: "died at the age of 28", "at age 6", "when she was 15,", "took up
// running at 33" (a figure after "at" with no unit, share or time). It answers how old someone was then
// ("how old was he when he died?", "at what age did she start?"), not how old they are ("how old is
// she?": not "learned to play at the age of five").
const AGE_THEN = new RegExp(
  `${AGE.source}|\\bat (?:the )?age of ${AGE_FIGURE}\\b|${AGE_REACHED}|\\bat age ${AGE_FIGURE}\\b|\\bwhen (?:he|she|they|we|I) (?:was|were) (?:${AGE_HEDGE} )?${AGE_FIGURE}(?=\\s*(?:[,.;:)]|$)|\\s+${AFTER_AGE_THEN}\\b)|${NOT_AFTER_VALUE_VERB}\\bat ${AGE_FIGURE}\\b(?![,.:]\\d)(?!\\s*(?:%|per\\b|percent\\b|[ap]\\.?m\\b|o'clock|${PLURAL_AFTER_AGE}))`,
  "i",
);

/** The measure of a clock time ("what time", "at what hour"). */
export const CLOCK_TIME_MEASURE = "time";
/** The measure of how far back something goes ("how far back do the records go?"): how long ago. */
export const FAR_BACK_MEASURE = "far back";
// What something goes back to, said by what it was ("as far as Balzac").
const BACK_AS_FAR_AS = /\bas far as\b/i;
/** The measure of a time of year ("at what time of year"): a season or a month. */
export const TIME_OF_YEAR_MEASURE = "time of year";
const TIME_OF_YEAR = new RegExp(`\\b(?:${MONTHS}|spring|summer|autumn|winter|christmas|easter)\\b`, "i");

/** The measures of an age: "old" asks how old one is, "old then" how old one was at some moment. */
export const AGE_MEASURE = "old";
export const AGE_THEN_MEASURE = "old then";

/** True when a measuring question asks an age, now or then. */
export function isAgeMeasure(measure: string | undefined): boolean {
  return measure === AGE_MEASURE || measure === AGE_THEN_MEASURE;
}

/** For each age a sentence gives, in order, whether it is an average of many ("has an average age of 14 years"). */
export function averageAgesOf(sentence: string): boolean[] {
  return agesIn(sentence).map((match) => AVERAGE_AGE.test(match[0]));
}

// A name set right before an age in apposition: "Okonedo, a 41-year-old…", "Marr, aged 71"; and
// right before ", 27,", whose match holds the comma after the name. A capitalised word after a
// preposition is a time or a place, which holds no age ("died on Sunday, aged 87", "in June, aged 64").
const NOT_AFTER_PREPOSITION = String.raw`(?<!\b(?:in|on|at|to|from|since|until|during|near)\s+)`;
const APPOSED_NAME = new RegExp(String.raw`${NOT_AFTER_PREPOSITION}\b([A-Z][\w'-]*),\s+(?:(?:a|an)\s+)?$`);
const NAME_ENDING = new RegExp(String.raw`${NOT_AFTER_PREPOSITION}\b([A-Z][\w'-]*)$`);

/**
 * The name each age of a sentence is set beside ("Okonedo" for "Okonedo, a 41-year-old former
 * governor", "Ruiz" for "Ruiz, 27,"), or undefined for an age beside none ("a 13-year-old
 * schoolgirl", "born in 1952"), which may be anyone's.
 */
export function ageHoldersOf(sentence: string): (string | undefined)[] {
  return agesIn(sentence).map((match) => holderOf(sentence, match));
}

// The years of an age told by a number ("41-year-old", "aged 71", ", 27,", ", at 61,", ", now 16", ", who is 88", ", was 44"); not "born in 1952".
const AGE_YEARS = /^(?:(\d{1,3})-year-old|aged (\d{1,3})|, (?:at |now |(?:who )?(?:is|was|turned|turns) )?(\d{1,3})(?: now)?,?)$/i;

/** The ages in years a sentence sets beside a name, with the name: "Okonedo, a 41-year-old…" → Okonedo, 41. */
export function namedAgesOf(sentence: string): { holder: string; years: number }[] {
  return agesIn(sentence).flatMap((match) => {
    const told = AGE_YEARS.exec(match[0]);
    const holder = holderOf(sentence, match);
    return told === null || holder === undefined ? [] : [{ holder, years: Number(told[1] ?? told[2] ?? told[3]) }];
  });
}

/** The name an age's match is set beside (see ageHoldersOf). */
function holderOf(sentence: string, match: RegExpMatchArray): string | undefined {
  const before = sentence.slice(0, match.index);
  return (match[0].startsWith(",") ? NAME_ENDING : APPOSED_NAME).exec(before)?.[1];
}
export const FREQUENCY =
  /\bevery\b|\b(?:once|twice|\w+ times) (?:a|an|per|each)\b|\b(?:daily|weekly|monthly|annually|yearly|often|frequently|regularly|repeatedly|routinely|occasionally|rarely|seldom|usually)\b/i;
// "31.4 degrees Celsius", "just 4C", "minus 11", "below freezing": a temperature. Case matters for the
// scale's letter ("4C", not "4c" in a list). Degrees are counted or on a scale: "to the degree
// necessary" is none.
const TEMPERATURE = new RegExp(
  [
    `(?:\\d|\\b${CARDINAL_IN_WORDS})[\\s-]+(?:more\\s+)?[Dd]egrees?\\b`,
    "\\b[Dd]egrees?\\s+(?:Celsius|Fahrenheit|centigrade|C|F)\\b",
    "°",
    "\\b\\d+(?:\\.\\d+)?\\s?[CF]\\b",
    "\\b[Mm]inus \\d",
    "\\b(?:[Bb]elow|[Aa]bove) (?:zero|freezing)\\b",
    "\\b[Ss]ub-?zero\\b",
  ].join("|"),
);
// The end of a span is a time ("until autumn", "until at least April 2026", "until the end of the
// year"), not any clause "until" opens ("charged until they leave it", "had not realised until she saw him").
// After "until", "may" is the month without a day ("closed until May").
// An hour on the clock a span runs until: "until 5pm", "till half past four", "until five in the afternoon".
const CLOCK_HOUR = `(?:\\d{1,2}(?:[.:]\\d\\d)?\\s?[ap]\\.?m\\b|(?:half\\s+past\\s+)?${HOUR_WORDS}\\s+(?:o['’]clock|in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)\\b|noon\\b|midnight\\b)`;
// A span between two hours on the clock: "from two until five in the afternoon", "from 10am to 2pm".
const HOURS_FROM_TO = `\\bfrom\\s+(?:${CLOCK_HOUR}|(?:${HOUR_WORDS}|\\d{1,2}(?:[.:]\\d\\d)?)\\b)\\s*(?:until|till|to|-|–)\\s*${CLOCK_HOUR}`;
const SPAN_END = `\\b(?:until|till)\\s+(?:at\\s+(?:least|the\\s+earliest|the\\s+latest)\\s+)?(?:(?:the\\s+)?(?:end|start|beginning|middle|close)\\s+of\\b|(?:(?:early|late|mid)[\\s-]?)?(?:${MONTHS}|may|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|then|now|further\\s+notice|next|the\\s+(?:next|following)|(?:the\\s+)?(?:spring|summer|autumn|fall|winter|weekend|new\\s+year)|\\d)\\b|${CLOCK_HOUR})`;
// "For six days", "a 14.2-kilometre line"; not an age, "a 170-year-old bridge", which says how old.
// Nor a time counted from an event, "after 12 months": it tells when, not for how long.
// Nor a school year's name: "a Year 4 teacher".
const spanAmountIn = (units: string) => `(?<!\\bafter\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|just\\s+)?)\\b${AMOUNT}${units}\\b${NOT_AN_AGE}(?!\\s\\d)`;
const SPAN_AMOUNT = spanAmountIn(`(?:${DURATION}|${LENGTH})`);
// A span timed on a clock's face: "the game was clicked off in 1:48", "won in a time of 2:08:35"; not a
// time of day ("at 1:48", "1:48 p.m.", "a curfew of 22:00", "the ferry of 10:45") nor a scale ("1:25,000").
const SPAN_CLOCKED = `\\b(?:in|time of)\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?![.,:]?\\d)(?!\\s*[ap]\\.?m\\b)`;
const SPAN = `${SPAN_AMOUNT}|${SPAN_END}|${SPAN_CLOCKED}|${HOURS_FROM_TO}`;
const SPAN_PATTERN = new RegExp(SPAN, "i");
const LENGTH_GIVEN = new RegExp(spanAmountIn(LENGTH), "i");
// A part of a whole: "38%", "11 per cent", "about a third of cases", "one in five", "most of them".
const SHARE = new RegExp(
  `${PERCENT}|\\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|majority|minority|most)\\b|\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:in|out of(?: the)?) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b`,
  "i",
);
// A place's number of people: "population about 1,900", "a population of 3,800", "home to roughly 780
// people", "about 2,600 people live inside that zone", "the 23,000 people who live in the valley", "a
// village of 200 on the north coast", "the second largest city in Japan, with about four million
// people". Not a year ("its otter population has doubled since 2010"), a measure ("a town of 20 square
// miles") nor others at home there ("home to 12,000 seabirds").
const ABOUT = "(?:(?:about|around|roughly|some|nearly|almost|approximately|more than|over|just over|under|fewer than|less than)\\s)?";
const HEADCOUNT_IN_WORDS = "(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|several|a few)\\s(?:million|thousand)";
const HEADCOUNT = `(?:(?!(?:1[5-9]|20)\\d\\d\\b)\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?![.,]?\\d)(?:\\s(?:million|thousand))?|${HEADCOUNT_IN_WORDS})`;
const PEOPLE_WORDS = "(?:people|residents|inhabitants|souls)";
const PLACE_WORDS = "(?:town|city|village|island|community|hamlet|borough|parish|settlement|suburb|district|county|country|nation|state|port|valley)";
// What may follow a headcount: its people, a pause, or a word going on about the place.
const AFTER_HEADCOUNT = `(?=\\s*[,.;:)]|\\s*$|\\s(?:${PEOPLE_WORDS}|on|in|at|near|by|off|outside|beside|along|and|but|which|that|where|lies|sits|is|was)\\b)`;
const POPULATION = new RegExp(
  [
    `\\bpopulation(?:\\s(?:of|is|was|stands at|totals|now|then))*\\s${ABOUT}${HEADCOUNT}`,
    `\\bhome to ${ABOUT}${HEADCOUNT}${AFTER_HEADCOUNT}`,
    // "Marlbeck has around 1,300 residents".
    `\\bhas\\s${ABOUT}${HEADCOUNT}\\s(?:residents|inhabitants|villagers|townspeople)\\b`,
    `${HEADCOUNT}\\s${PEOPLE_WORDS}\\s(?:(?:are|were|still|now)\\s)?(?:live|lived|living|reside|resided)\\b`,
    // "the 23,000 people who live in the valley": where they live, not how ("who live with diabetes") nor near what.
    `${HEADCOUNT}\\s${PEOPLE_WORDS}\\s(?:who|that)\\s(?:(?:still|now)\\s)?(?:live|lived|reside|resided)\\s(?:in|on|across|throughout|within)\\b`,
    `\\b${PLACE_WORDS}\\sof\\s${ABOUT}${HEADCOUNT}${AFTER_HEADCOUNT}`,
    // What a place is, then the people it has: "It is the second largest city in Japan, with about four
    // million people"; not "reached the valley late on Sunday with 80 people", "a bus with 40 people",
    // nor those an event touched ("the town, with 600 people evacuated").
    `(?:,|\\bis|\\bwas)\\s(?:a|an|the)\\s(?:[\\w-]+\\s){0,4}?${PLACE_WORDS}\\b[^.;:,]{0,40},\\swith\\s${ABOUT}${HEADCOUNT}\\s${PEOPLE_WORDS}(?=\\s*[,.;:)]|\\s*$|\\s(?:living|who live)\\b)`,
  ].join("|"),
  "i",
);
// Two numbers set against each other: a score ("7-6", "4-6, 7-6", "by seven legs to five", "three
// goals to one") or a vote ("by 29 votes to 16"); not a span or a length ("two hours to three").
const COUNT_WORD = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
const TALLY = new RegExp(`\\b\\d{1,3}\\s?[-–]\\s?\\d{1,3}\\b|\\b${COUNT_WORD} (?:(?!(?:${DURATION}|${LENGTH}) )[a-z]+s )?to ${COUNT_WORD}\\b`, "i");
// "How often": a frequency ("every Monday", "a fortnightly stop").
const OFTEN = new RegExp(`${FREQUENCY.source}|\\bfortnightly\\b`, "i");
// A count over a period, and the words it counts: "four crossings a day", "two tablets a day",
// "400 euros a week", "300 passengers a day".
const COUNT_OVER_PERIOD = new RegExp(
  `(?<![£$€¥₹\\d.,]\\s?)\\b${COUNT_WORD}\\s+((?:[a-z-]+\\s+){1,2})(?:a|an|per|each)\\s+(?:hour|day|night|week|fortnight|month|year|season)\\b`,
  "gi",
);

/**
 * True when a sentence counts things done or made over a period, which says how often ("four
 * crossings a day", "four trains an hour", "two tablets a day"): not a sum ("400 euros a week"), a
 * number of people ("300 passengers a day") or of units ("40 miles an hour"), which say how much.
 */
function countsOccasionsOverPeriod(sentence: string, namesPeopleOrUnit: (lemma: string) => boolean): boolean {
  return [...sentence.matchAll(COUNT_OVER_PERIOD)].some((match) => {
    const counted = ((match[1] ?? "").trim().split(/\s+/).at(-1) ?? "").toLowerCase();
    return !CURRENCY.test(counted) && !namesPeopleOrUnit(lemmaOf(counted));
  });
}
// A thing's age told in its own noun phrase: the year it dates from ("the 1868 building") or its years
// ("the zoo's 96-year history").
const AGE_OF_THING = new RegExp(`^(?:${YEAR_DIGITS}|\\d+-(?:year|decade|century)(?:-old)?)$`);

/**
 * A sentence repeating a measure's noun beside a figure gives its value, in whatever unit: "raised to
 * level 3", "a size 10 dress", "download speeds of up to 900Mbps", "a 40mph speed limit".
 */
export function measureNounBesideFigure(noun: string): RegExp {
  const figure = `(?:\\d|${alternatives(CARDINALS)}\\b)`;
  const nounForms = `${noun}(?:s|es)?\\b`;
  return new RegExp(`\\b${nounForms}(?:\\s+(?:of|at|to|up|about|around|nearly|almost|over|under|below|above|is|was|are|were))*\\s+${figure}|\\d[\\d,.]*[a-z/]+[\\s-]+${nounForms}`, "i");
}

/**
 * The thing a measure is asked of right before a figure, and the word or sign after the figure:
 * "microcystin at 4.2 micrograms per litre" for "what level of microcystin was found?" gives
 * "micrograms", which tells the measure if it is a unit ("lead at 14 schools" counts schools), as
 * "nitrate levels in the lake were measured at 38 milligrams" does, and a verb of it ("fine particles…,
 * peaking at 48 micrograms per cubic metre"). Its one capture is that word or sign.
 */
export function valueBesideMeasured(noun: string): RegExp {
  return new RegExp(`\\b${noun}(?:s|es|ed|ing)?(?:\\s+(?:at|of|was|is|were|are|reached|hit|levels?|concentrations?|measured|recorded|stood|rose|fell|to)|\\s+(?:in|on|near|from)\\s+(?:the\\s+)?[a-z]+)*\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|over\\s+|under\\s+)?\\d[\\d,.]*\\s*(%|[a-zµ]+)`, "gi");
}

// A figure standing alone after a preposition or "be", counting no noun and no year: "start school at
// five, and…", "the limit is 30." ("at 5pm", "200 children", "in 2019" are not).
const BARE_FIGURE = new RegExp(
  `\\b(?:at|of|to|is|was|are|were|be|been)\\s+(?:about\\s+|around\\s+|just\\s+)?(?:\\d{1,3}(?:\\.\\d+)?|${alternatives(CARDINALS)})(?=\\s*[,.;:)]|\\s*$|\\s+(?:and|or|but|when|while|after|before|if|as)\\b)`,
  "i",
);

/** True when a sentence holds a figure measuring something it does not name (see BARE_FIGURE). */
export function holdsBareFigure(sentence: string): boolean {
  return BARE_FIGURE.test(sentence);
}

/** True when a measurement inside a noun phrase (see measuredNounsOf) gives a measuring question's measure. */
export function givesMeasure(measurement: string, measure: string): boolean {
  return MEASURES[measure]?.test(measurement) === true || (isAgeMeasure(measure) && AGE_OF_THING.test(measurement));
}

// A currency sign before a number (older prices too: "$.80"), a currency after it ("1.8 million
// euros", "9p", "two shillings") or after a scale in words ("several hundred pounds", "millions of
// dollars"), or a percentage.
const CURRENCY_WORDS = [
  "pounds?", "pence", "p(?!\\.m)", "dollars?", "cents?", "euros?", "yen", "yuan", "renminbi", "francs?",
  "rupees?", "kron(?:a|or|er|e)", "marks?", "pesos?", "rand", "r(?:o|u)bles?", "shekels?", "dinars?",
  "dirhams?", "lira", "lire", "zloty(?:s)?", "crowns?", "shillings?", "naira", "baht", "forints?", "korunas?", "riyals?", "rials?", "ringgit", "rupiah",
  "hryvnias?", "pesetas?", "escudos?", "drachmas?", "guilders?", "florins?", "kopecks?",
  // Money of older times, which histories tell: "it had lost 20,000,000 livres".
  "livres?", "ducats?", "th?alers?", "scud[io]", "groschen", "pfennigs?",
];
const CURRENCIES = alternatives(CURRENCY_WORDS);
const CURRENCY = new RegExp(`^${CURRENCIES}$`);
// The currencies many countries share a name for, which news tells with the country's capitalised
// words between: "300 Hong Kong dollars", "50 Swiss francs", "18 million Norwegian kroner" ("3 gold
// crowns" is an award). Those no weight or award shares a name with may have a country's initials
// between ("1,800 CFA francs"; "3 NBA crowns" are titles), and, after a scale, a word in lower case
// ("1.9 million kelvar dollars", "2 billion taxpayer dollars"; not "a 1921 silver dollar", "40 extra
// pounds" or "by 2030 most dollars").
const SHARED_CURRENCY_WORDS = ["dollars?", "francs?", "pesos?", "rupees?", "dinars?", "kron(?:a|or|er|e)", "euros?", "yen", "yuan"];
const SHARED_CURRENCIES = alternatives([...SHARED_CURRENCY_WORDS, "pounds?", "crowns?", "shillings?"]);
// A price joined to its noun by hyphens ("a 62-million-dollar rock wall", "a 300,000-dollar grant"),
// where a weight in pounds is joined so too ("a 700-pound sculpture"): pounds only with a scale.
const HYPHENED_PRICE = `\\d-(?:(?:million|billion|thousand)-${CURRENCIES}|${alternatives(CURRENCY_WORDS.filter((currency) => !currency.startsWith("pound")))})\\b`;
const MONEY_IN_ANY_CASE = new RegExp(
  `[£$€¥₹]\\s?\\.?\\d|\\d(?:\\s?(?:m|bn|k|million|billion|thousand))?\\s?${CURRENCIES}\\b|\\b(?:hundred|thousand|million|billion)s?\\s(?:of\\s)?${CURRENCIES}\\b|\\b${alternatives(CARDINALS)}\\s${CURRENCIES}\\b|${HYPHENED_PRICE}`,
  "i",
);
// A figure, maybe with a scale after it; and one with a scale.
const FIGURE_MAYBE_SCALED = "\\d(?:\\s(?:million|billion|thousand))?";
const FIGURE_SCALED = "\\d\\s(?:million|billion|thousand)";
const MONEY_OF_A_COUNTRY = new RegExp(
  [
    `${FIGURE_MAYBE_SCALED}\\s(?:[A-Z][a-z]+\\s){1,2}${SHARED_CURRENCIES}\\b`,
    `${FIGURE_MAYBE_SCALED}\\s[A-Z]{2,4}\\s${alternatives(SHARED_CURRENCY_WORDS)}\\b`,
    `${FIGURE_SCALED}\\s[a-z]+\\s${alternatives(SHARED_CURRENCY_WORDS)}\\b`,
  ].join("|"),
);
// A sum in a currency no list knows, told where only money is: "a loss of 14.2 million dalers", "was
// fined 60,000 marels", "owed creditors about 38 million dalers". Not a span, a count of people or
// things, nor a measure ("cost 20 minutes", "a loss of 300 jobs").
const NOT_MONEY_AFTER_FIGURE =
  "(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|lives|jobs|people|workers|staff|passengers|customers|members|points|votes|seats|tonnes?|tons?|kilos?|kilograms?|metres?|meters?|miles?|kilometres?|acres?|hectares?|percent|per|of|in|a|an|the|and|to|for|on)";
const MONEY_BY_CONTEXT = new RegExp(
  `\\b(?:loss(?:es)?|profits?|revenues?|debts?|deficit|turnover|budget|fined?|salary|grant|prices?|costs?|worth|owes|owed|fees?|bonus|compensation|payout|subsidy|loan|investment|takings)\\s+(?:(?:of|at|to|about|around|nearly|almost|some|over|under|more than|less than|roughly|at least|up to|an estimated|a total of|creditors|lenders|banks)\\s+)*\\d[\\d,.]*(?:\\s(?:million|billion|thousand))?\\s(?!${NOT_MONEY_AFTER_FIGURE}\\b)[a-z]{3,}\\b`,
);
// A whole sum in figures: "£2,500", "$1.2bn", "9p", "18 million euros".
const SUMS_IN_FIGURES = new RegExp(`[£$€¥₹]\\s?\\.?\\d[\\d,.]*(?:\\s?(?:m|bn|k|million|billion|thousand)\\b)?|\\d[\\d,.]*(?:\\s?(?:m|bn|k|million|billion|thousand))?\\s?${CURRENCIES}\\b`, "gi");

/** True when a sentence gives a figure besides its sums of money ("Forty-four people", "38 players"), a count of something. */
export function givesFigureBesidesSums(sentence: string): boolean {
  const rest = sentence.replace(SUMS_IN_FIGURES, " ");
  return /\d/.test(rest) || NUMBER_WORDS.test(rest);
}

// A house number and a street named after a coin is an address: "12 Groschen Street", "3 Pound Lane".
const ADDRESS = /\b\d+\s+\p{Lu}\p{L}*\s+(?:Street|Road|Avenue|Lane|Square|Place|Way|Row|Close|Drive)\b/u;
const ADDRESSES = new RegExp(ADDRESS.source, "gu");
const givesSum = (text: string): boolean => MONEY_IN_ANY_CASE.test(text) || MONEY_OF_A_COUNTRY.test(text) || MONEY_BY_CONTEXT.test(text);
// Read for every candidate sentence: the addresses are taken out only where a sum is found.
export const MONEY = { test: (text: string): boolean => givesSum(text) && (!ADDRESS.test(text) || givesSum(text.replace(ADDRESSES, " "))) };
// The words that place something in the present: "now", "currently", "these days".
export const PRESENT_TIME = "(?:now|currently|nowadays|these days|at present|at the moment)";
export const PERCENTAGE = new RegExp(PERCENT, "i");
// The framing words of measuring questions and of "what time / year", and what answers them.
export const MEASURES: Readonly<Record<string, { test(text: string): boolean }>> = {
  long: SPAN_PATTERN,
  // Since when: a time, never a length ("six kilometres north" for "how long has she been a teacher?").
  "long since": new RegExp(`${spanAmountIn(DURATION)}|${SPAN_END}|${SPAN_CLOCKED}|\\bsince\\b`, "i"),
  // "How much longer": a difference is an amount ("the detour added nearly two hours"), not an end.
  "long more": new RegExp(SPAN_AMOUNT, "i"),
  "long ago": { test: givesPointInTime },
  duration: new RegExp(`\\b${AMOUNT}${DURATION}\\b${NOT_AN_AGE}|\\b\\d{1,2}:\\d\\d:\\d\\d\\b|${SPAN_CLOCKED}|${HOURS_FROM_TO}`, "i"),
  // A distance travelled is often told as the time it takes: "fans who had driven about three hours";
  // not as the time after which something happened ("after two years").
  far: orShare(new RegExp(SPAN_AMOUNT, "i")),
  deep: orShare(DIMENSION),
  tall: DIMENSION,
  high: orShare(DIMENSION),
  wide: DIMENSION,
  close: measured(LENGTH),
  big: orShare(sizedLike(measured(SIZE))),
  large: orShare(sizedLike(measured(SIZE))),
  small: sizedLike(measured(SIZE)),
  heavy: measured(WEIGHT),
  // "How fast is the train?": a speed, or a rise told as a share.
  fast: orShare(measured(SPEED)),
  // "How quickly", "how rapidly" ask how soon a deed was done, most often told as the time it took:
  // "launched within 12 minutes", "in about fifteen minutes".
  [SPEED_OF_DEED]: orShare(new RegExp(`\\b${AMOUNT}(?:${SPEED}|${DURATION})\\b${NOT_AN_AGE}`, "i")),
  [AGE_MEASURE]: AGE_GIVEN,
  [AGE_THEN_MEASURE]: AGE_THEN,
  often: OFTEN,
  hot: TEMPERATURE,
  cold: TEMPERATURE,
  [CLOCK_TIME_MEASURE]: CLOCK_TIME,
  [TIME_OF_YEAR_MEASURE]: TIME_OF_YEAR,
  [FAR_BACK_MEASURE]: { test: (text) => givesPointInTime(text) || SPAN_PATTERN.test(text) || BACK_AS_FAR_AS.test(text) },
  // "How loud": a level of sound ("68 decibels").
  loud: measured("(?:decibels?|dB)"),
  // What a keyword query's last noun asks for (see KEYWORD_ANSWERS): "smelter restart time" a point in
  // time or a span ("about three weeks"), "ferry sale price" a sum, "russian hostages count" a number.
  "time or span": { test: (text) => givesPointInTime(text) || SPAN_PATTERN.test(text) },
  sum: MONEY,
  count: new RegExp(`\\d|${NUMBER_WORDS.source}`, "i"),
  year: YEAR,
  share: SHARE,
  population: POPULATION,
  tally: TALLY,
  colour: COLOUR,
};
/** The measures a sentence gives (keys of MEASURES), "often" for a count of occasions over a period too. */
export function measuresGiven(sentence: string, namesPeopleOrUnit: (lemma: string) => boolean): string[] {
  const measures = Object.keys(MEASURES).filter((word) => MEASURES[word]?.test(sentence));
  if (!measures.includes("often") && countsOccasionsOverPeriod(sentence, namesPeopleOrUnit)) measures.push("often");
  return measures;
}
