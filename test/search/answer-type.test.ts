import { describe, expect, it } from "vitest";
import { tagged } from "../../src/search/tagging.ts";
import { deedTakingTime } from "../../src/search/measure-questions.ts";
import { questionShape, satisfies } from "../../src/search/answer-type.ts";
import { ageHoldersOf, givesFraction, givesMeasure, givesOnlyFractions, namedAgesOf, verbGoingOnSince } from "../../src/search/measurements.ts";
import { aimGiven, answerTraitsOf, doersOf, reasonGiven, supposesDone } from "../../src/search/sentence-traits.ts";
import { Thesaurus } from "../../src/search/synonyms.ts";
import { termKey } from "../../src/search/terms.ts";

const verbs = new Thesaurus();

describe("questionShape", () => {
  it("tells a when-question about an event still to come", () => {
    expect(questionShape("When will the bronzes be returned?").asksAhead).toBe(true);
    expect(questionShape("When is next year's race?").asksAhead).toBe(true);
    expect(questionShape("When did the airport open?").asksAhead).toBeUndefined();
    // A time set for it, told in the past, was ahead then and may have passed.
    expect(questionShape("When is the ferry due to sail?").asksAhead).toBe(true);
    expect(questionShape("When was Wayne Ashworth due back at work?").asksAhead).toBeUndefined();
    expect(questionShape("When were the results expected?").asksAhead).toBeUndefined();
  });

  it("reads a when-question opening on an auxiliary of the past as asking of the past, whatever modal a clause within it says", () => {
    expect(questionShape("When did Rhys realise he could break the record?").asksAhead).toBeUndefined();
    expect(questionShape("When did the corporation vote that Quiney should ride to London?").asksAhead).toBeUndefined();
    expect(questionShape("When will the council decide whether it should close the road?").asksAhead).toBe(true);
    expect(questionShape("When does the club think it could reopen?").asksAhead).toBe(true);
  });

  it("tells a yes-no question about something still to come", () => {
    expect(questionShape("Will the district review the schedule?").asksWhetherAhead).toBe(true);
    expect(questionShape("Is the museum going to appeal the ruling?").asksWhetherAhead).toBe(true);
    expect(questionShape("Did the museum appeal the ruling?").asksWhetherAhead).toBeUndefined();
    expect(questionShape("Is the museum open on Mondays?").asksWhetherAhead).toBeUndefined();
  });

  it("reads a modal before a perfect as looking back: \"when could the fire have started?\"", () => {
    expect(questionShape("When could the fire have started?").asksAhead).toBeUndefined();
    expect(questionShape("when should the council have acted?").asksAhead).toBeUndefined();
    // "Have" with no participle after it is a verb of its own, and "will have" looks ahead.
    expect(questionShape("When could we have the results?").asksAhead).toBe(true);
    expect(questionShape("When will the repairs have finished?").asksAhead).toBe(true);
  });

  it("tells a why-question asking why something was not done, typed with or without the apostrophe", () => {
    for (const question of ["why didn't the mayor vote yes?", "why cant they do the work in may", "Why is the bridge not open?"]) {
      expect(questionShape(question.toLowerCase()).asksWhyNot).toBe(true);
    }
    for (const question of ["why does the mayor want a meeting?", "why did the event get cancelled?", "how many did not vote?"]) {
      expect(questionShape(question).asksWhyNot).toBeUndefined();
    }
  });

  it("wants nothing but a name when a question asks what something is called", () => {
    for (const question of ["What was the boat called?", "whats the name of the pilot", "What is the dog's name?"]) {
      expect(questionShape(question)).toMatchObject({ answerType: "name", needsAnswerType: true });
    }
    expect(questionShape("Who called the meeting?").needsAnswerType).toBe(false);
    // A who-question is answered by the one who did it, whatever its last word.
    expect(questionShape("Who uncovered the missing names?").needsAnswerType).toBe(false);
  });

  it("wants a figure when a question asks what a number is", () => {
    for (const question of ["What is the phone number of the helpline?", "what was the flight number", "What were the winning numbers?", "What's the number of staff at the plant?"]) {
      expect(questionShape(question)).toMatchObject({ answerType: "quantity", measure: "count", needsAnswerType: true });
    }
    expect(questionShape("What did the numbers on the ticket stand for?").needsAnswerType).toBe(false);
  });

  it("asks for a reason or a manner, not a name, when 'why' or 'how' asks about a name", () => {
    for (const question of ["wait why cant a company own a town's pastry name", "How did the pub get its name?"]) {
      expect(questionShape(question).answerType).not.toBe("name");
    }
  });

  it("reads what kind of answer a question wants", () => {
    expect(questionShape("How many hostages are Russian?").answerType).toBe("quantity");
    expect(questionShape("When did the talks start?").answerType).toBe("date");
    expect(questionShape("Where did Marzook travel from?").answerType).toBe("place");
    expect(questionShape("Who headed the delegation?").answerType).toBe("name");
    expect(questionShape("What did Putin warn about?").answerType).toBe("any");
  });

  it("reads a question about someone's job as wanting what the text calls them", () => {
    expect(questionShape("What is Ali Bagheri Kani's job?")).toMatchObject({ answerType: "role", framingWord: "job" });
    expect(questionShape("whats her role?")).toMatchObject({ answerType: "role", framingWord: "role" });
    expect(questionShape("What is Russia's position on the war?").answerType).not.toBe("role");
    expect(questionShape("What job does Ana Ortiz do?")).toMatchObject({ answerType: "role", framingWord: "job" });
    expect(questionShape("What does the disqualified driver do for a living?")).toMatchObject({ answerType: "role", framingWord: "living" });
    expect(questionShape("what does sanna helvik do for a job")).toMatchObject({ answerType: "role", framingWord: "job" });
    expect(questionShape("What does Kowalski do for work?")).toMatchObject({ answerType: "role", framingWord: "work" });
    expect(questionShape("What position does Mikhail Bogdanov hold?")).toMatchObject({ answerType: "role", framingWord: "position" });
    // A position held on something is a stance.
    expect(questionShape("What position does she hold on tariffs?").answerType).not.toBe("role");
    // One's title, and a position in a body, are posts; one's position alone is as often a stance.
    expect(questionShape("What is Ana Ortiz's title?")).toMatchObject({ answerType: "role", framingWord: "title" });
    expect(questionShape("What is Ana Ortiz's position in the Carby Union?")).toMatchObject({ answerType: "role", framingWord: "position" });
    expect(questionShape("Was the union grateful for Ana Ortiz's position?").answerType).not.toBe("role");
    expect(questionShape("What is the title?").answerType).not.toBe("role");
    // A thing's title, a place in a league or a stance in a debate is no post.
    expect(questionShape("What is the painting's title?").answerType).not.toBe("role");
    expect(questionShape("What is Harwick Athletic's position in the league?").answerType).not.toBe("role");
    expect(questionShape("What is Mayor Wrenn's position in the debate?").answerType).not.toBe("role");
  });

  it("reads a job word a verb, a count or another noun governs as no role asked", () => {
    expect(questionShape("What kind of home did he buy after quitting his job?").answerType).not.toBe("role");
    expect(questionShape("Will any bus drivers lose their jobs?").answerType).not.toBe("role");
    expect(questionShape("How many teaching jobs were unfilled?").answerType).toBe("quantity");
    expect(questionShape("Which library holds a job club?").answerType).not.toBe("role");
  });

  it("reads 'what did it cost?', 'what did she pay for the mower?' and 'what is it worth?' as asking a sum, as 'how much' does", () => {
    expect(questionShape("What did the villa cost?")).toMatchObject({ asksHowMuch: true, pricedWord: "villa" });
    expect(questionShape("what would it cost to repair the hull?").asksHowMuch).toBe(true);
    expect(questionShape("what did the repairs cost last year?").asksHowMuch).toBe(true);
    expect(questionShape("What did the winner pay for her mower?").asksHowMuch).toBe(true);
    expect(questionShape("what is the scholarship worth").asksHowMuch).toBe(true);
    expect(questionShape("What's the ring worth now?").asksHowMuch).toBe(true);
    expect(questionShape("what fee does the club charge?").asksHowMuch).toBe(true);
    expect(questionShape("What fine did the court impose on the firm?").asksHowMuch).toBe(true);
    // A fee as the thing talked about asks no sum, nor a price that may be odds.
    expect(questionShape("What fee rise did the traders complain about?").asksHowMuch).toBe(false);
    expect(questionShape("What price did the bookies give the favourite?").asksHowMuch).toBe(false);
    // Worth doing, worth a visit: no value asked.
    expect(questionShape("What is worth seeing at the fair?").asksHowMuch).toBe(false);
    expect(questionShape("what was the trip worth to the team in the end").asksHowMuch).toBe(false);
    // The noun "cost", and "pay for" with what it bought asked, ask no sum.
    expect(questionShape("What did the mayor say about the cost of the repairs?").asksHowMuch).toBe(false);
    expect(questionShape("What was the owner trying to pay for when he sold the passes?").asksHowMuch).toBe(false);
    // "Paid" telling of a noun before the question's own verb.
    expect(questionShape("What should the added taxes paid by corporations be used for?").asksHowMuch).toBe(false);
    expect(questionShape("What has the council paid the families who had to be rehoused?").asksHowMuch).toBe(true);
    // With whom it cost after "cost", "what" asks what they lost.
    expect(questionShape("what did the red card cost Reyes?").asksHowMuch).toBe(false);
    expect(questionShape("what did the defeat cost harton?").asksHowMuch).toBe(false);
    expect(questionShape("What did the injury cost him?").asksHowMuch).toBe(false);
  });

  it("reads 'which kind of…' as asking a sort, picking nothing by its name", () => {
    expect(questionShape("Which kind of company won the contract?").chosenWords).toBeUndefined();
    expect(questionShape("Which company won the contract?").chosenWords).toEqual(["company"]);
  });

  it("takes the adjective of a measuring question as framing, not topic", () => {
    expect(questionShape("How deep was the wreck?")).toMatchObject({ answerType: "quantity", framingWord: "deep" });
  });

  it("tells the names a question gives from what it asks, and questions from keywords", () => {
    const shape = questionShape("What did Lena Sorvik say on Monday?");
    expect([...shape.nameWords]).toEqual(["lena", "sorvik"]);
    expect(shape.isAsked).toBe(true);
    expect(questionShape("Lena Sorvik's salary?").isAsked).toBe(true);
    expect(questionShape("sorvik salary").isAsked).toBe(false);
  });

  it("reads a measure named as a noun, and 'which' with a plural as things picked ('which degrees…')", () => {
    // An adverb meaning a measure's word asks that measure: "how frequently" is "how often".
    expect(questionShape("How frequently is there public transport to Kelby?", verbs)).toMatchObject({ answerType: "quantity", measure: "often" });
    expect(questionShape("How regularly does the ferry run?", verbs).measure).toBeUndefined();
    expect(questionShape("How tight should the drill press belt be?", verbs).measure).not.toBe("fast");
    // "Much" means "often" only in a rarer sense: "how much" still asks an amount.
    expect(questionShape("How much did Petra Vance's house cost?", verbs)).toMatchObject({ asksHowMuch: true, pricedWord: "house" });
    expect(questionShape("What size is the canvas?", verbs)).toMatchObject({ answerType: "quantity", namesMeasure: true, framingWord: "size" });
    expect(questionShape("What temperatures were recorded during the storm?", verbs)).toMatchObject({ answerType: "quantity", namesMeasure: true });
    expect(questionShape("Which degrees will the university stop offering?", verbs)).toMatchObject({ answerType: "any", chosenWords: ["degrees"] });
  });

  it("reads what a keyword query asks from its last noun, as a question word would say it", () => {
    expect(questionShape("ferry sale price")).toMatchObject({ answerType: "quantity", measure: "sum", framingWord: "price" });
    expect(questionShape("smelter restart time")).toMatchObject({ answerType: "date", measure: "time or span", framingWord: "time" });
    expect(questionShape("russian hostages count")).toMatchObject({ answerType: "quantity", measure: "count" });
    expect(questionShape("lead shooting percentage")).toMatchObject({ answerType: "quantity", measure: "share" });
    expect(questionShape("Moscow meeting purpose").answerType).toBe("reason");
    expect(questionShape("Lena Sorvik's salary?")).toMatchObject({ answerType: "quantity", measure: "sum", framingWord: "salary" });
    expect(questionShape("Did the museum pay the fine?").answerType).toBe("any");
    // "Of" or "for" ends the head's phrase: "the price of the ferry" asks a price, as "ferry price" does.
    expect(questionShape("the price of the ferry")).toMatchObject({ answerType: "quantity", measure: "sum" });
    expect(questionShape("number of russian hostages")).toMatchObject({ answerType: "quantity", measure: "count" });
    // "This year" places something in time; "prices" are a topic, not a sum.
    expect(questionShape("hamas moscow trips this year").answerType).toBe("any");
    expect(questionShape("energy food prices").answerType).toBe("any");
    expect(questionShape("burial mound Bronze Age").answerType).toBe("any");
  });

  it("keeps a name with capitals inside it whole", () => {
    expect([...questionShape("What did Fiona MacAulay's team find?").nameWords]).toEqual(["fiona", "macaulay"]);
  });

  it("reads a name joined by a hyphen to another name as one, and not the word a hyphen joins to a name", () => {
    expect([...questionShape("What did the Labour-run council decide about the bins?").nameWords]).toEqual(["labour"]);
    expect([...questionShape("According to Kremlin-backed media, what did Hamas say?").nameWords]).toEqual(["kremlin", "hamas"]);
    expect([...questionShape("When did Anna Smith-Jones resign?").nameWords]).toEqual(["anna", "smith", "jones"]);
  });

  it("finds the noun a how-many question counts past modifiers joined by \"and\" or \"or\"", () => {
    expect(questionShape("How many hunting and fishing visits are expected by 1972?").countedWord).toBe("visits");
    expect(questionShape("how many medical and dental schools does the nation have").countedWord).toBe("schools");
    expect(questionShape("How many road and rail bridges were closed?").countedWord).toBe("bridges");
    // Two things counted: the first, as before.
    expect(questionShape("How many boys and girls attended?").countedWord).toBe("boys");
    expect(questionShape("How many men and women were hurt?").countedWord).toBe("men");
    expect(questionShape("How many staff and volunteers were there?").countedWord).toBe("staff");
  });

  it("finds the noun a how-many question counts, past its modifiers", () => {
    expect(questionShape("How many Hamas fighters were killed?").countedWord).toBe("fighters");
    expect(questionShape("how many new trams will be bought").countedWord).toBe("trams");
    expect(questionShape("How many died on October 7th?").countedWord).toBeUndefined();
    // A participle before the noun describes it, as an adjective would.
    expect(questionShape("How much farmed salmon did Norway export?").countedWord).toBe("salmon");
    expect(questionShape("how many injured workers were flown out").countedWord).toBe("workers");
    // An adjective after the noun ends its phrase, though the tagger reads the verb after it as a noun.
    expect(questionShape("How many people worldwide lost their lives to malaria?").countedWord).toBe("people");
    expect(questionShape("How many were injured?").countedWord).toBeUndefined();
    // What "how many" counts is plural: a singular noun after a plural one is the verb.
    expect(questionShape("How many passengers use the line each year?").countedWord).toBe("passengers");
    expect(questionShape("How many volunteers crew the lifeboat?").countedWord).toBe("volunteers");
    expect(questionShape("How many bus drivers went on strike?").countedWord).toBe("drivers");
    expect(questionShape("How many sales reps were hired?").countedWord).toBe("reps");
    // A collective noun has no plural to end the run: the "noun" after it is the verb when no other is left.
    expect(questionShape("How many staff work at the airport?").countedWord).toBe("staff");
    expect(questionShape("How many council staff were sent home?").countedWord).toBe("staff");
    // A "noun" with a determiner after it is the verb the tagger misread: "use" takes "the line".
    expect(questionShape("which catering company supplies the breakfasts?").chosenWords).toEqual(["catering", "company"]);
    // The nouns "which" or "what" picks from; "what" as a pronoun picks nothing.
    expect(questionShape("which insurance company covers the gallery").chosenWords).toEqual(["insurance", "company"]);
    expect(questionShape("What lets this coral cope with the heat?").chosenWords).toBeUndefined();
    // "Who is the…" asks for a person by the noun phrase after it.
    expect(questionShape("who is the gallery director").personWords).toEqual(["gallery", "director"]);
    expect(questionShape("Who is the judge in the Wexcombe case?").personWords).toEqual(["judge"]);
    expect(questionShape("Who is Halden's chief technology officer?").personWords).toEqual(["technology", "officer"]);
    expect(questionShape("Who is Donna Kerrigan?").personWords).toBeUndefined();
    expect(questionShape("which engineer wrote the code").picksWithWhich).toBe(true);
    expect(questionShape("what painting was stolen").picksWithWhich).toBe(false);
    expect(questionShape("which two airlines has he talked to").picksNumber).toBe(true);
    expect(questionShape("which airlines has he talked to").picksNumber).toBe(false);
  });

  it("takes a later 'which' for a relative pronoun, not the word that picks", () => {
    const shape = questionShape("What reason did the firm which made the heater give?");
    expect(shape.chosenWords).toEqual(["reason"]);
    expect(shape.picksWithWhich).toBe(false);
  });
});

