import { describe, expect, it } from "vitest";
import { Thesaurus } from "../../src/search/synonyms.ts";
import { introducesThing, thingNames, thingWordsOf } from "../../src/search/thing-names.ts";

const thesaurus = new Thesaurus();
/** The names each sentence's "the <kind>" stands for; the first sentence is the lede paragraph unless told. */
const things = (sentences: string[], people: string[] = [], pastLede = 1) =>
  thingNames(sentences, { lede: 0, pastLede }, { ...thingWordsOf(thesaurus), isPerson: (word) => word !== undefined && people.includes(word) });

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

  it("ties a kind in '-ing' and one the lede brought its subject in by ('A painting stolen…')", () => {
    const sentences = ["A painting stolen in 1996 went back on display.", "The work, a small oil painting, Winter Lantern, was found in Brussels.", "Curators said the painting had little damage."];
    expect(things(sentences)).toEqual([[], [], ["winter", "lantern"]]);
    const pills = ["A blood pressure pill sold in 40 countries was recalled.", "It is Tensiva, a pill made in Leeds.", "The pill costs 4 pounds."];
    expect(things(pills)).toEqual([[], [], ["tensiva"]]);
  });

  it("ties a name opening its sentence with 'The', set beside a kind described with a figure, though its words read as a person's", () => {
    const sentences = ["Fuel use fell.", "The Ardel Voss, a 7,800-tonne general cargo ship owned by Tarnby Lines, docked on Monday.", "The ship burned 61 tonnes of diesel."];
    expect(things(sentences, ["voss"])).toEqual([[], [], ["ardel", "voss"]]);
  });

  it("gives a lede opening with 'a <kind>' the name the next sentences open with, set beside that kind", () => {
    const sentences = [
      "A cargo ship fitted with rotor sails used 23 percent less fuel, in a test of wind power on a commercial ship.",
      "The Ardel Voss, a general cargo ship, docked at Kelby on 2 February.",
      "The ship burned 61 tonnes of diesel.",
    ];
    expect(things(sentences)).toEqual([["ardel", "voss"], [], ["ardel", "voss"]]);
    const carrier = ["A ship carrying grain ran aground.", "The Grey Wren, a bulk carrier, was refloated on Friday."];
    expect(things(carrier)).toEqual([["grey", "wren"], []]);
  });

  it("gives a lede no name of a broader kind ('a cargo ship' rescuing 'a chemical tanker'), nor one its kind is set beside another name", () => {
    const rescuer = ["A chemical tanker caught fire off Kelby.", "The Halvard Crest, a cargo ship, picked up all 19 crew."];
    expect(things(rescuer)[0]).toEqual([]);
    const another = ["A tanker caught fire off Kelby.", "The Halvard Crest, a tanker, picked up all 19 crew.", "The tanker, the Ostrava Spirit, was carrying resin."];
    expect(things(another)[0]).toEqual([]);
  });

  it("ties 'the ship' to no name when a ship of another name is set beside a narrower kind later, though the lede paragraph's tie is kept", () => {
    const sentences = [
      "Fire broke out at sea.",
      "The Halvard Crest, a cargo ship, picked up the crew.",
      "The tanker, the Ostrava Spirit, was carrying resin.",
      "The ship was drifting east at two knots.",
    ];
    expect(things(sentences, [], 2)[3]).toEqual([]);
  });

  it("gives a lede no name for a subject of another kind, nor for a name brought in further into a sentence", () => {
    const buyer = ["A man who bought a ship at auction was fined.", "The Grey Wren, a ship built in 1961, was seized."];
    expect(things(buyer)[0]).toEqual([]);
    const further = ["A cargo ship ran aground off Kelby.", "Tugs freed the Grey Wren, a ship owned by Tarnby Lines, on Friday."];
    expect(things(further)[0]).toEqual([]);
  });

  it("ties a kind given a name by 'of' past the lede paragraph ('the island of Vessmark'), not in it", () => {
    const sentences = [
      "Northmere Air, the carrier based in the port city of Haldane, will cut 14 routes.",
      "The cuts include its service to the island of Vessmark, which has no other air link.",
      "The island, home to about 4,800 people, relies on the link for hospital transfers.",
      "Traffic in the city has fallen.",
    ];
    expect(things(sentences)).toEqual([[], [], ["vessmark"], []]);
    // Not a kind naming no thing, nor one set beside another of its kind.
    expect(things(["The strike began.", "It ended at the end of May.", "The end came quickly."])).toEqual([[], [], []]);
    expect(things(["The strike began.", "It spread to the neighbouring town of Ruskby.", "The town is quiet."])).toEqual([[], [], []]);
  });

  it("ties a name joined by '&' whole", () => {
    const sentences = ["A bakery won its case.", "Costs go to Pell & Daughters, a bakery on the High Street.", "The bakery's owners celebrated."];
    expect(things(sentences)[2]).toEqual(["pell", "daughters"]);
  });

  it("ties a name given after 'known as'", () => {
    const sentences = ["The trial ran for two years.", "Children were given the experimental drug, known as KLR-55, for a year.", "The drug blocks a protein.", "Those given the drug had fewer attacks."];
    expect(things(sentences)).toEqual([[], [], ["klr", "55"], ["klr", "55"]]);
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

  it("ties nothing to a kind said before the name was set beside it, nor outside the lede when the lede ties a thing", () => {
    const rivers = ["The River Senn flooded Kelby on Saturday.", "Upstream, a smaller river, the Pell, flooded fields.", "The river fell on Sunday."];
    expect(things(rivers)).toEqual([[], [], []]);
    const drugs = ["Regulators recalled Tensiva, a blood pressure pill.", "Doctors may switch patients to Corvane, a drug made in Leeds.", "The drug costs 22 million pounds a year."];
    expect(things(drugs)).toEqual([[], [], []]);
    expect(things(drugs, [], 0)).toEqual([[], [], ["corvane"]]);
  });

  it("ties nothing to a thing set beside another of its kind ('a smaller port', 'a rival drug')", () => {
    expect(things(["Dockers walked out.", "Cargo went to Ravensby, a smaller port up the coast.", "The port's owners said the strike was costly."])).toEqual([[], [], []]);
    expect(things(["Dockers walked out.", "Doctors may use a rival drug, Corvane.", "The drug costs 22 million pounds a year."])).toEqual([[], [], []]);
  });

  it("tells a name brought in with a description beside it from one in the place a sentence opens with", () => {
    expect(introducesThing("The outage hit Quillfix, a subscription network run by Marrowtech.", "quillfix")).toBe(true);
    expect(introducesThing("In nearby Holmbridge, a two-week strike ended in March.", "holmbridge")).toBe(false);
    expect(introducesThing("The outage hit Quillfix on Tuesday.", "quillfix")).toBe(false);
  });
});
