import type { TicketCategory } from './categories.ts';

// Routing of new tickets and hand-offs (seed 001): a key-account customer's ticket goes to the
// Key Accounts group of the customer's country, or to that country's Tracking group where there
// is none; a ticket may be handed to another group but never back to Key Accounts.

export const groupCodes = ['key_accounts', 'tracking', 'customer_care', 'operations', 'retail_sales', 'it'] as const;
export const KEY_ACCOUNTS = 'key_accounts';

export type GroupInfo = { code: string; countries: readonly string[]; active: boolean };

/** Where a category goes for an ordinary customer (and for a key customer who asks for no group). */
const defaultGroupOf: Record<TicketCategory, string> = {
  service_failure: 'tracking',
  address_change: 'tracking',
  advance_notice: 'tracking',
  claim: 'customer_care',
  inquiry: 'customer_care',
  complaint: 'customer_care',
  data_correction: 'it',
};

export type RouteResult = { ok: true; group: string } | { ok: false; reason: 'no_group_in_country'; tried: string };

export function existsIn(group: GroupInfo | undefined, country: string): group is GroupInfo {
  return Boolean(group && group.active && group.countries.includes(country));
}

/** The group a new ticket is opened in. IT works for every country: data corrections always go there. */
export function routeNewTicket(
  customer: { keyAccount: boolean; country: string },
  category: TicketCategory,
  groups: readonly GroupInfo[],
): RouteResult {
  const byCode = new Map(groups.map((g) => [g.code, g]));
  if (category === 'data_correction') {
    return byCode.get('it')?.active
      ? { ok: true, group: 'it' }
      : { ok: false, reason: 'no_group_in_country', tried: 'it' };
  }
  if (customer.keyAccount) {
    if (existsIn(byCode.get(KEY_ACCOUNTS), customer.country)) return { ok: true, group: KEY_ACCOUNTS };
    if (existsIn(byCode.get('tracking'), customer.country)) return { ok: true, group: 'tracking' };
    return { ok: false, reason: 'no_group_in_country', tried: 'tracking' };
  }
  const wanted = defaultGroupOf[category];
  if (existsIn(byCode.get(wanted), customer.country)) return { ok: true, group: wanted };
  if (existsIn(byCode.get('customer_care'), customer.country)) return { ok: true, group: 'customer_care' };
  return { ok: false, reason: 'no_group_in_country', tried: wanted };
}

export type TransferCheck =
  | { ok: true }
  | { ok: false; reason: 'unknown_group' | 'not_in_country' | 'never_back_to_key_accounts' | 'same_group' };

/** Whether a ticket in group `from` may be handed to `to`. */
export function checkTransfer(
  ticket: { group: string; country: string },
  to: string,
  groups: readonly GroupInfo[],
): TransferCheck {
  const target = groups.find((g) => g.code === to);
  if (!target) return { ok: false, reason: 'unknown_group' };
  if (to === KEY_ACCOUNTS) return { ok: false, reason: 'never_back_to_key_accounts' };
  if (to === ticket.group) return { ok: false, reason: 'same_group' };
  if (to !== 'it' && !existsIn(target, ticket.country)) return { ok: false, reason: 'not_in_country' };
  return { ok: true };
}
