import { describe, expect, it } from 'vitest';
import { getCountries } from 'libphonenumber-js/max';
import {
  checkCustomerRow,
  checkInstallmentRow,
  checkPaymentRow,
  storableText,
  unstorableTextRejections,
  type RowContext,
} from './import-rows.ts';

const ctx: RowContext = { timeZone: 'Asia/Riyadh', defaultCurrency: 'SAR', countries: new Set(getCountries()) };

describe('text that cannot be stored', () => {
  it.each([
    ['a NUL byte', 'أحمد\u0000الحربي', true],
    ['only a NUL', '\u0000', true],
    ['a lone high surrogate', 'abc\ud800', true],
    ['a lone low surrogate', '\udc00abc', true],
    ['a low before a high', '\udc00\ud800', true],
    ['a surrogate pair (emoji)', 'سارة 🌙', false],
    ['Arabic text', 'فاطمة الزهراني', false],
    ['tabs and newlines', 'a\tb\nc\r', false],
    ['the replacement character', '\ufffd', false],
    ['empty', '', false],
  ])('%s', (_name, value, refused) => {
    const rejections = unstorableTextRejections({ name: value, city: 'جدة' });
    expect(rejections.map((r) => [r.column, r.code])).toEqual(refused ? [['name', 'bad_character']] : []);
    expect(unstorableTextRejections({ name: storableText(value) })).toEqual([]);
  });

  it('names every column that has one, with an Arabic and an English reason', () => {
    const rejections = unstorableTextRejections({ customer_no: 'C1\u0000', name: 'x', city: '\ud83d' });
    expect(rejections.map((r) => r.column)).toEqual(['customer_no', 'city']);
    expect(rejections[0]!.ar).toContain('NUL');
    expect(rejections[0]!.en).toContain('NUL');
  });

  it.each([
    ['customers', () => checkCustomerRow({ customer_no: 'C1', name: 'أحمد\u0000' }, ctx)],
    [
      'installments',
      () =>
        checkInstallmentRow(
          {
            customer_no: 'C1',
            contract_no: 'K\u00001',
            credit_type: 'x',
            installment_no: '1',
            amount: '5',
            due_date: '2026-12-06',
          },
          ctx,
        ),
    ],
    [
      'payments',
      () =>
        checkPaymentRow(
          {
            customer_no: 'C1',
            contract_no: 'K1',
            installment_no: '1',
            amount: '5',
            paid_at: '2026-12-06',
            reference: 'R\u0000',
          },
          ctx,
        ),
    ],
  ])('rejects a %s row with a NUL byte whole, with that reason only', (_kind, check) => {
    const checked = check();
    expect(checked.row).toBeUndefined();
    expect(checked.rejections.map((r) => r.code)).toEqual(['bad_character']);
  });
});
