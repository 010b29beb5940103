import { describe, expect, it } from 'vitest';
import { checkTargetRow, duplicateTarget, targetKey } from './target-rows.ts';

const ctx = (channel: string) => ({ channel, countries: new Set(['SA', 'AE', 'JO']), defaultCountry: 'SA' });
const codes = (values: Record<string, string>, channel = 'phone') =>
  checkTargetRow(values, ctx(channel)).rejections.map((r) => `${r.column}:${r.code}`);

describe('checkTargetRow', () => {
  it.each([
    [
      'a customer number (Arabic digits read as Latin)',
      { customer_no: ' C١٢ ' },
      { kind: 'customer', customerNo: 'C12' },
    ],
    [
      'a prospect with a local mobile (country SA by default)',
      { name: 'ريم', phone: '0559000001', city: 'الدمام' },
      {
        kind: 'prospect',
        name: 'ريم',
        phone: '0559000001',
        e164: '+966559000001',
        email: null,
        country: 'SA',
        city: 'الدمام',
      },
    ],
    [
      'a prospect in the UAE',
      { name: 'Omar', phone: '0501234567', country: 'ae' },
      { kind: 'prospect', e164: '+971501234567', country: 'AE' },
    ],
  ])('%s', (_name, values, expected) => {
    expect(checkTargetRow(values, ctx('phone')).row).toMatchObject(expected);
  });

  it.each([
    ['nothing', {}, 'phone', ['name:name_or_number']],
    ['a name without a number', { name: 'بلا رقم' }, 'phone', ['phone:name_or_number']],
    ['a number without a name', { phone: '0559000001' }, 'phone', ['name:name_or_number']],
    ['a number not valid for the country', { name: 'x', phone: '12' }, 'phone', ['phone:bad_phone']],
    ['a landline for an SMS list', { name: 'x', phone: '0114567890' }, 'sms', ['phone:no_valid_mobile']],
    ['an email only, for a phone list', { name: 'x', email: 'a@b.sa' }, 'phone', ['phone:no_phone']],
    ['a phone only, for an email list', { name: 'x', phone: '0559000001' }, 'email', ['email:no_email']],
    ['a bad email', { name: 'x', email: 'not-mail' }, 'email', ['email:bad_email']],
    ['an unknown country', { name: 'x', phone: '0559000001', country: 'XX' }, 'phone', ['country:bad_country']],
    ['a NUL in a value', { customer_no: 'C\u00001' }, 'phone', ['customer_no:bad_character']],
    ['a customer number with spaces inside', { customer_no: 'C 1' }, 'phone', ['customer_no:bad_key']],
    ['a name of 10,000 characters', { name: 'ا'.repeat(10_000), phone: '0559000001' }, 'phone', ['name:too_long']],
  ])('rejects %s', (_name, values, channel, expected) => {
    expect(codes(values as Record<string, string>, channel)).toEqual(expected);
  });

  it('an email list takes a prospect with an email and no phone', () => {
    expect(checkTargetRow({ name: 'x', email: 'A@B.sa' }, ctx('email')).row).toMatchObject({
      email: 'a@b.sa',
      e164: null,
    });
  });
});

describe('targetKey and duplicates', () => {
  it('keys by customer number, else by number, else by address', () => {
    expect(targetKey({ kind: 'customer', customerNo: 'C1' })).not.toBe(
      targetKey({
        kind: 'prospect',
        name: 'n',
        phone: 'p',
        e164: '+966559000001',
        email: null,
        country: 'SA',
        city: null,
      }),
    );
  });
  it('names the first row', () => {
    expect(duplicateTarget({ phone: '0559000001' }, 3)).toMatchObject({ column: 'phone', code: 'duplicate_in_file' });
  });
});
