import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callRecordOf } from './call-record.ts';
import { agentNameOf, parseQueueLogLine, parseQueueLogTime, readQueueLog } from './queue-log.ts';

const T0 = 1796533200; // 2026-12-06 08:00:00 in Riyadh
const at = (s: number) => new Date((T0 + s) * 1000);
const log = (...lines: string[]) => readQueueLog(lines.join('\n'), 'Asia/Riyadh');
const line = (s: number, rest: string) => `${T0 + s}|${rest}`;

describe('agentNameOf', () => {
  it.each([
    ['Agent/1001', '1001'],
    ['PJSIP/1001', '1001'],
    ['SIP/8007', '8007'],
    ['Local/1002@agents/n', '1002'],
    ['sara.k', 'sara.k'],
    ['NONE', null],
    ['', null],
  ])('%s → %s', (member, expected) => {
    expect(agentNameOf(member)).toBe(expected);
  });
});

describe('parseQueueLogTime', () => {
  it.each([
    ['UNIX seconds', '1796533200', '2026-12-06T05:00:00.000Z'],
    ['UNIX seconds with a fraction', '1796533200.250', '2026-12-06T05:00:00.250Z'],
    ['a database wall time in Riyadh', '2026-12-06 08:00:00.123456', '2026-12-06T05:00:00.123Z'],
    ['a wall time with T', '2026-12-06T08:00:00', '2026-12-06T05:00:00.000Z'],
  ])('%s', (_name, text, iso) => {
    expect(parseQueueLogTime(text, 'Asia/Riyadh')!.toISOString()).toBe(iso);
  });

  it.each(['yesterday', '2026-02-30 10:00:00', '2026-12-06 25:00:00', '12', ''])('refuses %j', (text) => {
    expect(parseQueueLogTime(text, 'Asia/Riyadh')).toBeNull();
  });
});

describe('parseQueueLogLine', () => {
  it('reads the fields; NONE is no call, no queue, no agent', () => {
    expect(parseQueueLogLine(`${T0}|NONE|NONE|PJSIP/1001|PAUSE|prayer`, 1, 'UTC')).toEqual({
      at: at(0),
      callId: null,
      queue: null,
      agent: '1001',
      event: 'PAUSE',
      data: ['prayer'],
      n: 1,
    });
  });
  it.each([
    ['too few fields', `${T0}|1.1|q|NONE`],
    ['no event', `${T0}|1.1|q|NONE||`],
    ['a bad time', 'x|1.1|q|NONE|ENTERQUEUE'],
  ])('%s → null', (_name, text) => {
    expect(parseQueueLogLine(text, 1, 'UTC')).toBeNull();
  });
});

