// معاودة الاتصال — call-backs (SPEC A5, L3, T2): which ended calls come back as a call-back,
// the order an agent's call-backs are shown and dialled in, which queue call-back an agent who
// became free dials next, and what an attempt changes. Pure rules; the runtime keeps the list.

import type { EndCause } from '../port.ts';

export type CallbackReason = 'dropped' | 'requested' | 'closed';
export type CallbackStatus = 'waiting' | 'calling' | 'done' | 'failed';

export type PendingCallback = {
  id: string;
  /** The queue it belongs to (`outbound` for an agent's own dialled call). */
  queue: string;
  number: string;
  customerId: string | null;
  /** The agent it comes back to (a dropped call); null: whoever of the queue is free. */
  agent: string | null;
  reason: CallbackReason;
  /** The caller's place in line (first queue entry), or when the call-back was asked for. */
  placeAt: Date;
  requestedAt: Date;
  status: CallbackStatus;
  attempts: number;
  lastCause: EndCause | null;
  notBefore: Date | null;
  workItemId: string | null;
};

/** Causes of an answered call that ended abnormally: the line failed or dropped on either side. */
const abnormal: ReadonlySet<EndCause> = new Set<EndCause>(['dropped', 'failed']);

/**
 * A dropped call (A5, L3 `call_dropped`): a call that was answered — connected to an agent — and
 * ended abnormally before the agent ended it. Unanswered calls (busy, no answer, abandoned in the
 * queue) and calls that ended normally are not dropped.
 */
export function isDroppedCall(call: { answered: boolean; cause: EndCause }): boolean {
  return call.answered && abnormal.has(call.cause);
}

/** Dropped calls first (the agent owes them at once), then by place in line, then oldest request. */
export function compareCallbacks(a: PendingCallback, b: PendingCallback): number {
  const ra = a.reason === 'dropped' ? 0 : 1;
  const rb = b.reason === 'dropped' ? 0 : 1;
  if (ra !== rb) return ra - rb;
  const place = a.placeAt.getTime() - b.placeAt.getTime();
  if (place !== 0) return place;
  const asked = a.requestedAt.getTime() - b.requestedAt.getTime();
  return asked !== 0 ? asked : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** An agent's own call-backs still to dial (waiting or being dialled), top first. */
export function agentCallbacks(all: readonly PendingCallback[], agent: string): PendingCallback[] {
  return all
    .filter((c) => c.agent === agent && (c.status === 'waiting' || c.status === 'calling'))
    .sort(compareCallbacks);
}

/** Whether a queue call-back may be dialled now (nobody owns it, its retry delay is over). */
export function queueCallbackDue(callback: PendingCallback, now: Date): boolean {
  return (
    callback.agent === null &&
    callback.status === 'waiting' &&
    (callback.notBefore === null || callback.notBefore.getTime() <= now.getTime())
  );
}

export type CallbackPolicy = {
  /** Attempts before the call-back is given up (failed). */
  maxAttempts: number;
  /** Minutes before an unanswered queue call-back is dialled again. */
  retryMinutes: number;
};

export const defaultCallbackPolicy: CallbackPolicy = { maxAttempts: 3, retryMinutes: 10 };

/**
 * After one attempt: answered (connected to the agent) → done; otherwise the attempts grow and,
 * below the maximum, the call-back waits again (a queue call-back after the retry delay; an
 * agent's own at once, on his list) — at the maximum it has failed.
 */
export function afterCallbackAttempt(
  callback: Pick<PendingCallback, 'attempts' | 'agent'>,
  result: { connected: boolean; cause: EndCause },
  now: Date,
  policy: CallbackPolicy = defaultCallbackPolicy,
): Pick<PendingCallback, 'status' | 'attempts' | 'lastCause' | 'notBefore'> {
  const attempts = callback.attempts + 1;
  if (result.connected) return { status: 'done', attempts, lastCause: result.cause, notBefore: null };
  if (attempts >= policy.maxAttempts) return { status: 'failed', attempts, lastCause: result.cause, notBefore: null };
  const notBefore = callback.agent === null ? new Date(now.getTime() + policy.retryMinutes * 60_000) : null;
  return { status: 'waiting', attempts, lastCause: result.cause, notBefore };
}

/** What an agent's dialled call's end means for the outcome form (L3 outcomes). */
export function outcomeOfDial(result: { answered: boolean; cause: EndCause | null }): string | null {
  if (result.cause === null) return result.answered ? 'reached' : null;
  if (result.answered) return isDroppedCall({ answered: true, cause: result.cause }) ? 'call_dropped' : 'reached';
  switch (result.cause) {
    case 'busy':
      return 'busy';
    case 'no_answer':
    case 'machine':
    case 'failed':
    case 'abandoned':
    case 'dropped':
      return 'no_answer';
    default:
      return null;
  }
}
