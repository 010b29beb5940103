// The exact rules of the collections day (SPEC §2 P, "Exact rules of the daily run").
// Pure functions: dates are ISO `YYYY-MM-DD` strings in the installation's calendar.

import { addDays } from '../../../shared/calendar-date.ts';

export { addDays };

export type Purpose = 'reminder' | 'followup' | 'thanks';

/** A half-open or closed window of due dates: `after < due_date <= through`. */
export type DueWindow = { after: string; through: string };

/**
 * Reminder (P1-1/P1-2): unpaid installments with due_date in (P + days, D + days]; with no
 * earlier run, due_date = D + days. P is the latest business date before D with a completed run.
 */
export function reminderWindow(date: string, previous: string | null, daysBefore: number): DueWindow {
  const through = addDays(date, daysBefore);
  return { after: previous ? addDays(previous, daysBefore) : addDays(through, -1), through };
}

/** Follow-up (P2-1): due_date in (P − days, D − days]; with no earlier run, due_date = D − days. */
export function followupWindow(date: string, previous: string | null, daysAfter: number): DueWindow {
  const through = addDays(date, -daysAfter);
  return { after: previous ? addDays(previous, -daysAfter) : addDays(through, -1), through };
}

/**
 * Thanks: installments that became fully paid at an instant in [P 00:00, D 00:00) local time;
 * with no earlier run, [D − 1 00:00, D 00:00). Returned as local dates; the caller turns them
 * into instants with the installation's time zone.
 */
export function thanksWindow(date: string, previous: string | null): { fromDate: string; toDate: string } {
  return { fromDate: previous ?? addDays(date, -1), toDate: date };
}

export type Tiers = { tier1Above: number; tier2From: number };

/** Priority tier by amount: 1 if amount > T1, 2 if T2 ≤ amount ≤ T1, 3 if amount < T2. */
export function tierOf(amount: number, tiers: Tiers): 1 | 2 | 3 {
  if (amount > tiers.tier1Above) return 1;
  if (amount >= tiers.tier2From) return 2;
  return 3;
}

export type PhoneCandidate = {
  kind: 'mobile' | 'landline' | 'work' | 'home' | 'fax' | 'email';
  e164: string | null;
  valid: boolean;
  wrong: boolean;
  validMobile: boolean;
};

const followupOrder = ['landline', 'mobile', 'work', 'home'] as const;
const reminderOrder = ['mobile', 'landline', 'work', 'home'] as const;

/**
 * The numbers to call, in order. Follow-up: landline, mobile, work, home; reminder and thanks by
 * phone: mobile (if a valid mobile), landline, work, home. Wrong numbers and numbers that do not
 * parse are skipped; a number listed twice is called once.
 */
export function phoneOrder(purpose: Purpose, phones: PhoneCandidate[]): string[] {
  const order = purpose === 'followup' ? followupOrder : reminderOrder;
  const out: string[] = [];
  for (const kind of order) {
    for (const p of phones) {
      if (p.kind !== kind || p.wrong || !p.valid || !p.e164) continue;
      if (kind === 'mobile' && purpose !== 'followup' && !p.validMobile) continue;
      if (!out.includes(p.e164)) out.push(p.e164);
    }
  }
  return out;
}

export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
const weekdayNames: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export function weekdayOf(date: string): Weekday {
  return weekdayNames[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

export function isBusinessDay(date: string, weekend: readonly string[], holidays: readonly string[]): boolean {
  return !weekend.includes(weekdayOf(date)) && !holidays.includes(date);
}

/** How long after the set time a missed tick (a restart, a busy minute) still starts the day. */
export const dailyRunGraceMinutes = 15;

/**
 * The scheduled day starts at the set local time (`HH:MM`), or within the grace minutes after
 * it when that minute's tick was missed; never before, and never later in the day.
 */
export function isDailyRunDue(localTime: string, runTime: string): boolean {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const late = minutes(localTime) - minutes(runTime);
  return late >= 0 && late < dailyRunGraceMinutes;
}

/** The local date and `HH:MM` of an instant in a time zone. */
export function localDateTime(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}