describe('readQueueLog: calls', () => {
  it('an answered call: DID, queue, a missed ring, the answer, the end', () => {
    const r = log(
      line(0, 'c1|service|NONE|DID|920001234'),
      line(0, 'c1|service|NONE|ENTERQUEUE||0551234567|1'),
      line(25, 'c1|service|Agent/1002|RINGNOANSWER|15000'),
      line(40, 'c1|service|PJSIP/1001|CONNECT|40|c1.1|8'),
      line(220, 'c1|service|PJSIP/1001|COMPLETECALLER|40|180|1'),
    );
    expect(r.calls.get('c1')).toEqual([
      { type: 'offered', at: at(0), direction: 'inbound', ani: '0551234567', dnis: '920001234' },
      { type: 'queued', at: at(0), queue: 'service' },
      { type: 'agent_ringing', at: at(10), agent: '1002' },
      { type: 'agent_missed', at: at(25), agent: '1002' },
      { type: 'agent_ringing', at: at(32), agent: '1001' },
      { type: 'answered', at: at(40), agent: '1001' },
      { type: 'ended', at: at(220), cause: 'normal' },
    ]);
    expect(callRecordOf(r.calls.get('c1')!)).toMatchObject({
      queuedAt: at(0),
      answeredAt: at(40),
      agent: '1001',
      endedAt: at(220),
      cause: 'normal',
      dnis: '920001234',
    });
  });

  type Case = [name: string, lines: string[], record: Record<string, unknown>];
  const cases: Case[] = [
    [
      'ABANDON: abandoned, unanswered',
      [line(0, 'c|service|NONE|ENTERQUEUE||055|1'), line(25, 'c|service|NONE|ABANDON|1|1|25')],
      { cause: 'abandoned', answeredAt: null, endedAt: at(25) },
    ],
    [
      'EXITWITHTIMEOUT then a new queue: an overflow, the first entry kept',
      [
        line(0, 'c|service|NONE|ENTERQUEUE||011|2'),
        line(60, 'c|service|NONE|EXITWITHTIMEOUT|2|2|60'),
        line(60, 'c|overflow|NONE|ENTERQUEUE||011|1'),
        line(70, 'c|overflow|PJSIP/1003|CONNECT|10|x|3'),
        line(200, 'c|overflow|PJSIP/1003|COMPLETEAGENT|10|130|1'),
      ],
      { queue: 'overflow', queuedAt: at(0), answeredAt: at(70), agent: '1003', cause: 'normal', endedAt: at(200) },
    ],
    [
      'EXITWITHTIMEOUT with nothing after: no answer, not an abandon',
      [line(0, 'c|service|NONE|ENTERQUEUE||011|2'), line(60, 'c|service|NONE|EXITWITHTIMEOUT|2|2|60')],
      { cause: 'no_answer', endedAt: at(60) },
    ],
    [
      'EXITEMPTY: failed (nobody in the queue)',
      [line(0, 'c|sales|NONE|ENTERQUEUE||055|1'), line(1, 'c|sales|NONE|EXITEMPTY|1|1|1')],
      { cause: 'failed' },
    ],
    [
      'EXITWITHKEY: the key is kept as an IVR digit, no answer',
      [line(0, 'c|service|NONE|ENTERQUEUE||055|1'), line(30, 'c|service|NONE|EXITWITHKEY|5|1|1|30')],
      { cause: 'no_answer', ivrPath: '5' },
    ],
    [
      'TRANSFER ends the call in the queue, normal',
      [
        line(0, 'c|q|NONE|ENTERQUEUE||055|1'),
        line(5, 'c|q|PJSIP/1003|CONNECT|5|x|2'),
        line(65, 'c|q|PJSIP/1003|TRANSFER|2000|from-internal|5|60'),
      ],
      { cause: 'normal', endedAt: at(65), agent: '1003' },
    ],
    [
      'a log that starts mid-call: the queue entry is the answer less the wait',
      [line(100, 'c|q|PJSIP/1001|CONNECT|30|x|5'), line(200, 'c|q|PJSIP/1001|COMPLETEAGENT|30|100|1')],
      { offeredAt: at(70), queuedAt: at(70), answeredAt: at(100), cause: 'normal' },
    ],
    [
      'ABANDON without ENTERQUEUE: the entry is the end less the wait',
      [line(100, 'c|q|NONE|ABANDON|3|4|40')],
      { offeredAt: at(60), queuedAt: at(60), queue: 'q', cause: 'abandoned' },
    ],
  ];
  it.each(cases)('%s', (_name, lines, record) => {
    const r = log(...lines);
    expect(callRecordOf(r.calls.get('c')!)).toMatchObject(record);
  });

  it('transfers are events of the call', () => {
    const r = log(
      line(0, 'a|q|NONE|ENTERQUEUE||055|1'),
      line(5, 'a|q|Agent/1002|CONNECT|5|x|2'),
      line(60, 'a|q|Agent/1002|ATTENDEDTRANSFER|BRIDGE|b-1|5|55|1'),
      line(0, 'b|q|NONE|ENTERQUEUE||056|1'),
      line(5, 'b|q|ahmed|CONNECT|5|x|2'),
      line(60, 'b|q|ahmed|BLINDTRANSFER|3000|from-internal|5|55|1'),
    );
    expect(r.calls.get('a')).toContainEqual({ type: 'transferred', at: at(60), to: 'BRIDGE b-1', mode: 'attended' });
    expect(r.calls.get('b')).toContainEqual({
      type: 'transferred',
      at: at(60),
      to: '3000@from-internal',
      mode: 'blind',
    });
  });
});

