import { describe, expect, it } from "vitest";
import { acronymLinks } from "../../src/search/acronyms.ts";
import { words } from "../../src/search/text.ts";

const linksOf = (sentences: string[]) => acronymLinks(sentences, sentences.map(words));

describe("acronymLinks", () => {
  it("ties an acronym the article writes to the sentences spelling it out, and their words to the sentences writing it", () => {
    expect(linksOf(["An appeal by the school's parent-teacher association has raised £6,340.", "PTA chair Naveen Sharma thanked donors.", "The head said nothing."])).toEqual([
      ["pta"],
      ["parent", "teacher", "association"],
      [],
    ]);
  });

  it("lets the little words of a phrase take a letter or none", () => {
    expect(linksOf(["The Royal Society for the Protection of Birds objected.", "The RSPB wrote twice."])).toEqual([["rspb"], ["royal", "society", "protection", "birds"]]);
    expect(linksOf(["The Department of Energy objected.", "The DOE wrote twice."])).toEqual([["doe"], ["department", "energy"]]);
  });

  it("ties nothing the article writes no acronym for, nor a heading's capitals, two letters (too often one word's) or two phrases", () => {
    expect(linksOf(["The parent-teacher association met.", "Sharma chaired it."])).toEqual([[], []]);
    expect(linksOf(["PTA MEETS TONIGHT", "The parent-teacher association met."])).toEqual([[], []]);
    expect(linksOf(["TV critics were bored.", "Television viewers will feel at home."])).toEqual([[], []]);
    // Two phrases spelling it leave it unsure which one it is.
    expect(linksOf(["A parent complained to the Health and Safety Executive.", "Pupils live on the Hill Street Estate.", "An HSE inspector visited."])).toEqual([[], [], []]);
  });
});
