import { describe, expect, it } from "vitest";
import { questionText } from "../../src/answer/question.ts";
import { words } from "../../src/search/text.ts";

describe("questionText", () => {
  it("leaves out Discord's mentions, custom emoji, timestamps and links", () => {
    const typed = "<@!123456789012345678> <@&223456789012345678> in <#323456789012345678> who led it <a:wave:423456789012345678> <t:1700000000:R> https://example.com/a?b=1";
    expect(words(questionText(typed))).toEqual(["in", "who", "led", "it"]);
  });

  it("leaves out names typed with an @, which address someone and ask nothing", () => {
    expect(words(questionText("were the talks about freeing hostages? @bot"))).toEqual(["were", "the", "talks", "about", "freeing", "hostages"]);
    expect(questionText("mail press@example.org")).toBe("mail press@example.org");
  });

  it("keeps the words of an ordinary question as typed", () => {
    expect(questionText("Who met Bogdanov on 7 October, at 10:30?")).toBe("Who met Bogdanov on 7 October, at 10:30?");
  });
});
