import { describe, expect, it } from 'vitest';
import {
  callbackOfferDue,
  chooseAgents,
  expectedWaitSeconds,
  isOpen,
  keyAccountPriority,
  nextCallFor,
  overflowTarget,
  parseHours,
  queuePosition,
} from './acd.ts';
import type { AgentCandidate, BusinessCalendar, QueueRule, Strategy, WaitingCall } from './routing-types.ts';

const at = (hhmm: string) => new Date(`2026-12-02T${hhmm}:00Z`);

function queue(overrides: Partial<QueueRule> = {}): QueueRule {
  return {
    code: 'billing',
    skill: 'billing',
    strategy: 'longest_idle',
    priority: 0,
    wrapUpSeconds: 30,
    slSeconds: 20,
    overflowSeconds: null,
    overflowQueue: null,
    callbackAfterSeconds: null,
    hours: '08:00-20:00',
    closedAction: 'message',
    ...overrides,
  };
}

function agent(name: string, overrides: Partial<AgentCandidate> = {}): AgentCandidate {
  return {
    agent: name,
    state: 'available',
    skills: { billing: 1 },
    queues: ['billing'],
    availableSince: at('08:00'),
    lastCallEndedAt: null,
    callsToday: 0,
    ...overrides,
  };
}

const noRandom = () => {
  throw new Error('random() must not be called for this strategy');
};

describe('chooseAgents: who is eligible', () => {
  it.each<[string, AgentCandidate[], string[]]>([
    ['nobody logged in → []', [], []],
    ['on a call → not eligible', [agent('amal', { state: 'on_call' })], []],
    ['in wrap-up → not eligible', [agent('amal', { state: 'wrap_up' })], []],
    ['on break (prayer) → not eligible', [agent('amal', { state: 'break' })], []],
    ['not logged in to the queue → not eligible', [agent('amal', { queues: ['sales'] })], []],
    ['lacks the skill → not eligible', [agent('amal', { skills: { sales: 5 } })], []],
    ['skill at level 0 → not eligible', [agent('amal', { skills: { billing: 0 } })], []],
    ['available, logged in, level 1 → eligible', [agent('amal')], ['amal']],
  ])('%s', (_name, candidates, expected) => {
    expect(chooseAgents(queue(), candidates, new Map(), noRandom)).toEqual(expected);
  });
});

describe('chooseAgents: skill level first, then the strategy', () => {
  // huda idles longest, has the fewest calls, ended her last call earliest — but only level 2.
  const team = [
    agent('huda', { skills: { billing: 2 }, availableSince: at('07:00'), lastCallEndedAt: at('06:00') }),
    agent('omar', {
      skills: { billing: 4 },
      availableSince: at('08:05'),
      lastCallEndedAt: at('08:04'),
      callsToday: 9,
    }),
    agent('badr', {
      skills: { billing: 4 },
      availableSince: at('08:01'),
      lastCallEndedAt: at('08:00'),
      callsToday: 12,
    }),
    agent('sara', { skills: { billing: 4 }, availableSince: at('08:03'), lastCallEndedAt: null, callsToday: 7 }),
  ];
  it.each<[string, Strategy, string]>([
    ['longest idle: badr (available since 08:01) beats sara and omar', 'longest_idle', 'badr'],
    ['least recent: sara (no call today) comes first', 'least_recent', 'sara'],
    ['fewest calls: sara (7) beats omar (9) and badr (12)', 'fewest_calls', 'sara'],
  ])('%s', (_name, strategy, expected) => {
    expect(chooseAgents(queue({ strategy }), team, new Map(), noRandom)).toEqual([expected]);
  });

  it('ring all: every eligible agent, level 4 by name then level 2', () => {
    expect(chooseAgents(queue({ strategy: 'ring_all' }), team, new Map(), noRandom)).toEqual([
      'badr',
      'omar',
      'sara',
      'huda',
    ]);
  });

  it('random: draws among level 4 only, in name order (0.5 × 3 → index 1 = omar)', () => {
    expect(chooseAgents(queue({ strategy: 'random' }), team, new Map(), () => 0.5)).toEqual(['omar']);
    expect(chooseAgents(queue({ strategy: 'random' }), team, new Map(), () => 0)).toEqual(['badr']);
    expect(chooseAgents(queue({ strategy: 'random' }), team, new Map(), () => 0.9999)).toEqual(['sara']);
  });

  it('random: a generator returning 1 still picks the last agent', () => {
    expect(chooseAgents(queue({ strategy: 'random' }), team, new Map(), () => 1)).toEqual(['sara']);
  });
});