describe("answerTraitsOf", () => {
  const traits = answerTraitsOf("On Thursday, Hamas sent its third delegation to Moscow.", termKey);

  it("reads no span in a rate: \"a year\" after a count is each year's", () => {
    expect(answerTraitsOf("Costs are £9 million a year higher in Brackwell.", termKey).measures).not.toContain("duration");
    expect(answerTraitsOf("The line carries 310,000 passengers a year.", termKey).measures).not.toContain("long");
    expect(answerTraitsOf("The repairs took a year.", termKey).measures).toContain("duration");
    // A multiplier or a percent sign joined to the count: "£9m a year", "$2bn a year", "5% a year".
    for (const rate of ["Costs are £9m a year higher.", "It earns $2bn a year.", "Fares rose 5% a year."]) {
      expect(answerTraitsOf(rate, termKey).measures).not.toContain("duration");
    }
  });

  it("reads a span timed on a clock's face ('clicked off in 1:48'), not a time of day", () => {
    expect(answerTraitsOf("Despite the cold the game was clicked off in 1:48.", termKey).measures).toContain("duration");
    expect(answerTraitsOf("She won in a time of 2:08:35.", termKey).measures).toContain("long");
    expect(answerTraitsOf("The train left at 1:48 p.m.", termKey).measures).not.toContain("duration");
    for (const timeOrScale of ["The map is printed at a scale of 1:25,000.", "Athletes face a curfew of 22:00.", "The ferry of 10:45 to Ebbing was full."]) {
      expect(answerTraitsOf(timeOrScale, termKey).measures).not.toContain("duration");
      expect(answerTraitsOf(timeOrScale, termKey).measures).not.toContain("long");
    }
  });

  it("reads an age told as an average or as a thing's age, not the age at which something happened", () => {
    expect(answerTraitsOf("Its fleet of 22 turboprop aircraft has an average age of 14 years.", termKey).measures).toContain("old");
    expect(answerTraitsOf("The harbour's cranes have a median age of 31.", termKey).measures).toContain("old");
    expect(answerTraitsOf("Castellane learned to play at the age of five.", termKey).measures).not.toContain("old");
  });

  it("reads a word the question writes as a name as no verb of it", () => {
    expect(questionShape("When did the flash flood hit the Kessel Pass?").eventWord).toBe("hit");
    expect(questionShape("What did Harold Aims say about the apple tree?")).toMatchObject({ reportingVerb: "say", speakerWord: "aims" });
    // Written in capitals throughout, a question's capitals tell no names.
    expect(questionShape("When Did The Flood Hit?").eventWord).toBe("hit");
  });

  it("reads a name's initials as its words", () => {
    expect([...questionShape("What did O. N. Moss tell the woman?").nameWords]).toEqual(expect.arrayContaining(["o", "n", "moss"]));
    expect([...questionShape("What did the woman tell Moss?").nameWords]).not.toContain("o");
    // An abbreviation typed with spaces is no run of initials.
    expect([...questionShape("how much did the U. S. pledge?").nameWords]).not.toContain("u");
  });

  it("reads the age at which something happened as how old someone was then, and asks it so in the past", () => {
    for (const then of ["Castellane learned to play at the age of five.", "She started school at age 6.", "When he was 15, his parents sent him to Vienna.", "Ruiz, 27, had won twice."]) {
      expect(answerTraitsOf(then, termKey).measures).toContain("old then");
    }
    expect(answerTraitsOf("When she was 15 minutes late, the boat left.", termKey).measures).not.toContain("old then");
    // A person told by the age they are at.
    for (const then of ["Richard, a schoolboy of eleven, wrote a letter in Latin.", "She married him when a girl of 17."]) {
      expect(answerTraitsOf(then, termKey).measures).toContain("old then");
    }
    expect(answerTraitsOf("He farmed as a man of 40 acres and more.", termKey).measures).not.toContain("old then");
    // A life reaching an age, weighed or not.
    for (const then of ["Greene, having walked and swum himself to the hearty age of 93, retired.", "She lived to the age of 101.", "He reached the ripe old age of 90 in May."]) {
      expect(answerTraitsOf(then, termKey).measures).toContain("old then");
    }
    expect(answerTraitsOf("The council lowered the voting age to 16.", termKey).measures).not.toContain("old then");
    expect(answerTraitsOf("The prince was still as impetuous as a youth of twenty.", termKey).measures).not.toContain("old then");
    // A figure after "at" with no unit, share or time after it: "left school at 14", "took up running at 33".
    for (const then of ["He suggested taking kids out of school at 14.", "Vasquez took up running at 33 after her second child.", "At 12, Hans helped in the shop."]) {
      expect(answerTraitsOf(then, termKey).measures).toContain("old then");
    }
    for (const other of ["The ferry sailed at 14 knots.", "Shares closed at 14.5 on Friday.", "The talks began at 5 p.m.", "The fund stood at 12,500.", "The club was ranked at 14 in the league.", "The match was tied at 2."]) {
      expect(answerTraitsOf(other, termKey).measures).not.toContain("old then");
    }
    expect(questionShape("How old was Schiele when he died?").measure).toBe("old then");
    expect(questionShape("how old were the twins when they left?").measure).toBe("old then");
    expect(questionShape("How old is Mira Castellane?").measure).toBe("old");
    // Asked with no moment, or of the present, an age is the one the story gives.
    expect(questionShape("How old was Petra Young?").measure).toBe("old");
    expect(questionShape("how old is rose, who was leading the rescue?").measure).toBe("old");
  });

  it("reads a size in square units, or told by a thing of that size", () => {
    expect(answerTraitsOf("The ban covers about 3.5 sq km around the old town.", termKey).measures).toContain("big");
    expect(answerTraitsOf("It dropped hail as large as golf balls.", termKey).measures).toContain("large");
    expect(answerTraitsOf("They counted beetles across an area the size of two football pitches.", termKey).measures).toContain("big");
  });

  it("sees numbers, dates and names in a sentence", () => {
    expect(traits.quantity).toBe(true);
    expect(traits.date).toBe(true);
    expect(traits.nameKeys).toContain(termKey("moscow"));
  });

  it("takes the name a passive's 'by' brings in for the doer, not a place after a preposition", () => {
    const agentNames = (sentence: string) => answerTraitsOf(sentence, termKey).agents.flatMap((agent) => agent.nameKeys);
    expect(agentNames("The machines were supplied by the company Ballotline.")).toContain(termKey("ballotline"));
    expect(agentNames("The recipe was devised by 27-year-old Josh Pybus.")).toEqual([termKey("josh"), termKey("pybus")]);
    expect(agentNames("A cyclist was hit by a bus on Oxford Street.")).toEqual([]);
    expect(agentNames("The raid was ordered by detectives from Scotland Yard.")).toEqual([]);
    // "Of" names whose they are: the members of Hamas did it.
    expect(agentNames("The visit was verified by members of Hamas.")).toEqual([termKey("hamas")]);
    // What the agent did: the words before its "by"; a source says.
    expect(answerTraitsOf("The violin, made in 1716 by Matteo Albrizzi, was found.", termKey).agents[0]?.deedKeys).toContain(termKey("made"));
    expect(answerTraitsOf("According to the Israeli government, six hostages are Russian.", termKey).agents).toEqual([{ nameKeys: [termKey("israeli")], deedKeys: ["say"] }]);
  });

  it("keeps each agent with its own deed: a source says, the passive's agent does", () => {
    const agents = answerTraitsOf("According to the Harbour Board, two crewmen were held by Vantor Shipping for a week.", termKey).agents;
    expect(agents.find((agent) => agent.nameKeys.includes(termKey("harbour")))?.deedKeys).toEqual(["say"]);
    expect(agents.find((agent) => agent.nameKeys.includes(termKey("vantor")))?.deedKeys).toContain(termKey("held"));
  });

  it("does not take a weekday or a month for a name", () => {
    expect(answerTraitsOf("The talks ended on Thursday.", termKey).nameKeys).toEqual([]);
  });

  it("answers how far back by how long ago, not by a distance", () => {
    const shape = questionShape("How far back do the parish records go?");
    const answers = (sentence: string) => satisfies(answerTraitsOf(sentence, termKey), shape.answerType, new Set(), shape.measure);
    expect(answers("The parish records go back at least to 1728.")).toBe(true);
    expect(answers("The falsified entries dated back roughly 18 months.")).toBe(true);
    expect(answers("Its roots go back as far as Balzac and Dickens.")).toBe(true);
    expect(answers("The records are kept in a room at the back of the church.")).toBe(false);
  });

  it("answers what time of year by a season or a month, not a clock time", () => {
    const shape = questionShape("At what time of year do thefts from allotments go up?");
    expect(shape.measure).not.toBe(questionShape("What time does the shop open?").measure);
    const answers = (sentence: string) => satisfies(answerTraitsOf(sentence, termKey), shape.answerType, new Set(), shape.measure);
    expect(answers("Thefts tend to rise in late spring and summer, when sheds are full.")).toBe(true);
    expect(answers("Most thefts happen in October.")).toBe(true);
    expect(answers("Thefts rose by a fifth last year.")).toBe(false);
  });

  it("takes a year far back or far ahead for a date where a preposition of time places it", () => {
    for (const sentence of ["The capsule will be sealed and opened in 2125.", "The wall painting dates from before 1350.", "The chapel was built between 1180 and 1190.", "The oaks were felled in the winter of 1341-42.", "Trading here goes back at least to 1350."]) {
      expect(answerTraitsOf(sentence, termKey).date).toBe(true);
    }
    // Such a number counts, or is a house, a form or a model, where no preposition of time places it.
    for (const sentence of ["The trust looks after 1200 acres.", "The fire spread in 1200 homes.", "He lives at 1213 Walnut St.", "File Form 1040 by hand.", "Sales rose by 1200.", "Sales rose to 1200."]) {
      expect(answerTraitsOf(sentence, termKey).date).toBe(false);
    }
  });

  it("takes May for a month only before a day or a year", () => {
    expect(answerTraitsOf("Talks may resume soon.", termKey).date).toBe(false);
    expect(answerTraitsOf("Talks resume on May 4.", termKey).date).toBe(true);
  });

  it("takes May after a day or a preposition for the month, not a verb or a name there", () => {
    for (const sentence of ["Extra clinics will open in May.", "Extra clinics will open on 4 May.", "The vote on 4 May was close.", "It ran in May and June."]) {
      expect(answerTraitsOf(sentence, termKey).date).toBe(true);
    }
    const notDated = [
      "Up to 20 may lose their jobs, the union said.",
      "Of the 300 staff, 12 may be moved to Leeds.",
      "The plan was backed by May and her cabinet.",
      "Some of May's ministers quit.",
      "Prices set in may change.",
    ];
    for (const sentence of notDated) expect(answerTraitsOf(sentence, termKey).date).toBe(false);
  });

  it("reads the words that introduce a name as what it is, before it or after its comma", () => {
    const roles = (sentence: string) => answerTraitsOf(sentence, termKey).roleKeys;
    expect(roles("Skipper Callum Rennie, 46, said the crew had no time.")).toEqual(["skipper"]);
    expect(roles("The loss came to light when a junior auditor, Ana Ortiz, checked the books.")).toContain("auditor");
    expect(roles("Ana Ortiz, a junior auditor at the firm, checked the books.")).toContain("auditor");
    expect(roles("The scanners were supplied by the company Ballotline.")).toEqual(["company"]);
    expect(roles("Ana Ortiz, who checked the books, said nothing.")).not.toContain("check");
    // A relative clause in the present says what someone does, as an appositive does.
    expect(roles("Vikram Lall, who runs a convenience store, said he had paid.")).toContain("convenience");
    expect(roles("Dennis Okafor, who has worked on the packing line for 26 years, said the mood was grim.")).toContain("work");
    // Every title before the person's two names, not only the first.
    expect(roles("He met Russian Foreign Minister Sergei Lavrov.")).toEqual(expect.arrayContaining(["foreign", "minister"]));
    expect(roles("He met Russian Foreign Minister Sergei Lavrov.")).not.toContain("sergei");
    // A one-word name opening the sentence, when an appositive describes it; not an opening adverb or day.
    expect(roles("Kowalski, a roofer who seldom worked last winter, was in arrears on the house.")).toContain("roofer");
    expect(roles("However, a spokesman said the plant would stay open.")).toEqual([]);
    expect(roles("Yesterday, the council met in private.")).toEqual([]);
    // A post without an article, of or at the body it is held in.
    expect(roles("The Rev. Simon Carraway, vicar of St Aldric's, said the parish was delighted.")).toContain("vicar");
    expect(roles("Ana Ortiz, chief executive of Brill, said no.")).toEqual(["chief", "executive"]);
    expect(roles("Carraway, meanwhile, said no.")).toEqual([]);
  });

  it("tells whose role the words introduce", () => {
    const holders = (sentence: string) => answerTraitsOf(sentence, termKey).roleHolderKeys;
    expect(holders("Kowalski, a roofer who seldom worked last winter, was in arrears on the house.")).toEqual(["kowalski"]);
    expect(holders("He met Russian Foreign Minister Sergei Lavrov.")).toEqual(["sergei", "lavrov"]);
    // The children are Vicky and Dennis: the Kowalski before them is no child.
    expect(holders("They are home with the other Kowalski children, Vicky, 14, and Dennis, 6.")).toEqual(["vicky"]);
  });

  it("reads the noun a name stands before as its kind, not the noun after a place's adjective", () => {
    const kinds = (sentence: string) => answerTraitsOf(sentence, termKey, { isDemonym: (word) => ["israeli", "korean"].includes(word), namesPeopleOrUnit: () => false, isNameAlone: () => false }).kindKeys;
    expect(kinds("The frigates sail under its Baltic Sentry mission.")).toEqual(["mission"]);
    // The last noun of the phrase is its head.
    expect(kinds("He met the Westgate Link plant managers.")).toEqual(["manager"]);
    // One capitalised word says where the thing is from or whose it is, as a word for a people does.
    expect(kinds("According to the Israeli government, six are held.")).toEqual([]);
    expect(kinds("The Ostland repair ship arrived on Monday.")).toEqual([]);
    expect(kinds("According to the South Korean government, six are held.")).toEqual([]);
    expect(kinds("NATO officials said the Gulf of Finland was calm.")).toEqual([]);
  });

  it("reads a question asking how things stand now", () => {
    expect(questionShape("Which school does Patricia attend now?").asksNow).toBe(true);
    expect(questionShape("Who employs the scientist these days?").asksNow).toBe(true);
    expect(questionShape("Which school did Patricia attend?").asksNow).toBeUndefined();
    // A role asked of the present too ("who now drives a delivery van").
    expect(questionShape("What job does Gareth Moultrie do now?")).toMatchObject({ answerType: "role", asksNow: true });
  });

  it("reads the kind of place a which-question names", () => {
    expect(questionShape("Which country is the Hamas founder living in now?")).toMatchObject({ answerType: "place", placeKind: "country" });
    expect(questionShape("Where is the founder living now?").placeKind).toBeUndefined();
  });

  it("wants a name the question does not already give for a who question", () => {
    expect(satisfies(traits, "name", new Set([termKey("hamas")]))).toBe(true);
    expect(satisfies(traits, "name", new Set(["hamas", "moscow", "thursday"].map(termKey)))).toBe(false);
  });
});

