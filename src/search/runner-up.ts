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

/** What a hit holds for judging whether the question is answered at all. */
export interface AnswerJudgement {
  coverage: number;
  askedCoverage: number;
  sharesUncommonWord: boolean;
  givesMeasureInUnits: boolean;
  wordsShared: number;
  sharesLoneWord: boolean;
  holdsNames: boolean;
  namesArticleSubject: boolean;
}

/**
 * Lets a promoted runner-up keep the best hit's judgement: whether the question is answered at all
 * was judged by the sentence that matched it best; the runner-up only says more closely what was
 * asked (who did it, what they did), and need not repeat the names that picked its article out
 * ("Judge Petra Halloran ruled…" for "who is the judge in the Millbrook weir case?").
 */
export function keepBestJudgement(promoted: AnswerJudgement, best: AnswerJudgement): void {
  promoted.coverage = Math.max(promoted.coverage, best.coverage);
  promoted.askedCoverage = Math.max(promoted.askedCoverage, best.askedCoverage);
  promoted.sharesUncommonWord ||= best.sharesUncommonWord;
  promoted.givesMeasureInUnits ||= best.givesMeasureInUnits;
  promoted.wordsShared = Math.max(promoted.wordsShared, best.wordsShared);
  promoted.sharesLoneWord &&= best.sharesLoneWord;
  promoted.holdsNames ||= best.holdsNames;
  promoted.namesArticleSubject ||= best.namesArticleSubject;
}
