import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date.ts';

describe('addDays', () => {
  it.each([
    ['the next day', '2026-11-22', 1, '2026-11-23'],
    ['across a month end', '2026-11-30', 1, '2026-12-01'],
    ['across a year end', '2026-12-31', 1, '2027-01-01'],
    ['into a leap day', '2028-02-28', 1, '2028-02-29'],
    ['over a non-leap February', '2027-02-28', 1, '2027-03-01'],
    ['backwards across a year', '2027-01-01', -1, '2026-12-31'],
    ['no move', '2026-11-22', 0, '2026-11-22'],
    ['a whole year', '2026-03-01', 365, '2027-03-01'],
  ])('%s', (_name, date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
