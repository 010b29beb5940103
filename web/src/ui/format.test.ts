import { describe, expect, it } from 'vitest';
import { countryName, timeZoneName } from './format';

// Technical codes never reach an Arabic page: countries and time zones by their names.
describe('countryName', () => {
  it.each([
    ['SA', 'ar', 'المملكة العربية السعودية'],
    ['ae', 'ar', 'الإمارات العربية المتحدة'],
    ['SA', 'en', 'Saudi Arabia'],
    ['not a code', 'ar', 'not a code'],
  ] as const)('%s in %s → %s', (code, locale, name) => expect(countryName(code, locale)).toBe(name));
});

describe('timeZoneName', () => {
  it.each([
    ['Asia/Riyadh', 'ar', 'توقيت المملكة العربية السعودية'],
    ['Asia/Riyadh', 'en', 'Saudi Arabia Time'],
    ['Not/AZone', 'ar', 'Not/AZone'],
  ] as const)('%s in %s → %s', (zone, locale, name) => expect(timeZoneName(zone, locale)).toBe(name));
  it('is empty without a zone', () => expect(timeZoneName(undefined, 'ar')).toBe(''));
});
