import { describe, expect, it } from 'vitest';
import {
  afterCallbackAttempt,
  agentCallbacks,
  compareCallbacks,
  isDroppedCall,
  outcomeOfDial,
  queueCallbackDue,
  type PendingCallback,
} from './callbacks.ts';
import type { EndCause } from '../port.ts';

const at = (hhmm: string) => new Date(`2026-12-06T${hhmm}:00Z`);

const callback = (id: string, extra: Partial<PendingCallback> = {}): PendingCallback => ({
  id,
  queue: 'service',
  number: '+966551112222',
  customerId: null,
  agent: null,
  reason: 'requested',
  placeAt: at('07:00'),
  requestedAt: at('07:00'),
  status: 'waiting',
  attempts: 0,
  lastCause: null,
  notBefore: null,
  workItemId: null,
  ...extra,
});

describe('isDroppedCall — an answered call that ended abnormally', () => {
  it.each<[string, boolean, EndCause, boolean]>([
    ['answered, the line dropped', true, 'dropped', true],
    ['answered, the line failed (either side)', true, 'failed', true],
    ['answered, ended normally (someone hung up)', true, 'normal', false],
    ['never answered, dropped while queued', false, 'dropped', false],
    ['never answered, abandoned in the queue', false, 'abandoned', false],
    ['never answered, busy', false, 'busy', false],
    ['answered by a machine', true, 'machine', false],
  ])('%s', (_name, answered, cause, expected) => {
    expect(isDroppedCall({ answered, cause })).toBe(expected);
  });
});

describe('compareCallbacks — the order call-backs are shown and dialled in', () => {
  it.each<[string, PendingCallback[], string[]]>([
    [
      'a dropped call goes on top of older requests',
      [callback('a', { placeAt: at('06:00') }), callback('b', { reason: 'dropped', placeAt: at('08:00') })],
      ['b', 'a'],
    ],
    [
      'requests by the place kept in line, not by when they were asked for',
      [
        callback('a', { placeAt: at('07:10'), requestedAt: at('07:11') }),
        callback('b', { placeAt: at('07:05'), requestedAt: at('07:20') }),
      ],
      ['b', 'a'],
    ],
    [
      'the same place: the earlier request first',
      [callback('a', { requestedAt: at('07:30') }), callback('b', { requestedAt: at('07:10') })],
      ['b', 'a'],
    ],
    [
      'two dropped calls: the older first',
      [
        callback('a', { reason: 'dropped', placeAt: at('09:00') }),
        callback('b', { reason: 'dropped', placeAt: at('08:59') }),
      ],
      ['b', 'a'],
    ],
    ['everything equal: by id, stable', [callback('b'), callback('a')], ['a', 'b']],
  ])('%s', (_name, list, expected) => {
    expect([...list].sort(compareCallbacks).map((c) => c.id)).toEqual(expected);
  });

  it('an agent sees his own call-backs still to dial, dropped first; done, failed and others’ are left out', () => {
    const list = [
      callback('q', { agent: null }),
      callback('mine-req', { agent: 'a1', reason: 'closed', placeAt: at('05:00') }),
      callback('mine-drop', { agent: 'a1', reason: 'dropped', placeAt: at('09:00') }),
      callback('mine-calling', { agent: 'a1', reason: 'dropped', placeAt: at('09:30'), status: 'calling' }),
      callback('mine-done', { agent: 'a1', reason: 'dropped', status: 'done' }),
      callback('mine-failed', { agent: 'a1', reason: 'dropped', status: 'failed' }),
      callback('other', { agent: 'a2', reason: 'dropped' }),
    ];
    expect(agentCallbacks(list, 'a1').map((c) => c.id)).toEqual(['mine-drop', 'mine-calling', 'mine-req']);
  });
});

describe('queueCallbackDue', () => {
  it.each<[string, Partial<PendingCallback>, boolean]>([
    ['a waiting queue call-back', {}, true],
    ['before its retry time', { notBefore: at('07:01') }, false],
    ['at its retry time', { notBefore: at('07:00') }, true],
    ['an agent’s own (dropped) call-back', { agent: 'a1' }, false],
    ['being dialled', { status: 'calling' }, false],
  ])('%s', (_name, extra, expected) => {
    expect(queueCallbackDue(callback('x', extra), at('07:00'))).toBe(expected);
  });
});

describe('afterCallbackAttempt — max 3 attempts, retry after 10 minutes for the queue', () => {
  it.each<[string, Partial<PendingCallback>, { connected: boolean; cause: EndCause }, object]>([
    ['answered: done', {}, { connected: true, cause: 'normal' }, { status: 'done', attempts: 1, notBefore: null }],
    [
      'queue call-back, no answer: again at 07:10',
      {},
      { connected: false, cause: 'no_answer' },
      { status: 'waiting', attempts: 1, lastCause: 'no_answer', notBefore: at('07:10') },
    ],
    [
      'agent’s own, busy: waits on his list, no delay',
      { agent: 'a1' },
      { connected: false, cause: 'busy' },
      { status: 'waiting', attempts: 1, notBefore: null },
    ],
    [
      'third unanswered attempt: failed',
      { attempts: 2 },
      { connected: false, cause: 'no_answer' },
      { status: 'failed', attempts: 3, notBefore: null },
    ],
  ])('%s', (_name, extra, result, expected) => {
    expect(afterCallbackAttempt(callback('x', extra), result, at('07:00'))).toMatchObject(expected);
  });
});

describe('outcomeOfDial — what the outcome form is prefilled with', () => {
  it.each<[string, boolean, EndCause | null, string | null]>([
    ['connected, still talking', true, null, 'reached'],
    ['connected, ended normally', true, 'normal', 'reached'],
    ['connected, dropped', true, 'dropped', 'call_dropped'],
    ['busy', false, 'busy', 'busy'],
    ['no answer', false, 'no_answer', 'no_answer'],
    ['an answering machine', false, 'machine', 'no_answer'],
    ['the network failed', false, 'failed', 'no_answer'],
    ['the agent gave up before the answer', false, 'normal', null],
    ['still ringing', false, null, null],
  ])('%s', (_name, answered, cause, expected) => {
    expect(outcomeOfDial({ answered, cause })).toBe(expected);
  });
});
