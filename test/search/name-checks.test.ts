import { describe, expect, it } from "vitest";
import { headsOfNames, holdsNames, namesThingItIsAbout, nounNamedAtOpening, refersBack, saysDefinitely, subjectNamed, thingsNamed, titlesOfNames, type NameCheckTerm } from "../../src/search/name-checks.ts";
import { termKey } from "../../src/search/terms.ts";

/** A name the knowledge base holds as typed, and a word that is no name. */
const name: NameCheckTerm = { isName: true, variants: [{ weight: 1 }] };
const word: NameCheckTerm = { isName: false, variants: [{ weight: 1 }] };
/** A name held only as a spelling candidate: a misspelling, which says nothing of the sentence. */
const misspeltName: NameCheckTerm = { isName: true, variants: [{ weight: 0.8 }] };

describe("refersBack", () => {
  it("tells a sentence that goes on about what the one before named", () => {
    expect(["He said it would close.", "The lender has 9,300 members.", "“We won,” she said."].map(refersBack)).toEqual([true, true, true]);
    expect(["Veltman Foods closed the plant.", "The Lender closed."].map(refersBack)).toEqual([false, false]);
  });

  it("reads past an adverb opening the sentence ('Ultimately the development…')", () => {
    expect(["Ultimately the development will comprise 300 units.", "Eventually, its owners sold it."].map(refersBack)).toEqual([true, true]);
    expect(["Ultimately Harbor View will comprise 300 units."].map(refersBack)).toEqual([false]);
  });

  it("tells a sentence that goes on from a time the one before told", () => {
    expect(["Most of the orchard froze that winter, though a few trees lived.", "Sales fell the following year."].map(refersBack)).toEqual([true, true]);
    expect(["Sales fell that much in a year.", "A new law came in 2019 and a second the next year."].map(refersBack)).toEqual([false, true]);
    // "that" joining a clause: a noun or a hyphen follows the time word.
    expect(["A survey found that summer bookings rose 20%.", "Officials said that year-on-year growth slowed."].map(refersBack)).toEqual([false, false]);
  });
});

describe("holdsNames", () => {
  it("holds when every name of the question is in or around the sentence", () => {
    expect(holdsNames([name, word], [1, 0], "Halo thermostats cost less.", undefined)).toBe(true);
  });

  it("does not hold when a name the knowledge base holds is missing, unless misspelt", () => {
    expect(holdsNames([name, word], [0, 1], "Thermostats cost less.", undefined)).toBe(false);
    expect(holdsNames([misspeltName, word], [0, 1], "Thermostats cost less.", undefined)).toBe(true);
  });

  it("lets a pronoun subject stand for a missing name, not a possessive beside another subject", () => {
    expect(holdsNames([name, word], [0, 1], "She said it costs less.", undefined)).toBe(true);
    expect(holdsNames([name, word], [0, 1], "Barker said his thermostat costs less.", undefined)).toBe(false);
    // A sentence opening with a possessive is about that person's own: "Her coach, Ian Threlkeld, said…".
    expect(holdsNames([name, word], [0, 1], "Her coach, Ian Threlkeld, said she trained daily.", undefined)).toBe(true);
  });

  it("finds a missing name in the sentence before one that refers back", () => {
    expect(holdsNames([name, word], [0, 1], "The thermostat costs less.", () => true)).toBe(true);
    expect(holdsNames([name, word], [0, 1], "The thermostat costs less.", () => false)).toBe(false);
    expect(holdsNames([name, word], [0, 1], "Thermostats cost less.", () => true)).toBe(false);
    expect(holdsNames([name, word], [0, 1], "Most of the orchard froze that winter.", () => true)).toBe(true);
  });
});

describe("headsOfNames", () => {
  it("gives the word right after each name of the question, by each word of the name", () => {
    expect(headsOfNames("How long will the Ostlander trial last?", new Set(["ostlander"]))).toEqual(new Map([["ostlander", ["trial"]]]));
    expect(headsOfNames("How much does the Terra Fix service cost?", new Set(["terra", "fix"]))).toEqual(new Map([["terra", ["service"]], ["fix", ["service"]]]));
    // A name before a function word or a number goes with no noun.
    expect(headsOfNames("What did Ostlander do in 2023?", new Set(["ostlander"]))).toEqual(new Map());
    expect(headsOfNames("Where is the Ostlander 2023 report?", new Set(["ostlander"]))).toEqual(new Map());
  });

  it("gives the last of the nouns after a name too, the head of their compound", () => {
    expect(headsOfNames("What did the Beaverton school board decide?", new Set(["beaverton"]))).toEqual(new Map([["beaverton", ["school", "board"]]]));
    expect(headsOfNames("When does the Kirkby Bay bus station reopen?", new Set(["kirkby", "bay"]))).toEqual(new Map([["kirkby", ["bus", "station"]], ["bay", ["bus", "station"]]]));
  });
});

