import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer-question.ts";
import { asksForAnyOne, sourceWordsAsked } from "../../src/answer/question.ts";
import { buildDocument } from "../../src/knowledge/build-document.ts";
import { GLOBAL_SCOPE, type KnowledgeDocument } from "../../src/knowledge/document.ts";
import { parseDocument } from "../../src/knowledge/parse-document.ts";
import { KnowledgeBase } from "../../src/search/knowledge-base.ts";
import { makeDocument } from "../support/make-document.ts";

// A page copied from a news site: headline, text, its "Source:" line, then the site's links.
const PAGE = [
  "Ferry strike called off",
  "",
  "",
  "The union called off the ferry strike on Monday after the operator raised its pay offer.",
  "",
  "Funding for the new pay deal comes from a government grant.",
  "",
  "Source: harbournews.example",
  "",
  "You May Also Like",
].join("\n");

function knowledgeOfPage(): KnowledgeBase {
  const knowledge = new KnowledgeBase();
  knowledge.add(buildDocument(parseDocument(PAGE, "page.txt"), GLOBAL_SCOPE));
  return knowledge;
}

describe("answerQuestion and a page's source line", () => {
  const knowledge = knowledgeOfPage();

  it("cites the source line for a question about where the article comes from", () => {
    const answer = answerQuestion(knowledge, "whats the source of this article");
    expect(answer.citations[0]?.text).toBe("Source: harbournews.example");
  });

  it("cites it before any sentence that only uses the word, however many there are", () => {
    const crowded = new KnowledgeBase();
    for (let at = 0; at < 150; at++) crowded.add(makeDocument(`notes-${at}`, `Notes ${at}`, [`These sources ${at} have not been tapped.`]));
    crowded.add(buildDocument(parseDocument(PAGE, "page.txt"), GLOBAL_SCOPE));
    const answer = answerQuestion(crowded, "whats the source of this article");
    expect(answer.citations.map((citation) => citation.text)).toEqual(["Source: harbournews.example"]);
  });

  it("never cites it for a question about anything else", () => {
    for (const question of ["what is the source of the funding", "what was the source of the leak", "where does the funding come from"]) {
      const texts = answerQuestion(knowledge, question).citations.map((citation) => citation.text);
      expect(texts).not.toContain("Source: harbournews.example");
    }
  });
});

describe("answerQuestion and words about the text itself", () => {
  const knowledge = knowledgeOfPage();

  it("answers a question that names the article it is about from the sentence that answers it", () => {
    expect(answerQuestion(knowledge, "who is the union mentioned in the article").citations[0]?.text).toMatch(/^The union called off/);
    expect(answerQuestion(knowledge, "what does the article say about the pay deal's funding").citations[0]?.text).toMatch(/^Funding for the new pay deal/);
  });
});

describe("sourceWordsAsked", () => {
  it("gives the source words of a question about nothing but where the text comes from", () => {
    expect(sourceWordsAsked("What's the source of this article?")).toEqual(["source"]);
    expect(sourceWordsAsked("who published this story")).toEqual(["published"]);
  });

  it("gives none when the question asks about something else too, or about no source", () => {
    expect(["what is the source of the funding", "what is this article about", "Who led the delegation?"].map(sourceWordsAsked)).toEqual([undefined, undefined, undefined]);
  });
});

describe("answerQuestion asked what the text is about", () => {
  const strike = makeDocument("strike", "Ferry strike called off", [
    "The union called off the ferry strike on Monday after the operator raised its pay offer.",
    "Funding for the new pay deal comes from a government grant.",
  ]);
  const museum = makeDocument("museum", "Museum reopens after flood", ["The town museum reopened on Friday, six months after a flood."]);

  it("answers with the article's headline and opening sentence", () => {
    const knowledge = new KnowledgeBase();
    knowledge.add(strike);
    for (const question of ["what is this article about?", "tldr", "whats this about", "summarize the story pls", "can someone explain what this article is about?", "ok sooo what's this article about"]) {
      expect(answerQuestion(knowledge, question).citations.map((citation) => citation.text)).toEqual([
        "Ferry strike called off",
        "The union called off the ferry strike on Monday after the operator raised its pay offer.",
      ]);
    }
  });

  it("answers with each article's headline, newest first, or the one article asked about", () => {
    const knowledge = new KnowledgeBase();
    knowledge.add(strike);
    knowledge.add(museum);
    expect(answerQuestion(knowledge, "what's the story?").citations.map((citation) => citation.text)).toEqual(["Museum reopens after flood", "Ferry strike called off"]);
    expect(answerQuestion(knowledge, "what's the story?", { documentId: "strike" }).citations[0]?.text).toBe("Ferry strike called off");
  });

  it("answers a question about something in the article as any other", () => {
    const knowledge = new KnowledgeBase();
    knowledge.add(strike);
    expect(answerQuestion(knowledge, "what is the article about the pay deal's funding").citations[0]?.text).toMatch(/^Funding for the new pay deal/);
    expect(answerQuestion(knowledge, "how about now?").citations.map((citation) => citation.text)).not.toContain("Ferry strike called off");
  });
});

describe("answerQuestion and a word the question uses as a noun", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("club-sale", "Supporters buy their football club", [
      "Supporters of Whitby Town have raised 1.2 million pounds to buy the club.",
      "The trust's chair, a primary school teacher, said donations had come from as far away as Australia.",
    ]),
  );

  it("refuses 'the capital of Australia', whose noun is no 'primary' as the adjective is", () => {
    expect(answerQuestion(knowledge, "What is the capital of Australia?").answered).toBe(false);
  });
});

