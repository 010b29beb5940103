// How a list's channel reaches a customer (SPEC C2, L1): the numbers to use, or why the customer
// is left out. The same rules as the SQL of a filter list (list-building.repository.ts).

export type ReachPhone = { kind: string; e164: string | null; valid: boolean; numberType: string; wrong: boolean };
export type ReachContact = { smsOptOut: boolean; doNotCall: boolean; phones: ReachPhone[]; emails: string[] };

export const exclusionReasons = [
  'do_not_call',
  'sms_opt_out',
  'no_usable_number',
  'no_valid_mobile',
  'no_email',
  'unsubscribed',
] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

export type Reach = { phones: string[]; excluded: null } | { phones: []; excluded: ExclusionReason };

/** Phone order for a person's call: mobile first, then landline, work, home. */
export const phoneKindOrder = ['mobile', 'landline', 'work', 'home'] as const;

const usable = (p: ReachPhone) => p.valid && !p.wrong && p.e164 !== null;
export const isValidMobileOnFile = (p: ReachPhone) =>
  p.kind === 'mobile' && usable(p) && (p.numberType === 'mobile' || p.numberType === 'fixed_line_or_mobile');

/** The numbers (E.164) a list's item uses for the customer, or the reason the customer is left out. */
export function channelReach(
  contact: ReachContact,
  channel: string,
  opts: { unsubscribed?: (address: string) => boolean } = {},
): Reach {
  const out = (excluded: ExclusionReason): Reach => ({ phones: [], excluded });
  if (channel === 'phone') {
    if (contact.doNotCall) return out('do_not_call');
    const phones = contact.phones
      .filter((p) => usable(p) && (phoneKindOrder as readonly string[]).includes(p.kind))
      .sort((a, b) => phoneKindOrder.indexOf(a.kind as 'mobile') - phoneKindOrder.indexOf(b.kind as 'mobile'))
      .map((p) => p.e164!);
    const unique = [...new Set(phones)];
    return unique.length > 0 ? { phones: unique, excluded: null } : out('no_usable_number');
  }
  if (channel === 'sms') {
    if (contact.smsOptOut) return out('sms_opt_out');
    const mobile = contact.phones.find(isValidMobileOnFile);
    return mobile ? { phones: [mobile.e164!], excluded: null } : out('no_valid_mobile');
  }
  const emails = contact.emails.map((e) => e.trim().toLowerCase()).filter((e) => e.includes('@'));
  if (emails.length === 0) return out('no_email');
  if (opts.unsubscribed && emails.every((e) => opts.unsubscribed!(e))) return out('unsubscribed');
  return { phones: [], excluded: null };
}
