import type { Locale } from '../i18n';

// Gregorian with the Hijri (Umm al-Qura) date beside it. Plain `ar-SA` means Hijri,
// so the calendar is always named; plain `islamic` is a day off, so never that. Latin digits,
// like every other number on the page (amounts, ids, phone numbers), so one screen never mixes two.
const gregorianLocale: Record<Locale, string> = { ar: 'ar-SA-u-ca-gregory-nu-latn', en: 'en-GB' };
const hijriLocale: Record<Locale, string> = {
  ar: 'ar-SA-u-ca-islamic-umalqura-nu-latn',
  en: 'en-u-ca-islamic-umalqura',
};

export function formatGregorianDate(date: Date, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(gregorianLocale[locale], { dateStyle: 'full', timeZone }).format(date);
}

export function formatHijriDate(date: Date, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(hijriLocale[locale], { dateStyle: 'long', timeZone }).format(date);
}

/** A time zone as people name it (`توقيت المملكة العربية السعودية`, `Saudi Arabia Time`), not its IANA id. */
export function timeZoneName(timeZone: string | undefined, locale: Locale): string {
  if (!timeZone) return '';
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'shortGeneric' }).formatToParts(new Date());
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** A country by its name in the reader's language (`SA` → `المملكة العربية السعودية`); the code when unknown. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
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

// Amounts and counts use Latin digits in both languages (as phone numbers and ids do), and are
// shown inside <Ltr> so the currency sign and the digits keep their order in Arabic text.
const numberLocale: Record<Locale, string> = { ar: 'ar-SA-u-nu-latn', en: 'en-GB' };

/** Money with its currency (`1,500.00 ر.س.` / `SAR 1,500.00`); a bad currency code falls back to the bare number. */
export function formatMoney(amount: number, currency: string | null | undefined, locale: Locale): string {
  if (currency) {
    try {
      return new Intl.NumberFormat(numberLocale[locale], { style: 'currency', currency }).format(amount);
    } catch {
      // Not an ISO 4217 code: show the number and the code as written.
      return `${formatNumber(amount, locale, 2)} ${currency}`;
    }
  }
  return formatNumber(amount, locale, 2);
}

export function formatNumber(value: number, locale: Locale, fractionDigits?: number): string {
  return new Intl.NumberFormat(numberLocale[locale], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits ?? 3,
  }).format(value);
}

/** A calendar date `YYYY-MM-DD` (no time zone: it is the same day everywhere), Gregorian. */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  const date = calendarDate(isoDate);
  if (!date) return isoDate;
  return new Intl.DateTimeFormat(gregorianLocale[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The Hijri (Umm al-Qura) reading of a calendar date `YYYY-MM-DD`. */
export function formatCalendarDateHijri(isoDate: string, locale: Locale): string {
  const date = calendarDate(isoDate);
  if (!date) return '';
  return new Intl.DateTimeFormat(hijriLocale[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

function calendarDate(isoDate: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** File sizes for people: `12.5 MB`. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  // "47 بايت", "1.5 ميغابايت": the unit in the reader's language, the digits Latin.
  return new Intl.NumberFormat(numberLocale[locale], {
    style: 'unit',
    unit: units[unit],
    // Arabic's short forms are abbreviations few read ("م.ب"); the whole word is clearer.
    unitDisplay: locale === 'ar' ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** What separates the items of a list in running text: the Arabic comma in Arabic. */
export function listSeparator(locale: Locale): string {
  return locale === 'ar' ? '، ' : ', ';
}
