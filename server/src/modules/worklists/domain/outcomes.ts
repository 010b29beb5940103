// What an attempt's outcome does to a work item (SPEC L3). Pure: the service applies it.

export const outcomes = [
  'reached',
  'no_answer',
  'busy',
  'not_present',
  'wrong_number',
  'promise_to_pay',
  'refused',
  'call_dropped',
  'callback_requested',
  'interested',
  'not_interested',
  'sale',
] as const;
export type Outcome = (typeof outcomes)[number];

export type RetryPolicy = { retryDelayMinutes: number; maxAttemptsPerDay: number };
export const defaultRetryPolicy: RetryPolicy = { retryDelayMinutes: 120, maxAttemptsPerDay: 3 };

export type ItemState = {
  phones: string[];
  nextPhone: number;
  attemptsToday: number;
};

export type Effect = {
  status: 'pending' | 'done' | 'waiting' | 'unreachable' | 'waiting_correction';
  nextPhone: number;
  /** When the item comes back to the agent's list (null: now). */
  nextAttemptAt: Date | null;
  attemptsToday: number;
  /** Top of the agent's queue (a dropped call). */
  top: boolean;
  flagWrong: boolean;
};

/**
 * No answer, busy or not present → the next number in the item's order; when every number was
 * tried, the item comes back after the delay, up to the maximum of attempts a day. A wrong
 * number is flagged and the next number tried; with none left the item waits for IT. A dropped
 * call comes back at the top at once; a call-back at the time asked for.
 */
export function applyOutcome(
  state: ItemState,
  outcome: Outcome,
  now: Date,
  policy: RetryPolicy,
  callbackAt?: Date,
): Effect {
  const base = { nextPhone: state.nextPhone, attemptsToday: state.attemptsToday, top: false, flagWrong: false };
  switch (outcome) {
    case 'reached':
    case 'promise_to_pay':
    case 'refused':
    case 'interested':
    case 'not_interested':
    case 'sale':
      return { ...base, status: 'done', nextAttemptAt: null };
    case 'call_dropped':
      return { ...base, status: 'pending', nextAttemptAt: null, top: true };
    case 'callback_requested':
      return {
        ...base,
        status: 'waiting',
        nextAttemptAt: callbackAt ?? new Date(now.getTime() + policy.retryDelayMinutes * 60_000),
      };
    case 'wrong_number': {
      const next = state.nextPhone + 1;
      if (next < state.phones.length)
        return { ...base, status: 'pending', nextPhone: next, nextAttemptAt: null, flagWrong: true };
      return { ...base, status: 'waiting_correction', nextPhone: next, nextAttemptAt: null, flagWrong: true };
    }
    case 'no_answer':
    case 'busy':
    case 'not_present': {
      const next = state.nextPhone + 1;
      if (next < state.phones.length) return { ...base, status: 'pending', nextPhone: next, nextAttemptAt: null };
      const attemptsToday = state.attemptsToday + 1;
      if (attemptsToday >= policy.maxAttemptsPerDay) {
        return { ...base, status: 'unreachable', nextPhone: 0, attemptsToday, nextAttemptAt: null };
      }
      return {
        ...base,
        status: 'waiting',
        nextPhone: 0,
        attemptsToday,
        nextAttemptAt: new Date(now.getTime() + policy.retryDelayMinutes * 60_000),
      };
    }
  }
}

/** Closed items: nothing more to do today (done, unreachable after the maximum of attempts). */
export const closedStatuses = new Set(['done', 'unreachable', 'moved', 'sent', 'delivered']);
