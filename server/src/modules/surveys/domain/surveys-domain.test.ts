import { describe, expect, it } from 'vitest';
import { checkAnswers, mergeAnswers, visibleQuestions } from './answers.ts';
import { decideInvitation, inCooldown, isSampled, sampleBucket, type Eligibility } from './eligibility.ts';
import { smsInvitation } from './invitation.ts';
import { ces, csat, distribution, nps, responseRate } from './metrics.ts';
import { questionnaireProblems, questionnaireSchema, type Questionnaire } from './questionnaire.ts';

const w = (ar: string) => ({ ar, en: '' });
const survey: Questionnaire = questionnaireSchema.parse({
  title: w('رضا العملاء'),
  sections: [
    {
      questions: [
        { key: 'sat', type: 'rating', text: w('ما مدى رضاك؟'), required: true },
        {
          key: 'why',
          type: 'text',
          text: w('ما السبب؟'),
          required: true,
          show_if: { question: 'sat', values: [1, 2, 3] },
        },
        { key: 'rec', type: 'nps', text: w('هل ترشحنا؟') },
        { key: 'easy', type: 'ces', text: w('سهولة التعامل') },
        { key: 'solved', type: 'yes_no', text: w('هل حُلّت مشكلتك؟') },
        {
          key: 'via',
          type: 'single',
          text: w('القناة'),
          options: [
            { key: 'phone', label: w('هاتف') },
            { key: 'mail', label: w('بريد') },
          ],
        },
        {
          key: 'likes',
          type: 'multiple',
          text: w('ما أعجبك؟'),
          options: [
            { key: 'speed', label: w('السرعة') },
            { key: 'staff', label: w('الموظفون') },
          ],
        },
      ],
    },
  ],
});

describe('questionnaire validation', () => {
  const withQuestions = (questions: unknown[]) =>
    questionnaireSchema.parse({ title: w('س'), sections: [{ questions }] });
  it.each([
    ['a valid survey', survey, []],
    [
      'duplicate keys',
      withQuestions([
        { key: 'a', type: 'rating', text: w('س') },
        { key: 'a', type: 'nps', text: w('س') },
      ]),
      ['survey_duplicate_key'],
    ],
    [
      'a choice with one option',
      withQuestions([{ key: 'a', type: 'single', text: w('س'), options: [{ key: 'x', label: w('س') }] }]),
      ['survey_options_required'],
    ],
    [
      'options on a rating',
      withQuestions([{ key: 'a', type: 'rating', text: w('س'), options: [{ key: 'x', label: w('س') }] }]),
      ['survey_options_not_allowed'],
    ],
    [
      'duplicate option keys',
      withQuestions([
        {
          key: 'a',
          type: 'multiple',
          text: w('س'),
          options: [
            { key: 'x', label: w('س') },
            { key: 'x', label: w('ص') },
          ],
        },
      ]),
      ['survey_duplicate_option'],
    ],
    [
      'condition on a later question',
      withQuestions([
        { key: 'b', type: 'text', text: w('س'), show_if: { question: 'a', values: [1] } },
        { key: 'a', type: 'rating', text: w('س') },
      ]),
      ['survey_condition_unknown'],
    ],
    [
      'condition value out of the scale (6 of 1–5)',
      withQuestions([
        { key: 'a', type: 'rating', text: w('س') },
        { key: 'b', type: 'text', text: w('س'), show_if: { question: 'a', values: [6] } },
      ]),
      ['survey_condition_value'],
    ],
    [
      'condition on free text',
      withQuestions([
        { key: 'a', type: 'text', text: w('س') },
        { key: 'b', type: 'text', text: w('س'), show_if: { question: 'a', values: ['x'] } },
      ]),
      ['survey_condition_value'],
    ],
  ])('%s', (_name, q, codes) => {
    expect(questionnaireProblems(q as Questionnaire).map((p) => p.code)).toEqual(codes);
  });

  it('refuses a question without Arabic wording (schema)', () => {
    expect(
      questionnaireSchema.safeParse({
        title: w('س'),
        sections: [{ questions: [{ key: 'a', type: 'rating', text: { ar: ' ', en: 'x' } }] }],
      }).success,
    ).toBe(false);
  });
});