describe("answerQuestion and chat that is not about the text", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("ferry", "Storms keep harbour ferry in port", [
      "Storms kept the harbour ferry in port on Tuesday.",
      "Skipper Ann Hale said the weather had been bad all week and the crew were tired.",
      "The operator expects sailings to resume on Friday, when a new timetable starts.",
      "Islanders said the service had been late too often this year.",
      "A council spokesman said the harbour wall would be repaired next spring.",
      "Fishing boats stayed in port as well.",
      "Engineers will fix the ferry's engine at the boatyard.",
      "The crew played cards late into the evening at the harbour cafe.",
      "Visitors were told that the best views were from the old lighthouse.",
    ]),
  );

  it("refuses a question whose best sentence shares only the commonest words with it", () => {
    // "good" is "best", "evening" is there: words any text holds.
    expect(answerQuestion(knowledge, "good evening").answered).toBe(false);
    expect(answerQuestion(knowledge, "what did the crew do in the evening").citations[0]?.text).toMatch(/^The crew played cards/);
  });

  it("reads a name the dictionary knows as written as that name, not as a plural: 'Mars' is no 'mar', which is March", () => {
    const tolls = new KnowledgeBase();
    tolls.add(
      makeDocument("tolls", "Toll road earnings recover", [
        "Then March brought an 18 per cent rise in net revenues.",
        "Traffic on the turnpike was up for the 12 months ending in March, far ahead of the year before.",
        "Toll roads are among the costliest highways in the world to build.",
      ]),
    );
    expect(answerQuestion(tolls, "How far is Mars from Earth?").answered).toBe(false);
    expect(answerQuestion(tolls, "How far ahead was traffic in March?").citations[0]?.text).toMatch(/^Traffic on the turnpike/);
  });

  it("reads a word of a name the dictionary knows whole by the name: the 'World Cup' is no 'international' cup", () => {
    const pull = new KnowledgeBase();
    pull.add(makeDocument("pull", "Dairy farmers win tug-of-war cup", ["Fenhallow won the international tug-of-war cup in Brno on Sunday.", "The team of dairy farmers beat the Swiss champions in the final pull."]));
    expect(answerQuestion(pull, "Who won the World Cup?").answered).toBe(false);
    expect(answerQuestion(pull, "Who won the international cup?").citations[0]?.text).toMatch(/^Fenhallow won/);
    // A name the dictionary does not know whole keeps its words' senses: the "Annual Meeting" is yearly.
    const club = new KnowledgeBase();
    club.add(makeDocument("club", "Bowls club to meet", ["The bowls club said it would hold its yearly meeting on 9 May.", "Members will elect a new captain."]));
    expect(answerQuestion(club, "When is the Bowls Club Annual Meeting?").citations[0]?.text).toMatch(/^The bowls club said/);
  });

  it("refuses a greeting, whose words a sentence may hold", () => {
    const village = new KnowledgeBase();
    village.add(makeDocument("fair", "Village fair draws crowds", ["Everyone in the village was out early on Saturday morning for the fair.", "The good weather held all day."]));
    expect(answerQuestion(village, "good morning everyone").answered).toBe(false);
    expect(answerQuestion(village, "good morning! when was the fair").citations[0]?.text).toMatch(/^Everyone in the village/);
  });

  it("refuses thanks for something, whose words a sentence may hold", () => {
    const market = new KnowledgeBase();
    market.add(makeDocument("market", "Market reopens", ["Traders thanked volunteers for the help they gave earlier in the week.", "The market reopened on Monday."]));
    expect(answerQuestion(market, "thanks for the help earlier guys <3").answered).toBe(false);
    expect(answerQuestion(market, "thank you so much for the help earlier").answered).toBe(false);
    expect(answerQuestion(market, "thx for the help! when did the market reopen?").citations[0]?.text).toMatch(/^The market reopened/);
    expect(answerQuestion(market, "who did the traders thank for the help?").citations[0]?.text).toMatch(/^Traders thanked/);
    // The thanks ends where a question begins, and may follow a chat word.
    expect(answerQuestion(market, "thanks for the help when did the market reopen").citations[0]?.text).toMatch(/^The market reopened/);
    expect(answerQuestion(market, "lol thanks for the help earlier").answered).toBe(false);
  });

  it("refuses a sum to work out, though a sentence holds its numbers", () => {
    const club = new KnowledgeBase();
    club.add(makeDocument("club", "Club wins again", ["The club has won the cup 17 times in 23 years."]));
    expect(answerQuestion(club, "whats 17 times 23").answered).toBe(false);
    expect(answerQuestion(club, "how many times has the club won the cup").citations[0]?.text).toMatch(/^The club has won/);
  });

  it("asks more of a question in the chat's own voice", () => {
    expect(answerQuestion(knowledge, "my cards are bad").answered).toBe(false);
    expect(answerQuestion(knowledge, "were the cards bad").citations[0]?.text).toMatch(/^The crew played cards/);
  });

  it("needs two of its words in the sentence, or one and the figure, time or place asked, for a question in the chat's own voice", () => {
    const news = new KnowledgeBase();
    news.add(makeDocument("choir", "Village choir wins", ["Participants sang a mix of folk songs and pop hits.", "He joined the band's senior ranks in April."]));
    news.add(makeDocument("ferry", "Ferry fares frozen", ["Fares will be frozen until April, with a car crossing at £7.50."]));
    news.add(makeDocument("vote", "Polling stations move", ["Residents of Eastgate should vote at St Anne's church hall on Barrow Road."]));
    expect(answerQuestion(news, "can you sing").answered).toBe(false);
    expect(answerQuestion(news, "what should I name my band").answered).toBe(false);
    expect(answerQuestion(news, "is it just me or did the participants sing pop songs").citations[0]?.text).toMatch(/^Participants sang/);
    expect(answerQuestion(news, "how much is it to take ur car across now").citations[0]?.text).toMatch(/^Fares will be frozen/);
    expect(answerQuestion(news, "where do i go to vote").citations[0]?.text).toMatch(/^Residents of Eastgate/);
  });

  it("takes a \"you\" doing something to a thing the text tells for anyone, not the chat", () => {
    const opera = new KnowledgeBase();
    opera.add(makeDocument("opera", "Lost opera staged", ["The restored opera runs to about two hours and is scored for a small orchestra of 22 players.", "Tickets for the premiere sold out within a day."]));
    expect(answerQuestion(opera, "How many musicians do you need in the pit to play it?").citations[0]?.text).toMatch(/^The restored opera/);
    expect(answerQuestion(opera, "how many musicians do you need to start a band?").answered).toBe(false);
    expect(answerQuestion(opera, "what do you think of the opera").answered).toBe(false);
  });

  it("asks more of a question that asks for advice", () => {
    expect(answerQuestion(knowledge, "is it worth visiting the lighthouse").answered).toBe(false);
    expect(answerQuestion(knowledge, "what views did visitors see from the lighthouse").citations[0]?.text).toMatch(/^Visitors were told/);
  });

  it("asks more of an invitation to the chat", () => {
    const club = new KnowledgeBase();
    club.add(makeDocument("regatta", "Club news", ["The sailing club will race its boats at the regatta on Saturday.", "Volunteers joined the crew for the race."]));
    expect(answerQuestion(club, "who wants to race boats at the regatta").answered).toBe(false);
    expect(answerQuestion(club, "who will race boats at the regatta").citations[0]?.text).toMatch(/^The sailing club/);
  });

  it("asks more of a question asking a record of the whole world", () => {
    const city = new KnowledgeBase();
    city.add(makeDocument("tower", "Tower opens", ["The Skyview Tower, the tallest building in the city, opened in 2019.", "The tower cost 40 million pounds.", "World leaders visited the city in June."]));
    expect(answerQuestion(city, "what is the tallest building in the world").answered).toBe(false);
    expect(answerQuestion(city, "what is the tallest building in the city").citations[0]?.text).toMatch(/^The Skyview Tower/);
  });

  it("asks more of a question asking for any one thing of a kind", () => {
    const museum = new KnowledgeBase();
    museum.add(makeDocument("museum", "Museum closes", ["The museum said visitors liked a fact sheet on the fossils.", "The museum closed on Monday."]));
    expect(answerQuestion(museum, "tell me a fun fact").answered).toBe(false);
    expect(answerQuestion(museum, "what did visitors like at the museum").citations[0]?.text).toMatch(/^The museum said visitors/);
    expect(["does anyone know a good workout routine", "a joke about cats"].map(asksForAnyOne)).toEqual([true, true]);
    // A noun phrase pointing at something told, or a clause, asks about the text.
    expect(["tell me an update on the strike", "a photo of Marzook?", "a teacher found a comet??"].map(asksForAnyOne)).toEqual([false, false, false]);
    expect(["a list of their demands", "a quote from him?"].map(asksForAnyOne)).toEqual([false, false]);
  });

  it("asks more of a question about the chat's own place", () => {
    const office = new KnowledgeBase();
    office.add(makeDocument("attack", "Office hit", ["The company said one server was hit by the attack.", "The server was restored on Monday."]));
    expect(answerQuestion(office, "this server is dead lol").answered).toBe(false);
    expect(answerQuestion(office, "when was the server restored").citations[0]?.text).toMatch(/^The server was restored/);
  });

  it("does not take the way a chat asks for its own voice", () => {
    for (const question of ["can you tell me when sailings will resume?", "does anyone know when sailings resume", "my friend says sailings resume on friday, is that right?"]) {
      expect(answerQuestion(knowledge, question).citations[0]?.text).toMatch(/^The operator expects sailings to resume/);
    }
  });

  it("answers a question typed with a chat's filler and emoticons around it", () => {
    for (const question of ["hmm when do sailings resume rn :(", "wait so when do sailings resume <3", "anyone know when sailings resume lmaooo"]) {
      expect(answerQuestion(knowledge, question).citations[0]?.text).toMatch(/^The operator expects sailings to resume/);
    }
  });
});

describe("answerQuestion and a chat's asides inside a question", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("strike", "Bin strike", [
      "Refuse collectors in Marlow walked out on Monday over new shift patterns.",
      "\"Nobody here is asking for a pay rise,\" said Wenna Pryce, the union's regional organiser.",
      "Pryce said the strike could end within hours if the council dropped the plan.",
    ]),
  );

  it("reads 'who even is' as 'who is': it asks what the one named is", () => {
    for (const question of ["wait who even is wenna pryce", "so who actually is wenna pryce lol", "Who is Wenna Pryce?"]) {
      expect(answerQuestion(knowledge, question).citations[0]?.text).toMatch(/the union's regional organiser/);
    }
  });

  it("reads a lone 'w' ending the question as 'with'", () => {
    const talks = new KnowledgeBase();
    talks.add(
      makeDocument("talks", "Minister meets union", [
        "Transport minister Ruth Kale met union leaders in Leeds on Monday.",
        "Kale said a meeting with Unite would be useful to end the strike.",
        "Trains ran as normal.",
      ]),
    );
    const answer = answerQuestion(talks, "who did kale meet w?");
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.text).toBe(answerQuestion(talks, "who did kale meet with?").citations[0]?.text);
  });

  it("reads 'wanna' as 'want to': it asks whether they want to, and is no name nothing holds", () => {
    const envoy = new KnowledgeBase();
    envoy.add(
      makeDocument("talks", "Envoy open to talks with rebels", [
        "The deputy minister, Ivan Sorel, has met rebel leaders twice this year.",
        "\"I am always in favour of dialogue if they are open to it,\" Sorel said in an interview.",
        "Earlier this month Sorel expressed a wish to hold a meeting with the rebels in Doha.",
        "The rebels sent a delegation of four to the capital on Thursday.",
      ]),
    );
    for (const question of ["does he even wanna talk to the rebels", "does he want to talk to the rebels"]) {
      expect(answerQuestion(envoy, question).citations[0]?.text).toMatch(/^Earlier this month Sorel expressed a wish/);
    }
  });

  it("leaves out the asker's reason for asking that closes the question ('…bc that seems like a lot')", () => {
    const visits = new KnowledgeBase();
    visits.add(
      makeDocument("union", "Union delegation in Brussels", [
        "On Thursday, the union sent its third delegation to Brussels within the past year.",
        "Its leader said a meeting with the commission would help settle practical matters.",
        "The commission has met union delegations since 2010.",
      ]),
    );
    for (const question of ["how many times has the union gone to brussels this year bc that seems like a lot", "how many times has the union gone to brussels this year, because it sounds like a lot?"]) {
      expect(answerQuestion(visits, question).citations[0]?.text).toMatch(/^On Thursday, the union sent its third delegation/);
    }
  });

  it("reads 'say sorry' and 'say thanks to' as the verbs they stand for ('apologise', 'thank')", () => {
    const court = new KnowledgeBase();
    court.add(
      makeDocument("builder", "Builder jailed for fraud", [
        "A builder who overcharged pensioners for repairs has been jailed for five years.",
        "His lawyer told the court he had written letters of apology to each of his victims.",
        "The judge said he had shown a callous disregard for people who trusted him.",
      ]),
    );
    court.add(makeDocument("orchard", "Hail hits orchards", ["The worst of the damage fell on the orchards east of town.", "People said they were sorry to see the old trees go."]));
    court.add(
      makeDocument("club", "Club wins cup", [
        "Harbour Rovers won the county cup on Saturday with a late goal.",
        "The captain thanked the travelling supporters after the final whistle.",
        "Fans said thanks were due to the groundsman for a perfect pitch.",
      ]),
    );
    for (const question of ["did the builder even say sorry to ppl or nah", "has he said sorry"]) {
      expect(answerQuestion(court, question).citations[0]?.text).toMatch(/letters of apology/);
    }
    expect(answerQuestion(court, "did the captain say thx to the fans lol").citations[0]?.text).toMatch(/^The captain thanked/);
  });

  it("reads a 'like' that hedges as no word of the question ('did they like thank…')", () => {
    const talks = new KnowledgeBase();
    talks.add(
      makeDocument("talks", "Envoys meet in Vienna", [
        "Envoys from Norland met officials from Estoria in Vienna on Tuesday.",
        "The Norland delegation thanked Estoria for hosting the talks.",
        "Norland's envoys said they liked Estoria very much.",
      ]),
    );
    expect(answerQuestion(talks, "did norland like thank estoria or smth").citations[0]?.text).toMatch(/^The Norland delegation thanked/);
    expect(answerQuestion(talks, "did norland like estoria").citations[0]?.text).toMatch(/liked Estoria/);
  });

  it("reads 'like' before an adjective and a noun as the verb ('do residents like live music?')", () => {
    const town = new KnowledgeBase();
    town.add(
      makeDocument("town", "Late licences in Ashby", [
        "Residents in Ashby can hear live music from the Crown pub until midnight on Fridays.",
        "Most residents said they like live music but not the noise from taxis afterwards, a survey found.",
      ]),
    );
    expect(answerQuestion(town, "Do residents like live music?").citations[0]?.text).toMatch(/they like live music/);
  });

  it("reads 'prob' as 'probably'", () => {
    const moor = new KnowledgeBase();
    moor.add(
      makeDocument("beetle", "Beetle found alive", [
        "A beetle not seen for 80 years has been found alive on a moor in Sutherland.",
        "The species was listed as probably extinct in the national red list of 2011.",
        "Other beetles on the moor are extinct now, the survey said.",
      ]),
    );
    expect(answerQuestion(moor, "when was it put down as prob extinct").citations[0]?.text).toMatch(/^The species was listed as probably extinct/);
  });
});

