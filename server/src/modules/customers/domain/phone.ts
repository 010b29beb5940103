import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

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

/** An E.164 number masked in its national form: `+966551234567` → `05•••••567`. */
export function maskE164(e164: string): string {
  try {
    const parsed = parsePhoneNumberFromString(e164);
    if (parsed) return maskPhone(parsed.formatNational());
  } catch {
    // falls through to the digits as they are
  }
  return maskPhone(e164);
}

/** Shows the first two and last three digits: `05•••••567` (SPEC A6). */
export function maskPhone(raw: string): string {
  const digits = toAsciiDigits(raw).replace(/\D/g, '');
  if (digits.length <= 5) return '•'.repeat(digits.length);
  return `${digits.slice(0, 2)}${'•'.repeat(digits.length - 5)}${digits.slice(-3)}`;
}

export function toAsciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}