describe("fractions", () => {
  it("alone give no count, beside a number or a count word they do not hide it", () => {
    expect(givesOnlyFractions("Members were almost a third less likely to be admitted.")).toBe(true);
    expect(givesOnlyFractions("Half of the 40 members left.")).toBe(false);
    expect(givesOnlyFractions("Hamas sent its third delegation, and a quarter of its leaders.")).toBe(false);
  });

  it("past a fifth, are shares only of something: \"a tenth of the costs\", not \"a tenth title\"", () => {
    expect(givesFraction("The grant covers a tenth of the construction costs.")).toBe(true);
    expect(givesFraction("Rovers won a tenth title on Saturday.")).toBe(false);
  });

  it("are not ordinals before their noun: \"a third person\" counts", () => {
    expect(givesOnlyFractions("A third person was arrested on Friday.")).toBe(false);
    // Before no noun it is a share, whatever the tagger calls it ("a fifth/ADJ since").
    expect(givesOnlyFractions("He said his takings had fallen by about a fifth since the bridge shut.")).toBe(true);
    expect(givesOnlyFractions("Hamas sent a third delegation to Moscow.")).toBe(false);
    expect(givesOnlyFractions("A third said they would leave, and sales fell by a quarter.")).toBe(true);
  });
});

describe("sums", () => {
  it("are amounts of money in signs or words, percentages and changes by a fraction", () => {
    const sum = (sentence: string) => answerTraitsOf(sentence, termKey).sum;
    expect(["It cost £4.2m.", "a fee of 1.8 million euros", "about 9p a day", "around 45 marks", "wages rose 5.2%", "Takings fell by about a fifth.", "Costs rose by a quarter since 2020."].every(sum)).toBe(true);
    expect(["The talks began at 5 p.m.", "It opened in 2019.", "More than 6,000 residents left.", "Hamas sent a third delegation.", "About a fifth of the tortoises died."].some(sum)).toBe(false);
  });

  it("price the subject of 'cost' or of 'be' in a how-much question, not the one who pays", () => {
    expect(questionShape("How much does a one-way ticket from Brannock to Castellmar cost?").pricedWord).toBe("ticket");
    expect(questionShape("How much did the scanning cost?").pricedWord).toBe("scanning");
    expect(questionShape("How much is a nurse at Riverside General paid per year?").pricedWord).toBe("nurse");
    expect(questionShape("how much is the ring worth").pricedWord).toBe("ring");
    // A modifier joined by a hyphen is no head, whatever the tagger reads its second word as.
    expect(questionShape("What would a similar factory-built boat cost?").pricedWord).toBe("boat");
    expect(questionShape("How much is a hand-painted teapot worth?").pricedWord).toBe("teapot");
    expect(questionShape("how much did the shop owner pay to get rid of cardboard").pricedWord).toBeUndefined();
    // After a possessive, the thing owned is priced, not its owner, though the tagger reads "watch" as a verb.
    expect(questionShape("How much did the man's watch cost?").pricedWord).toBe("watch");
    expect(questionShape("How much did the club's new minibus cost?").pricedWord).toBe("minibus");
    // Costs that rise are no thing priced: "costs" is a noun, the verb "cost" bare after the auxiliary.
    expect(questionShape("How much did the firm's power costs go up by?").pricedWord).toBeUndefined();
  });

  it("price the one a passive with 'get' pays, and a name when the subject has no common noun", () => {
    expect(questionShape("How much does a teacher in Calder County get paid?").pricedWord).toBe("teacher");
    expect(questionShape("How much is Lena Sorvik being paid?").pricedWord).toBe("sorvik");
    expect(questionShape("How much did the club get to keep?").pricedWord).toBeUndefined();
  });

  it("are what a how-much question asks someone got, not how a thing got", () => {
    expect(questionShape("how much did Elena Ruiz get as runner-up").wantsSum).toBe(true);
    expect(questionShape("How much is Helen Pellow personally getting from the sale?").wantsSum).toBe(true);
    expect(questionShape("How much cheaper will a home loan get?").wantsSum).toBeUndefined();
    // The price of doing something: "how much was it to enter?".
    expect(questionShape("how much was it to enter").wantsSum).toBe(true);
    expect(questionShape("How much is it to park at the station?").wantsSum).toBe(true);
    expect(questionShape("how much is there to do").wantsSum).toBeUndefined();
    expect(questionShape("how much did the shop owner pay to get rid of cardboard").wantsSum).toBeUndefined();
  });

  it("are what a how-much question ending on a passive's 'for' asks", () => {
    expect(questionShape("How much is the still life insured for?").wantsSum).toBe(true);
    expect(questionShape("how much was the villa sold for").wantsSum).toBe(true);
    expect(questionShape("How much of the coral was bleached?").wantsSum).toBeUndefined();
  });

  it("since a time tell when what has gone on since began, but not the last time before", () => {
    expect(verbGoingOnSince("The Russian Foreign Ministry has been meeting with Hamas delegations since 2006, when…")).toBe("meet");
    expect(verbGoingOnSince("They have farmed the west field since 1979.")).toBe("farm");
    // A rank, a negation or a comparison tells the last time before.
    expect(verbGoingOnSince("It was the first walkout at Granite Saddle since 1986.")).toBeUndefined();
    expect(verbGoingOnSince("It has been the wettest summer since 1912.")).toBeUndefined();
    expect(verbGoingOnSince("The company has not agreed a pay deal without a strike since 2011.")).toBeUndefined();
    expect(verbGoingOnSince("The mill has produced more flour this year than in any year since 1950.")).toBeUndefined();
    expect(verbGoingOnSince("Passengers have faced the worst disruption since 1986.")).toBeUndefined();
    expect(verbGoingOnSince("Since they were late, they have missed the 2006 final.")).toBeUndefined();
  });

  it("of money are told apart from percentages", () => {
    const money = (sentence: string) => answerTraitsOf(sentence, termKey).money;
    expect(["It cost £4.2m.", "a fee of 1.8 million euros", "about 9p a day"].every(money)).toBe(true);
    // Currencies English news writes in words: "crowns" for kronor and koruny, "shillings", "naira".
    expect(["must spend 140 million crowns", "a fine of 20,000 shillings", "5 billion naira"].every(money)).toBe(true);
    // And the money of older times that histories tell: "livres", "ducats", "guilders".
    expect(["it had lost 20,000,000 livres in its operations", "a ransom of 3,000 ducats", "sold for 900 guilders"].every(money)).toBe(true);
    // Their other spellings and plurals too: "talers", "scudi".
    expect(["a retraining programme worth 4.5 million talers", "a dowry of 2,000 scudi"].every(money)).toBe(true);
    // A currency no list knows, where only money is told: a loss, a debt, a worth.
    expect(["reported a loss of 14.2 million dalers", "owed creditors about 38 million dalers", "a fine of 500 kelvars", "was fined 60,000 marels", "would cost at least 90 million rels"].every(money)).toBe(true);
    expect(["The detour will cost 20 minutes a day.", "a loss of 300 jobs", "a goal worth 3 points"].some(money)).toBe(false);
    // A house number before a street named after a coin is an address.
    expect(["The head office, at 12 Groschen Street, will move.", "They met at 3 Pound Lane."].some(money)).toBe(false);
    // "guineas" are as often guinea pigs or a race: no currency.
    expect(["The school bought 20 guinea pigs.", "Silver Comet won the 2,000 Guineas last spring."].some(money)).toBe(false);
    // An older price written without its leading zero.
    expect(["gasoline will cost from $.80 to $.90 for a gallon"].every(money)).toBe(true);
    // A sum in words: "bought him for two shillings".
    expect(["bought him for two shillings", "paid twenty pounds for it"].every(money)).toBe(true);
    // A country's word between the figure and a currency many countries name so.
    expect(["It cost about 1.9 million Kelvar dollars.", "a fare of 300 Hong Kong dollars", "paid 50 Swiss francs"].every(money)).toBe(true);
    expect(["a grant of 18 million Norwegian kroner", "a fine of 1,800 CFA francs", "It cost about 1.9 million kelvar dollars.", "2 billion taxpayer dollars"].every(money)).toBe(true);
    expect(["wages rose 5.2%", "47 percent of the children", "the Triple Crown", "40 of the pounds in the shelter", "won 3 gold crowns at the awards", "carried 40 extra pounds"].some(money)).toBe(false);
    // A year or a count before a word and a currency's name is no sum, nor is a title won.
    expect(["A 1921 silver dollar hangs in the boardroom.", "By 2030 most dollars will be digital.", "She has 3 NBA crowns.", "their 2019 WTA crown"].some(money)).toBe(false);
  });

  it("are wanted by how-much questions only", () => {
    expect(questionShape("How much did the villa cost?").asksHowMuch).toBe(true);
    expect(questionShape("How many villas were sold?").asksHowMuch).toBe(false);
  });
});

