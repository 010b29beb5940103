import { describe, expect, it } from 'vitest';
import {
  effectiveMaxSegments,
  previewTemplate,
  renderTemplate,
  templateFitProblems,
  TemplateError,
  unknownVariables,
  variablesOf,
} from './templates.ts';

describe('renderTemplate', () => {
  it('fills every variable', () => {
    expect(
      renderTemplate('{name}: {amount} by {due_date} — {company}', {
        name: 'سارة',
        amount: '1500',
        due_date: '2026-12-06',
        company: 'الأمل',
      }),
    ).toBe('سارة: 1500 by 2026-12-06 — الأمل');
  });

  it.each([
    ['an unknown variable', '{nickname} hi', { nickname: 'x' }, 'unknown_variable'],
    ['a missing value', 'Dear {name}', {}, 'missing_variable'],
    ['a blank value', 'Dear {name}', { name: '  ' }, 'missing_variable'],
    ['a value over its declared length', '{company}', { company: 'ش'.repeat(21) }, 'value_too_long'],
    ['{__proto__} (not Object.prototype)', 'hi {__proto__}', {}, 'unknown_variable'],
    ['{constructor}', 'hi {constructor}', {}, 'unknown_variable'],
    [
      'an own __proto__ value',
      'hi {__proto__}',
      JSON.parse('{"__proto__":"x"}') as Record<string, string>,
      'unknown_variable',
    ],
  ])('refuses %s', (_name, template, values, code) => {
    try {
      renderTemplate(template, values);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      expect((error as TemplateError).problems[0]!.code).toBe(code);
    }
  });

  it('leaves text that only looks like a placeholder alone', () => {
    expect(renderTemplate('{ name } {Name} {}', {})).toBe('{ name } {Name} {}');
  });

  it('lists variables once each and finds unknown ones', () => {
    expect(variablesOf('{name} {amount} {name}')).toEqual(['name', 'amount']);
    expect(unknownVariables('{name} {iban}')).toEqual(['iban']);
    expect(unknownVariables('{__proto__} {constructor} {has_own_property}')).toEqual([
      '__proto__',
      'constructor',
      'has_own_property',
    ]);
  });

  it('a preview of {__proto__} is an unknown variable, not a TypeError', () => {
    expect(() => previewTemplate('hi {__proto__}', 1)).toThrow(TemplateError);
    expect(() =>
      previewTemplate('{constructor}', 1, JSON.parse('{"constructor":"x"}') as Record<string, string>),
    ).toThrow(TemplateError);
  });
});

describe('previewTemplate', () => {
  it('counts with sample values and with every variable at its longest', () => {
    const p = previewTemplate('Dear customer, {amount} is due on {due_date}.', 1);
    expect(p.sample.encoding).toBe('gsm7');
    expect(p.worstCase.encoding).toBe('gsm7'); // digit variables stay GSM-7
    expect(p.variables.map((v) => v.name)).toEqual(['amount', 'due_date']);
    expect(p.fitsWorstCase).toBe(true);
  });

  it('a text variable may be Arabic: the worst case of a Latin template is UCS-2', () => {
    const p = previewTemplate('Hello {name}, we have received your payment. Thank you for paying on time.', 1);
    expect(p.worstCase.encoding).toBe('ucs2');
    expect(p.sample.encoding).toBe('ucs2'); // the sample name is Arabic too
    expect(p.fitsWithSample).toBe(false); // 79 UCS-2 units: 2 segments, where GSM-7 would have fitted
  });

  it('flags a template that fits with samples but not at the declared maximum', () => {
    const body = `${'ع'.repeat(40)} {company}`; // 41 + 5 sample = 46; worst 41 + 20 = 61
    expect(previewTemplate(body, 1)).toMatchObject({ fitsWithSample: true, fitsWorstCase: true });
    const longer = `${'ع'.repeat(55)} {company}`; // sample 61, worst 76
    expect(previewTemplate(longer, 1)).toMatchObject({ fitsWithSample: true, fitsWorstCase: false });
  });

  it('takes sample overrides (the installation company name)', () => {
    expect(previewTemplate('{company}', 1, { company: 'شركة الأمل' }).rendered).toBe('شركة الأمل');
  });

  it('refuses unknown variables', () => {
    expect(() => previewTemplate('{iban}', 1)).toThrow(TemplateError);
  });
});

describe('effectiveMaxSegments (P1-1: reminder and thanks in one segment)', () => {
  it.each([
    ['a reminder raised to 10 segments', 'reminder', 10, 1],
    ['thanks raised to 3', 'thanks', 3, 1],
    ['a reminder at 1', 'reminder', 1, 1],
    ['marketing keeps its 3', 'marketing', 3, 3],
    ['a follow-up keeps its 2', 'followup', 2, 2],
    ['no value: one', 'general', null, 1],
  ])('%s', (_n, purpose, declared, effective) => expect(effectiveMaxSegments(purpose, declared)).toBe(effective));
});

describe('templateFitProblems (a setting that breaks a template)', () => {
  const reminder = { body: 'تذكير من {company}: قسطك {amount} يستحق {due_date}', purpose: 'reminder', maxSegments: 10 };
  it('fits with a short company name', () => expect(templateFitProblems(reminder, { company: 'الأمل' })).toEqual([]));
  it('a company name over the 20 characters of {company}', () =>
    expect(templateFitProblems(reminder, { company: 'شركة الأمل للتقسيط والتمويل' })).toEqual([
      { code: 'value_too_long', variable: 'company', maxLength: 20, length: 27 },
    ]));
  it('a reminder that would need two segments, whatever max_segments says', () =>
    expect(
      templateFitProblems({ ...reminder, body: `${'ع'.repeat(60)} {company}` }, { company: 'شركة الأمل' }),
    ).toEqual([{ code: 'too_many_segments', segments: 2, maxSegments: 1, units: 71, encoding: 'ucs2' }]));
  it('a marketing template may use its segments', () =>
    expect(
      templateFitProblems(
        { body: `${'ع'.repeat(60)} {company}`, purpose: 'marketing', maxSegments: 2 },
        { company: 'شركة الأمل' },
      ),
    ).toEqual([]));
  it('a template without {company} is not affected by the name', () =>
    expect(templateFitProblems({ ...reminder, body: 'قسطك {amount}' }, { company: 'ش'.repeat(50) })).toEqual([]));
});
