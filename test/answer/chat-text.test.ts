import { describe, expect, it } from "vitest";
import { inChatVoice, withoutAskingFrames, withoutChatFiller, withoutChatMarkup, withoutElongation, withShorthandSpelledOut } from "../../src/answer/chat-text.ts";
import { words } from "../../src/search/text.ts";

describe("inChatVoice", () => {
  it("tells a question about the asker, the one asked or the people in the chat", () => {
    expect(["what should I name my puppy", "can u help", "good morning everyone", "can someone add me"].map(inChatVoice)).toEqual([true, true, true, true]);
  });

  it("tells the asker or the one asked typed without an apostrophe", () => {
    expect(["whats a good anime to start with if ive never watched any", "what happens if im late", "youre a bot right"].map(inChatVoice)).toEqual([true, true, true]);
    expect(["ill fares: why did the ferry lose money", "what id did the police need"].map(inChatVoice)).toEqual([false, false]);
  });

  it("judges a question after a clause of the asker's own by the question", () => {
    expect(["im gutted i missed it, who scored the winner", "I remember there was a photo of them, where was that taken?", "how much has the club spent, my kids want to know"].map(inChatVoice)).toEqual([false, false, false]);
    expect(inChatVoice("will we still be able to buy the biscuits in the shops, i love them")).toBe(false);
    // The question itself may speak of the asker, and a clause beside it may speak to the chat.
    expect(["ive never played chess, where do i start", "I just got a puppy, what should I name him?"].map(inChatVoice)).toEqual([true, true]);
    expect(inChatVoice("ok so i've been thinking about it all day, like if you're in a car going the speed of light and you turn on the headlights, does anything happen?")).toBe(true);
  });

  it("takes the asker not following the text for a frame around what they ask", () => {
    const framed = ["ive read this twice and still dont get what the defence lawyer admitted", "im lost, what did the defence barrister admit", "i still don't understand why the council refused the plans"];
    expect(framed.map(inChatVoice)).toEqual([false, false, false]);
    expect(framed.map((question) => withoutAskingFrames(question).trim())).toEqual(["what the defence lawyer admitted", ", what did the defence barrister admit", "why the council refused the plans"]);
    // Not getting something of one's own is no frame: "I can't get a ticket, where do I buy one?"
    expect(inChatVoice("i cant get a ticket, where do i buy one")).toBe(true);
  });

  it("tells a question that asks for advice", () => {
    expect(["is it worth buying a ps5", "is the film worth it"].map(inChatVoice)).toEqual([true, true]);
    // So is a recommendation: which one would do is the chat's judgement.
    expect(["What's a good stretch for lower back pain?", "What is the easiest way to temper chocolate?", "what are some good recipes for dinner"].map(inChatVoice)).toEqual([true, true, true]);
    expect(["anyone got a good banana bread recipe", "any good anime to watch?", "Can anyone recommend a good carbonara recipe?"].map(inChatVoice)).toEqual([true, true, true]);
    expect(["What was a good sign for the markets, according to Reyes?", "What is the good news for commuters?", "Will the officials' refusal do any good?"].map(inChatVoice)).toEqual([false, false, false]);
    // Nor a term, a deal someone got, good news, or advice someone gave.
    expect(["What is a simple majority?", "Which club got a good deal on Okafor?", "any good news for commuters?", "What's a good sign for the economy, according to the minister?"].map(inChatVoice)).toEqual([false, false, false, false]);
    // News asks what a thing is worth, and whether a year was a good one.
    expect(["how much is the painting worth", "was the harvest good", "what is it worth to the town", "was it a good year for the club"].map(inChatVoice)).toEqual([false, false, false, false]);
  });

  it("tells an invitation to the chat", () => {
    expect(["who wants to join the voice channel", "anyone up for a game later?", "who's down to play", "who wanna come"].map(inChatVoice)).toEqual([true, true, true, true]);
    expect(["who wanted to buy the club", "was anyone hurt", "is the house up for sale"].map(inChatVoice)).toEqual([false, false, false]);
  });

  it("tells a question about the chat's own place", () => {
    expect(["this server is dead", "who's in vc", "is the voice channel broken", "anyone on the discord", "anyone alive in here??"].map(inChatVoice)).toEqual([true, true, true, true, true]);
    // News writes about servers, channels, Discord the company and VC firms.
    expect(["which server was hit", "when was the channel last surveyed?", "when did discord go down", "which VC firm led the round"].map(inChatVoice)).toEqual([false, false, false, false]);
  });

  it("takes a question set on the asker's own day for news asked as it breaks", () => {
    expect(["what did putin say today", "what happened in moscow this morning", "what did Putin warn about this week?"].map(inChatVoice)).toEqual([false, false, false]);
  });

  it("tells a question asking to be reminded", () => {
    expect(["whats the speed of light again", "who's the ceo again?", "what was her name again"].map(inChatVoice)).toEqual([true, true, true]);
    // "Again" after another verb tells a repeat.
    expect(["how many salmon were caught again?", "when will the system be working again?"].map(inChatVoice)).toEqual([false, false]);
  });

  it("reads an 'again' in a clause of its own as a repeat, not as asking to be reminded", () => {
    expect(["what's the plan if the river floods again?", "what was the damage when the storm hit again", "who is in charge once the talks start again?"].map(inChatVoice)).toEqual([false, false, false]);
  });

  it("reads 'before', 'after' or 'since' heading a phrase, not a clause, as leaving the reminder", () => {
    expect(["who was the ceo before the merger again?", "what was the amount he paid after tax again?", "what's the name of the minister who resigned after the scandal again"].map(inChatVoice)).toEqual([true, true, true]);
    expect(["what was the score after the keeper was sent off again?"].map(inChatVoice)).toEqual([false]);
    // A verb the tagger reads as a noun after the clause's subject still makes a clause.
    expect(["what's the forecast after the storm returns again?", "what is the plan after water levels rise again?", "what is the risk until the virus spreads again?"].map(inChatVoice)).toEqual([false, false, false]);
  });

  it("tells a question asking for a pick by taste", () => {
    expect(["who is the best basketball player ever", "which is better, cats or dogs?", "whats the worst movie", "favourite pizza topping?"].map(inChatVoice)).toEqual([true, true, true, true]);
    // One's own best or worst is a record, a compound is a word of its own, "better" a change.
    expect(["what was Lindqvist's best result", "was it the club’s worst season", "what caused the region's previous worst outbreak", "which book was best-selling", "is the economy doing better"].map(inChatVoice)).toEqual([false, false, false, false, false]);
  });

  it("tells a question about others apart", () => {
    expect(["Who led the delegation?", "did the US send envoys", "what did they say"].map(inChatVoice)).toEqual([false, false, false]);
    // Anyone at all in a condition: the rule a text tells.
    expect(["what happens if someone parks inside the zone?", "what if somebody is caught"].map(inChatVoice)).toEqual([false, false]);
    // So is anyone a clause describes after a preposition; one asked to answer is in the chat.
    expect(["How long can it take for someone who ate the cheese to fall ill?", "what is the fine for somebody that parks there"].map(inChatVoice)).toEqual([false, false]);
    expect(["can someone who knows tell me what happened", "someone who was there explain pls"].map(inChatVoice)).toEqual([true, true]);
    // Nor one in what someone thought or said; the asker's own "I think" still speaks of the chat.
    expect(["Why did Fiona Maddox think someone must be missing the tortoise?", "what did the police say somebody took"].map(inChatVoice)).toEqual([false, false]);
    expect(["do you think someone stole it", "i think someone should fix this"].map(inChatVoice)).toEqual([true, true]);
    // "You" doing something to a thing told ("the fix", "it") is anyone; general knowledge and the chat's view are the chat's.
    expect(["how do you get the fix onto a frozen unit?", "how many musicians do you need in the pit to play it?"].map(inChatVoice)).toEqual([false, false]);
    // So is "someone" or "somebody", and "have to" tells what the thing needs.
    expect(["how often does somebody have to wind the clock?", "how do you have to reset the alarm?"].map(inChatVoice)).toEqual([false, false]);
    expect(["what do you have to say about it", "what does someone think of the plan"].map(inChatVoice)).toEqual([true, true]);
    expect(["how do you make pancakes", "how long do you boil an egg for", "what do you think of the new film", "what do you do at the weekend", "can you play the song"].map(inChatVoice)).toEqual([true, true, true, true, true]);
    // A verb of judging asks the chat's view too, and "you guys" speaks to the chat.
    expect(
      ["what do you make of the ruling?", "what do u make of it", "what do you guys think of the ruling?", "why do you care about the election?", "what do you expect the court to decide?", "what do you suppose the mayor will do?", "how do you rate the new manager?"].map(inChatVoice),
    ).toEqual([true, true, true, true, true, true, true]);
  });
});

