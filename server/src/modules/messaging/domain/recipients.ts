import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

// SMS recipients: a number is accepted when it parses as a valid *mobile* number (or a
// number that may be mobile) for the country; landlines and garbage are `bad_recipient`.

export type RecipientCheck =
  { ok: true; e164: string } | { ok: false; reason: 'unparseable' | 'not_mobile'; message: string; message_ar: string };

export function normaliseMobile(raw: string, country = 'SA'): RecipientCheck {
  const text = toAsciiDigits(raw.trim())
    .replace(/[\s\-().]/g, '')
    .replace(/^00/, '+');
  let parsed;
  try {
    parsed = /^\+?\d{4,17}$/.test(text)
      ? parsePhoneNumberFromString(text, country.toUpperCase() as CountryCode)
      : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed || !parsed.isValid()) {
    return {
      ok: false,
      reason: 'unparseable',
      message: `“${raw}” is not a valid phone number.`,
      message_ar: `الرقم «${raw}» ليس رقم هاتف صحيحًا.`,
    };
  }
  const type = parsed.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') {
    return {
      ok: false,
      reason: 'not_mobile',
      message: `${parsed.number} is not a mobile number and cannot receive SMS.`,
      message_ar: `الرقم ${parsed.number} ليس رقم جوال ولا يستقبل الرسائل القصيرة.`,
    };
  }
  return { ok: true, e164: parsed.number };
}

function toAsciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}
