import { NavLink, Stack, type NavLinkProps } from '@mantine/core';
import {
  IconAddressBook,
  IconAdjustmentsHorizontal,
  IconCalendarStats,
  IconChecklist,
  IconChevronRight,
  IconFileImport,
  IconHeadset,
  IconHistory,
  IconHome,
  IconKey,
  IconListCheck,
  IconMailbox,
  IconMessage2Cog,
  IconPhoneCall,
  IconReportAnalytics,
  IconSend,
  IconTemplate,
  IconTicket,
  IconSettings,
  IconUserCircle,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { createLink, useRouterState } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { canOpen, type Page } from '../../../app/access';
import { useSession } from '../../auth/api/session';

function NavAnchor(props: NavLinkProps & ComponentPropsWithRef<'a'>) {
  return <NavLink component="a" {...props} />;
}
const RouterNavLink = createLink(NavAnchor);

type Item = {
  page: Page;
  to:
    | '/'
    | '/my-list'
    | '/worklists'
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
    | '/profile';
  icon: Icon;
};

// Only modules that exist are listed; each shows to the roles that may open it.
const items: Item[] = [
  { page: 'home', to: '/', icon: IconHome },
  { page: 'myList', to: '/my-list', icon: IconPhoneCall },
  { page: 'worklists', to: '/worklists', icon: IconListCheck },
  { page: 'collectionsDay', to: '/collections', icon: IconCalendarStats },
  { page: 'dataCorrections', to: '/data-corrections', icon: IconChecklist },
  { page: 'customers', to: '/customers', icon: IconAddressBook },
  { page: 'tickets', to: '/tickets', icon: IconTicket },
  { page: 'inquiries', to: '/inquiries', icon: IconHeadset },
  { page: 'ticketReports', to: '/tickets/reports', icon: IconReportAnalytics },
  { page: 'ticketSettings', to: '/tickets/settings', icon: IconAdjustmentsHorizontal },
  { page: 'imports', to: '/imports', icon: IconFileImport },
  { page: 'messageTemplates', to: '/messaging/templates', icon: IconTemplate },
  { page: 'outbox', to: '/messaging/outbox', icon: IconSend },
  { page: 'inbox', to: '/messaging/inbox', icon: IconMailbox },
  { page: 'smsProvider', to: '/messaging/provider', icon: IconMessage2Cog },
  { page: 'users', to: '/users', icon: IconUsers },
  { page: 'settings', to: '/settings', icon: IconSettings },
  { page: 'audit', to: '/audit', icon: IconHistory },
  { page: 'tokens', to: '/api-tokens', icon: IconKey },
  { page: 'profile', to: '/profile', icon: IconUserCircle },
];

export function MainNav() {
  const { t } = useTranslation();
  const { user } = useSession();
  const pathname = useRouterState({ select: (state) => state.location.pathname });

  const visible = items.filter((item) => canOpen(item.page, user.role, user.skills));
  // The longest matching link is the active one (/tickets/reports is not also /tickets).
  const activeTo = visible
    .map((item) => item.to)
    .filter((to) => (to === '/' ? pathname === to : pathname === to || pathname.startsWith(`${to}/`)))
    .sort((a, b) => b.length - a.length)[0];

  return (
    <Stack gap={4}>
      {visible.map(({ page, to, icon: ItemIcon }) => (
        <RouterNavLink
          key={page}
          to={to}
          label={t(`nav.${page}`)}
          active={to === activeTo}
          // The router's own fuzzy match would also mark /tickets current on /tickets/settings.
          activeOptions={{ exact: true }}
          leftSection={<ItemIcon size={20} stroke={1.6} />}
          rightSection={<IconChevronRight size={14} className="mantine-rotate-rtl" />}
          variant="light"
          data-nav={page}
        />
      ))}
    </Stack>
  );
}