describe("withoutChatMarkup", () => {
  it("leaves out a mention, a link and an emoticon, keeping the words", () => {
    expect(withoutChatMarkup("<@123> who won :P https://a.example/b").trim()).toBe("who won");
  });

  it("leaves out emoji, with their skin tones and joiners", () => {
    expect(words(withoutChatMarkup("who won 😂👍🏽🤷‍♀️"))).toEqual(["who", "won"]);
    expect(withoutChatFiller(withoutChatMarkup("who won lol 🎉").trim())).toBe("who won");
  });
});

describe("withoutElongation", () => {
  it("types a letter typed three times or more once, and a doubled one as typed", () => {
    expect(withoutElongation("sooo good, whyyy")).toBe("so good, why");
    expect(withoutElongation("WHYYY")).toBe("WHY");
  });

  it("types a letter typed three times in a word of its own twice: English doubles letters", () => {
    expect(withoutElongation("the tree felll, it seeems gooood")).toBe("the tree fell, it seems good");
    expect(withoutElongation("lmaooo nooo")).toBe("lmao no");
  });
});

describe("withShorthandSpelledOut", () => {
  it("reads a question word with 'd as asking with 'did'", () => {
    expect(withShorthandSpelledOut("how'd holmes and hunter take the news")).toBe("how did holmes and hunter take the news");
    expect(withShorthandSpelledOut("so where’d they get caught lol")).toBe("so where did they get caught lol");
    expect(withShorthandSpelledOut("Ted'd know")).toBe("Ted'd know");
  });

  it("spells out chat shorthand in a question, and leaves the same letters in an article alone", () => {
    expect(withShorthandSpelledOut("how many ppl in the govt dept, b4 the vote?")).toBe("how many people in the government department, before the vote?");
    expect(words("Built in 300 BC, the HR dept said.")).toEqual(["built", "in", "300", "bc", "the", "hr", "dept", "said"]);
  });

  it("leaves an abbreviation's letters and a name's initials alone: 'U.S.' is no 'you'", () => {
    expect(withShorthandSpelledOut("What would the U.S. offer, and did the u.k. agree?")).toBe("What would the U.S. offer, and did the u.k. agree?");
    expect(withShorthandSpelledOut("what did R. H. S. Crossman and O. N. Moss say")).toBe("what did R. H. S. Crossman and O. N. Moss say");
    expect(withShorthandSpelledOut("how r u.")).toBe("how are you.");
  });

  it("spells out 'w/', 'w/o', 'b/c' and a lone 'w', not an initial 'W', and reads '$$' as money", () => {
    expect(withShorthandSpelledOut("what went wrong w/ the count, w the flats, w/o a permit b/c of rain")).toBe(
      "what went wrong with the count, with the flats, without a permit because of rain",
    );
    expect(withShorthandSpelledOut("What did George W. Bush say about the W Series?")).toBe("What did George W. Bush say about the W Series?");
    expect(withShorthandSpelledOut("a meeting w Hamas, who did they sit down w?")).toBe("a meeting with Hamas, who did they sit down with?");
    expect(words(withShorthandSpelledOut("how much $$ did she make"))).toEqual(["how", "much", "money", "did", "she", "make"]);
  });

  it("spells out clipped nouns, chat ages and units typed onto their number", () => {
    expect(withShorthandSpelledOut("is there a pic or vid of the prof, any info?")).toBe("is there a picture or video of the professor, any information?");
    expect(withShorthandSpelledOut("what did the mum of the 8yo say, the 10 y/o, in 24hrs")).toBe("what did the mum of the 8 year old say, the 10 year old, in 24 hours");
  });

  it("spells out words a chat runs together or spells as it says them", () => {
    expect(withShorthandSpelledOut("does he even wanna talk, r they gonna stop, i dunno, wat happened")).toBe(
      "does he even want to talk, are they going to stop, i do not know, what happened",
    );
    expect(withShorthandSpelledOut("what did the union rep say to the reps")).toBe("what did the union representative say to the representatives");
  });

  it("gives a question word typed without its apostrophe its apostrophe back", () => {
    expect(withShorthandSpelledOut("whens he getting sentenced, whos paying, wheres it")).toBe("when's he getting sentenced, who's paying, where's it");
    expect(withShorthandSpelledOut("whats israel saying")).toBe("what's israel saying");
  });
});

