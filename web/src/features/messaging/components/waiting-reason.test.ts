import { describe, expect, it } from 'vitest';
import { waitingReason, type SendingWindow } from './waiting-reason';
import type { Schemas } from '../../../api/client';

const now = new Date('2026-12-02T05:30:00Z'); // 08:30 in Riyadh, before a 09:00 window
const open: SendingWindow = { open: true, reason: null, next_open_at: null };
const beforeNine: SendingWindow = { open: false, reason: 'hours', next_open_at: '2026-12-02T06:00:00.000Z' };
const friday: SendingWindow = { open: false, reason: 'weekend', next_open_at: '2026-12-06T06:00:00.000Z' };
const holiday: SendingWindow = { open: false, reason: null, next_open_at: null };

const message = (status: Schemas['OutboundMessage']['status'], attempts: number, notBefore: string) => ({
  status,
  attempts,
  max_attempts: 5,
  not_before: notBefore,
});

describe('why a queued message waits', () => {
  it.each([
    { name: 'sent: nothing to explain', m: message('sent', 1, '2026-12-02T05:00:00Z'), w: beforeNine, expected: null },
    { name: 'failed: nothing to explain', m: message('failed', 5, '2026-12-02T05:00:00Z'), w: open, expected: null },
    {
      name: 'a retry after a failure: attempt 3 of 5 at its time, even with the window open',
      m: message('queued', 2, '2026-12-02T05:35:00Z'),
      w: open,
      expected: { kind: 'retry', attempt: 3, max: 5, at: '2026-12-02T05:35:00Z' },
    },
    {
      name: 'never tried, due later',
      m: message('queued', 0, '2026-12-02T07:00:00Z'),
      w: open,
      expected: { kind: 'scheduled', at: '2026-12-02T07:00:00Z' },
    },
    {
      name: 'due now, before the calling window opens at 09:00',
      m: message('queued', 0, '2026-12-02T05:00:00Z'),
      w: beforeNine,
      expected: { kind: 'window', reason: 'hours', at: '2026-12-02T06:00:00.000Z' },
    },
    {
      name: 'due now on the weekend: until Sunday 09:00',
      m: message('queued', 0, '2026-12-02T05:00:00Z'),
      w: friday,
      expected: { kind: 'window', reason: 'weekend', at: '2026-12-06T06:00:00.000Z' },
    },
    {
      name: 'a closed window without reason or time is still "outside the hours"',
      m: message('queued', 0, '2026-12-02T05:00:00Z'),
      w: holiday,
      expected: { kind: 'window', reason: 'hours', at: null },
    },
    {
      name: 'due exactly now with the window open: the next sending round',
      m: message('queued', 1, now.toISOString()),
      w: open,
      expected: { kind: 'next_round' },
    },
    {
      name: 'window unknown (not loaded): the next sending round',
      m: message('queued', 0, '2026-12-02T05:00:00Z'),
      w: null,
      expected: { kind: 'next_round' },
    },
  ])('$name', ({ m, w, expected }) => {
    expect(waitingReason(m, w, now)).toEqual(expected);
  });

  it.each([
    ['hours', 'SA', '2026-12-02T04:00:00.000Z'],
    ['weekend', 'JO', '2026-12-06T05:00:00.000Z'],
  ] as const)(
    'a marketing message held by its country (%s in %s) says so, even with the window open',
    (reason, country, at) => {
      const held = { ...message('queued', 0, at), hold_reason: reason, country };
      expect(waitingReason(held, open, now)).toEqual({ kind: 'held', reason, country, at });
    },
  );
});
