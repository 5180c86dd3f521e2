import { describe, expect, it } from "vitest";
import { deedAsked, doerVerbAsked, pickedDoerVerbAsked, subjectsOf } from "../../src/search/deeds.ts";
import { termKey } from "../../src/search/terms.ts";

describe("deedAsked", () => {
  it("reads who a what-did question asks about and the deed", () => {
    expect(deedAsked("what did the council approve?")).toEqual({ subjectWord: "council", verb: "approve" });
    // The tagger reads the closing verb as a noun.
    expect(deedAsked("which route did the airline drop?")).toEqual({ subjectWord: "airline", verb: "drop" });
    expect(deedAsked("what did tullis do with the boxes?")).toEqual({ subjectWord: "tullis", verb: "do" });
    expect(deedAsked("what is the hospital doing to attract staff?")).toEqual({ subjectWord: "hospital", verb: "doing" });
    // Whom they did it to: "who did the delegation meet?" is told where the delegation meets someone.
    expect(deedAsked("who did the delegation meet with in moscow?")).toEqual({ subjectWord: "delegation", verb: "meet" });
  });

  it("reads the deed past a participle belonging to the subject's phrase", () => {
    expect(deedAsked("What did the photograph released of the launch show?")).toEqual({ subjectWord: "photograph", verb: "show" });
    expect(deedAsked("what did the letters found in the attic reveal?")).toEqual({ subjectWord: "letters", verb: "reveal" });
  });

  it("reads nothing where no one is asked about doing something", () => {
    // A pronoun names no one; a form of "be" asks what was done to them; "had" may be the verb itself.
    expect(deedAsked("what did they find?")).toBeUndefined();
    expect(deedAsked("what was the driver given?")).toBeUndefined();
    expect(deedAsked("which rivers had the highest sea lice levels?")).toBeUndefined();
    expect(deedAsked("who approved the plan?")).toBeUndefined();
  });
});

describe("pickedDoerVerbAsked", () => {
  it("reads the deed a 'which' question asks the picked thing did", () => {
    expect(pickedDoerVerbAsked("which law firm represented the bakery?")?.verb).toBe("represented");
    expect(pickedDoerVerbAsked("which construction company is doing the repairs?")?.verb).toBe("doing");
    expect(pickedDoerVerbAsked("which company will run the ferries?")?.verb).toBe("run");
  });

  it("reads the noun the deed is done to, the last of its noun phrase", () => {
    expect(pickedDoerVerbAsked("which company won the contract to repair the carby bridge?")?.objectWord).toBe("contract");
    expect(pickedDoerVerbAsked("which company won the bridge contract?")?.objectWord).toBe("contract");
    expect(pickedDoerVerbAsked("which company is doing well?")?.objectWord).toBeUndefined();
  });

  it("reads no deed when the picked thing is what the deed is done to or where", () => {
    expect(pickedDoerVerbAsked("which bank did the cashier work for?")).toBeUndefined();
    expect(pickedDoerVerbAsked("which prison will tullis serve his sentence in?")).toBeUndefined();
    expect(pickedDoerVerbAsked("which stretch of the highway is closed?")).toBeUndefined();
  });
});

describe("doerVerbAsked", () => {
  it("reads the deed a who-question asks the doer of, past an adverb or an auxiliary of tense or mood", () => {
    expect(doerVerbAsked("who made the violin?")).toBe("made");
    expect(doerVerbAsked("who first spotted the leak?")).toBe("spotted");
    expect(doerVerbAsked("who will lead the team?")).toBe("lead");
    expect(doerVerbAsked("who has confirmed the deal?")).toBe("confirmed");
    expect(doerVerbAsked("who is proposing the data centre?")).toBe("proposing");
    expect(doerVerbAsked("who's the guy who chairs the traders association")).toBe("chairs");
  });

  it("reads the deed past a phrase telling whose side the doer is on", () => {
    expect(doerVerbAsked("Who from the Kestrel Front has repeatedly held talks with Dorn?")).toBe("held");
    expect(doerVerbAsked("who at the council voted against the budget?")).toBe("voted");
    expect(doerVerbAsked("who from the club?")).toBeUndefined();
  });

  it("reads no deed where the answer is who someone is or who it was done to", () => {
    expect(doerVerbAsked("who is the skipper?")).toBeUndefined();
    expect(doerVerbAsked("who was arrested?")).toBeUndefined();
    expect(doerVerbAsked("who did police arrest?")).toBeUndefined();
    expect(doerVerbAsked("who has marzook met in russia?")).toBeUndefined();
  });
});

describe("subjectsOf", () => {
  const deeds = (sentence: string) => subjectsOf(sentence, termKey).map(({ subjectKeys, pronoun, deedKey }) => `${pronoun ? "PRON" : subjectKeys.join(" ")}:${deedKey}`);

  it("finds the subject before a verb, across an appositive or a relative pronoun, and shares it along a list of deeds", () => {
    expect(deeds("The council approved a new footbridge.")).toEqual(["council:approve"]);
    expect(deeds("Tullis, a former beekeeper, sold the hives.")).toEqual(["tullis:sell"]);
    expect(deeds("He repainted the boxes, removed the brands and sold them.")).toEqual(["PRON:repaint", "PRON:remove", "PRON:sell"]);
  });

  it("reads a subject's head before the phrase that says where it is from or what it is of", () => {
    expect(deeds("A group from the union is heading to the capital.")).toEqual(["group union:head"]);
    expect(deeds("The leaders of the council approved the plan.")).toEqual(["leader council:approve"]);
  });

  it("tells a pronoun that stands for a person from one that may stand for a thing", () => {
    const personal = (sentence: string) => subjectsOf(sentence, termKey).map((subject) => subject.personal);
    expect(personal("He showed the picture to his friends.")).toEqual([true]);
    expect(personal("It showed the harbour at dawn.")).toEqual([false]);
  });

  it("leaves out the passive, whose subject is what the deed was done to", () => {
    expect(deeds("The plan was approved by the council.")).toEqual([]);
    expect(deeds("The driver was sentenced on Monday.")).toEqual([]);
  });
});