describe("withoutAskingFrames", () => {
  it("leaves out the way a chat asks and an aside about the asker", () => {
    expect(withoutAskingFrames("can you tell me who won, asking for a friend").trim()).toBe("who won,");
    expect(withoutAskingFrames("whats special about it, explain like im 5").trim()).toBe("whats special about it,");
  });

  it("leaves out the bot addressed first and an oath after a question word", () => {
    expect(withoutAskingFrames("bot, where did they go").trim()).toBe(", where did they go");
    expect(words(withoutAskingFrames("how tf did it spread, what the hell happened, why on earth"))).toEqual(["how", "did", "it", "spread", "what", "happened", "why"]);
  });

  it("leaves out the asker's judgement closing the question, not a reason that tells of the thing asked", () => {
    expect(withoutAskingFrames("how many times has it gone there because that seems like a lot?")).toBe("how many times has it gone there?");
    expect(withoutAskingFrames("how often does it flood because it sounds way too high")).toBe("how often does it flood");
    for (const question of ["Was the pool shut because it looks unsafe?", "Is the bridge closed because it feels unstable?", "Did the ferry stop because it seemed unsafe?"]) {
      expect(withoutAskingFrames(question)).toBe(question);
    }
  });
});

describe("withoutChatFiller", () => {
  it("leaves out the chat words a question opens and ends with", () => {
    expect(withoutChatFiller("ok so who won lol?")).toBe("who won?");
  });

  it("leaves out a greeting of the time of day that opens or ends the message", () => {
    expect(withoutChatFiller("good morning everyone")).toBe("everyone");
    expect(withoutChatFiller("hey, good afternoon! who won?")).toBe("who won?");
    expect(withoutChatFiller("who won? good night")).toBe("who won?");
    expect(withoutChatFiller("was it a good day for the club")).toBe("was it a good day for the club");
    // Asked about, not said: "a good night" is the night in question.
    expect(withoutChatFiller("Did Labour have a good night?")).toBe("Did Labour have a good night?");
  });

  it("keeps a 'like' that does not open a question", () => {
    expect(withoutChatFiller("like the vote")).toBe("like the vote");
    expect(withoutChatFiller("like, who won")).toBe("who won");
  });
});
