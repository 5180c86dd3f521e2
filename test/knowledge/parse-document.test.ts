import { describe, expect, it } from "vitest";
import { parseDocument, slugify } from "../../src/knowledge/parse-document.ts";

describe("parseDocument", () => {
  it("keeps front matter apart from the text", () => {
    const draft = parseDocument("---\nid: a-1\ntitle: Headline\npublisher: Daily\nurl: https://x.example/a\n---\n\nOne.\n\nTwo.\n", "a.md");
    expect(draft).toEqual({ id: "a-1", title: "Headline", publisher: "Daily", url: "https://x.example/a", paragraphs: ["One.", "Two."] });
  });

  it("takes the first Markdown heading as the title when there is no front matter", () => {
    const draft = parseDocument("# Tram line approved\n\nThe council voted.\n", "notes.md");
    expect(draft.title).toBe("Tram line approved");
    expect(draft.id).toBe("tram-line-approved");
    expect(draft.paragraphs).toEqual(["The council voted."]);
  });

  it("falls back to the file name for the title", () => {
    expect(parseDocument("Just text.", "river-report.txt").title).toBe("river-report");
  });

  it("takes the headline of a copied news page as the title", () => {
    const page = "Ferry strike called off.\n\n\nThe union called off the strike on Monday.\n\nFerries run again.\n";
    expect(parseDocument(page, "001_3f9a.txt")).toMatchObject({
      id: "ferry-strike-called-off",
      title: "Ferry strike called off.",
      paragraphs: ["The union called off the strike on Monday.", "Ferries run again."],
    });
  });

  it("leaves out the links a copied page adds after the article, and keeps its source line and site", () => {
    const page = "Ferry strike called off\n\nThe union called off the strike.\n\nSource: harbournews.example\n\nYou May Also Like\n\nMore From Author\n";
    expect(parseDocument(page, "page.txt")).toMatchObject({
      title: "Ferry strike called off",
      site: "harbournews.example",
      paragraphs: ["The union called off the strike.", "Source: harbournews.example"],
    });
  });

  it("keeps the short last lines of a file that is not a copied page", () => {
    const draft = parseDocument("# Allotment hours\n\nThe gates open daily.\n\nMonday to Friday 7 to 7\n\nWeekends 9 to 5\n", "hours.md");
    expect(draft.paragraphs).toEqual(["The gates open daily.", "Monday to Friday 7 to 7", "Weekends 9 to 5"]);
  });

  it("keeps a first one-sentence paragraph as text when nothing marks the file as a copied page", () => {
    const draft = parseDocument("The survey counted 312 herons.\n\nTomas Weller led it.\n", "river-survey.txt");
    expect(draft.title).toBe("river-survey");
    expect(draft.paragraphs).toEqual(["The survey counted 312 herons.", "Tomas Weller led it."]);
  });

  it("takes a first line without a full stop, standing alone, as the headline of a plain text file", () => {
    expect(parseDocument("Herons return to the river\n\nThe survey counted 312 herons.\n", "river-survey.txt")).toMatchObject({
      title: "Herons return to the river",
      paragraphs: ["The survey counted 312 herons."],
    });
  });

  it("reads a title holding a colon, which YAML wants quoted, as typed", () => {
    const text = "---\nid: school-run\ntitle: School run: a father's transport headache\nsite: example.org\n---\n\nThe boys take the bus.\n";
    expect(parseDocument(text, "school-run.md")).toMatchObject({ id: "school-run", title: "School run: a father's transport headache", site: "example.org", paragraphs: ["The boys take the bus."] });
  });

  it("refuses front matter that is not a list of fields", () => {
    expect(() => parseDocument("---\n- a\n- b\n---\nText.", "bad.md")).toThrow(/bad\.md/);
  });
});

describe("slugify", () => {
  it("makes a readable ASCII id", () => {
    expect(slugify("Café Société: 2024 Report!")).toBe("cafe-societe-2024-report");
  });
});
