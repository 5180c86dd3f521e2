/** How many questions one user may ask in a sliding window. */
export interface CooldownLimit {
  readonly questions: number;
  readonly windowMs: number;
}

/** Beyond this many tracked users, idle users are forgotten on the next check. */
const SWEEP_THRESHOLD = 10_000;

/** A per-user sliding-window rate limit for questions. */
export class Cooldown {
  readonly #limit: CooldownLimit;
  readonly #now: () => number;
  readonly #asked = new Map<string, number[]>();

  constructor(limit: CooldownLimit, now: () => number = Date.now) {
    this.#limit = limit;
    this.#now = now;
  }

  /** Counts a question by `userId`; undefined when allowed, otherwise the time (ms since epoch) it is allowed again. */
  take(userId: string): number | undefined {
    const now = this.#now();
    if (this.#asked.size > SWEEP_THRESHOLD) this.#sweep(now);
    const recent = (this.#asked.get(userId) ?? []).filter((at) => at > now - this.#limit.windowMs);
    if (recent.length >= this.#limit.questions) {
      this.#asked.set(userId, recent);
      // The oldest question in the window leaves it first; then one more is allowed.
      return (recent[0] ?? now) + this.#limit.windowMs;
    }
    recent.push(now);
    this.#asked.set(userId, recent);
    return undefined;
  }

  #sweep(now: number): void {
    for (const [userId, times] of this.#asked) {
      if (times.every((at) => at <= now - this.#limit.windowMs)) this.#asked.delete(userId);
    }
  }
}