describe("answerQuestion and a verb of saying, thinking or feeling", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("port", "Harbour reopens after storm", [
      "The harbour at Pellow reopened on Tuesday after a week of repairs to the sea wall.",
      "Fishing crews expressed their appreciation for the volunteers who cleared the quay.",
      "The council said the repairs cost 40,000 pounds.",
      "The mayor welcomed the decision and praised the engineers.",
      "Ines Colley said tolls on visiting yachts would be beneficial.",
    ]),
  );

  it("answers although news tells the reaction in words of its own", () => {
    expect(answerQuestion(knowledge, "How did the mayor react?").citations[0]?.text).toMatch(/^The mayor welcomed/);
    expect(answerQuestion(knowledge, "Did the crews thank anyone?").citations[0]?.text).toMatch(/^Fishing crews expressed/);
  });

  it("takes a verb for thinking whose noun is seldom used as one too", () => {
    expect(answerQuestion(knowledge, "Did Colley think tolls would be useful for the town?").citations[0]?.text).toMatch(/^Ines Colley said tolls/);
  });

  it("takes a word of saying that is a noun too where the question uses it as a verb", () => {
    const match = new KnowledgeBase();
    match.add(
      makeDocument("final", "Rovers lose cup final", [
        "Rovers lost the county cup final 2-1 to Ashby Town on Saturday.",
        '"The pitch was heavy after the rain and we never found our passing game," manager Tom Hale said.',
        "Ashby scored the winner in the last minute of extra time.",
      ]),
    );
    expect(answerQuestion(match, "What did Hale blame for the defeat?").citations[0]?.text).toMatch(/^"The pitch was heavy/);
    expect(answerQuestion(match, "What did Hale blame on the referee?").answered).toBe(false);
  });

  it("still refuses when another kind of verb is missing", () => {
    expect(answerQuestion(knowledge, "How did the mayor swim?").answered).toBe(false);
  });

  it("counts the verb as asked and told when it asks about a named one's reaction that the sentence tells in words of its own", () => {
    const talks = new KnowledgeBase();
    talks.add(
      makeDocument("talks", "Rebel envoys in Doha", [
        "Rebel envoys arrived in Doha on Monday for talks with Tariq Osei.",
        "According to state media, the Marda Front expressed their appreciation for Osei's stance on the blockade.",
        "Osei has hosted the group twice this year.",
      ]),
    );
    expect(answerQuestion(talks, "What did the Marda Front thank Osei for?").citations[0]?.text).toMatch(/expressed their appreciation for Osei's stance/);
  });

  it("still refuses such a question when the sentence naming them tells no saying or feeling", () => {
    const talks = new KnowledgeBase();
    talks.add(
      makeDocument("talks", "Rebel envoys in Doha", [
        "Rebel envoys arrived in Doha on Monday for talks with Tariq Osei.",
        "Osei has hosted the Marda Front twice this year.",
      ]),
    );
    expect(answerQuestion(talks, "What did the Marda Front thank Osei for?").answered).toBe(false);
  });
});

describe("answerQuestion and the forms of a light verb", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(makeDocument("fares", "Ferry fares to rise", ["Ferry fares will rise by a tenth in May.", "The council said the repairs cost 40,000 pounds."]));

  it("reads any form of one as grammar, not as a word an answer must hold", () => {
    expect(answerQuestion(knowledge, "are fares getting higher").citations[0]?.text).toMatch(/^Ferry fares will rise/);
  });
});

describe("answerQuestion and an event told only as an aim", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("talks", "Union and mill owners meet", [
      "The purpose of the meeting was to negotiate the release of the locked-out weavers.",
      "The owners agreed on Friday to reopen the dye works.",
      "A second aim was to discuss the pensions of the weavers.",
    ]),
  );

  it("refuses to say an event happened when the sentence only tells it as what was wanted", () => {
    expect(answerQuestion(knowledge, "Were the locked-out weavers released after the meeting?").answered).toBe(false);
  });

  it("still answers from an aim a why-question, and an act a verb reports", () => {
    expect(answerQuestion(knowledge, "Why did the union meet the weavers' owners?").citations[0]?.text).toMatch(/^The purpose of the meeting/);
    expect(answerQuestion(knowledge, "Was the dye works reopened?").citations[0]?.text).toMatch(/^The owners agreed/);
  });

  it("takes an aim to discuss something as met", () => {
    expect(answerQuestion(knowledge, "Were the pensions discussed?").citations[0]?.text).toMatch(/^A second aim/);
  });

  describe("and what the event is about", () => {
    const plans = new KnowledgeBase();
    plans.add(
      makeDocument("plans", "Harbour board and mill talks", [
        "The harbour board said it would ask the county council to seek an emergency budget for new sea walls.",
        "A union delegation met the mill owners on Monday. The purpose of the meeting was to negotiate the release of weavers held by the owners.",
        "The owners agreed on Friday to reopen the mill.",
        "A second aim was to discuss the pensions of the weavers.",
      ]),
    );

    it("refuses a yes-no question when the sentence tells what the event is about only as a request or an aim", () => {
      expect(answerQuestion(plans, "Has the county council approved the emergency budget yet?").answered).toBe(false);
      expect(answerQuestion(plans, "Did the delegation agree to free the weavers?").answered).toBe(false);
      expect(answerQuestion(plans, "Did the meeting lead to the release of the weavers?").answered).toBe(false);
    });

    it("reads the verb after 'did' the tagger took for one more noun of the subject ('Did the Hallidays appeal…?')", () => {
      const ruling = new KnowledgeBase();
      ruling.add(
        makeDocument("ruling", "Couple lose church bell case", [
          "A judge ruled on Friday that the church bells of Ambleford may keep ringing through the night.",
          "The Hallidays were ordered to pay the church's legal costs and have 21 days to seek permission to appeal the ruling.",
        ]),
      );
      expect(answerQuestion(ruling, "Did the Hallidays appeal the ruling?").answered).toBe(false);
      expect(answerQuestion(ruling, "Did the Hallidays pay the church's legal costs?").citations[0]?.text).toMatch(/^The Hallidays were ordered/);
    });

    it("still answers an act the verb reports, a wish from an aim, and talk from an aim to talk", () => {
      expect(answerQuestion(plans, "Did the owners agree to reopen the mill?").citations[0]?.text).toMatch(/^The owners agreed/);
      expect(answerQuestion(plans, "Did the delegation want to free the weavers?").citations[0]?.text).toMatch(/^The purpose of the meeting/);
      expect(answerQuestion(plans, "Did the meeting discuss the pensions of the weavers?").citations[0]?.text).toMatch(/^A second aim/);
    });
  });

  it("reads the sentence that answers for an aim, though a page's source line ranks above it", () => {
    const copied = new KnowledgeBase();
    copied.add(
      makeDocument("copied", "Mill talks", [
        "The purpose of the meeting was to negotiate the release of the locked-out weavers.",
        "Source: locked-out_weavers_released",
      ]),
    );
    expect(copied.search("Were the locked-out weavers released?")[0]?.sentence.text).toMatch(/^Source:/);
    expect(answerQuestion(copied, "Were the locked-out weavers released?").answered).toBe(false);
  });
});

