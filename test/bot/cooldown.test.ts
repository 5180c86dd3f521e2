import { describe, expect, it } from "vitest";
import { Cooldown } from "../../src/bot/cooldown.ts";

function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe("Cooldown", () => {
  it("allows the configured number of questions in a window", () => {
    const { now } = clock();
    const cooldown = new Cooldown({ questions: 3, windowMs: 30_000 }, now);

    expect([cooldown.take("u"), cooldown.take("u"), cooldown.take("u")]).toEqual([undefined, undefined, undefined]);
    expect(cooldown.take("u")).toBe(now() + 30_000);
  });

  it("allows a question again once the oldest one leaves the window", () => {
    const time = clock();
    const cooldown = new Cooldown({ questions: 2, windowMs: 10_000 }, time.now);
    cooldown.take("u");
    time.advance(4_000);
    cooldown.take("u");

    expect(cooldown.take("u")).toBe(time.now() + 6_000);
    time.advance(6_001);
    expect(cooldown.take("u")).toBeUndefined();
  });

  it("counts each user separately", () => {
    const cooldown = new Cooldown({ questions: 1, windowMs: 10_000 }, clock().now);
    cooldown.take("a");

    expect(cooldown.take("b")).toBeUndefined();
    expect(cooldown.take("a")).toBeDefined();
  });
});