describe('chooseAgents: ties are broken by name', () => {
  const twins = [agent('zaid'), agent('adel'), agent('majed')];
  it.each<[Strategy]>([['longest_idle'], ['least_recent'], ['fewest_calls']])('%s: all equal → adel', (strategy) => {
    expect(chooseAgents(queue({ strategy }), twins, new Map(), noRandom)).toEqual(['adel']);
  });

  it('least recent: two agents with no call today → by name', () => {
    const team = [agent('zaid'), agent('majed', { lastCallEndedAt: at('07:00') }), agent('khalid')];
    expect(chooseAgents(queue({ strategy: 'least_recent' }), team, new Map(), noRandom)).toEqual(['khalid']);
  });
});

describe('chooseAgents: round robin with memory', () => {
  const q = queue({ strategy: 'round_robin' });
  const team = [agent('majed'), agent('zaid'), agent('adel')];

  it('no memory → the first by name, remembered', () => {
    const memory = new Map<string, string>();
    expect(chooseAgents(q, team, memory, noRandom)).toEqual(['adel']);
    expect(memory.get('billing')).toBe('adel');
  });

  it('goes round by name and wraps to the first', () => {
    const memory = new Map<string, string>();
    const picks = [1, 2, 3, 4].map(() => chooseAgents(q, team, memory, noRandom)[0]);
    expect(picks).toEqual(['adel', 'majed', 'zaid', 'adel']);
  });

  it('the remembered agent went on break: the next one after his name', () => {
    const memory = new Map([['billing', 'khalid']]);
    expect(chooseAgents(q, team, memory, noRandom)).toEqual(['majed']);
  });

  it('memory is per queue: another queue does not move this one', () => {
    const memory = new Map([
      ['billing', 'majed'],
      ['sales', 'zaid'],
    ]);
    expect(chooseAgents(q, team, memory, noRandom)).toEqual(['zaid']);
    expect(memory.get('sales')).toBe('zaid');
  });

  it('round robin keeps to the highest skill level', () => {
    const memory = new Map([['billing', 'majed']]);
    const mixed = [
      agent('adel', { skills: { billing: 3 } }),
      agent('zaid'),
      agent('majed', { skills: { billing: 3 } }),
    ];
    expect(chooseAgents(q, mixed, memory, noRandom)).toEqual(['adel']);
  });

  it('nobody eligible: the memory is left alone', () => {
    const memory = new Map([['billing', 'majed']]);
    expect(chooseAgents(q, [agent('adel', { state: 'break' })], memory, noRandom)).toEqual([]);
    expect(memory.get('billing')).toBe('majed');
  });
});

describe('calls in line', () => {
  const queues = new Map<string, QueueRule>([
    ['billing', queue({ code: 'billing', skill: 'billing', priority: 0 })],
    ['vip', queue({ code: 'vip', skill: 'vip', priority: 5 })],
    ['sales', queue({ code: 'sales', skill: 'sales', priority: 9 })],
  ]);
  const call = (callId: string, q: string, entered: string, priority = 0): WaitingCall => ({
    callId,
    queue: q,
    enteredAt: at(entered),
    priority,
  });
  const waiting = [
    call('c1', 'billing', '09:00'),
    call('c2', 'billing', '09:01', keyAccountPriority(true)),
    call('c3', 'billing', '08:59'),
    call('c4', 'vip', '09:05'),
    call('c5', 'sales', '08:00'),
  ];
  const billingAgent = agent('amal', { queues: ['billing', 'vip', 'sales'], skills: { billing: 2, vip: 1 } });

  it.each<[string, AgentCandidate, string | undefined]>([
    ['the higher-priority queue first (vip 5 over billing 0), sales skipped: no skill', billingAgent, 'c4'],
    ['billing only: the key account first though he came last', agent('amal'), 'c2'],
    ['logged in to vip but without its skill → billing', agent('amal', { queues: ['billing', 'vip'] }), 'c2'],
    ['nothing he can take → undefined', agent('amal', { queues: ['support'], skills: { support: 3 } }), undefined],
  ])('nextCallFor: %s', (_name, who, expected) => {
    expect(nextCallFor(who, waiting, queues)?.callId).toBe(expected);
  });

  it('nextCallFor: same queue and priority → who entered first (c3 at 08:59 before c1 at 09:00)', () => {
    const plain = waiting.filter((c) => c.callId !== 'c2');
    expect(nextCallFor(agent('amal'), plain, queues)?.callId).toBe('c3');
  });

  it('nextCallFor: a call of an unknown queue is never taken', () => {
    expect(nextCallFor(agent('amal', { queues: ['gone'] }), [call('x', 'gone', '07:00')], queues)).toBeUndefined();
  });

  it.each<[string, string, number]>([
    ['the key account is first in billing', 'c2', 1],
    ['then the earliest plain caller', 'c3', 2],
    ['then the next one', 'c1', 3],
    ['alone in vip', 'c4', 1],
  ])('queuePosition: %s', (_name, callId, expected) => {
    expect(
      queuePosition(
        waiting.find((c) => c.callId === callId)!,
        waiting,
        queues,
      ),
    ).toBe(expected);
  });

  it('queuePosition: equal priority and time → by call id', () => {
    const same = [call('b', 'billing', '09:00'), call('a', 'billing', '09:00')];
    expect(queuePosition(same[0]!, same, queues)).toBe(2);
    expect(queuePosition(same[1]!, same, queues)).toBe(1);
  });

  it('queuePosition: a call about to join gets the place it would have', () => {
    expect(queuePosition(call('new', 'billing', '09:10'), waiting, queues)).toBe(4);
  });
});

