// When a campaign may place calls (SPEC T3): inside the calling window, on a business day, in the
// time zone the customers are called in. Pure: the live dialer asks it before every round.

export type CallingRules = {
  timezone: string;
  window: { start: string; end: string };
  weekend: readonly string[];
  holidays: readonly string[];
};

const weekdayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** The wall date (YYYY-MM-DD), time (HH:MM) and weekday key of an instant in a time zone. */
export function wallClock(at: Date, timeZone: string): { date: string; time: string; weekday: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  const weekday = weekdayKeys[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
  return { date, time: `${part('hour')}:${part('minute')}`, weekday };
}

/** True when a call may be placed now: a business day, start ≤ time < end (end "24:00" = midnight). */
export function mayCallNow(at: Date, rules: CallingRules): boolean {
  const { date, time, weekday } = wallClock(at, rules.timezone);
  if (rules.weekend.includes(weekday) || rules.holidays.includes(date)) return false;
  return time >= rules.window.start && time < rules.window.end;
}
