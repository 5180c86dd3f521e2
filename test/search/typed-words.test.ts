import { describe, expect, it } from "vitest";
import { lemmaOf } from "../../src/search/terms.ts";
import { asHeldName, asHeldWord, asMeant, asWritten, respelt, type HeldWords, type SpellingResources } from "../../src/search/typed-words.ts";
import { Vocabulary } from "../../src/search/vocabulary.ts";

/** A knowledge base holding these sentences, each a list of words and each in a document of its own. */
function heldIn(...sentences: string[][]): HeldWords {
  return {
    isHeld: (word) => sentences.some((sentence) => sentence.includes(word)),
    inOneSentence: (first, second) => sentences.some((sentence) => sentence.includes(first) && sentence.includes(second)),
    inSequence: (first, second) => sentences.some((sentence) => sentence.some((word, at) => word === first && sentence[at + 1] === second)),
    inOneDocument: (word, others) => sentences.some((sentence) => sentence.includes(word) && others.some((other) => sentence.includes(other))),
    writesAsName: () => false,
    writesOnlyAsName: () => false,
  };
}

/**
 * A dictionary of these words, commonest first (each written ten times as often as the next, the
 * `common` ones among the commonest English words), and a vocabulary of the held ones.
 */
function spellingOf(dictionary: string[], held: string[], names: string[] = [], common: string[] = []): SpellingResources {
  const vocabulary = new Vocabulary();
  held.forEach((word) => vocabulary.add(word));
  const rank = (word: string) => (dictionary.includes(word) ? 10 ** dictionary.indexOf(word) : Number.POSITIVE_INFINITY);
  return {
    vocabulary,
    thesaurus: { knows: (lemma) => dictionary.some((word) => lemmaOf(word) === lemma), namesOnlyInstances: (word) => names.includes(word), isVerb: () => false, metInTaggedTexts: () => true },
    meanings: {
      commonWordNear: (words) => dictionary.find((known) => [...words].includes(known)),
      // As TermMeanings: no times at all for a word it does not rank, not the NaN of two unranked words.
      timesCommoner: (word, than) => (dictionary.includes(word) ? rank(than) / rank(word) : 0),
      isCommon: (word) => common.includes(word),
    },
  };
}

/** A dictionary knowing these verbs ("break_out"), for phrasal verbs. */
const verbsOf = (...known: string[]) => ({ isVerb: (lemma: string) => known.includes(lemma) });
const NO_VERBS = verbsOf();

describe("asWritten", () => {
  it("joins two typed words the knowledge base writes as one", () => {
    expect(asWritten(["fire", "fighters", "arrived"], heldIn(["firefighters", "arrived"]), NO_VERBS)).toEqual(["firefighters", "arrived"]);
  });

  it("keeps apart a word that opens a phrasal verb with the particle after it ('did the fire break out', not 'firebreak')", () => {
    const held = heldIn(["crews", "cut", "firebreaks"], ["the", "fire", "broke", "out"]);
    expect(asWritten(["when", "did", "the", "fire", "break", "out"], held, verbsOf("break_out"))).toEqual(["when", "did", "the", "fire", "break", "out"]);
    expect(asWritten(["where", "were", "the", "fire", "breaks", "cut"], held, verbsOf("break_out"))).toEqual(["where", "were", "the", "firebreaks", "cut"]);
  });

  it("still joins one when no sentence holds the two words apart ('was the sea wall up to it' asks of the 'seawall')", () => {
    expect(asWritten(["was", "the", "sea", "wall", "up", "to", "it"], heldIn(["the", "seawall", "held"]), verbsOf("wall_up"))).toEqual(["was", "the", "seawall", "up", "to", "it"]);
  });

  it("does not join a word with a function word beside it", () => {
    expect(asWritten(["put", "in"], heldIn(["putin"]), NO_VERBS)).toEqual(["put", "in"]);
    expect(asWritten(["over", "time"], heldIn(["overtime", "time"]), NO_VERBS)).toEqual(["over", "time"]);
  });

  it("cuts a typed word in two only where one sentence holds both parts", () => {
    expect(asWritten(["paddlewheels"], heldIn(["paddle", "wheels"]), NO_VERBS)).toEqual(["paddle", "wheels"]);
    expect(asWritten(["paddlewheels"], heldIn(["paddle"], ["wheels"]), NO_VERBS)).toEqual(["paddlewheels"]);
    // Said apart in one sentence, the two words are no compound's parts.
    expect(asWritten(["daylight"], heldIn(["came", "to", "light", "on", "the", "first", "day"]), NO_VERBS)).toEqual(["daylight"]);
  });
});