describe('expectedWaitSeconds: position × AHT ÷ agents serving', () => {
  it.each<[string, number, number, number, number, number]>([
    ['first in line, one agent, AHT 180 s', 1, 1, 180, 0, 180],
    ['third in line, 4 agents, AHT 240 s: 3 × 240 ÷ 4', 3, 4, 240, 0, 180],
    ['rounded up: 1 × 100 ÷ 3 = 33.3 → 34', 1, 3, 100, 0, 34],
    ['an agent is free for the first caller → 0', 1, 5, 240, 1, 0],
    ['two free agents, third caller: (3 − 2) × 240 ÷ 5 = 48', 3, 5, 240, 2, 48],
    ['nobody serving the queue: unknown', 2, 0, 180, 0, Number.POSITIVE_INFINITY],
  ])('%s', (_name, position, agents, aht, free, expected) => {
    expect(expectedWaitSeconds(position, agents, aht, free)).toBe(expected);
  });
});

describe('overflow and call-back offer', () => {
  const q = queue({ overflowSeconds: 120, overflowQueue: 'billing_overflow', callbackAfterSeconds: 300 });
  const waitingCall: WaitingCall = { callId: 'c1', queue: 'billing', enteredAt: at('09:00'), priority: 0 };
  const now = (hhmmss: string) => new Date(`2026-12-02T${hhmmss}Z`);

  it.each<[string, QueueRule, string, Date | undefined, string | null]>([
    ['119 s waited → stays', q, '09:01:59', undefined, null],
    ['exactly 120 s → moves', q, '09:02:00', undefined, 'billing_overflow'],
    ['no overflow configured → stays', queue(), '10:00:00', undefined, null],
    ['overflow seconds without a target queue → stays', queue({ overflowSeconds: 60 }), '10:00:00', undefined, null],
    [
      'a queue overflowing into itself → stays',
      queue({ overflowSeconds: 60, overflowQueue: 'billing' }),
      '10:00:00',
      undefined,
      null,
    ],
    ['counted from when it entered this queue, not the first queue', q, '09:03:00', now('09:02:00'), null],
    ['… and moves once 120 s have passed there', q, '09:04:00', now('09:02:00'), 'billing_overflow'],
  ])('overflowTarget: %s', (_name, rule, time, queuedAt, expected) => {
    expect(overflowTarget(waitingCall, rule, now(time), queuedAt)).toBe(expected);
  });

  it('overflowTarget: a call of another queue is not moved by this queue’s rule', () => {
    expect(overflowTarget({ ...waitingCall, queue: 'sales' }, q, now('10:00:00'))).toBeNull();
  });

  it.each<[string, QueueRule, string, boolean]>([
    ['299 s → not yet', q, '09:04:59', false],
    ['300 s → offer', q, '09:05:00', true],
    ['no call-back on this queue → never', queue(), '12:00:00', false],
  ])('callbackOfferDue: %s', (_name, rule, time, expected) => {
    expect(callbackOfferDue(waitingCall, rule, now(time))).toBe(expected);
  });

  it('callbackOfferDue: counts from the first queue entry, kept across overflow', () => {
    const overflowed = { ...waitingCall, queue: 'billing_overflow' };
    expect(callbackOfferDue(overflowed, { ...q, code: 'billing_overflow' }, now('09:05:00'))).toBe(true);
  });
});

describe('keyAccountPriority', () => {
  it.each<[string, boolean, number, number]>([
    ['plain caller, base 0', false, 0, 0],
    ['key account, base 0', true, 0, 10],
    ['key account on a route with base 3', true, 3, 13],
  ])('%s', (_name, key, base, expected) => expect(keyAccountPriority(key, base)).toBe(expected));
});