describe("measuring questions", () => {
  it("need a measurement in their unit only where answers always come in it", () => {
    expect(questionShape("How old is the skipper?").needsAnswerType).toBe(true);
    expect(questionShape("how deep was the wreck").needsAnswerType).toBe(true);
    // "How big" may be answered by a sum of money.
    expect(questionShape("How long will the works last?").needsAnswerType).toBe(true);
    expect(questionShape("How big was the grant?").needsAnswerType).toBe(false);
    // A count is a number, in digits or words ("four", "dozens").
    expect(questionShape("How many hostages were released?").needsAnswerType).toBe(true);
    expect(questionShape("How much did the repairs cost?").needsAnswerType).toBe(false);
    expect(answerTraitsOf("No one was hurt in the fire.", termKey).quantity).toBe(true);
  });

  it("reads a noun naming a measure as asking its value, as its adjective does", () => {
    // As the dictionary links them: "speed" is the attribute "fast" and "slow" are values of.
    const attributes = { adjectiveHeads: () => [], namesAct: () => false, adjectiveOfAdverb: () => undefined, adverbSynonyms: () => [], reportsSpeechOrThought: () => false, addressesPerson: () => false, knows: () => true, namesPersonOrGroup: () => false, attributeValues: (noun: string) => (noun === "speed" ? ["fast", "slow"] : []), namesTime: () => false, isVerb: () => false };
    expect(questionShape("What is the speed of light?", attributes)).toMatchObject({ framingWord: "speed", measure: "fast", needsAnswerType: true, measuredWord: "light", measuresThing: true });
    expect(questionShape("what is the ferry's top speed?", attributes)).toMatchObject({ measure: "fast", measuredWord: "ferry", measuresThing: true });
    expect(questionShape("What is the price of light?", attributes).measure).toBeUndefined();
    expect(questionShape("what is the speed of the city's trams?", attributes)).toMatchObject({ measure: "fast", measuredWord: "trams" });
  });

  it("reads a distance told as a journey's time, not as the time after which something happened", () => {
    expect(answerTraitsOf("Fans had driven about three hours to see the match.", termKey).measures).toContain("far");
    expect(answerTraitsOf("The league never got off the ground, but after two years it forced the clubs to expand.", termKey).measures).not.toContain("far");
    // Nor a school year's name.
    expect(answerTraitsOf("Club leader Rebecca Hanlon, a Year 4 teacher, set up the club.", termKey).measures).not.toContain("far");
  });

  it("reads a measurement written against its unit, and no speed as a length", () => {
    expect(answerTraitsOf("The canvas measures roughly 90cm by 120cm.", termKey).measures).toContain("big");
    expect(answerTraitsOf("The speed limit will be cut from 25km/h to 15km/h.", termKey).measures).not.toContain("long");
  });

  it("read an adjective that is only a shade of a measured one as measuring that", () => {
    // As the dictionary files them: "chilly" leans on "unemotional" and "cold", "senior" heads a sense of its own.
    const heads = { adjectiveHeads: (adjective: string) => ({ chilly: ["unemotional", "cold", "unfriendly"], senior: ["senior", "last", "old"] })[adjective] ?? [], namesAct: () => false, adjectiveOfAdverb: () => undefined, adverbSynonyms: () => [], reportsSpeechOrThought: () => false, addressesPerson: () => false, knows: () => true, namesPersonOrGroup: () => false, attributeValues: () => [], namesTime: () => false, isVerb: () => false };
    expect(questionShape("how chilly was it when the runners set off", heads)).toMatchObject({ framingWord: "chilly", measure: "cold", needsAnswerType: true });
    expect(questionShape("how senior were the leaders who went", heads).measure).toBeUndefined();
    expect(questionShape("how chilly was it").measure).toBeUndefined();
  });

  it("read a 'how' inside a question asking by another word as opening a clause, not a measure asked, unless after 'and'", () => {
    expect(questionShape("Which nations sent delegates to agree a scale for measuring how cold things are?")).toMatchObject({ answerType: "any", chosenWords: ["nations"] });
    expect(questionShape("Which campaign shows how loyal the senator was to the president?").measure).toBeUndefined();
    // A second question after "and", with or without a preposition before its "how".
    expect(questionShape("Who ran the colony after the governor left, and for how long?").measure).toBe("long");
    expect(questionShape("When did the bridge open and how long is it?").measure).toBe("long");
    expect(questionShape("so tell me how long the bridge is").measure).toBe("long");
    // After "about", it is what is asked of someone's words.
    expect(questionShape("What did the engineer say about how long the repairs will take?").measure).toBe("duration");
  });

  it("reads a 'how much' or 'how many' in a clause of a question asking by another word as asking no figure, unless after 'and' or 'about'", () => {
    expect(questionShape("When is the hearing on how much he has to repay?")).toMatchObject({ answerType: "date", asksHowMuch: false });
    expect(questionShape("Which fluids get poured in to gauge how many litres the chamber holds?")).toMatchObject({ answerType: "any", needsAnswerType: false });
    expect(questionShape("When did the bridge open and how much did it cost?")).toMatchObject({ answerType: "quantity", asksHowMuch: true });
    expect(questionShape("What did the mayor say about how many staff will go?")).toMatchObject({ answerType: "quantity", needsAnswerType: true });
  });

  it("reads a what-question closing on a form of 'be' and 'for' as asking a purpose, not what a deed or a word takes 'for' after", () => {
    expect(questionShape("lol so what is the emergency money actually for").answerType).toBe("reason");
    expect(questionShape("yo what did russia say the meeting was for").answerType).toBe("reason");
    expect(questionShape("What's a wicker cradle for?").answerType).toBe("reason");
    expect(questionShape("What was Tomasz Brennan fined for?").answerType).toBe("any");
    expect(questionShape("What did the envoys say they were grateful for?").answerType).toBe("any");
    expect(questionShape("What would a meeting be good for?").answerType).toBe("any");
  });

  it("reads a length away from somewhere as no depth, height or width", () => {
    expect(givesMeasure("The balloon was found in a field more than 140 miles away.", "high")).toBe(false);
    expect(givesMeasure("The balloon reached a height of 33,800 metres.", "high")).toBe(true);
    expect(givesMeasure("The wreck lies 30 metres from the shore.", "deep")).toBe(false);
    expect(givesMeasure("The wreck lies 30 metres down.", "deep")).toBe(true);
    expect(givesMeasure("The drone hovered 100 feet off the ground.", "high")).toBe(true);
  });

  it("read what a measuring question measures: the noun after the adjective and its auxiliary or article", () => {
    expect(questionShape("How long will the new tram line be?").measuredWord).toBe("line");
    expect(questionShape("how old is the market building anyway").measuredWord).toBe("building");
    expect(questionShape("how long a diversion did motorists face").measuredWord).toBe("diversion");
    expect(questionShape("How long does the trip across the estuary take?").measuredWord).toBe("trip");
    expect(questionShape("How long did they wait?").measuredWord).toBeUndefined();
    // A determiner after the noun opens a relative clause without "that", about another noun.
    expect(questionShape("How big is the yearly grant the local authority gives the airfield?").measuredWord).toBe("grant");
    expect(questionShape("how long is the tram line the city is building").measuredWord).toBe("line");
    // After "is", a last word the tagger reads as a verb is the noun the phrase ends with.
    expect(questionShape("How tall is the stone cross?").measuredWord).toBe("cross");
    expect(questionShape("How much did the council pay?").measuredWord).toBeUndefined();
    // A measurement inside the measured thing's phrase: its length, or its age in the year it dates from.
    expect(givesMeasure("14.2-kilometer", "long")).toBe(true);
    expect(givesMeasure("1868", "old")).toBe(true);
    expect(givesMeasure("96-year", "old")).toBe(true);
    expect(givesMeasure("1868", "long")).toBe(false);
    expect(givesMeasure("54-page", "long")).toBe(false);
  });

  it("read the units news writes measurements in: ounces, and metres as 'm' before their dimension", () => {
    expect(givesMeasure("It weighed 12 ounces.", "heavy")).toBe(true);
    expect(givesMeasure("The tower is 12m high.", "high")).toBe(true);
    expect(givesMeasure("She is 1.8m tall.", "tall")).toBe(true);
    // "m" is millions otherwise.
    expect(["a £40m deal", "40m people watched", "a £12m high-speed line"].some((text) => givesMeasure(text, "high") || givesMeasure(text, "long"))).toBe(false);
  });

  it("read no earlier occasions into a time set by what befalls someone or by a thing of theirs", () => {
    // "Before his trip" names the present occasion; "before his death", "before her flight" only a time.
    const asksEarlier = (question: string) => questionShape(question, verbs).asksEarlier === true;
    expect(asksEarlier("Did Marzook hold talks with Bogdanov before his second trip to Moscow?")).toBe(true);
    expect(asksEarlier("did he sell the shop before his death?")).toBe(false);
    expect(asksEarlier("was the suspect arrested before her flight?")).toBe(false);
  });

  it("read \"ever\" by the auxiliary of its own verb, not the question's opening one", () => {
    expect(questionShape("is this the first time she has ever met him?", verbs).asksEarlier).toBe(true);
    expect(questionShape("is it true they will ever reopen the pool?", verbs).asksEarlier).toBeUndefined();
  });

  it("read a question about earlier or repeated occasions, and the sentences telling one", () => {
    const asksEarlier = (question: string) => questionShape(question, verbs).asksEarlier === true;
    expect(asksEarlier("Has Marzook met Bogdanov before this visit?")).toBe(true);
    expect(asksEarlier("has marzook ever met sergey lavrof")).toBe(true);
    expect(asksEarlier("Does Marzook regularly hold talks with Russia's top diplomat?")).toBe(true);
    // "Ever" after a superlative and "before" opening a time measure nothing of the kind.
    expect(asksEarlier("was this the biggest fine ever for this kind of thing")).toBe(false);
    expect(asksEarlier("Who did Marzook meet in Doha before heading to Russia?")).toBe(false);
    // "Before" an occasion of someone's ("before his trip") asks the same as "before this trip".
    expect(asksEarlier("Did Marzook hold talks with Bogdanov before his trip to Moscow?")).toBe(true);
    // "Ever" in a question looking ahead means at any time to come, not on an earlier occasion.
    expect(asksEarlier("are they ever bringing monday opening back")).toBe(false);
    expect(asksEarlier("will the library ever open on mondays again")).toBe(false);
    const tellsEarlier = (sentence: string) => answerTraitsOf(sentence, termKey).otherOccasions;
    expect(tellsEarlier("Marzook has frequently met with Bogdanov.")).toBe(true);
    expect(tellsEarlier("He travelled to Moscow following a previous meeting in Doha.")).toBe(true);
    expect(tellsEarlier("Hamas sent its third delegation to Moscow within the past year.")).toBe(true);
    expect(tellsEarlier("The ministry has been meeting Hamas delegations since 2006.")).toBe(true);
    expect(tellsEarlier("Marzook met Bogdanov in Moscow on Thursday.")).toBe(false);
  });

  it("read a question asking for more than was told, and the sentences adding to what was told", () => {
    const asksForMore = (question: string) => questionShape(question).asksForMore === true;
    expect(asksForMore("What else has the union asked the company to do?")).toBe(true);
    expect(asksForMore("Which other cities have banned scooters?")).toBe(true);
    expect(asksForMore("Besides fewer admissions, what benefits did they notice?")).toBe(true);
    expect(asksForMore("Apart from hostages, what was on the agenda?")).toBe(true);
    // "Other" naming a kind of its own ("other foreigners") asks for nothing more.
    expect(asksForMore("Did they talk about getting other foreigners out?")).toBe(false);
    expect(asksForMore("What has the union asked the company to do?")).toBe(false);
    const addsToTold = (sentence: string) => answerTraitsOf(sentence, termKey).addsToTold;
    expect(addsToTold("It has also asked the firm to open its accounts.")).toBe(true);
    expect(addsToTold("Staff will get a raise as well.")).toBe(true);
    expect(addsToTold("The union asked the firm to open its accounts.")).toBe(false);
    expect(["The library will close too, the council said.", "Moreover, the depot will shut.", "In addition, the depot will shut."].map(addsToTold)).toEqual([true, true, true]);
    expect(addsToTold("The council said it was too late to save the library.")).toBe(false);
  });

  it("read a yes-no question whether something happened, and the sentences telling only a supposition", () => {
    const asksWhetherDone = (question: string) => questionShape(question).asksWhetherDone === true;
    expect(asksWhetherDone("Did anybody get hurt because of the glitch?")).toBe(true);
    expect(asksWhetherDone("has the chain lost the case")).toBe(true);
    expect(asksWhetherDone("Will anybody get hurt?")).toBe(false);
    expect(asksWhetherDone("What did the chain lose?")).toBe(false);
    const supposed = (sentence: string) => answerTraitsOf(sentence, termKey).supposed;
    expect(supposed("\u201cIf the numbers tell us this is hurting children, we will change course,\u201d she said.")).toBe(true);
    expect(supposed("\u201cLosing the name would have meant losing the shop.\u201d")).toBe(true);
    // An obligation and a condition after the fact are no supposition of the event.
    expect(supposed("Others said they would have to pay for extra child care.")).toBe(false);
    expect(supposed("The lab said it would have the results by Friday.")).toBe(false);
    expect(supposed("The lab said the results could have been wrong.")).toBe(true);
    expect(supposed("The chain lost the case, and said it would appeal if it could.")).toBe(false);
  });

  it("tells a supposition of a thing done from one of a thing not done", () => {
    expect(supposesDone("\u201cIf you paint the hull in April, the varnish never sets,\u201d he said.")).toBe(true);
    expect(supposesDone("If the keeper does not recover by Friday, the club will sign a loan player.")).toBe(false);
    expect(supposesDone("Unless the hall finds a new tenant, it will stay shut.")).toBe(false);
  });

  it("read temperatures in degrees, in a scale's letter or below zero", () => {
    const cold = (sentence: string) => satisfies(answerTraitsOf(sentence, termKey), "quantity", new Set(), "cold");
    expect(cold("Temperatures at the start were just 4C.")).toBe(true);
    expect(cold("Temperatures dropped to minus 11 overnight.")).toBe(true);
    expect(cold("The water reached 31.4 degrees Celsius.")).toBe(true);
    expect(cold("It stayed below freezing all week.")).toBe(true);
    expect(cold("Below freezing temperatures closed the pass.")).toBe(true);
    expect(cold("Sending it out during a cold snap is hard to explain.")).toBe(false);
    expect(cold("She lives in flat 4c.")).toBe(false);
    expect(cold("It climbed to ninety-five degrees by noon.")).toBe(true);
    expect(cold("They are protected against interference to the degree necessary.")).toBe(false);
  });

  it("want a number in the unit of the dimension they ask about", () => {
    const size = answerTraitsOf("The building measures roughly 34 metres by 18 metres.", termKey);
    const years = answerTraitsOf("He has worked in the building for 26 years.", termKey);
    expect(satisfies(size, "quantity", new Set(), "big")).toBe(true);
    expect(satisfies(years, "quantity", new Set(), "big")).toBe(false);
    expect(satisfies(years, "quantity", new Set(), "long")).toBe(true);
    expect(satisfies(answerTraitsOf("Ruiz, 27, had won twice.", termKey), "quantity", new Set(), "old")).toBe(true);
    // A distance travelled, told as the time it takes.
    expect(satisfies(answerTraitsOf("Many fans had driven about three hours to watch.", termKey), "quantity", new Set(), "far")).toBe(true);
    // "How often": a rate ("twice a week") or a word of frequency ("frequently met").
    expect(satisfies(answerTraitsOf("The ferry sails twice a day.", termKey), "quantity", new Set(), "often")).toBe(true);
    expect(satisfies(answerTraitsOf("He has frequently met the minister.", termKey), "quantity", new Set(), "often")).toBe(true);
    expect(satisfies(answerTraitsOf("He met the minister in May.", termKey), "quantity", new Set(), "often")).toBe(false);
    // A rise or a fall: "how far did the shares fall?" is answered by a share.
    const fall = answerTraitsOf("Shares in the company fell 8.6 percent on Monday.", termKey);
    expect(satisfies(fall, "quantity", new Set(), "far")).toBe(true);
    expect(satisfies(answerTraitsOf("Prices rose 12% last year.", termKey), "quantity", new Set(), "high")).toBe(true);
    expect(satisfies(fall, "quantity", new Set(), "tall")).toBe(false);
    // A multiplier may stand between the number and its unit.
    const distance = answerTraitsOf("The probe is now about 610 million kilometres from Earth.", termKey);
    expect(satisfies(distance, "quantity", new Set(), "far")).toBe(true);
    expect(satisfies(answerTraitsOf("The rocks formed two billion years ago.", termKey), "quantity", new Set(), "long")).toBe(true);
    // A percentage in words is a share; a span may be told as what is still to come.
    const measures = (sentence: string, measure: string) => satisfies(answerTraitsOf(sentence, termKey), "quantity", new Set(), measure);
    expect(measures("The firm held about twenty-five per cent of the patents.", "share")).toBe(true);
    expect(measures("The firm held about twenty-five of the patents.", "share")).toBe(false);
    expect(measures("Replacing the cores would take two more years.", "duration")).toBe(true);
    expect(measures("Replacing the cores would take three seasons.", "duration")).toBe(true);
    expect(measures("It could take three or four summers before the tower is full.", "duration")).toBe(true);
    expect(measures("The crew stayed two nights at the hut.", "duration")).toBe(true);
    expect(measures("Replacing the cores would take two more teams.", "duration")).toBe(false);
    // An age tells nothing of how long a thing takes.
    expect(measures("Repairs to a 170-year-old stone bridge have been put back until autumn.", "duration")).toBe(false);
    expect(measures("Crews rebuilt the 90-year-old pier.", "quickly")).toBe(false);
    expect(measures("Crews rebuilt the pier in 90 days.", "quickly")).toBe(true);
  });

  it("read 'what colour' as asking for a colour word, not a thing of that name", () => {
    expect(questionShape("What colour will the new trams be painted?")).toMatchObject({ framingWord: "colour", measure: "colour", needsAnswerType: true });
    const coloured = (sentence: string) => satisfies(answerTraitsOf(sentence, termKey), "any", new Set(), "colour");
    expect(coloured("The trams will be painted dark green.")).toBe(true);
    expect(coloured("The bronze moss beetle was last recorded in 1943.")).toBe(false);
  });

  it("read a game's score or a vote's count as asking for a tally", () => {
    expect(questionShape("What was the final score?")).toMatchObject({ framingWord: "score", measure: "tally", needsAnswerType: true });
    expect(questionShape("what was the result of the council vote")).toMatchObject({ framingWord: "result", measure: "tally" });
    expect(questionShape("What was the vote count?")).toMatchObject({ framingWord: "count", measure: "tally" });
    expect(questionShape("Who scored the winning goal?").measure).toBeUndefined();
    expect(questionShape("Who discovered the score of the lost opera?")).toMatchObject({ answerType: "name" });
    expect(questionShape("How much of the score was ruined by damp?").measure).toBeUndefined();
    expect(questionShape("What was the result of the study?").measure).toBeUndefined();
    // The score a deed puts something into or takes it from is no tally asked: music has a score too.
    expect(questionShape("What did the conductor inject into the score?").measure).toBeUndefined();
    expect(questionShape("What was cut from the score?").measure).toBeUndefined();
    expect(questionShape("What changed in the score after half time?")).toMatchObject({ measure: "tally" });
    expect(questionShape("What was the state of the score at the break?")).toMatchObject({ measure: "tally" });
    const tallied = (sentence: string) => satisfies(answerTraitsOf(sentence, termKey), "quantity", new Set(), "tally");
    expect(tallied("She won 4-6, 7-6, 6-3 in three hours.")).toBe(true);
    expect(tallied("Councillors approved the plan by 29 votes to 16.")).toBe(true);
    expect(tallied("The measure passed by nine votes to seven.")).toBe(true);
    expect(tallied("Ashworth beat Craig Dunleavy by seven legs to five in the final.")).toBe(true);
    expect(tallied("Grooming had taken two hours to three each morning.")).toBe(false);
    expect(tallied("Councillors approved the plan late on Monday.")).toBe(false);
    expect(tallied("The season ran from 2019-2020.")).toBe(false);
  });

  it("read the deed whose time 'how long… take to…' asks", () => {
    const isVerb = (word: string) => !["leeds"].includes(word);
    expect(deedTakingTime("how long will it take to demolish the cooling towers?", isVerb)).toBe("demolish");
    expect(deedTakingTime("how long did it take the crews to clear the line?", isVerb)).toBe("clear");
    // No deed: a place after "to", a verb telling only where the deed stands, a light verb, a length.
    expect(deedTakingTime("how long does it take to leeds?", isVerb)).toBeUndefined();
    expect(deedTakingTime("how long did the survey take to finish?", isVerb)).toBeUndefined();
    expect(deedTakingTime("how long does it take to get there?", isVerb)).toBeUndefined();
    expect(deedTakingTime("how long is the road to the coast?", isVerb)).toBeUndefined();
  });

  it("read 'how much longer' or 'how much deeper' as asking for a difference in that dimension", () => {
    expect(questionShape("How much longer does the coach trip take?")).toMatchObject({ answerType: "quantity", framingWord: "longer", measure: "long more", asksHowMuch: false });
    expect(questionShape("how much deeper is the new channel")).toMatchObject({ framingWord: "deeper", measure: "deep" });
    expect(satisfies(answerTraitsOf("The detour added nearly two hours to the journey.", termKey), "quantity", new Set(), "long more")).toBe(true);
    // A difference is an amount: the span's end says nothing of how much longer.
    expect(satisfies(answerTraitsOf("The line is shut until spring.", termKey), "quantity", new Set(), "long more")).toBe(false);
  });

  it("reads 'how much does it weigh' as asking how heavy, which no sum of money answers", () => {
    expect(questionShape("How much does the meteorite found near Tullivar weigh?")).toMatchObject({ answerType: "quantity", measure: "heavy", asksHowMuch: false });
    expect(questionShape("how much did the cubs weigh at birth")).toMatchObject({ measure: "heavy" });
    expect(questionShape("How much does the meteorite cost?").measure).toBeUndefined();
    // A noun of measure after "how much" asks its dimension; time may be a span or a point in time.
    expect(questionShape("How much weight did Haskett lose?")).toMatchObject({ framingWord: "weight", measure: "heavy", asksHowMuch: false, needsAnswerType: true, eventWord: "lose" });
    expect(questionShape("How much time did the volunteers give?").measure).toBeUndefined();
  });

  it("reads the name an age is set beside, and none for an age beside no name", () => {
    expect(ageHoldersOf("Okonedo, a 41-year-old former governor, beat Mayor Gerald Tansley.")).toEqual(["Okonedo"]);
    expect(ageHoldersOf("Coach Tomas Ruiz, 52, said she was the strongest.")).toEqual(["Ruiz"]);
    expect(ageHoldersOf("Geoffrey Marr, aged 71, joined the firm in 1969.")).toEqual(["Marr"]);
    expect(ageHoldersOf("Geoffrey Marr, at 71, is the firm's oldest partner.")).toEqual(["Marr"]);
    expect(ageHoldersOf("A 13-year-old schoolgirl from Kettering won the title.")).toEqual([undefined]);
    // In words, and in months or weeks.
    expect(ageHoldersOf("Farrowby, a seventy-nine-year-old retired engineer, swam the strait.")).toEqual(["Farrowby"]);
    expect(ageHoldersOf("The firm said the van was less than two years old.")).toEqual([undefined]);
    expect(ageHoldersOf("The zoo's six-week-old foal was named on Monday.")).toEqual([undefined]);
    expect(ageHoldersOf("The van was two years in service.")).toEqual([]);
  });

  it("reads the years of each age set beside a name, and none for an age told otherwise", () => {
    expect(namedAgesOf("Okonedo, a 41-year-old former governor, beat Coach Tomas Ruiz, 52, and Geoffrey Marr, aged 71.")).toEqual([
      { holder: "Okonedo", years: 41 },
      { holder: "Ruiz", years: 52 },
      { holder: "Marr", years: 71 },
    ]);
    expect(namedAgesOf("A 13-year-old schoolgirl won the title.")).toEqual([]);
    expect(namedAgesOf("Marr, born in 1952, joined the firm.")).toEqual([]);
    expect(namedAgesOf("Marr, at 71, is the oldest partner.")).toEqual([{ holder: "Marr", years: 71 }]);
    expect(namedAgesOf("Agnes Cadwallon, who is 88 and the last of the family, wept.")).toEqual([{ holder: "Cadwallon", years: 88 }]);
  });

  it("reads an age told in a clause of its own after a name, or by the verb after it, and not a figure the clause goes on to measure", () => {
    expect(givesMeasure("Agnes Cadwallon, who is 88 and the last of the family, wept.", "old")).toBe(true);
    expect(givesMeasure("The keeper was Tom Reyes, who turned 60.", "old")).toBe(true);
    // Or by the verb right after a name set off by commas.
    expect(givesMeasure("The oldest, Sergeant Thomas Rudd, was 44 and had served in the Boer War.", "old")).toBe(true);
    expect(namedAgesOf("The oldest, Sergeant Thomas Rudd, was 44 and had served in the Boer War.")).toEqual([{ holder: "Rudd", years: 44 }]);
    expect(givesMeasure("The leader, Tom Reyes, was 12 points behind.", "old")).toBe(false);
    // Or set off by "now", before or after the age.
    expect(namedAgesOf("\"I cried,\" said Maisie, now 16 and a member of the youth council.")).toEqual([{ holder: "Maisie", years: 16 }]);
    expect(namedAgesOf("The League of Women Voters, 40 now and admitting it proudly, met on Monday.")).toEqual([{ holder: "Voters", years: 40 }]);
    expect(givesMeasure("The stand at Holm Park, at 61 and 5,000 feet up, is the highest.", "old")).toBe(false);
    expect(givesMeasure("Tom Reyes, who was 12 points behind, won the vote.", "old")).toBe(false);
    expect(givesMeasure("Tom Reyes, who is 5.5 metres from the pole, waved.", "old")).toBe(false);
    expect(givesMeasure("Rachel Ostrander, who was 3,000 feet above the firth, radioed.", "old")).toBe(false);
  });

  it("reads the ages of many told as a range", () => {
    expect(givesMeasure("The study comprised 16 male patients, ranging in age from 27 to 72.", "old")).toBe(true);
    expect(givesMeasure("Children aged between 5 and 11 may enter.", "old")).toBe(true);
    expect(givesMeasure("The ages of the victims were not given.", "old")).toBe(false);
    expect(givesMeasure("Pike, who was 5 and 4 up at the turn, won.", "old")).toBe(false);
  });

  it("reads a birth as an age only with its year ('born in Leeds in 1952', not 'born in Leeds'), and 'at 71' only after a name", () => {
    expect(givesMeasure("Marr was born in Leeds in 1952.", "old")).toBe(true);
    expect(givesMeasure("Marr was born in Leeds.", "old")).toBe(false);
    expect(givesMeasure("Born in Leeds, Marr joined the firm in 1998.", "old")).toBe(false);
    expect(givesMeasure("Geoffrey Marr, at 71, is the oldest partner.", "old")).toBe(true);
    expect(givesMeasure("The hospital's satisfaction score, at 61, was the lowest in the county.", "old")).toBe(false);
    expect(givesMeasure("The crowd at Wembley, at 12,500, was the smallest in years.", "old")).toBe(false);
  });

  it("reads no name in a day, a month or a place an age follows ('died on Sunday, aged 87')", () => {
    expect(ageHoldersOf("Tansley died at his home on Sunday, aged 87.")).toEqual([undefined]);
    expect(ageHoldersOf("Ellison retired in June, aged 64, after twenty seasons.")).toEqual([undefined]);
    expect(ageHoldersOf("She moved to Leeds, a 20-year-old with one suitcase.")).toEqual([undefined]);
  });

  it("read 'what share / proportion of' as asking for a percentage or a fraction", () => {
    expect(questionShape("What share of home loans have a floating rate?")).toMatchObject({ answerType: "quantity", framingWord: "share", measure: "share" });
    expect(questionShape("What proportion of the casualties had been drinking?").framingWord).toBe("proportion");
    // Only a share answers it: a sentence without one is refused, as "how old" is without an age.
    expect(questionShape("what % of the vote did the party get").measure).toBe("share");
    expect(questionShape("What share of home loans have a floating rate?").needsAnswerType).toBe(true);
    for (const sentence of ["About 38% of mortgages are variable.", "About a third of cases involved alcohol.", "One in five riders was under 25.", "Most of the homes are lets.", "Nine out of the 40 riders were under 25."]) {
      expect(satisfies(answerTraitsOf(sentence, termKey), "quantity", new Set(), "share")).toBe(true);
    }
    expect(satisfies(answerTraitsOf("The loan programme ended in 2019.", termKey), "quantity", new Set(), "share")).toBe(false);
    // "One of the two men" picks one, and "six of the 40 homes" need not be the share asked.
    expect(satisfies(answerTraitsOf("Six of the 40 care homes lost power.", termKey), "quantity", new Set(), "share")).toBe(false);
  });

  it("read a place's number of people asked as a population, which only a population answers", () => {
    expect(questionShape("whats the population of Kirkby")).toMatchObject({ answerType: "quantity", framingWord: "population", measure: "population", needsAnswerType: true });
    expect(questionShape("How many people live on the island?")).toMatchObject({ framingWord: "live", measure: "population" });
    expect(questionShape("how big is the population of Low Harsby").measure).toBe("population");
    // A change in it is no population, nor a share of it.
    expect(questionShape("By how much has the population declined?").measure).not.toBe("population");
    expect(questionShape("What share of the population voted?").measure).toBe("share");
    const population = (sentence: string) => satisfies(answerTraitsOf(sentence, termKey), "quantity", new Set(), "population");
    for (const sentence of ["In Kirkby, a town of 9,000, most families fish.", "Skerrand, which has a population of about 3,800, lies offshore.", "Petrosa, home to roughly 780 people, was evacuated.", "About 2,600 people live inside the zone.", "There is no danger to the 23,000 people who live in the valley below the dam.", "It is the second largest city in Japan, with about four million people.", "Marlbeck has around 1,300 residents, and the parish council meets monthly."]) {
      expect(population(sentence)).toBe(true);
    }
    expect(population("A village of 200 on the north coast, Hamnavoe, is cut off.")).toBe(true);
    for (const sentence of ["More than 600 people were evacuated from the town of Ashby Vale.", "The island of 1,200 square miles is flat.", "It is a town of 20 streets.", "The town flooded, with 600 people evacuated.", "The city bus left with 40 people on board."]) expect(population(sentence)).toBe(false);
    // Nor people with somewhere else in the sentence, living some way, or living near a thing.
    for (const sentence of ["Rescue teams reached the valley late on Sunday with 80 people, most of them volunteers.", "The clinic serves the 300 people who live with diabetes in the district.", "Fumes reached the 2,000 people who live near the depot."]) {
      expect(population(sentence)).toBe(false);
    }
    // Nor others at home there, nor a year.
    for (const sentence of ["The island is home to 12,000 seabirds.", "The river's otter population has doubled since 2010."]) expect(population(sentence)).toBe(false);
    // What a population does or has, and how many live some way, ask no population.
    for (const question of ["What is the main source of income for the island's population?", "What's the population density of Skelda?", "How many people live with asthma on Skelda?"]) {
      expect(questionShape(question).measure).not.toBe("population");
    }
  });

  it("want for 'how long' a span or its end, and its start only when asked in the perfect", () => {
    expect(questionShape("How long is the delegation staying?").measure).toBe("long");
    expect(questionShape("How long has she been mayor?").measure).toBe("long since");
    // The perfect told in another's words, after its subject; "have to" is no perfect.
    expect(questionShape("What did Dr Vell say about how long the forest has been surveyed?").measure).toBe("long since");
    expect(questionShape("How long does the firm have to appeal?").measure).toBe("long");
    // Asked in the chat's word order, the perfect before "how long".
    expect(questionShape("wait so russia's been talking to hamas for how long now").measure).toBe("long since");
    expect(questionShape("the council has worked with residents how long?").measure).toBe("long since");
    // Nor without the perfect's "has", which a chat drops.
    expect(questionShape("lol so russia been talking to hamas for how long now??").measure).toBe("long since");
    expect(questionShape("how long they been running the shop?").measure).toBe("long since");
    expect(questionShape("the delegation is staying for how long?").measure).toBe("long");
    // A perfect of a clause before another verb asks no start: "is how long?" asks a length.
    expect(questionShape("the new wing they've opened is how long?").measure).toBe("long");
    const since = answerTraitsOf("It is their first visit since the attack in May.", termKey);
    expect(satisfies(since, "quantity", new Set(), "long")).toBe(false);
    expect(satisfies(since, "quantity", new Set(), "long since")).toBe(true);
    expect(satisfies(answerTraitsOf("The gallery will stay closed until Monday.", termKey), "quantity", new Set(), "long")).toBe(true);
  });

  it("want for how much time something takes, and for a race's time, an amount of time, not an end or a length", () => {
    expect(questionShape("How long did the final last?").measure).toBe("duration");
    expect(questionShape("How long will the repairs take?").measure).toBe("duration");
    // "Take off" is no taking of time: a runway's length is asked.
    expect(questionShape("How long a runway should the new bombers be able to take off from?").measure).toBe("long");
    // What is still to come lasts until its end: "will run until Friday" answers it too.
    expect(questionShape("How long will the strike last?").measure).toBe("long");
    expect(questionShape("What was Lemaiyan's winning time?").measure).toBe("duration");
    expect(questionShape("What was Dunmore Harriers' winning time?").measure).toBe("duration");
    // A clock time, or the time of something, is no race's time.
    expect(questionShape("what time did they send the mayday?").measure).toBe("time");
    expect(questionShape("What is the time in Tokyo?").measure).toBeUndefined();
    const takes = (sentence: string) => satisfies(answerTraitsOf(sentence, termKey), "quantity", new Set(), "duration");
    // Two hours on the clock bound a span, in figures or in words.
    expect(takes("A guided tour lasts from two until five in the afternoon.")).toBe(true);
    expect(takes("The sale ran from 10am to 2pm.")).toBe(true);
    expect(takes("She walked from two until five people had joined her.")).toBe(false);
    expect(takes("She needed three hours and 12 minutes to win.")).toBe(true);
    expect(takes("The women's race was won in 2:21:37.")).toBe(true);
    expect(takes("Repairs have been put back until autumn.")).toBe(false);
    expect(takes("The fans had driven 1,300 kilometres.")).toBe(false);
  });

  it("read a span's end only as a time, and an age as no span", () => {
    const lasts = (sentence: string) => satisfies(answerTraitsOf(sentence, termKey), "quantity", new Set(), "long");
    expect(lasts("Fares will be frozen until at least April 2026.")).toBe(true);
    expect(lasts("The bridge stays shut until the end of the year.")).toBe(true);
    expect(lasts("Repairs were put back until autumn.")).toBe(true);
    expect(lasts("The bridge is closed until May.")).toBe(true);
    // An hour on the clock ends a span too, in figures or in words.
    expect(lasts("The siesta lasts from two until five in the afternoon.")).toBe(true);
    expect(lasts("The café stays open until 5.30pm.")).toBe(true);
    expect(lasts("She waited until five people had arrived.")).toBe(false);
    // "Until" opening a clause tells when something else happened, not how long.
    expect(lasts("She had not realised what happened until she saw him limping.")).toBe(false);
    expect(lasts("Riders will be charged until they leave the zone.")).toBe(false);
    // "A 170-year-old bridge" says how old it is.
    expect(lasts("Repairs to a 170-year-old bridge were delayed.")).toBe(false);
    expect(lasts("The work will take around 14 weeks.")).toBe(true);
  });

  it("read a time counted from an event ('after 12 months') as when, not as a span", () => {
    const lasts = (sentence: string) => satisfies(answerTraitsOf(sentence, termKey), "quantity", new Set(), "long");
    expect(lasts("The council will review the policy after 12 months.")).toBe(false);
    expect(lasts("The council reviewed the policy after about two years.")).toBe(false);
    expect(lasts("The debate lasted more than four hours.")).toBe(true);
    expect(lasts("They talked for 12 months after the vote.")).toBe(true);
  });
});