describe("answerQuestion and an event asked in the passive", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("ferry", "Ferry runs aground", [
      "A ferry carrying 200 passengers ran aground off the harbour on Sunday.",
      "Captain Ines Varga, who has commanded the ferry for nine years, stayed on the bridge throughout the rescue.",
      "Two crew members were sentenced last year for smuggling cigarettes on the ferry.",
    ]),
  );

  it("refuses when no sentence tells the event in any form of its word", () => {
    expect(answerQuestion(knowledge, "Has the captain been suspended?").answered).toBe(false);
    // "sentenced" is near "charged" in meaning, but tells another event.
    expect(answerQuestion(knowledge, "Have any crew members been charged?").answered).toBe(false);
  });

  it("still answers from the sentence that tells it", () => {
    expect(answerQuestion(knowledge, "Were any crew members sentenced?").citations[0]?.text).toMatch(/^Two crew members/);
  });
});

describe("answerQuestion and one thing picked with which", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("canal", "Canal lock gates fail", [
      "The lock gates on the Harwick canal failed on Sunday after a faulty sensor jammed them open.",
      "Mechanics said the gates had not been serviced for a decade.",
      "Repairs will be carried out by the boatyard Pellow Marine over the winter.",
      "The canal reopened on Tuesday.",
    ]),
  );

  it("refuses when the sentence tells of the kind of thing but names none", () => {
    expect(answerQuestion(knowledge, "Which mechanic serviced the gates?").answered).toBe(false);
  });

  it("answers with a name the question does not give, and a time with a date", () => {
    expect(answerQuestion(knowledge, "Which boatyard will carry out the repairs?").citations[0]?.text).toMatch(/^Repairs will be carried out/);
    expect(answerQuestion(knowledge, "On which day did the canal reopen?").citations[0]?.text).toMatch(/^The canal reopened/);
  });
});

describe("answerQuestion and the one a question asks what they said", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("quarry", "Quarry expansion approved", [
      "Councillors approved the expansion of the Dunley quarry on Monday.",
      "Campaigners met with the mayor and Planning Officer Ruth Avery before the vote.",
      "According to Marcus Bell, the quarry will employ 40 more people.",
      "Local member of parliament Nia Pell said she had requested a review of the blasting hours.",
    ]),
  );

  it("refuses when the sentence names them only as someone others met", () => {
    expect(answerQuestion(knowledge, "What did Ruth Avery say to the campaigners?").answered).toBe(false);
  });

  it("reads a chat's 'whats' as 'what's', so asking what they are saying is refused the same way", () => {
    expect(answerQuestion(knowledge, "whats ruth avery saying to the campaigners").answered).toBe(false);
  });

  it("answers from a sentence where they hold a title with a field in lower case ('member of parliament Nia Pell')", () => {
    expect(answerQuestion(knowledge, "What did Nia Pell request?").citations[0]?.text).toMatch(/^Local member of parliament Nia Pell said/);
  });

  it("still answers when a phrase names them as the source", () => {
    expect(answerQuestion(knowledge, "What did Marcus Bell say about the quarry?").citations[0]?.text).toMatch(/^According to Marcus Bell/);
  });

  it("answers with a sentence that leans on the one before, where they speak", () => {
    const ferry = new KnowledgeBase();
    ferry.add(
      makeDocument("ferry", "Ferry crews walk out", [
        "Ferry crews walked out on Monday over a new rota.",
        "The harbour board released a statement on Tuesday evening. The purpose of the talks was to agree a fair rota for crews of the board and the union.",
      ]),
    );
    expect(answerQuestion(ferry, "What did the harbour board say the talks aimed to agree?").citations[0]?.text).toMatch(/^The purpose of the talks/);
  });

  it("answers with a quotation going on from one whose 'she said' stands for them", () => {
    const syndicate = new KnowledgeBase();
    syndicate.add(
      makeDocument("syndicate", "Lottery winner must share jackpot", [
        "Two members, Tamsin Garrow and Tom Hale, had paid for that week in advance.",
        `Speaking outside court, Ms Garrow said the case had been "two years of hell". "We were friends. We went to his wedding," she said. "The money matters, but what hurts is that he lied to us."`,
      ]),
    );
    expect(answerQuestion(syndicate, "what did tamsin say hurt the most").citations[0]?.text).toMatch(/what hurts is that he lied/);
  });

  it("answers what a text says with a sentence naming it in a phrase ('under the rules of…')", () => {
    const racing = new KnowledgeBase();
    racing.add(
      makeDocument("racing", "Mower racer appeals ban", [
        "Dora Kessock won the national lawnmower racing title on Sunday.",
        "Under the rules of the Motor Mower Association, engines in the class must stay exactly as supplied by the maker.",
      ]),
    );
    expect(answerQuestion(racing, "What do the association's rules say about engines?").citations[0]?.text).toMatch(/^Under the rules/);
  });

  it("answers what a text says only where a phrase presents it as the source, not from others' words said before or after it", () => {
    const ferry = new KnowledgeBase();
    ferry.add(
      makeDocument("ferry", "Ferry delays criticised", [
        "Islanders have complained about months of cancelled sailings.",
        "Harbour users said cancellations had tripled, speaking before a review due in the spring on the state of the fleet.",
        "The operator's managing director said crews had been stretched, in remarks made after the safety review was released.",
      ]),
    );
    expect(answerQuestion(ferry, "what did the review say about cancellations?").answered).toBe(false);
    expect(answerQuestion(ferry, "what did the safety review say?").answered).toBe(false);
  });

  it("answers how someone reacted with the sentence telling it, not with the next one's quotation of someone else", () => {
    const medal = new KnowledgeBase();
    medal.add(
      makeDocument("medal", "Lost medal returned to veteran's family", [
        "A family has been handed back a war medal lost for half a century.",
        "Ruth Alder laughed out loud when the postman delivered the parcel, standing next to her cousin Ben.",
        "“We had given up hope years ago,” Ben Alder said.",
        "Rosa Finch gasped as collector Neil Barr showed her the medal at the museum.",
        "“Tracing families is the best part of the job,” Mr Barr said.",
      ]),
    );
    expect(answerQuestion(medal, "How did Ruth Alder react when the postman delivered the parcel?").citations[0]?.text).toMatch(/^Ruth Alder laughed/);
    expect(answerQuestion(medal, "how did Rosa react when Neil Barr showed her the medal?").citations[0]?.text).toMatch(/^Rosa Finch gasped/);
    const vote = new KnowledgeBase();
    vote.add(
      makeDocument("vote", "Swimming pool to close", [
        "Councillors voted on Monday to close the Riverside pool.",
        "Headteacher Anna Lowe and campaigner Mark Dunn were both at the meeting when the result was read out.",
        "“This is a betrayal of every child in the town,” Mr Dunn said.",
      ]),
    );
    // The next sentence quotes someone else: the headteacher's reaction is not told, and the sentence telling the occasion is no one else's words.
    expect(answerQuestion(vote, "How did the headteacher react when the result was read out?").citations[0]?.text).toMatch(/^Headteacher Anna Lowe/);
  });

  it("answers a chat's 'does anyone know how she reacted when…' with the rest of her quotation after that happening", () => {
    const portrait = new KnowledgeBase();
    portrait.add(
      makeDocument("portrait", "Hidden portrait found beneath still life", [
        "Scans of a 17th-century still life at the Groeninge museum revealed a portrait of a young woman beneath the paint.",
        "Elke Dewitte, the museum's head of conservation, said her team had expected only minor changes. “We were looking for a moved lemon,” she said. “Instead, a face looked back at us. I had to sit down.”",
      ]),
    );
    expect(answerQuestion(portrait, "lol does anyone know how the conservation lady reacted when she saw the face").citations[0]?.text).toBe("I had to sit down.”");
  });

  it("answers with a speaker whose first name is also a preposition ('Per')", () => {
    const bank = new KnowledgeBase();
    bank.add(
      makeDocument("bank", "Central bank cuts rates", [
        "The central bank cut its main interest rate on Thursday.",
        "Per Halvorsen, chief economist at Nordvik Securities, said the committee had acted too early.",
      ]),
    );
    expect(answerQuestion(bank, "What did Halvorsen say?").citations[0]?.text).toMatch(/^Per Halvorsen/);
  });

  it("refuses when the sentence neither names them nor has anyone who may stand for them", () => {
    const talks = new KnowledgeBase();
    talks.add(
      makeDocument("talks", "Quarry campaigners take petition to council", [
        "Councillors will vote on the expansion of the Dunley quarry next month.",
        "The expansion has been backed by Planning Officer Ruth Avery. On Thursday, the campaigners sent a second delegation to the town hall.",
      ]),
    );
    expect(answerQuestion(talks, "What did Avery say to the campaigners' delegation?").answered).toBe(false);
  });
});

