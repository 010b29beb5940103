// All of Mantine's styles (the sign-in page loads only its own few; see main.tsx), in the
// `mantine` cascade layer like those.
import '@mantine/core/styles.layer.css';
import '@mantine/dates/styles.layer.css';
import { AppShell, Burger, Divider, Group, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../../../app/query-client';
import { LiveIndicator } from '../../../live/live-indicator';
import { useLiveUpdates } from '../../../live/use-live-updates';
import { LoadingBlock } from '../../../ui/query-state';
import { hasSeat } from '../../../app/access';
import { SessionContext, sessionQuery, useSession } from '../../auth/api/session';
import { EscalationsBadge } from '../../escalations/components/escalations-badge';
import { SeatBar } from '../../telephony/components/seat-bar';
import { useSettingValue } from '../../settings/api/settings';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

const SEAT_BAR_HEIGHT = 44;

export function AppLayout() {
  return (
    <QueryClientProvider client={queryClient}>
      <SignedIn />
    </QueryClientProvider>
  );
}

function SignedIn() {
  const session = useSuspenseQuery(sessionQuery).data;
  // Signing out clears the session a moment before the login page takes over.
  if (!session) return null;
  return (
    <SessionContext value={session}>
      <Shell />
    </SessionContext>
  );
}

function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const companyName = useSettingValue('company_name');
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  useEffect(close, [pathname, close]);
  const live = useLiveUpdates();
  // Agents and supervisors have a telephone: a slim bar under the header, on every page.
  const role = useSession().user.role;
  const seat = hasSeat(role);
  // Supervisors (and those above them) handle escalations: their alarm stays in the header.
  const handlesEscalations = role === 'supervisor' || role === 'manager' || role === 'admin';

  return (
    <AppShell
      header={{ height: seat ? 60 + SEAT_BAR_HEIGHT : 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h={60} px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Text fw={700} size="xl" c="teal.8" data-testid="product-name">
              {t('appName')}
            </Text>
            {companyName && companyName !== t('appName') ? (
              <>
                <Divider orientation="vertical" />
                <Text c="dimmed" truncate maw={280} data-testid="company-name">
                  {companyName}
                </Text>
              </>
            ) : null}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {handlesEscalations ? <EscalationsBadge /> : null}
            <LiveIndicator status={live} />
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
        {seat ? (
          <Group
            h={SEAT_BAR_HEIGHT}
            px="md"
            wrap="nowrap"
            bg="gray.0"
            style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
            component="section"
            aria-label={t('nav.seat')}
          >
            <SeatBar />
          </Group>
        ) : null}
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')} component="nav">
        {/* The list outgrows short screens (admins see every page): it scrolls on its own. */}
        <AppShell.Section grow component={ScrollArea}>
          <MainNav />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Suspense fallback={<LoadingBlock />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
