import { describe, expect, it } from 'vitest';
import type { CallEvent } from './call-events.ts';
import { callRecordOf } from './call-record.ts';

// Times are seconds after 10:00:00 UTC on 2026-12-06: `t(75)` is 10:01:15.
const t = (s: number) => new Date(Date.UTC(2026, 11, 6, 10, 0, 0) + s * 1000);
const offered: CallEvent = { type: 'offered', at: t(0), direction: 'inbound', ani: '+966551234567', dnis: '920000' };

describe('callRecordOf', () => {
  it('a plain answered inbound call: every timestamp and field', () => {
    const r = callRecordOf([
      offered,
      { type: 'ivr', at: t(3), digit: '1' },
      { type: 'ivr', at: t(5), digit: '3' },
      { type: 'queued', at: t(6), queue: 'service' },
      { type: 'agent_ringing', at: t(20), agent: 'sara' },
      { type: 'answered', at: t(26), agent: 'sara' },
      { type: 'customer', at: t(27), customerId: 'c-1' },
      { type: 'recording', at: t(26), name: 'rec-001' },
      { type: 'ended', at: t(206), cause: 'normal' },
      { type: 'outcome', at: t(220), outcome: 'reached' },
      { type: 'wrap_up_ended', at: t(236) },
    ])!;
    expect(r).toEqual({
      direction: 'inbound',
      ani: '+966551234567',
      dnis: '920000',
      queue: 'service',
      agent: 'sara',
      customerId: 'c-1',
      offeredAt: t(0),
      queuedAt: t(6),
      answeredAt: t(26),
      endedAt: t(206),
      wrapUpEndedAt: t(236),
      cause: 'normal',
      outcome: 'reached',
      holdSeconds: 0,
      holdCount: 0,
      ivrPath: '1,3',
      recording: 'rec-001',
    });
  });

  type Case = [name: string, events: CallEvent[], expected: Record<string, unknown>];
  const cases: Case[] = [
    [
      'two holds are summed: 40 s + 15 s',
      [
        offered,
        { type: 'answered', at: t(10), agent: 'sara' },
        { type: 'held', at: t(30) },
        { type: 'unheld', at: t(70) },
        { type: 'held', at: t(100) },
        { type: 'unheld', at: t(115) },
        { type: 'ended', at: t(200), cause: 'normal' },
      ],
      { holdSeconds: 55, holdCount: 2 },
    ],
    [
      'a hold never taken back ends at the end of the call (30 s)',
      [
        offered,
        { type: 'answered', at: t(10), agent: 'sara' },
        { type: 'held', at: t(70) },
        { type: 'ended', at: t(100), cause: 'normal' },
      ],
      { holdSeconds: 30, holdCount: 1 },
    ],
    [
      'a repeated held counts once; an unheld without a hold is ignored',
      [
        offered,
        { type: 'answered', at: t(10), agent: 'sara' },
        { type: 'unheld', at: t(15) },
        { type: 'held', at: t(20) },
        { type: 'held', at: t(25) },
        { type: 'unheld', at: t(30) },
        { type: 'unheld', at: t(35) },
        { type: 'ended', at: t(60), cause: 'normal' },
      ],
      { holdSeconds: 10, holdCount: 1 },
    ],
    [
      'a second ended moves neither the end nor the cause',
      [
        offered,
        { type: 'answered', at: t(10), agent: 'sara' },
        { type: 'ended', at: t(60), cause: 'normal' },
        { type: 'ended', at: t(90), cause: 'dropped' },
      ],
      { endedAt: t(60), cause: 'normal' },
    ],
    [
      'queued caller hangs up before an answer: abandoned though the source says normal',
      [offered, { type: 'queued', at: t(2), queue: 'service' }, { type: 'ended', at: t(40), cause: 'normal' }],
      { cause: 'abandoned', answeredAt: null, agent: null },
    ],
    [
      'hang-up in the IVR, never queued: stays normal',
      [offered, { type: 'ivr', at: t(3), digit: '9' }, { type: 'ended', at: t(8), cause: 'normal' }],
      { cause: 'normal', queuedAt: null, ivrPath: '9' },
    ],
    [
      'a queued call that failed keeps failed',
      [offered, { type: 'queued', at: t(2), queue: 'service' }, { type: 'ended', at: t(5), cause: 'failed' }],
      { cause: 'failed' },
    ],
    [
      'overflow: the first queue entry is kept, the queue is the latest',
      [
        offered,
        { type: 'queued', at: t(2), queue: 'service' },
        { type: 'overflowed', at: t(62), from: 'service', to: 'overflow' },
        { type: 'answered', at: t(80), agent: 'omar' },
        { type: 'ended', at: t(180), cause: 'normal' },
      ],
      { queuedAt: t(2), queue: 'overflow', answeredAt: t(80), agent: 'omar' },
    ],
    [
      'events given out of order are read in time order',
      [
        { type: 'ended', at: t(180), cause: 'normal' },
        { type: 'unheld', at: t(100) },
        { type: 'answered', at: t(30), agent: 'sara' },
        { type: 'queued', at: t(2), queue: 'service' },
        { type: 'held', at: t(40) },
        offered,
      ],
      { offeredAt: t(0), queuedAt: t(2), answeredAt: t(30), endedAt: t(180), holdSeconds: 60, cause: 'normal' },
    ],
    [
      'a queue event older than the latest does not win',
      [
        offered,
        { type: 'queued', at: t(2), queue: 'service' },
        { type: 'overflowed', at: t(50), from: 'service', to: 'vip' },
        { type: 'queued', at: t(50), queue: 'vip' },
      ],
      { queue: 'vip', queuedAt: t(2), endedAt: null, cause: null },
    ],
    [
      'nothing on the line after the end: a late hold or answer is ignored, the outcome is taken',
      [
        offered,
        { type: 'queued', at: t(2), queue: 'service' },
        { type: 'ended', at: t(30), cause: 'normal' },
        { type: 'answered', at: t(31), agent: 'sara' },
        { type: 'held', at: t(32) },
        { type: 'outcome', at: t(40), outcome: 'callback_requested' },
      ],
      { answeredAt: null, agent: null, holdCount: 0, cause: 'abandoned', outcome: 'callback_requested' },
    ],
    [
      'no offered event: the record starts at the earliest event',
      [
        { type: 'queued', at: t(5), queue: 'sales' },
        { type: 'answered', at: t(9), agent: 'sara' },
      ],
      { offeredAt: t(5), direction: 'inbound', ani: null },
    ],
    [
      'an outbound call not answered keeps no_answer',
      [
        { type: 'offered', at: t(0), direction: 'outbound', ani: '+966501112222', dnis: null },
        { type: 'customer', at: t(0), customerId: 'c-9' },
        { type: 'ended', at: t(30), cause: 'no_answer' },
      ],
      { direction: 'outbound', cause: 'no_answer', customerId: 'c-9' },
    ],
    [
      'hold seconds round the summed milliseconds, not each hold (0.6 s + 0.6 s = 1 s)',
      [
        offered,
        { type: 'answered', at: t(1), agent: 'sara' },
        { type: 'held', at: t(2) },
        { type: 'unheld', at: new Date(t(2).getTime() + 600) },
        { type: 'held', at: t(3) },
        { type: 'unheld', at: new Date(t(3).getTime() + 600) },
      ],
      { holdSeconds: 1, holdCount: 2 },
    ],
  ];

  it.each(cases)('%s', (_name, events, expected) => {
    expect(callRecordOf(events)).toMatchObject(expected);
  });

  it('applying the same events twice gives the same record (repeats tolerated)', () => {
    const events: CallEvent[] = [
      offered,
      { type: 'queued', at: t(2), queue: 'service' },
      { type: 'answered', at: t(10), agent: 'sara' },
      { type: 'held', at: t(20) },
      { type: 'unheld', at: t(50) },
      { type: 'ended', at: t(90), cause: 'normal' },
    ];
    const once = callRecordOf(events);
    expect(once).toMatchObject({ holdSeconds: 30, holdCount: 1, cause: 'normal' });
    expect(callRecordOf([...events, ...events])).toMatchObject({ ...once, ivrPath: null });
  });

  it('no events, no record', () => {
    expect(callRecordOf([])).toBeNull();
  });
});
