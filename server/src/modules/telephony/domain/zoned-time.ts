// Wall-clock times of the installation's time zone as instants (no I/O; Intl knows the zones).

const formatters = new Map<string, Intl.DateTimeFormat>();

/** How far the clocks of `timeZone` are ahead of UTC at an instant, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
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
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the clocks of `timeZone` show `wall` (a wall time written as UTC millis). */
export function wallTimeToInstant(wall: number, timeZone: string): Date {
  let guess = wall - offsetMs(wall, timeZone);
  // A second pass settles a time near a daylight-saving change.
  guess = wall - offsetMs(guess, timeZone);
  return new Date(guess);
}

/** Midnight at the start of `date` (YYYY-MM-DD) on the clocks of `timeZone`. */
export function startOfDay(date: string, timeZone: string): Date {
  return wallTimeToInstant(Date.parse(`${date}T00:00:00Z`), timeZone);
}

/** The calendar day after `date`. */
export function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
