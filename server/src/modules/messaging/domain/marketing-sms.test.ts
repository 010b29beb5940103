import { describe, expect, it } from 'vitest';
import { defaultMarketingSmsRules } from '../../settings/index.ts';
import { countryOfNumber, marketingSender, marketingWindow, ruleFor, type MarketingSmsRule } from './marketing-sms.ts';

const rules = defaultMarketingSmsRules as MarketingSmsRule[];
const sa = ruleFor('SA', rules)!;
const ae = ruleFor('AE', rules)!;
const jo = { ...ruleFor('JO', rules)!, holidays: [{ date: '2026-12-07', name: 'عطلة رسمية' }] };

// 2026-12-04 is a Friday, 2026-12-06 a Sunday. Riyadh and Amman are UTC+3, Dubai UTC+4, all without DST.
describe('marketingWindow', () => {
  it.each([
    ['Riyadh 21:59 (last minute of 07:00–22:00)', sa, '2026-12-01T18:59:00Z', true],
    ['Riyadh 22:00 (closed)', sa, '2026-12-01T19:00:00Z', false],
    ['Riyadh 07:00 (opens)', sa, '2026-12-02T04:00:00Z', true],
    ['Riyadh 06:59', sa, '2026-12-02T03:59:00Z', false],
    ['Riyadh on a Friday (no weekend rule in Saudi Arabia)', sa, '2026-12-04T09:00:00Z', true],
    ['a UAE number at 06:59 Dubai', ae, '2026-12-02T02:59:00Z', false],
    ['a UAE number at 07:00 Dubai', ae, '2026-12-02T03:00:00Z', true],
    ['a UAE number at 20:59 Dubai', ae, '2026-12-02T16:59:00Z', true],
    ['a UAE number at 21:00 Dubai', ae, '2026-12-02T17:00:00Z', false],
    ['Amman on a Friday at noon', jo, '2026-12-04T09:00:00Z', false],
    ['Amman on a Saturday at noon', jo, '2026-12-05T09:00:00Z', false],
    ['Amman on a Sunday at 08:00', jo, '2026-12-06T05:00:00Z', true],
    ['Amman on a Sunday at 21:00', jo, '2026-12-06T18:00:00Z', false],
    ['Amman on a holiday (Monday)', jo, '2026-12-07T09:00:00Z', false],
  ])('%s → open=%s', (_name, rule, at, open) => {
    expect(marketingWindow(new Date(at), rule).open).toBe(open);
  });

  it.each([
    ['Riyadh 22:00: tomorrow 07:00', sa, '2026-12-01T19:00:00Z', 'hours', '2026-12-02T04:00:00.000Z'],
    ['UAE 06:59: the same morning at 07:00', ae, '2026-12-02T02:59:00Z', 'hours', '2026-12-02T03:00:00.000Z'],
    ['Friday in Amman: Sunday 08:00', jo, '2026-12-04T09:00:00Z', 'weekend', '2026-12-06T05:00:00.000Z'],
    ['Thursday 21:30 in Amman: skips the weekend', jo, '2026-12-03T18:30:00Z', 'hours', '2026-12-06T05:00:00.000Z'],
    ['a holiday in Amman: the next day 08:00', jo, '2026-12-07T09:00:00Z', 'holiday', '2026-12-08T05:00:00.000Z'],
    ['Sunday evening before the holiday: Tuesday', jo, '2026-12-06T19:00:00Z', 'hours', '2026-12-08T05:00:00.000Z'],
  ])('%s', (_name, rule, at, reason, next) => {
    expect(marketingWindow(new Date(at), rule)).toEqual({ open: false, reason, nextOpenAt: new Date(next) });
  });

  it.each([
    ['Riyadh', sa, '04:00'],
    ['Dubai', ae, '03:00'],
  ])('DST-free zone %s: the window opens at the same UTC time in January and July', (_name, rule, utc) => {
    for (const day of ['2026-01-14', '2026-07-15']) {
      expect(marketingWindow(new Date(`${day}T${utc}:00Z`), rule).open).toBe(true);
      const before = new Date(new Date(`${day}T${utc}:00Z`).getTime() - 60_000);
      expect(marketingWindow(before, rule).open).toBe(false);
    }
  });
});

describe('marketingSender', () => {
  it.each([
    ['Saudi Arabia: the suffix -AD', sa, 'Tawasul', { ok: true, sender: 'Tawasul-AD' }],
    ['Saudi Arabia: already marked', sa, 'Tawasul-AD', { ok: true, sender: 'Tawasul-AD' }],
    ['UAE: the prefix AD-', ae, 'Tawasul', { ok: true, sender: 'AD-Tawasul' }],
    ['Jordan: the prefix adv', jo, 'Tawasul', { ok: true, sender: 'advTawasul' }],
    [
      'a registered sender for the country wins',
      { ...sa, sender: 'Amal-AD' },
      'Tawasul',
      { ok: true, sender: 'Amal-AD' },
    ],
  ])('%s', (_name, rule, base, expected) => {
    expect(marketingSender(base, rule)).toEqual(expected);
  });

  it.each([
    ['too long once marked (12 characters)', sa, 'TawasulCo', 'TawasulCo-AD'],
    ['an Arabic sender cannot be an alphanumeric sender id', sa, 'تواصل', 'تواصل-AD'],
    ['a registered sender without the suffix', { ...sa, sender: 'Amal' }, 'Tawasul', 'Amal'],
  ])('refused: %s', (_name, rule, base, shown) => {
    const decision = marketingSender(base, rule);
    expect(decision).toMatchObject({ ok: false, code: 'sender_not_compliant' });
    expect(!decision.ok && decision.message).toContain(shown);
  });
});

describe('countryOfNumber', () => {
  it.each([
    ['+966501234567', 'SA'],
    ['+971501234567', 'AE'],
    ['+962791234567', 'JO'],
    ['+12', undefined],
  ])('%s → %s', (number, country) => {
    expect(countryOfNumber(number)).toBe(country);
  });
});