describe("respelt", () => {
  it("reads a slip as a word one edit away that the knowledge base holds before a commoner one", () => {
    const held = heldIn(["received"]);
    expect(respelt("recieved", held.isHeld, spellingOf(["relieved", "received"], ["received"]))).toBe("received");
  });

  it("reads a swap of two letters before other slips", () => {
    const held = heldIn([]);
    expect(respelt("bouys", held.isHeld, spellingOf(["boys", "buoys"], []))).toBe("buoys");
    // Before a word the knowledge base holds that changes a letter: "releived" is "relieved", not "received".
    expect(respelt("releived", heldIn(["received"]).isHeld, spellingOf(["relieved", "received"], ["received"]))).toBe("relieved");
  });

  it("keeps the first letter typed: a slip seldom falls on it", () => {
    expect(respelt("iphone", heldIn(["phone"]).isHeld, spellingOf(["phone"], ["phone"]))).toBe("iphone");
    expect(respelt("phome", heldIn(["phone"]).isHeld, spellingOf(["phone"], ["phone"]))).toBe("phone");
    expect(respelt("ebay", heldIn([]).isHeld, spellingOf(["bay"], []))).toBe("ebay");
  });

  it("leaves short words, known words and words spelled like a held name as typed", () => {
    expect(respelt("teh", heldIn([]).isHeld, spellingOf(["the"], []))).toBe("teh");
    expect(respelt("travel", heldIn([]).isHeld, spellingOf(["travel"], []))).toBe("travel");
    expect(respelt("okaffur", heldIn(["okafor"]).isHeld, spellingOf(["okapi"], ["okafor"]))).toBe("okaffur");
  });

  it("reads three letters without a vowel as the commonest held word one slip away, no function word and no name", () => {
    expect(respelt("lng", heldIn(["lang", "long"]).isHeld, spellingOf(["long"], ["lang", "long"]))).toBe("long");
    expect(respelt("snd", heldIn(["and", "send"]).isHeld, spellingOf(["and", "send"], ["and", "send"]))).toBe("send");
    expect(respelt("jbs", heldIn([]).isHeld, spellingOf(["jobs"], []))).toBe("jbs");
  });

  it("leaves three letters with a vowel as typed: a short form typed small ('usd', 'div')", () => {
    expect(respelt("usd", heldIn(["used"]).isHeld, spellingOf(["used"], ["used"]))).toBe("usd");
  });

  it("reads a slip as the word the knowledge base holds one slip away, though a name further off is spelled like it", () => {
    const held = heldIn(["ferry", "ferris"]);
    expect(respelt("ferrry", held.isHeld, spellingOf(["ferry"], ["ferry", "ferris"]))).toBe("ferry");
  });

  it("reads a slip of a held name as that name, though a word is as near or the dictionary knows the name", () => {
    const held = heldIn(["putin", "punt"]);
    expect(respelt("putn", held.isHeld, spellingOf(["punt", "putin"], ["putin", "punt"], ["putin"]))).toBe("putin");
    expect(respelt("okafur", heldIn(["okafor"]).isHeld, spellingOf(["okapi"], ["okafor"]))).toBe("okafor");
  });

  it("reads a word spelt as it sounds as the one dictionary word the knowledge base holds that sounds the same, a few edits away", () => {
    expect(respelt("delegashun", heldIn(["delegation"]).isHeld, spellingOf(["delegation"], ["delegation"]))).toBe("delegation");
    // Sounding the same as a name is no reason to take a word for it.
    expect(respelt("delegashun", heldIn(["delegation"]).isHeld, spellingOf([], ["delegation"]))).toBe("delegashun");
  });

  it("reads an 'f' typed for the 'ph' that spells its sound as that, before a swap that spells another word: 'foto' is 'photo', not 'foot'", () => {
    expect(respelt("foto", heldIn(["picture"]).isHeld, spellingOf(["foot", "photo"], ["picture"]))).toBe("photo");
    expect(respelt("grafic", heldIn(["graphic"]).isHeld, spellingOf(["graphic"], ["graphic"]))).toBe("graphic");
    // No word spelt with "ph": the slips read as before; nor where the text holds the word a letter typed once keeps.
    expect(respelt("fotball", heldIn(["football"]).isHeld, spellingOf(["football"], ["football"]))).toBe("football");
    expect(respelt("staf", heldIn(["staff"]).isHeld, spellingOf(["staff", "staph"], ["staff"]))).toBe("staff");
  });

  it("leaves a preposition or a conjunction WordNet lacks as typed: 'among' is no 'along', 'toward' no 'third'", () => {
    expect(respelt("among", heldIn(["along"]).isHeld, spellingOf(["along"], ["along"]))).toBe("among");
    expect(respelt("toward", heldIn(["third"]).isHeld, spellingOf(["third"], ["third"]))).toBe("toward");
  });

  it("reads a slip as the word that keeps every letter typed before a commoner one: 'coverd' is 'covered', 'usefull' 'useful'", () => {
    expect(respelt("coverd", heldIn(["cover", "covered"]).isHeld, spellingOf(["cover", "covered"], ["cover", "covered"]))).toBe("covered");
    // A letter typed twice is kept too, as the one letter typed: "usefull" is no "usefully".
    expect(respelt("usefull", heldIn(["useful", "usefully"]).isHeld, spellingOf(["useful", "usefully"], ["useful", "usefully"]))).toBe("useful");
  });

  it("reads a slip as the word that keeps its ending before a commoner one: 'prosecuter' is 'prosecutor', not 'prosecuted'", () => {
    const held = heldIn(["prosecuted", "prosecutor"]);
    expect(respelt("prosecuter", held.isHeld, spellingOf(["prosecuted", "prosecutor"], ["prosecuted", "prosecutor"]))).toBe("prosecutor");
  });

  it("is not held back by a name more than two slips off: 'anle' is 'ankle', whatever 'asante' looks like", () => {
    const held = heldIn(["asante"]);
    expect(respelt("anle", held.isHeld, spellingOf(["ankle"], ["asante"]))).toBe("ankle");
  });
});

