// A rate over time: "1,500 knots a week", "£30,000 per year", "twice daily", "an annual fee", "50-hour weeks".
const PERIOD_WORDS = "second|minute|hour|day|night|week|fortnight|month|season|year|decade";
// "after a year", "for a week", "in a month" tell a span or a moment, not how much each one holds;
// "for every hour", "in each month" are rates all the same.
const SPAN_BEFORE = "after|for|within|over|in|than|of|at|by|from|to|until|under|about|around|nearly|almost|just|only";
// "a year ago", "a week later", "a year-long trial" tell a moment or a span too.
const SPAN_AFTER = "ago|later|earlier|old|long";
// So does "a week into the trial"; but after a figure, "£2 a week into a kitty" is a rate, and
// "into" tells where it goes.
const MOMENT_INTO = "(?<!(?:\\d(?:m|bn|k|p)?|\\b(?:once|twice))\\s+(?:a|an)\\s+\\w+)\\s+into\\b";
// "a second" before a word that is no preposition or conjunction is the ordinal: "a second permit",
// "a second time"; "50 frames a second", "twice a second in bursts" are rates.
const ORDINAL_SECOND = "(?<=second)\\s+(?!(?:and|or|but|of|in|on|for|to|at|per|by|from|with|than|while|when|until|during)\\b)[a-z]";
const RATE = new RegExp(
  [
    `(?<!\\b(?:${SPAN_BEFORE})\\s+)\\b(?:a|an)\\s+(${PERIOD_WORDS})\\b(?![\\s-]+(?:${SPAN_AFTER})\\b)(?!${MOMENT_INTO})(?!${ORDINAL_SECOND})`,
    `\\b(?:per|each|every)\\s+(${PERIOD_WORDS})\\b`,
    "\\b(daily|weekly|monthly|yearly|annual|annually|hourly|nightly)\\b",
    // "50-hour weeks", "12-hour days": so much of one unit in each of a longer period.
    `\\b[\\w.]+-(?:${PERIOD_WORDS}) (${PERIOD_WORDS})s\\b`,
  ].join("|"),
  "gi",
);
const PERIOD_OF: Readonly<Record<string, string>> = {
  daily: "day", weekly: "week", monthly: "month", yearly: "year", annual: "year", annually: "year", hourly: "hour", nightly: "night",
};

/** The periods a text gives a rate over ("a week" → "week", "annual" → "year"), in order. */
export function ratePeriods(text: string): string[] {
  return [...text.matchAll(RATE)].map((match) => {
    const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? "").toLowerCase();
    return PERIOD_OF[word] ?? word;
  });
}

// Times that come round once in a longer period, by that period.
const RECURRING_TIMES: Readonly<Record<string, string>> = Object.fromEntries([
  ...["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].map((month) => [month, "year"]),
  ...["spring", "summer", "autumn", "winter", "christmas", "easter"].map((time) => [time, "year"]),
  ...["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend"].map((day) => [day, "week"]),
  ...["morning", "afternoon"].map((part) => [part, "day"]),
  // An evening's service is a night's: "each evening" is "a night".
  ["evening", "night"],
]);
// "Each February", "every Monday", "each morning": a time that comes once in each year, week or day.
const RECURRING = new RegExp(`\\b(?:each|every)\\s+(${Object.keys(RECURRING_TIMES).join("|")})\\b`, "gi");

// What an ordinary one of the periods, or of the times that come round once in each, holds: "4,200
// people visited the market in an average month", "up to 30 items at the end of a typical day",
// "60 young people on a typical evening" (a night's).
const TYPICAL_PERIOD = new RegExp(`\\b(?:in|on|during|over|(?:at|by)\\s+the\\s+end\\s+of)\\s+(?:an?|the)\\s+(?:average|typical|normal|usual|ordinary)\\s+(${PERIOD_WORDS}|${Object.keys(RECURRING_TIMES).join("|")})\\b`, "gi");

/**
 * The periods a sentence gives a figure for each of: its rates, and an ordinary one of a period. A
 * question saying the latter ("How big is the harvest in a normal year?") asks what is usual, which
 * an average answers, not a rate.
 */
export function periodsRated(sentence: string): string[] {
  return [
    ...ratePeriods(sentence),
    ...[...sentence.matchAll(TYPICAL_PERIOD)].map((match) => {
      const word = (match[1] ?? "").toLowerCase();
      return RECURRING_TIMES[word] ?? word;
    }),
  ];
}

/**
 * The periods of the times a text says come round ("each February" → "year", "every Friday" →
 * "week"): a figure beside one may be so much each period, or the event's own count ("the
 * tournament, held each April, attracted 186 players"), so they answer a question asking a rate
 * but do not make a count a rate.
 */
export function recurringPeriods(text: string): string[] {
  return [...text.matchAll(RECURRING)].map((match) => RECURRING_TIMES[(match[1] ?? "").toLowerCase()] ?? "");
}
