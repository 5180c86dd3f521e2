import { describe, expect, it } from "vitest";
import { Thesaurus } from "../../src/search/synonyms.ts";
import { WordVectors } from "../../src/search/word-vectors.ts";
import { WordNet } from "../../src/search/wordnet.ts";

const thesaurus = new Thesaurus();
const weightOf = (lemma: string, word: string) => thesaurus.related(lemma).find((related) => related.word === word)?.weight;

describe("Thesaurus", () => {
  it("reads what a verb brings about, and the nouns made from that word, but not words whose commonest sense is another", () => {
    const results = thesaurus.resultsOf("kill").map((related) => related.word);
    expect(results).toEqual(expect.arrayContaining(["die", "death"]));
    expect(results).not.toContain("go");
    expect(results).not.toContain("release");
    expect(thesaurus.resultsOf("sell")).toEqual([]);
  });

  it("offers synonyms below the word's own weight", () => {
    expect(weightOf("picture", "image")).toBeGreaterThan(0.3);
    expect(weightOf("picture", "image")).toBeLessThan(1);
  });

  it("offers a verb's synonyms in the senses it shares with its subject at the synonym weight, however rare the sense", () => {
    const shared = (verb: string, subject: string) => thesaurus.synonymsInSensesWith(verb, subject).map((related) => related.word);
    // "show" as picture, depict, render is its fifth sense, far below "demonstrate".
    expect(weightOf("show", "depict")).toBeLessThan(0.4);
    expect(thesaurus.synonymsInSensesWith("show", "picture")).toContainEqual({ word: "depict", weight: 0.6 });
    expect(shared("show", "picture")).not.toContain("demonstrate");
    expect(shared("read", "record")).toContain("register");
    expect(shared("show", "council")).toEqual([]);
    expect(shared("show", "show")).toEqual([]);
    // A synonym of the subject in its commonest sense picks the sense too: a photograph is a picture.
    expect(shared("show", "photograph")).toContain("depict");
    expect(shared("show", "photograph")).not.toContain("demonstrate");
    // Not through the verb itself, which all its senses hold (a "survey" is a "study").
    expect(shared("study", "survey")).not.toContain("meditate");
  });

  it("weighs a sense far rarer in tagged text than the commonest at half, unless it fits the question best", () => {
    // "mountain" is a heap ("a mountain of paperwork") in none of 17 tagged uses, a raised landform in all.
    expect(weightOf("mountain", "mount")).toBeGreaterThan(0.5);
    expect(weightOf("mountain", "mess")).toBeLessThan(0.3);
    const heapFits = (synset: { words: readonly string[] }) => (synset.words.includes("mess") ? 1 : 0.1);
    expect(thesaurus.related("mountain", false, heapFits).find((related) => related.word === "mess")?.weight).toBeGreaterThan(0.5);
    // "stance" is met twice in all: one use tells nothing rare.
    expect(weightOf("stance", "posture")).toBeGreaterThan(0.5);
  });

  it("keeps a large family's commonest kinds, not the first WordNet lists: a researcher is a scientist", () => {
    const vectors = WordVectors.load();
    const ranked = new Thesaurus(new WordNet(), {}, (word) => vectors.rankOf(word));
    const words = ranked.related("scientist").map((related) => related.word);
    expect(words).toContain("researcher");
    expect(words).not.toContain("bibliotist");
  });

  it("keeps a large family's rarer kinds apart, at the weight of its commonest: a lifeguard is an attendant", () => {
    const vectors = WordVectors.load();
    const ranked = new Thesaurus(new WordNet(), {}, (word) => vectors.rankOf(word));
    expect(ranked.related("attendant").map((related) => related.word)).not.toContain("lifeguard");
    const rarer = ranked.rarerKinds("attendant");
    expect(rarer.find((kind) => kind.word === "lifeguard")?.weight).toBe(ranked.related("attendant").find((related) => related.word === "caddie")?.weight);
    expect(rarer.map((kind) => kind.word)).not.toContain("caddie");
  });

  it("reads a verb's past form through its verb senses alone: 'died' is no dice", () => {
    const words = (lemma: string, asPastVerbForm: boolean) => thesaurus.related(lemma, asPastVerbForm).map((related) => related.word);
    expect(words("die", false)).toContain("dice");
    expect(words("die", true)).not.toContain("dice");
    expect(words("die", true)).not.toContain("six");
    expect(words("die", true)).toContain("perish");
  });

  it("reads a noun's synonyms' derived words and its broader words through its noun senses alone: a 'cat' is never 'sick'", () => {
    const words = (found: { word: string }[]) => found.map((related) => related.word);
    expect(words(thesaurus.synonymForms("cat"))).toContain("sick");
    expect(words(thesaurus.synonymForms("cat", false, true))).not.toContain("sick");
    // Its own derived words stay, whatever the sense: "visits" are made by visitors.
    expect(words(thesaurus.derivedSynonyms("visit"))).toContain("visitor");
    expect(words(thesaurus.broader("cat", false, true))).toContain("feline");
  });

  it("offers a phrasal verb's joined noun, unless it is someone's name: 'put in' is no 'Putin'", () => {
    const words = (lemma: string) => thesaurus.related(lemma).map((related) => related.word);
    expect(words("lay_off")).toContain("layoff");
    expect(words("put_in")).not.toContain("putin");
  });

  it("offers a change of state what causes it, not the other way, nor a perception: 'were killed' says they died", () => {
    const words = (lemma: string) => thesaurus.related(lemma, true).map((related) => related.word);
    expect(words("die")).toContain("kill");
    expect(words("see")).not.toContain("show");
    expect(words("kill")).not.toContain("die");
  });

  it("offers the named place an adjective is of, not the noun of any other adjective", () => {
    expect(weightOf("scottish", "scotland")).toBeGreaterThan(0.3);
    expect(weightOf("economic", "economics")).toBeUndefined();
  });

  it("offers a named place its people's adjective, which WordNet links only the other way", () => {
    expect(weightOf("israel", "israeli")).toBeGreaterThan(0.3);
    expect(weightOf("netherlands", "dutch")).toBeGreaterThan(0.3);
    expect(weightOf("economics", "economic")).toBeUndefined();
  });

  it("offers a people's noun its place, any place of that name and the place's adjective", () => {
    expect(weightOf("spaniard", "spain")).toBeGreaterThan(0.3);
    expect(weightOf("briton", "uk")).toBeGreaterThan(0.3);
    expect(weightOf("british", "uk")).toBeGreaterThan(0.3);
    expect(weightOf("juror", "spain")).toBeUndefined();
  });

  it("takes a British spelling for the same word as the American one, not for a synonym", () => {
    expect(weightOf("organisation", "organization")).toBe(1);
    expect(weightOf("centre", "center")).toBe(1);
    expect(weightOf("programme", "program")).toBe(1);
    expect(weightOf("colour", "color")).toBe(1);
    // The British verb in "-ise" whose American spelling is the noun's "-ice".
    expect(weightOf("practise", "practice")).toBe(1);
    expect(weightOf("organisation", "administration")).toBeLessThan(1);
  });

  it("offers a group's members at the synonym weight, and not a member's group", () => {
    expect(weightOf("jury", "juror")).toBe(weightOf("captive", "prisoner"));
    expect(weightOf("juror", "jury")).toBeUndefined();
  });

  it("does not offer a named body's members: NATO is no Germany", () => {
    expect(weightOf("nato", "germany")).toBeUndefined();
    expect(weightOf("opec", "iran")).toBeUndefined();
  });

  it("offers narrower words at a lower weight than synonyms", () => {
    expect(weightOf("boat", "ferry")).toBeLessThan(weightOf("captive", "prisoner") ?? 0);
  });

  it("offers a person's kinds by role at a synonym's weight: a hostage is the captive asked about", () => {
    expect(weightOf("captive", "hostage")).toBe(weightOf("captive", "prisoner"));
    // Not a thing's: a ferry is one boat of many.
    expect(weightOf("boat", "ferry")).toBeLessThan(weightOf("captive", "hostage") ?? 0);
  });

  it("keeps broader words apart, at a lower weight than narrower ones", () => {
    const broader = (lemma: string) => thesaurus.broader(lemma).find((related) => related.word === "steal")?.weight;
    expect(weightOf("swipe", "steal")).toBeUndefined();
    expect(broader("swipe")).toBeGreaterThan(0);
    expect(broader("swipe")).toBeLessThan(weightOf("boat", "ferry") ?? 0);
  });

  it("leaves out a broader word with a great many kinds under it", () => {
    const broader = (lemma: string) => thesaurus.broader(lemma).map((related) => related.word);
    expect(broader("fighter")).not.toContain("individual");
    expect(broader("position")).toContain("job");
  });

  it("keeps the synonyms of a derived form apart, at the synonym weight", () => {
    const throughDerived = (lemma: string, word: string) => thesaurus.derivedSynonyms(lemma).find((related) => related.word === word)?.weight;
    expect(weightOf("lightheaded", "dizziness")).toBeUndefined();
    expect(throughDerived("lightheaded", "dizziness")).toBe(weightOf("captive", "prisoner"));
  });

  it("keeps its synonyms' derived forms apart, below a synonym's weight", () => {
    const synonymForm = (lemma: string, word: string) => thesaurus.synonymForms(lemma).find((related) => related.word === word)?.weight;
    // "establish" is "found" (a synonym), whose doer is a "founder".
    expect(weightOf("establish", "founder")).toBeUndefined();
    expect(synonymForm("establish", "founder")).toBeGreaterThan(0);
    expect(synonymForm("establish", "founder")).toBeLessThan(weightOf("establish", "found") ?? 0);
  });

  it("offers the verb a phrasal verb is a kind of, below a synonym's weight: to walk out is to leave", () => {
    expect(thesaurus.related("walk_out").find((related) => related.word === "leave")?.weight).toBeGreaterThan(weightOf("boat", "ferry") ?? 1);
    expect(thesaurus.related("walk_out").find((related) => related.word === "leave")?.weight).toBeLessThan(weightOf("captive", "prisoner") ?? 0);
    // Not for a verb of one word: that is a broader word, kept apart.
    expect(weightOf("swipe", "steal")).toBeUndefined();
  });

  it("offers derived and attribute forms", () => {
    expect(weightOf("negotiate", "negotiation")).toBeDefined();
    expect(weightOf("deep", "depth")).toBeDefined();
  });

  it("gives the head adjectives an adjective's senses lean on, or the adjective where it heads one", () => {
    expect(thesaurus.adjectiveHeads("chilly")).toContain("cold");
    expect(thesaurus.adjectiveHeads("chilly")).not.toContain("chilly");
    expect(thesaurus.adjectiveHeads("lengthy")).toEqual(["long"]);
    expect(thesaurus.adjectiveHeads("senior")[0]).toBe("senior");
  });

  it("offers near-synonyms of adjectives", () => {
    expect(weightOf("big", "colossal")).toBeGreaterThan(0.3);
    expect(weightOf("hard", "arduous")).toBeGreaterThan(0.3);
  });

  it("finds phrasal verbs, whose synonyms are not their verb's", () => {
    const phrases = thesaurus.phrasalVerbs(["why", "did", "they", "call", "off", "the", "festival", "and", "line", "the", "boats", "up"]);
    expect([...phrases.values()]).toEqual([
      { verb: "call", phrase: "call_off", bound: ["off"] },
      { verb: "line", phrase: "line_up", bound: ["up"] },
    ]);
    expect(weightOf("call_off", "cancel")).toBeGreaterThan(0.3);
    expect(thesaurus.phrasalVerbs(["roll", "it", "out"]).get("roll")?.phrase).toBe("roll_out");
    expect(thesaurus.phrasalVerbs(["how", "much", "does", "a", "bag", "set", "you", "back", "these", "days"]).get("set")?.phrase).toBe("set_back");
    expect(thesaurus.phrasalVerbs(["who", "kicked", "fatah", "out"]).get("kicked")?.phrase).toBe("kick_out");
    expect(thesaurus.phrasalVerbs(["who", "kicked", "fatah", "out", "of", "gaza"]).has("kicked")).toBe(false);
    expect(weightOf("roll_out", "rollout")).toBeGreaterThan(0.3);
    // "lay" is also the past of "lie": the phrase is the one WordNet knows.
    expect(thesaurus.phrasalVerbs(["will", "they", "lay", "people", "off"]).get("lay")?.phrase).toBe("lay_off");
  });

  it("reads a phrasal verb through what its particle makes of its verb's commonest synonyms: 'push out' as 'force out', 'hand back' as 'give back'", () => {
    const kin = (phrase: string) => thesaurus.kindredPhraseWords(phrase).map((related) => related.word);
    // WordNet's only "push out" is "obtrude"; "force out" is "depose", a kind of "oust".
    expect(kin("push_out")).toContain("oust");
    // WordNet has no "hand back" at all: it is still read as a phrase, "give back" being "return".
    expect(kin("hand_back")).toContain("return");
    expect(thesaurus.phrasalVerbs(["can", "readers", "hand", "back", "books"]).get("hand")?.phrase).toBe("hand_back");
    for (const related of thesaurus.kindredPhraseWords("push_out")) expect(related.weight).toBeLessThanOrEqual(0.45);
    // Not a light verb's ("take", "give"), nor after a preposition that is no particle ("meet in Doha").
    expect(kin("take_over")).toEqual([]);
    expect(thesaurus.phrasalVerbs(["did", "they", "meet", "in", "doha"]).has("meet")).toBe(false);
  });

  it("reads an idiom WordNet knows as one verb, a possessive for its 'one's': 'pull the plug', 'drag their heels'", () => {
    expect(thesaurus.phrasalVerbs(["when", "did", "they", "pull", "the", "plug"]).get("pull")).toEqual({ verb: "pull", phrase: "pull_the_plug", bound: ["the", "plug"] });
    expect(thesaurus.phrasalVerbs(["did", "they", "drag", "their", "heels"]).get("drag")?.phrase).toBe("drag_one's_heels");
    expect(thesaurus.phrasalVerbs(["did", "they", "pull", "a", "plug"]).get("pull")).toBeUndefined();
    expect(thesaurus.related("pull_the_plug").map((related) => related.word)).toContain("stop");
  });

  it("indexes a text's phrasal verbs with its compounds, a pronoun between verb and particle or not", () => {
    expect(thesaurus.multiWordLemmas(["the", "organisers", "called", "off", "the", "race"])).toEqual(["call_off"]);
    expect(thesaurus.multiWordLemmas(["he", "gave", "it", "away"])).toEqual(["give_away"]);
    expect(thesaurus.multiWordLemmas(["he", "walked", "to", "the", "stadium"])).toEqual([]);
  });

  it("indexes no phrasal verb where its particle is a preposition: 'ran over the bridge' is no 'knock down'", () => {
    expect(thesaurus.multiWordLemmas(["the", "lorry", "ran", "over", "the", "bridge"])).toEqual([]);
    // "Down the stairs" is an adverb of several words, indexed as written.
    expect(thesaurus.multiWordLemmas(["he", "fell", "down", "the", "stairs"])).toEqual(["down_the_stairs"]);
    expect(thesaurus.multiWordLemmas(["they", "turned", "up", "the", "road"])).toEqual([]);
    expect(thesaurus.multiWordLemmas(["fans", "poured", "out", "of", "the", "stadium"])).toEqual([]);
    // The noun phrase is the phrasal verb's object here.
    expect(thesaurus.multiWordLemmas(["the", "lorry", "ran", "over", "a", "dog"])).toEqual(["run_over"]);
    expect(thesaurus.multiWordLemmas(["they", "turned", "down", "the", "offer"])).toEqual(["turn_down"]);
    expect(thesaurus.multiWordLemmas(["he", "set", "up", "a", "shop"])).toEqual(["set_up"]);
  });

  it("reads a light verb and 'to' before a place's or a person's name as a journey, no phrase ('go to Moscow' is no 'attend')", () => {
    expect(thesaurus.phrasalVerbs(["why", "did", "hamas", "go", "to", "moscow"]).has("go")).toBe(false);
    expect(thesaurus.phrasalVerbs(["when", "did", "she", "go", "to", "marzook"]).has("go")).toBe(false);
    expect(thesaurus.phrasalVerbs(["did", "they", "go", "to", "the", "meeting"]).get("go")?.phrase).toBe("go_to");
  });

  it("indexes a verb of several words opened by the verb's past or present ('fell asleep' as fall_asleep), no noun so joined", () => {
    expect(thesaurus.multiWordLemmas(["the", "children", "fell", "asleep", "earlier"])).toEqual(["fall_asleep"]);
    expect(thesaurus.multiWordLemmas(["the", "van", "caught", "fire", "on", "the", "motorway"])).toEqual(["catch_fire"]);
    expect(thesaurus.multiWordLemmas(["the", "shop", "has", "changed", "hands", "twice"])).toEqual(["change_hands"]);
    expect(thesaurus.compounds(["when", "did", "the", "ship", "run", "aground"]).get("run")).toBe("run_aground");
    expect(thesaurus.compounds(["the", "ship", "ran", "aground"]).get("ran")).toBe("run_aground");
    // "fire" says what kind of crews: the cameras caught no fire.
    expect(thesaurus.multiWordLemmas(["security", "cameras", "caught", "fire", "crews", "forcing", "the", "gate"])).toEqual([]);
    expect(thesaurus.multiWordLemmas(["they", "shook", "hands", "warmly"])).toEqual(["shake_hands"]);
    // WordNet's fall_guy is a noun: "fell" opens it in no form.
    expect(thesaurus.multiWordLemmas(["the", "fell", "guy", "was", "blamed"])).toEqual([]);
  });

  it("offers synonyms of several words, which a text's compounds are indexed as", () => {
    expect(thesaurus.synonyms("water_table").map((synonym) => synonym.word)).toContain("groundwater_level");
    expect(thesaurus.multiWordLemmas(["groundwater", "levels", "have", "fallen", "in", "the", "valley"])).toEqual(["groundwater_level"]);
  });

  it("finds compounds of content words and the words they stand for", () => {
    const compounds = thesaurus.compounds(["did", "they", "travel", "to", "the", "russian", "capital", "near", "the", "burial", "mounds"]);
    expect([...compounds]).toEqual([
      ["russian", "russian_capital"],
      ["capital", "russian_capital"],
      ["burial", "burial_mound"],
      ["mounds", "burial_mound"],
    ]);
    expect(thesaurus.synonyms("russian_capital").map((synonym) => synonym.word)).toContain("moscow");
    expect(thesaurus.synonyms("every_year").map((synonym) => synonym.word)).toContain("annually");
    // Grammar ("so far", "kind of", "out of") and a verb with its particle ("break away") are no compounds.
    for (const words of [["so", "far"], ["what", "kind", "of", "boat"], ["out", "of", "fuel"], ["they", "break", "away"]]) {
      expect(thesaurus.compounds(words).size).toBe(0);
    }
  });

  it("links adverbs and their adjectives both ways", () => {
    expect(thesaurus.knows("originally")).toBe(true);
    expect(weightOf("originally", "original")).toBeGreaterThan(0.3);
    expect(weightOf("legal", "legally")).toBeGreaterThan(0.3);
    expect(weightOf("happy", "happily")).toBeGreaterThan(0.3);
    // WordNet gives "safely" no adjective: its English form does, for an adverb alone in its senses.
    expect(weightOf("safely", "safe")).toBeGreaterThan(0.3);
    expect(weightOf("barely", "bare")).toBeUndefined();
  });

  it("lets a named place stand for the place it is part of", () => {
    expect(weightOf("tehran", "iran")).toBeGreaterThan(0.3);
    expect(weightOf("kremlin", "moscow")).toBeGreaterThan(0.3);
  });

  it("leaves out broader words", () => {
    expect(weightOf("fighter", "individual")).toBeUndefined();
  });

  it("offers the word a narrower one is glossed as another term for as a synonym: 'brolly' for 'umbrella', not 'lager' for 'beer'", () => {
    expect(weightOf("brolly", "umbrella")).toBe(0.6);
    // The other way only as a narrower word: "bean" and "dome" are informal terms for a head, but first other things.
    expect(weightOf("umbrella", "brolly")).toBe(0.35);
    expect(weightOf("head", "bean") ?? 0).toBeLessThanOrEqual(0.35);
    // A person's commonest kinds keep their weight: "cops" are among the policemen a text names.
    expect(weightOf("policeman", "cop")).toBe(0.6);
    expect(weightOf("cop", "policeman")).toBe(0.6);
    // "a general term for beer made with bottom fermenting yeast" defines a kind of beer.
    expect(weightOf("lager", "beer")).toBeUndefined();
  });

  it("tells verbs of saying, thinking and feeling from others", () => {
    expect(["say", "warn", "believe", "react"].every((verb) => thesaurus.reportsSpeechOrThought(verb))).toBe(true);
    expect(["kill", "cost", "find", "be"].some((verb) => thesaurus.reportsSpeechOrThought(verb))).toBe(false);
  });

  it("tells words that are only verbs of saying, thinking or feeling from nouns and other verbs", () => {
    expect(["thank", "react", "complain", "confirm"].every((verb) => thesaurus.isVerbOfSpeechOrThought(verb))).toBe(true);
    expect(["book", "joke", "swim", "kill"].some((word) => thesaurus.isVerbOfSpeechOrThought(word))).toBe(false);
  });

  it("takes a verb whose noun no tagged text uses for a verb alone", () => {
    // "a think", "have your say" are nouns WordNet lists but never met.
    expect(["think", "say"].every((verb) => thesaurus.isVerbOfSpeechOrThought(verb))).toBe(true);
  });

  it("tells words about money from others", () => {
    expect(["cost", "pay", "fee", "buy"].every((word) => thesaurus.concernsMoney(word))).toBe(true);
    expect(["water", "coral", "die", "weigh"].some((word) => thesaurus.concernsMoney(word))).toBe(false);
  });

  it("tells verbs about money by their verb's senses: 'cost' and 'lose' are, 'cut' is not, though a noun 'cut' is a share", () => {
    expect(["cost", "lose", "pay", "earn"].every((verb) => thesaurus.concernsMoneyAsVerb(verb))).toBe(true);
    expect(["cut", "reduce", "drop"].some((verb) => thesaurus.concernsMoneyAsVerb(verb))).toBe(false);
  });

  it("knows dictionary words and not names or typos", () => {
    expect(thesaurus.knows("rocket")).toBe(true);
    expect(thesaurus.knows("netanyahu")).toBe(false);
    expect(thesaurus.knows("relase")).toBe(false);
  });
});