describe("when questions", () => {
  it("are answered by a point in time, not by a word that measures time", () => {
    for (const sentence of [
      "Sentencing is set for 19 September.", "The strike began on Sept. 3.", "She resigned last month.", "It struck the sands at about 6.40pm.", "The baths were built around AD 120.",
      // Holidays and times of day a preposition places, and clock times in words.
      "The fire broke out on Christmas Eve.", "Crews worked overnight.", "He was sent off at half-time.", "She retires at the end of the season.", "The first ferry leaves at twenty to seven.",
      // A period placed by a word with a word that says which kind ("the next academic year").
      "The college will close its music school at the end of the next academic year.", "Profits fell in the last financial year.",
    ]) {
      expect(answerTraitsOf(sentence, termKey).date).toBe(true);
    }
    for (const sentence of ["Strikers got $400 a week.", "The pilot cost £1.86 million in its first year.", "He signed a three-year contract.", "She won in 2:21:37.", "The comet is designated C/2025 E2.", "The overnight train will be diverted.", "In winter the ferry runs less often.",
      // "that" or "past" before an article opens no period: "warned that the weekend clinics…".
      "Managers warned that the weekend clinics could not continue.", "Forde said that the year had been hard.", "She walked past the night shelter."]) {
      expect(answerTraitsOf(sentence, termKey).date).toBe(false);
    }
  });

  it("want a clock time or a year when they ask for one", () => {
    expect(questionShape("What time did the ferry hit the sandbank?")).toMatchObject({ answerType: "date", framingWord: "time", needsAnswerType: true });
    expect(questionShape("What hours will the pool be shut?")).toMatchObject({ answerType: "date", measure: "time", needsAnswerType: true });
    expect(questionShape("In which years did Dorokhov win the open?")).toMatchObject({ answerType: "date", measure: "year" });
    const evening = answerTraitsOf("The ferry ran aground on Saturday evening.", termKey);
    expect(satisfies(evening, "date", new Set(), "time")).toBe(false);
    expect(satisfies(answerTraitsOf("It struck the sands at 6.40pm.", termKey), "date", new Set(), "time")).toBe(true);
    // A clock time in words, by the part of the day.
    expect(satisfies(answerTraitsOf("We lost the river line at about four in the morning.", termKey), "date", new Set(), "time")).toBe(true);
    expect(satisfies(answerTraitsOf("The helpline will run from eight in the morning until eleven at night.", termKey), "date", new Set(), "time")).toBe(true);
    expect(satisfies(answerTraitsOf("We lost the river line in the morning.", termKey), "date", new Set(), "time")).toBe(false);
    // Without a preposition before it, a figure and the part of the day may count people ("two in the morning shift").
    expect(satisfies(answerTraitsOf("One in the evening crew had already gone home.", termKey), "date", new Set(), "time")).toBe(false);
    expect(satisfies(answerTraitsOf("They have met within the past year.", termKey), "date", new Set(), "year")).toBe(false);
    expect(satisfies(answerTraitsOf("They have met since 2006.", termKey), "date", new Set(), "year")).toBe(true);
    // An era's letters, with or without their stops, make any figure a year.
    expect(satisfies(answerTraitsOf("The books were burned in 213 B.C., on the emperor's orders.", termKey), "date", new Set(), "year")).toBe(true);
    expect(satisfies(answerTraitsOf("The wall was finished in A.D. 122.", termKey), "date", new Set(), "year")).toBe(true);
    expect(satisfies(answerTraitsOf("The books were burned in 213 bundles.", termKey), "date", new Set(), "year")).toBe(false);
  });

  it("ask for a date only when 'when' is the question's own word", () => {
    expect(questionShape("how chilly was it when the runners set off").answerType).toBe("any");
    expect(questionShape("who was the governor when the baths were built").answerType).toBe("name");
    expect(questionShape("Since when has the ministry hosted them?").answerType).toBe("date");
    // After a yes-no question's verb or another question word, "who", "when" and "where" open a clause.
    expect(questionShape("Can owners sell their permits when they move?").answerType).toBe("any");
    expect(questionShape("Why are retirees who live off their savings unhappy?").answerType).toBe("reason");
    expect(questionShape("Did the official who ran the inquiry want it approved?").answerType).toBe("any");
    expect(questionShape("Why is the spot where the wreck lies kept secret?").answerType).toBe("reason");
    expect(questionShape("Who was mayor when the mill closed?").answerType).toBe("name");
    // "When will the cubs get their names?" asks when, not what they are called.
    expect(questionShape("when will the cubs get their names").answerType).toBe("date");
  });
});

