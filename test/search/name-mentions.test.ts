import { describe, expect, it } from "vitest";
import { describedNames, nameCompletions, pronounNames } from "../../src/search/name-mentions.ts";

describe("nameCompletions", () => {
  it("gives a later surname-only mention the rest of the full name", () => {
    expect(
      nameCompletions([
        "Top seed Elena Ruiz lost the final on Sunday.",
        "Ruiz, 27, said her shoulder was fine.",
        "The crowd cheered Kowalczyk's parents.",
      ]),
    ).toEqual([[], ["elena"], []]);
  });

  it("adds nothing when the sentence already gives the full name, or names someone new", () => {
    expect(nameCompletions(["Anton Weiss spoke first.", "Anton Weiss and Weiss's team left.", "Marsh said no."])).toEqual([
      [],
      [],
      [],
    ]);
  });

  it("keeps the first full name seen for a surname", () => {
    expect(nameCompletions(["Helena Marsh opened.", "Judge Peter Marsh ruled.", "Marsh said no."])).toEqual([[], [], ["helena"]]);
  });
});

describe("pronounNames", () => {
  // Words the dictionary knows other than as one person's name; the rest are surnames.
  const dictionary = { isCommonWord: (word: string) => ["street", "diner", "kettle", "copper", "main", "boat"].includes(word) };

  it("gives 'he' or 'she' the full name of the person last named, past sentences about someone unnamed", () => {
    expect(
      pronounNames(
        [
          "Mayor Alan Tansley lost the recount.",
          "Tansley conceded on Friday.",
          "He congratulated his rival.",
          '"I wish her every success."',
          '"The people have spoken," he wrote.',
        ],
        dictionary,
      ),
    ).toEqual([[], [], ["mayor", "alan", "tansley"], [], ["mayor", "alan", "tansley"]]);
  });

  it("gives a quotation no one is said to say, right after another in its paragraph, that one's speaker", () => {
    const quotes = ['"We lose money on every litre," Eleanor Madoc said. "We are the fourth generation here."', '"Farmers are angry," she said.', '"It cannot go on."'];
    expect(pronounNames(quotes.flatMap((paragraph) => paragraph.split(/(?<=\.) (?=")/)), dictionary, undefined, undefined, undefined, [1, 1, 2, 2])).toEqual([[], ["eleanor", "madoc"], ["eleanor", "madoc"], ["eleanor", "madoc"]]);
    expect(pronounNames(['"We lose money," Eleanor Madoc said.', '"It cannot go on."'], dictionary, undefined, undefined, undefined, [1, 2])).toEqual([[], []]);
  });

  it("gives a person called back by age ('The 57-year-old told the court…') the full name last named, as 'he'", () => {
    expect(pronounNames(["Gregory Tillman pleaded guilty.", "The 57-year-old told the court he was ashamed.", "The judge disagreed."], dictionary)).toEqual([[], ["gregory", "tillman"], []]);
    expect(pronounNames(["Ruth Tobin won the race.", '"It was hard," the 33-year-old said.'], dictionary)).toEqual([[], ["ruth", "tobin"]]);
    // A clause telling of them may come between: "The 44-year-old, who founded the company, said…".
    expect(pronounNames(["Nadia Corr apologised.", "The 44-year-old, who founded the company in 2013, said the attack began in May."], dictionary)).toEqual([[], ["nadia", "corr"]]);
    expect(pronounNames(["Nadia Corr apologised.", "The 150-year-old, which stands by the quay, is closed."], dictionary)).toEqual([[], []]);
    // The one the text gave that age, though another was named since.
    expect(pronounNames(["Sandra Kitt, 52, runs the cafe.", "Councillor Tom Frye said the works would take a year.", "The 52-year-old said she would close."], dictionary)).toEqual([[], [], ["sandra", "kitt"]]);
  });

  it("calls back by age no one of another age, no one the text left unnamed at that age, and no thing of an age", () => {
    expect(pronounNames(["Steve Hollis, 45, picked a young side.", "The 19-year-old was making his debut."], dictionary)).toEqual([[], []]);
    expect(pronounNames(["A 19-year-old care assistant was also charged.", "Darren Kell admitted theft.", "The 19-year-old was given a community order."], dictionary)).toEqual([[], [], []]);
    expect(pronounNames(["Alan Corrigan founded the trust.", "The 150-year-old mill closed in 1987."], dictionary)).toEqual([[], []]);
  });

  it("gives nothing when the sentence before names no person, only a place", () => {
    expect(pronounNames(["Judge Ann Vale ruled.", "Vale left.", "Crowds gathered on Bridge Street.", "She said no."], dictionary)).toEqual([[], [], [], []]);
  });

  it("looks past a sentence naming no one inside the paragraph told of the person, and no further", () => {
    const sentences = [
      "Her pilot, Ewan Castellane, said the crossing had been hard.",
      "A change in the tide pushed her north.",
      '"She never stopped," he said.',
      "The 47-year-old has piloted 120 crossings.",
    ];
    const castellane = ["ewan", "castellane"];
    expect(pronounNames(sentences, dictionary, undefined, undefined, undefined, [1, 1, 1, 2])).toEqual([[], [], castellane, castellane]);
    // Across a paragraph break, a sentence naming no one ends the story.
    expect(pronounNames(sentences, dictionary, undefined, undefined, undefined, [1, 1, 2, 2])).toEqual([[], [], [], []]);
    // So does one bringing in a person unnamed, who may be the "he"; not many people.
    const people = { ...dictionary, namesPerson: (word: string) => ["farmer", "engineers"].includes(word), isDictionaryForm: (word: string) => word !== "engineers" };
    const farmer = ["Councillor Joanna Marsh opened the meeting.", "A local farmer then stood up to object.", "He said the field floods."];
    expect(pronounNames(farmer, people, undefined, undefined, undefined, [1, 1, 1])).toEqual([[], [], []]);
    const report = ["Her pilot, Ewan Castellane, said it was hard.", "A report by engineers found the tide had turned.", "He said she never stopped."];
    expect(pronounNames(report, people, undefined, undefined, undefined, [1, 1, 1])).toEqual([[], [], ["ewan", "castellane"]]);
  });

  it("gives a person named once in full, across a paragraph and a quotation", () => {
    expect(
      pronounNames(
        [
          "Councillor Priya Mandeville told the meeting that the council had run out of options.",
          '"Nobody wants to shut library doors," she said.',
          "She added that no permanent staff would lose their jobs.",
        ],
        dictionary,
      ),
    ).toEqual([[], ["councillor", "priya", "mandeville"], ["councillor", "priya", "mandeville"]]);
  });

  it("gives the first person the sentence before names, its subject, not a later name or a place's", () => {
    expect(
      pronounNames(
        [
          "Helen Carrick sold the family firm.",
          "Carrick will stay on as a consultant.",
          "Its chief executive, Marcus Delaney, said it would replace the oldest boat, the Maud Carrick.",
          "He said the new ferry could sail by 2027.",
          "At the Copper Kettle Diner on Main Street, owner Rosa Delgado said trade had halved.",
          '"This town catches a cold," she said.',
        ],
        dictionary,
      ),
    ).toEqual([[], [], [], ["marcus", "delaney"], [], ["rosa", "delgado"]]);
  });

  it("gives 'he' a double-barrelled surname whose last part is a word, not a place the article writes only after 'the'", () => {
    const words = { isCommonWord: (word: string) => ["strand", "atlantic", "north", "boat", "sea"].includes(word) };
    expect(
      pronounNames(
        [
          "Professor Alan Mbeki-Strand said the North Atlantic was ideal, as crossings of the Atlantic show.",
          "He said savings on calmer routes could be half as large.",
        ],
        words,
      ),
    ).toEqual([[], ["professor", "alan", "mbeki", "strand"]]);
    // A place the article writes only after "the" is no one, though a word the dictionary knows is used alone.
    expect(pronounNames(["Winds over the North Atlantic rose, and crossings of the Atlantic slowed.", "He said the rotors helped."], words)).toEqual([[], []]);
    // A person may be described by a capitalised word after "the"; a town's hyphened name is no surname.
    expect(pronounNames(["Talks were led by the Norwegian Erik Solheim.", "He said both sides had moved."], words)[1]).toEqual(["norwegian", "erik", "solheim"]);
    expect(pronounNames(["Crew were taken to St Leonards-on-Sea, where spokeswoman Alison Kerrigan spoke.", "She said two men had burns."], words)[1]).toEqual(["alison", "kerrigan"]);
  });

  it("passes over a person named as an owner when the sentence names another", () => {
    expect(
      pronounNames(
        ["Raymond Tullis stole the hives.", "Tullis's lawyer, Jonathan Reyes, asked for probation.", "He told the court that Tullis had cooperated."],
        dictionary,
      ),
    ).toEqual([[], [], ["jonathan", "reyes"]]);
    expect(pronounNames(["Skip Rachel Ostrowski lost.", "Ostrowski's rink is ranked fourth.", "She struggled in the late ends."], dictionary)).toEqual([
      [],
      [],
      ["skip", "rachel", "ostrowski"],
    ]);
  });
});

describe("pronounNames past quotations and things", () => {
  const dictionary = { isCommonWord: (word: string) => ["grandfather", "line"].includes(word) };

  it("gives 'he' the speaker named where a quotation of several sentences began", () => {
    expect(
      pronounNames(
        [
          '"We had two offers," said Geoffrey Marr, 71.',
          '"Both would have moved the works abroad.',
          'My grandfather, Henry Coombe, built this place."',
          "He said the family would be paid over seven years.",
        ],
        dictionary,
      ).at(-1),
    ).toEqual(["geoffrey", "marr"]);
  });

  it("gives 'she' the speaker named where a quotation of several sentences closes", () => {
    expect(
      pronounNames(
        [
          "Councillor Peter Doyle opened the meeting.",
          "“We will rebuild the library.",
          "It will take two years,” said Mayor Ann Holt.",
          "She added that the council would borrow £3 million.",
        ],
        { isCommonWord: (word: string) => ["library", "mayor"].includes(word) },
      ).at(-1),
    ).toEqual(["mayor", "ann", "holt"]);
  });

  it("gives 'he' the person named before a sentence about a thing", () => {
    expect(
      pronounNames(
        ["The new director, Samuel Otieno, said the old line would be replaced.", "It is expected to cost £850,000.", "He also plans to relaunch the Kingfisher range."],
        dictionary,
      ).at(-1),
    ).toEqual(["samuel", "otieno"]);
  });
});

describe("nameCompletions with a surname particle", () => {
  it("reads 'Jacob van Hoorebeke' as one name, so 'Van Hoorebeke' and 'van Hoorebeke' later get the first name", () => {
    expect(
      nameCompletions([
        "The panel is attributed to Jacob van Hoorebeke of Bruges.",
        "Van Hoorebeke died in 1669.",
        "Others think van Hoorebeke reused it.",
      ]),
    ).toEqual([[], ["jacob"], ["jacob"]]);
  });
});

describe("describedNames", () => {
  // A made-up dictionary: these kinds of person or body, and these common words.
  const dictionary = {
    isKind: (word: string) => ["company", "beekeeper", "judge"].includes(word),
    isBody: (word: string) => word === "company",
    knows: (word: string) => ["the", "a", "thousands", "chief", "company", "beekeeper", "judge", "graham"].includes(word),
    titlesOtherRole: (word: string, role: string) => word === "judge" && role !== "judge",
  };

  // The people of a made-up article, by the last word of their names.
  const people =
    (...lasts: string[]) =>
    (last: string | undefined) =>
      last !== undefined && lasts.includes(last);

  it("gives 'The company' the body's name set beside the description a sentence opened with", () => {
    const sentences = ["Count rerun", "A council will rerun a count.", "The company that made the scanners, Quill Systems, said it was sorry.", "The company will pay the costs."];
    expect(describedNames(sentences, 1, dictionary, people())).toEqual([[], [], [], ["quill", "systems"]]);
    // A person's name beside a body's kind is someone else's, and a place's country after its town no name set beside it.
    expect(describedNames(sentences, 1, dictionary, people("systems"))[3]).toEqual([]);
    const cyprus = ["Tanker fire", "A tanker caught fire.", "The company that manages the tanker from Limassol, Cyprus, said it was sorry.", "The company will pay the costs."];
    expect(describedNames(cyprus, 1, dictionary, people())[3]).toEqual([]);
    // A person's role so set beside a name may go on to another holder ("The owner of the cafe next door").
    const judge = ["Count rerun", "A council will rerun a count.", "The judge who heard the case, Ana Pryce, said it was close.", "The judge of the appeal court ordered a rerun."];
    expect(describedNames(judge, 1, dictionary, people("pryce"))[3]).toEqual([]);
  });

  it("gives 'The company' the name set right after the word between commas where the article first uses it, not a speaker named before", () => {
    const signs = ["Signs moved", "Route signs were moved overnight.", "Clewes said the organisers had used the same company, Waymark Events, for six years.", "The company put up the arrows on Saturday."];
    expect(describedNames(signs, 1, dictionary, people("clewes"))[3]).toEqual(["waymark", "events"]);
    // A person so set beside a body's kind is no body.
    const person = ["Signs moved", "Route signs were moved overnight.", "Clewes said they had used the same company, Anna Pryce, for years.", "The company put up the arrows."];
    expect(describedNames(person, 1, dictionary, people("clewes", "pryce"))[3]).not.toContain("pryce");
  });

  it("gives 'The company' the name the article first tied the word to, in the same sentence", () => {
    expect(
      describedNames(
        [
          "Thermostats fail",
          "Thousands of homes went cold after an update from Brixley Systems failed, the company said.",
          "Chief executive Mara Lind apologised.",
          "The company pushed a fix by noon.",
        ],
        1,
        dictionary,
        people(),
      ),
    ).toEqual([[], [], [], ["brixley", "systems"]]);
  });

  it("gives a lede's description the next sentence's opening name, whose given name may be a word too ('Graham')", () => {
    expect(describedNames(["Beekeeper jailed", "A former beekeeper was jailed on Monday.", "Graham Whitcombe, 52, admitted theft."], 1, dictionary, people())).toEqual([[], ["graham", "whitcombe"], []]);
  });

  it("reads a lede's description past the place it is filed from ('PORT ELLIN — A former beekeeper…')", () => {
    const lede = (dateline: string) => describedNames(["Beekeeper jailed", `${dateline}A former beekeeper was jailed on Monday.`, "Graham Whitcombe, 52, admitted theft."], 1, dictionary, people())[1];
    expect(lede("PORT ELLIN — ")).toEqual(["graham", "whitcombe"]);
    expect(lede("LONDON (Reuters) - ")).toEqual(["graham", "whitcombe"]);
    expect(lede("HARROWGATE, Feb 23 (ESA) - ")).toEqual(["graham", "whitcombe"]);
    // The day may come before its month, and a paper's name be several words.
    expect(lede("PORT ELLIN, 3 May (Westmarch Evening Post) - ")).toEqual(["graham", "whitcombe"]);
    // A weekday, a year, a region, and an agency's name with a slash.
    for (const dateline of ["PORT ELLIN, Tuesday (Ellin Herald) - ", "PORT ELLIN, May 3, 2024 (Reuters/Ipsos) - ", "KYIV, Ukraine (AP) — "]) expect(lede(dateline)).toEqual(["graham", "whitcombe"]);
  });

  it("gives a lede's description the name the next sentences give an age when none opens the next one ('…convicted Graham Whitcombe, 52, of theft')", () => {
    expect(describedNames(["Beekeeper guilty", "A former beekeeper was found guilty on Monday.", "The case had lasted a month.", "A jury convicted Graham Whitcombe, 52, of theft."], 1, dictionary, people())[1]).toEqual(["graham", "whitcombe"]);
    // "Judge Ana Pryce" holds another role: the one described is the one given an age.
    expect(describedNames(["Beekeeper wins", "A former beekeeper has won his case.", "Judge Ana Pryce ruled that Graham Whitcombe, 52, was owed £9,000."], 1, dictionary, people())[1]).toEqual(["graham", "whitcombe"]);
    // A judge described is the judge named.
    expect(describedNames(["Ruling", "A judge has quashed the plan.", "Judge Ana Pryce ruled on Monday."], 1, dictionary, people())[1]).toEqual(["ana", "pryce"]);
    // Nor one set beside another's description ("one resident, Margaret Hale, 88").
    expect(describedNames(["Beekeeper guilty", "A former beekeeper was found guilty.", "The court heard she stole from one resident, Margaret Hale, 88, over a year.", "Sandra Keel, 49, denied it."], 1, dictionary, people())[1]).toEqual(["sandra", "keel"]);
    // A name opening the next sentence with an age is the one described, whatever its title ("Detective Superintendent Neil Baxter, 52, …").
    expect(describedNames(["Beekeeper struck off", "A former beekeeper has been struck off.", "Judge Ana Pryce, 61, was told on Monday."], 1, dictionary, people())[1]).toEqual(["judge", "ana", "pryce"]);
    // An age tells a person: not a company's name.
    expect(describedNames(["Firm fined", "A company has been fined.", "Its founder, Graham Whitcombe, 52, apologised."], 1, dictionary, people())[1]).toEqual([]);
  });

  it("does not give a lede's description the next sentence's opening name when it comes with its office ('Dave Ruddock, the station commander')", () => {
    expect(describedNames(["Man arrested", "A former beekeeper was arrested on Monday.", "Dave Ruddock, the station commander, said the fire was out."], 1, dictionary, people())[1]).toEqual([]);
  });

  it("does not tie a kind owning the appositive after a person's name to that person ('Carl Mensah, the company's officer')", () => {
    expect(describedNames(["Title", "Carl Mensah, the company's regional officer, spoke first.", "The company said it would close."], 1, dictionary, people())).toEqual([[], [], []]);
  });

  it("gives a description the subject of the sentence before it, and a lede's the next sentence's", () => {
    expect(
      describedNames(
        [
          "Beekeeper jailed",
          "A former beekeeper was jailed on Monday.",
          "Ray Tollan, 52, admitted theft.",
          "The 52-year-old wept as the verdict was read.",
          "The judge, Ann Pike, was unmoved.",
        ],
        1,
        dictionary,
        people(),
      ),
    ).toEqual([[], ["ray", "tollan"], [], ["ray", "tollan"], []]);
  });

  it("leaves a description of several, one named in apposition, or a kind the article has not tied to a name, to itself", () => {
    expect(
      describedNames(
        ["Title", "Brixley Systems said on Monday it would close.", "The companies met.", "The judge, Ann Pike, ruled.", "The judge left."],
        1,
        dictionary,
        people(),
      ),
    ).toEqual([[], [], [], [], []]);
  });

  it("gives 'The company' opening a sentence the name the sentence before opens with, unless it is a person's", () => {
    const article = (second: string) => ["Plant opens", "A start-up opened a recycling plant on Monday.", second, "The company has invested 40 million euros in the site."];
    expect(describedNames(article("Corvex, founded in 2019, said it would hire 300 people."), 1, dictionary, people("sorvik"))[3]).toEqual(["corvex"]);
    expect(describedNames(article("Sorvik said it would hire 300 people."), 1, dictionary, people("sorvik"))[3]).toEqual([]);
  });

  it("gives 'The company' the name the sentence before opens with when the word is first said in a clause ('…, the company said, …')", () => {
    const article = (second: string) => ["Quarry grows", "A quarry will grow.", "Kellan Aggregates wants to dig a further 14 hectares.", second, "The company must also plant 20,000 trees."];
    expect(describedNames(article("Without the extension, the company said, the quarry would close."), 1, dictionary, people())[4]).toEqual(["kellan", "aggregates"]);
    expect(describedNames(article("Without the extension, the company said, the quarry would close."), 1, dictionary, people("aggregates"))[4]).toEqual([]);
  });

  it("ties 'The company' to no name when it opens sentences after two firms' names", () => {
    const twoFirms = ["Plants open", "Two plants opened on Monday.", "Corvex said it would hire 300 people.", "The company has invested 40 million euros.", "Vantor said it would hire 80.", "The company employs 230 people elsewhere."];
    expect(describedNames(twoFirms, 1, dictionary, people())).toEqual([[], [], [], [], [], []]);
  });

  it("does not take an age for the end of a longer one", () => {
    expect(
      describedNames(
        ["Title", "Coach Ann Lee said her 17-year-old son was proud.", "Tom Reed, 7, scored twice.", "The 7-year-old ran on."],
        1,
        { ...dictionary, knows: (word: string) => word === "coach" || dictionary.knows(word) },
        people("lee", "reed"),
      ),
    ).toEqual([[], [], [], ["tom", "reed"]]);
  });
});
