import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

// Contact points (C2): a number is kept as written; E.164 and its real type are derived with
// libphonenumber's full metadata for the customer's country. A number that does not parse is
// data to correct, never a reason to reject a row.

export const phoneKinds = ['mobile', 'landline', 'work', 'home', 'fax'] as const;
export type PhoneKind = (typeof phoneKinds)[number];

export type NumberType = 'mobile' | 'fixed_line' | 'fixed_line_or_mobile' | 'toll_free' | 'voip' | 'other' | 'unknown';

export type ParsedPhone = {
  raw: string;
  e164: string | null;
  valid: boolean;
  numberType: NumberType;
};

export function parsePhone(raw: string, country: string): ParsedPhone {
  const text = raw.trim();
  const cleaned = toAsciiDigits(text).replace(/^00/, '+');
  let parsed;
  try {
    parsed = parsePhoneNumberFromString(cleaned, country.toUpperCase() as CountryCode);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !parsed.isValid()) {
    return { raw: text, e164: parsed?.number ?? null, valid: false, numberType: 'unknown' };
  }
  return { raw: text, e164: parsed.number, valid: true, numberType: mapType(parsed.getType()) };
}

function mapType(type: string | undefined): NumberType {
  switch (type) {
    case 'MOBILE':
      return 'mobile';
    case 'FIXED_LINE':
      return 'fixed_line';
    case 'FIXED_LINE_OR_MOBILE':
      return 'fixed_line_or_mobile';
    case 'TOLL_FREE':
      return 'toll_free';
    case 'VOIP':
      return 'voip';
    case undefined:
      return 'unknown';
    default:
      return 'other';
  }
}

/**
 * A *valid mobile* (used by collections): parses as a valid number for the customer's
 * country, of type mobile, and not flagged wrong by an agent.
 */
export function isValidMobile(
  phone: { valid: boolean; numberType: string; wrong: boolean; e164: string | null },
  country: string,
  e164Country?: string,
): boolean {
  if (!phone.valid || phone.wrong || !phone.e164) return false;
  if (phone.numberType !== 'mobile' && phone.numberType !== 'fixed_line_or_mobile') return false;
  return e164Country === undefined || e164Country === country.toUpperCase();
}

/** The country a number belongs to, from its E.164 form. */
export function countryOfE164(e164: string): string | undefined {
  try {
    return parsePhoneNumberFromString(e164)?.country;
  } catch {
    return undefined;
  }
}

/**
 * The digits to search by, for any way a person types a number: `0551234567`,
 * `+966 55 123 4567`, `00966551234567` and `٠٥٥١٢٣٤٥٦٧` all give `+966551234567`.
 */
export function phoneSearchKey(text: string, country: string): string | null {
  const digits = toAsciiDigits(text).replace(/[\s\-().]/g, '');
  if (!/^\+?\d{6,16}$/.test(digits)) return null;
  return parsePhone(digits, country).e164;
}

/**
 * Every phone number the app shows masked, one way (SPEC A6): its national form, the first two
 * and the last three digits — `+966551234567`, `966551234567`, `00966551234567` and `0551234567`
 * all show as `05•••••567`, a foreign number in its own country's national form. A number that
 * does not parse at all keeps its digits as written (it is flagged invalid wherever it is listed).
 */
export function maskPhone(raw: string, country = 'SA'): string {
  const digits = nationalDigits(raw, country);
  if (digits.length <= 5) return '•'.repeat(digits.length);
  return `${digits.slice(0, 2)}${'•'.repeat(digits.length - 5)}${digits.slice(-3)}`;
}

function nationalDigits(raw: string, country: string): string {
  const written = toAsciiDigits(raw).replace(/\D/g, '');
  const region = country.toUpperCase() as CountryCode;
  try {
    for (const text of [toAsciiDigits(raw.trim()).replace(/^00/, '+'), `+${written}`]) {
      const parsed = parsePhoneNumberFromString(text, region);
      if (parsed?.isValid()) return parsed.formatNational().replace(/\D/g, '');
    }
    // Not a valid number: its digits as written, an international prefix of the customer's
    // country read as the trunk zero (`+96650123` → `050123`), as a person would dial it.
    const code = getCountryCallingCode(region);
    const international = new RegExp(`^(?:\\+|00)?${code}`);
    if (/^\s*(?:\+|00)/.test(raw) || written.length > 10) return written.replace(international, '0');
  } catch {
    // an unknown country: the digits as written
  }
  return written;
}

export function toAsciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}
