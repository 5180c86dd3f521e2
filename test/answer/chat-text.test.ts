import { describe, expect, it } from "vitest";
import { inChatVoice, withoutAskingFrames, withoutChatFiller, withoutChatMarkup, withoutElongation, withShorthandSpelledOut } from "../../src/answer/chat-text.ts";
import { words } from "../../src/search/text.ts";

describe("inChatVoice", () => {
  it("tells a question about the asker, the one asked or the people in the chat", () => {
    expect(["what should I name my puppy", "can u help", "good morning everyone", "can someone add me"].map(inChatVoice)).toEqual([true, true, true, true]);
  });

  it("tells a question about others apart", () => {
    expect(["Who led the delegation?", "did the US send envoys", "what did they say"].map(inChatVoice)).toEqual([false, false, false]);
  });
});

describe("withoutChatMarkup", () => {
  it("leaves out a mention, a link and an emoticon, keeping the words", () => {
    expect(withoutChatMarkup("<@123> who won :P https://a.example/b").trim()).toBe("who won");
  });
});

describe("withoutElongation", () => {
  it("types a letter typed three times or more once, and a doubled one as typed", () => {
    expect(withoutElongation("sooo good, whyyy")).toBe("so good, why");
    expect(withoutElongation("WHYYY")).toBe("WHY");
  });
});

describe("withShorthandSpelledOut", () => {
  it("spells out chat shorthand in a question, and leaves the same letters in an article alone", () => {
    expect(withShorthandSpelledOut("how many ppl in the govt dept, b4 the vote?")).toBe("how many people in the government department, before the vote?");
    expect(words("Built in 300 BC, the HR dept said.")).toEqual(["built", "in", "300", "bc", "the", "hr", "dept", "said"]);
  });
});

describe("withoutAskingFrames", () => {
  it("leaves out the way a chat asks and an aside about the asker", () => {
    expect(withoutAskingFrames("can you tell me who won, asking for a friend").trim()).toBe("who won,");
  });
});

describe("withoutChatFiller", () => {
  it("leaves out the chat words a question opens and ends with", () => {
    expect(withoutChatFiller("ok so who won lol?")).toBe("who won?");
  });

  it("keeps a 'like' that does not open a question", () => {
    expect(withoutChatFiller("like the vote")).toBe("like the vote");
    expect(withoutChatFiller("like, who won")).toBe("who won");
  });
});