describe("saysDefinitely", () => {
  const saysNoun = (sentence: string, noun: string) => saysDefinitely(sentence, (key) => key === noun);

  it("tells a noun a word pointing back goes before, next or one word on", () => {
    expect(saysNoun("The judge said the trial would last five weeks.", "trial")).toBe(true);
    expect(saysNoun("It said its new plant would open in May.", "plant")).toBe(true);
    expect(saysNoun("A trial of the drug began in May.", "trial")).toBe(false);
    // A name of its own makes it another one.
    expect(saysNoun("The Nova thermostat costs £120.", "thermostat")).toBe(false);
  });

  it("tells a noun opening the sentence bare, as a place's own name ('Headquarters gets…')", () => {
    expect(saysNoun("Headquarters gets about 100 requests every day.", termKey("headquarters"))).toBe(true);
    expect(saysNoun("It sends the books from headquarters by truck.", termKey("headquarters"))).toBe(false);
    // A plural or a past tense after it is most often any of them: "Police said…", "Shops closed…".
    expect(saysNoun("Police said the two men were not known to each other.", termKey("police"))).toBe(false);
    expect(saysNoun("Shops on Market Street closed early.", termKey("shops"))).toBe(false);
  });
});

describe("titlesOfNames", () => {
  it("gives the word right before each name of the question, by the name's first word", () => {
    expect(titlesOfNames("What did Kestrel Coaches boss Neil Trethewey say?", new Set(["kestrel", "coaches", "neil", "trethewey"]))).toEqual(new Map([["neil", "boss"]]));
    // "the mayor of Ghent" is no title of Ghent's.
    expect(titlesOfNames("Did the mayor of Ghent vote for it?", new Set(["ghent"]))).toEqual(new Map());
  });
});

describe("namesThingItIsAbout", () => {
  it("tells a sentence naming the thing it goes on about, in lower case too", () => {
    expect(namesThingItIsAbout("It has been named Mycena amberleyae in honour of the ranger.")).toBe(true);
    expect(namesThingItIsAbout("The molecule, which the team has named bekamycin after the village, kills MRSA.")).toBe(true);
    // A post given to a person, or what a name comes from, is no name of the thing.
    expect(namesThingItIsAbout("He was named chairman in May.")).toBe(false);
    expect(namesThingItIsAbout("It was named after the village.")).toBe(false);
  });

  it("tells a sentence giving the name given to a person, but not a call", () => {
    expect(namesThingItIsAbout("Her parents, pious Roman Catholics, christened her Mary Anne Elizabeth Steichen.")).toBe(true);
    expect(namesThingItIsAbout("The club called him back for the final.")).toBe(false);
  });

  it("tells the thing a sentence opening with it names, now or to be", () => {
    expect(subjectNamed("The combined club will be called Sallowfield Abbey Park Bowls Club.")).toBe("club");
    expect(subjectNamed("The settlement was called Shawomet.")).toBe("settlement");
    expect(subjectNamed("The final was called off after heavy rain.")).toBeUndefined();
  });

  it("tells a sentence opening with the name of the thing it is about, but not a call, a title or a person's nickname", () => {
    expect(namesThingItIsAbout("Called the Harbour Grill, it is on the top floor of the fish market.")).toBe(true);
    expect(namesThingItIsAbout("Known as “the Ark”, the barge has housed the museum since 1991.")).toBe(true);
    expect(namesThingItIsAbout("Called to the stand, the inspector said the valve had failed.")).toBe(false);
    expect(namesThingItIsAbout("Named after his grandfather, the boy was born in May.")).toBe(false);
    expect(namesThingItIsAbout("Called up by Wales in March, Davies scored twice.")).toBe(false);
    // A title is no name, and a nickname is no answer to what someone's name is.
    expect(namesThingItIsAbout("Named Engineer of the Year by the Institution in 2019, Dr Priya Sen led the team.")).toBe(false);
    expect(namesThingItIsAbout("Called Big Tom by the fans, he joined the club from Hexley Town in 2004.")).toBe(false);
  });

  it("tells a sentence whose subject is the name, given in capitals, but not one telling something else of it", () => {
    expect(namesThingItIsAbout('The name inside the envelope was "Cynthia".')).toBe(true);
    expect(namesThingItIsAbout("The boat's name is Harbour Light.")).toBe(true);
    expect(namesThingItIsAbout("Its name was Orla.")).toBe(true);
    expect(namesThingItIsAbout("The name was chosen by the pupils.")).toBe(false);
    expect(namesThingItIsAbout("His name is not known.")).toBe(false);
    expect(namesThingItIsAbout("The company's name was changed in 1990 to Arden.")).toBe(false);
    expect(namesThingItIsAbout("The previous owner's name was Kenneth Orr, and his shop traded there for 54 years.")).toBe(true);
    // What the name means, whose idea it was, and a "was" inside the subject give no name.
    expect(namesThingItIsAbout('Its name is French for "the oven", Dallow said.')).toBe(false);
    expect(namesThingItIsAbout("The station's name was Ms Pellow's idea, a volunteer said.")).toBe(false);
    expect(namesThingItIsAbout("The name of the man who was Mayor in 1990 was never recorded.")).toBe(false);
  });

  it("tells a sentence giving the name its subject had before, in an appositive", () => {
    expect(namesThingItIsAbout("Cathy J. Hanover, formerly called Karet Hanover, has been rather a problem.")).toBe(true);
    expect(namesThingItIsAbout("The Mill Inn, once known as The Plough, reopened in May.")).toBe(true);
    expect(namesThingItIsAbout("The inn, which she once called home, reopened in May.")).toBe(false);
  });
});