describe("events asked about and aims told", () => {
  it("reads the verb of a question about what happened", () => {
    expect(questionShape("Were any hostages freed after the talks?").eventWord).toBe("freed");
    expect(questionShape("how much did the barrister get paid").eventWord).toBe("paid");
    expect(questionShape("Has the government agreed to pay for the homes?").eventWord).toBe("agreed");
    // A clause after the question's own tells what has happened: it is no event asked.
    expect(questionShape("Where are callers being sent now that the rescue has closed its doors?").eventWord).toBeUndefined();
    expect(questionShape("How many people were hurt after the bridge had collapsed?").eventWord).toBe("hurt");
    // An infinitive's clause is the aim of the verb before it, not the event asked.
    expect(questionShape("Where did the envoy say he wanted to meet the rebels to get the hostages freed?").eventWord).toBe("wanted");
    // A passive's participle, past the auxiliaries after the first.
    expect(questionShape("Has the captain been suspended?")).toMatchObject({ eventWord: "suspended", asksPassiveEvent: true });
    // A noun after "the" and a participle describing it is no verb, however the tagger reads it.
    expect(questionShape("How many onlookers were in the room for the deciding match?").eventWord).toBeUndefined();
    expect(questionShape("Were any of the Russian hostages released after the talks?").eventWord).toBe("released");
    // A participle between "the" and its noun describes it: "how many pages did the leaked paper have?" asks no leak.
    expect(questionShape("How many pages did the leaked paper have?").eventWord).toBeUndefined();
    expect(questionShape("How many people did the stolen car hit?").eventWord).toBe("hit");
    // "each" may stand alone: "did each receive payments?" asks whether each received them.
    expect(questionShape("Did each receive payments?").eventWord).toBe("receive");
    // A clause of time or cause after the verb tells another event, however the tagger reads its opening word.
    expect(questionShape("How many people were hurt after the bridge collapsed?").eventWord).toBe("hurt");
    expect(questionShape("How many people were at the base when the fire broke out?").eventWord).toBeUndefined();
    // Nor is a word that alone makes the phrase "the" opens ("the blazes").
    expect(questionShape("Was anybody hurt in the blazes?")).toMatchObject({ eventWord: "hurt", asksPassiveEvent: false });
    expect(tagged("What did each receive?").partsOfSpeech[3]).toBe("VERB");
    expect(questionShape("Did the meeting lead to the release of the weavers?").eventWord).toBe("lead");
    expect(questionShape("Were any people arrested for looting?").asksPassiveEvent).toBe(true);
    expect(questionShape("Has the government agreed to pay for the homes?").asksPassiveEvent).toBe(false);
    // "like" is no participle, and a how-many question asks the count, not whether it happened.
    expect(questionShape("was it like record rain").asksPassiveEvent).not.toBe(true);
    expect(questionShape("How many people were arrested?").asksPassiveEvent).not.toBe(true);
    // "Got" makes a passive of a counted noun's participle, as "were" does.
    expect(questionShape("how many hostages got freed").eventWord).toBe("freed");
    expect(questionShape("how many people got a ticket").eventWord).toBeUndefined();
    // "why" asks for the aim; a present question asks about no past event.
    expect(questionShape("Why did the union meet the owners?").eventWord).toBeUndefined();
    expect(questionShape("Are the hostages free?").eventWord).toBeUndefined();
    // "What did the survey find?" takes the finding as told and asks what it was.
    expect(questionShape("What did the household survey find?").eventWord).toBeUndefined();
    expect(questionShape("Who did the delegation meet in Moscow?").eventWord).toBeUndefined();
  });

  it("tells a question asking who someone named is from one asking who did something", () => {
    expect(questionShape("Who is Mikhail Bogdanov?").asksWhoOneIs).toBe(true);
    expect(questionShape("lol who even is marzook").asksWhoOneIs).toBe(true);
    // The order of a question told inside another: "explain who marzook even is".
    expect(questionShape("explain who marzook even is").asksWhoOneIs).toBe(true);
    expect(questionShape("who the new chair is").asksWhoOneIs).toBeUndefined();
    expect(questionShape("What is Kani's job?").asksWhoOneIs).toBe(true);
    expect(questionShape("who is in charge of the harbour?").asksWhoOneIs).toBeUndefined();
    expect(questionShape("who is leading the inquiry?").asksWhoOneIs).toBeUndefined();
    expect(questionShape("Who is the new chair?").asksWhoOneIs).toBeUndefined();
  });

  it("reads what was meant or due to happen as the infinitive's event, told as intended", () => {
    expect(questionShape("How many people was the new mill meant to employ?")).toMatchObject({ eventWord: "employ", eventIntended: true });
    expect(questionShape("Were the pickers supposed to be paid in May?")).toMatchObject({ eventWord: "paid", eventIntended: true });
    expect(questionShape("Was the ferry going to sail on Sunday?").eventWord).toBe("sail");
    // A verb of wanting or agreeing is the event itself.
    expect(questionShape("Did the union want to bargain with the owners?")).toMatchObject({ eventWord: "want" });
    expect(questionShape("Did the union want to bargain with the owners?").eventIntended).toBeUndefined();
  });

  it("reads what a yes-no question's event is about: the infinitive its verb takes or the head of its object", () => {
    expect(questionShape("Did the owners agree to free the weavers?").eventComplement).toBe("free");
    expect(questionShape("Has the council approved the emergency budget yet?").eventComplement).toBe("budget");
    expect(questionShape("Did the talks lead to the release of the weavers?").eventComplement).toBe("release");
    // A passive's participle has no object, and a where- or how-much question takes its event as told.
    expect(questionShape("Were the weavers freed after the talks?").eventComplement).toBeUndefined();
    expect(questionShape("Where did the union want to bargain with the owners?").eventComplement).toBeUndefined();
    expect(questionShape("How much did the shop pay to get rid of its cardboard?").eventComplement).toBeUndefined();
  });

  it("finds who a what-did-they-say question asks about", () => {
    const shape = questionShape("What did Sergei Lavrov say to the delegation?");
    expect([shape.speakerWord, shape.reportingVerb]).toEqual(["lavrov", "say"]);
    expect(questionShape("how did the foreign minister react").speakerWord).toBe("minister");
    expect(questionShape("What did the report find?").speakerWord).toBe("report");
    // A past participle after the one asked about belongs to their phrase; the verb comes after it.
    const arrested = questionShape("What did the man arrested on Friday tell police?");
    expect([arrested.speakerWord, arrested.reportingVerb]).toEqual(["man", "tell"]);
    expect(questionShape("What did the report published last week say?").reportingVerb).toBe("say");
    // After "is" the last noun is a noun, unless an -ing form ("planning") makes it a verb.
    expect(questionShape("What is Ilse Varga's title?").speakerWord).toBeUndefined();
    expect(questionShape("What is the Harrow Sheepdog Society planning for October?").speakerWord).toBe("society");
    // A slip of tense is no participle: its last noun is no verb.
    expect(questionShape("What did Ruiz told parliament?").reportingVerb).toBe("told");
    expect(questionShape("What did Berro said about the Front?").reportingVerb).toBe("said");
    expect(questionShape("What was said?").speakerWord).toBeUndefined();
    // The subject of a passive is the one something was done to ("photographed" and "meant" are verbs of communication to WordNet), not a progressive's.
    expect(questionShape("Was Marzook photographed at the foreign ministry?").speakerWord).toBeUndefined();
    expect(questionShape("What were the talks meant to achieve?").speakerWord).toBeUndefined();
    // "Know" tells somebody's knowing somebody, but known for or as something is a reputation.
    const knowing = { adjectiveHeads: () => [], namesAct: () => false, adjectiveOfAdverb: () => undefined, adverbSynonyms: () => [], reportsSpeechOrThought: (lemma: string) => lemma === "know", addressesPerson: (lemma: string) => lemma === "know", knows: () => false, namesPersonOrGroup: () => false, attributeValues: () => [], namesTime: () => false, isVerb: () => false };
    expect(questionShape("wait so what's the Alder Inn known for?", knowing).speakerWord).toBeUndefined();
    expect(questionShape("What was the old mill known as?", knowing).speakerWord).toBeUndefined();
    expect(questionShape("What was the old miller known to say?", knowing).speakerWord).toBe("miller");
    // What a thing is made of or from is its material, not what anyone made of it.
    const making = { ...knowing, reportsSpeechOrThought: (lemma: string) => lemma === "make", addressesPerson: (lemma: string) => lemma === "make" };
    expect(questionShape("what are the new sails made of", making).speakerWord).toBeUndefined();
    expect(questionShape("What were the benches made from?", making).speakerWord).toBeUndefined();
    // "As" opening a clause tells when: who was told something is still asked.
    const telling = { ...knowing, reportsSpeechOrThought: (lemma: string) => lemma === "tell", addressesPerson: (lemma: string) => lemma === "tell" };
    expect(questionShape("What were residents told as the water rose?", telling).speakerWord).toBe("residents");
    expect(questionShape("What is Putin saying about the talks?").speakerWord).toBe("putin");
    // An adverb between the one asked about and the verb.
    expect(questionShape("wait so what did putin even say about all this").speakerWord).toBe("putin");
  });

  it("finds who a what-was-their-response question asks about, with the verb its noun tells", () => {
    const lavrov = questionShape("What was Sergei Lavrov's response to the Hamas delegation's visit?");
    expect([lavrov.speakerWord, lavrov.reportingVerb]).toEqual(["lavrov", "respond"]);
    expect(questionShape("what is the mayor's reply to the closure").reportingVerb).toBe("reply");
    expect(questionShape("What was the residents' complaint about the noise?").speakerWord).toBe("residents");
    // Not a noun of anything else ("title"), nor a response no one's possessive gives.
    expect(questionShape("What is Ilse Varga's title?").speakerWord).toBeUndefined();
    expect(questionShape("What was the response to the closure?").speakerWord).toBeUndefined();
  });

  it("finds who a question asked indirectly asks about, once a chat's frame has gone, but not in a count", () => {
    const reacting = { adjectiveHeads: () => [], namesAct: () => false, adjectiveOfAdverb: () => undefined, adverbSynonyms: () => [], reportsSpeechOrThought: (lemma: string) => ["react", "ask"].includes(lemma), addressesPerson: () => false, knows: () => false, namesPersonOrGroup: () => false, attributeValues: () => [], namesTime: () => false, isVerb: () => false };
    const shape = questionShape("how the conservation lady reacted when she saw the face", reacting);
    expect([shape.speakerWord, shape.occasionClause]).toEqual(["lady", true]);
    expect(questionShape("How many store owners asked to be paid?", reacting).speakerWord).toBeUndefined();
  });

  it("reads the source an attribution names as the one asked what they said", () => {
    const shape = questionShape("According to Bogdanov, what could a meeting help with?");
    expect([shape.speakerWord, shape.reportingVerb]).toEqual(["bogdanov", "say"]);
    expect(questionShape("What did the firm put ahead of safety, according to the judge?").speakerWord).toBe("judge");
    expect(questionShape("The hostages were freed in accordance with the deal?").speakerWord).toBeUndefined();
    const saying = { adjectiveHeads: () => [], namesAct: () => false, adjectiveOfAdverb: () => undefined, adverbSynonyms: () => [], reportsSpeechOrThought: (lemma: string) => lemma === "tell", addressesPerson: (lemma: string) => lemma === "tell", knows: () => false, namesPersonOrGroup: () => false, attributeValues: () => [], namesTime: () => false, isVerb: () => false };
    expect(questionShape("According to Tass, what did Lavrov tell Marzook?", saying).speakerWord).toBe("lavrov");
    // Who was told something is asked as a speaker is: the sentence tells what was said to them.
    expect(questionShape("What were the relatives told?", saying).speakerWord).toBe("relatives");
    expect(questionShape("According to Reuters, who was arrested on Saturday?").speakerWord).toBeUndefined();
  });

  it("finds who a yes-no question asks whether they said something, and a verb the tagger took for a noun", () => {
    const shape = questionShape("Did the mayor say the bridge would reopen?");
    expect([shape.speakerWord, shape.reportingVerb]).toEqual(["mayor", "say"]);
    // A name typed in lower case: the tagger reads "say" as one more noun of the phrase.
    const typed = questionShape("what did mayor ada young say about taxes");
    expect([typed.speakerWord, typed.reportingVerb]).toEqual(["ada", "say"]);
    expect(questionShape("did any hostages actually get freed after the talks?").speakerWord).toBeUndefined();
  });

  it("reads a lower-case name the tagger took for a verb, and a double name, as the speaker", () => {
    const shape = questionShape("what did the retired nurse agnes borrow say");
    expect([shape.speakerWord, shape.reportingVerb]).toEqual(["borrow", "say"]);
    expect(shape.speakerWords).toEqual(["the", "retired", "nurse", "agnes", "borrow"]);
    expect(questionShape("what did farr-bishop say about the little kids").speakerWord).toBe("bishop");
  });

  it("reads no name in a verb of saying followed by what was said: \"what did the police say happened\"", () => {
    for (const question of ["what did the police say happened?", "what did the witnesses say happened"]) {
      const shape = questionShape(question);
      expect([shape.speakerWord, shape.reportingVerb]).toEqual([question.includes("police") ? "police" : "witnesses", "say"]);
    }
  });

  it("tells to whom, when or where the speaker spoke apart from what they said", () => {
    const telling = { adjectiveHeads: () => [], namesAct: () => false, adjectiveOfAdverb: () => undefined, adverbSynonyms: () => [], reportsSpeechOrThought: () => false, addressesPerson: (verb: string) => verb === "tell", knows: () => false, namesPersonOrGroup: () => false, attributeValues: () => [], namesTime: () => false, isVerb: () => false };
    expect(questionShape("what did prosecutor Kevin Salas tell the court about Tullis", telling).settingWords).toEqual(["the", "court"]);
    expect(questionShape("what did Tullis say to the beekeepers at his sentencing").settingWords).toEqual(["the", "beekeepers", "his", "sentencing"]);
    expect(questionShape("what did Renata Solberg say in her apology video").settingWords).toEqual(["her", "apology", "video"]);
    // What follows "say" here is what was said.
    expect(questionShape("what did Maes say the museum can show visitors").settingWords).toEqual([]);
    expect(questionShape("What did Putin say a land offensive in Gaza could lead to?").settingWords).toEqual([]);
    // Nor is a noun phrase after a verb telling nobody anything, though the tagger reads "costs" as one more noun.
    expect(questionShape("What does Dr Alison Fairweather say the full uniform costs parents on average?").settingWords).toEqual([]);
  });
});

