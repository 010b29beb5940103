import { describe, expect, it } from 'vitest';
import { fillPhrase } from './greeting.ts';
import {
  decideStep,
  greetingDelay,
  holdCountdown,
  holdState,
  isLateReturn,
  missingClosing,
  type ProtocolStep,
  type StepRecord,
} from './protocol-steps.ts';

const t0 = new Date('2026-12-02T09:00:00.000Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);
const steps = (...list: [ProtocolStep, number][]): StepRecord[] => list.map(([step, s]) => ({ step, at: at(s) }));

describe('decideStep', () => {
  const cases: {
    name: string;
    before: StepRecord[];
    step: ProtocolStep;
    phase?: 'connected' | 'wrap_up';
    now?: number;
    expected: { code: string } | { record: Partial<StepRecord> };
  }[] = [
    { name: 'greeting on a connected call', before: [], step: 'greeted', expected: { record: { step: 'greeted' } } },
    {
      name: 'a second greeting',
      before: steps(['greeted', 2]),
      step: 'greeted',
      expected: { code: 'protocol_step_repeated' },
    },
    {
      name: 'greeting in the wrap-up',
      before: [],
      step: 'greeted',
      phase: 'wrap_up',
      expected: { code: 'call_state' },
    },
    { name: 'hold without consent', before: [], step: 'hold_started', expected: { code: 'hold_consent_missing' } },
    {
      name: 'hold after consent is hold 1',
      before: steps(['hold_consent_asked', 10]),
      step: 'hold_started',
      expected: { record: { step: 'hold_started', hold: 1 } },
    },
    {
      name: 'consent is used up by the hold it allowed',
      before: steps(['hold_consent_asked', 10], ['hold_started', 12], ['hold_returned', 30]),
      step: 'hold_started',
      expected: { code: 'hold_consent_missing' },
    },
    {
      name: 'the second-hold phrase is the consent for hold 2',
      before: steps(['hold_consent_asked', 10], ['hold_started', 12], ['hold_returned', 52], ['second_hold', 53]),
      step: 'hold_started',
      expected: { record: { step: 'hold_started', hold: 2 } },
    },
    {
      name: 'second hold before any hold',
      before: [],
      step: 'second_hold',
      expected: { code: 'no_hold_before' },
    },
    {
      name: 'consent asked while on hold',
      before: steps(['hold_consent_asked', 10], ['hold_started', 12]),
      step: 'hold_consent_asked',
      expected: { code: 'already_on_hold' },
    },
    { name: 'return without a hold', before: [], step: 'hold_returned', expected: { code: 'not_on_hold' } },
    {
      name: 'return at exactly 40 s is on time',
      before: steps(['hold_consent_asked', 10], ['hold_started', 12]),
      step: 'hold_returned',
      now: 52,
      expected: { record: { step: 'hold_returned', hold: 1, late: false } },
    },
    {
      name: 'return at 41 s is late',
      before: steps(['hold_consent_asked', 10], ['hold_started', 12]),
      step: 'hold_returned',
      now: 53,
      expected: { record: { step: 'hold_returned', hold: 1, late: true } },
    },
    {
      name: 'closing item in the wrap-up',
      before: [],
      step: 'rating_invited',
      phase: 'wrap_up',
      expected: { record: { step: 'rating_invited' } },
    },
    {
      name: 'closing item ticked twice',
      before: steps(['resolved_confirmed', 100]),
      step: 'resolved_confirmed',
      expected: { code: 'protocol_step_repeated' },
    },
    {
      name: 'call-back suggested only on the line',
      before: [],
      step: 'callback_suggested',
      phase: 'wrap_up',
      expected: { code: 'call_state' },
    },
  ];
  it.each(cases)('$name', ({ before, step, phase, now, expected }) => {
    const decision = decideStep(before, step, phase ?? 'connected', at(now ?? 120), 40);
    if ('code' in expected) expect(decision).toEqual({ ok: false, code: expected.code });
    else expect(decision).toMatchObject({ ok: true, record: { ...expected.record, at: at(now ?? 120) } });
  });
});

describe('holdCountdown', () => {
  it.each([
    { name: 'just started', elapsed: 0, hold: 1, remaining: 40, prompt: 'waiting' },
    { name: 'one second left', elapsed: 39, hold: 1, remaining: 1, prompt: 'waiting' },
    { name: 'time up on the first hold', elapsed: 40, hold: 1, remaining: 0, prompt: 'return_ask_again' },
    { name: 'over by 5 s on the first hold', elapsed: 45, hold: 1, remaining: -5, prompt: 'return_ask_again' },
    { name: 'time up on the second hold', elapsed: 40, hold: 2, remaining: 0, prompt: 'return_suggest_callback' },
    { name: 'third hold, over', elapsed: 70, hold: 3, remaining: -30, prompt: 'return_suggest_callback' },
    { name: 'part of a second does not count', elapsed: 39.9, hold: 1, remaining: 1, prompt: 'waiting' },
  ])('$name', ({ elapsed, hold, remaining, prompt }) => {
    expect(holdCountdown(t0, at(elapsed), 40, hold)).toEqual({ remaining, prompt });
  });
  it('follows the configured hold time', () => {
    expect(holdCountdown(t0, at(60), 90, 1)).toEqual({ remaining: 30, prompt: 'waiting' });
  });
});

describe('holdState, isLateReturn, missingClosing, greetingDelay', () => {
  it('counts holds and knows the running one', () => {
    expect(holdState(steps(['hold_consent_asked', 1], ['hold_started', 2]))).toEqual({
      holds: 1,
      held: true,
      heldSince: at(2),
      consent: false,
      returned: 0,
    });
  });
  it.each([
    { name: 'well within', seconds: 20, late: false },
    { name: 'exactly the limit', seconds: 40, late: false },
    { name: 'one millisecond over', seconds: 40.001, late: true },
  ])('return $name', ({ seconds, late }) => expect(isLateReturn(t0, at(seconds), 40)).toBe(late));
  it('lists the closing items not ticked, in order', () => {
    expect(missingClosing([])).toEqual(['resolved_confirmed', 'more_help_offered', 'rating_invited']);
    expect(missingClosing(steps(['rating_invited', 1], ['greeted', 0]))).toEqual([
      'resolved_confirmed',
      'more_help_offered',
    ]);
    expect(missingClosing(steps(['rating_invited', 1], ['more_help_offered', 2], ['resolved_confirmed', 3]))).toEqual(
      [],
    );
  });
  it.each([
    { name: 'greeted at 2.4 s', s: 2.4, seconds: 2.4, onTime: true },
    { name: 'greeted at exactly 3 s', s: 3, seconds: 3, onTime: true },
    { name: 'greeted at 3.2 s', s: 3.2, seconds: 3.2, onTime: false },
    { name: 'clock before the answer counts as 0', s: -1, seconds: 0, onTime: true },
  ])('greeting $name', ({ s, seconds, onTime }) => expect(greetingDelay(t0, at(s), 3)).toEqual({ seconds, onTime }));
});

describe('fillPhrase', () => {
  const template = 'السلام عليكم معك {agent} من تطبيق {company} قسم {department} ,اتواصل معك بخصوص {reason}';
  it('fills the seed example', () => {
    expect(
      fillPhrase(template, {
        agent: 'سارة',
        company: 'ذا شفز',
        department: 'خدمة العملاء',
        reason: 'طلبكم من متجر الريم',
      }),
    ).toBe('السلام عليكم معك سارة من تطبيق ذا شفز قسم خدمة العملاء ,اتواصل معك بخصوص طلبكم من متجر الريم');
  });
  it('leaves a visible gap for a missing or blank value, and other braces as written', () => {
    expect(fillPhrase('{agent} / {reason} / {other}', { agent: '  ', reason: null })).toBe('… / … / {other}');
  });
  it('fills the hold time of the settings', () => {
    expect(fillPhrase('على الانتظار لمدة {seconds} ثانية', { seconds: 40 })).toBe('على الانتظار لمدة 40 ثانية');
  });
});
