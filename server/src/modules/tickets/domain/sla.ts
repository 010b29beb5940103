import { addWorkingMinutes, workingMinutesBetween, type BusinessCalendar } from './business-hours.ts';

// SLA clocks (S3): a target in calendar minutes (Key Accounts: 72 hours) or in working minutes of
// the business calendar. While a ticket is pending on the customer the clock stops; the minutes
// left are kept and counted again from the moment it resumes.

export type SlaClock = 'calendar' | 'business';

export type SlaPolicy = {
  clock: SlaClock;
  responseMinutes: number | null;
  resolutionMinutes: number;
  warnBeforeMinutes: number;
};

const MINUTE = 60_000;

/** The instant `minutes` of the clock after `start`. */
export function clockAdd(clock: SlaClock, calendar: BusinessCalendar, start: Date, minutes: number): Date {
  return clock === 'calendar'
    ? new Date(start.getTime() + Math.max(0, minutes) * MINUTE)
    : addWorkingMinutes(calendar, start, minutes);
}

/** Minutes of the clock between two instants (0 if `to` is not after `from`). */
export function clockBetween(clock: SlaClock, calendar: BusinessCalendar, from: Date, to: Date): number {
  if (clock === 'calendar') return Math.max(0, Math.round((to.getTime() - from.getTime()) / MINUTE));
  return workingMinutesBetween(calendar, from, to);
}

export type SlaTimes = { responseDueAt: Date | null; dueAt: Date; warnAt: Date };

/** Due times of a clock with `remaining` minutes to run from `from` (a new ticket: the whole target). */
export function slaTimes(
  policy: Pick<SlaPolicy, 'clock' | 'warnBeforeMinutes'> & { responseMinutes?: number | null },
  calendar: BusinessCalendar,
  from: Date,
  remaining: number,
): SlaTimes {
  return {
    responseDueAt:
      policy.responseMinutes === null || policy.responseMinutes === undefined
        ? null
        : clockAdd(policy.clock, calendar, from, policy.responseMinutes),
    dueAt: clockAdd(policy.clock, calendar, from, remaining),
    warnAt: clockAdd(policy.clock, calendar, from, Math.max(0, remaining - policy.warnBeforeMinutes)),
  };
}

/** The minutes left on the clock when it is paused at `at` (0 once the due time has passed). */
export function remainingAt(clock: SlaClock, calendar: BusinessCalendar, at: Date, dueAt: Date): number {
  return clockBetween(clock, calendar, at, dueAt);
}

export type SlaState = 'ok' | 'warning' | 'breached' | 'paused' | 'met' | 'missed';

export function slaStateOf(
  t: {
    status: string;
    slaDueAt: Date;
    slaWarnAt: Date;
    slaPausedAt: Date | null;
    slaBreachedAt: Date | null;
    resolvedAt: Date | null;
  },
  now: Date,
): SlaState {
  if (t.status === 'resolved' || t.status === 'closed') {
    const done = t.resolvedAt ?? now;
    return t.slaBreachedAt || done > t.slaDueAt ? 'missed' : 'met';
  }
  if (t.slaBreachedAt) return 'breached';
  if (t.status === 'pending' && t.slaPausedAt) return 'paused';
  if (now > t.slaDueAt) return 'breached';
  if (now >= t.slaWarnAt) return 'warning';
  return 'ok';
}
