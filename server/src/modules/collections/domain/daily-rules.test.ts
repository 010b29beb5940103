import { describe, expect, it } from 'vitest';
import {
  followupWindow,
  isBusinessDay,
  isDailyRunDue,
  localDateTime,
  phoneOrder,
  reminderWindow,
  thanksWindow,
  tierOf,
  type PhoneCandidate,
} from './daily-rules.ts';

describe('selection windows', () => {
  it.each([
    ['first run ever: only D + 5', '2026-12-06', null, { after: '2026-12-10', through: '2026-12-11' }],
    ['the day after a run', '2026-12-07', '2026-12-06', { after: '2026-12-11', through: '2026-12-12' }],
    [
      'after a two-day weekend: catches up three due dates',
      '2026-12-06',
      '2026-12-03',
      { after: '2026-12-08', through: '2026-12-11' },
    ],
    ['across a month end', '2026-12-29', '2026-12-28', { after: '2027-01-02', through: '2027-01-03' }],
  ])('reminder: %s', (_n, date, previous, window) => expect(reminderWindow(date, previous, 5)).toEqual(window));

  it.each([
    ['first run ever: only D − 1', '2026-12-06', null, { after: '2026-12-04', through: '2026-12-05' }],
    ['after a weekend', '2026-12-06', '2026-12-03', { after: '2026-12-02', through: '2026-12-05' }],
    ['across a year start', '2027-01-01', '2026-12-31', { after: '2026-12-30', through: '2026-12-31' }],
  ])('follow-up: %s', (_n, date, previous, window) => expect(followupWindow(date, previous, 1)).toEqual(window));

  it('thanks: [P, D), or [D − 1, D) the first time', () => {
    expect(thanksWindow('2026-12-06', null)).toEqual({ fromDate: '2026-12-05', toDate: '2026-12-06' });
    expect(thanksWindow('2026-12-06', '2026-12-03')).toEqual({ fromDate: '2026-12-03', toDate: '2026-12-06' });
  });

  it('consecutive windows neither overlap nor leave gaps', () => {
    const dates = ['2026-12-01', '2026-12-02', '2026-12-06', '2026-12-07', '2026-12-10'];
    let previous: string | null = null;
    const covered: string[] = [];
    for (const date of dates) {
      const w = reminderWindow(date, previous, 5);
      for (let d = w.after; d < w.through;) {
        d = new Date(new Date(`${d}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
        covered.push(d);
      }
      previous = date;
    }
    expect(new Set(covered).size).toBe(covered.length);
    expect(covered[0]).toBe('2026-12-06');
    expect(covered.at(-1)).toBe('2026-12-15');
    expect(covered).toHaveLength(10);
  });
});

describe('tierOf (T1 = 3000, T2 = 1000)', () => {
  const tiers = { tier1Above: 3000, tier2From: 1000 };
  it.each([
    ['above T1', 3000.01, 1],
    ['exactly T1 is tier 2', 3000, 2],
    ['between', 2000, 2],
    ['exactly T2 is tier 2', 1000, 2],
    ['just below T2', 999.99, 3],
    ['zero', 0, 3],
  ])('%s: %d → tier %i', (_n, amount, tier) => expect(tierOf(amount, tiers)).toBe(tier));
});

describe('phoneOrder', () => {
  const phone = (kind: PhoneCandidate['kind'], e164: string, extra: Partial<PhoneCandidate> = {}): PhoneCandidate => ({
    kind,
    e164,
    valid: true,
    wrong: false,
    validMobile: kind === 'mobile',
    ...extra,
  });
  const all = [
    phone('home', '+966113000004'),
    phone('mobile', '+966551000001'),
    phone('work', '+966113000003'),
    phone('landline', '+966113000002'),
  ];
  it('follow-up: landline, mobile, work, home', () =>
    expect(phoneOrder('followup', all)).toEqual(['+966113000002', '+966551000001', '+966113000003', '+966113000004']));
  it('reminder: mobile, landline, work, home', () =>
    expect(phoneOrder('reminder', all)).toEqual(['+966551000001', '+966113000002', '+966113000003', '+966113000004']));
  it('skips wrong and unparseable numbers', () =>
    expect(
      phoneOrder('reminder', [
        phone('mobile', '+966551000001', { wrong: true }),
        phone('landline', '+966113000002', { valid: false }),
      ]),
    ).toEqual([]));
  it('a reminder by phone skips a mobile that is not a valid mobile', () =>
    expect(
      phoneOrder('thanks', [
        phone('mobile', '+966113000009', { validMobile: false }),
        phone('landline', '+966113000002'),
      ]),
    ).toEqual(['+966113000002']));
  it('calls a number listed twice once', () =>
    expect(phoneOrder('followup', [phone('landline', '+966113000002'), phone('home', '+966113000002')])).toEqual([
      '+966113000002',
    ]));
});

describe('isBusinessDay (weekend Friday–Saturday)', () => {
  it.each([
    ['a Sunday', '2026-12-06', true],
    ['a Friday', '2026-12-04', false],
    ['a Saturday', '2026-12-05', false],
    ['a holiday', '2026-12-07', false],
  ])('%s', (_n, date, expected) => expect(isBusinessDay(date, ['fri', 'sat'], ['2026-12-07'])).toBe(expected));
  it('no weekend', () => expect(isBusinessDay('2026-12-04', [], [])).toBe(true));
});

describe('isDailyRunDue (the daily run time setting)', () => {
  it.each([
    ['at the set minute', '09:00', '09:00', true],
    ['a minute before', '08:59', '09:00', false],
    ['a missed tick, five minutes late', '09:05', '09:00', true],
    ['the last minute of grace', '09:14', '09:00', true],
    ['after the grace', '09:15', '09:00', false],
    ['an afternoon time', '14:30', '14:30', true],
    ['grace across the hour', '08:10', '07:58', true],
    ['the next morning is not late', '08:59', '09:00', false],
  ])('%s (%s, set %s)', (_n, local, runTime, expected) => expect(isDailyRunDue(local, runTime)).toBe(expected));
});

describe('localDateTime', () => {
  it.each([
    ['Riyadh, before local midnight in UTC terms', '2026-12-06T20:59:00Z', 'Asia/Riyadh', '2026-12-06', '23:59'],
    ['Riyadh, after local midnight', '2026-12-06T21:00:00Z', 'Asia/Riyadh', '2026-12-07', '00:00'],
    ['Riyadh at nine', '2026-12-07T06:00:00Z', 'Asia/Riyadh', '2026-12-07', '09:00'],
  ])('%s', (_n, iso, tz, date, time) => expect(localDateTime(new Date(iso), tz)).toEqual({ date, time }));
});