describe('readQueueLog: agents', () => {
  it('log-in, pauses with reasons, calls and log-off become state changes; repeats are left out', () => {
    const r = log(
      line(0, 'NONE|service|Agent/1002|AGENTLOGIN|Local/1002@agents'),
      line(0, 'NONE|sales|Agent/1002|ADDMEMBER|'),
      line(10, 'c|service|Agent/1002|CONNECT|3|x|2'),
      // Asks for a pause during the call: it begins when the call ends.
      line(20, 'NONE|NONE|Agent/1002|PAUSEALL|lunch'),
      line(40, 'c|service|Agent/1002|COMPLETEAGENT|3|30|1'),
      line(100, 'NONE|NONE|Agent/1002|UNPAUSEALL|'),
      line(100, 'NONE|service|Agent/1002|UNPAUSE|'),
      line(100, 'NONE|sales|Agent/1002|UNPAUSE|'),
      line(200, 'NONE|service|Agent/1002|AGENTLOGOFF|Local/1002@agents|200'),
    );
    expect(r.agentStates).toEqual([
      { agent: '1002', state: 'available', reason: null, at: at(0) },
      { agent: '1002', state: 'on_call', reason: null, at: at(10) },
      { agent: '1002', state: 'break', reason: 'lunch', at: at(40) },
      { agent: '1002', state: 'available', reason: null, at: at(100) },
      { agent: '1002', state: 'offline', reason: null, at: at(200) },
    ]);
  });

  it('removed from one queue of two stays available; from the last, offline', () => {
    const r = log(
      line(0, 'NONE|service|PJSIP/1001|ADDMEMBER|'),
      line(0, 'NONE|sales|PJSIP/1001|ADDMEMBER|'),
      line(50, 'NONE|sales|PJSIP/1001|REMOVEMEMBER|'),
      line(90, 'NONE|service|PJSIP/1001|REMOVEMEMBER|'),
    );
    expect(r.agentStates.map((s) => [s.state, s.at])).toEqual([
      ['available', at(0)],
      ['offline', at(90)],
    ]);
  });
});

describe('readQueueLog: what cannot be read', () => {
  it('counts malformed lines as skipped and unknown events by name; never throws', () => {
    const r = log(
      'garbage',
      '',
      `${T0}|short`,
      'x|1|q|NONE|ENTERQUEUE||055|1',
      line(0, 'NONE|q|NONE|ENTERQUEUE||055|1'),
      line(0, 'NONE|NONE|NONE|PAUSE|x'),
      line(0, 'NONE|NONE|NONE|QUEUESTART|'),
      line(0, 'c|q|NONE|SYSCOMPAT|'),
      line(0, 'c|q|NONE|SYSCOMPAT|'),
      line(0, 'NONE|q|PJSIP/1|INFO|x'),
    );
    expect(r.lines).toBe(9);
    expect(r.skippedLines).toBe(5);
    expect(r.unknownEvents).toEqual({ SYSCOMPAT: 2, INFO: 1 });
    expect(r.calls.size).toBe(0);
  });
});

describe('the sample queue_log (fixtures/queue_log.sample)', () => {
  const text = readFileSync(new URL('../fixtures/queue_log.sample', import.meta.url), 'utf8');
  const r = readQueueLog(text, 'Asia/Riyadh');
  const records = [...r.calls.values()].map((events) => callRecordOf(events)!);

  it('ten calls: six answered, two abandoned, one failed, one left with a key', () => {
    expect(r.calls.size).toBe(10);
    expect(records.filter((c) => c.answeredAt).length).toBe(6);
    expect(records.filter((c) => c.cause === 'abandoned').length).toBe(2);
    expect(records.filter((c) => c.cause === 'failed').length).toBe(1);
    expect(records.filter((c) => c.cause === 'no_answer').length).toBe(1);
    expect(records.every((c) => c.endedAt !== null)).toBe(true);
  });

  it('four lines skipped, two unknown events', () => {
    expect(r.skippedLines).toBe(4);
    expect(r.unknownEvents).toEqual({ SYSCOMPAT: 1, INFO: 1 });
  });

  it("every agent's day: the prayer pause of 1001 lasts 20 minutes", () => {
    const of1001 = r.agentStates.filter((s) => s.agent === '1001');
    const pause = of1001.find((s) => s.state === 'break')!;
    const after = of1001[of1001.indexOf(pause) + 1]!;
    expect(pause.reason).toBe('prayer');
    expect((after.at.getTime() - pause.at.getTime()) / 1000).toBe(1200);
    expect(new Set(r.agentStates.map((s) => s.agent))).toEqual(new Set(['1001', '1002', '1003', 'ahmed']));
  });
});
