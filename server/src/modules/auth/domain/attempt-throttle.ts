// Wrong passwords slow down the account they were tried on, not the people who use it:
// the first few are free, then each further attempt waits twice as long as the one before,
// up to a ceiling. A right password clears the count. Nothing is ever locked for longer
// than the ceiling, so a stranger can delay an account but not shut its owner out.

export type ThrottlePolicy = {
  /** Wrong attempts in a row that cost nothing. */
  freeFailures: number;
  /** The longest wait between two attempts. */
  maxDelayMs: number;
};

const FIRST_DELAY_MS = 1000;
/** A count with no new failure for this long is forgotten. */
const FORGET_AFTER_MS = 24 * 3_600_000;

/** The wait imposed after `failures` wrong attempts in a row. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 40);
  return Math.min(FIRST_DELAY_MS * 2 ** doublings, policy.maxDelayMs);
}

type Entry = { failures: number; lastFailureAt: number; nextAttemptAt: number };

/**
 * Failure counts per key (a username, or a user's password change), in memory: a restart
 * forgets them, and at most `maxKeys` are kept (the longest idle goes first).
 */
export class AttemptThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly policy: ThrottlePolicy,
    private readonly maxKeys = 100_000,
  ) {}

  /** Milliseconds the key must still wait before its next attempt is even checked; 0 when it may try. */
  waitMs(key: string, now: number): number {
    const entry = this.live(key, now);
    return entry ? Math.max(0, entry.nextAttemptAt - now) : 0;
  }

  /** Counts a wrong attempt; returns the number of failures in a row. */
  fail(key: string, now: number): number {
    const failures = (this.live(key, now)?.failures ?? 0) + 1;
    this.entries.delete(key);
    this.entries.set(key, {
      failures,
      lastFailureAt: now,
      nextAttemptAt: now + delayAfter(failures, this.policy),
    });
    if (this.entries.size > this.maxKeys) this.entries.delete(this.entries.keys().next().value!);
    return failures;
  }

  succeed(key: string): void {
    this.entries.delete(key);
  }

  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.lastFailureAt > FORGET_AFTER_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
