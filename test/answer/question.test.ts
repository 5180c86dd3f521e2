import { describe, expect, it } from "vitest";
import { inChatVoice } from "../../src/answer/chat-text.ts";
import { asksArithmetic, asksWorldRecord, questionText } from "../../src/answer/question.ts";
import { contentWords, words } from "../../src/search/text.ts";

describe("questionText", () => {
  it("leaves out Discord's mentions, custom emoji, timestamps and links", () => {
    const typed = "<@!123456789012345678> <@&223456789012345678> in <#323456789012345678> who led it <a:wave:423456789012345678> <t:1700000000:R> https://example.com/a?b=1";
    expect(words(questionText(typed))).toEqual(["in", "who", "led", "it"]);
  });

  it("leaves out names typed with an @, which address someone and ask nothing", () => {
    expect(words(questionText("were the talks about freeing hostages? @bot"))).toEqual(["were", "the", "talks", "about", "freeing", "hostages"]);
    expect(questionText("mail press@example.org")).toBe("mail press@example.org");
  });

  it("reads a job title as the job, which is what it names", () => {
    expect(questionText("What is Ana Ortiz's job title?")).toBe("What is Ana Ortiz's job?");
    expect(questionText("what job titles were cut")).toBe("what jobs were cut");
  });

  it("keeps the words of an ordinary question as typed", () => {
    expect(questionText("Who met Bogdanov on 7 October, at 10:30?")).toBe("Who met Bogdanov on 7 October, at 10:30?");
  });

  it("leaves out 'like' after a verb of being or seeming, where it says 'similar to', not 'enjoy'", () => {
    expect(contentWords(questionText("what's the weather gonna be like this weekend?"))).not.toContain("like");
    expect(contentWords(questionText("what does the new bridge look like"))).not.toContain("like");
    expect(contentWords(questionText("do the kids like the new menu?"))).toContain("like");
  });
});

