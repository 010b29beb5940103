import { describe, expect, it } from 'vitest';
import { formatClock, formatDay, formatDuration } from './format-duration';

describe('formatDuration', () => {
  it.each([
    ['nothing', null, ''],
    ['zero', 0, '0:00'],
    ['under a minute', 9, '0:09'],
    ['minutes', 185, '3:05'],
    ['rounded', 59.6, '1:00'],
    ['past an hour', 3909, '1:05:09'],
    ['never negative', -4, '0:00'],
  ])('%s', (_name, seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('formatClock and formatDay on the installation clocks', () => {
  it('Riyadh is three hours ahead of UTC, across midnight', () => {
    expect(formatClock('2026-11-29T21:30:05Z', 'Asia/Riyadh')).toBe('00:30:05');
    expect(formatDay('2026-11-29T21:30:05Z', 'Asia/Riyadh')).toBe('2026-11-30');
  });
});
