import { describe, expect, it } from 'vitest';
import { canTransition, dayTimeline, startOfDay, type AgentState, type AgentStateChange } from './agent-state.ts';

// Riyadh is UTC+3 all year: 2026-12-06 runs from 2026-12-05T21:00Z to 2026-12-06T21:00Z.
const riyadh = (s: string) => new Date(`${s}+03:00`);
const change = (state: AgentState, at: string, reason: string | null = null): AgentStateChange => ({
  state,
  reason,
  at: riyadh(at),
});
const late = riyadh('2026-12-09T00:00:00');

describe('canTransition', () => {
  it.each([
    ['offline', 'available', true],
    ['available', 'ringing', true],
    ['ringing', 'on_call', true],
    ['ringing', 'available', true],
    ['on_call', 'hold', true],
    ['hold', 'on_call', true],
    ['on_call', 'wrap_up', true],
    ['wrap_up', 'available', true],
    ['available', 'break', true],
    ['break', 'break', true],
    ['break', 'available', true],
    ['wrap_up', 'offline', true],
    ['on_call', 'offline', false],
    ['hold', 'break', false],
    ['offline', 'on_call', false],
    ['break', 'ringing', false],
    ['offline', 'wrap_up', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });
});

describe('dayTimeline', () => {
  it('a working morning: totals per state, hand-computed', () => {
    const day = dayTimeline(
      [
        change('available', '2026-12-06T08:00:00'),
        change('ringing', '2026-12-06T08:10:00'),
        change('on_call', '2026-12-06T08:10:20'),
        change('hold', '2026-12-06T08:15:00'),
        change('on_call', '2026-12-06T08:15:40'),
        change('wrap_up', '2026-12-06T08:20:00'),
        change('available', '2026-12-06T08:20:30'),
        change('break', '2026-12-06T12:00:00', 'prayer'),
        change('available', '2026-12-06T12:20:00'),
        change('break', '2026-12-06T13:00:00', 'lunch'),
        change('available', '2026-12-06T13:30:00'),
        change('offline', '2026-12-06T17:00:00'),
      ],
      '2026-12-06',
      'Asia/Riyadh',
      late,
    );
    expect(day.totals).toEqual({
      // 08:00–08:10 (600) + 08:20:30–12:00 (13170) + 12:20–13:00 (2400) + 13:30–17:00 (12600)
      available: 28770,
      ringing: 20,
      // 08:10:20–08:15 (280) + 08:15:40–08:20 (260)
      on_call: 540,
      hold: 40,
      wrap_up: 30,
      break: 3000,
      // 17:00 to midnight
      offline: 25200,
    });
    expect(day.breakReasons).toEqual({ prayer: 1200, lunch: 1800 });
    expect(day.segments).toHaveLength(12);
    expect(day.segments[0]).toMatchObject({ state: 'available', from: riyadh('2026-12-06T08:00:00'), seconds: 600 });
  });

  it('a night shift is clipped at midnight on both days', () => {
    const changes = [change('available', '2026-12-05T22:00:00'), change('offline', '2026-12-06T02:00:00')];
    const sat = dayTimeline(changes, '2026-12-05', 'Asia/Riyadh', late);
    expect(sat.totals.available).toBe(7200);
    expect(sat.segments.at(-1)!.to).toEqual(riyadh('2026-12-06T00:00:00'));
    const sun = dayTimeline(changes, '2026-12-06', 'Asia/Riyadh', late);
    expect(sun.totals.available).toBe(7200);
    expect(sun.segments[0]!.from).toEqual(riyadh('2026-12-06T00:00:00'));
    expect(sun.totals.offline).toBe(22 * 3600);
  });

  it('the state carried in from the day before counts from midnight', () => {
    const day = dayTimeline(
      [change('break', '2026-12-05T23:50:00', 'meeting'), change('available', '2026-12-06T00:10:00')],
      '2026-12-06',
      'Asia/Riyadh',
      riyadh('2026-12-06T01:00:00'),
    );
    expect(day.breakReasons).toEqual({ meeting: 600 });
    expect(day.totals.available).toBe(3000);
  });

  it('today: the current state lasts until now, not until midnight', () => {
    const day = dayTimeline(
      [change('available', '2026-12-06T09:00:00')],
      '2026-12-06',
      'Asia/Riyadh',
      riyadh('2026-12-06T09:45:00'),
    );
    expect(day.totals.available).toBe(2700);
  });

  it('a day in the future, or a day with no changes, has nothing', () => {
    expect(dayTimeline([], '2026-12-06', 'Asia/Riyadh', late).segments).toEqual([]);
    const future = dayTimeline(
      [change('available', '2026-12-06T09:00:00')],
      '2026-12-07',
      'Asia/Riyadh',
      riyadh('2026-12-06T10:00:00'),
    );
    expect(future.segments).toEqual([]);
  });

  it('repeated changes to the same state merge into one segment', () => {
    const day = dayTimeline(
      [
        change('available', '2026-12-06T09:00:00'),
        change('available', '2026-12-06T09:30:00'),
        change('offline', '2026-12-06T10:00:00'),
      ],
      '2026-12-06',
      'Asia/Riyadh',
      riyadh('2026-12-06T10:00:00'),
    );
    expect(day.segments).toEqual([
      {
        state: 'available',
        reason: null,
        from: riyadh('2026-12-06T09:00:00'),
        to: riyadh('2026-12-06T10:00:00'),
        seconds: 3600,
      },
    ]);
  });

  it('changes given out of order are read in time order', () => {
    const day = dayTimeline(
      [change('offline', '2026-12-06T10:00:00'), change('available', '2026-12-06T09:00:00')],
      '2026-12-06',
      'Asia/Riyadh',
      riyadh('2026-12-06T10:00:00'),
    );
    expect(day.totals.available).toBe(3600);
  });
});

describe('startOfDay', () => {
  it.each([
    ['Riyadh (UTC+3)', '2026-12-06', 'Asia/Riyadh', '2026-12-05T21:00:00.000Z'],
    ['UTC', '2026-12-06', 'UTC', '2026-12-06T00:00:00.000Z'],
    ['Cairo on a summer day (UTC+3)', '2026-07-01', 'Africa/Cairo', '2026-06-30T21:00:00.000Z'],
    [
      'Berlin the day clocks go forward (midnight still UTC+1)',
      '2026-03-29',
      'Europe/Berlin',
      '2026-03-28T23:00:00.000Z',
    ],
    ['Berlin the day after (UTC+2)', '2026-03-30', 'Europe/Berlin', '2026-03-29T22:00:00.000Z'],
  ])('%s', (_name, date, zone, expected) => {
    expect(startOfDay(date, zone).toISOString()).toBe(expected);
  });

  it('a day when clocks go forward has 23 hours', () => {
    const day = dayTimeline([], '2026-03-29', 'Europe/Berlin', late);
    expect((day.dayEnd.getTime() - day.dayStart.getTime()) / 3600_000).toBe(23);
  });
});
