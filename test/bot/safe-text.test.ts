import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ELLIPSIS, safeText, safeUrl, truncate } from "../../src/bot/safe-text.ts";

describe("truncate", () => {
  it("never returns more than the limit", () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), fc.integer({ min: 0, max: 300 }), (text, max) => truncate(text, max).length <= max));
  });

  it("returns text that fits unchanged", () => {
    fc.assert(fc.property(fc.string({ maxLength: 100 }), (text) => truncate(text, 100) === text));
  });

  it("ends shortened text with an ellipsis", () => {
    expect(truncate("a".repeat(50), 10)).toBe(`${"a".repeat(9)}${ELLIPSIS}`);
  });

  it("never splits an emoji in half", () => {
    expect(truncate(`abcd😀xyz`, 6)).toBe(`abcd${ELLIPSIS}`);
  });
});

describe("safeText", () => {
  it("escapes Markdown so user text cannot change the layout", () => {
    expect(safeText("**bold** _it_ `code` > quote", 100)).toBe("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` > quote");
  });

  it("escapes a masked link so a question cannot post a disguised link", () => {
    expect(safeText("[Claim your prize](https://evil.example)", 100)).toBe("\\[Claim your prize](https://evil.example)");
  });

  it("folds line breaks so text cannot start a heading or a list", () => {
    expect(safeText("one\n# two\n- three", 100)).not.toContain("\n");
  });

  it("fits the limit after escaping", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => safeText(text, 256).length <= 256));
  });
});

describe("safeUrl", () => {
  it("keeps http and https links and encodes what would end a Markdown link", () => {
    expect(safeUrl("https://example.com/a_(b)")).toBe("https://example.com/a_%28b%29");
  });

  it("drops links that are not http or https", () => {
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("not a url")).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });
});