describe("Thesaurus and phrases that mean a stop word", () => {
  it("reads a phrase whose first sense is 'happen' as telling only that something happened", () => {
    expect(thesaurus.meansStopWord("take_place")).toBe(true);
    expect(thesaurus.meansStopWord("come_about")).toBe(true);
  });

  it("does not read so a phrase of its own meaning, nor one that means 'happen' only in a rarer sense", () => {
    expect(thesaurus.meansStopWord("take_off")).toBe(false);
    expect(thesaurus.meansStopWord("go_on")).toBe(false);
  });
});

describe("Thesaurus and kinds of person and body", () => {
  it("knows the office a role's holder holds, and no other person or verb of it", () => {
    expect(thesaurus.officesOf("editor")).toEqual(["editorship"]);
    expect(thesaurus.officesOf("president")).toContain("presidency");
    expect(thesaurus.officesOf("chairman")).not.toContain("chairwoman");
    expect(thesaurus.officesOf("guy")).toEqual([]);
    // A realm or a group is no office: "the kingdom", "its membership".
    expect(thesaurus.officesOf("king")).not.toContain("kingdom");
    expect(thesaurus.officesOf("member")).toEqual([]);
  });

  it("knows a person by role from a word for anyone by sex or age", () => {
    expect(thesaurus.namesPersonByRole("minister")).toBe(true);
    expect(thesaurus.namesPersonByRole("barrister")).toBe(true);
    // A professional is an adult to WordNet, but a librarian or a lawyer is one by role.
    expect(thesaurus.namesPersonByRole("librarian")).toBe(true);
    expect(thesaurus.namesPersonByRole("lawyer")).toBe(true);
    expect(thesaurus.namesPersonByRole("woman")).toBe(false);
    expect(thesaurus.namesPersonByRole("guy")).toBe(false);
    expect(thesaurus.namesPersonByRole("kid")).toBe(false);
    expect(thesaurus.namesPersonByRole("company")).toBe(false);
  });

  it("knows a broad class ('official', 'people') from a particular kind ('executive', 'passenger')", () => {
    expect(["official", "people", "game"].map((word) => thesaurus.namesBroadClass(word))).toEqual([true, true, true]);
    expect(["executive", "judge", "passenger", "car"].map((word) => thesaurus.namesBroadClass(word))).toEqual([false, false, false, false]);
  });

  it("knows a verb's doer by its '-er' or '-or' ('owner' owns, 'runner' runs), not a 'minister'", () => {
    expect(thesaurus.namesDoer("owner")).toBe(true);
    expect(thesaurus.namesDoer("driver")).toBe(true);
    expect(thesaurus.namesDoer("runner")).toBe(true);
    expect(thesaurus.namesDoer("director")).toBe(true);
    expect(thesaurus.namesDoer("minister")).toBe(false);
    expect(thesaurus.namesDoer("ambassador")).toBe(false);
  });

  it("gives the nouns for a verb's doer: its own word when that is a kind of person, and its derived person nouns", () => {
    expect(thesaurus.doerNouns("chair")).toContain("chair");
    expect(thesaurus.doerNouns("lead")).toContain("leader");
    expect(thesaurus.doerNouns("own")).toEqual(["owner"]);
    // "Teach" is one pirate's name, no kind of person.
    expect(thesaurus.doerNouns("teach")).toEqual(["teacher"]);
    expect(thesaurus.namesPersonInSomeSense("justice")).toBe(true);
    expect(thesaurus.namesPersonInSomeSense("estimate")).toBe(false);
  });

  it("tells a surname WordNet knows only as a person's ('Amundsen') from a common word or a place", () => {
    expect(thesaurus.knowsOtherThanAsPerson("amundsen")).toBe(false);
    expect(thesaurus.knowsOtherThanAsPerson("macaulay")).toBe(false);
    expect(thesaurus.knowsOtherThanAsPerson("marsh")).toBe(true);
    expect(thesaurus.knowsOtherThanAsPerson("hospital")).toBe(true);
    expect(thesaurus.knowsOtherThanAsPerson("london")).toBe(true);
  });

  it("knows a word for where someone is from by the named place it pertains to", () => {
    expect(thesaurus.pertainsToNamedPlace("canadian")).toBe(true);
    expect(thesaurus.pertainsToNamedPlace("scottish")).toBe(true);
    expect(thesaurus.pertainsToNamedPlace("national")).toBe(false);
    expect(thesaurus.pertainsToNamedPlace("big")).toBe(false);
  });

  it("gives the kinds of person one step broader, from person senses only", () => {
    expect(thesaurus.broaderPersons("envoy")).toContain("representative");
    expect(thesaurus.broaderPersons("minister")).not.toContain("attend");
  });

  it("knows an organisation, which has a name", () => {
    expect(thesaurus.namesOrganization("company")).toBe(true);
    expect(thesaurus.namesOrganization("party")).toBe(true);
    expect(thesaurus.namesOrganization("painting")).toBe(false);
  });

  it("tells verbs of getting from verbs of giving", () => {
    expect(["win", "buy", "receive", "earn"].every((verb) => thesaurus.tellsGetting(verb))).toBe(true);
    expect(["award", "sell", "hand", "repair", "represent"].some((verb) => thesaurus.tellsGetting(verb))).toBe(false);
    expect(["award", "sell", "hand", "lend"].every((verb) => thesaurus.tellsGiving(verb))).toBe(true);
    expect(["win", "show", "repair", "represent"].some((verb) => thesaurus.tellsGiving(verb))).toBe(false);
  });
});