describe('answers against a version', () => {
  it.each([
    ['complete, satisfied (no reason asked)', { sat: 5 }, true, { ok: true, answers: { sat: 5 } }],
    [
      'low rating needs the reason',
      { sat: 2 },
      true,
      { ok: false, refusal: { code: 'survey_answer_required', question: 'why' } },
    ],
    [
      'low rating with the reason (trimmed)',
      { sat: 2, why: ' تأخير ' },
      true,
      { ok: true, answers: { sat: 2, why: 'تأخير' } },
    ],
    [
      'a reason kept only while shown (rating changed to 4)',
      { sat: 4, why: 'تأخير' },
      true,
      { ok: true, answers: { sat: 4 } },
    ],
    ['partial save without the required rating', { rec: 9 }, false, { ok: true, answers: { rec: 9 } }],
    [
      'rating 0 is out of 1–5',
      { sat: 0 },
      false,
      { ok: false, refusal: { code: 'survey_answer_out_of_range', question: 'sat' } },
    ],
    [
      'rating 6 is out of 1–5',
      { sat: 6 },
      false,
      { ok: false, refusal: { code: 'survey_answer_out_of_range', question: 'sat' } },
    ],
    [
      'NPS 10 is in range, 11 is not',
      { rec: 11 },
      false,
      { ok: false, refusal: { code: 'survey_answer_out_of_range', question: 'rec' } },
    ],
    [
      'CES 0 is out of 1–7',
      { easy: 0 },
      false,
      { ok: false, refusal: { code: 'survey_answer_out_of_range', question: 'easy' } },
    ],
    [
      'a fraction is not a rating',
      { sat: 4.5 },
      false,
      { ok: false, refusal: { code: 'survey_answer_out_of_range', question: 'sat' } },
    ],
    [
      'yes/no must be a boolean',
      { solved: 'yes' },
      false,
      { ok: false, refusal: { code: 'survey_answer_out_of_range', question: 'solved' } },
    ],
    [
      'an unknown option',
      { via: 'fax' },
      false,
      { ok: false, refusal: { code: 'survey_answer_out_of_range', question: 'via' } },
    ],
    [
      'multiple with a repeated option',
      { likes: ['speed', 'speed'] },
      false,
      { ok: false, refusal: { code: 'survey_answer_out_of_range', question: 'likes' } },
    ],
    [
      'a question of another version',
      { old_q: 3 },
      false,
      { ok: false, refusal: { code: 'survey_answer_unknown_question', question: 'old_q' } },
    ],
    [
      'empty text is not an answer',
      { sat: 1, why: '  ' },
      false,
      { ok: false, refusal: { code: 'survey_answer_out_of_range', question: 'why' } },
    ],
  ])('%s', (_name, answers, complete, expected) => {
    expect(checkAnswers(survey, answers as never, complete)).toEqual(expected);
  });

  it('shows the reason only after a rating of 1–3', () => {
    expect(visibleQuestions(survey, { sat: 3 }).map((q) => q.key)).toContain('why');
    expect(visibleQuestions(survey, { sat: 4 }).map((q) => q.key)).not.toContain('why');
    expect(visibleQuestions(survey, {}).map((q) => q.key)).not.toContain('why');
  });

  it('merges answers as the customer goes; null clears one', () => {
    expect(mergeAnswers({ sat: 2, why: 'x' }, { sat: 5, why: null, rec: 10 })).toEqual({ sat: 5, rec: 10 });
  });
});

describe('figures (hand-computed)', () => {
  it.each([
    ['no ratings', [], { count: 0, positive: 0, percent: null }],
    ['all 4s and 5s', [4, 5, 5], { count: 3, positive: 3, percent: 100 }],
    ['3 is not positive: 2 of 3', [3, 4, 5], { count: 3, positive: 2, percent: 66.7 }],
    ['1 of 8', [1, 2, 3, 3, 1, 2, 5, 1], { count: 8, positive: 1, percent: 12.5 }],
  ])('CSAT %s', (_name, ratings, expected) => expect(csat(ratings)).toEqual(expected));

  it.each([
    ['none', [], { count: 0, promoters: 0, passives: 0, detractors: 0, score: null }],
    // 10 scores: promoters 9,10,10,9 (4); passives 7,8 (2); detractors 0,6,5,3 (4) → 0
    ['balanced', [9, 10, 10, 9, 7, 8, 0, 6, 5, 3], { count: 10, promoters: 4, passives: 2, detractors: 4, score: 0 }],
    // 3 scores: 10, 9, 6 → (2 − 1)/3 = 33.3
    ['2 promoters 1 detractor', [10, 9, 6], { count: 3, promoters: 2, passives: 0, detractors: 1, score: 33.3 }],
    ['all detractors', [0, 6], { count: 2, promoters: 0, passives: 0, detractors: 2, score: -100 }],
    ['7 and 8 are passives', [7, 8], { count: 2, promoters: 0, passives: 2, detractors: 0, score: 0 }],
  ])('NPS %s', (_name, scores, expected) => expect(nps(scores)).toEqual(expected));

  it.each([
    ['none', [], null],
    ['(7 + 5 + 4) / 3 = 5.33', [7, 5, 4], 5.33],
    ['(1 + 2) / 2 = 1.5', [1, 2], 1.5],
  ])('CES %s', (_name, scores, average) => expect(ces(scores).average).toBe(average));

  it.each([
    [0, 0, null],
    [40, 10, 25],
    [3, 1, 33.3],
  ])('response rate of %i invited and %i completed is %s', (invited, completed, rate) =>
    expect(responseRate(invited, completed)).toBe(rate),
  );

  it('distribution lists every possible value, zeros included', () => {
    expect(distribution([5, 5, 1], [1, 2, 3, 4, 5])).toEqual([
      { value: '1', count: 1 },
      { value: '2', count: 0 },
      { value: '3', count: 0 },
      { value: '4', count: 0 },
      { value: '5', count: 2 },
    ]);
  });
});