describe("answerQuestion and words an answer need not repeat", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("museum", "Museum wing reopens", [
      "The Harwick Museum reopened its east wing on Monday after two years of repairs.",
      "The director said the paintings are currently stored in a warehouse outside the town.",
      "Volunteers cleaned the old tiles in 14 villages across the valley.",
      "The council shut the footbridge for a week so that engineers could inspect its cables.",
    ]),
  );

  it("answers although a rare adverb of the question is worded otherwise", () => {
    expect(answerQuestion(knowledge, "Where are the paintings temporarily kept?").citations[0]?.text).toMatch(/^The director said/);
  });

  it("still refuses when the adverb is all it shares with the sentence's topic", () => {
    expect(answerQuestion(knowledge, "Where are the statues temporarily kept?").answered).toBe(false);
  });

  it("reads 'done' as a form of 'do', which asks nothing", () => {
    expect(answerQuestion(knowledge, "how many villages was this done in").citations[0]?.text).toMatch(/^Volunteers cleaned/);
  });
});

describe("answerQuestion and a sentence that covers just enough", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("harbour", "Harbour news", [
      "The ferry left the harbour at dawn.",
      "Gulls followed the trawler past the lighthouse.",
      "A storm closed the bridge over the estuary.",
      "Divers found a cannon near the pier.",
    ]),
  );

  it("answers when the sentence holds exactly the share of the question the bar asks, two of five equally rare words", () => {
    expect(answerQuestion(knowledge, "Did gulls follow the ferry by the storm and the pier?").citations[0]?.text).toBe("Gulls followed the trawler past the lighthouse.");
  });

  it("still refuses one that holds less", () => {
    expect(answerQuestion(knowledge, "Did gulls follow the ferry by the storm and the pier and the cliffs?").answered).toBe(false);
  });
});

describe("answerQuestion and a sentence far ahead of all others", () => {
  const ARTICLE = [
    "Ardmore Hospital has stopped using desflurane, an anaesthetic gas that warms the planet.",
    "The change has also saved the trust about 96,000 pounds a year, because desflurane costs far more than other gases.",
    "Surgeons said patients noticed no difference.",
  ];
  const QUESTION = "How much money is the switch putting back in the trust's pocket each year?";
  const knowledgeWith = (other: string) => {
    const knowledge = new KnowledgeBase();
    knowledge.add(makeDocument("gas", "Hospital drops anaesthetic gas", ARTICLE));
    knowledge.add(makeDocument("board", "Board news", [other]));
    return knowledge;
  };

  it("answers a paraphrase from the one sentence sharing several of its words, though it says less than the bar", () => {
    const knowledge = knowledgeWith("The trust board met in March to discuss cheaper gases.");
    expect(answerQuestion(knowledge, QUESTION).citations[0]?.text).toBe(ARTICLE[1]);
  });

  it("still refuses it when another sentence ranks close behind", () => {
    const knowledge = knowledgeWith("The trust said the switch would put money back into wards each year.");
    expect(answerQuestion(knowledge, QUESTION).answered).toBe(false);
  });
});

describe("answerQuestion asked what a thing is called", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("plant", "Recycling plant opens", [
      'The plant shreds old battery packs into a dark powder known as "black mass".',
      'Keepers at the zoo use a technique known as "twin swapping" with the mother panda.',
      "Lithium and nickel are then extracted from the powder.",
    ]),
  );

  it("answers from the sentence giving the thing asked a name in quotation marks", () => {
    expect(answerQuestion(knowledge, "What is the powder that the shredded battery packs turn into called?").citations[0]?.text).toMatch(/^The plant shreds/);
  });

  it("does not take the name of another thing for it", () => {
    expect(answerQuestion(knowledge, "What is the mother panda called?").answered).toBe(false);
  });
});

describe("answerQuestion and a phrase that only says the event happened", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("visit", "Envoys meet in the capital", [
      "A trade delegation arrived in the capital on Tuesday.",
      "The delegation was verified by officials of both governments.",
      "The talks occurred amid a dispute over fishing rights.",
      "Farmers protested outside the ministry.",
    ]),
  );

  it("answers who confirmed an event although the sentence never says it took place", () => {
    expect(answerQuestion(knowledge, "Who confirmed that the state visit took place?").citations[0]?.text).toBe("The delegation was verified by officials of both governments.");
  });

  it("still finds the sentence that says it occurred when that is what is asked", () => {
    expect(answerQuestion(knowledge, "When did the talks take place?").citations[0]?.text).toBe("The talks occurred amid a dispute over fishing rights.");
  });

  it("still refuses an event the text never tells", () => {
    expect(answerQuestion(knowledge, "Who confirmed that the wedding took place?").answered).toBe(false);
  });
});

describe("answerQuestion and the size of a sum of money", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("airfield", "Airline drops its last route", [
      "The airline will stop flying to Brannock in March.",
      "The site has struggled for years. It receives an annual operating subsidy of 1.1 million euros from the regional council, which owns it.",
      "The terminal covers 4,000 square metres and opened in 2009.",
      "Passenger numbers fell by a third last year.",
    ]),
  );

  it("answers how big a grant is with the sum it comes to", () => {
    expect(answerQuestion(knowledge, "How big is the yearly grant the council gives the airfield?").citations[0]?.text).toMatch(/^It receives an annual operating subsidy/);
  });

  it("does not take a sum for the size of anything else", () => {
    expect(answerQuestion(knowledge, "How big is the yearly crowd the council expects at the airfield?").answered).toBe(false);
  });
});

describe("answerQuestion asked how far one is past or short of another", () => {
  const ARTICLE = ["Teams must weigh in below the 640kg limit, and the Fenhallow team was just 1.5kg under.", "The final was held at a showground twelve miles from the village."];
  const knowledge = new KnowledgeBase();
  knowledge.add(makeDocument("tug", "Tug of war title", ARTICLE));

  it("answers 'how far under' from a margin in any unit, and 'how far' alone from a distance", () => {
    expect(answerQuestion(knowledge, "How far under the weight limit was the Fenhallow team?").citations[0]?.text).toBe(ARTICLE[0]);
    expect(answerQuestion(knowledge, "How far is the showground from the village?").citations[0]?.text).toBe(ARTICLE[1]);
  });
});

describe("answerQuestion and what someone earns", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("foundry", "Bell foundry workers strike", [
      "Workers at the Wexcombe bell foundry walked out on Monday in a dispute over pensions.",
      "The foundry's bell tuners spend seven years learning the trade.",
      "The company offered to pay 10 per cent of salary into the new pension plan.",
      "Its apprentices earn 21,000 pounds a year.",
    ]),
  );

  it("refuses when the sum is no pay of the ones asked about", () => {
    expect(answerQuestion(knowledge, "How much do the bell tuners at the foundry earn?").answered).toBe(false);
  });

  it("answers with the sum beside the ones who earn it", () => {
    expect(answerQuestion(knowledge, "How much do the apprentices at the foundry earn?").citations[0]?.text).toMatch(/^Its apprentices earn/);
  });
});

describe("answerQuestion and an event told with a partner", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("port", "Port dispute drags on", [
      "The harbour workers' union held a rally outside the port on Monday.",
      "Union leader Carla Mendes had a long meeting with Mayor Tom Reyes at the town hall on Thursday.",
      "The port authority said cargo ships would be diverted to Dunmore.",
      "Dock owners warned that the dispute could cost two million pounds a week.",
    ]),
  );

  it("answers with the sentence telling the event with the same partner in other words", () => {
    expect(answerQuestion(knowledge, "Where did Carla Mendes sit down with Tom Reyes?").citations[0]?.text).toMatch(/^Union leader Carla Mendes had a long meeting/);
  });

  it("still refuses when the partner asked about is not the one the text gives", () => {
    expect(answerQuestion(knowledge, "Did Carla Mendes sit down with the dock owners?").answered).toBe(false);
  });
});

describe("answerQuestion and a partner told with another event", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("envoy", "Envoy visits Moscow", [
      "Hamas envoy Yusuf Darwish travelled to Moscow on Monday.",
      "Darwish had dinner with Lavrov at the ministry, officials said.",
      "He returned to Doha on Wednesday.",
    ]),
  );

  // A dinner is no quarrel, and the officials' "said" tells no quarrel either.
  it("refuses a quarrel with a partner the text tells only a dinner with", () => {
    expect(answerQuestion(knowledge, "Did Darwish quarrel with Lavrov?").answered).toBe(false);
  });
});

describe("answerQuestion and when-questions about what is still to come", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("ferry-ruling", "Court backs ferry passengers over cancelled season tickets", [
      "A court ruled on Tuesday that Ostmere Ferries must honour 600 season tickets it cancelled in March.",
      "The company's managing director, Lena Brandt, said the firm was disappointed and was considering an appeal.",
      "A review of the timetable is expected to report within eight weeks.",
    ]),
  );

  it("refuses when a sentence dates nothing to come: considering an appeal sets no hearing", () => {
    expect(answerQuestion(knowledge, "When will the company's appeal be heard?").answered).toBe(false);
  });

  it("answers with a span still to come", () => {
    expect(answerQuestion(knowledge, "When will the timetable review report?").citations[0]?.text).toBe("A review of the timetable is expected to report within eight weeks.");
  });
});

describe("answerQuestion asked at what hours something happens", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("pool-hours", "Leisure centre pool to shut at night", [
      "Brackley Leisure Centre will close its pool between 9 p.m. and 7 a.m. from next month.",
      "About 40 swimmers use the pool each day, and a handful come during the hours it will now be shut.",
    ]),
  );

  it("answers with the sentence giving the clock times, not the one repeating the question's words", () => {
    expect(answerQuestion(knowledge, "What hours will the Brackley pool be shut?").citations[0]?.text).toMatch(/^Brackley Leisure Centre will close/);
  });
});