describe("Thesaurus and the things it knows by name", () => {
  const describedBy = (lemma: string) => thesaurus.instancesDescribedBy(lemma).map(({ name }) => name);

  it("finds the people, places and bodies a word describes, by what their definitions first call them or their kind", () => {
    expect(describedBy("president")).toContain("putin");
    expect(describedBy("militant")).toContain("hamas");
    expect(describedBy("gulf")).toContain("qatar");
    expect(describedBy("capital")).toContain("doha");
    expect(thesaurus.instancesDescribedBy("president").find(({ name }) => name === "putin")?.fullNames).toContainEqual(["vladimir", "putin"]);
  });

  it("leaves out what a definition goes on to tell and words that describe nothing", () => {
    // Hamas is "a militant Islamic fundamentalist political movement that … uses terrorism as a weapon".
    expect(describedBy("weapon")).not.toContain("hamas");
    expect(describedBy("choose")).toEqual([]);
    // Istanbul is "the largest city and former capital of Turkey".
    expect(describedBy("capital")).not.toContain("istanbul");
    expect(describedBy("city")).toContain("istanbul");
  });

  it("tells a name that is no other word from one that is", () => {
    expect(thesaurus.isOnlyAName("putin")).toBe(true);
    expect(thesaurus.isOnlyAName("begin")).toBe(false);
    expect(thesaurus.isOnlyAName("salt")).toBe(false);
  });
});

