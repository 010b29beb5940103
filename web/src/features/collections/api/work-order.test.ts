import { describe, expect, it } from 'vitest';
import { addDays, todayIn, zonedIso } from './dates';
import { groupOf, workingOrder } from './work-order';

type Row = { id: string; top: boolean; due_now: boolean; status: string; next_attempt_at: string | null };
const row = (id: string, over: Partial<Row> = {}): Row => ({
  id,
  top: false,
  due_now: true,
  status: 'pending',
  next_attempt_at: null,
  ...over,
});

describe('the working order of my list', () => {
  it.each([
    ['a dropped call due now', row('a', { top: true }), 'top'],
    ['a pending item', row('a'), 'due'],
    ['a waiting item whose time has come', row('a', { status: 'waiting', due_now: true }), 'due'],
    ['a waiting item', row('a', { status: 'waiting', due_now: false }), 'waiting'],
    ['an item waiting for IT', row('a', { status: 'waiting_correction', due_now: false }), 'waiting'],
    ['a done item, even once dropped', row('a', { status: 'done', top: true, due_now: false }), 'closed'],
    ['an unreachable item', row('a', { status: 'unreachable', due_now: false }), 'closed'],
  ])('%s is in group %s', (_name, item, group) => {
    expect(groupOf(item)).toBe(group);
  });

  it('puts dropped calls first, then due, then waiting by return time, then closed; stable within a group', () => {
    const items = [
      row('closed', { status: 'done', due_now: false }),
      row('later', { status: 'waiting', due_now: false, next_attempt_at: '2026-01-01T12:00:00Z' }),
      row('it', { status: 'waiting_correction', due_now: false }),
      row('due1'),
      row('sooner', { status: 'waiting', due_now: false, next_attempt_at: '2026-01-01T10:00:00Z' }),
      row('dropped', { top: true }),
      row('due2'),
    ];
    expect(workingOrder(items).map((i) => i.id)).toEqual([
      'dropped',
      'due1',
      'due2',
      'sooner',
      'later',
      'it',
      'closed',
    ]);
  });
});

describe('dates of the installation time zone', () => {
  it('gives the Riyadh date, not the UTC one, just after local midnight', () => {
    // 2026-03-01 00:30 in Riyadh is still 28 February in UTC.
    expect(todayIn('Asia/Riyadh', new Date('2026-02-28T21:30:00Z'))).toBe('2026-03-01');
    expect(todayIn('UTC', new Date('2026-02-28T21:30:00Z'))).toBe('2026-02-28');
  });

  it.each([
    ['2026-03-01T14:30', 'Asia/Riyadh', '2026-03-01T14:30:00+03:00'],
    ['2026-07-01T09:00', 'Europe/London', '2026-07-01T09:00:00+01:00'],
    ['2026-01-01T09:00', 'Europe/London', '2026-01-01T09:00:00+00:00'],
    ['2026-01-01T09:00', 'America/New_York', '2026-01-01T09:00:00-05:00'],
  ])('reads %s in %s as %s', (wall, zone, iso) => {
    expect(zonedIso(wall, zone)).toBe(iso);
    expect(new Date(iso).getTime()).not.toBeNaN();
  });

  it('refuses a malformed wall time', () => {
    expect(zonedIso('2026-03-01 14:30', 'Asia/Riyadh')).toBeNull();
    expect(zonedIso('', 'Asia/Riyadh')).toBeNull();
  });

  it('moves dates across month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});
