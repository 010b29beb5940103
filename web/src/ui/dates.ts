import dayjs from 'dayjs';
import ar from 'dayjs/locale/ar';
import type { Locale } from '../i18n';

// The date pickers' language: Arabic month and day names with Latin digits (dayjs's own Arabic
// turns every digit Arabic-Indic), the week from Sunday, Friday and Saturday the weekend.
// dayjs applies a locale's `postformat` (digits to ١٢٣) when it has one: this copy has none.
const {
  preparse: _preparse,
  postformat: _postformat,
  ...arabic
} = ar as typeof ar & {
  preparse?: unknown;
  postformat?: unknown;
};
dayjs.locale({ ...arabic, name: 'ar-latn', weekStart: 0 }, undefined, true);

export const pickerLocale: Record<Locale, string> = { ar: 'ar-latn', en: 'en' };
export const firstDayOfWeek = 0;
export const weekendDays: (0 | 1 | 2 | 3 | 4 | 5 | 6)[] = [5, 6];

const arabicMonths = 'يناير_فبراير_مارس_أبريل_مايو_يونيو_يوليو_أغسطس_سبتمبر_أكتوبر_نوفمبر_ديسمبر'.split('_');
const englishMonths = 'january_february_march_april_may_june_july_august_september_october_november_december'.split(
  '_',
);

function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1900 || year > 2199) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date as a person types it, to `YYYY-MM-DD`: ISO (`2026-12-05`), day first as the rows show it
 * (`5/12/2026`, `05-12-2026`), or with the month's name (`5 ديسمبر 2026`, `5 December 2026`), in
 * Latin or Arabic-Indic digits. Null when it is not a real day.
 */
export function parseDateText(text: string): string | null {
  const value = asciiDigits(text)
    .trim()
    .replace(/\u200f|\u200e/g, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(value);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+(\S+)\s*،?\s*(\d{4})$/.exec(value);
  if (m) {
    const name = m[2]!.toLowerCase();
    const month =
      arabicMonths.indexOf(name) + 1 || englishMonths.findIndex((n) => n.startsWith(name) && name.length >= 3) + 1;
    if (month > 0) return isoOf(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

const hijriMonthLocale: Record<Locale, string> = {
  ar: 'ar-SA-u-ca-islamic-umalqura-nu-latn',
  en: 'en-u-ca-islamic-umalqura',
};

/** The Hijri (Umm al-Qura) months a Gregorian month `YYYY-MM` spans: `جمادى الأولى – جمادى الآخرة 1448 هـ`. */
export function hijriMonthSpan(month: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return '';
  const first = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0));
  const format = new Intl.DateTimeFormat(hijriMonthLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const [a, b] = [format.format(first), format.format(last)];
  return a === b ? a : `${a} – ${b}`;
}