describe("Thesaurus and words met mostly as adjectives", () => {
  it("tells a word the tagged texts meet mostly as an adjective from one met mostly as a noun", () => {
    // "the first of the meetings" is the opening one; "the capital of Australia" is no "primary" one.
    for (const word of ["first", "whole", "close"]) expect(thesaurus.mostlyAdjective(word)).toBe(true);
    for (const word of ["capital", "head", "top", "price"]) expect(thesaurus.mostlyAdjective(word)).toBe(false);
  });
});

describe("Thesaurus and the kinds a question chooses among", () => {
  it("tells a noun whose kinds are things or beings from one of an idea, a state or a place", () => {
    for (const word of ["animal", "food", "vehicle", "worker", "insect"]) expect(thesaurus.namesConcreteKind(word)).toBe(true);
    for (const word of ["condition", "attitude", "country", "entity", "act"]) expect(thesaurus.namesConcreteKind(word)).toBe(false);
  });

  it("tells a word met as a noun at least as often as otherwise", () => {
    for (const word of ["otter", "rain", "truck"]) expect(thesaurus.usuallyNoun(word)).toBe(true);
    for (const word of ["spread", "tough", "quickly"]) expect(thesaurus.usuallyNoun(word)).toBe(false);
  });

  it("tells a noun that may name a kind of another in some sense, not only its first", () => {
    // "Badger" is first a Wisconsin native, "otter" first a fur.
    for (const word of ["badger", "otter", "fox", "duck"]) expect(thesaurus.mayNameKindOf(word, "animal")).toBe(true);
    expect(thesaurus.mayNameKindOf("truck", "vehicle")).toBe(true);
    // A word mostly an adjective names no kind ("tough" is a rowdy person too).
    expect(thesaurus.mayNameKindOf("tough", "person")).toBe(false);
    expect(thesaurus.mayNameKindOf("teacher", "animal")).toBe(false);
  });
});
