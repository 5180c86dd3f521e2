import { describe, expect, it } from "vitest";
import { lemmaOf } from "../../src/search/terms.ts";
import { Thesaurus } from "../../src/search/synonyms.ts";
import { thingNames } from "../../src/search/thing-names.ts";

const thesaurus = new Thesaurus();
const things = (sentences: string[], people: string[] = []) =>
  thingNames(sentences, {
    isNoun: (word) => thesaurus.isNoun(lemmaOf(word)),
    namesThing: (word, anySense) => thesaurus.namesThing(word, anySense),
    isKindOf: (narrower, broader) => thesaurus.namesKindOf(narrower, broader),
    knowsOtherThanNoun: (word) => thesaurus.isVerb(lemmaOf(word)) || thesaurus.isAdjective(word) || thesaurus.isAdverb(word),
    isPerson: (word) => word !== undefined && people.includes(word),
  });

describe("the thing a 'the <kind>' stands for", () => {
  it("ties the kind set beside a name to the later sentences calling it by that kind or a broader one", () => {
    const sentences = [
      "Coastguards boarded a bulk carrier, the Saltmarsh Rose, on Friday.",
      "The ship is being held at anchor off Kelby.",
      "The drug trial continues.",
      "Its crew of 19 is being questioned.",
    ];
    expect(things(sentences)).toEqual([[], ["saltmarsh", "rose"], [], []]);
  });

  it("ties a name given after 'known as' or before an appositive, and not before the name is given", () => {
    const sentences = ["The drug is new.", "Children were given the experimental drug, known as KLR-55, for a year.", "The drug blocks a protein."];
    expect(things(sentences)).toEqual([[], [], ["klr", "55"]]);
  });

  it("ties nothing to a kind set beside two names, nor to a person, an event or a compound's first noun", () => {
    const twoShips = ["A carrier, the Saltmarsh Rose, and a tanker, the Grey Wren, collided.", "The ship was towed away."];
    expect(things(twoShips)).toEqual([[], []]);
    const person = ["The charity's treasurer, Dora Kell, found the fraud.", "The treasurer went to the police."];
    expect(things(person, ["kell"])).toEqual([[], []]);
    const event = ["In nearby Holmbridge, a two-week strike ended in March.", "The strike was the town's first."];
    expect(things(event)).toEqual([[], []]);
    const compound = ["Astronomers found a comet, the Pale Wanderer, in May.", "She heads the comet research group.", "The comet was bright."];
    expect(things(compound)).toEqual([[], [], ["pale", "wanderer"]]);
  });
});
