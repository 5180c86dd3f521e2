import { describe, expect, it } from "vitest";
import { GLOBAL_SCOPE } from "../../src/knowledge/document.ts";
import { PassageCopies } from "../../src/search/passage-copies.ts";

/** Stored units as documents of body sentences, each document one run of units. */
function store(documents: { scope: string; texts: (string | undefined)[] }[]) {
  const units = documents.flatMap((document, at) => document.texts.map((text) => ({ text, scope: document.scope, document: at })));
  const copies = new PassageCopies({
    textOf: (unit) => units[unit]?.text,
    neighbour: (unit, step) => (units[unit + step]?.document === units[unit]?.document ? unit + step : undefined),
    scopeOf: (unit) => units[unit]?.scope,
  });
  copies.note(units.map((_, unit) => unit));
  return { copies, units };
}

const crash = ["A van hit a lamp post.", "No one was injured.", "Police closed the road."];

describe("PassageCopies", () => {
  it("marks a sentence stored again between the same sentences, not one said in another context", () => {
    const { copies } = store([
      { scope: GLOBAL_SCOPE, texts: crash },
      { scope: GLOBAL_SCOPE, texts: crash },
      { scope: GLOBAL_SCOPE, texts: ["A fire destroyed a warehouse.", "No one was injured."] },
    ]);
    expect(Array.from(copies.marks)).toEqual([0, 0, 0, 1, 1, 1, 0, 0]);
  });

  it("lets the next copy stand for the passage when the first is taken out", () => {
    const { copies, units } = store([
      { scope: GLOBAL_SCOPE, texts: crash },
      { scope: GLOBAL_SCOPE, texts: crash },
    ]);
    for (const unit of [0, 1, 2]) copies.forget(unit);
    for (const unit of [0, 1, 2]) units[unit] = { text: undefined, scope: GLOBAL_SCOPE, document: -1 };
    expect(Array.from(copies.marks)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("lets the copy first in the store's order stand for the passage, whichever was stored first", () => {
    // The second document stored comes first in the store's order (its id is smaller).
    const units = [crash, crash].flatMap((texts, document) => texts.map((text) => ({ text, document })));
    const copies = new PassageCopies({
      textOf: (unit) => units[unit]?.text,
      neighbour: (unit, step) => (units[unit + step]?.document === units[unit]?.document ? unit + step : undefined),
      scopeOf: () => GLOBAL_SCOPE,
      precedes: (first, unit) => (units[first]?.document === units[unit]?.document ? first < unit : units[first]?.document === 1),
    });
    copies.note([0, 1, 2]);
    copies.note([3, 4, 5]);
    expect(Array.from(copies.marks)).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it("lets a global passage stand for a server's copy, not a server's for a global one", () => {
    const { copies } = store([
      { scope: "111", texts: crash },
      { scope: GLOBAL_SCOPE, texts: crash },
      { scope: "222", texts: crash },
    ]);
    expect(Array.from(copies.marks)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });
});

describe("PassageCopies restored from saved text numbers", () => {
  /** A second copy over the same units, filed by the first one's numbers without reading a text. */
  function restored(documents: { scope: string; texts: (string | undefined)[] }[], gone: number[] = []) {
    const { copies: saved, units } = store(documents);
    const textsRead: number[] = [];
    const copies = new PassageCopies({
      textOf: (unit) => (textsRead.push(unit), units[unit]?.text),
      neighbour: (unit, step) => (units[unit + step]?.document === units[unit]?.document ? unit + step : undefined),
      scopeOf: (unit) => units[unit]?.scope,
    });
    for (const unit of gone) units[unit] = { text: undefined, scope: GLOBAL_SCOPE, document: -1 };
    copies.restore(units.flatMap((unit, at) => (unit.text === undefined ? [] : [at])), saved.textNumbers);
    return { copies, units, textsRead };
  }

  it("marks the same copies as the knowledge base it was saved from, reading no text", () => {
    const { copies, textsRead } = restored([
      { scope: GLOBAL_SCOPE, texts: crash },
      { scope: GLOBAL_SCOPE, texts: crash },
      { scope: GLOBAL_SCOPE, texts: ["A fire destroyed a warehouse.", "No one was injured."] },
    ]);
    expect(Array.from(copies.marks)).toEqual([0, 0, 0, 1, 1, 1, 0, 0]);
    expect(textsRead).toEqual([]);
  });

  it("lets a copy stand for the passage when the original was not restored", () => {
    const { copies } = restored([{ scope: GLOBAL_SCOPE, texts: crash }, { scope: GLOBAL_SCOPE, texts: crash }], [0, 1, 2]);
    expect(Array.from(copies.marks)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("tells a passage stored after the restore, and one taken out, as a fresh copy would", () => {
    const { copies, units } = restored([{ scope: GLOBAL_SCOPE, texts: crash }, { scope: GLOBAL_SCOPE, texts: crash }]);
    units.push(...crash.map((text) => ({ text, scope: GLOBAL_SCOPE, document: 2 })));
    copies.note([6, 7, 8]);
    expect(Array.from(copies.marks)).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1]);
    for (const unit of [0, 1, 2, 3, 4, 5]) copies.forget(unit);
    for (const unit of [0, 1, 2, 3, 4, 5]) units[unit] = { text: undefined, scope: GLOBAL_SCOPE, document: -1 };
    expect(Array.from(copies.marks)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
