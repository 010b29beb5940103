import { Button, Card, Center, Group, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { listSeparator } from '../../../ui/format';
import { canOpen } from '../../../app/access';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session';
import { isCategory, ticketCategories, ticketStatuses, useQueue, type Queue, type QueueFilter } from '../api/tickets';
import { QueueTable } from '../components/queue-table';
import { useGroupName } from '../components/ticket-badges';

// Supervisors, managers and admins also see every ticket (the server's seeAllRoles).
const seeAllRoles = ['admin', 'manager', 'supervisor'];

export function TicketsPage() {
  const { t } = useTranslation('tickets');
  const { user } = useSession();
  const groupName = useGroupName();
  const seesAll = seeAllRoles.includes(user.role);
  const [queue, setQueue] = useState<Queue>('group');
  const [status, setStatus] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [breached, setBreached] = useState<string | null>(null);
  const [page, setPage] = useState(1);

  const filter: QueueFilter = {
    queue,
    ...(status ? { status } : {}),
    ...(category && isCategory(category) ? { category } : {}),
    ...(breached === 'true' || breached === 'false' ? { breached } : {}),
  };
  const tickets = useQueue(filter, page);
  const change = (apply: () => void) => {
    apply();
    setPage(1);
  };

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          canOpen('newTicket', user.role, user.skills) ? (
            <Button component={Link} to="/tickets/new" leftSection={<IconPlus size={18} />} data-testid="new-ticket">
              {t('newTicket')}
            </Button>
          ) : null
        }
      />
      <Card withBorder padding="md" radius="md">
        <Stack>
          <Tabs
            value={queue}
            onChange={(value) => change(() => setQueue(value === 'mine' || value === 'all' ? value : 'group'))}
          >
            <Tabs.List>
              <Tabs.Tab value="mine" data-testid="tab-mine">
                {t('tabs.mine')}
              </Tabs.Tab>
              <Tabs.Tab value="group" data-testid="tab-group">
                {t('tabs.group')}
              </Tabs.Tab>
              {seesAll ? (
                <Tabs.Tab value="all" data-testid="tab-all">
                  {t('tabs.all')}
                </Tabs.Tab>
              ) : null}
            </Tabs.List>
          </Tabs>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <Select
              label={t('filters.status')}
              placeholder={t('filters.openOnly')}
              data={[
                { value: 'any', label: t('filters.any') },
                ...ticketStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
              ]}
              value={status}
              onChange={(value) => change(() => setStatus(value))}
              clearable
              w={180}
              data-testid="filter-status"
            />
            <Select
              label={t('filters.category')}
              placeholder={t('filters.all')}
              data={ticketCategories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
              value={category}
              onChange={(value) => change(() => setCategory(value))}
              clearable
              w={200}
              data-testid="filter-category"
            />
            <Select
              label={t('filters.breached')}
              placeholder={t('filters.all')}
              data={[
                { value: 'true', label: t('filters.yes') },
                { value: 'false', label: t('filters.no') },
              ]}
              value={breached}
              onChange={(value) => change(() => setBreached(value))}
              clearable
              w={140}
              data-testid="filter-breached"
            />
          </Group>
          {tickets.data && tickets.data.groups.length > 0 ? (
            <Text size="sm" c="dimmed" data-testid="my-groups">
              {t('myGroups')} {tickets.data.groups.map(groupName).join(listSeparator(currentLocale()))}
            </Text>
          ) : null}
          {tickets.isPending ? (
            <LoadingBlock />
          ) : tickets.isError ? (
            <ErrorBlock error={tickets.error} onRetry={() => void tickets.refetch()} />
          ) : tickets.data.items.length === 0 ? (
            <Center py="xl">
              <Text fw={500} data-testid="tickets-empty">
                {t('empty')}
              </Text>
            </Center>
          ) : (
            <QueueTable items={tickets.data.items} />
          )}
          {page > 1 || tickets.data?.has_more ? (
            <Group justify="center" component="nav" aria-label={t('pager.label')}>
              <Button variant="default" disabled={page === 1} onClick={() => setPage(page - 1)}>
                {t('pager.previous')}
              </Button>
              <Button variant="default" disabled={!tickets.data?.has_more} onClick={() => setPage(page + 1)}>
                {t('pager.next')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Card>
    </Stack>
  );
}
