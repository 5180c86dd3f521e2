import { describe, expect, it } from "vitest";
import { activeVerbsOf, aimKeysOf, openingNounKeysOf, phraseOnlyKeysOf, subjectKeysOf } from "../../src/search/clause-parts.ts";
import { termKey } from "../../src/search/terms.ts";

describe("words a sentence says only in one part of it", () => {
  it("finds the words a sentence tells only as an aim", () => {
    const aims = (sentence: string) => [...aimKeysOf(sentence, termKey)];
    expect(aims("The purpose of the meeting was to negotiate the release of hostages.")).toEqual(["negotiate", "release", "hostage"]);
    expect(aims("The council asked the government to fund new homes.")).toEqual(["fund", "new", "home"]);
    // An infinitive a verb takes reports the act; a perfect one a deed done.
    expect(aims("The owners agreed on Friday to reopen the dye works.")).toEqual([]);
    expect(aims("Russia appears to have formed an alliance.")).toEqual([]);
    // What a thing was used to do was done with it; what a team was sent to do may not have been.
    expect(aims("Firefighters used inflatable boats to rescue 46 people.")).toEqual([]);
    expect(aims("The council sent a team to inspect the bridge.")).toEqual(["inspect", "bridge"]);
    // What someone was able to do, they did; what they are able or ready to do is yet to be done.
    expect(aims("Having won the vote, he was able to buy the land in the valley.")).toEqual([]);
    expect(aims("The council is able to buy the land.")).toEqual(["buy", "land"]);
    // Nor whether or if they were able to: it may not have been done.
    expect(aims("It is not clear whether the crew were able to launch the liferaft.")).toEqual(["launch", "liferaft"]);
    // What someone had to do, they did; what they have to do is yet to be done.
    expect(aims("In 1864 the bishop had to write his memoir in haste.")).toEqual([]);
    expect(aims("The council has to repair the bridge.")).toEqual(["repair", "bridge"]);
    // What follows the aim's object is told as done ("being held").
    expect(aims("The aim was to negotiate the release of hostages being held in the city.")).not.toContain("hold");
  });

  it("finds the words that open a sentence as its subject", () => {
    const subject = (sentence: string) => [...subjectKeysOf(sentence, termKey)];
    expect(subject("This week, Vladimir Putin issued a warning that if Israel were to launch an invasion, it would be costly.")).toEqual(["week", "vladimir", "putin"]);
    // Not inside a quotation, nor a phrase; a source's phrase is.
    expect(subject("“I am always in support of talks,” Bogdanov stated.")).toEqual(["bogdanov"]);
    expect(subject("Fishermen thanked the board for Halvorsen's timetable.")).toEqual(["fisherman"]);
    expect(subject("According to the ministry, union leaders expressed their thanks.")).toEqual(["ministry", "union", "leader"]);
    // A participle joined by a hyphen is part of an adjective, not the sentence's verb.
    expect(subject("The so-called vegetable ivory is the hard endosperm of the seed.")).toEqual(expect.arrayContaining(["vegetable", "ivory"]));
  });

  it("finds the words a sentence says only inside a prepositional phrase", () => {
    const inPhrase = (sentence: string) => [...phraseOnlyKeysOf(sentence, termKey)];
    expect(inPhrase("Marzook met with Bogdanov and Foreign Minister Sergei Lavrov")).toEqual(["bogdanov", "and", "foreign", "minister", "sergei", "lavrov"]);
    expect(inPhrase("Lavrov met with Marzook")).toEqual(["marzook"]);
    // A phrase that names a source: "according to", "from", "by".
    expect(inPhrase("According to Lavrov, talks went well")).toEqual([]);
    expect(inPhrase("A statement from the ministry said talks went well")).toEqual([]);
    // Officials or spokespeople "of" a body speak as it; its owners do not.
    expect(inPhrase("The plan was confirmed by officials of the ferry company")).not.toContain("ferry");
    expect(inPhrase("The plan was confirmed by the owners of the ferry company")).toContain("ferry");
    // "Per" before a name is a first name, or "according to": who speaks either way.
    expect(inPhrase("Per Lindqvist, an economist at the bank, said rates fell")).not.toContain("lindqvist");
    expect(inPhrase("Fees rose to 5 pounds per visit")).toContain("visit");
    // "As" before one who speaks opens a clause of their own; before a noun alone it is a phrase.
    expect(inPhrase('As Dietrich Bonhoffer puts it, "Our community consists in what Christ has done"')).not.toContain("bonhoffer");
    expect(inPhrase("She worked as a nurse in Leeds")).toContain("nurse");
  });

  it("takes a name after a title's field in lower case as holding the title, not inside its phrase", () => {
    const namesRole = (word: string) => ["member", "chief", "relative", "husband", "farmer", "councillor"].includes(word);
    const inPhrase = (sentence: string) => [...phraseOnlyKeysOf(sentence, termKey, namesRole)];
    expect(inPhrase("Local member of parliament Hester Quayle said she had asked for talks")).not.toContain("quayle");
    expect(inPhrase("The chief of staff Ana Ruiz said the talks had failed")).not.toContain("ruiz");
    // A name right after "of", or after "the", is inside the phrase; so is any name after a word naming no role.
    expect(inPhrase("A relative of Hester Quayle said she was safe")).toContain("quayle");
    expect(inPhrase("A member of the Quayle family said she was safe")).toContain("quayle");
    expect(inPhrase("The home of farmer Ned Quayle was flooded")).toContain("quayle");
    // Nor one whose field is a person: the relative speaks, not the farmer.
    expect(inPhrase("A relative of farmer John Hale said his daughter was safe")).toContain("hale");
    expect(inPhrase("The husband of councillor Priya Mott said she had received emails")).toContain("mott");
  });

  it("takes the owner of something said as its speaker, not as inside the phrase holding it", () => {
    const namesWordsSaid = (word: string) => ["statement", "words", "warning"].includes(word);
    const inPhrase = (sentence: string) => [...phraseOnlyKeysOf(sentence, termKey, () => false, namesWordsSaid)];
    expect(inPhrase("They give strict interpretation to William James' statement that every idea acts")).not.toContain("james");
    expect(inPhrase("He was, in the words of Irenaeus, beguiled by another")).not.toContain("irenaeus");
    expect(inPhrase("They bowed to Putin's stern warning that an invasion would be disastrous")).not.toContain("putin");
    // Not a mention of their words that goes on to give none, nor what someone thinks or stands for.
    expect(inPhrase("The audience did not respond to mention of Hughes' remark")).toContain("hughes");
    expect(inPhrase("They thanked the president for Putin's stance")).toContain("putin");
  });
});

