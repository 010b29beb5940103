// Retries of retryable provider failures: exponential back-off, capped, up to a maximum
// number of attempts; a rate limit waits at least a minute.

export type RetryPolicy = { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 30_000, maxDelayMs: 3_600_000 };

/** What to do after attempt number `attempts` (1 = the first) failed. */
export function nextAttempt(
  attempts: number,
  failure: { retryable: boolean; errorClass: string },
  policy: RetryPolicy = defaultRetryPolicy,
): { retry: false } | { retry: true; delayMs: number } {
  if (!failure.retryable || attempts >= policy.maxAttempts) return { retry: false };
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, attempts - 1);
  const floor = failure.errorClass === 'rate_limited' ? Math.min(60_000, policy.maxDelayMs) : 0;
  return { retry: true, delayMs: Math.min(policy.maxDelayMs, Math.max(floor, exponential)) };
}
