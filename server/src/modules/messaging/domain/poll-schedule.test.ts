import { describe, expect, it } from 'vitest';
import { pollScheduleOf } from './poll-schedule.ts';

describe('pollScheduleOf (TAWASUL_IMAP_POLL_SECONDS)', () => {
  it.each([
    ['the minimum, ten seconds: six polls a minute', 10, { cron: '* * * * *', pollsPerTick: 6, intervalMs: 10_000 }],
    [
      '45 s: one poll a minute, never twice within 45 s',
      45,
      { cron: '* * * * *', pollsPerTick: 1, intervalMs: 45_000 },
    ],
    ['the default, a minute', 60, { cron: '* * * * *', pollsPerTick: 1, intervalMs: 60_000 }],
    ['five minutes', 300, { cron: '*/5 * * * *', pollsPerTick: 1, intervalMs: 300_000 }],
    ['100 s rounds to two minutes', 100, { cron: '*/2 * * * *', pollsPerTick: 1, intervalMs: 120_000 }],
    ['the maximum, an hour', 3600, { cron: '0 * * * *', pollsPerTick: 1, intervalMs: 3_600_000 }],
  ])('%s', (_n, seconds, expected) => expect(pollScheduleOf(seconds)).toEqual(expected));
});
