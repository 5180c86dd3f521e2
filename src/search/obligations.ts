// What ought to be done ("should", "ought to") and what must be ("must", "has to", "needs to"): a
// question asking either ("What should the council do?") is answered by a sentence saying it so
// ("The council should publish…"), not by one telling what the council did.

/** Whether words tell what is advised or what is required. */
export type Obligation = "advised" | "required";

const ADVISED = /\b(?:should|ought to)\b/i;
// Not "had to" or "needed to": what was required once ("residents had to be resettled in 1995").
const REQUIRED = /\b(?:must|(?:has|have|needs?) to)\b/i;

/** What a text tells as advised or required, the first it says of the two; none for neither. */
export function obligationOf(text: string): Obligation | undefined {
  const advised = ADVISED.exec(text)?.index ?? Infinity;
  const required = REQUIRED.exec(text)?.index ?? Infinity;
  if (advised === Infinity && required === Infinity) return undefined;
  return advised <= required ? "advised" : "required";
}

/** True when a sentence tells what is advised or required as the question asks (see obligationOf). */
export function tellsObligation(sentence: string, asked: Obligation): boolean {
  return (asked === "advised" ? ADVISED : REQUIRED).test(sentence);
}
