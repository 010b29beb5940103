import { describe, expect, it } from 'vitest';
import { mayCallNow, wallClock, type CallingRules } from './calling-window.ts';

const riyadh: CallingRules = {
  timezone: 'Asia/Riyadh',
  window: { start: '09:00', end: '21:00' },
  weekend: ['fri', 'sat'],
  holidays: ['2026-12-03'],
};

describe('mayCallNow', () => {
  // Riyadh is UTC+3 all year: 06:00Z is 09:00 there.
  it.each([
    ['the window opens (Wed 09:00 Riyadh)', '2026-12-02T06:00:00Z', riyadh, true],
    ['a minute before it opens', '2026-12-02T05:59:00Z', riyadh, false],
    ['the last minute (20:59)', '2026-12-02T17:59:00Z', riyadh, true],
    ['the end itself is closed (21:00)', '2026-12-02T18:00:00Z', riyadh, false],
    ['a holiday (Thu 3 Dec) at noon', '2026-12-03T09:00:00Z', riyadh, false],
    ['the weekend (Fri 4 Dec) at noon', '2026-12-04T09:00:00Z', riyadh, false],
    ['Sunday is a working day in Riyadh', '2026-12-06T09:00:00Z', riyadh, true],
    ['UTC 22:00 Tue is Wed 01:00 in Riyadh: closed', '2026-12-01T22:00:00Z', riyadh, false],
    [
      'a whole-day window to 24:00 at 23:59',
      '2026-12-02T20:59:00Z',
      { ...riyadh, window: { start: '00:00', end: '24:00' } },
      true,
    ],
  ] as const)('%s', (_name, iso, rules, expected) => expect(mayCallNow(new Date(iso), rules)).toBe(expected));

  it('reads the wall clock in the zone', () =>
    expect(wallClock(new Date('2026-12-01T22:00:00Z'), 'Asia/Riyadh')).toEqual({
      date: '2026-12-02',
      time: '01:00',
      weekday: 'wed',
    }));
});
