import { describe, expect, it } from "vitest";
import { Conversations } from "../../src/bot/conversations.ts";

function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe("Conversations", () => {
  it("recalls the article of an asker's last answer in a channel", () => {
    const conversations = new Conversations(60_000, clock().now);
    conversations.remember("u", "c", "reef-study");
    conversations.remember("u", "c", "moth-study");
    expect(conversations.documentOf("u", "c")).toBe("moth-study");
  });

  it("keeps each asker's conversation in each channel apart", () => {
    const conversations = new Conversations(60_000, clock().now);
    conversations.remember("u", "c", "reef-study");
    expect([conversations.documentOf("other", "c"), conversations.documentOf("u", "elsewhere")]).toEqual([undefined, undefined]);
  });

  it("forgets a conversation that has gone quiet", () => {
    const time = clock();
    const conversations = new Conversations(60_000, time.now);
    conversations.remember("u", "c", "reef-study");
    time.advance(59_999);
    expect(conversations.documentOf("u", "c")).toBe("reef-study");
    time.advance(1);
    expect(conversations.documentOf("u", "c")).toBeUndefined();
  });
});