describe('who is invited automatically', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  const base: Eligibility = {
    sampleKey: 'ticket:1',
    samplingPercent: 100,
    cooldownDays: 30,
    lastInvitedAt: null,
    now,
    doNotContact: false,
    smsOptOut: false,
    mobile: '+966551234567',
    email: 'a@example.com',
  };
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  it.each([
    ['first contact: SMS', {}, { invite: true, channel: 'sms', to: '+966551234567' }],
    ['invited 29 days ago: cool-down', { lastInvitedAt: daysAgo(29) }, { invite: false, reason: 'cooldown' }],
    [
      'invited exactly 30 days ago: again',
      { lastInvitedAt: daysAgo(30) },
      { invite: true, channel: 'sms', to: '+966551234567' },
    ],
    [
      'cool-down 0 days: always',
      { lastInvitedAt: daysAgo(0), cooldownDays: 0 },
      { invite: true, channel: 'sms', to: '+966551234567' },
    ],
    ['do not contact wins over all', { doNotContact: true }, { invite: false, reason: 'do_not_contact' }],
    ['opted out of SMS: email', { smsOptOut: true }, { invite: true, channel: 'email', to: 'a@example.com' }],
    ['opted out of SMS, no email', { smsOptOut: true, email: null }, { invite: false, reason: 'no_address' }],
    ['no mobile: email', { mobile: null }, { invite: true, channel: 'email', to: 'a@example.com' }],
    ['sampling 0%', { samplingPercent: 0 }, { invite: false, reason: 'not_sampled' }],
  ])('%s', (_name, patch, expected) => expect(decideInvitation({ ...base, ...patch })).toEqual(expected));

  it('samples by a stable bucket of the contact', () => {
    expect(sampleBucket('ticket:1')).toBe(sampleBucket('ticket:1'));
    const keys = Array.from({ length: 1000 }, (_, i) => `ticket:${i}`);
    const picked = keys.filter((k) => isSampled(k, 20)).length;
    expect(picked).toBeGreaterThan(150);
    expect(picked).toBeLessThan(250);
    expect(keys.every((k) => isSampled(k, 100))).toBe(true);
  });

  it.each([
    [null, 30, false],
    [29.9, 30, true],
    [30, 30, false],
  ])('last invited %s days ago with a %i-day cool-down: in cool-down %s', (ago, days, expected) =>
    expect(inCooldown(ago === null ? null : daysAgo(ago), now, days)).toBe(expected),
  );
});

describe('SMS invitation', () => {
  const oneSegment = (body: string) => body.length <= 70; // Arabic: UCS-2, 70 characters
  it('keeps the longest wording that fits one segment', () => {
    const url = 'https://tawasul.example/s/AbCdEfGhIjKlMnOp';
    const body = smsInvitation(url, 'ar', 'شركة النقل السريع المحدودة', oneSegment)!;
    expect(body).toBe(`رأيك يهمنا، قيّم خدمتنا ${url}`);
    expect(body.length).toBeLessThanOrEqual(70);
  });
  it('gives null when even the link does not fit', () => {
    expect(smsInvitation('https://x.example/' + 'a'.repeat(80), 'ar', 'ش', oneSegment)).toBeNull();
  });
});
