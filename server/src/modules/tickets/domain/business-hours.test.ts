import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, workingMinutesBetween, type BusinessCalendar } from './business-hours.ts';
import { remainingAt, slaStateOf, slaTimes } from './sla.ts';

// Riyadh (UTC+3, no daylight saving), weekend Friday–Saturday, 23 Sep 2026 a holiday, a split
// day 08:00–12:00 and 16:00–20:00. 2026-09-17 is a Thursday, 2026-09-20 a Sunday.
const calendar: BusinessCalendar = {
  timeZone: 'Asia/Riyadh',
  weekend: ['fri', 'sat'],
  holidays: ['2026-09-23'],
  shifts: [
    { start: '08:00', end: '12:00' },
    { start: '16:00', end: '20:00' },
  ],
};
const local = (s: string) => new Date(`${s}:00+03:00`);
const show = (d: Date) => new Date(d.getTime() + 3 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('addWorkingMinutes', () => {
  it.each([
    ['inside the morning shift', '2026-09-20T09:00', 60, '2026-09-20 10:00'],
    ['ends exactly at the end of the shift', '2026-09-20T08:00', 240, '2026-09-20 12:00'],
    ['across the split-shift gap', '2026-09-20T11:30', 60, '2026-09-20 16:30'],
    ['opened before opening time', '2026-09-20T06:00', 30, '2026-09-20 08:30'],
    ['opened in the midday gap', '2026-09-20T13:00', 30, '2026-09-20 16:30'],
    ['opened after hours rolls to the next working day', '2026-09-20T21:00', 30, '2026-09-21 08:30'],
    ['Thursday evening over the Friday–Saturday weekend', '2026-09-17T19:00', 120, '2026-09-20 09:00'],
    ['the holiday is skipped', '2026-09-22T19:30', 60, '2026-09-24 08:30'],
    ['opened on the weekend, zero minutes = the next shift start', '2026-09-18T10:00', 0, '2026-09-20 08:00'],
    ['zero minutes in hours is now', '2026-09-20T09:15', 0, '2026-09-20 09:15'],
    ['24 business hours = three split days', '2026-09-20T08:00', 1440, '2026-09-22 20:00'],
  ])('%s', (_name, start, minutes, expected) => {
    expect(show(addWorkingMinutes(calendar, local(start), minutes))).toBe(expected);
  });

  it('a calendar with no working time fails instead of looping', () => {
    expect(() =>
      addWorkingMinutes(
        { ...calendar, weekend: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
        local('2026-09-20T09:00'),
        1,
      ),
    ).toThrow(/no working time/);
  });
});

describe('workingMinutesBetween', () => {
  it.each([
    ['across the midday gap', '2026-09-20T11:00', '2026-09-20T17:00', 120],
    ['over the weekend', '2026-09-17T19:00', '2026-09-20T09:00', 120],
    ['over the holiday', '2026-09-22T12:00', '2026-09-24T12:00', 480],
    ['entirely out of hours', '2026-09-20T20:30', '2026-09-21T07:59', 0],
    ['backwards is zero', '2026-09-20T12:00', '2026-09-20T09:00', 0],
  ])('%s', (_name, from, to, expected) => {
    expect(workingMinutesBetween(calendar, local(from), local(to))).toBe(expected);
  });
});

describe('SLA clock paused while pending on the customer', () => {
  it('business clock: the minutes left at the pause run again from the resume', () => {
    const policy = { clock: 'business' as const, warnBeforeMinutes: 60 };
    const opened = slaTimes(policy, calendar, local('2026-09-20T09:00'), 480);
    expect(show(opened.dueAt)).toBe('2026-09-21 09:00');
    // One working hour before the due time is the end of Sunday's evening shift, not Monday 08:00.
    expect(show(opened.warnAt)).toBe('2026-09-20 20:00');
    const left = remainingAt('business', calendar, local('2026-09-20T17:00'), opened.dueAt);
    expect(left).toBe(240);
    // Pending all of Monday; the customer answers on Tuesday at 10:00.
    const resumed = slaTimes(policy, calendar, local('2026-09-22T10:00'), left);
    expect(show(resumed.dueAt)).toBe('2026-09-22 18:00');
  });

  it('calendar clock (Key Accounts, 72 hours): paused days do not count', () => {
    const policy = { clock: 'calendar' as const, warnBeforeMinutes: 720 };
    const opened = slaTimes(policy, calendar, local('2026-09-18T10:00'), 72 * 60);
    expect(show(opened.dueAt)).toBe('2026-09-21 10:00');
    expect(show(opened.warnAt)).toBe('2026-09-20 22:00');
    const left = remainingAt('calendar', calendar, local('2026-09-18T20:00'), opened.dueAt);
    expect(left).toBe(62 * 60);
    expect(show(slaTimes(policy, calendar, local('2026-09-23T20:00'), left).dueAt)).toBe('2026-09-26 10:00');
  });

  it('a pause after the due time leaves nothing on the clock', () => {
    expect(remainingAt('calendar', calendar, local('2026-09-22T10:00'), local('2026-09-21T10:00'))).toBe(0);
  });
});

describe('slaStateOf', () => {
  const base = {
    status: 'open',
    slaDueAt: local('2026-09-21T10:00'),
    slaWarnAt: local('2026-09-21T08:00'),
    slaPausedAt: null,
    slaBreachedAt: null,
    resolvedAt: null,
  };
  it.each([
    ['before the warning', base, '2026-09-21T07:00', 'ok'],
    ['at the warning time', base, '2026-09-21T08:00', 'warning'],
    ['after the due time', base, '2026-09-21T10:01', 'breached'],
    [
      'pending: the clock is stopped',
      { ...base, status: 'pending', slaPausedAt: local('2026-09-20T10:00') },
      '2026-09-22T10:00',
      'paused',
    ],
    [
      'resolved in time',
      { ...base, status: 'resolved', resolvedAt: local('2026-09-21T09:00') },
      '2026-09-25T10:00',
      'met',
    ],
    [
      'resolved late',
      { ...base, status: 'closed', resolvedAt: local('2026-09-21T11:00') },
      '2026-09-25T10:00',
      'missed',
    ],
    [
      'a recorded breach stays',
      { ...base, slaBreachedAt: local('2026-09-21T10:00'), slaDueAt: local('2026-09-30T10:00') },
      '2026-09-22T10:00',
      'breached',
    ],
  ])('%s', (_name, ticket, now, expected) => {
    expect(slaStateOf(ticket, local(now))).toBe(expected);
  });
});
