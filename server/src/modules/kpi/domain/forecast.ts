// خطة اليوم — a day plan (SPEC K4): calls per interval forecast from the same weekday of past
// weeks (their average), the handling time of those intervals, and the agents each needs.

import { localParts, timeKey, type IntervalMinutes } from './buckets.ts';
import { contributionOf, defaultQueueRules, type KpiCall } from './call-figures.ts';
import { staffing, type StaffingInput } from './erlang.ts';

export type IntervalForecast = {
  /** Interval start on the center's clocks, `09:30`. */
  interval: string;
  /** Average calls offered in this interval on the days of history. */
  calls: number;
  /** Average handling time of the answered calls of this interval in history (null: none). */
  ahtSeconds: number | null;
};

/**
 * The average calls per interval over `days` (dates, YYYY-MM-DD, on the center's clocks), by the
 * time each call entered the queue (arrivals drive staffing), short abandons left out. Every
 * interval of the day is present, quiet ones with 0 calls.
 */
export function forecastIntervals(
  calls: readonly KpiCall[],
  days: readonly string[],
  timeZone: string,
  intervalMinutes: IntervalMinutes,
): IntervalForecast[] {
  const wanted = new Set(days);
  const count = new Map<string, number>();
  const handle = new Map<string, { seconds: number; n: number }>();
  for (const call of calls) {
    if (call.queuedAt === null) continue;
    const p = localParts(call.queuedAt, timeZone);
    if (!wanted.has(`${p.year}-${p.month}-${p.day}`)) continue;
    const c = contributionOf(call, defaultQueueRules);
    if (c === null || c.shortAbandoned) continue;
    const key = timeKey(call.queuedAt, 'interval', timeZone, intervalMinutes).slice(11);
    count.set(key, (count.get(key) ?? 0) + 1);
    if (c.answered) {
      const h = handle.get(key) ?? { seconds: 0, n: 0 };
      h.seconds += c.talkSeconds + c.holdSeconds + c.wrapUpSeconds;
      h.n += 1;
      handle.set(key, h);
    }
  }
  const out: IntervalForecast[] = [];
  for (let m = 0; m < 24 * 60; m += intervalMinutes) {
    const key = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const h = handle.get(key);
    out.push({
      interval: key,
      calls: days.length === 0 ? 0 : (count.get(key) ?? 0) / days.length,
      ahtSeconds: h ? h.seconds / h.n : null,
    });
  }
  return out;
}

export type PlannedInterval = IntervalForecast & { agents: number; scheduled: number; serviceLevel: number };

/**
 * Agents per interval for a forecast: each interval staffed on its own (Erlang C, or A with a
 * patience), with the interval's historical AHT, or `fallbackAht` where history has none.
 */
export function planDay(
  forecast: readonly IntervalForecast[],
  intervalMinutes: IntervalMinutes,
  fallbackAht: number,
  targets: Omit<StaffingInput, 'calls' | 'intervalSeconds' | 'ahtSeconds'>,
): PlannedInterval[] {
  return forecast.map((f) => {
    const r = staffing({
      ...targets,
      calls: f.calls,
      intervalSeconds: intervalMinutes * 60,
      ahtSeconds: f.ahtSeconds ?? fallbackAht,
    });
    return { ...f, agents: r.agents, scheduled: r.scheduled, serviceLevel: r.serviceLevel };
  });
}

/** The same weekday in each of the `weeks` weeks before `date`, most recent first. */
export function sameWeekdayBefore(date: string, weeks: number): string[] {
  const out: string[] = [];
  for (let w = 1; w <= weeks; w++) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 7 * w);
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}
