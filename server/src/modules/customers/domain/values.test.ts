import { describe, expect, it } from 'vitest';
import { excelSerialToIsoDate, parseAmountMinor, parseBoolean, parseInstant, parseIsoDate } from './values.ts';

describe('parseAmountMinor (SAR, 2 decimals)', () => {
  it.each([
    ['integer', '1500', 150000],
    ['decimals', '1500.50', 150050],
    ['one decimal', '99.5', 9950],
    ['thousands separator', '1,500.25', 150025],
    ['Arabic digits and separators', '١٬٥٠٠٫٧٥', 150075],
    ['zero', '0', 0],
    ['trailing zeros beyond the currency', '10.500', 1050],
    ['spaces', ' 250 ', 25000],
  ])('%s: %s', (_name, text, minor) => expect(parseAmountMinor(text, 2)).toBe(minor));

  it.each([
    ['negative', '-5'],
    ['letters', 'abc'],
    ['empty', ''],
    ['three significant decimals', '10.505'],
    ['two points', '1.2.3'],
    ['a formula', '=1+1'],
    ['exponent', '1e5'],
  ])('refuses %s', (_name, text) => expect(parseAmountMinor(text, 2)).toBeNull());

  it('never goes through binary floating point: 0.1 + 0.2 style values stay exact', () => {
    expect(parseAmountMinor('1234567890.29', 2)).toBe(123456789029);
  });

  it('reads 3 decimals for KWD', () => expect(parseAmountMinor('1.125', 3)).toBe(1125));
});

describe('parseIsoDate', () => {
  it.each([
    ['2026-12-06', '2026-12-06'],
    ['2028-02-29', '2028-02-29'],
  ])('%s', (text, iso) => expect(parseIsoDate(text)).toBe(iso));
  it.each(['2026-02-29', '2026-13-01', '06/12/2026', '2026-1-5', '', '2026-12-06T10:00'])('refuses %s', (text) =>
    expect(parseIsoDate(text)).toBeNull(),
  );
});

describe('parseInstant (installation time zone Asia/Riyadh)', () => {
  it.each([
    ['a local time without offset is Riyadh time', '2026-12-05T23:59:59', '2026-12-05T20:59:59.000Z'],
    ['midnight local', '2026-12-06T00:00:00', '2026-12-05T21:00:00.000Z'],
    ['written in UTC', '2026-12-05T21:00:00Z', '2026-12-05T21:00:00.000Z'],
    ['with an offset', '2026-12-06T00:00:00+03:00', '2026-12-05T21:00:00.000Z'],
    ['a date alone is local midnight', '2026-12-06', '2026-12-05T21:00:00.000Z'],
    ['a space instead of T', '2026-12-06 10:30', '2026-12-06T07:30:00.000Z'],
  ])('%s', (_name, text, iso) => expect(parseInstant(text, 'Asia/Riyadh')?.toISOString()).toBe(iso));

  it('honours daylight saving in another zone', () => {
    expect(parseInstant('2026-07-01T12:00:00', 'Europe/London')?.toISOString()).toBe('2026-07-01T11:00:00.000Z');
  });
  it.each(['yesterday', '2026-12-06T25:00', '2026-02-30T10:00'])('refuses %s', (text) =>
    expect(parseInstant(text, 'Asia/Riyadh')).toBeNull(),
  );
});

describe('excelSerialToIsoDate', () => {
  it.each([
    [46362, '2026-12-06'],
    [45658, '2025-01-01'],
  ])('%i → %s', (serial, iso) => expect(excelSerialToIsoDate(serial)).toBe(iso));
});

describe('parseBoolean', () => {
  it.each([
    ['true', true],
    ['FALSE', false],
    ['1', true],
    ['نعم', true],
    ['لا', false],
    ['', false],
  ])('%s', (text, value) => expect(parseBoolean(text, false)).toBe(value));
  it.each(['maybe', '2', 'tru'])('refuses %s', (text) => expect(parseBoolean(text, false)).toBeNull());
});
