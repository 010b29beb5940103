import { canOpen, type Page } from './access';

// The side menu as a call-center user reads it: the home page, then one group per line of work
// (collections, the service desk, the contact center, messaging, administration), then the user's own profile.
// Each link shows to the roles that may open its page (access.ts); a group shows when one of its
// links does, and a group left with a single link is shown as that link alone.

export type NavGroup = 'collections' | 'serviceDesk' | 'callCenter' | 'marketing' | 'messaging' | 'administration';

export type NavPath =
  | '/'
  | '/my-list'
  | '/worklists'
  | '/work-lists'
  | '/collections'
  | '/data-corrections'
  | '/customers'
  | '/imports'
  | '/users'
  | '/settings'
  | '/audit'
  | '/api-tokens'
  | '/messaging/templates'
  | '/messaging/outbox'
  | '/messaging/provider'
  | '/messaging/inbox'
  | '/tickets'
  | '/tickets/reports'
  | '/tickets/settings'
  | '/inquiries'
  | '/calls'
  | '/my-calls'
  | '/telephony/queues'
  | '/telephony/ivr'
  | '/telephony/phrases'
  | '/telephony/live'
  | '/escalations'
  | '/kpi'
  | '/staffing'
  | '/wallboard'
  | '/surveys'
  | '/marketing/offers'
  | '/marketing/campaigns'
  | '/profile';

export type NavLinkEntry = { page: Page; to: NavPath };
export type NavEntry = { kind: 'link'; link: NavLinkEntry } | { kind: 'group'; group: NavGroup; links: NavLinkEntry[] };

const menu: ({ group: NavGroup; links: NavLinkEntry[] } | NavLinkEntry)[] = [
  { page: 'home', to: '/' },
  {
    group: 'collections',
    links: [
      { page: 'myList', to: '/my-list' },
      { page: 'worklists', to: '/worklists' },
      { page: 'collectionsDay', to: '/collections' },
      { page: 'dataCorrections', to: '/data-corrections' },
    ],
  },
  {
    group: 'serviceDesk',
    links: [
      { page: 'customers', to: '/customers' },
      { page: 'tickets', to: '/tickets' },
      { page: 'inquiries', to: '/inquiries' },
      { page: 'ticketReports', to: '/tickets/reports' },
      { page: 'ticketSettings', to: '/tickets/settings' },
      { page: 'surveys', to: '/surveys' },
    ],
  },
  {
    group: 'callCenter',
    links: [
      { page: 'workLists', to: '/work-lists' },
      { page: 'telephonyLive', to: '/telephony/live' },
      { page: 'wallboard', to: '/wallboard' },
      { page: 'escalations', to: '/escalations' },
      { page: 'calls', to: '/calls' },
      { page: 'myCalls', to: '/my-calls' },
      { page: 'kpiReport', to: '/kpi' },
      { page: 'staffing', to: '/staffing' },
    ],
  },
  {
    group: 'marketing',
    links: [
      { page: 'offers', to: '/marketing/offers' },
      { page: 'campaigns', to: '/marketing/campaigns' },
    ],
  },
  {
    group: 'messaging',
    links: [
      { page: 'messageTemplates', to: '/messaging/templates' },
      { page: 'outbox', to: '/messaging/outbox' },
      { page: 'inbox', to: '/messaging/inbox' },
      { page: 'smsProvider', to: '/messaging/provider' },
    ],
  },
  {
    group: 'administration',
    links: [
      { page: 'imports', to: '/imports' },
      { page: 'users', to: '/users' },
      { page: 'settings', to: '/settings' },
      { page: 'callQueues', to: '/telephony/queues' },
      { page: 'ivrMenus', to: '/telephony/ivr' },
      { page: 'callPhrases', to: '/telephony/phrases' },
      { page: 'audit', to: '/audit' },
      { page: 'tokens', to: '/api-tokens' },
    ],
  },
  { page: 'profile', to: '/profile' },
];

/** The menu a user sees: only the pages the role (and an agent's skills) may open. */
export function navEntries(role: string, skills: readonly string[] = []): NavEntry[] {
  const entries: NavEntry[] = [];
  for (const entry of menu) {
    if (!('group' in entry)) {
      if (canOpen(entry.page, role, skills)) entries.push({ kind: 'link', link: entry });
      continue;
    }
    const links = entry.links.filter((link) => canOpen(link.page, role, skills));
    if (links.length === 1) entries.push({ kind: 'link', link: links[0]! });
    else if (links.length > 1) entries.push({ kind: 'group', group: entry.group, links });
  }
  return entries;
}

/** The links of the menu in order, groups opened. */
export function navLinks(entries: NavEntry[]): NavLinkEntry[] {
  return entries.flatMap((entry) => (entry.kind === 'link' ? [entry.link] : entry.links));
}

/** The current link: the longest path the page is at or under (/tickets/reports is not also /tickets). */
export function activeLink(entries: NavEntry[], pathname: string): NavLinkEntry | undefined {
  return navLinks(entries)
    .filter(({ to }) => (to === '/' ? pathname === to : pathname === to || pathname.startsWith(`${to}/`)))
    .sort((a, b) => b.to.length - a.to.length)[0];
}

/** The group the current page belongs to (open whatever the user collapsed). */
export function activeGroup(entries: NavEntry[], pathname: string): NavGroup | undefined {
  const active = activeLink(entries, pathname);
  if (!active) return undefined;
  for (const entry of entries) if (entry.kind === 'group' && entry.links.includes(active)) return entry.group;
  return undefined;
}