describe("nounNamedAtOpening", () => {
  it("gives the noun a name opening the sentence is set beside between commas, and the name's first word", () => {
    expect(nounNamedAtOpening("Alacrity, the Podger cat, came by the hammock.")).toEqual({ opening: "alacrity", noun: "cat" });
    expect(nounNamedAtOpening("Yesterday, the parish council, which funds the show, confirmed it.")).toEqual({ opening: "yesterday", noun: "council" });
  });

  it("gives none after a word of grammar, nor beside a reporting aside", () => {
    expect(nounNamedAtOpening("In June, the town council, which meets monthly, voted.")).toBeUndefined();
    expect(nounNamedAtOpening("Smith, the council said, would remain as chief judge.")).toBeUndefined();
  });
});

describe("thingsNamed", () => {
  it("gives the words of a name a thing had before the one it has since ('the Palestine Orchestra -- now known as…')", () => {
    expect(thingsNamed("The players joined to become the Palestine Orchestra -- now known as the Israel Philharmonic Orchestra.")).toEqual(["palestine", "orchestra"]);
    expect(thingsNamed("It played at the Regal Picture House on Mill Lane, now known as the Mill Lane Arts Centre.")).toEqual(["regal", "picture", "house", "on", "mill", "lane"]);
    // Known for something gives no name.
    expect(thingsNamed("The orchestra, now known for its tours, played in Haifa.")).toEqual([]);
  });

  it("gives the noun of a subject named in an appositive, but none for a call or a naming after something", () => {
    expect(thingsNamed("The animal, named Niphargus greysidensis, was described this week in a journal.")).toEqual(["animal"]);
    expect(thingsNamed("The zoo's new red panda, named Sorrel, arrived in April.")).toEqual(["panda"]);
    expect(thingsNamed("The inspector, called to the stand, said the valve had failed.")).toEqual([]);
    expect(thingsNamed("The ferry, named after a local poet, enters service in May.")).toEqual([]);
  });

  it("gives the noun a thing is or became, called by its name, but none for a phone call", () => {
    expect(thingsNamed("This became a dance called Prelude To Flight.")).toEqual(["dance"]);
    expect(thingsNamed("It is a small village called Eastwick.")).toEqual(["village"]);
    expect(thingsNamed("Carrow's aircraft was a wood-and-canvas monoplane called the Curlew.")).toEqual(["monoplane", "aircraft"]);
    expect(thingsNamed("Her mechanic was a local blacksmith called Walter Penhale.")).toEqual(["blacksmith", "mechanic"]);
    expect(thingsNamed("The runner-up was a bakery called Hobbs.")).toEqual(["bakery", "runner", "up"]);
    expect(thingsNamed("A night guard called Kessock Police at 2am.")).toEqual([]);
  });

  it("gives one's own noun that a name set between commas names, but none for a name opening the next clause", () => {
    expect(thingsNamed('Alan Pryce said his tabby, Biscuit, had brought him "a steady stream" of birds.')).toEqual(["tabby"]);
    expect(thingsNamed("She still walks her old dog, Rex.")).toEqual(["dog"]);
    expect(thingsNamed("After his arrest, Smith was taken to Leeds.")).toEqual([]);
    expect(thingsNamed("In her speech, Mrs Hale thanked the volunteers.")).toEqual([]);
  });

  it("gives the words of what a term in quotation marks names, after the naming words or before them", () => {
    expect(thingsNamed('The plant shreds the packs into a dark powder known as "black mass".')).toEqual(["powder"]);
    // A work is titled, or entitled, maybe with an adverb between.
    expect(thingsNamed('For sheer ambition, take the Harwood series titled modestly "Patience".')).toEqual(["series"]);
    expect(thingsNamed('She wrote a report entitled "Left Behind".')).toEqual(["report"]);
    expect(thingsNamed('The talks were published in a little book called, "Rival Theories Of Cosmology."')).toEqual(["book"]);
    // A passive naming names its subject.
    expect(thingsNamed('Shipping cattle by train was called a "stock run".')).toEqual(["shipping", "cattle", "by", "train"]);
    expect(thingsNamed('Generally, these locks on turnouts are called "facing point locks".')).toEqual(expect.arrayContaining(["locks", "on", "turnouts"]));
    // A term after "the" that "is" makes the subject's says what it is called; a judgement quoted whole does not.
    expect(thingsNamed('The main set of bars are the "tappets" and one is fixed to each lever.')).toEqual(["the", "main", "set", "of", "bars"]);
    expect(thingsNamed('The signal box is the "pride of Kell", according to the parish council.')).toEqual([]);
    expect(thingsNamed('The exhibition is the "first of its kind" in the region.')).toEqual([]);
    expect(thingsNamed('The decision to shut the Victorian building was called a "disgrace".')).toEqual([]);
    expect(thingsNamed('He made a documentary about the terminal titled "Waiting".')).toEqual([]);
    expect(thingsNamed("This “ceiling”, as the cap on fares is called, will be raised.")).toEqual(["the", "cap", "on", "fares"]);
    expect(thingsNamed('She said the plan was "a disaster".')).toEqual([]);
    // Without quotation marks, a name brought in after "a" and its noun.
    expect(thingsNamed("At that time Jennings had a young law associate named Arthur S. Phillips.")).toEqual(["associate"]);
    expect(thingsNamed("The landlord called Smith on Monday.")).toEqual([]);
    // "called" may be a phone call, and a name given "as" something makes no naming; a sentence may open with "A".
    expect(thingsNamed("At 2 a.m. a night guard called Kessock Police and reported the break-in.")).toEqual([]);
    expect(thingsNamed("A day later a spokesman named Smith as a suspect.")).toEqual([]);
    expect(thingsNamed("A terrier named Biscuit found the keys.")).toEqual(["terrier"]);
    // Or designated or known as a name.
    expect(thingsNamed("Du Pont announced a new methyl methacrylate monomer designated as Monocite H 100.")).toEqual(["monomer"]);
    expect(thingsNamed("Doctors gave her a drug known as Xyremol.")).toEqual(["drug"]);
    expect(thingsNamed("The park was designated a nature reserve in 1990.")).toEqual([]);
    // Not a grade, nor a description that opens with a name's possessive.
    expect(thingsNamed("The building, a textile mill designated Grade II in 1984, will be sold.")).toEqual([]);
    expect(thingsNamed("Pryce and Sons is a family company known as Feldon's oldest builder.")).toEqual([]);
    // Not after a common noun, where "called" may be a verb of its own.
    expect(thingsNamed('She rang the landlord, called the "helpline" and waited.')).toEqual([]);
    expect(thingsNamed('Past the bridge stands the Mill of Saint Ives, called the "Grey Lady".')).toEqual(["ives"]);
  });
});
