import { describe, expect, it } from 'vitest';
import { dayAfter, dayStart, timeKey } from './buckets.ts';
import { defaultQueueRules, type KpiCall } from './call-figures.ts';
import { occupancyOf, stateTimeByKey } from './occupancy.ts';
import { callReport, ReportAccumulator, type ReportOptions } from './report.ts';

// Riyadh is UTC+3 all year: t0 = 06:00 UTC = 09:00 on the clocks of the center.
const tz = 'Asia/Riyadh';
const t0 = Date.parse('2026-12-01T06:00:00Z');
const at = (s: number) => new Date(t0 + s * 1000);

function answered(q: number, answer: number, end: number, extra: Partial<KpiCall> = {}): KpiCall {
  return {
    queue: 'service',
    agent: 'agent1',
    queuedAt: at(q),
    answeredAt: at(answer),
    endedAt: at(end),
    wrapUpEndedAt: null,
    cause: 'normal',
    holdSeconds: 0,
    ...extra,
  };
}

// X spans two half-hour intervals: queued 09:29:50, answered 09:29:55, ended 09:31:00.
const X = answered(1790, 1795, 1860);
// Y lies inside 09:00–09:30: waited 10 s, talked 90 s.
const Y = answered(100, 110, 200, { queue: 'sales', agent: 'agent2' });

const options = (o: Partial<ReportOptions>): ReportOptions => ({
  by: 'interval',
  timeZone: tz,
  intervalMinutes: 30,
  from: at(0),
  to: at(86_400),
  rules: new Map([['service', defaultQueueRules]]),
  ...o,
});

describe('time buckets on the center’s clocks', () => {
  it.each([
    ['interval 30', 'interval', 30, '2026-12-01T09:30'],
    ['interval 15', 'interval', 15, '2026-12-01T09:30'],
    ['interval 60', 'interval', 60, '2026-12-01T09:00'],
    ['day', 'day', 30, '2026-12-01'],
    ['week (starts Sunday)', 'week', 30, '2026-11-29'],
    ['month', 'month', 30, '2026-12'],
  ] as const)('%s', (_name, by, minutes, key) => {
    expect(timeKey(at(1860), by, tz, minutes)).toBe(key);
  });

  it('a call ending at 00:00:30 local belongs to the next local day, though UTC still says the day before', () => {
    expect(timeKey(new Date('2026-12-01T21:00:30Z'), 'day', tz)).toBe('2026-12-02');
    expect(timeKey(new Date('2026-12-01T20:59:59Z'), 'day', tz)).toBe('2026-12-01');
  });
});

describe('call report', () => {
  it('a call spanning two intervals counts in the interval where it ends', () => {
    const rows = callReport([X, Y], options({}));
    expect(rows.map((r) => [r.key, r.offered, r.asa_seconds])).toEqual([
      ['2026-12-01T09:00', 1, 10],
      ['2026-12-01T09:30', 1, 5],
    ]);
  });

  it('by hour both are in 09:00; by queue and agent each has its own row', () => {
    expect(callReport([X, Y], options({ intervalMinutes: 60 })).map((r) => [r.key, r.offered])).toEqual([
      ['2026-12-01T09:00', 2],
    ]);
    expect(callReport([X, Y], options({ by: 'queue' })).map((r) => [r.key, r.aht_seconds])).toEqual([
      ['sales', 90],
      ['service', 65],
    ]);
    expect(callReport([X, Y], options({ by: 'agent' })).map((r) => r.key)).toEqual(['agent1', 'agent2']);
    expect(callReport([X, Y], options({ by: 'channel' })).map((r) => [r.key, r.offered])).toEqual([['voice', 2]]);
  });

  it('a call offered before the range but ending in it counts; one ending after the range does not', () => {
    const rows = callReport([X, Y], options({ by: 'day', from: at(1800), to: at(1861) }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: '2026-12-01', offered: 1, answered: 1 });
    expect(callReport([X], options({ by: 'day', to: at(1860) }))).toEqual([]);
  });

  it('live: each call added as it ends updates only its bucket, and the rows equal a full report', () => {
    const live = new ReportAccumulator(options({}));
    expect(live.add(Y)).toBe('2026-12-01T09:00');
    expect(live.figures('2026-12-01T09:00')).toMatchObject({ offered: 1, asa_seconds: 10 });
    expect(live.figures('2026-12-01T09:30')).toBeNull();
    expect(live.add(X)).toBe('2026-12-01T09:30');
    expect(live.add({ ...X, endedAt: null })).toBeNull(); // still going on: counted when it ends
    expect(live.rows()).toEqual(callReport([X, Y], options({})));
  });

  it('no calls: no rows', () => {
    expect(callReport([], options({ by: 'day' }))).toEqual([]);
  });

  it('each queue’s rules apply to its own calls (queue without rules: the defaults)', () => {
    const late = answered(0, 15, 100); // 15 s: met at 20 s, missed at 10 s
    const rules = new Map([['service', { ...defaultQueueRules, slSeconds: 10 }]]);
    const rows = callReport([late, { ...late, queue: 'other' }], options({ by: 'queue', rules }));
    expect(rows.map((r) => [r.key, r.service_level])).toEqual([
      ['other', 1],
      ['service', 0],
    ]);
  });
});

