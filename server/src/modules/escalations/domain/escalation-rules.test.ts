import { describe, expect, it } from 'vitest';
import { isOverdue, mayClose, mayTake, promiseProblem, stateOf, type EscalationStatus } from './escalation-rules.ts';

const at = (iso: string) => new Date(`2026-12-06T${iso}Z`);
const now = at('10:00:00');

describe('stateOf — overdue once the promised time passed and it is not done', () => {
  it.each<[string, EscalationStatus, string, string]>([
    ['open, due later', 'open', '10:30:00', 'open'],
    ['open, due exactly now', 'open', '10:00:00', 'open'],
    ['open, one second late', 'open', '09:59:59', 'overdue'],
    ['taken, due later', 'taken', '11:00:00', 'taken'],
    ['taken, late', 'taken', '09:00:00', 'overdue'],
    ['done, late (never overdue once closed)', 'done', '09:00:00', 'done'],
  ])('%s', (_name, status, due, expected) => {
    expect(stateOf({ status, dueAt: at(due) }, now)).toBe(expected);
    expect(isOverdue({ status, dueAt: at(due) }, now)).toBe(expected === 'overdue');
  });
});

describe('promiseProblem — a follow-up within 30 days, not in the past', () => {
  it.each<[string, Date, string | null]>([
    ['in an hour', at('11:00:00'), null],
    ['4 minutes ago (typed a moment before sending)', at('09:56:00'), null],
    ['6 minutes ago', at('09:54:00'), 'past'],
    ['in exactly 30 days', new Date(now.getTime() + 30 * 86_400_000), null],
    ['in 30 days and a minute', new Date(now.getTime() + 30 * 86_400_000 + 60_000), 'too_far'],
  ])('%s', (_name, due, expected) => {
    expect(promiseProblem(due, now)).toBe(expected);
  });
});

describe('take and close', () => {
  it.each<[string, EscalationStatus, string | null, string, boolean, boolean]>([
    ['open: anyone takes or closes', 'open', null, 'sup1', true, true],
    ['taken by me: I take again (no change) and close', 'taken', 'sup1', 'sup1', true, true],
    ['taken by another: neither', 'taken', 'sup2', 'sup1', false, false],
    ['done: neither', 'done', 'sup1', 'sup1', false, false],
  ])('%s', (_name, status, takenBy, by, take, close) => {
    expect(mayTake({ status, takenBy }, by)).toBe(take);
    expect(mayClose({ status, takenBy }, by)).toBe(close);
  });
});
