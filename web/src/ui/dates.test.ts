import { describe, expect, it } from 'vitest';
import { hijriMonthSpan, parseDateText } from './dates';

describe('parseDateText', () => {
  it.each([
    ['ISO', '2026-12-05', '2026-12-05'],
    ['ISO without leading zeros', '2026-1-5', '2026-01-05'],
    ['day first with slashes (as the rows show it)', '5/12/2026', '2026-12-05'],
    ['day first with dashes', '05-12-2026', '2026-12-05'],
    ['day first with dots', '5.12.2026', '2026-12-05'],
    ['Arabic-Indic digits', '٥/١٢/٢٠٢٦', '2026-12-05'],
    ['the Arabic month name', '5 ديسمبر 2026', '2026-12-05'],
    ['the English month name', '5 December 2026', '2026-12-05'],
    ['an English abbreviation', '5 dec 2026', '2026-12-05'],
    ['a leap day', '29/2/2028', '2028-02-29'],
    ['not a leap year', '29/2/2026', null],
    ['the 31st of a 30-day month', '2026-11-31', null],
    ['month first (American) is not day first', '12/31/2026', null],
    ['a year out of range', '0001-01-01', null],
    ['a far future', '9999-12-31', null],
    ['an unknown month name', '5 برمهات 2026', null],
    ['text', 'غدًا', null],
    ['empty', '', null],
  ])('%s: %s → %s', (_name, text, expected) => expect(parseDateText(text)).toBe(expected));
});

describe('hijriMonthSpan (Umm al-Qura)', () => {
  it('names the Hijri months a Gregorian month spans, in Latin digits', () => {
    const span = hijriMonthSpan('2026-12', 'ar');
    expect(span).toMatch(/^جمادى الآخرة 1448 هـ – رجب 1448 هـ$/);
  });
  it('in English', () => expect(hijriMonthSpan('2026-12', 'en')).toMatch(/1448 AH/));
  it('is empty for a bad month', () => expect(hijriMonthSpan('2026-13x', 'ar')).toBe(''));
});