describe('occupancy = handling / (handling + available)', () => {
  // available 0–600, on_call 600–900, wrap_up 900–960, available 960–1200, break 1200–1500,
  // available 1500–2400, offline after.
  const states = [
    { state: 'available', at: at(0) },
    { state: 'on_call', at: at(600) },
    { state: 'wrap_up', at: at(900) },
    { state: 'available', at: at(960) },
    { state: 'break', at: at(1200) },
    { state: 'available', at: at(1500) },
    { state: 'offline', at: at(2400) },
  ];

  it('per half hour: 360 handling of 1500 (break left out), then 0 of 600', () => {
    const time = stateTimeByKey(states, at(0), at(3600), (d) => timeKey(d, 'interval', tz, 30));
    expect(time.get('2026-12-01T09:00')).toEqual({ handlingSeconds: 360, availableSeconds: 1140 });
    expect(time.get('2026-12-01T09:30')).toEqual({ handlingSeconds: 0, availableSeconds: 600 });
    expect(occupancyOf(time.get('2026-12-01T09:00'))).toBe(0.24);
    expect(occupancyOf(time.get('2026-12-01T09:30'))).toBe(0);
    expect(occupancyOf(undefined)).toBeNull();
  });

  it('the state before the window is the state it starts in; the window clips it', () => {
    const time = stateTimeByKey(states, at(700), at(1000), () => 'x');
    expect(time.get('x')).toEqual({ handlingSeconds: 260, availableSeconds: 40 });
  });

  it('beside the call figures, by agent and by interval', () => {
    const agentStates = new Map([['agent1', states]]);
    const byAgent = callReport([X, Y], options({ by: 'agent', to: at(3600) }), agentStates);
    expect(byAgent.find((r) => r.key === 'agent1')!.occupancy).toBeCloseTo(360 / 2100, 12);
    expect(byAgent.find((r) => r.key === 'agent2')!.occupancy).toBeNull();
    const byInterval = callReport([X, Y], options({ to: at(3600) }), agentStates);
    expect(byInterval.map((r) => r.occupancy)).toEqual([0.24, 0]);
    expect(callReport([X, Y], options({ by: 'queue', to: at(3600) }), agentStates)[0]!.occupancy).toBeNull();
  });
});

describe('day bounds on the center’s clocks', () => {
  it.each([
    ['Asia/Riyadh', '2026-12-01', '2026-11-30T21:00:00.000Z'],
    ['UTC', '2026-12-01', '2026-12-01T00:00:00.000Z'],
    ['Europe/Berlin', '2026-07-01', '2026-06-30T22:00:00.000Z'], // summer time
    ['Asia/Kathmandu', '2026-12-01', '2026-11-30T18:15:00.000Z'], // +05:45
  ])('%s %s starts at %s', (zone, date, instant) => {
    expect(dayStart(date, zone).toISOString()).toBe(instant);
  });
  it('the day after the last of a month', () => {
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
  });
});