describe("activeVerbsOf", () => {
  // Each active verb as "verb<-the word its subject ends with", "verb<-(shared)" or "verb<-who:word".
  const active = (sentence: string) => {
    const { texts, verbs } = activeVerbsOf(sentence);
    return verbs.map(({ verb, sharesSubject, subjectEnd, relative }) =>
      `${texts[verb]}<-${sharesSubject ? "(shared)" : `${relative === undefined ? "" : `${relative}:`}${texts[subjectEnd] ?? "(none)"}`}`,
    );
  };

  it("finds where the subject of a verb ends, past auxiliaries and adverbs, an appositive or a relative pronoun", () => {
    expect(active("The airline has quietly dropped the route.")).toEqual(["dropped<-airline"]);
    expect(active("Tullis, a former beekeeper, sold the hives.")).toEqual(["sold<-tullis"]);
    expect(active("The plan came from Ana Reis, who drafted it.")).toEqual(["came<-plan", "drafted<-who:reis"]);
  });

  it("marks a verb that shares the subject before it, along 'and' or a list's comma", () => {
    expect(active("He repainted the boxes, removed the brands and sold them.")).toEqual(["repainted<-he", "removed<-(shared)", "sold<-(shared)"]);
  });

  it("leaves out verbs in the passive voice", () => {
    expect(active("The plan was approved by the council.")).toEqual([]);
    expect(active("The driver was sentenced on Monday.")).toEqual([]);
  });
});

describe("openingNounKeysOf", () => {
  it("reads the nouns of the phrase a sentence opens with, past a participle before a noun, up to its verb or comma", () => {
    expect(openingNounKeysOf("The new managing director, Samuel Otieno, said the line would go.", termKey)).toEqual(["director"]);
    expect(openingNounKeysOf("Council workers cut the grass on Monday.", termKey)).toEqual(["worker"]);
    expect(openingNounKeysOf("To fill the vacancies, the hospital has launched a recruitment drive.", termKey)).toEqual([]);
  });
});
