import { describe, expect, it } from 'vitest';
import { normaliseMobile } from './recipients.ts';

describe('normaliseMobile (SA)', () => {
  it.each([
    ['local mobile', '0551234567', '+966551234567'],
    ['international with spaces', '+966 55 123 4567', '+966551234567'],
    ['00 prefix', '00966551234567', '+966551234567'],
    ['Arabic-Indic digits', '٠٥٥١٢٣٤٥٦٧', '+966551234567'],
    ['dashes', '055-123-4567', '+966551234567'],
  ])('accepts %s', (_name, raw, e164) => {
    expect(normaliseMobile(raw)).toEqual({ ok: true, e164 });
  });

  it.each([
    ['a Riyadh landline', '0112345678', 'not_mobile'],
    ['too short', '05512', 'unparseable'],
    ['letters', 'call me', 'unparseable'],
    ['empty', '', 'unparseable'],
  ])('refuses %s', (_name, raw, reason) => {
    expect(normaliseMobile(raw)).toMatchObject({ ok: false, reason });
  });
});
