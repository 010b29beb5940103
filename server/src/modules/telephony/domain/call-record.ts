// سجل المكالمة — the call record (SPEC T4) as a fold over the call's events. The runtime and the
// queue_log import both produce CallEvents; this reducer is the only place that decides what the
// record says, so a call reads the same whichever way it was measured.

import type { EndCause } from '../port.ts';
import type { CallDirection, CallEvent } from './call-events.ts';

export type CallRecord = {
  direction: CallDirection;
  ani: string | null;
  dnis: string | null;
  /** The queue the call is (or was last) in. */
  queue: string | null;
  /** The agent who answered. */
  agent: string | null;
  customerId: string | null;
  /** The earliest moment the call is known: nothing happens to a call before it is offered. */
  offeredAt: Date;
  /** The first queue entry, kept across overflow (the caller's place in line). */
  queuedAt: Date | null;
  answeredAt: Date | null;
  endedAt: Date | null;
  wrapUpEndedAt: Date | null;
  cause: EndCause | null;
  outcome: string | null;
  holdSeconds: number;
  holdCount: number;
  /** The IVR keys in order, `1,3`. */
  ivrPath: string | null;
  recording: string | null;
};

/** The record with what the fold needs to carry between events (not stored). */
export type CallRecordState = CallRecord & {
  /** The cause as the source gave it; `cause` is derived from it (see `causeOf`). */
  sourceCause: EndCause | null;
  /** When the queue last changed, so that an older queue event does not win. */
  queueChangedAt: Date | null;
  /** The start of a hold not yet ended. */
  holdStartedAt: Date | null;
  holdMs: number;
  outcomeAt: Date | null;
  customerAt: Date | null;
};

export function emptyCallRecord(at: Date): CallRecordState {
  return {
    direction: 'inbound',
    ani: null,
    dnis: null,
    queue: null,
    agent: null,
    customerId: null,
    offeredAt: at,
    queuedAt: null,
    answeredAt: null,
    endedAt: null,
    wrapUpEndedAt: null,
    cause: null,
    outcome: null,
    holdSeconds: 0,
    holdCount: 0,
    ivrPath: null,
    recording: null,
    sourceCause: null,
    queueChangedAt: null,
    holdStartedAt: null,
    holdMs: 0,
    outcomeAt: null,
    customerAt: null,
  };
}

const earlier = (a: Date | null, b: Date): Date => (a === null || b < a ? b : a);

/**
 * A caller who hung up unanswered while queued abandoned the call, whatever the source called it
 * (a PBX often reports such a hang-up as a normal clearing).
 */
export function causeOf(r: Pick<CallRecordState, 'sourceCause' | 'answeredAt' | 'queuedAt'>): EndCause | null {
  if (r.sourceCause === 'normal' && r.answeredAt === null && r.queuedAt !== null) return 'abandoned';
  return r.sourceCause;
}

/**
 * The record after one more event. Repeats and late arrivals are tolerated: the first queue
 * entry, answer and end are kept; a second `ended` moves nothing; a hold or unhold that does not
 * pair is ignored; nothing happens on the line after the end (holds, answers), while what the
 * agent records afterwards (wrap-up end, outcome, customer, recording) is still taken.
 */
export function applyCallEvent(record: CallRecordState, event: CallEvent): CallRecordState {
  const r: CallRecordState = { ...record, offeredAt: earlier(record.offeredAt, event.at) };
  const afterEnd = r.endedAt !== null && event.at > r.endedAt;
  switch (event.type) {
    case 'offered':
      r.direction = event.direction;
      r.ani ??= event.ani;
      r.dnis ??= event.dnis;
      break;
    case 'ivr':
      if (afterEnd) break;
      r.ivrPath = r.ivrPath === null ? event.digit : `${r.ivrPath},${event.digit}`;
      break;
    case 'queued':
      if (afterEnd) break;
      r.queuedAt = earlier(r.queuedAt, event.at);
      if (r.queueChangedAt === null || event.at >= r.queueChangedAt) {
        r.queue = event.queue;
        r.queueChangedAt = event.at;
      }
      break;
    case 'overflowed':
      if (afterEnd) break;
      r.queuedAt = earlier(r.queuedAt, event.at);
      if (r.queueChangedAt === null || event.at >= r.queueChangedAt) {
        r.queue = event.to;
        r.queueChangedAt = event.at;
      }
      break;
    case 'answered':
      if (afterEnd) break;
      if (r.answeredAt === null || event.at < r.answeredAt) {
        r.answeredAt = event.at;
        r.agent = event.agent;
      }
      break;
    case 'held':
      if (afterEnd || r.holdStartedAt !== null || r.endedAt !== null) break;
      r.holdStartedAt = event.at;
      r.holdCount += 1;
      break;
    case 'unheld':
      if (r.holdStartedAt === null || event.at < r.holdStartedAt) break;
      r.holdMs += event.at.getTime() - r.holdStartedAt.getTime();
      r.holdStartedAt = null;
      break;
    case 'recording':
      r.recording ??= event.name;
      break;
    case 'customer':
      if (r.customerAt === null || event.at >= r.customerAt) {
        r.customerId = event.customerId;
        r.customerAt = event.at;
      }
      break;
    case 'ended':
      if (r.endedAt !== null) break;
      r.endedAt = event.at;
      r.sourceCause = event.cause;
      // A hold never taken back lasts until the call ends.
      if (r.holdStartedAt !== null) {
        r.holdMs += Math.max(0, event.at.getTime() - r.holdStartedAt.getTime());
        r.holdStartedAt = null;
      }
      break;
    case 'wrap_up_ended':
      r.wrapUpEndedAt ??= event.at;
      break;
    case 'outcome':
      if (r.outcomeAt === null || event.at >= r.outcomeAt) {
        r.outcome = event.outcome;
        r.outcomeAt = event.at;
      }
      break;
    case 'agent_ringing':
    case 'agent_missed':
    case 'transferred':
    case 'callback_requested':
    case 'protocol':
      // In the call's event list (the timeline); the record has no field for them.
      break;
  }
  r.holdSeconds = Math.round(r.holdMs / 1000);
  r.cause = causeOf(r);
  return r;
}

/** Events in time order; those at the same instant keep the order they were given in. */
export function inTimeOrder<E extends { at: Date }>(events: readonly E[]): E[] {
  return events
    .map((event, i) => ({ event, i }))
    .sort((a, b) => a.event.at.getTime() - b.event.at.getTime() || a.i - b.i)
    .map((x) => x.event);
}

/** The record of a call from all its events (in any order); null when there are none. */
export function callRecordOf(events: readonly CallEvent[]): CallRecord | null {
  const ordered = inTimeOrder(events);
  if (ordered.length === 0) return null;
  let state = emptyCallRecord(ordered[0]!.at);
  for (const event of ordered) state = applyCallEvent(state, event);
  const {
    sourceCause: _c,
    queueChangedAt: _q,
    holdStartedAt: _h,
    holdMs: _m,
    outcomeAt: _o,
    customerAt: _u,
    ...record
  } = state;
  return record;
}
