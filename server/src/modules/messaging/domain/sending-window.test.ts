import { describe, expect, it } from 'vitest';
import { sendingWindow, type SendingRules } from './sending-window.ts';

const rules: SendingRules = {
  timezone: 'Asia/Riyadh', // UTC+3, no daylight saving
  window: { start: '09:00', end: '21:00' },
  weekend: ['fri', 'sat'],
  holidays: [{ date: '2026-12-02' }],
};

// 2026-11-29 is a Sunday.
describe('sendingWindow', () => {
  it.each([
    ['Sunday 09:00 local (window opens)', '2026-11-29T06:00:00Z', true],
    ['Sunday 20:59 local', '2026-11-29T17:59:00Z', true],
    ['Sunday 21:00 local (window closed)', '2026-11-29T18:00:00Z', false],
    ['Sunday 08:59 local', '2026-11-29T05:59:00Z', false],
    ['Friday noon (weekend)', '2026-11-27T09:00:00Z', false],
    ['Wednesday noon, a holiday', '2026-12-02T09:00:00Z', false],
    ['Thursday noon', '2026-12-03T09:00:00Z', true],
  ])('%s → open=%s', (_name, at, open) => {
    expect(sendingWindow(new Date(at), rules).open).toBe(open);
  });

  it.each([
    ['before the window: today at 09:00', '2026-11-29T03:00:00Z', '2026-11-29T06:00:00.000Z', 'hours'],
    ['after the window: tomorrow 09:00', '2026-11-29T19:00:00Z', '2026-11-30T06:00:00.000Z', 'hours'],
    ['Thursday night: skips the weekend to Sunday', '2026-11-26T19:00:00Z', '2026-11-29T06:00:00.000Z', 'hours'],
    ['on the holiday: the next day', '2026-12-02T09:00:00Z', '2026-12-03T06:00:00.000Z', 'holiday'],
    ['Saturday: Sunday morning', '2026-11-28T12:00:00Z', '2026-11-29T06:00:00.000Z', 'weekend'],
  ])('%s', (_name, at, next, reason) => {
    const decision = sendingWindow(new Date(at), rules);
    expect(decision).toEqual({ open: false, reason, nextOpenAt: new Date(next) });
  });

  it('00:00–24:00 with no weekend is always open', () => {
    const always = { ...rules, window: { start: '00:00', end: '24:00' }, weekend: [], holidays: [] };
    expect(sendingWindow(new Date('2026-11-27T23:59:00Z'), always).open).toBe(true);
  });

  it('follows daylight saving in other zones (Europe/London, 2026-03-29)', () => {
    const london = { ...rules, timezone: 'Europe/London', weekend: [], holidays: [] };
    const d = sendingWindow(new Date('2026-03-29T05:00:00Z'), london);
    expect(d).toMatchObject({ open: false, nextOpenAt: new Date('2026-03-29T08:00:00Z') });
  });
});
