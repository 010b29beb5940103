// Calendar dates as the business speaks of them ("2026-11-22"), without a time or a zone.

/** `date` moved by `days` (negative: earlier), across month and year ends and leap days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
