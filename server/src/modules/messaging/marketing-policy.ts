import type { DbOrTx } from '../../db/client.ts';
import type { Settings } from '../settings/index.ts';
import {
  countryOfNumber,
  marketingSender,
  marketingWindow,
  ruleFor,
  type MarketingSmsRule,
} from './domain/marketing-sms.ts';
import {
  findBounced,
  findSmsOptedOut,
  findUnsubscribed,
  type ClaimedMessage,
  type FailureUpdate,
  type Hold,
} from './messaging.repository.ts';

// What the outbox applies to every message whose purpose is `marketing` (issue 16), at enqueue
// and again at sending: the recipient's opt-out (separate from service messages), a bounced
// address, and for SMS the country's sender mark and hours. Service messages are not touched.

export const MARKETING = 'marketing';

export type Refused = { code: string; message: string; message_ar: string };

export const refusals = {
  smsOptedOut: {
    code: 'marketing_opted_out',
    message: 'This number opted out of marketing SMS.',
    message_ar: 'طلب صاحب هذا الرقم إيقاف الرسائل التسويقية.',
  },
  unsubscribed: {
    code: 'unsubscribed',
    message: 'This address unsubscribed from marketing email.',
    message_ar: 'ألغى صاحب هذا العنوان اشتراكه في الرسائل التسويقية.',
  },
  bounced: {
    code: 'email_bounced',
    message: 'Mail to this address bounced (permanent failure); marketing email is not sent to it.',
    message_ar: 'ارتدّ البريد المرسل إلى هذا العنوان (فشل دائم)؛ لا تُرسل إليه رسائل تسويقية.',
  },
} satisfies Record<string, Refused>;

export type SmsMarketingDecision =
  | { ok: false; refusal: Refused }
  | {
      ok: true;
      country: string | null;
      sender: string;
      /** Set when the country's hours, weekend or holiday close the window now. */
      hold?: { reason: 'hours' | 'weekend' | 'holiday'; until: Date };
    };

export function smsMarketingDecision(
  now: Date,
  e164: string,
  fallbackCountry: string | undefined,
  settings: Pick<Settings, 'marketing_sms_rules' | 'sms_sender'>,
  optedOut: Set<string>,
): SmsMarketingDecision {
  if (optedOut.has(e164)) return { ok: false, refusal: refusals.smsOptedOut };
  const country = countryOfNumber(e164) ?? fallbackCountry?.toUpperCase();
  const rule = ruleFor(country, settings.marketing_sms_rules as MarketingSmsRule[]);
  if (!rule) return { ok: true, country: country ?? null, sender: settings.sms_sender };
  const sender = marketingSender(settings.sms_sender, rule);
  if (!sender.ok) return { ok: false, refusal: sender };
  const window = marketingWindow(now, rule);
  return {
    ok: true,
    country: rule.country,
    sender: sender.sender,
    ...(window.open ? {} : { hold: { reason: window.reason, until: window.nextOpenAt } }),
  };
}

export function holdDetail(country: string, reason: string, until: Date): string {
  return `marketing ${reason} of ${country}: may go at ${until.toISOString()}`;
}

/** The marketing email addresses among `addresses` that must not get marketing mail, with why. */
export async function blockedAddresses(db: DbOrTx, addresses: string[]): Promise<Map<string, Refused>> {
  const [unsubscribed, bounced] = await Promise.all([findUnsubscribed(db, addresses), findBounced(db, addresses)]);
  const blocked = new Map<string, Refused>();
  for (const a of bounced) blocked.set(a, refusals.bounced);
  for (const a of unsubscribed) blocked.set(a, refusals.unsubscribed);
  return blocked;
}

/**
 * The check at sending of claimed marketing messages: those to go (with the sender their
 * country requires now), those held until their window opens, and those refused (an opt-out
 * or bounce recorded after enqueue, a sender that the rules no longer allow).
 */
export async function checkClaimedMarketing(
  db: DbOrTx,
  claimed: ClaimedMessage[],
  now: Date,
  settings: Pick<Settings, 'marketing_sms_rules' | 'sms_sender'>,
): Promise<{ send: ClaimedMessage[]; holds: Hold[]; refused: FailureUpdate[] }> {
  const marketing = claimed.filter((m) => m.purpose === MARKETING);
  if (marketing.length === 0) return { send: claimed, holds: [], refused: [] };
  const smsNumbers = marketing.filter((m) => m.channel === 'sms').map((m) => m.recipient);
  const emails = marketing.filter((m) => m.channel === 'email').map((m) => m.recipient);
  const [optedOut, blocked] = await Promise.all([findSmsOptedOut(db, smsNumbers), blockedAddresses(db, emails)]);
  const send: ClaimedMessage[] = [];
  const holds: Hold[] = [];
  const refused: FailureUpdate[] = [];
  const refuse = (m: ClaimedMessage, r: Refused) =>
    refused.push({ id: m.id, status: 'failed', notBefore: null, error: r.message, errorClass: r.code });
  for (const m of claimed) {
    if (m.purpose !== MARKETING) {
      send.push(m);
    } else if (m.channel === 'email') {
      const block = blocked.get(m.recipient);
      if (block) refuse(m, block);
      else send.push(m);
    } else {
      const decision = smsMarketingDecision(now, m.recipient, m.country ?? undefined, settings, optedOut);
      if (!decision.ok) refuse(m, decision.refusal);
      else if (decision.hold) {
        holds.push({
          id: m.id,
          notBefore: decision.hold.until,
          reason: decision.hold.reason,
          detail: holdDetail(decision.country ?? '', decision.hold.reason, decision.hold.until),
        });
      } else send.push({ ...m, sender: decision.sender });
    }
  }
  return { send, holds, refused };
}
