import { describe, expect, it } from "vitest";
import { namesByLastWord } from "../../src/search/kind-mentions.ts";
import { nameMentions } from "../../src/search/name-mentions.ts";
import { words } from "../../src/search/text.ts";

function byLastWord(sentences: string[], lede = 0): string[][] {
  return namesByLastWord(sentences, lede, nameMentions(sentences), sentences.map(words));
}

describe("names by their last word", () => {
  it("ties a sentence opening with the last word of a name given before to that name", () => {
    const sentences = ["Brannock Regional Airport will lose its last scheduled route in March.", "The airport opened in 1984 on a former airfield.", "Flights resume in May."];
    expect(byLastWord(sentences)).toEqual([[], ["brannock", "regional"], []]);
  });

  it("ties nothing when two names end with the word, or a name follows it", () => {
    expect(byLastWord(["Flights from Brannock Regional Airport move to Holt City Airport.", "The airport opened in 1984."])).toEqual([[], []]);
    expect(byLastWord(["Westerly Links runs the Sorrel Bay.", "The bay, Carrick Bay, was calm."])).toEqual([[], []]);
  });

  it("reads no name in a headline, which capitalises every word", () => {
    expect(byLastWord(["Freedom Rider Trial Panel", "The panel heard from six witnesses."], 1)).toEqual([[], []]);
    expect(byLastWord(["Freedom Rider Trial Panel", "The panel heard from six witnesses."], 0)).toEqual([[], ["freedom", "rider", "trial"]]);
  });
});
