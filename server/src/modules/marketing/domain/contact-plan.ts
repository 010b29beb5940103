// Who is contacted on which channel (M1): once per campaign across its channels, unless the
// manager allows repeats; do-not-call and opt-outs respected on every channel.

export const campaignChannels = ['phone', 'sms', 'email'] as const;
export type CampaignChannel = (typeof campaignChannels)[number];

export type Reachability = {
  customerId: string;
  /** Asked not to be contacted: no channel at all (as the surveys treat it). */
  doNotCall: boolean;
  smsOptOut: boolean;
  hasPhone: boolean;
  hasMobile: boolean;
  hasEmail: boolean;
};

export type PlannedContact = { customerId: string; channel: CampaignChannel };
export type Skipped = { customerId: string; reason: 'do_not_call' | 'no_channel' | 'already_contacted' };

function usable(r: Reachability, channel: CampaignChannel): boolean {
  if (r.doNotCall) return false;
  if (channel === 'phone') return r.hasPhone;
  if (channel === 'sms') return r.hasMobile && !r.smsOptOut;
  return r.hasEmail;
}

/**
 * The contacts to make. Channels are tried in the campaign's order: without repeats a customer
 * gets the first usable one, with repeats every usable one. `already` holds the channels a
 * customer was already given in this campaign (a relaunch adds nothing twice).
 */
export function planContacts(
  customers: readonly Reachability[],
  channels: readonly CampaignChannel[],
  allowRepeats: boolean,
  already: ReadonlyMap<string, ReadonlySet<CampaignChannel>> = new Map(),
): { contacts: PlannedContact[]; skipped: Skipped[] } {
  const contacts: PlannedContact[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  for (const r of customers) {
    if (seen.has(r.customerId)) continue;
    seen.add(r.customerId);
    const done = already.get(r.customerId) ?? new Set<CampaignChannel>();
    if (r.doNotCall) {
      skipped.push({ customerId: r.customerId, reason: 'do_not_call' });
      continue;
    }
    if (!allowRepeats && done.size > 0) {
      skipped.push({ customerId: r.customerId, reason: 'already_contacted' });
      continue;
    }
    const open = channels.filter((c) => usable(r, c));
    if (open.length === 0) {
      skipped.push({ customerId: r.customerId, reason: 'no_channel' });
      continue;
    }
    const chosen = (allowRepeats ? open : open.slice(0, 1)).filter((c) => !done.has(c));
    if (chosen.length === 0) skipped.push({ customerId: r.customerId, reason: 'already_contacted' });
    for (const channel of chosen) contacts.push({ customerId: r.customerId, channel });
  }
  return { contacts, skipped };
}

export const campaignStatuses = ['draft', 'running', 'paused', 'ended'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

const moves: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ['running', 'ended'],
  running: ['paused', 'ended'],
  paused: ['running', 'ended'],
  ended: [],
};

/** The campaign's lifecycle: draft → running ⇄ paused → ended. */
export function canMove(from: CampaignStatus, to: CampaignStatus): boolean {
  return moves[from].includes(to);
}
