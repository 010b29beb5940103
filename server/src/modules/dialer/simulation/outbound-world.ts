// The outbound world of the campaign-day simulation: what happens to a placed call. The same for
// every pacing mode. A person answers with probability P after a log-normal ring (mean 10 s, as the
// telephony simulator's world); of the other calls 60 % ring to the 26 s timeout, 15 % are busy,
// 5 % fail and 20 % reach an answering machine, detected after its greeting.

import { drawMs, type Distribution, type Random } from '../../telephony/index.ts';

export type Outcome = 'answer' | 'no_answer' | 'busy' | 'failed' | 'machine';

export const ringTimeoutSeconds = 26;
const answerRing: Distribution = { kind: 'lognormal', mean: 10, sd: 5, max: ringTimeoutSeconds - 1 };
const busyAfter: Distribution = { kind: 'uniform', min: 1, max: 4 };
const failedAfter: Distribution = { kind: 'uniform', min: 0.5, max: 3 };
// A machine answers after a ring like a person's; detection listens to its greeting (~3 s).
const machineAfter: Distribution = { kind: 'lognormal', mean: 13, sd: 5, max: ringTimeoutSeconds + 4 };
/** Of the calls no person answers: no answer, busy, failed, machine. */
const otherWeights = { no_answer: 0.6, busy: 0.15, failed: 0.05, machine: 0.2 };

export function meanOf(d: Distribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.seconds;
    case 'uniform':
      return (d.min + d.max) / 2;
    default:
      return d.mean;
  }
}

/** What happens to one placed call, and after how long (ms) its line is free again or answered. */
export function drawOutcome(r: Random, answerRate: number): { outcome: Outcome; ms: number } {
  if (r.chance(answerRate)) return { outcome: 'answer', ms: drawMs(r, answerRing) };
  const x = r.next();
  if (x < otherWeights.no_answer) return { outcome: 'no_answer', ms: ringTimeoutSeconds * 1000 };
  if (x < otherWeights.no_answer + otherWeights.busy) return { outcome: 'busy', ms: drawMs(r, busyAfter) };
  if (x < otherWeights.no_answer + otherWeights.busy + otherWeights.failed) {
    return { outcome: 'failed', ms: drawMs(r, failedAfter) };
  }
  return { outcome: 'machine', ms: drawMs(r, machineAfter) };
}
