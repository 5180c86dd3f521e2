import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_ID_LENGTH, contentHash, documentText, paragraphsOf, uniqueDocumentId } from "../../src/store/document-text.ts";

const paragraph = fc
  .array(fc.string({ minLength: 1, maxLength: 12 }).filter((word) => /\S/.test(word)), { minLength: 1, maxLength: 8 })
  .map((words) => words.join(" ").replace(/\s+/g, " ").trim())
  .filter((text) => text !== "");

describe("the stored form of a document's text", () => {
  it("gives back the same paragraphs after joining and splitting", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (paragraphs) => {
        expect(paragraphsOf(documentText(paragraphs))).toEqual(paragraphs);
      }),
    );
  });

  it("hashes text alike when only its inner spacing differs", () => {
    expect(contentHash(documentText(["One  two\nthree."]))).toBe(contentHash(documentText(["One two three."])));
  });

  it("hashes composed and decomposed accents alike", () => {
    expect(contentHash("Caf\u00e9")).toBe(contentHash("Cafe\u0301"));
  });
});

describe("unique document ids", () => {
  it("uses the slug when it is free and numbers it when taken", () => {
    const taken = new Set(["moscow-visit", "moscow-visit-2"]);
    expect(uniqueDocumentId("Moscow visit", (id) => taken.has(id))).toBe("moscow-visit-3");
    expect(uniqueDocumentId("Doha", (id) => taken.has(id))).toBe("doha");
  });

  it("never makes an id longer than the limit", () => {
    const long = "word ".repeat(40);
    const first = uniqueDocumentId(long, () => false);
    const taken = new Set([first]);
    const second = uniqueDocumentId(long, (id) => taken.has(id));
    expect(second.length).toBeLessThanOrEqual(MAX_DOCUMENT_ID_LENGTH);
    expect(second).toMatch(/-2$/);
  });
});