describe("answerQuestion and a time to come the engine does not read as a date", () => {
  const answerOf = (sentence: string, question: string) => {
    const knowledge = new KnowledgeBase();
    knowledge.add(
      makeDocument("bridge", "Elm Street bridge closed", ["The Elm Street bridge over the river Alde closed in March after cracks were found.", sentence]),
    );
    return answerQuestion(knowledge, question).citations[0]?.text;
  };

  it.each([
    "The bridge will reopen by Christmas.",
    "The bridge will reopen in the spring.",
    "The bridge will reopen at the end of the month.",
    "The bridge will reopen after the election.",
    "The bridge will reopen once the repairs to its deck are finished.",
    "The bridge will reopen when the river falls.",
    "The bridge is expected to reopen before the tourist season starts.",
    "The council said it expected the bridge to reopen on Saturday.",
    // A past date beside it hides no time to come.
    "The bridge, which closed in March, will reopen within weeks.",
    "The council said on Tuesday that the bridge would reopen within weeks.",
  ])("answers with a time to come: %s", (sentence) => {
    expect(answerOf(sentence, "When will the bridge reopen?")).toBe(sentence);
  });

  it("does not answer with what was expected before: 'had expected the excavation to end in June'", () => {
    const knowledge = new KnowledgeBase();
    knowledge.add(
      makeDocument("dig", "Roman bathhouse found", [
        "Archaeologists found a Roman bathhouse under a car park in Dunmore.",
        "The team had expected the excavation to end in June, but the dig was extended after more rooms were found.",
        "Digging will now continue until the end of October.",
      ]),
    );
    expect(answerQuestion(knowledge, "When will the excavation end?").citations[0]?.text).toBe("Digging will now continue until the end of October.");
  });

  it("answers with a time held only by what is to come: back by autumn", () => {
    const sentence = "The museum should have the bronzes back by autumn.";
    expect(answerOf(sentence, "When should the museum have the bronzes back?")).toBe(sentence);
  });

  it.each(["Extra clinics will open in May.", "Extra clinics will open on 4 May."])("reads May after a preposition or a day as the month: %s", (sentence) => {
    expect(answerOf(sentence, "When will the extra clinics open?")).toBe(sentence);
  });

  it.each(["The bridge will reopen, a council spokesperson said.", "The council said the bridge would reopen."])("refuses a sentence telling what is to come but no time: %s", (sentence) => {
    expect(answerOf(sentence, "When will the bridge reopen?")).toBeUndefined();
  });

  it("still refuses a sentence dating only the past", () => {
    expect(answerOf("Engineers spent the spring of 2024 inspecting it before it reopened to cyclists only.", "When will the bridge reopen to cars?")).toBeUndefined();
  });
});

describe("answerQuestion and a question asking the bot's own view", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("library-ruling", "Judge orders Elm Street library to reopen", [
      "A judge ruled on Tuesday that the council must reopen the Elm Street library.",
      "The council said it would study the ruling before deciding whether to appeal.",
    ]),
  );

  it("refuses what the chat makes of a ruling: no text tells the bot's view", () => {
    expect(answerQuestion(knowledge, "what do you make of the ruling?").answered).toBe(false);
  });
});

describe("answerQuestion asked the value of a kind the article never tells", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("bank", "Bank of Vellmark cuts its rate", [
      "The Bank of Vellmark cut its main interest rate to 3.5% on Thursday, its first cut in two years.",
      "Unemployment in the port of Saltby is already 6.1 percent, above the national average.",
      "The bank's governor, Ida Marsh, drives a grey car to the office every morning.",
    ]),
  );

  it("refuses when neither the asking noun alone nor the noun telling which kind is in the article", () => {
    expect(answerQuestion(knowledge, "What is the inflation rate in Vellmark?").answered).toBe(false);
    expect(answerQuestion(knowledge, "What is the bank's annual turnover?").answered).toBe(false);
    expect(answerQuestion(knowledge, "What model of car does Ida Marsh drive?").answered).toBe(false);
  });

  it("still answers when the article tells the kind, its asking noun by a value alone", () => {
    expect(answerQuestion(knowledge, "What's the unemployment rate in Saltby?").citations[0]?.text).toMatch(/^Unemployment in the port/);
    expect(answerQuestion(knowledge, "What colour is Ida Marsh's car?").citations[0]?.text).toMatch(/^The bank's governor/);
  });

  it("answers a what-question naming the class its answer belongs to, or asking what a clause tells, though the article never names it", () => {
    const firm = new KnowledgeBase();
    firm.add(
      makeDocument("quillmark", "Quillmark opens an office", [
        "Quillmark, a software firm based in Norway, has opened a second office.",
        "The firm's first product was written in Rust.",
        "Members of the staff union voted 41 to 12 to accept the pay offer.",
        "The harbour bridge scheme has been paused while engineers check its foundations.",
      ]),
    );
    expect(answerQuestion(firm, "what country is Quillmark based in?").citations[0]?.text).toMatch(/^Quillmark, a software firm/);
    expect(answerQuestion(firm, "what language was the product written in?").citations[0]?.text).toMatch(/^The firm's first product/);
    expect(answerQuestion(firm, "what was the outcome of the union vote?").citations[0]?.text).toMatch(/^Members of the staff union/);
    expect(answerQuestion(firm, "what is the status of the harbour bridge scheme?").citations[0]?.text).toMatch(/^The harbour bridge scheme/);
  });
});

describe("answerQuestion and the measure a question asks", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("ferry", "Island ferry cuts crossings", [
      "The operator of the island ferry has cut its timetable after one of its two boats failed an inspection.",
      "The remaining vessel now makes four crossings a day instead of the usual seven.",
      "Harbour master Ines Calloway said repairs to the second boat would take until spring.",
    ]),
  );
  knowledge.add(
    makeDocument("choir", "Village choir wins prize", [
      "A village choir from Thornby has won a national prize for amateur singing.",
      "The singers had barely a month to learn the new pieces before the final.",
      "Their conductor, Amos Pell, said the win was a surprise.",
    ]),
  );

  it("answers a paraphrased how-long or how-often question from the sentence giving that measure", () => {
    expect(answerQuestion(knowledge, "How long did the vocalists get to rehearse?").citations[0]?.text).toMatch(/^The singers had barely a month/);
    expect(answerQuestion(knowledge, "How often does the ferry sail across these days?").citations[0]?.text).toMatch(/^The remaining vessel now makes four crossings/);
  });

  it("still refuses one that a sentence giving a measure is not about", () => {
    expect(answerQuestion(knowledge, "How long did the lifeguards train?").answered).toBe(false);
  });

  it("refuses one asking the measure of a thing no sentence giving a measure tells of ('the inquiry lasted six weeks' for a strike)", () => {
    const pier = new KnowledgeBase();
    pier.add(
      makeDocument("pier", "Seaside town to get new pier", [
        "Work has begun on a new pier at the seaside town of Ormley.",
        "The pier will be 240 metres long and is due to open next summer.",
        "An inquiry into the collapse of the old harbour wall lasted six weeks.",
        "The promenade has been closed for three days.",
      ]),
    );
    expect(answerQuestion(pier, "How long will the pier be?").citations[0]?.text).toMatch(/^The pier will be 240 metres long/);
    expect(answerQuestion(pier, "How long did the strike last?").answered).toBe(false);
    expect(answerQuestion(pier, "How long has the station been closed?").answered).toBe(false);
  });
});

describe("answerQuestion asked the value of a measure it names", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("tram", "New trams enter service", [
      "The first of twelve new trams entered service on the Kellbrook line on Monday.",
      "The trams can reach a top speed of 70 km/h, though they will run slower through the town centre.",
      "The fraud behind the old operator's collapse came to light in 2019.",
      "Shares in its parent company fell 8.4 percent on the news.",
    ]),
  );
  knowledge.add(
    makeDocument("painting", "Stolen painting found", [
      "A painting stolen from the Lindholm gallery has been found in a garage.",
      "The canvas, which measures roughly 90cm by 120cm, shows fishing boats on a beach.",
    ]),
  );

  it("answers from the sentence giving that measure in its unit", () => {
    expect(answerQuestion(knowledge, "What is the top speed of the new trams?").citations[0]?.text).toMatch(/^The trams can reach a top speed of 70 km\/h/);
    expect(answerQuestion(knowledge, "What size is the canvas?").citations[0]?.text).toMatch(/^The canvas, which measures roughly 90cm/);
  });

  it("refuses one whose thing no sentence gives the measure of", () => {
    expect(answerQuestion(knowledge, "What is the speed of light?").answered).toBe(false);
  });
});

