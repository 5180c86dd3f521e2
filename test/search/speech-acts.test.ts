import { describe, expect, it } from "vitest";
import { speechActVerbs } from "../../src/search/speech-acts.ts";

describe("speechActVerbs", () => {
  it("reads saying or giving thanks as the verb 'thank'", () => {
    expect(speechActVerbs("After the match Reyes said thanks to the fans.")).toEqual(["thank"]);
    expect(speechActVerbs("The villagers gave their thanks for the rescue.")).toEqual(["thank"]);
    expect(speechActVerbs("She said thanks, then left.")).toEqual(["thank"]);
  });

  it("reads no thanking where 'thanks' opens a clause or stands for a cause", () => {
    expect(speechActVerbs("Fans said thanks were due to the groundsman.")).toEqual([]);
    expect(speechActVerbs("Thanks to the new law, rents fell.")).toEqual([]);
  });
});
