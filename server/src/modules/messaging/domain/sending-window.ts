// When bulk messages may go out (P1-1, SPEC §5): inside the calling window, on a working day
// that is not a holiday, in the installation's time zone. A message due outside waits.

import { addDays } from '../../../shared/calendar-date.ts';

export type SendingRules = {
  timezone: string;
  window: { start: string; end: string };
  /** Lower-case three-letter weekdays: sun … sat. */
  weekend: readonly string[];
  holidays: readonly { date: string }[];
};

export type WindowDecision =
  { open: true } | { open: false; nextOpenAt: Date; reason: 'hours' | 'weekend' | 'holiday' };

const weekdayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export function sendingWindow(now: Date, rules: SendingRules): WindowDecision {
  const local = localParts(now, rules.timezone);
  const start = minutesOf(rules.window.start);
  const end = minutesOf(rules.window.end);
  const holidays = new Set(rules.holidays.map((h) => h.date));
  const closedDay = (date: string) =>
    holidays.has(date) ? 'holiday' : rules.weekend.includes(weekdayOf(date)) ? 'weekend' : null;

  const today = closedDay(local.date);
  if (!today && local.minutes >= start && local.minutes < end) return { open: true };
  const reason = today ?? 'hours';
  for (let offset = 0; offset <= 400; offset++) {
    const date = addDays(local.date, offset);
    if (closedDay(date)) continue;
    if (offset === 0 && local.minutes >= start) continue; // today's window has passed
    return { open: false, reason, nextOpenAt: zonedTime(date, start, rules.timezone) };
  }
  // Every day of the coming year closed: a configuration no one means; try again tomorrow.
  return { open: false, reason, nextOpenAt: new Date(now.getTime() + 86_400_000) };
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

function localParts(at: Date, timeZone: string): { date: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

function weekdayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return weekdayNames[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()]!;
}

/** The instant at which the wall clock in `timeZone` shows `date` and `minutes`. */
function zonedTime(date: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, Math.floor(minutes / 60), minutes % 60);
  let guess = wall - offsetMs(new Date(wall), timeZone);
  guess = wall - offsetMs(new Date(guess), timeZone); // once more across a DST change
  return new Date(guess);
}

function offsetMs(at: Date, timeZone: string): number {
  const { date, minutes } = localParts(at, timeZone);
  const [y, m, d] = date.split('-').map(Number);
  const asUtc = Date.UTC(y!, m! - 1, d!, Math.floor(minutes / 60), minutes % 60);
  return asUtc - Math.floor(at.getTime() / 60_000) * 60_000;
}