describe("answerQuestion asked a measure by its noun, told in a unit of its own", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("storm", "Storm batters Pellacombe", [
      "A storm battered the coast of Pellacombe on Friday night.",
      "The flood warning was raised to level 2 as rivers rose.",
      "The town's new broadband service offers speeds of up to 500Mbps.",
      "The harbour master, who is in her sixties, stayed on duty all night.",
      "In Pellacombe pupils leave primary school at eleven, and the schools were shut on Monday.",
      "Pellacombe council's debt now stands at £120 million after the repairs.",
      "A volunteer wore a size 12 jacket lent by the coastguard.",
      "Samples from the Pellacombe reservoir showed nitrate at 61 milligrams per litre, above the limit.",
      "In the harbour, sulphate levels were measured at 12 milligrams per litre on Monday.",
      "Nitrite levels in the estuary were measured at 3 milligrams per litre.",
    ]),
  );

  it("answers from a sentence repeating the measure's noun beside a figure", () => {
    expect(answerQuestion(knowledge, "What level was the flood warning raised to?").citations[0]?.text).toMatch(/^The flood warning was raised to level 2/);
    expect(answerQuestion(knowledge, "What is the speed of the broadband service?").citations[0]?.text).toMatch(/^The town's new broadband service offers speeds/);
    expect(answerQuestion(knowledge, "What size is the jacket?").citations[0]?.text).toMatch(/^A volunteer wore a size 12 jacket/);
  });

  it("answers an age told as a decade of life, and a size of money by a sum", () => {
    expect(answerQuestion(knowledge, "What is the age of the harbour master?").citations[0]?.text).toMatch(/^The harbour master, who is in her sixties/);
    expect(answerQuestion(knowledge, "What is the size of the council's debt?").citations[0]?.text).toMatch(/^Pellacombe council's debt now stands at £120 million/);
  });

  it("answers from a sentence naming the thing measured beside a lone figure", () => {
    expect(answerQuestion(knowledge, "What age do pupils leave primary school in Pellacombe?").citations[0]?.text).toMatch(/^In Pellacombe pupils leave primary school at eleven/);
  });

  it("answers from a sentence giving the thing measured right before a figure and its unit", () => {
    expect(answerQuestion(knowledge, "What level of nitrate was found in the reservoir samples?").citations[0]?.text).toMatch(/^Samples from the Pellacombe reservoir showed nitrate at 61 milligrams/);
    expect(answerQuestion(knowledge, "What level of sulphate was measured in the harbour?").citations[0]?.text).toMatch(/^In the harbour, sulphate levels were measured at 12 milligrams/);
    expect(answerQuestion(knowledge, "What level of nitrite was measured in the estuary?").citations[0]?.text).toMatch(/^Nitrite levels in the estuary were measured at 3 milligrams/);
  });

  it("takes no count of places, nor a clock time, after the thing measured for its value", () => {
    const lake = new KnowledgeBase();
    lake.add(
      makeDocument("lake", "Algae closes Lake Tarrow", [
        "Lake Tarrow was closed to swimmers on Friday after a bloom of blue-green algae.",
        "Officials also tested for lead at 14 schools across the district as a precaution.",
        "Dissolved oxygen at 5 in the morning was at its lowest point of the week.",
      ]),
    );
    expect(answerQuestion(lake, "What level of lead was found?").answered).toBe(false);
    expect(answerQuestion(lake, "What level of oxygen was recorded?").answered).toBe(false);
  });
});

describe("answerQuestion among many articles and a word foreign to them all", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("shelter", "Stray cat finds a home", [
      "A stray cat found under a bus shelter in Marlow was adopted by a retired teacher on Friday.",
      "The animal rescue centre said the cat had been living on scraps for months.",
    ]),
  );
  // Enough other articles that the knowledge base says most words news tells anything with.
  for (let at = 0; at < 25; at++) {
    const days = Array.from({ length: 45 }, (_, day) => `The council swept the market square on day ${day + 1} of the fair.`);
    knowledge.add(makeDocument(`fair-${at}`, `Fair week ${at}`, days));
  }

  it("refuses a question whose other word a sentence holds, when no article holds anything near the foreign one", () => {
    // "purr": no sentence says it, a synonym, a derived form or a word close to it; "cat" is there.
    expect(answerQuestion(knowledge, "Why do cats purr?").answered).toBe(false);
  });

  it("still answers a question whose rare word the article says in other words", () => {
    // "feline" is in no sentence, but the article says "cat".
    expect(answerQuestion(knowledge, "who adopted the feline?").citations[0]?.text).toMatch(/^A stray cat found under a bus shelter/);
    expect(answerQuestion(knowledge, "Where was the stray cat found?").citations[0]?.text).toMatch(/^A stray cat found under a bus shelter/);
  });

  it("answers a pet name for a word the article says, when the dictionary names its kind only by a phrase", () => {
    // "kitty" and "puss" are a domestic cat, which WordNet calls by phrases alone: a cat.
    expect(answerQuestion(knowledge, "Who adopted the kitty?").citations[0]?.text).toMatch(/^A stray cat found under a bus shelter/);
    expect(answerQuestion(knowledge, "Who adopted the puss?").citations[0]?.text).toMatch(/^A stray cat found under a bus shelter/);
  });
});

describe("answerQuestion in a conversation about one article", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(makeDocument("reef-study", "Heat-tolerant coral found", ["The study was led by Professor Tom Hale, who heads the university's reef centre.", "The reef lies off Kestrel Bay."]));
  knowledge.add(makeDocument("moth-study", "Amber lights spare moths", ["The study was led by Dr Ana Ruiz, an ecologist.", "It ran for three summers."]));

  it("answers a question that leans on the conversation from the article it is about", () => {
    for (const followed of ["reef-study", "moth-study"]) {
      const answer = answerQuestion(knowledge, "Who led the study?", { followsDocumentId: followed });
      expect(answer.citations[0]?.documentId).toBe(followed);
    }
  });

  it("answers from every article when the one followed cannot answer", () => {
    const answer = answerQuestion(knowledge, "Where is the reef?", { followsDocumentId: "moth-study" });
    expect(answer.citations[0]?.text).toBe("The reef lies off Kestrel Bay.");
  });

  it("answers from the article whose things the question names, though the one followed shares its verb", () => {
    const stories = new KnowledgeBase();
    stories.add(makeDocument("cat-rescue", "Stray cat adopted", ["Staff at the animal rescue centre checked the cat for a microchip.", "The rescue centre takes in about 600 animals every year."]));
    stories.add(makeDocument("river-flood", "River bursts its banks", ["Firefighters used boats to rescue an elderly couple who were trapped upstairs.", "More than 120 homes were flooded."]));
    stories.add(makeDocument("museum-theft", "Brooch stolen from museum", ["Police said the museum alarm went off at 2.15am.", "The thieves took a gold brooch."]));
    stories.add(makeDocument("mountain-rescue", "Climbers airlifted", ["One of the men raised the alarm with his phone at about 6pm.", "A helicopter lifted the two climbers off the ridge."]));
    const rescuers = answerQuestion(stories, "Who rescued the elderly couple?", { followsDocumentId: "cat-rescue" });
    expect(rescuers.citations[0]?.documentId).toBe("river-flood");
    const alarm = answerQuestion(stories, "What time did the museum alarm go off?", { followsDocumentId: "mountain-rescue" });
    expect(alarm.citations[0]?.text).toBe("Police said the museum alarm went off at 2.15am.");
  });

  it("does not answer from the article followed what no article answers", () => {
    const stories = new KnowledgeBase();
    stories.add(makeDocument("cup-match", "Westley win the cup", ["Westley took the lead through a header from captain Sam Ruddock.", "A crowd of 2,300 watched the match."]));
    stories.add(makeDocument("robot-prize", "Pupils win robotics prize", ["A team of pupils from Brookfield High School has won a national robotics competition.", "Their robot sorts bottles from cans."]));
    expect(answerQuestion(stories, "Who is the captain of the robotics team?").answered).toBe(false);
    expect(answerQuestion(stories, "Who is the captain of the robotics team?", { followsDocumentId: "cup-match" }).answered).toBe(false);
  });
});