describe("asMeant", () => {
  it("reads the question's slips as the words meant before anything reads its wording, keeping what was typed", () => {
    const words = ["farmers", "joined", "hamas"];
    const meant = asMeant("How many farmerss joined Hamss?", new Set(["hamss"]), heldIn(words), spellingOf(["farmers", "joined"], words));
    expect(meant.text).toBe("How many farmers joined Hamas?");
    expect(meant.typedAs).toEqual(new Map([["farmers", "farmerss"], ["hamas", "hamss"]]));
  });

  it("keeps a short word typed in capitals as the acronym it is: 'CSS' is no 'CNS' the text holds, unless the whole question is in capitals", () => {
    const words = ["cns", "scientists", "mussels"];
    expect(asMeant("How do I center a div in CSS?", new Set(), heldIn(words), spellingOf(["center", "cns"], words)).text).toBe("How do I center a div in CSS?");
    expect(asMeant("WHAT DID PUTN SAY", new Set(["putn"]), heldIn(["putin", "said"]), spellingOf(["say"], ["putin", "said"], ["putin"])).text).toMatch(/putin/i);
  });

  it("reads a slip on a function word as that word, so that the question's grammar is read: 'wich' is 'which', 'happend' 'happened'", () => {
    const meant = asMeant("wich pier closed and what happend", new Set(), heldIn(["pier", "closed"]), spellingOf([], ["pier", "closed"]));
    expect(meant.text).toBe("which pier closed and what happened");
  });

  it("reads a name typed beside another by its sound only as a name the text holds: 'World Series' is no 'World Source'", () => {
    const held = ["won", "world", "source", "news"];
    const meant = asMeant("Who won the World Series?", new Set(["world", "series"]), heldIn(held), spellingOf(["won", "series", "source", "world", "news"], held)).text;
    expect(meant).toBe("Who won the World Series?");
    // A dictionary word the text writes as a name is one: "Howard Cocks" is the Cox it names.
    const cox = ["what", "did", "howard", "cox", "say", "argued"];
    const writesCox = { ...heldIn(cox), writesAsName: (word: string) => word === "cox" };
    expect(asMeant("what did Howard Cocks say", new Set(["howard", "cocks"]), writesCox, spellingOf(["cox", "cocks", ...cox], cox)).text).toBe("what did Howard Cox say");
  });

  it("reads a slip right after 'how' as the word 'how' asks by one edit from it: 'how offen' is 'how often', not 'how offend'", () => {
    const dictionary = ["offend", "often", "meet"];
    const meant = (question: string) => asMeant(question, new Set(), heldIn(["met", "lavrov"]), spellingOf(dictionary, ["met", "lavrov"])).text;
    expect(meant("how offen has he met lavrov")).toBe("how often has he met lavrov");
    // Elsewhere the slip keeping every letter typed is meant.
    expect(meant("did they offen lavrov")).toBe("did they offend lavrov");
  });

  it("reads a slip that spells a word where only a function word fits as that function word: 'dose' is 'does', 'were' 'where'", () => {
    const words = ["council", "plan", "live", "ibuprofen", "child", "take", "safe"];
    const meant = (question: string) => asMeant(question, new Set(), heldIn(words), spellingOf(words, words)).text;
    expect(meant("what dose the council plan")).toBe("what does the council plan");
    expect(meant("where dose tamsin live now")).toBe("where does tamsin live now");
    expect(meant("how old is he and were does he live")).toBe("how old is he and where does he live");
    // A dose of something, or one that is safe, is the noun.
    expect(meant("what dose of ibuprofen should a child take")).toBe("what dose of ibuprofen should a child take");
    expect(meant("what dose is safe for a child")).toBe("what dose is safe for a child");
    expect(meant("were they safe")).toBe("were they safe");
    expect(meant("dose the council plan")).toBe("does the council plan");
    expect(meant("what is the dose the child should take")).toBe("what is the dose the child should take");
    expect(meant("is a dose a day safe for a child")).toBe("is a dose a day safe for a child");
  });

  it("reads a slip that drops a letter of a determiner as that word, not as one its letters swapped make: 'evry' is 'every', not 'very'", () => {
    const meant = asMeant("was evry house flooded", new Set(), heldIn(["house", "flooded"]), spellingOf([], ["house", "flooded"]));
    expect(meant.text).toBe("was every house flooded");
  });

  it("reads a slip as the held word that keeps what was typed before a function word that does not: 'youg' is 'young', 'gant' 'grant'", () => {
    const words = ["young", "players", "won", "grant", "wish"];
    const spelling = spellingOf(words, words);
    expect(asMeant("what did the youg players get", new Set(), heldIn(words), spelling).text).toBe("what did the young players get");
    expect(asMeant("how big was the gant", new Set(), heldIn(words), spelling).text).toBe("how big was the grant");
    expect(asMeant("wich players won", new Set(), heldIn(words), spelling).text).toBe("which players won");
  });

  it("reads a rare word the text lacks as the commoner word it holds with two of the question's other words", () => {
    const held = heldIn(["iranian", "minister", "met", "doha"], ["cathedral"]);
    const spelling = spellingOf(["minister", "met", "minster"], ["iranian", "minister", "met", "doha", "cathedral"]);
    expect(asMeant("which iranian minster met them in doha", new Set(), held, spelling).text).toBe("which iranian minister met them in doha");
  });

  it("reads a slip respelt as a word no document holds with the question's others as the word one slip away that a sentence says with them", () => {
    const held = heldIn(["sets", "tools"], ["free", "democrats", "picked", "seats"]);
    const spelling = spellingOf(["sets", "tools", "seats", "picked"], ["sets", "tools", "free", "democrats", "picked", "seats"]);
    expect(asMeant("how many seets did the free democrats pick up", new Set(), held, spelling).text).toBe("how many seats did the free democrats pick up");
    // Read as a word the others' document holds, though in another sentence, the slip stays as read.
    const documents = [[["varga", "won"], ["prize", "winner"], ["winter", "orchard", "varga"]]];
    const sameStory: HeldWords = {
      ...heldIn(...documents.flat()),
      inOneDocument: (word, others) => documents.some((document) => document.flat().includes(word) && others.some((other) => document.flat().includes(other))),
    };
    const words = ["winner", "winter", "varga", "prize", "orchard", "won"];
    expect(asMeant("what did varga say about the winer", new Set(), sameStory, spellingOf(words, words)).text).toBe("what did varga say about the winner");
  });

  it("keeps a slip read as a swap of two letters, whatever other word a sentence says with the question's others", () => {
    const held = heldIn(["fans", "relieved"], ["pohl", "received", "verdict"]);
    const words = ["received", "relieved", "verdict", "fans", "pohl"];
    expect(asMeant("was pohl releived by the verdict", new Set(), held, spellingOf(words, words)).text).toBe("was pohl relieved by the verdict");
  });

  it("reads two neighbouring names no sentence holds together as the pair one holds, a slip away", () => {
    const held = heldIn(["marta", "quental"], ["marte", "lunde"]);
    const spelling = spellingOf([], ["marta", "quental", "marte", "lunde"]);
    expect(asMeant("who is Marta Lunde", new Set(["marta", "lunde"]), held, spelling).text).toBe("who is Marte Lunde");
    expect(asMeant("who is marta quental", new Set(), held, spelling).text).toBe("who is marta quental");
  });

  it("mends a name respelt alone by the name beside it: 'Hazle Tregarth' is Hazel, a dictionary word too, not Hale", () => {
    const held = heldIn(["dominic", "hale"], ["hazel", "tregarth"]);
    const spelling = spellingOf(["hazel", "hale"], ["dominic", "hale", "hazel", "tregarth"], ["hale"]);
    const meant = asMeant("what did Hazle Tregarth do", new Set(["hazle", "tregarth"]), held, spelling);
    expect(meant.text).toBe("what did Hazel Tregarth do");
    expect(asMeant("what did Hazle Tregarth do", new Set(["hazle", "tregarth"]), heldIn(["dominic", "hale"], ["tregarth"]), spelling).text).toBe("what did Hale Tregarth do");
  });

  it("reads a name the knowledge base lacks beside one it holds as the name written with it that sounds the same", () => {
    const held = heldIn(["kovalchenko", "leigh"], ["lowe", "law"]);
    const spelling = spellingOf(["law"], ["kovalchenko", "leigh", "lowe", "law"]);
    expect(asMeant("who beat Kovalchenko-Lee", new Set(["kovalchenko", "lee"]), held, spelling).text).toBe("who beat Kovalchenko-Leigh");
    expect(asMeant("who beat Ivanov-Lee", new Set(["ivanov", "lee"]), held, spelling).text).toBe("who beat Ivanov-Lee");
  });

  it("reads a name held only in a text without the question's other rarer words as the name a slip away held beside them", () => {
    const held = heldIn(["putin", "warn", "consequences"], ["puttin", "ain't", "right"]);
    const spelling = spellingOf(["warn", "consequences", "right"], ["putin", "warn", "consequences", "puttin", "ain't", "right"], ["putin"]);
    const meant = asMeant("what consequences did puttin warn of", new Set(), held, spelling);
    expect(meant.text).toBe("what consequences did putin warn of");
    expect(meant.typedAs).toEqual(new Map([["putin", "puttin"]]));
  });

  it("keeps a name typed in lower case as its text writes it, though that text lacks the question's other rarer words", () => {
    const sentences = [["skelling", "population"], ["selling", "live", "people"]];
    const spelling = spellingOf(["people", "live", "selling", "population"], ["skelling", "population", "selling", "live", "people"], [], ["people"]);
    expect(asMeant("how many people live on skelling", new Set(), { ...heldIn(...sentences), writesAsName: (word) => word === "skelling" }, spelling).text).toBe("how many people live on skelling");
    // Not written as a name (a word of a story's dialogue), it is read again as the word meant.
    expect(asMeant("how many people live on skelling", new Set(), heldIn(...sentences), spelling).text).toBe("how many people live on selling");
  });

  it("reads a slip as the common word near it when the name's text holds only a number the question gives", () => {
    const held = heldIn(["hamas", "visit", "7"], ["viet", "troops", "7"]);
    const spelling = spellingOf(["visit", "troops"], ["hamas", "visit", "7", "viet", "troops"]);
    expect(asMeant("hamas first vist since oct 7", new Set(), held, spelling).text).toBe("hamas first visit since oct 7");
    expect(asMeant("how many vist troops", new Set(), held, spelling).text).toBe("how many viet troops");
  });

  it("reads a slip as the common word near it, not as a name held only in a text without the question's other rarer words", () => {
    const held = heldIn(["people", "died", "attack"], ["peale", "painted"]);
    const spelling = spellingOf(["people", "died", "attack", "painted"], ["people", "died", "attack", "peale", "painted"]);
    expect(asMeant("how many peple died in the attack", new Set(), held, spelling).text).toBe("how many people died in the attack");
    expect(asMeant("who painted peple", new Set(), held, spelling).text).toBe("who painted peale");
  });

  it("keeps a name written with a capital, and one whose text holds none of the other words but no held word is a slip away", () => {
    const held = heldIn(["gaza", "hostages"], ["garza", "talks"], ["stallholders", "market"], ["farmers"]);
    const spelling = spellingOf(["talks", "hostages", "market", "farmers", "smallholders"], ["gaza", "hostages", "garza", "talks", "stallholders", "market", "farmers"]);
    expect(asMeant("what talks were held on Gaza", new Set(["gaza"]), held, spelling).text).toBe("what talks were held on Gaza");
    expect(asMeant("do stallholders pay farmers", new Set(), held, spelling).text).toBe("do stallholders pay farmers");
  });

  it("reads a name written with a capital, held only apart from the question's other names, as the name a slip away held beside one", () => {
    const held = heldIn(["hamas", "putin", "stance"], ["puttin", "ritz"], ["garza", "safely"], ["gaza", "hamas"]);
    const spelling = spellingOf(["stance", "ritz", "safely"], ["hamas", "putin", "stance", "puttin", "ritz", "garza", "safely", "gaza"], ["putin"]);
    expect(asMeant("what did Hamas say of Puttin's stance", new Set(["hamas", "puttin"]), held, spelling).text).toBe("what did Hamas say of Putin's stance");
    expect(asMeant("what did Puttin sing at the Ritz", new Set(["puttin", "ritz"]), held, spelling).text).toBe("what did Puttin sing at the Ritz");
    expect(asMeant("did Hamas get people safely out of Gaza", new Set(["hamas", "gaza"]), held, spelling).text).toBe("did Hamas get people safely out of Gaza");
  });

  it("reads a word written with a capital whose slip made it no name as the common word meant: 'Russain' is 'russian', 'Octobr' 'october'", () => {
    const words = ["russian", "citizens", "died", "october"];
    const meant = asMeant("How many Russain citizens died in Octobr?", new Set(["russain", "octobr"]), heldIn(words), spellingOf(words, words));
    expect(meant.text).toBe("How many russian citizens died in october?");
    expect(meant.typedAs).toEqual(new Map([["russian", "russain"], ["october", "octobr"]]));
  });

  it("keeps the capital of a slip read as a common word inside a name of several words: 'Harmon Valely Zoo' is the Harmon Valley Zoo", () => {
    const words = ["harmon", "valley", "zoo", "animals", "russian"];
    const spelling = spellingOf(["animals", "valley", "zoo", "russian"], words);
    const meant = asMeant("How many animals does the Harmon Valely Zoo have?", new Set(["harmon", "valely", "zoo"]), heldIn(words), spelling);
    expect(meant.text).toBe("How many animals does the Harmon Valley Zoo have?");
    expect(asMeant("Are the Russain animals in the Zoo?", new Set(["russain", "zoo"]), heldIn(words), spelling).text).toBe("Are the russian animals in the Zoo?");
  });

  it("leaves function words and the words the text holds as typed", () => {
    const meant = asMeant("Who joined the farmers?", new Set(), heldIn(["farmers", "joined"]), spellingOf(["farmers"], ["farmers", "joined"]));
    expect(meant).toEqual({ text: "Who joined the farmers?", typedAs: new Map() });
  });
});

