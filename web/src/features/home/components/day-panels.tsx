import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatCalendarDate, formatNumber } from '../../../ui/format';
import { useSession } from '../../auth/api/session';
import { useMyItems, useRuns, useWorkLists } from '../../collections/api/collections';
import { todayIn } from '../../collections/api/dates';
import { useSettingValue } from '../../settings/api/settings';
import { useQueue, type Queue } from '../../tickets/api/tickets';
import { homePanels, myItemCounts, queueCounts, worklistCounts, type HomePanel } from '../api/day';

/** The role's day under the welcome card: one card per thing the role works today. */
export function DayPanels() {
  const { user } = useSession();
  const panels = homePanels(user.role, user.skills);
  if (panels.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" data-testid="day-panels">
      {panels.map((panel) => (
        <Panel key={panel} panel={panel} />
      ))}
    </SimpleGrid>
  );
}

function Panel({ panel }: { panel: HomePanel }) {
  switch (panel) {
    case 'myItems':
      return <MyItemsPanel />;
    case 'myTickets':
      return <QueuePanel panel={panel} queue="mine" to="/tickets" />;
    case 'groupQueue':
      return <QueuePanel panel={panel} queue="group" to="/tickets" />;
    case 'slaRisks':
      return <QueuePanel panel={panel} queue="all" to="/tickets" />;
    case 'worklists':
      return <WorklistsPanel />;
    case 'run':
      return <RunPanel />;
  }
}

type StatKey =
  'dueNow' | 'waiting' | 'done' | 'open' | 'breached' | 'warning' | 'lists' | 'items' | 'toDistribute' | 'toSign';
type Stat = { key: StatKey; value: number | string; tone?: 'red' | 'orange' | 'teal' };

function PanelCard({
  panel,
  to,
  stats,
  loading,
  footer,
}: {
  panel: HomePanel;
  to: '/my-list' | '/tickets' | '/worklists' | '/collections';
  stats: Stat[];
  loading: boolean;
  footer?: ReactNode;
}) {
  const { t } = useTranslation('home');
  return (
    <Card withBorder padding="lg" radius="lg" data-panel={panel}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={4}>{t(`day.${panel}.title`)}</Title>
          <Anchor component={Link} to={to} size="sm" data-testid={`panel-open-${panel}`}>
            {t(`day.${panel}.open`)}
          </Anchor>
        </Group>
        {loading ? (
          <Skeleton h={48} />
        ) : (
          <Group gap="xl" wrap="wrap">
            {stats.map((stat) => (
              <Stack key={stat.key} gap={0} data-stat={stat.key}>
                <Text fw={700} fz={26} c={stat.tone ? `${stat.tone}.7` : undefined} data-testid={`stat-${stat.key}`}>
                  {stat.value}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`day.stats.${stat.key}`)}
                </Text>
              </Stack>
            ))}
          </Group>
        )}
        {footer}
      </Stack>
    </Card>
  );
}

function useToday() {
  return todayIn(useSettingValue('timezone'));
}

function MyItemsPanel() {
  const locale = currentLocale();
  const items = useMyItems(useToday());
  const c = myItemCounts(items.data?.items ?? []);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <PanelCard
      panel="myItems"
      to="/my-list"
      loading={items.isPending}
      stats={[
        { key: 'dueNow', value: n(c.dueNow), tone: c.dueNow > 0 ? 'teal' : undefined },
        { key: 'waiting', value: n(c.waiting) },
        { key: 'done', value: `${n(c.done)}/${n(c.total)}` },
      ]}
    />
  );
}

function QueuePanel({ panel, queue, to }: { panel: HomePanel; queue: Queue; to: '/tickets' }) {
  const locale = currentLocale();
  const page = useQueue({ queue }, 1);
  const c = queueCounts(page.data?.items ?? []);
  // One page of the queue: past 50 open tickets the count says so.
  const more = page.data?.has_more ? '+' : '';
  const n = (v: number) => formatNumber(v, locale);
  return (
    <PanelCard
      panel={panel}
      to={to}
      loading={page.isPending}
      stats={[
        { key: 'open', value: `${n(c.open)}${more}` },
        { key: 'breached', value: n(c.breached), tone: c.breached > 0 ? 'red' : undefined },
        { key: 'warning', value: n(c.warning), tone: c.warning > 0 ? 'orange' : undefined },
      ]}
    />
  );
}

function WorklistsPanel() {
  const locale = currentLocale();
  const lists = useWorkLists(useToday());
  const c = worklistCounts(lists.data?.lists ?? []);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <PanelCard
      panel="worklists"
      to="/worklists"
      loading={lists.isPending}
      stats={[
        { key: 'lists', value: n(c.lists) },
        { key: 'items', value: n(c.items) },
        { key: 'toDistribute', value: n(c.toDistribute), tone: c.toDistribute > 0 ? 'orange' : undefined },
        { key: 'toSign', value: n(c.toSign), tone: c.toSign > 0 ? 'orange' : undefined },
      ]}
    />
  );
}

function RunPanel() {
  const { t } = useTranslation('home');
  const locale = currentLocale();
  const today = useToday();
  const runs = useRuns();
  const last = runs.data?.items[0];
  const ranToday = last?.date === today;
  return (
    <PanelCard
      panel="run"
      to="/collections"
      loading={runs.isPending}
      stats={[]}
      footer={
        runs.isPending ? null : (
          <Text fw={500} c={ranToday ? 'teal.8' : 'orange.8'} data-testid="run-state">
            {ranToday
              ? t(`day.run.${last.status === 'failed' ? 'failed' : last.status === 'running' ? 'running' : 'done'}`)
              : last
                ? t('day.run.notYet', { last: formatCalendarDate(last.date, locale) })
                : t('day.run.never')}
          </Text>
        )
      }
    />
  );
}
