import { toAsciiDigits } from './phone.ts';

// Parsing of the text values of import files (SPEC §4). Each returns a value or null when
// the text is not of that kind; the importer turns null into a rejected row with a reason.

/** Digits after the decimal point in a currency (SAR 2, KWD 3, JPY 0). */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * An amount as an integer of minor units (halalas), never a binary float: "1,500.50" → 150050.
 * Arabic digits and separators (٫ decimal, ٬ thousands) are read too. Negative → null.
 */
export function parseAmountMinor(text: string, decimals: number): number | null {
  let t = toAsciiDigits(text.trim())
    .replace(/\u066b/g, '.')
    .replace(/[\u066c,\s]/g, '');
  if (t.startsWith('+')) t = t.slice(1);
  const m = /^(\d{1,13})(?:\.(\d+))?$/.exec(t);
  if (!m) return null;
  const fraction = m[2] ?? '';
  if (fraction.length > decimals && /[1-9]/.test(fraction.slice(decimals))) return null;
  const minor =
    BigInt(m[1]!) * 10n ** BigInt(decimals) + BigInt((fraction + '0'.repeat(decimals)).slice(0, decimals) || '0');
  return Number(minor);
}

/** Minor units back to the currency's units, for display and JSON (exact for ≤ 15 digits). */
export function minorToUnits(minor: number, decimals: number): number {
  return minor / 10 ** decimals;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export function parseIsoDate(text: string): string | null {
  const t = toAsciiDigits(text.trim());
  const m = isoDate.exec(t);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2200) return null;
  return t;
}

/** Excel's serial day number (1900 system) → `YYYY-MM-DD`. */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 150_000) return null;
  const ms = Math.round((serial - 25_569) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * An instant from ISO 8601: with an offset or `Z` as written; without one, as a wall-clock
 * time in the installation's time zone.
 */
export function parseInstant(text: string, timeZone: string): Date | null {
  const t = toAsciiDigits(text.trim()).replace(' ', 'T');
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (!m) return null;
  if (!parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return null;
  const ms = Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), h, mi, s, ms);
  const zone = m[8];
  if (zone === 'Z') return new Date(wall);
  if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    return new Date(wall - offset * 60_000);
  }
  return zonedWallTimeToInstant(wall, timeZone);
}

/** The instant at which the clocks of `timeZone` show the wall time `wall` (as UTC millis). */
export function zonedWallTimeToInstant(wall: number, timeZone: string): Date {
  let guess = wall - offsetMinutes(wall, timeZone) * 60_000;
  // A second pass settles times near a daylight-saving change.
  guess = wall - offsetMinutes(guess, timeZone) * 60_000;
  return new Date(guess);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The offset of `timeZone` from UTC at an instant, in minutes (Riyadh: +180). */
export function offsetMinutes(instant: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const truthy = new Set(['true', '1', 'yes', 'y', 'نعم']);
const falsy = new Set(['false', '0', 'no', 'n', 'لا']);

/** true/false (also 1/0, yes/no, نعم/لا); empty → the default; anything else → null. */
export function parseBoolean(text: string, empty: boolean): boolean | null {
  const t = toAsciiDigits(text.trim()).toLowerCase();
  if (t === '') return empty;
  if (truthy.has(t)) return true;
  if (falsy.has(t)) return false;
  return null;
}
