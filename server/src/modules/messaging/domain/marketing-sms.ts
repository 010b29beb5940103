import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { sendingWindow, type WindowDecision } from './sending-window.ts';

// Marketing SMS under each country's rules (issue 16): a sender marked as advertising (Saudi
// Arabia `…-AD`, UAE `AD-…`, Jordan `adv…`) and the local hours, weekend and holidays in which
// advertising may reach a phone. The rules are a setting (`marketing_sms_rules`); a number of a
// country without a rule follows the installation's calling window and sender.

export type MarketingSmsRule = {
  /** ISO 3166-1 alpha-2, e.g. SA. */
  country: string;
  timezone: string;
  window: { start: string; end: string };
  /** Lower-case three-letter weekdays on which no marketing SMS goes. */
  weekend: readonly string[];
  holidays: readonly { date: string; name?: string }[];
  sender_prefix: string;
  sender_suffix: string;
  /** The sender registered for this country; empty: the general sender with the prefix and suffix. */
  sender: string;
};

/** An alphanumeric sender id as networks carry it: at most 11 characters of this set. */
const SENDER_ID = /^[A-Za-z0-9 ._&-]{1,11}$/;

export type SenderDecision =
  { ok: true; sender: string } | { ok: false; code: 'sender_not_compliant'; message: string; message_ar: string };

/** The country of an E.164 number (libphonenumber metadata), or undefined. */
export function countryOfNumber(e164: string): string | undefined {
  try {
    return parsePhoneNumberFromString(e164)?.country;
  } catch {
    return undefined;
  }
}

export function ruleFor(country: string | undefined, rules: readonly MarketingSmsRule[]): MarketingSmsRule | undefined {
  if (!country) return undefined;
  return rules.find((r) => r.country.toUpperCase() === country.toUpperCase());
}

/** The sender a marketing SMS to this country must carry, or why there is none. */
export function marketingSender(baseSender: string, rule: MarketingSmsRule): SenderDecision {
  const marked = (s: string) => s.startsWith(rule.sender_prefix) && s.endsWith(rule.sender_suffix);
  let sender: string;
  if (rule.sender.trim() !== '') {
    sender = rule.sender.trim();
  } else {
    const base = baseSender.trim();
    sender = marked(base) ? base : `${rule.sender_prefix}${base}${rule.sender_suffix}`;
  }
  const affix = [
    rule.sender_prefix && `“${rule.sender_prefix}” first`,
    rule.sender_suffix && `“${rule.sender_suffix}” last`,
  ]
    .filter(Boolean)
    .join(' and ');
  const affixAr = [
    rule.sender_prefix && `«${rule.sender_prefix}» في أوله`,
    rule.sender_suffix && `«${rule.sender_suffix}» في آخره`,
  ]
    .filter(Boolean)
    .join(' و');
  if (!marked(sender)) {
    return {
      ok: false,
      code: 'sender_not_compliant',
      message: `The marketing sender for ${rule.country} must carry ${affix}; “${sender}” does not.`,
      message_ar: `يجب أن يحمل مرسل الرسائل التسويقية إلى ${rule.country} ${affixAr}، والمرسل «${sender}» لا يحمله.`,
    };
  }
  if (!SENDER_ID.test(sender)) {
    return {
      ok: false,
      code: 'sender_not_compliant',
      message: `The marketing sender for ${rule.country} would be “${sender}”: a sender id is at most 11 Latin letters, digits, space, dot, dash.`,
      message_ar: `سيكون مرسل الرسائل التسويقية إلى ${rule.country} «${sender}»، واسم المرسل 11 حرفًا لاتينيًا أو رقمًا على الأكثر.`,
    };
  }
  return { ok: true, sender };
}

/** Whether a marketing SMS may reach a phone of the rule's country at `now`, else when it may. */
export function marketingWindow(now: Date, rule: MarketingSmsRule): WindowDecision {
  return sendingWindow(now, {
    timezone: rule.timezone,
    window: rule.window,
    weekend: rule.weekend,
    holidays: rule.holidays,
  });
}
