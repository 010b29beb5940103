import type { z } from 'zod';
import { FIRST_DATE, LAST_DATE } from '../shared/calendar-date.ts';
import { findUnsafeText } from '../shared/text.ts';
import { AppError, type FieldError } from './errors.ts';

// Turns zod issues into field errors that name the field and say what is wrong, in both languages.
export function fieldErrorsFromZod(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          field: path ? `${path}.${key}` : key,
          code: 'unknown_field',
          message: 'This field is not allowed here.',
          message_ar: 'هذا الحقل غير مسموح به هنا.',
        });
      }
      continue;
    }
    out.push({ field: path || '(body)', ...describe(issue) });
  }
  return out;
}

function describe(issue: z.core.$ZodIssue): Omit<FieldError, 'field'> {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return { code: 'required', message: 'This field is required.', message_ar: 'هذا الحقل مطلوب.' };
      }
      return {
        code: 'invalid_type',
        message: `Expected ${issue.expected}.`,
        message_ar: `القيمة من نوع غير صحيح (المتوقع: ${issue.expected}).`,
      };
    case 'too_small':
      return {
        code: 'too_small',
        message: `Must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}.`,
        message_ar:
          issue.origin === 'string'
            ? `يجب ألا يقل الطول عن ${characters(Number(issue.minimum))}.`
            : `يجب ألا تقل القيمة عن ${String(issue.minimum)}.`,
      };
    case 'too_big':
      return {
        code: 'too_big',
        message: `Must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}.`,
        message_ar:
          issue.origin === 'string'
            ? `يجب ألا يزيد الطول على ${characters(Number(issue.maximum))}.`
            : `يجب ألا تزيد القيمة على ${String(issue.maximum)}.`,
      };
    case 'invalid_value':
      return {
        code: 'invalid_value',
        message: `Must be one of: ${issue.values.map(String).join(', ')}.`,
        message_ar: `يجب أن تكون القيمة إحدى: ${issue.values.map(String).join('، ')}.`,
      };
    case 'invalid_format':
      return {
        code: 'invalid_format',
        message: issue.message || `Not a valid ${issue.format}.`,
        message_ar: 'الصيغة غير صحيحة.',
      };
    case 'custom':
      if (issue.params?.code !== 'date_out_of_range') break;
      return {
        code: 'date_out_of_range',
        message: issue.message,
        message_ar: `يجب أن يقع التاريخ بين ${FIRST_DATE} و${LAST_DATE}.`,
      };
  }
  return { code: issue.code, message: issue.message, message_ar: 'القيمة غير صالحة.' };
}

export function validationError(issues: readonly z.core.$ZodIssue[], prefix = ''): AppError {
  return new AppError('validation_failed', { errors: fieldErrorsFromZod(issues, prefix) });
}

/** Refuses (400 invalid_text, naming the field) input with a NUL character or a lone surrogate anywhere in it. */
export function assertSafeText(value: unknown, prefix = ''): void {
  const field = findUnsafeText(value, prefix);
  if (field === undefined) return;
  throw new AppError('invalid_text', {
    errors: [
      {
        field,
        code: 'invalid_text',
        message: 'Contains a NUL character or a broken Unicode character.',
        message_ar: 'يحتوي على محرف NUL أو محرف يونيكود تالف.',
      },
    ],
  });
}

// Parses a value with a schema at a use case's edge; a failure becomes a 422 naming the fields.
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  assertSafeText(value);
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error.issues);
  return result.data;
}

const arabicPlural = new Intl.PluralRules('ar');

/** "N characters" in Arabic, following CLDR plural categories (3–10 أحرف, 11–99 حرفًا …). */
export function characters(n: number): string {
  switch (arabicPlural.select(n)) {
    case 'one':
      return 'حرف واحد';
    case 'two':
      return 'حرفين';
    case 'few':
      return `${n} أحرف`;
    case 'many':
      return `${n} حرفًا`;
    default:
      return `${n} حرف`;
  }
}
