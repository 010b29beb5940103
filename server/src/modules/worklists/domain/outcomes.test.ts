import { describe, expect, it } from 'vitest';
import { applyOutcome, defaultRetryPolicy, type ItemState } from './outcomes.ts';

const now = new Date('2026-12-06T07:00:00Z');
const twoNumbers: ItemState = { phones: ['+966112222222', '+966551111111'], nextPhone: 0, attemptsToday: 0 };

describe('applyOutcome', () => {
  it.each([
    ['reached closes the item', 'reached', 'done'],
    ['a promise to pay closes the item', 'promise_to_pay', 'done'],
    ['a refusal closes the item', 'refused', 'done'],
  ] as const)('%s', (_n, outcome, status) =>
    expect(applyOutcome(twoNumbers, outcome, now, defaultRetryPolicy).status).toBe(status),
  );

  it('no answer on the first number moves to the next number at once', () => {
    expect(applyOutcome(twoNumbers, 'no_answer', now, defaultRetryPolicy)).toMatchObject({
      status: 'pending',
      nextPhone: 1,
      nextAttemptAt: null,
    });
  });

  it('no answer on the last number: back after the delay, from the first number', () => {
    const effect = applyOutcome({ ...twoNumbers, nextPhone: 1 }, 'busy', now, defaultRetryPolicy);
    expect(effect).toMatchObject({ status: 'waiting', nextPhone: 0, attemptsToday: 1 });
    expect(effect.nextAttemptAt!.toISOString()).toBe('2026-12-06T09:00:00.000Z');
  });

  it('the third round without an answer makes the item unreachable for today', () => {
    expect(
      applyOutcome({ ...twoNumbers, nextPhone: 1, attemptsToday: 2 }, 'not_present', now, defaultRetryPolicy),
    ).toMatchObject({
      status: 'unreachable',
      attemptsToday: 3,
    });
  });

  it('a wrong number is flagged and the next number tried', () => {
    expect(applyOutcome(twoNumbers, 'wrong_number', now, defaultRetryPolicy)).toMatchObject({
      status: 'pending',
      nextPhone: 1,
      flagWrong: true,
    });
  });

  it('a wrong last number leaves the item waiting for IT', () => {
    expect(applyOutcome({ ...twoNumbers, nextPhone: 1 }, 'wrong_number', now, defaultRetryPolicy)).toMatchObject({
      status: 'waiting_correction',
      flagWrong: true,
    });
  });

  it('a dropped call comes back at the top at once, on the same number', () => {
    expect(applyOutcome(twoNumbers, 'call_dropped', now, defaultRetryPolicy)).toMatchObject({
      status: 'pending',
      top: true,
      nextPhone: 0,
      nextAttemptAt: null,
    });
  });

  it('a call-back waits for the time asked for', () => {
    const at = new Date('2026-12-06T12:30:00Z');
    expect(applyOutcome(twoNumbers, 'callback_requested', now, defaultRetryPolicy, at)).toMatchObject({
      status: 'waiting',
      nextAttemptAt: at,
    });
  });

  it('an item with no number at all waits for IT on a wrong-number outcome', () => {
    expect(
      applyOutcome({ phones: [], nextPhone: 0, attemptsToday: 0 }, 'wrong_number', now, defaultRetryPolicy).status,
    ).toBe('waiting_correction');
  });
});
