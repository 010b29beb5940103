import { zonedWallTimeToInstant } from '../../customers/index.ts';
import { weekdays, type Weekday } from '../../settings/index.ts';
import { addDays } from '../../../shared/calendar-date.ts';

// Working time of the call center for SLA clocks: working shifts (a split day has two), the
// weekend and holidays from the settings, all in the installation's time zone. The arithmetic
// walks day by day through the shifts, so daylight-saving changes and midnight are handled by
// the same conversion from local wall time as everywhere else.

export type Shift = { start: string; end: string };

export type BusinessCalendar = {
  timeZone: string;
  weekend: readonly Weekday[];
  /** Dates `YYYY-MM-DD` on which nobody works. */
  holidays: readonly string[];
  /** The working shifts of every working day, in order, not overlapping (`08:00`–`12:00`, `16:00`–`20:00`). */
  shifts: readonly Shift[];
};

const MINUTE = 60_000;
/** A calendar with no working time at all would loop forever: give up after this many days. */
const MAX_DAYS = 3 * 366;

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local date (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  let f = dateFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormatters.set(timeZone, f);
  }
  return f.format(instant);
}

/** The day after `date` (or `days` later). */
export function nextDate(date: string, days = 1): string {
  return addDays(date, days);
}

export function weekdayOf(date: string): Weekday {
  return weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

export function isWorkingDay(calendar: BusinessCalendar, date: string): boolean {
  return !calendar.weekend.includes(weekdayOf(date)) && !calendar.holidays.includes(date);
}

/** The working intervals of one local date as instants [start, end) in ms; none on a day off. */
export function workingIntervals(calendar: BusinessCalendar, date: string): Array<[number, number]> {
  if (!isWorkingDay(calendar, date)) return [];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = (hhmm: string) => {
    const [h, min] = hhmm.split(':').map(Number) as [number, number];
    return zonedWallTimeToInstant(Date.UTC(y, m - 1, d, h, min), calendar.timeZone).getTime();
  };
  return calendar.shifts.map((s) => [wall(s.start), wall(s.end)] as [number, number]).filter(([a, b]) => b > a);
}

export class NoWorkingTimeError extends Error {
  constructor() {
    super('The business calendar has no working time (every day is a weekend or holiday, or there are no shifts).');
    this.name = 'NoWorkingTimeError';
  }
}

/**
 * The instant at which `minutes` of working time have passed since `start`. A ticket opened out
 * of hours starts its clock at the next shift; 0 minutes from out of hours is that shift's start.
 */
export function addWorkingMinutes(calendar: BusinessCalendar, start: Date, minutes: number): Date {
  let left = Math.max(0, minutes) * MINUTE;
  const from = start.getTime();
  let date = localDateOf(new Date(from - 24 * 60 * MINUTE), calendar.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, date = nextDate(date)) {
    for (const [a, b] of workingIntervals(calendar, date)) {
      if (b <= from) continue;
      const begin = Math.max(a, from);
      if (begin + left <= b) return new Date(begin + left);
      left -= b - begin;
    }
  }
  throw new NoWorkingTimeError();
}

/** Working minutes between two instants (0 when `to` is not after `from`). */
export function workingMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const a0 = from.getTime();
  const b0 = to.getTime();
  if (b0 <= a0) return 0;
  let total = 0;
  let date = localDateOf(new Date(a0 - 24 * 60 * MINUTE), calendar.timeZone);
  const last = localDateOf(new Date(b0 + 24 * 60 * MINUTE), calendar.timeZone);
  for (let i = 0; i < 100_000 && date <= last; i++, date = nextDate(date)) {
    for (const [a, b] of workingIntervals(calendar, date)) {
      const overlap = Math.min(b, b0) - Math.max(a, a0);
      if (overlap > 0) total += overlap;
    }
  }
  return Math.round(total / MINUTE);
}

/** Shifts must be `HH:MM` pairs, each starting before it ends, in order and not overlapping. */
export function shiftProblems(shifts: readonly Shift[]): string[] {
  const problems: string[] = [];
  const hhmm = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
  let previousEnd = '';
  shifts.forEach((s, i) => {
    if (!hhmm.test(s.start) || !hhmm.test(s.end)) problems.push(`shifts.${i}: times are HH:MM`);
    else if (s.start >= s.end) problems.push(`shifts.${i}: the start must be before the end`);
    else if (previousEnd && s.start < previousEnd) problems.push(`shifts.${i}: overlaps the shift before it`);
    previousEnd = s.end;
  });
  return problems;
}
