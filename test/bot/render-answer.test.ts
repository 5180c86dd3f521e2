import { describe, expect, it } from "vitest";
import type { Answer, Citation } from "../../src/answer/answer.ts";
import {
  MAX_CONTENT_LENGTH,
  MAX_EMBED_DESCRIPTION_LENGTH,
  MAX_EMBED_TITLE_LENGTH,
  MAX_EMBEDS_TOTAL_LENGTH,
} from "../../src/bot/discord-limits.ts";
import { NOT_FOUND_MESSAGE, renderAnswer } from "../../src/bot/render-answer.ts";

function citation(overrides: Partial<Citation> = {}): Citation {
  return {
    text: "Mousa Abu Marzook headed the delegation.",
    source: "The Guardian: Hamas in Moscow",
    ref: "doc#p2.s1",
    score: 1,
    documentId: "doc",
    title: "Hamas in Moscow",
    publisher: "The Guardian",
    url: "https://www.theguardian.com/world/hamas",
    paragraph: 2,
    sentence: 1,
    ...overrides,
  };
}

function embedLength(answer: Answer): number {
  const [embed] = renderAnswer(answer).embeds ?? [];
  return (embed?.title?.length ?? 0) + (embed?.description?.length ?? 0) + (embed?.footer?.text.length ?? 0);
}

describe("renderAnswer", () => {
  it("cites title, publisher, paragraph and sentence, and links the source", () => {
    const [embed] = renderAnswer({ question: "Who?", answered: true, citations: [citation()] }).embeds ?? [];

    expect(embed?.description).toBe(
      "> Mousa Abu Marzook headed the delegation.\n— *Hamas in Moscow* · The Guardian · paragraph 2, sentence 1 · [read the source](https://www.theguardian.com/world/hamas)",
    );
  });

  it("calls paragraph 0 the headline and leaves out a missing publisher and link", () => {
    const [embed] = renderAnswer({
      question: "Who?",
      answered: true,
      citations: [citation({ paragraph: 0, publisher: undefined, url: undefined })],
    }).embeds ?? [];

    expect(embed?.description).toMatch(/— \*Hamas in Moscow\* · headline$/);
  });

  it("shortens huge sentences and questions to Discord's limits", () => {
    const long = citation({ text: "word ".repeat(3000), title: "T".repeat(1000) });
    const answer: Answer = { question: "q".repeat(300), answered: true, citations: [long, long, long] };
    const [embed] = renderAnswer(answer).embeds ?? [];

    expect(embed?.title?.length).toBeLessThanOrEqual(MAX_EMBED_TITLE_LENGTH);
    expect(embed?.description?.length).toBeLessThanOrEqual(MAX_EMBED_DESCRIPTION_LENGTH);
    expect(embed?.description).toContain("…");
    expect(embedLength(answer)).toBeLessThanOrEqual(MAX_EMBEDS_TOTAL_LENGTH);
  });

  it("escapes Markdown in quotes and titles from documents", () => {
    const [embed] = renderAnswer({ question: "Who?", answered: true, citations: [citation({ text: "A *starred* claim", title: "__T__" })] }).embeds ?? [];

    expect(embed?.description).toContain("A \\*starred\\* claim");
    expect(embed?.description).toContain("\\_\\_T\\_\\_");
  });

  it("says it does not know, within the content limit, when nothing answers", () => {
    const rendered = renderAnswer({ question: "x".repeat(300), answered: false, citations: [] });

    expect(rendered.embeds).toBeUndefined();
    expect(rendered.content).toContain(NOT_FOUND_MESSAGE);
    expect(rendered.content?.length).toBeLessThanOrEqual(MAX_CONTENT_LENGTH);
  });
});