describe("answerQuestion among many texts", () => {
  /**
   * A thousand sentences of depot reports, each line ending as told ("…under a clear sky."), and
   * the articles given: a knowledge base of many texts.
   */
  function amongDepotReports(ending: string, ...articles: KnowledgeDocument[]): KnowledgeBase {
    const knowledge = new KnowledgeBase();
    for (let report = 0; report < 50; report++) {
      const lines = Array.from({ length: 20 }, (_, line) => `Ward ${report} logged ${line + 3} parcels ${ending.replace("{shift}", String(report + line)).replace("{depot}", String(line))}`);
      knowledge.add(makeDocument(`report-${report}`, `Depot report ${report}`, lines));
    }
    for (const article of articles) knowledge.add(article);
    return knowledge;
  }

  const many = amongDepotReports(
    "by telephone at depot {depot} on shift {shift} under a clear sky.",
    makeDocument("opera", "Lost opera staged", [
      "Helena Varga conducted the premiere at the Hollin Theatre on Friday.",
      "“Where we had to invent, we marked it in the score,” the conductor said.",
      "Moth caterpillars are a staple food for blue tits and other garden birds.",
    ]),
  );

  it("does not answer from a sentence that shares one word of the question and lacks the others", () => {
    expect(answerQuestion(many, "who invented the telephone").answered).toBe(false);
    expect(answerQuestion(many, "why is the sky blue").answered).toBe(false);
  });

  it("does not answer from a sentence whose one word in common is a name of the wider world its article says there alone, in passing", () => {
    const withMemoir = amongDepotReports(
      "by telephone at depot {depot} on shift {shift} under a clear sky.",
      makeDocument("memoir", "A general's memoir", [
        "William Slim, a former Governor General of Australia, was the principal British commander in Burma.",
        "Slim wrote the memoir in 1956, after he left the army.",
      ]),
      makeDocument("depots", "Depots to be rebuilt", ["The council set aside a capital budget to rebuild the depots."]),
      makeDocument("park", "Park reopens", ["The opening day lineup included a brass band, a school choir and the folk singer Nessa Drumm, who grew up beside the park."]),
      makeDocument("clubs", "Ward clubs", ["Ward 3 will play Ward 9 at cricket on Sunday.", "Music lessons start in May."]),
    );
    expect(answerQuestion(withMemoir, "What's the capital of Australia?").answered).toBe(false);
    expect(answerQuestion(withMemoir, "what did Slim even command").citations[0]?.text).toMatch(/^William Slim/);
    // A name no dictionary knows, said once, is the article's own: what the question asks about.
    expect(answerQuestion(withMemoir, "What kind of music does Drumm play?").citations[0]?.text).toMatch(/^The opening day lineup/);
  });

  it("does not take a measure given in its units for the answer where it shares only common words, as it would of one article", () => {
    const heatwave = makeDocument("heatwave", "Algae closes the lake", ["Scientists blamed a fortnight of temperatures above 31 degrees Celsius and high levels of nutrients."]);
    expect(answerQuestion(amongDepotReports("at depot {depot} on shift {shift}.", heatwave), "At what temperature does water boil at high altitude?").answered).toBe(false);
    const one = new KnowledgeBase();
    one.add(makeDocument("chess", "Chess final", ["A primary school chess club has qualified for a national final.", "The team, made up of pupils aged between eight and 11, won 41 of their 56 games across the day."]));
    expect(answerQuestion(one, "ok but how old are the kids on the team tbh").citations[0]?.text).toMatch(/aged between eight and 11/);
  });

  it("answers from one that shares a name of the question, or two of its words", () => {
    expect(answerQuestion(many, "what did Varga even do").citations[0]?.text).toMatch(/^Helena Varga conducted/);
    expect(answerQuestion(many, "what do blue tits eat").citations[0]?.text).toMatch(/^Moth caterpillars/);
  });

  it("answers a follow-up from the article talked about, where one word in common is no chance", () => {
    const shows = amongDepotReports(
      "at depot {depot} before the show.",
      makeDocument("trials", "Sheepdog trials called off", ["The Northern Fells sheepdog trials were cancelled after an outbreak of bluetongue.", "The adjudicator, shepherd Ian Marsh, said the decision was painful but right."]),
    );
    expect(answerQuestion(shows, "who was the adjudicator at the show").answered).toBe(false);
    expect(answerQuestion(shows, "who was the adjudicator at the show", { followsDocumentId: "trials" }).citations[0]?.text).toMatch(/^The adjudicator, shepherd Ian Marsh/);
  });
});

describe("answerQuestion and what someone's job is", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("fire", "Family loses mother in house fire", [
      "Henry Kowalski lost his wife in a fire at their home on Sunday. They are home now with the other Kowalski children, Vicky, 14, and Dennis, 6.",
      "Assistant Fire Chief Chester Cornell said gas fumes were ignited by a candle.",
      "Kowalski, a roofer who seldom worked last winter, was already behind on payments for the house.",
    ]),
  );

  it("answers by the words describing the one asked about, not another name's beside theirs", () => {
    expect(answerQuestion(knowledge, "What was Henry Kowalski's job?").citations[0]?.text).toMatch(/^Kowalski, a roofer/);
    expect(answerQuestion(knowledge, "Who is Chester Cornell?").citations[0]?.text).toMatch(/^Assistant Fire Chief/);
  });

  it("reads a job title asked as the job: a sentence giving the role need not say 'title'", () => {
    // Among texts that say "job" often, "title" would be the question's weightiest word.
    const crowded = new KnowledgeBase();
    for (let at = 0; at < 40; at++) crowded.add(makeDocument(`jobs-${at}`, `Jobs report ${at}`, [`The job market added ${at} jobs in the county, and job seekers found more job offers.`]));
    crowded.add(makeDocument("fire", "Family loses mother in house fire", ["Assistant Fire Chief Chester Cornell said gas fumes were ignited by a candle."]));
    expect(answerQuestion(crowded, "What is Chester Cornell's job title?").citations[0]?.text).toMatch(/^Assistant Fire Chief/);
    expect(answerQuestion(knowledge, "what's cornell's job title").citations[0]?.text).toMatch(/^Assistant Fire Chief/);
  });

  it("reads what someone does for work as their job, not as what they did", () => {
    for (const question of ["What does Kowalski do for a living?", "what does kowalski do for work"]) {
      expect(answerQuestion(knowledge, question).citations[0]?.text).toMatch(/^Kowalski, a roofer/);
    }
  });
});

describe("answerQuestion and a kind of person the question gives as someone's own", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("ferry", "Ferry strike hits harbour trade", [
      "The ferry strike entered its second week on Monday.",
      "Business owners on the quay say the strike has hit them hard. Rosa Pellegrini, who runs a café by the terminal, said her takings had halved.",
      "\"People used to stop for coffee before the crossing,\" she said. \"Now nobody comes.\"",
    ]),
  );

  it("refuses a kind of person the article never says, even given as someone's own ('her lawyer')", () => {
    expect(answerQuestion(knowledge, "What did the ferry company's lawyer say about the strike?").answered).toBe(false);
    expect(answerQuestion(knowledge, "What did Rosa Pellegrini say her lawyer advised?").answered).toBe(false);
  });
});

describe("answerQuestion and a name's words", () => {
  it("reads no noun's meaning into a word of a name among several articles ('the Ground Truth project' owns no land)", () => {
    const knowledge = new KnowledgeBase();
    for (const path of ["holdout33/articles/churchyard-soil-antibiotic.md", "holdout99/articles/brown-missiles-aircraft.md"]) {
      const file = new URL(`../fixtures/${path}`, import.meta.url);
      knowledge.add(buildDocument(parseDocument(readFileSync(file, "utf8"), path), GLOBAL_SCOPE));
    }
    // The soil article never says what the project cost; a sentence on the cost of jet engines is no answer.
    expect(answerQuestion(knowledge, "How much did it cost to set up the Ground Truth project?").answered).toBe(false);
  });
});

describe("answerQuestion and a plural that is a verb's present too", () => {
  const knowledge = new KnowledgeBase();
  knowledge.add(
    makeDocument("poet", "Exiled poet returns for a reading", [
      "The exiled poet Tomas Varga, currently residing in Lisbon, returned to Budapest on Monday for a reading.",
      "Lisbon has a large Hungarian community, according to the embassy.",
      "He met the city's mayor and signed books for two hours.",
    ]),
  );

  it("reads 'lives' as the question's verb, which 'residing' answers", () => {
    for (const question of ["Which Hungarian poet lives in Lisbon?", "wait varga lives in lisbon??", "Who lives in Lisbon now?"]) {
      const answer = answerQuestion(knowledge, question);
      expect(answer.citations[0]?.text).toContain("currently residing in Lisbon");
    }
  });
});

describe("answerQuestion and a count told by what the deed brought about", () => {
  it("counts what a deed brought about as the deed asked, where the text tells the deed elsewhere", () => {
    const road = new KnowledgeBase();
    road.add(makeDocument("road", "Crossing for hedgehogs", ["A tunnel has been dug under the bypass to stop hedgehogs being killed by traffic.", "It follows the deaths of at least 23 hedgehogs on the same stretch of road last year.", "Volunteers counted 40 hedgehogs in the gardens nearby."]));
    expect(answerQuestion(road, "How many hedgehogs have been killed on the road?").citations[0]?.text).toMatch(/^It follows the deaths/);
  });
});

describe("answerQuestion and a title before a name", () => {
  const news = new KnowledgeBase();
  news.add(makeDocument("salem", "A busy week in Salem", ["The meeting of war mothers will hear a greeting from Gov. Mark Hatfield.", "On Monday he will speak in Eugene at the Kiwanis Club."]));

  it("reads the name alone where the text never says the title as asked", () => {
    expect(answerQuestion(news, "Where will Governor Hatfield speak on Monday?").citations[0]?.text).toMatch(/^On Monday he will speak/);
  });

  it("keeps the title where the text gives the name another one", () => {
    const senate = new KnowledgeBase();
    senate.add(makeDocument("senate", "A busy week in Salem", ["The meeting will hear a greeting from Sen. Ruth Albright.", "On Monday she will speak in Eugene at the Kiwanis Club."]));
    expect(answerQuestion(senate, "Where will Senator Albright speak on Monday?").citations[0]?.text).toMatch(/^On Monday she will speak/);
    expect(answerQuestion(senate, "Where will Governor Albright speak on Monday?").answered).toBe(false);
  });

  it("still refuses a name the text lacks, whatever its title, and a given name it lacks", () => {
    expect(answerQuestion(news, "Where will Governor Whitmore speak on Monday?").answered).toBe(false);
    expect(answerQuestion(news, "Where will George Hatfield speak on Monday?").answered).toBe(false);
  });
});

describe("answerQuestion and a name its article is about", () => {
  it("reads a name said in three sentences as what the article is about, around the sentences without it", () => {
    const club = new KnowledgeBase();
    club.add(
      makeDocument("otters", "Swimmers face dawn starts", [
        "The Otters swimming club will have to train at 6am from January after the leisure centre cut its pool hours.",
        "The Otters have 140 members, most of them under 16.",
        "Head coach Marcus Ojo said early starts were far from ideal for teenagers.",
        "The Otters will also raise their fees.",
      ]),
    );
    expect(answerQuestion(club, "Who is the head coach of the Otters?").citations[0]?.text).toMatch(/^Head coach Marcus Ojo/);
  });
});