describe("reasons", () => {
  it("reads 'why' and 'how come' as asking for a reason", () => {
    expect(questionShape("Why was the night service rejected?").answerType).toBe("reason");
    expect(questionShape("how come those schools got picked").answerType).toBe("reason");
    expect(questionShape("How did the ferry sink?").answerType).not.toBe("reason");
  });

  it("reads 'how' before an auxiliary as asking for a manner or means, and 'how' before an adjective as not", () => {
    expect(questionShape("How did the ferry sink?").answerType).toBe("manner");
    expect(questionShape("how can owners restore a frozen unit").answerType).toBe("manner");
    expect(questionShape("ngl how did they even catch this guy").answerType).toBe("manner");
    expect(questionShape("How cold was it at the start?").answerType).toBe("quantity");
    expect(questionShape("Will the district check how the schedule is working?").answerType).toBe("any");
  });

  it("reads 'how' before a form of 'be' as asking a manner only when a verb follows, and reads a how-question's chosen nouns", () => {
    expect(questionShape("how is the patient?").answerType).toBe("any");
    expect(questionShape("how was the weather at the final?").answerType).toBe("any");
    expect(questionShape("how was the fire started?").answerType).toBe("manner");
    expect(questionShape("how did the council decide which roads to close?").chosenWords).toEqual(["roads"]);
  });

  it("finds a reason or an aim in a subordinator, a preposition of cause or an infinitive of purpose", () => {
    expect(reasonGiven("Crews decided against it because of a heavy swell.", verbs)).toBe("cause");
    expect(reasonGiven("Traffic has fallen since a new tunnel cut the journey.", verbs)).toBe("cause");
    expect(reasonGiven("A group is heading to Moscow to discuss the captives.", verbs)).toBe("cause");
    expect(reasonGiven("The violin was nicknamed the Lark for its bright tone.", verbs)).toBe("cause");
    // Time, not cause; an infinitive completing its verb; "for" before a plain noun phrase.
    expect(reasonGiven("The airport has been open since 1984.", verbs)).toBe("none");
    expect(reasonGiven("The keepers want to use a technique known as twin swapping.", verbs)).toBe("none");
    expect(reasonGiven("He worked for the council in the city.", verbs)).toBe("none");
  });

  it("reads an infinitive after a verb's object or a noun as completing the verb, as WordNet's frames tell", () => {
    // "urge somebody to…", "order somebody to…", "plan to…": no aim; "exist", "head" take no infinitive.
    expect(reasonGiven("He urged the cabinet to look instead at selling the depot.", verbs)).toBe("none");
    expect(reasonGiven("The judge ordered him to pay the beekeepers.", verbs)).toBe("none");
    expect(reasonGiven("At the zoo, keepers plan to use a technique known as twin swapping.", verbs)).toBe("none");
    expect(reasonGiven("A trademark exists to tell customers who made a product.", verbs)).toBe("cause");
    expect(reasonGiven("Drivers relied on the vehicles to reach tram stops.", verbs)).toBe("cause");
    // "stop to…" takes its infinitive right after the verb only; "use X to…" tells what X is for.
    expect(reasonGiven("He stopped the car to help her.", verbs)).toBe("cause");
    expect(reasonGiven("Police used drones to search the area.", verbs)).toBe("cause");
    expect(reasonGiven("The firm employed guards to watch the site.", verbs)).toBe("cause");
    // Semi-modals and "according to" complete nothing of the sentence's aim.
    expect(reasonGiven("Handlers will not have to qualify again next year.", verbs)).toBe("none");
    expect(reasonGiven("Its bill climbed last year, according to accounts filed at the registry.", verbs)).toBe("none");
  });

  it("reads an infinitive closing a question put as a noun as no aim ('how many stakes to install'), and 'the purpose of' as one", () => {
    expect(aimGiven("A decision on how many stakes to install next year will be made in June.", verbs)).toBe(false);
    expect(aimGiven("She was unsure what to do next.", verbs)).toBe(false);
    expect(aimGiven("The purpose of the survey is to check the dam for cracks.", verbs)).toBe(true);
    expect(aimGiven("Police used drones to search the area.", verbs)).toBe(true);
    // A cause that is no aim.
    expect(aimGiven("Hamas expressed its appreciation for Putin's stance.", verbs)).toBe(false);
  });

  it("reads what something would bring about as an outcome, not a relative clause's 'would', a wish or a 'would-be'", () => {
    expect(reasonGiven("She voted no, warning that the plan would hit working families hardest.", verbs)).toBe("outcome");
    expect(reasonGiven("But both would have moved production abroad within five years.", verbs)).toBe("outcome");
    expect(reasonGiven("Officers will draw up a wider rollout, which would cover all primary schools.", verbs)).toBe("none");
    expect(reasonGiven("\"We would like to thank the lifeboat crew,\" his sister said.", verbs)).toBe("none");
    expect(reasonGiven("Most members would rather keep the old hall.", verbs)).toBe("none");
    expect(reasonGiven("A would-be thief was caught in Penrith.", verbs)).toBe("none");
  });

  it("reads a verb of result bringing its object into a state as an outcome", () => {
    expect(reasonGiven("Movement rules made it impossible to bring sheep onto the course.", verbs)).toBe("outcome");
    expect(reasonGiven("The long drought left the reservoir empty by August.", verbs)).toBe("outcome");
    // No state: a verb of going or of making things.
    expect(reasonGiven("He left the firm in 1969.", verbs)).toBe("none");
    expect(reasonGiven("The works made 40 million pencils last year.", verbs)).toBe("none");
  });

  it("reads an infinitive after a verb of desire or a passive usually taking one as completing it, not as an aim", () => {
    expect(reasonGiven("It is a problem the team hopes to solve with more training.", verbs)).toBe("none");
    expect(reasonGiven("Staff were asked to leave the building.", verbs)).toBe("none");
    // "Hold" and "move" take an object and an infinitive only in rare senses: these tell purposes.
    expect(reasonGiven("The inquiry was held to examine the collapse of the pier.", verbs)).toBe("cause");
    expect(reasonGiven("The regatta was moved to avoid the spring tides.", verbs)).toBe("cause");
  });

  it("tells a sentence giving only the circumstance of the event from one giving its cause", () => {
    expect(reasonGiven("The dig began in March ahead of a housing development.", verbs)).toBe("circumstance");
    expect(reasonGiven("She travelled to Lyon following a meeting in Paris.", verbs)).toBe("circumstance");
    expect(reasonGiven("She travelled to Lyon following a meeting in Paris to sign the deal.", verbs)).toBe("cause");
    expect(reasonGiven("The shop closed the following day.", verbs)).toBe("none");
  });
});

