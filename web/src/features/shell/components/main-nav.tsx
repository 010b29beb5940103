import { NavLink, Stack, type NavLinkProps } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import {
  IconAddressBook,
  IconSpeakerphone,
  IconGift,
  IconAdjustmentsHorizontal,
  IconCalculator,
  IconChartBar,
  IconCalendarStats,
  IconChecklist,
  IconChevronDown,
  IconChevronRight,
  IconCoins,
  IconFileImport,
  IconDeviceDesktopAnalytics,
  IconHeadset,
  IconHistory,
  IconHome,
  IconKey,
  IconListCheck,
  IconMailbox,
  IconMessage2Cog,
  IconMessages,
  IconMoodSmile,
  IconPhoneCall,
  IconPhoneIncoming,
  IconHeadphones,
  IconAlarm,
  IconReportAnalytics,
  IconSend,
  IconShieldCog,
  IconSitemap,
  IconMessageDots,
  IconTemplate,
  IconTicket,
  IconSettings,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { createLink, useRouterState } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../app/access';
import { activeGroup, activeLink, navEntries, type NavGroup, type NavLinkEntry } from '../../../app/navigation';
import { useSession } from '../../auth/api/session';

function NavAnchor(props: NavLinkProps & ComponentPropsWithRef<'a'>) {
  return <NavLink component="a" {...props} />;
}
const RouterNavLink = createLink(NavAnchor);

const pageIcons: Partial<Record<Page, Icon>> = {
  home: IconHome,
  myList: IconPhoneCall,
  worklists: IconListCheck,
  collectionsDay: IconCalendarStats,
  dataCorrections: IconChecklist,
  customers: IconAddressBook,
  tickets: IconTicket,
  inquiries: IconHeadset,
  surveys: IconMoodSmile,
  offers: IconGift,
  campaigns: IconSpeakerphone,
  ticketReports: IconReportAnalytics,
  ticketSettings: IconAdjustmentsHorizontal,
  telephonyLive: IconDeviceDesktopAnalytics,
  escalations: IconAlarm,
  imports: IconFileImport,
  messageTemplates: IconTemplate,
  outbox: IconSend,
  inbox: IconMailbox,
  smsProvider: IconMessage2Cog,
  users: IconUsers,
  settings: IconSettings,
  callQueues: IconPhoneIncoming,
  ivrMenus: IconSitemap,
  callPhrases: IconMessageDots,
  audit: IconHistory,
  tokens: IconKey,
  calls: IconPhoneIncoming,
  myCalls: IconPhoneIncoming,
  kpiReport: IconChartBar,
  staffing: IconCalculator,
  profile: IconUserCircle,
};

const groupIcons: Record<NavGroup, Icon> = {
  collections: IconCoins,
  serviceDesk: IconUsersGroup,
  callCenter: IconHeadphones,
  marketing: IconSpeakerphone,
  messaging: IconMessages,
  administration: IconShieldCog,
};

export function MainNav() {
  const { t } = useTranslation();
  const { user } = useSession();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  // Groups the user folded away stay folded on this browser; the current page's group is always open.
  const [collapsed, setCollapsed] = useLocalStorage<NavGroup[]>({ key: 'tawasul.nav.collapsed', defaultValue: [] });

  const entries = navEntries(user.role, user.skills);
  const active = activeLink(entries, pathname);
  const current = activeGroup(entries, pathname);

  const link = ({ page, to }: NavLinkEntry) => {
    const ItemIcon = pageIcons[page] ?? IconChevronRight;
    return (
      <RouterNavLink
        key={page}
        to={to}
        label={t(`nav.${page}`)}
        active={page === active?.page}
        // The router's own fuzzy match would also mark /tickets current on /tickets/settings.
        activeOptions={{ exact: true }}
        leftSection={<ItemIcon size={20} stroke={1.6} />}
        variant="light"
        data-nav={page}
      />
    );
  };

  return (
    <Stack gap={4}>
      {entries.map((entry) => {
        if (entry.kind === 'link') return link(entry.link);
        const { group, links } = entry;
        const GroupIcon = groupIcons[group];
        const opened = group === current || !collapsed.includes(group);
        return (
          <NavLink
            key={group}
            label={t(`nav.groups.${group}`)}
            leftSection={<GroupIcon size={20} stroke={1.6} />}
            opened={opened}
            // Folded, the chevron points along the reading direction (left in Arabic); open, down.
            rightSection={
              opened ? <IconChevronDown size={14} /> : <IconChevronRight size={14} className="mantine-rotate-rtl" />
            }
            disableRightSectionRotation
            onChange={(open) =>
              setCollapsed((folded) => (open ? folded.filter((g) => g !== group) : [...folded, group]))
            }
            childrenOffset={18}
            fw={600}
            aria-expanded={opened}
            data-nav-group={group}
            data-current={group === current ? 'true' : undefined}
          >
            {links.map(link)}
          </NavLink>
        );
      })}
    </Stack>
  );
}