describe("asHeldWord", () => {
  const held = heldIn(["iranian", "minister", "met", "doha"], ["cathedral"]);

  it("leaves a rare word as typed when fewer than two other question words are told with the word it may be", () => {
    const spelling = spellingOf(["minister", "met", "minster"], ["iranian", "minister", "met", "doha", "cathedral"]);
    expect(asHeldWord("minster", ["iranian", "cathedral"], held, spelling)).toBe("minster");
    expect(asHeldWord("minster", ["iranian", "doha"], held, spelling)).toBe("minister");
  });

  it("leaves it as typed when every word told with the held one is a number or among the commonest English words", () => {
    const held = heldIn(["police", "coast", "death", "attack", "7"]);
    // "coast" is ten times as common as "cost" here.
    const spelling = spellingOf(["coast", "cost", "death", "attack"], ["police", "coast", "death", "attack", "7"], [], ["coast", "death", "attack"]);
    expect(asHeldWord("cost", ["death", "attack", "7"], held, spelling)).toBe("cost");
    expect(asHeldWord("cost", ["death", "police"], held, spelling)).toBe("coast");
  });

  it("reads it so on common words alone when the held word is a hundred times as common", () => {
    const held = heldIn(["minister", "said", "monday"]);
    // "minister" is a hundred times as common as "minster" here, ten times as "said".
    const spelling = spellingOf(["minister", "said", "minster", "monday"], ["minister", "said", "monday"], [], ["said", "monday"]);
    expect(asHeldWord("minster", ["said", "monday"], held, spelling)).toBe("minister");
  });

  it("reads a word typed with a letter changed as another only when the two sound alike", () => {
    const spelling = spellingOf(["saying", "time", "year", "beach", "saving", "beech"], ["saying", "time", "year", "beach"]);
    const held = heldIn(["saying", "time", "year"], ["beach", "time", "year"]);
    expect(asHeldWord("saving", ["time", "year"], held, spelling)).toBe("saving");
    expect(asHeldWord("beech", ["time", "year"], held, spelling)).toBe("beach");
  });

  it("reads it so only when the held word is far commoner in English", () => {
    // Each dictionary word is ten times as common as the next: "minster" right after "minister" is a tenth as common, two after a hundredth.
    expect(asHeldWord("minster", ["iranian", "doha"], held, spellingOf(["minister", "minster"], ["minister"]))).toBe("minister");
    expect(asHeldWord("minster", ["iranian", "doha"], held, spellingOf(["minster", "minister"], ["minister"]))).toBe("minster");
  });
});

