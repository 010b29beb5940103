import { describe, expect, it } from 'vitest';
import { checkTransfer, routeNewTicket, type GroupInfo } from './routing.ts';

// The seeded groups: Key Accounts only in Saudi Arabia and the Emirates.
const everywhere = ['SA', 'AE', 'EG', 'KW'];
const groups: GroupInfo[] = [
  { code: 'key_accounts', countries: ['SA', 'AE'], active: true },
  { code: 'tracking', countries: everywhere, active: true },
  { code: 'customer_care', countries: everywhere, active: true },
  { code: 'operations', countries: everywhere, active: true },
  { code: 'retail_sales', countries: ['SA'], active: true },
  { code: 'it', countries: ['SA'], active: true },
];

describe('routeNewTicket', () => {
  it.each([
    ['Saudi key customer → Key Accounts', true, 'SA', 'service_failure', groups, 'key_accounts'],
    ['Emirati key customer → Key Accounts', true, 'AE', 'complaint', groups, 'key_accounts'],
    ['Egyptian key customer (no Key Accounts there) → Tracking', true, 'EG', 'address_change', groups, 'tracking'],
    [
      'Key Accounts switched off → Tracking',
      true,
      'SA',
      'claim',
      groups.map((g) => (g.code === 'key_accounts' ? { ...g, active: false } : g)),
      'tracking',
    ],
    ['data correction of a key customer → IT', true, 'SA', 'data_correction', groups, 'it'],
    ['data correction for a country IT does not list → still IT', false, 'EG', 'data_correction', groups, 'it'],
    ['ordinary customer, claim → Customer Care', false, 'SA', 'claim', groups, 'customer_care'],
    ['ordinary customer, service failure → Tracking', false, 'SA', 'service_failure', groups, 'tracking'],
    ['ordinary Egyptian customer, inquiry → Customer Care', false, 'EG', 'inquiry', groups, 'customer_care'],
  ] as const)('%s', (_name, keyAccount, country, category, table, expected) => {
    expect(routeNewTicket({ keyAccount, country }, category, table)).toEqual({ ok: true, group: expected });
  });

  it('a key customer in a country with neither group is refused, naming Tracking', () => {
    expect(routeNewTicket({ keyAccount: true, country: 'US' }, 'complaint', groups)).toEqual({
      ok: false,
      reason: 'no_group_in_country',
      tried: 'tracking',
    });
  });
});

describe('checkTransfer', () => {
  it.each([
    ['Key Accounts hands off to Operations', 'key_accounts', 'SA', 'operations', { ok: true }],
    [
      'Operations cannot bounce it back to Key Accounts',
      'operations',
      'SA',
      'key_accounts',
      { ok: false, reason: 'never_back_to_key_accounts' },
    ],
    [
      'nor can a group that never had it from Key Accounts',
      'tracking',
      'EG',
      'key_accounts',
      { ok: false, reason: 'never_back_to_key_accounts' },
    ],
    ['to the same group', 'operations', 'SA', 'operations', { ok: false, reason: 'same_group' }],
    ['to an unknown group', 'operations', 'SA', 'legal', { ok: false, reason: 'unknown_group' }],
    [
      'to a group that does not serve the country',
      'tracking',
      'EG',
      'retail_sales',
      { ok: false, reason: 'not_in_country' },
    ],
    ['IT serves every country', 'tracking', 'EG', 'it', { ok: true }],
  ])('%s', (_name, from, country, to, expected) => {
    expect(checkTransfer({ group: from, country }, to, groups)).toEqual(expected);
  });
});
