import { describe, expect, it } from "vitest";
import { splitParagraphs, splitSentences } from "../../src/knowledge/split-sentences.ts";

describe("splitSentences", () => {
  it("keeps a quoted sentence and its attribution together", () => {
    expect(splitSentences("“We will talk to anyone,” he said. Talks start Monday.")).toEqual([
      "“We will talk to anyone,” he said.",
      "Talks start Monday.",
    ]);
  });

  it("does not split after abbreviations and initials", () => {
    expect(splitSentences("The U.S. envoy met Mr. Lavrov on Oct. 7 in Doha. J. R. R. Tolkien was not there.")).toEqual([
      "The U.S. envoy met Mr. Lavrov on Oct. 7 in Doha.",
      "J. R. R. Tolkien was not there.",
    ]);
  });

  it("opens no sentence in lower case: an unknown abbreviation or a question's attribution goes on with the one before", () => {
    expect(splitSentences("A 60 mm. mortar and a 57 mm. recoilless rifle were brought along. Both were unloaded.")).toEqual([
      "A 60 mm. mortar and a 57 mm. recoilless rifle were brought along.",
      "Both were unloaded.",
    ]);
    expect(splitSentences("“If we give these back, where does it end?” he asked. Nobody answered.")).toEqual(["“If we give these back, where does it end?” he asked.", "Nobody answered."]);
    // A name may open a sentence in lower case.
    expect(splitSentences("Two motors were offered for sale online. eBay said it had removed 14 listings. al-Nour says it holds 22.")).toHaveLength(3);
  });

  it("keeps a title written with a full stop with the name after it", () => {
    expect(splitSentences("The hall was full on Monday. Det. Sgt. Ana Ruiz said the Rev. Dr. Paul Kerr had spoken. Others agreed.")).toEqual([
      "The hall was full on Monday.",
      "Det. Sgt. Ana Ruiz said the Rev. Dr. Paul Kerr had spoken.",
      "Others agreed.",
    ]);
    // Not where the abbreviation ends a sentence: after "a" or an ordinal, or before a pronoun.
    expect(splitSentences("Her husband retired as a Cmdr. He is buried in the parish cemetery.")).toHaveLength(2);
    expect(splitSentences("The bar is just inside the 9th Dist. Officers there had complained.")).toHaveLength(2);
    expect(splitSentences("He served under Maj. Gen. Ross. He was 40.")).toEqual(["He served under Maj. Gen. Ross.", "He was 40."]);
  });

  it("keeps decimals and thousands inside their sentence", () => {
    expect(splitSentences("Aid reached 1.8 billion dollars. About 1,400 people were killed.")).toEqual([
      "Aid reached 1.8 billion dollars.",
      "About 1,400 people were killed.",
    ]);
  });

  it("keeps a time written with a dot inside its sentence", () => {
    expect(splitSentences("It was taken between 8.15pm and 9pm on Wednesday. Staff found the frame.")).toEqual([
      "It was taken between 8.15pm and 9pm on Wednesday.",
      "Staff found the frame.",
    ]);
  });

  it("does not split at an ellipsis inside a sentence", () => {
    expect(splitSentences("He paused... and then went on. The end.")).toEqual(["He paused... and then went on.", "The end."]);
  });

  it("keeps a headline without a final full stop", () => {
    expect(splitSentences("Hamas delegation heads to Moscow")).toEqual(["Hamas delegation heads to Moscow"]);
  });

  it("gives nothing for blank text", () => {
    expect(splitSentences("  \n ")).toEqual([]);
  });
});

describe("splitParagraphs", () => {
  it("splits at blank lines and joins wrapped lines", () => {
    expect(splitParagraphs("One line\nwrapped.\n\n\r\nTwo.\n")).toEqual(["One line wrapped.", "Two."]);
  });
});