describe("asHeldWord, with words the texts write only as names", () => {
  it("leaves a dictionary word as typed when the held word a slip away is only ever written in a name and never met as a common word", () => {
    const dictionary = spellingOf(["wales", "north", "coast", "whales"], ["north", "wales", "coast"]);
    const spelling = { ...dictionary, thesaurus: { ...dictionary.thesaurus, metInTaggedTexts: (lemma: string) => lemma !== "wales" } };
    const sentences = heldIn(["north", "wales", "coast"]);
    const onlyAsName = { ...sentences, writesOnlyAsName: (word: string) => word === "wales" };
    expect(asHeldWord("whales", ["north", "coast"], sentences, spelling)).toBe("wales");
    expect(asHeldWord("whales", ["north", "coast"], onlyAsName, spelling)).toBe("whales");
  });

  it("still reads a slip as a title the texts capitalise, which tagged texts meet as a common word", () => {
    const spelling = spellingOf(["minister", "told", "minster"], ["defence", "minister", "told", "chamber"]);
    const capitalised = { ...heldIn(["defence", "minister", "told", "chamber"]), writesOnlyAsName: (word: string) => word === "minister" };
    expect(asHeldWord("minster", ["told", "chamber"], capitalised, spelling)).toBe("minister");
  });
});

describe("asHeldName", () => {
  it("reads a name the knowledge base lacks as the one name it holds a slip away", () => {
    const held = heldIn(["tullis", "hamas"]);
    const spelling = spellingOf([], ["tullis", "hamas"]);
    expect(asHeldName("tulis", held.isHeld, spelling)).toBe("tullis");
    expect(asHeldName("hamss", held.isHeld, spelling)).toBe("hamas");
  });

  it("reads a name whose slip spells a common word the knowledge base lacks as the name ('Hams' is Hamas)", () => {
    const spelling = spellingOf(["hams"], ["hamas"]);
    expect(asHeldName("hams", heldIn(["hamas"]).isHeld, spelling)).toBe("hamas");
  });

  it("reads a slip inside a word English writes with a capital as that word when no held name is near: 'Profesor' is professor, 'Russain' Russian", () => {
    const spelling = spellingOf(["russian", "professor"], ["russian", "professor"]);
    expect(asHeldName("profesor", heldIn(["professor"]).isHeld, spelling)).toBe("professor");
    expect(asHeldName("russain", heldIn(["russian"]).isHeld, spelling)).toBe("russian");
  });

  it("leaves a name as typed when no held name, or more than one, is a slip away, and makes it no common word by a slip at its end", () => {
    const spelling = spellingOf(["hart"], ["hart", "lunde", "lundy"]);
    expect(asHeldName("harte", heldIn(["hart"]).isHeld, spelling)).toBe("harte");
    expect(asHeldName("lunda", heldIn(["lunde", "lundy"]).isHeld, spelling)).toBe("lunda");
  });
});
