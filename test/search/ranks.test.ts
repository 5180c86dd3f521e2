import { describe, expect, it } from "vitest";
import { isRankBelow, roleAsked, saysOnlyRankedBelow, saysRankBelow } from "../../src/search/ranks.ts";
import { words } from "../../src/search/text.ts";

const isMinister = (word: string) => word === "minister";

describe("roles said with a rank below them", () => {
  it("tells a role said only after 'deputy', 'vice' or 'assistant' from one said plainly", () => {
    const isForeign = (word: string) => word === "foreign";
    const none = () => false;
    expect(saysOnlyRankedBelow(words("He met Russian deputy foreign minister Mikhail Bogdanov."), isMinister, isForeign)).toBe(true);
    expect(saysOnlyRankedBelow(words("He met Bogdanov and Foreign Minister Sergei Lavrov."), isMinister, isForeign)).toBe(false);
    // Said once plainly, the role is there, whatever else the sentence says.
    expect(saysOnlyRankedBelow(words("The deputy minister and the minister met."), isMinister, none)).toBe(false);
    // A sentence without the role says nothing of its rank.
    expect(saysOnlyRankedBelow(words("The deputy mayor resigned."), isMinister, none)).toBe(false);
    expect(saysOnlyRankedBelow(words("The vice-president spoke."), (word) => word === "president", none)).toBe(true);
    // A word between the rank and the role must be one that may stand there: vice squad detectives are detectives.
    expect(saysOnlyRankedBelow(words("Vice squad detectives arrested two men."), (word) => word === "detectives", none)).toBe(false);
    // Acting, interim, former and junior holders are not ranked below: "junior doctors" are doctors.
    expect(saysOnlyRankedBelow(words("Junior doctors walked out."), (word) => word === "doctors", none)).toBe(false);
    expect(saysOnlyRankedBelow(words("The acting minister spoke."), isMinister, none)).toBe(false);
  });

  it("reads a rank joined to its role in a question ('vicepresident') as said", () => {
    expect(["vicepresident", "deputyhead", "vice"].every(saysRankBelow)).toBe(true);
    expect(["viceroy", "president", "assistance"].some(saysRankBelow)).toBe(false);
  });

  it("knows the words of rank", () => {
    expect(["deputy", "vice", "assistant"].every(isRankBelow)).toBe(true);
    expect(["senior", "chief", "foreign", "former", "acting", "interim", "junior"].some(isRankBelow)).toBe(false);
  });

  it("reads a role asked as the top of its kind, as an office, or picked among its kind", () => {
    const asked = (question: string, role: string) => roleAsked(words(question), words(question).indexOf(role));
    expect(asked("who is russia's top diplomat", "diplomat")).toBe("top");
    expect(asked("Which top Russian diplomat did he meet?", "diplomat")).toBe("top");
    expect(asked("Who is the Russian foreign minister?", "minister")).toBe("office");
    expect(asked("Which Russian minister met the delegation?", "minister")).toBe("picked");
    expect(asked("What minister opened the talks?", "minister")).toBe("picked");
    // "what" asking what was said picks no one: the name after it is the one asked about.
    expect(asked("What did Victor Moses say?", "victor")).toBe("office");
  });
});
