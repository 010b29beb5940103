import { describe, expect, it } from 'vitest';
import { fillPhrase, holdCountdown, secondsSince } from './domain';

const t0 = Date.parse('2026-12-02T09:00:00.000Z');

describe('holdCountdown', () => {
  it.each([
    { name: 'just put on hold', elapsed: 0, hold: 1, remaining: 40, prompt: 'waiting' },
    { name: 'half a second in still shows 40', elapsed: 0.5, hold: 1, remaining: 40, prompt: 'waiting' },
    { name: 'last second', elapsed: 39, hold: 1, remaining: 1, prompt: 'waiting' },
    { name: 'time up, first hold: ask again', elapsed: 40, hold: 1, remaining: 0, prompt: 'return_ask_again' },
    { name: 'time up, second hold: call back', elapsed: 40, hold: 2, remaining: 0, prompt: 'return_suggest_callback' },
    { name: 'over by 12 s', elapsed: 52, hold: 1, remaining: -12, prompt: 'return_ask_again' },
    // The browser's clock a little behind the switch's: never more than the hold asked for.
    { name: 'clock behind the switch', elapsed: -0.7, hold: 1, remaining: 40, prompt: 'waiting' },
  ])('$name', ({ elapsed, hold, remaining, prompt }) =>
    expect(holdCountdown(t0, t0 + elapsed * 1000, 40, hold)).toEqual({ remaining, prompt }),
  );
});

describe('fillPhrase', () => {
  it('fills the seed greeting and the hold time; blanks are a gap', () => {
    expect(
      fillPhrase('معك {agent} من تطبيق {company} قسم {department} بخصوص {reason}', {
        agent: 'ريم',
        company: 'تواصل',
        department: 'خدمة العملاء',
        reason: ' ',
      }),
    ).toBe('معك ريم من تطبيق تواصل قسم خدمة العملاء بخصوص …');
    expect(fillPhrase('لمدة {seconds} ثانية', { seconds: 40 })).toBe('لمدة 40 ثانية');
  });
});

describe('secondsSince', () => {
  it.each([
    { name: 'no answer yet', iso: null, now: t0, expected: 0 },
    { name: '2.9 s after the answer', iso: '2026-12-02T09:00:00.000Z', now: t0 + 2_900, expected: 2 },
    { name: 'a clock behind the server', iso: '2026-12-02T09:00:00.000Z', now: t0 - 5_000, expected: 0 },
  ])('$name', ({ iso, now, expected }) => expect(secondsSince(iso, now)).toBe(expected));
});
