import { describe, expect, it } from "vitest";
import { ledeSubjectNames } from "../../src/search/lede-subjects.ts";
import { nameMentions, personNamesOf } from "../../src/search/name-mentions.ts";
import { words } from "../../src/search/text.ts";

function ledeSubjects(sentences: string[], lede = 1): string[][] {
  const people = personNamesOf(nameMentions(sentences), { isCommonWord: (word) => ["harbour", "court", "psalter"].includes(word) });
  return ledeSubjectNames(sentences, lede, people, sentences.map(words));
}

describe("the person a lede is about", () => {
  it("gives a lede opening with 'A' the name of the first person brought in with an age after it", () => {
    const sentences = [
      "Treasurer guilty of harbour fund fraud",
      "A former treasurer of a harbour trust has been found guilty of taking £310,000 over five years.",
      "Jurors returned their verdicts on Friday.",
      "Marta Quillon, 49, was convicted of six counts of fraud.",
    ];
    expect(ledeSubjects(sentences)).toEqual([[], ["marta", "quillon"], [], []]);
  });

  it("reads a lede whose subject is said with where they are from ('A Ravensholm shopkeeper')", () => {
    const sentences = [
      "Shopkeeper fined for fireworks",
      "A Ravensholm shopkeeper who kept 400 kilograms of fireworks in his garage has been fined £18,500.",
      "Dariusz Penrose, 47, of Coldharbour Lane, admitted three breaches of safety rules.",
    ];
    expect(ledeSubjects(sentences)).toEqual([[], ["dariusz", "penrose"], []]);
    // A make and model is no one from somewhere.
    const grounded = ["Jet grounded", "A Boeing 737 has been grounded for three weeks after a bird strike.", "Tomasz Wren, 41, an engineer, said the repairs were routine."];
    expect(ledeSubjects(grounded)).toEqual([[], [], []]);
  });

  it("reads the lede past the place and day it is filed from", () => {
    const sentences = ["Treasurer guilty", "CORLEY, 4 June (Harbour News Agency) - A former treasurer has been found guilty of fraud.", "Marta Quillon, 49, was convicted."];
    expect(ledeSubjects(sentences)[1]).toEqual(["marta", "quillon"]);
  });

  it("gives a lede opening with 'A' and a figure the name of a thing the next sentence opens with in apposition", () => {
    const sentences = [
      "Prayer book sells for record sum",
      "ASHCOMBE, November 21 (Meridian Wire) — A 14th-century illuminated prayer book sold for 9.4 million marks on Tuesday.",
      "The Hollin Psalter, a volume of 212 vellum leaves, was bought by a telephone bidder.",
    ];
    expect(ledeSubjects(sentences)).toEqual([[], ["hollin", "psalter"], []]);
    // A word opening a sentence before a comma is no name.
    const meanwhile = ["Hall closes", "A village hall has closed after 90 years.", "Meanwhile, the trustees said they would sell it."];
    expect(ledeSubjects(meanwhile)).toEqual([[], [], []]);
  });

  it("gives a lede telling its subject's age no person of another age", () => {
    const sentences = [
      "Grandmother wins title",
      "A 67-year-old grandmother has become the oldest winner of the championship.",
      "Darren Kessock, 34, was stripped of the title.",
    ];
    expect(ledeSubjects(sentences)).toEqual([[], [], []]);
    expect(ledeSubjects([...sentences.slice(0, 2), "Margaret Tully, 67, was declared the winner."])).toEqual([[], ["margaret", "tully"], []]);
  });

  it("gives nothing from a person brought in with an age further into a sentence, who is most often someone else", () => {
    const sentences = ["Stabbing", "A man was stabbed to death outside a takeaway.", "Officers arrested Kyle Benton, 24, nearby."];
    expect(ledeSubjects(sentences)).toEqual([[], [], []]);
  });

  it("gives nothing to a lede naming its subject, nor from a person brought in too late", () => {
    expect(ledeSubjects(["Verdict", "Marta Quillon has been found guilty.", "Petra Holm, 51, testified."])).toEqual([[], [], []]);
    const late = ["Verdict", "A treasurer has been found guilty.", "One.", "Two.", "Three.", "Petra Holm, 51, testified."];
    expect(ledeSubjects(late)).toEqual(late.map(() => []));
  });
});
