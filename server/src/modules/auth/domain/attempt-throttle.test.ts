import { describe, expect, it } from 'vitest';
import { AttemptThrottle, delayAfter, type ThrottlePolicy } from './attempt-throttle.ts';

const policy: ThrottlePolicy = { freeFailures: 5, maxDelayMs: 15 * 60_000 };

describe('delayAfter', () => {
  const cases: Array<[string, number, number]> = [
    ['no failure yet', 0, 0],
    ['one below the free failures', 4, 0],
    ['the last free failure starts the wait at one second', 5, 1000],
    ['each further failure doubles it', 6, 2000],
    ['ten failures', 10, 32_000],
    ['the ceiling holds', 20, 15 * 60_000],
    ['a huge count does not overflow', 10_000, 15 * 60_000],
  ];
  it.each(cases)('%s', (_name, failures, expected) => {
    expect(delayAfter(failures, policy)).toBe(expected);
  });
});

describe('AttemptThrottle', () => {
  it('lets the free failures through, then makes each attempt wait longer', () => {
    const throttle = new AttemptThrottle(policy);
    for (let i = 0; i < 4; i++) throttle.fail('admin', 0);
    expect(throttle.waitMs('admin', 0)).toBe(0);
    throttle.fail('admin', 0);
    expect(throttle.waitMs('admin', 0)).toBe(1000);
    expect(throttle.waitMs('admin', 400)).toBe(600);
    expect(throttle.waitMs('admin', 1000)).toBe(0);
    throttle.fail('admin', 1000);
    expect(throttle.waitMs('admin', 1000)).toBe(2000);
  });

  it('keeps keys apart and clears a key on success', () => {
    const throttle = new AttemptThrottle(policy);
    for (let i = 0; i < 6; i++) throttle.fail('a', 0);
    expect(throttle.waitMs('b', 0)).toBe(0);
    throttle.succeed('a');
    expect(throttle.waitMs('a', 0)).toBe(0);
    expect(throttle.fail('a', 0)).toBe(1);
  });

  it('forgets a count after a day without failures', () => {
    const throttle = new AttemptThrottle(policy);
    for (let i = 0; i < 9; i++) throttle.fail('a', 0);
    expect(throttle.fail('a', 24 * 3_600_000 + 1)).toBe(1);
  });

  it('keeps at most maxKeys keys, dropping the longest idle', () => {
    const throttle = new AttemptThrottle({ freeFailures: 1, maxDelayMs: 60_000 }, 2);
    throttle.fail('a', 0);
    throttle.fail('b', 0);
    throttle.fail('a', 1);
    throttle.fail('c', 2);
    expect(throttle.waitMs('b', 2)).toBe(0);
    expect(throttle.waitMs('a', 2)).toBeGreaterThan(0);
    expect(throttle.waitMs('c', 2)).toBeGreaterThan(0);
  });
});
