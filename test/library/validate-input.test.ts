import { describe, expect, it } from "vitest";
import { draftFromFile, draftFromText } from "../../src/library/ingest.ts";
import {
  INPUT_MESSAGES,
  InputError,
  MAX_FILE_BYTES,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  fileProblem,
  serverIdProblem,
  sourceUrlProblem,
  textProblem,
  titleProblem,
} from "../../src/library/validate-input.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

function inputError(work: () => unknown): InputError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

describe("checking what a moderator types", () => {
  it("refuses empty or whitespace-only text", () => {
    expect(textProblem("")).toBe(INPUT_MESSAGES.emptyText);
    expect(textProblem(" \n\t ")).toBe(INPUT_MESSAGES.emptyText);
  });

  it("accepts text up to the modal limit and refuses one character more", () => {
    expect(textProblem("a".repeat(MAX_TEXT_LENGTH))).toBeUndefined();
    expect(textProblem("a".repeat(MAX_TEXT_LENGTH + 1))).toBe(INPUT_MESSAGES.textTooLong(MAX_TEXT_LENGTH + 1));
  });

  it("refuses an empty or over-long title", () => {
    expect(titleProblem("  ")).toBe(INPUT_MESSAGES.emptyTitle);
    expect(titleProblem("t".repeat(MAX_TITLE_LENGTH))).toBeUndefined();
    expect(titleProblem("t".repeat(MAX_TITLE_LENGTH + 1))).toBe(INPUT_MESSAGES.titleTooLong(MAX_TITLE_LENGTH + 1));
  });

  it("accepts only http and https sources", () => {
    expect(sourceUrlProblem("https://www.theguardian.com/world")).toBeUndefined();
    expect(sourceUrlProblem("http://example.org")).toBeUndefined();
    for (const bad of ["ftp://example.org/a", "javascript:alert(1)", "example.org/page", "not a url", "file:///etc/passwd"]) {
      expect(sourceUrlProblem(bad)).toBe(INPUT_MESSAGES.badUrl(bad));
    }
  });

  it("accepts only digits as a server id", () => {
    expect(serverIdProblem("123456789012345678")).toBeUndefined();
    expect(serverIdProblem("global")).toBe(INPUT_MESSAGES.badServerId("global"));
  });

  it("builds a draft from typed text with its id from the title", () => {
    expect(draftFromText({ title: " Moscow visit ", text: "First.\n\nSecond.", url: "https://example.org/m" })).toEqual({
      id: "moscow-visit",
      title: "Moscow visit",
      paragraphs: ["First.", "Second."],
      url: "https://example.org/m",
    });
  });

  it("names the bad source in one sentence", () => {
    const error = inputError(() => draftFromText({ title: "T", text: "Text.", url: "ftp://x" }));
    expect(error.userMessage).toBe(INPUT_MESSAGES.badUrl("ftp://x"));
    expect(error.message).toMatch(/^library: .*ftp:\/\/x/);
  });
});

describe("checking a document file", () => {
  it("accepts .txt and .md up to 1 MB and refuses other types and larger files", () => {
    expect(fileProblem("notes.md", MAX_FILE_BYTES)).toBeUndefined();
    expect(fileProblem("NOTES.TXT", 10)).toBeUndefined();
    expect(fileProblem("notes.pdf", 10)).toBe(INPUT_MESSAGES.badFileType("notes.pdf"));
    expect(fileProblem("notes.md", MAX_FILE_BYTES + 1)).toBe(INPUT_MESSAGES.fileTooLarge("notes.md", MAX_FILE_BYTES + 1));
  });

  it("refuses bytes that are not UTF-8", () => {
    const error = inputError(() => draftFromFile({ name: "latin1.txt", bytes: Uint8Array.from([0x63, 0x61, 0x66, 0xe9]) }));
    expect(error.userMessage).toBe(INPUT_MESSAGES.notUtf8("latin1.txt"));
  });

  it("refuses a binary file even when its bytes happen to be valid UTF-8", () => {
    expect(inputError(() => draftFromFile({ name: "x.txt", bytes: utf8("PK\u0000\u0003") })).userMessage).toBe(INPUT_MESSAGES.notUtf8("x.txt"));
  });

  it("refuses a file with a heading and no text", () => {
    expect(inputError(() => draftFromFile({ name: "x.md", bytes: utf8("# Only a title\n") })).userMessage).toBe(INPUT_MESSAGES.emptyFile("x.md"));
  });

  it("takes the title from the first heading, else the file name, unless one is given", () => {
    expect(draftFromFile({ name: "a.md", bytes: utf8("# Moscow visit\n\nText.") })).toMatchObject({ id: "moscow-visit", title: "Moscow visit" });
    expect(draftFromFile({ name: "doha-notes.txt", bytes: utf8("Text.") })).toMatchObject({ id: "doha-notes", title: "doha-notes" });
    expect(draftFromFile({ name: "a.md", bytes: utf8("# Moscow visit\n\nText."), title: "Better title" })).toMatchObject({ id: "better-title", title: "Better title" });
  });

  it("keeps the id and source written in the front matter", () => {
    const text = "---\nid: fixed-id\ntitle: Old\nurl: https://example.org/a\n---\nText.";
    expect(draftFromFile({ name: "a.md", bytes: utf8(text), title: "New" })).toMatchObject({ id: "fixed-id", title: "New", url: "https://example.org/a" });
  });

  it("refuses a front-matter source that is not http(s)", () => {
    const text = "---\ntitle: T\nurl: mailto:someone@example.org\n---\nText.";
    expect(inputError(() => draftFromFile({ name: "a.md", bytes: utf8(text) })).userMessage).toBe(INPUT_MESSAGES.badUrl("mailto:someone@example.org"));
  });
});
