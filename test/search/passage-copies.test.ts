import { describe, expect, it } from "vitest";
import { GLOBAL_SCOPE } from "../../src/knowledge/document.ts";
import { PassageCopies, type StoredSentence } from "../../src/search/passage-copies.ts";

/** Units 0–3: one passage stored twice (0, 1), the same sentence in another context (2), a server's copy (3). */
function storedCopies(): { copies: PassageCopies; stored: (StoredSentence | undefined)[] } {
  const passage = { text: "No one was injured.", before: "A van hit a lamp post.", after: "Police closed the road." };
  const stored: (StoredSentence | undefined)[] = [
    { ...passage, scope: GLOBAL_SCOPE },
    { ...passage, scope: GLOBAL_SCOPE },
    { ...passage, before: "A fire destroyed a warehouse.", scope: GLOBAL_SCOPE },
    { ...passage, scope: "111" },
  ];
  const copies = new PassageCopies((unit) => stored[unit]);
  stored.forEach((_, unit) => copies.note(unit));
  return { copies, stored };
}

describe("PassageCopies", () => {
  it("marks a sentence stored again between the same sentences, not one said in another context", () => {
    expect(Array.from(storedCopies().copies.marks)).toEqual([0, 1, 0, 1]);
  });

  it("lets the next copy stand for the passage when the first is taken out", () => {
    const { copies, stored } = storedCopies();
    copies.forget(0);
    stored[0] = undefined;
    expect(Array.from(copies.marks)).toEqual([0, 0, 0, 1]);
  });

  it("keeps a global copy of a server's passage: the server's own is not seen everywhere", () => {
    const passage = { text: "The ferry leaves at seven.", before: undefined, after: undefined };
    const stored: StoredSentence[] = [{ ...passage, scope: "111" }, { ...passage, scope: GLOBAL_SCOPE }];
    const copies = new PassageCopies((unit) => stored[unit]);
    stored.forEach((_, unit) => copies.note(unit));
    expect(Array.from(copies.marks)).toEqual([0, 0]);
  });
});