describe("doersOf", () => {
  const doers = (sentence: string) => doersOf(sentence, termKey, (word) => word === "engineers");
  const doer = (name: string, deed: string) => [{ nameKeys: name.split(" ").map(termKey), deedKey: termKey(deed) }];

  it("takes the name before a verb for its doer, across an appositive or a relative 'who'", () => {
    expect(doers("Judge Rosa Bell sentenced Tullis to eight years.")).toEqual(doer("judge rosa bell", "sentenced"));
    expect(doers("Tomas Ferrante, a guide from Bergamo, headed the expedition.")).toEqual(doer("tomas ferrante", "headed"));
    expect(doers("The plan came from Councillor Ana Reis, who drafted it in May.")).toEqual(doer("councillor ana reis", "drafted"));
    expect(doers("Dr Miriam Osei, a paediatric allergist who led the study, was pleased.")).toEqual(doer("dr miriam osei", "led"));
    expect(doers("Ashby found the violin on Tuesday.")).toEqual(doer("ashby", "found"));
    // The progressive is active; a capitalised pronoun is no name.
    expect(doers("Marzook was leading the delegation.")).toEqual(doer("marzook", "leading"));
    expect(doers("Then I led the team to the final.")).toEqual([]);
  });

  it("gives a deed in a list the doer of the deed before it, and none when that one has none", () => {
    expect(doers("Fr. Luis Cabrera, the former associate pastor, returned for the service and read the Gospel.")).toContainEqual(doer("luis cabrera", "read")[0]);
    expect(doers("Judge Rosa Bell sentenced Tullis and ordered him to pay costs.")).toContainEqual(doer("judge rosa bell", "ordered")[0]);
    expect(doers("Sgt Ana Ruiz said the gang stole cars and sold them abroad.")).toEqual(doer("sgt ana ruiz", "said"));
  });

  it("takes a named thing for the doer of its 'which' clause, not an unnamed one", () => {
    expect(doers("Orrin Power, which has run the Skell plant since 2019, pumps water down wells.")).toContainEqual(doer("orrin power", "run")[0]);
    expect(doers("The old plant, which has run since 1974, pumps water down wells.")).toEqual([]);
  });

  it("takes no doer from a passive, a common word opening the sentence, or a noun", () => {
    expect(doers("Tullis was sentenced by Judge Rosa Bell.")).toEqual([]);
    expect(doers("The ferry, operated by Harrowby Ferries, ran aground.")).toEqual([]);
    expect(doers("Engineers will leave twelve gaps in the wall.")).toEqual([]);
    expect(doers("A group of senior Hamas leaders has journeyed to Moscow.")).toEqual([]);
  });
});