describe("questionText and the way a chat asks", () => {
  it("leaves out the bot greeted and addressed, and the 'guy' that stands for anyone", () => {
    expect(words(questionText("hey bot, where did they go"))).toEqual(["where", "did", "they", "go"]);
    expect(contentWords(questionText("how much did the credit union guy steal"))).toEqual(["credit", "union", "steal"]);
  });

  it("leaves out a tail asking for a yes or a no ('or nah', 'or what', 'or smth')", () => {
    expect(words(questionText("is the board gonna check if it works or nah"))).toEqual(["is", "the", "board", "going", "to", "check", "if", "it", "works"]);
    expect(words(questionText("so are there buses or what while the trains r down"))).toEqual(["are", "there", "buses", "while", "the", "trains", "are", "down"]);
    expect(words(questionText("did they sell the van or smth?"))).toEqual(["did", "they", "sell", "the", "van"]);
    // Choices stay: "or" between two things asks which.
    expect(words(questionText("was it the mayor or the council"))).toEqual(["was", "it", "the", "mayor", "or", "the", "council"]);
  });

  it("leaves out a 'like' that hedges, and keeps the verb 'like' and 'what was it like'", () => {
    expect(words(questionText("did hamas like thank russia"))).toEqual(["did", "hamas", "thank", "russia"]);
    expect(words(questionText("is russia like allied w hamas now"))).toEqual(["is", "russia", "allied", "with", "hamas", "now"]);
    expect(contentWords(questionText("how slow was the internet before, like actually"))).toEqual(["slow", "internet"]);
    // A guess offered at the end, after a break: its words may still be the text's.
    expect(words(questionText("how long has russia been talking to hamas, like years?"))).toEqual(["how", "long", "has", "russia", "been", "talking", "to", "hamas", "years"]);
    expect(words(questionText("when did the war start, like 2019?"))).toEqual(["when", "did", "the", "war", "start", "2019"]);
    expect(words(questionText("do the kids like it"))).toEqual(["do", "the", "kids", "like", "it"]);
    expect(words(questionText("did they like swimming"))).toEqual(["did", "they", "like", "swimming"]);
    expect(words(questionText("what was the weather like during the race"))).toEqual(["what", "was", "the", "weather", "like", "during", "the", "race"]);
  });

  it("keeps a 'like' before a noun phrase, which compares or is the verb", () => {
    expect(words(questionText("do residents like live music"))).toEqual(["do", "residents", "like", "live", "music"]);
    expect(words(questionText("is the new pier like the old one"))).toEqual(["is", "the", "new", "pier", "like", "the", "old", "one"]);
    expect(words(questionText("did doctors, like nurses, get a pay rise"))).toEqual(["did", "doctors", "like", "nurses", "get", "a", "pay", "rise"]);
    expect(words(questionText("are residents like annoyed by the noise"))).toEqual(["are", "residents", "annoyed", "by", "the", "noise"]);
  });

  it("takes 'actual' and 'exact' for insistence, as 'actually' and 'exactly'", () => {
    expect(contentWords(questionText("what's his actual job, the exact number"))).toEqual(["job", "number"]);
  });

  it("leaves out the frame a question is asked in, not what it asks", () => {
    expect(words(questionText("can you tell me who led the delegation?"))).toEqual(["who", "led", "the", "delegation"]);
    expect(words(questionText("does anyone know when the talks began"))).toEqual(["when", "the", "talks", "began"]);
    expect(words(questionText("my friend says russia sent troops, is that true?"))).toEqual(["russia", "sent", "troops"]);
    expect(words(questionText("where will people shop now, someone mentioned cranford?"))).toEqual(["where", "will", "people", "shop", "now", "cranford"]);
    // "whats his deal" asks who he is again, in the chat's words.
    expect(words(questionText("who even is abu marzook, like whats his deal"))).toEqual(["who", "is", "abu", "marzook"]);
    // "…like is this new" asks what the question before it asks already; alone it is the question.
    expect(words(questionText("how long has the union been striking?? like is this new"))).toEqual(["how", "long", "has", "the", "union", "been", "striking"]);
    expect(words(questionText("is this new?"))).toEqual(["is", "this", "new"]);
    expect(words(questionText("wait so is it true that russia sent troops"))).toEqual(["russia", "sent", "troops"]);
    expect(words(questionText("whats the deal with the troops, like who sent them"))).toEqual(["the", "troops", "who", "sent", "them"]);
    expect(words(questionText("can ya tell me who led it, out of curiosity"))).toEqual(["who", "led", "it"]);
    expect(words(questionText("quick q: hey bot where did the talks take place, i wanna know"))).toEqual(["where", "did", "the", "talks", "take", "place"]);
    expect(words(questionText("im confused, u know who led it?"))).toEqual(["who", "led", "it"]);
  });

  it("leaves out the chat words a question opens and ends with, keeping its question mark", () => {
    expect(questionText("ok so hmm, what was the boat called lol?")).toBe("what was the boat called?");
    expect(questionText("who is the ceo again tho")).toBe("who is the chief executive");
    expect(questionText("sorry, can ya tell me wait so who won")).toBe("who won");
  });

  it("leaves out the chat's asides inside a question, not a capitalised word spelled like one", () => {
    expect(questionText("wait who even is bogdanov")).toBe("who is bogdanov");
    expect(questionText("why did they actually lowkey close it rn tbh")).toBe("why did they close it");
    expect(questionText("how many people did the ER see on Monday")).toBe("how many people did the ER see on Monday");
    // Nor the letters of an aside that open a longer word in another script: "fr" in "frédéric".
    expect(questionText("who is frédéric amiel")).toBe("who is frédéric amiel");
  });

  it("reads 'tldr' before a question as asking for its short answer, and 'vs' as 'against'", () => {
    expect(questionText("tldr why did the talks fail")).toBe("why did the talks fail");
    expect(questionText("lol tl;dr: who won?")).toBe("who won?");
    expect(questionText("tldr")).toBe("tldr");
    expect(contentWords(questionText("whats the bigger picture, east vs west?"))).toEqual(["bigger", "picture", "east", "west"]);
  });

  it("leaves out emoticons, whose letters and digits would be read as names", () => {
    expect(words(questionText("who led the talks :P xD <3 :("))).toEqual(["who", "led", "the", "talks"]);
    expect(questionText("Who met Bogdanov at 10:30 (local time)?")).toBe("Who met Bogdanov at 10:30 (local time)?");
  });

  it("reads a letter typed three times or more as one", () => {
    expect(words(questionText("whyyy did the talks fail lmaooo"))).toEqual(["why", "did", "the", "talks", "fail"]);
  });

  it("keeps 'like' and 'wait' when they are words of the question", () => {
    expect(questionText("what's the weather like where they are")).toBe("what's the weather like where they are");
    expect(questionText("how long did they wait when the ferry stopped")).toBe("how long did they wait when the ferry stopped");
  });

  it("leaves a question in the chat's own voice in it", () => {
    expect(inChatVoice(questionText("can you tell me what I should name my puppy"))).toBe(true);
    expect(inChatVoice(questionText("can you tell me who led the delegation?"))).toBe(false);
    expect(inChatVoice("is it just me or is monday the worst day")).toBe(true);
    expect(words(questionText("is it just me or is monday the worst day"))).toEqual(["is", "monday", "the", "worst", "day"]);
  });
});

describe("asksArithmetic", () => {
  it("tells a sum to work out, in words or signs", () => {
    expect(["whats 17 times 23", "what is 2+2", "what's the square root of 144?", "6 x 7", "how much is 100 divided by 4"].map(asksArithmetic)).toEqual([true, true, true, true, true]);
  });

  it("leaves numbers asked about alone: a score, a range, a date, a count", () => {
    expect(["what was the score, 3-1?", "what happened on 9/11", "how many times did she win", "how many times did 5 people vote", "2018 2019"].map(asksArithmetic)).toEqual([false, false, false, false, false]);
    // Power, times and squares in history and places: no sum.
    expect(["Who came to power in 1979?", "What happened in Times Square in 2010?"].map(asksArithmetic)).toEqual([false, false]);
  });
});

describe("asksWorldRecord", () => {
  it("tells a superlative over the whole world", () => {
    expect(["who is the tallest person in the world", "What is the largest ocean on earth?", "the most popular song of all time"].map(asksWorldRecord)).toEqual([true, true, true]);
  });

  it("needs both the superlative and the whole world", () => {
    expect(["what is the tallest building in the city", "what was going on in the world when this happened", "is there interest in the world cup"].map(asksWorldRecord)).toEqual([false, false, false]);
  });
});
