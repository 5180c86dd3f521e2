import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadBuiltinDocuments } from "../../src/knowledge/builtin.ts";
import { GLOBAL_SCOPE } from "../../src/knowledge/document.ts";

const documents = loadBuiltinDocuments();
const seed = documents.find((document) => document.id === "guardian-hamas-moscow-visit");

describe("built-in knowledge", () => {
  it("parses every document with a title, a source and no empty sentence", () => {
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      expect(document.title.trim()).not.toBe("");
      expect(document.publisher ?? document.site ?? document.url).toBeTruthy();
      expect(document.scope).toBe(GLOBAL_SCOPE);
      for (const sentence of document.sentences) expect(sentence.text.trim()).not.toBe("");
    }
  });

  // Counted by hand: 10 paragraphs holding 2+2+1+2+2+2+1+2+1+3 = 18 sentences, the headline and
  // the page's "Source:" line.
  it("gives the seed article 20 citable sentences: its headline, its 18 body sentences and its source line", () => {
    expect(seed?.title).toBe(readFileSync(new URL("../../../shared/seed/000_1b10641f0375aade.txt", import.meta.url), "utf8").split("\n")[0]);
    expect(seed?.publisher).toBe("The Guardian");
    expect(seed?.site).toBe("theguardian.com");
    expect(seed?.sentences.filter((sentence) => sentence.paragraph === 0)).toHaveLength(1);
    expect(seed?.sentences.filter((sentence) => sentence.paragraph > 0)).toHaveLength(19);
    expect(seed?.sentences.at(-1)?.text).toBe("Source: theguardian.com");
  });

  it("leaves the web page's links out of the seed article", () => {
    const text = seed?.sentences.map((sentence) => sentence.text).join(" ") ?? "";
    expect(text).not.toMatch(/You May Also Like|More From Author/);
  });

  it("gives every sentence a unique, stable reference", () => {
    const refs = seed?.sentences.map((sentence) => sentence.ref) ?? [];
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs[1]).toBe("guardian-hamas-moscow-visit#p1.s1");
  });
});
