import { describe, expect, it } from 'vitest';
import { ratingInvitation } from './wrap-up.ts';

const now = new Date('2026-12-02T12:00:00.000Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const base = {
  answered: true,
  customerId: 'c1',
  optedOut: false,
  mobile: '+966551230001',
  lastSentAt: null,
  sentForCall: false,
  now,
  cooldownDays: 30,
};

describe('ratingInvitation', () => {
  it.each([
    { name: 'first answered call of a customer', input: {}, expected: { send: true } },
    { name: 'a call not answered', input: { answered: false }, expected: { send: false, reason: 'not_answered' } },
    { name: 'an unknown caller', input: { customerId: null }, expected: { send: false, reason: 'no_customer' } },
    { name: 'opted out of SMS', input: { optedOut: true }, expected: { send: false, reason: 'opted_out' } },
    { name: 'no mobile number', input: { mobile: null }, expected: { send: false, reason: 'no_mobile' } },
    {
      name: 'invited 29 days ago (30-day cool-down)',
      input: { lastSentAt: daysAgo(29) },
      expected: { send: false, reason: 'cooling_down' },
    },
    { name: 'invited exactly 30 days ago', input: { lastSentAt: daysAgo(30) }, expected: { send: true } },
    { name: 'cool-down 0: every call', input: { lastSentAt: daysAgo(0), cooldownDays: 0 }, expected: { send: true } },
    {
      name: 'the outcome recorded again for the same call',
      input: { sentForCall: true },
      expected: { send: false, reason: 'already_sent' },
    },
  ])('$name', ({ input, expected }) => expect(ratingInvitation({ ...base, ...input })).toEqual(expected));
});
