import { describe, expect, it } from 'vitest';
import { activeGroup, activeLink, navEntries, navLinks, type NavEntry } from './navigation';

/** The menu as `group: page, page` lines, to read at a glance. */
const outline = (entries: NavEntry[]) =>
  entries.map((e) => (e.kind === 'link' ? e.link.page : `${e.group}: ${e.links.map((l) => l.page).join(', ')}`));

describe('navEntries: the side menu by role', () => {
  it.each([
    [
      'admin (every page, four groups)',
      'admin',
      [],
      [
        'home',
        'collections: worklists, collectionsDay, dataCorrections',
        'serviceDesk: customers, tickets, inquiries, ticketReports, ticketSettings, surveys',
        'callCenter: workLists, telephonyLive, wallboard, escalations, calls, kpiReport, staffing',
        'marketing: offers, campaigns',
        'messaging: messageTemplates, outbox, inbox, smsProvider',
        'administration: imports, users, settings, callQueues, ivrMenus, callPhrases, audit, tokens',
        'profile',
      ],
    ],
    [
      'manager',
      'manager',
      [],
      [
        'home',
        'collections: worklists, collectionsDay, dataCorrections',
        'serviceDesk: customers, tickets, inquiries, ticketReports, ticketSettings, surveys',
        'callCenter: workLists, telephonyLive, wallboard, escalations, calls, kpiReport, staffing',
        'marketing: offers, campaigns',
        'messaging: messageTemplates, outbox, inbox, smsProvider',
        'administration: imports, users, settings, callQueues, ivrMenus, callPhrases, audit',
        'profile',
      ],
    ],
    [
      'supervisor (one administration page: shown alone)',
      'supervisor',
      [],
      [
        'home',
        'collections: worklists, collectionsDay, dataCorrections',
        'serviceDesk: customers, tickets, inquiries, ticketReports, ticketSettings, surveys',
        'callCenter: workLists, telephonyLive, wallboard, escalations, calls, kpiReport, staffing',
        'marketing: offers, campaigns',
        'messaging: messageTemplates, outbox, inbox',
        'imports',
        'profile',
      ],
    ],
    [
      'a collections and service agent',
      'agent',
      ['collections', 'service'],
      [
        'home',
        'myList',
        'serviceDesk: customers, tickets, inquiries, surveys',
        'callCenter: escalations, myCalls',
        'profile',
      ],
    ],
    [
      'a collections agent (no group of one)',
      'agent',
      ['collections'],
      ['home', 'myList', 'tickets', 'callCenter: escalations, myCalls', 'profile'],
    ],
    [
      'IT',
      'it',
      [],
      ['home', 'dataCorrections', 'serviceDesk: customers, tickets', 'smsProvider', 'imports', 'profile'],
    ],
    // Marketing browses no customers until campaigns bring their targets (issue 11, customer scope).
    [
      'marketing',
      'marketing',
      [],
      ['home', 'workLists', 'marketing: offers, campaigns', 'messageTemplates', 'profile'],
    ],
    [
      'a marketing agent (reads the offers, works My list)',
      'agent',
      ['marketing'],
      ['home', 'myList', 'tickets', 'callCenter: escalations, myCalls', 'offers', 'profile'],
    ],
    ['an unknown role', 'visitor', [], ['home', 'profile']],
  ])('%s', (_name, role, skills, expected) => {
    expect(outline(navEntries(role, skills))).toEqual(expected);
  });
});

describe('activeLink and activeGroup', () => {
  const admin = navEntries('admin');
  it.each([
    ['/', 'home', undefined],
    ['/tickets', 'tickets', 'serviceDesk'],
    ['/tickets/reports', 'ticketReports', 'serviceDesk'],
    ['/tickets/3f2a', 'tickets', 'serviceDesk'],
    ['/messaging/outbox', 'outbox', 'messaging'],
    ['/users', 'users', 'administration'],
    ['/telephony/live', 'telephonyLive', 'callCenter'],
    ['/staffing', 'staffing', 'callCenter'],
    ['/marketing/campaigns/3f2a', 'campaigns', 'marketing'],
    ['/profile', 'profile', undefined],
    ['/nowhere', undefined, undefined],
  ])('%s → %s in %s', (path, page, group) => {
    expect(activeLink(admin, path)?.page).toBe(page);
    expect(activeGroup(admin, path)).toBe(group);
  });

  it('lists every link once, in menu order', () => {
    const pages = navLinks(admin).map((l) => l.page);
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages[0]).toBe('home');
    expect(pages.at(-1)).toBe('profile');
  });
});