describe('isOpen', () => {
  // Riyadh is UTC+3 all year. 2026-12-02 is a Wednesday; the 3rd a Thursday, the 4th a Friday.
  const riyadh: BusinessCalendar = { timeZone: 'Asia/Riyadh', weekend: ['fri', 'sat'], holidays: ['2026-12-06'] };
  const utc = (iso: string) => new Date(`${iso}Z`);

  it.each<[string, string, string, boolean]>([
    ['08:00 local (05:00Z) on Wednesday: opens', '08:00-20:00', '2026-12-02T05:00', true],
    ['07:59 local: not yet', '08:00-20:00', '2026-12-02T04:59', false],
    ['19:59 local: still open', '08:00-20:00', '2026-12-02T16:59', true],
    ['20:00 local: closed (the end is exclusive)', '08:00-20:00', '2026-12-02T17:00', false],
    ['10:00 local on Friday (weekend): closed', '08:00-20:00', '2026-12-04T07:00', false],
    ['10:00 local on Sunday the 6th (holiday): closed', '08:00-20:00', '2026-12-06T07:00', false],
    [
      'UTC date is the day before the local date: 02:00 local Thursday = 23:00Z Wednesday',
      '00:00-08:00',
      '2026-12-02T23:00',
      true,
    ],
    ['UTC Thursday 22:00 = 01:00 local Friday: the weekend has begun', '00:00-08:00', '2026-12-03T22:00', false],
    ['round the clock, Friday', '00:00-24:00', '2026-12-04T07:00', true],
    ['round the clock, the holiday', '00:00-24:00', '2026-12-06T00:30', true],
    ['overnight 20:00-04:00 at 23:00 local Wednesday', '20:00-04:00', '2026-12-02T20:00', true],
    ['overnight at 02:00 local Thursday: Wednesday’s shift', '20:00-04:00', '2026-12-02T23:00', true],
    ['overnight at 04:00 local: over', '20:00-04:00', '2026-12-03T01:00', false],
    ['overnight at 12:00 local: closed', '20:00-04:00', '2026-12-02T09:00', false],
    ['overnight at 02:00 local Friday: Thursday’s shift runs on', '20:00-04:00', '2026-12-03T23:00', true],
    ['overnight at 21:00 local Friday: no shift starts on the weekend', '20:00-04:00', '2026-12-04T18:00', false],
    [
      'overnight at 02:00 local Monday the 7th: the holiday’s shift did not run',
      '20:00-04:00',
      '2026-12-06T23:00',
      false,
    ],
    ['split shift, the break at 14:00 local: closed', '08:00-12:00,16:00-22:00', '2026-12-02T11:00', false],
    ['split shift, 17:00 local: open', '08:00-12:00,16:00-22:00', '2026-12-02T14:00', true],
  ])('%s', (_name, hours, instant, expected) => {
    expect(isOpen({ hours }, riyadh, utc(instant))).toBe(expected);
  });

  it('a zone with daylight saving: 08:30 Cairo is 05:30Z in summer but 06:30Z in winter', () => {
    const cairo: BusinessCalendar = { timeZone: 'Africa/Cairo', weekend: ['fri'], holidays: [] };
    expect(isOpen({ hours: '08:00-20:00' }, cairo, utc('2026-07-01T05:30'))).toBe(true);
    expect(isOpen({ hours: '08:00-20:00' }, cairo, utc('2026-12-02T05:30'))).toBe(false);
    expect(isOpen({ hours: '08:00-20:00' }, cairo, utc('2026-12-02T06:30'))).toBe(true);
  });

  it('malformed hours throw (they are checked when a queue is saved)', () => {
    expect(() => isOpen({ hours: '8-20' }, riyadh, utc('2026-12-02T09:00'))).toThrow(RangeError);
  });
});

describe('parseHours', () => {
  it.each<[string, string, ReturnType<typeof parseHours>]>([
    ['a day range', '08:00-20:00', [{ from: 480, to: 1200 }]],
    ['round the clock', '00:00-24:00', [{ from: 0, to: 1440 }]],
    ['overnight', '20:00-04:00', [{ from: 1200, to: 240 }]],
    [
      'split, with a space',
      '08:00-12:00, 16:00-22:00',
      [
        { from: 480, to: 720 },
        { from: 960, to: 1320 },
      ],
    ],
    ['24:00 cannot start a range', '24:00-08:00', null],
    ['24:30 does not exist', '08:00-24:30', null],
    ['an empty range', '08:00-08:00', null],
    ['one-digit hours', '8:00-20:00', null],
    ['25:00', '08:00-25:00', null],
    ['empty text', '', null],
  ])('%s', (_name, text, expected) => expect(parseHours(text)).toEqual(expected));
});
