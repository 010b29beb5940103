import { describe, expect, it } from 'vitest';
import type { KpiCall } from './call-figures.ts';
import { forecastIntervals, planDay, sameWeekdayBefore } from './forecast.ts';

const tz = 'Asia/Riyadh';
// 2026-11-22 and 2026-11-15 are the two Sundays before 2026-11-29.
function call(date: string, hhmmss: string, answered: boolean, handle = 0): KpiCall {
  const queuedAt = new Date(`${date}T${hhmmss}+03:00`);
  const answerAt = new Date(queuedAt.getTime() + 10_000);
  return {
    queue: 'service',
    agent: answered ? 'a' : null,
    queuedAt,
    answeredAt: answered ? answerAt : null,
    endedAt: new Date(answerAt.getTime() + (answered ? handle * 1000 : 20_000)),
    wrapUpEndedAt: null,
    cause: answered ? 'normal' : 'abandoned',
    holdSeconds: 0,
  };
}

describe('day plan from the same weekday of past weeks', () => {
  it('the same weekday of the weeks before', () => {
    expect(sameWeekdayBefore('2026-11-29', 3)).toEqual(['2026-11-22', '2026-11-15', '2026-11-08']);
  });

  it('averages calls per interval by queue entry and keeps the interval’s AHT; other days are left out', () => {
    const calls = [
      call('2026-11-22', '09:05:00', true, 100),
      call('2026-11-22', '09:29:59', true, 200),
      call('2026-11-15', '09:10:00', false),
      call('2026-11-15', '09:40:00', true, 300),
      call('2026-11-16', '09:10:00', true, 999), // a Monday: not history for a Sunday
    ];
    const f = forecastIntervals(calls, ['2026-11-22', '2026-11-15'], tz, 30);
    expect(f).toHaveLength(48);
    const at = (i: string) => f.find((x) => x.interval === i)!;
    expect(at('09:00')).toEqual({ interval: '09:00', calls: 1.5, ahtSeconds: 150 }); // 3 calls / 2 days; (100 + 200) / 2
    expect(at('09:30')).toEqual({ interval: '09:30', calls: 0.5, ahtSeconds: 300 });
    expect(at('10:00')).toEqual({ interval: '10:00', calls: 0, ahtSeconds: null });
  });

  it('staffs each interval: the worked example’s 100 calls in 30 minutes need 14 agents, a quiet one none', () => {
    const plan = planDay(
      [
        { interval: '09:00', calls: 100, ahtSeconds: 180 },
        { interval: '09:30', calls: 0, ahtSeconds: null },
        { interval: '10:00', calls: 100, ahtSeconds: null },
      ],
      30,
      180,
      { targetServiceLevel: 0.8, targetSeconds: 20, shrinkage: 0.3 },
    );
    expect(plan.map((p) => [p.interval, p.agents, p.scheduled])).toEqual([
      ['09:00', 14, 20],
      ['09:30', 0, 0],
      ['10:00', 14, 20], // no history of handling: the fallback AHT
    ]);
  });
});
