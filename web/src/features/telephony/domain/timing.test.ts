import { describe, expect, it } from 'vitest';
import { clockSkew, elapsedSeconds, formatDuration, serviceLevelTraffic, stateAlarm } from './timing';

describe('formatDuration', () => {
  it.each([
    ['zero', 0, '00:00'],
    ['under a minute', 9, '00:09'],
    ['a minute and five', 65, '01:05'],
    ['the last second before the hour', 3599, '59:59'],
    ['an hour', 3600, '1:00:00'],
    ['an hour, two minutes, three seconds', 3723, '1:02:03'],
    ['a fraction is cut, not rounded', 59.9, '00:59'],
    ['a negative time (clock skew) reads zero', -4, '00:00'],
  ])('%s', (_name, seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('elapsedSeconds against the server clock', () => {
  const since = '2026-12-02T08:00:00.000Z';
  const at = (iso: string) => Date.parse(iso);
  it.each([
    ['same clocks, 90 s later', at('2026-12-02T08:01:30.000Z'), 0, 90],
    ['browser 2 minutes slow: skew +120 s', at('2026-12-02T07:59:30.000Z'), 120_000, 90],
    ['browser 30 s fast: skew −30 s', at('2026-12-02T08:02:00.000Z'), -30_000, 90],
    ['a partial second is not yet a second', at('2026-12-02T08:00:00.999Z'), 0, 0],
    ['browser ahead of a fresh state: never negative', at('2026-12-02T07:59:00.000Z'), 0, 0],
  ])('%s', (_name, clientNow, skew, expected) => {
    expect(elapsedSeconds(since, clientNow, skew)).toBe(expected);
  });

  it('no start time is zero', () => {
    expect(elapsedSeconds(null, Date.now(), 0)).toBe(0);
    expect(elapsedSeconds('not a date', Date.now(), 0)).toBe(0);
  });

  it('the skew is the server’s now minus the browser’s', () => {
    expect(clockSkew(at('2026-12-02T08:02:00.000Z'), at('2026-12-02T08:00:00.000Z'))).toBe(120_000);
  });
});

describe('stateAlarm: the live view’s colour thresholds', () => {
  it.each([
    ['prayer break within its 20 minutes', 'break', 20 * 60, 20, null],
    ['prayer break one second over', 'break', 20 * 60 + 1, 20, 'red'],
    ['training break without a limit, three hours', 'break', 3 * 3600, null, null],
    ['wrap-up at exactly 2 minutes', 'wrap_up', 120, null, null],
    ['wrap-up at 2 minutes 1 second', 'wrap_up', 121, null, 'amber'],
    ['ringing 15 s', 'ringing', 15, null, null],
    ['ringing 16 s', 'ringing', 16, null, 'amber'],
    ['a long call is no alarm', 'on_call', 3600, null, null],
    ['a long hold is no alarm here', 'hold', 900, null, null],
    ['available all day', 'available', 8 * 3600, null, null],
    ['offline', 'offline', 100_000, null, null],
  ] as const)('%s', (_name, state, seconds, limit, expected) => {
    expect(stateAlarm(state, seconds, limit)).toBe(expected);
  });
});

describe('serviceLevelTraffic: today against the target', () => {
  it.each([
    ['no calls yet', null, 80, 'gray'],
    ['exactly on target (0.8 is 80 % despite floating point)', 0.8, 80, 'green'],
    ['above target', 0.95, 80, 'green'],
    ['just under target', 0.799, 80, 'amber'],
    ['ten points under is still amber', 0.7, 80, 'amber'],
    ['more than ten points under', 0.699, 80, 'red'],
    ['nothing answered in time', 0, 80, 'red'],
    ['a 90 % target, 85 %', 0.85, 90, 'amber'],
  ] as const)('%s', (_name, level, target, expected) => {
    expect(serviceLevelTraffic(level, target)).toBe(expected);
  });
});
