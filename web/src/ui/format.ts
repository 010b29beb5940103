import type { Locale } from '../i18n';

// Gregorian with the Hijri (Umm al-Qura) date beside it. Plain `ar-SA` means Hijri,
// so the calendar is always named; plain `islamic` is a day off, so never that.
const gregorianLocale: Record<Locale, string> = { ar: 'ar-SA-u-ca-gregory', en: 'en-GB' };
const hijriLocale: Record<Locale, string> = { ar: 'ar-SA-u-ca-islamic-umalqura', en: 'en-u-ca-islamic-umalqura' };

export function formatGregorianDate(date: Date, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(gregorianLocale[locale], { dateStyle: 'full', timeZone }).format(date);
}

export function formatHijriDate(date: Date, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(hijriLocale[locale], { dateStyle: 'long', timeZone }).format(date);
}

/** A timestamp from the API, Gregorian, to the minute. */
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(gregorianLocale[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}
