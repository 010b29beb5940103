// How a report is cut: into intervals (15/30/60 minutes), days, weeks or months on the clocks of
// the installation's time zone, or by agent, queue or channel. Keys sort in time order as text.

export const timeGroupings = ['interval', 'day', 'week', 'month'] as const;
export const groupings = [...timeGroupings, 'agent', 'queue', 'channel'] as const;
export type Grouping = (typeof groupings)[number];
export type IntervalMinutes = 15 | 30 | 60;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock parts of an instant in `timeZone`. */
export function localParts(at: Date, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute! };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The key of the time bucket an instant falls in: `2026-12-01T09:30` (interval start),
 * `2026-12-01` (day), the Sunday starting the week (the working week here starts on Sunday),
 * `2026-12` (month).
 */
export function timeKey(
  at: Date,
  by: (typeof timeGroupings)[number],
  timeZone: string,
  intervalMinutes: IntervalMinutes = 30,
): string {
  const p = localParts(at, timeZone);
  const day = `${p.year}-${p.month}-${p.day}`;
  switch (by) {
    case 'interval': {
      const minutes = Number(p.hour) * 60 + Number(p.minute);
      const start = minutes - (minutes % intervalMinutes);
      return `${day}T${pad(Math.floor(start / 60))}:${pad(start % 60)}`;
    }
    case 'day':
      return day;
    case 'week': {
      const d = new Date(`${day}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - d.getUTCDay());
      return d.toISOString().slice(0, 10);
    }
    case 'month':
      return `${p.year}-${p.month}`;
  }
}

/** Whether a grouping cuts by time (and calls then count where they end). */
export function isTimeGrouping(by: Grouping): by is (typeof timeGroupings)[number] {
  return (timeGroupings as readonly string[]).includes(by);
}

/** Midnight at the start of `date` (YYYY-MM-DD) on the clocks of `timeZone`. */
export function dayStart(date: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`);
  const offset = (instant: number) => {
    const p = localParts(new Date(instant), timeZone);
    return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - Math.floor(instant / 60_000) * 60_000;
  };
  let guess = wall - offset(wall);
  guess = wall - offset(guess); // a second pass settles a time near a daylight-saving change
  return new Date(guess);
}

/** The calendar day after `date`. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
