/**
 * Moves to the top the first of the `within` hits after the best one that passes the test, and
 * returns it: a close runner-up that answers what the question asks in the way the best one does not.
 */
export function promoteRunnerUp<T>(hits: T[], within: number, passes: (hit: T) => boolean): T | undefined {
  const at = hits.slice(1, within + 1).findIndex(passes);
  if (at < 0) return undefined;
  const [promoted] = hits.splice(at + 1, 1);
  if (promoted !== undefined) hits.unshift(promoted);
  return promoted;
}
