import { describe, expect, it } from 'vitest';
import { abandonTraffic, serviceLevelTraffic, targetTraffic, waitTraffic } from './levels';

describe('wallboard colours', () => {
  it.each([
    ['nobody waiting', 0, 60, 'green'],
    ['under half of the maximum', 29, 60, 'green'],
    ['half of the maximum', 30, 60, 'amber'],
    ['one second under the maximum', 59, 60, 'amber'],
    ['at the maximum', 60, 60, 'red'],
  ])('longest wait: %s', (_name, seconds, max, colour) => expect(waitTraffic(seconds, max)).toBe(colour));

  it.each([
    ['no calls yet', null, 5, 'gray'],
    ['none abandoned', 0, 5, 'green'],
    ['half of the maximum is still green', 0.025, 5, 'green'],
    ['over half', 0.03, 5, 'amber'],
    ['exactly the maximum is amber', 0.05, 5, 'amber'],
    ['5.01 % is shown as 5.0 %: amber, as it reads', 0.0501, 5, 'amber'],
    ['over the maximum (5.1 %)', 0.051, 5, 'red'],
    ['1 of 3 (33.3 %)', 1 / 3, 5, 'red'],
  ])('abandonment: %s', (_name, rate, max, colour) => expect(abandonTraffic(rate, max)).toBe(colour));

  it.each([
    ['no calls yet', null, 80, 'gray'],
    ['4 of 5 meets 80 %', 0.8, 80, 'green'],
    ['1 of 3 is far under', 1 / 3, 80, 'red'],
    ['75 % is within 10 points', 0.75, 80, 'amber'],
  ])('service level: %s', (_name, sl, target, colour) => expect(serviceLevelTraffic(sl, target)).toBe(colour));

  it.each([
    ['calls: target reached', 40, 40, 'atLeast', 'green'],
    ['calls: 32 of 40 is within a fifth', 32, 40, 'atLeast', 'amber'],
    ['calls: 10 of 40', 10, 40, 'atLeast', 'red'],
    ['AHT: under the target', 120, 300, 'atMost', 'green'],
    ['AHT: 360 s is a fifth over', 360, 300, 'atMost', 'amber'],
    ['AHT: far over', 400, 300, 'atMost', 'red'],
    ['AHT: no calls', null, 300, 'atMost', 'gray'],
  ] as const)('targets: %s', (_name, value, target, direction, colour) =>
    expect(targetTraffic(value, target, direction)).toBe(colour),
  );
});
