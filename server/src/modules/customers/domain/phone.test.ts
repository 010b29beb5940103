import { describe, expect, it } from 'vitest';
import { isValidMobile, maskPhone, parsePhone, phoneSearchKey } from './phone.ts';

describe('parsePhone (Saudi Arabia)', () => {
  it.each([
    ['local mobile', '0551234567', '+966551234567', true, 'mobile'],
    ['international with spaces', '+966 55 123 4567', '+966551234567', true, 'mobile'],
    ['00 prefix', '00966551234567', '+966551234567', true, 'mobile'],
    ['without the trunk zero', '551234567', '+966551234567', true, 'mobile'],
    ['Arabic-Indic digits', '٠٥٥١٢٣٤٥٦٧', '+966551234567', true, 'mobile'],
    ['Riyadh landline', '0112345678', '+966112345678', true, 'fixed_line'],
    ['Jeddah landline with dashes', '012-654-3210', '+966126543210', true, 'fixed_line'],
    ['toll free', '8001234567', '+9668001234567', true, 'toll_free'],
  ])('%s', (_name, raw, e164, valid, type) => {
    expect(parsePhone(raw, 'SA')).toMatchObject({ raw, e164, valid, numberType: type });
  });

  it.each([
    ['too short', '05512'],
    ['letters', 'n/a'],
    ['empty', ''],
    ['a mobile with a digit missing', '055123456'],
    ['an unknown prefix', '0991234567'],
  ])('keeps %s as written and marks it invalid', (_name, raw) => {
    const parsed = parsePhone(raw, 'SA');
    expect(parsed.valid).toBe(false);
    expect(parsed.raw).toBe(raw.trim());
  });

  it('parses an Emirati mobile for a customer in AE', () => {
    expect(parsePhone('050 123 4567', 'AE')).toMatchObject({
      e164: '+971501234567',
      valid: true,
      numberType: 'mobile',
    });
  });
});

describe('isValidMobile', () => {
  const mobile = { valid: true, numberType: 'mobile', wrong: false, e164: '+966551234567' };
  it.each([
    ['a valid mobile', mobile, true],
    ['flagged wrong', { ...mobile, wrong: true }, false],
    ['a landline', { ...mobile, numberType: 'fixed_line' }, false],
    ['invalid', { ...mobile, valid: false }, false],
  ])('%s', (_name, phone, expected) => expect(isValidMobile(phone, 'SA', 'SA')).toBe(expected));
  it('a foreign mobile is not a valid mobile for a Saudi customer', () => {
    expect(isValidMobile({ ...mobile, e164: '+971501234567' }, 'SA', 'AE')).toBe(false);
  });
});

describe('phoneSearchKey', () => {
  it.each(['0551234567', '+966 55 123 4567', '00966551234567', '966551234567', '(055) 123-4567', '٠٥٥١٢٣٤٥٦٧'])(
    '%s → +966551234567',
    (text) => expect(phoneSearchKey(text, 'SA')).toBe('+966551234567'),
  );
  it.each(['أحمد', 'C000123', '12'])('%s is not a phone', (text) => expect(phoneSearchKey(text, 'SA')).toBeNull());
});

describe('maskPhone: one national form, masked one way, however the number was written', () => {
  it.each([
    ['local mobile', '0551234567', '05•••••567'],
    ['E.164', '+966551234567', '05•••••567'],
    ['international without the +', '966551234567', '05•••••567'],
    ['00 prefix', '00966551234567', '05•••••567'],
    ['with spaces and dashes', '+966 55-123-4567', '05•••••567'],
    ['without the trunk zero', '551234567', '05•••••567'],
    ['Arabic-Indic digits', '٠٥٥١٢٣٤٥٦٧', '05•••••567'],
    ['Riyadh landline', '+966112345678', '01•••••678'],
    ['toll free', '8001234567', '80•••••567'],
    ['a foreign mobile in its own national form', '+971501234567', '05•••••567'],
    ['an unknown prefix keeps its digits', '0991234567', '09•••••567'],
    ['too short to parse', '05512', '•••••'],
    ['an invalid number written internationally', '+96650123', '05•123'],
    ['letters only', 'n/a', ''],
  ])('%s: %s → %s', (_name, raw, masked) => expect(maskPhone(raw)).toBe(masked));

  it("reads a number in the customer's country", () => {
    expect(maskPhone('050 123 4567', 'AE')).toBe('05•••••567');
    expect(maskPhone('971501234567', 'SA')).toBe('05•••••567');
  });

  it('never shows more than the first two and the last three digits', () => {
    for (const raw of ['+966551234567', '966551234567', '0551234567', '+9665012345', '+96650123', '0099']) {
      expect(maskPhone(raw).replace(/•/g, '').length).toBeLessThanOrEqual(5);
    }
  });
});
