// Who is invited automatically (Q3): a sample of the contacts, never the same customer twice
// within the cool-down (30 days by default, whatever survey invited him or her), never a
// customer who asked not to be contacted; SMS when the customer has a mobile and did not opt
// out of SMS, otherwise email.

export type Eligibility = {
  /** The contact (`ticket:…:closedAt`, `call:…`): the same contact is always sampled the same way. */
  sampleKey: string;
  samplingPercent: number;
  cooldownDays: number;
  lastInvitedAt: Date | null;
  now: Date;
  doNotContact: boolean;
  smsOptOut: boolean;
  mobile: string | null;
  email: string | null;
};

export type Decision =
  | { invite: true; channel: 'sms'; to: string }
  | { invite: true; channel: 'email'; to: string }
  | { invite: false; reason: 'not_sampled' | 'cooldown' | 'do_not_contact' | 'no_address' };

/** FNV-1a of the key, as a bucket 0–99: stable across runs and machines. */
export function sampleBucket(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 100;
}

export function isSampled(key: string, percent: number): boolean {
  if (percent >= 100) return true;
  if (percent <= 0) return false;
  return sampleBucket(key) < percent;
}

export function inCooldown(lastInvitedAt: Date | null, now: Date, days: number): boolean {
  if (!lastInvitedAt || days <= 0) return false;
  return now.getTime() - lastInvitedAt.getTime() < days * 86_400_000;
}

export function decideInvitation(e: Eligibility): Decision {
  if (e.doNotContact) return { invite: false, reason: 'do_not_contact' };
  if (inCooldown(e.lastInvitedAt, e.now, e.cooldownDays)) return { invite: false, reason: 'cooldown' };
  if (!isSampled(e.sampleKey, e.samplingPercent)) return { invite: false, reason: 'not_sampled' };
  if (e.mobile && !e.smsOptOut) return { invite: true, channel: 'sms', to: e.mobile };
  if (e.email) return { invite: true, channel: 'email', to: e.email };
  return { invite: false, reason: 'no_address' };
}
