// المتابعات المصعّدة — the rules of an escalation (SPEC A5): when it is overdue, what a supervisor
// may do with it, and which follow-up times an agent may promise. Pure; table-tested.

export type EscalationStatus = 'open' | 'taken' | 'done';
/** What the lists show: open and taken ones turn overdue once their due time passed. */
export type EscalationState = 'open' | 'taken' | 'overdue' | 'done';

/** The latest follow-up an agent may promise: a follow-up further away is not an escalation. */
export const MAX_PROMISE_DAYS = 30;
/** A time just typed may be a little in the past by the time it arrives. */
export const PAST_TOLERANCE_MS = 5 * 60_000;

export function isOverdue(e: { status: EscalationStatus; dueAt: Date }, now: Date): boolean {
  return e.status !== 'done' && e.dueAt.getTime() < now.getTime();
}

export function stateOf(e: { status: EscalationStatus; dueAt: Date }, now: Date): EscalationState {
  if (e.status === 'done') return 'done';
  return isOverdue(e, now) ? 'overdue' : e.status;
}

/** Why a promised time is refused, or null when it is fine. */
export function promiseProblem(dueAt: Date, now: Date): 'past' | 'too_far' | null {
  if (dueAt.getTime() < now.getTime() - PAST_TOLERANCE_MS) return 'past';
  if (dueAt.getTime() > now.getTime() + MAX_PROMISE_DAYS * 86_400_000) return 'too_far';
  return null;
}

/** A supervisor takes an open escalation; taking again the one he holds changes nothing. */
export function mayTake(e: { status: EscalationStatus; takenBy: string | null }, by: string): boolean {
  return e.status === 'open' || (e.status === 'taken' && e.takenBy === by);
}

/** Closing: an open one by any supervisor, a taken one by the supervisor who took it. */
export function mayClose(e: { status: EscalationStatus; takenBy: string | null }, by: string): boolean {
  return e.status === 'open' || (e.status === 'taken' && e.takenBy === by);
}
