import { Alert, Button, Card, Center, Group, Pagination, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconFilterOff, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { DateField } from '../../../ui/date-field';
import { formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { FilterSelect } from '../../../ui/filter-select';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import {
  channels,
  outboxPurposes,
  outboxStatuses,
  useOutbox,
  useOutboxStats,
  type OutboxFilter,
  type OutboxStats,
  type OutboxStatus,
} from '../api/messaging';
import { OutboxStatusBadge } from '../components/badges';
import { MessageModal } from '../components/message-modal';
import { OutboxTable } from '../components/outbox-table';

const pageSize = 25;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

type Filter = Omit<OutboxFilter, 'limit' | 'offset'>;

export function OutboxPage() {
  const { t } = useTranslation(['messaging', 'common']);
  const [filter, setFilter] = useState<Filter>({});
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const outbox = useOutbox({ ...filter, limit: pageSize, offset: (page - 1) * pageSize });
  const stats = useOutboxStats();
  const total = outbox.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const filtered = Object.values(filter).some(Boolean);
  const set = (changes: Partial<Filter>) => {
    setFilter((previous) => ({ ...previous, ...changes }));
    setPage(1);
  };

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('outbox.title')}
        subtitle={t('outbox.subtitle')}
        actions={
          <Button
            variant="light"
            leftSection={<IconRefresh size={18} />}
            loading={outbox.isFetching && !outbox.isPending}
            onClick={() => {
              void outbox.refetch();
              void stats.refetch();
            }}
            data-testid="refresh-outbox"
          >
            {t('outbox.refresh')}
          </Button>
        }
      />
      <Stack gap="md">
        <StatsStrip
          stats={stats.data}
          active={filter.status}
          onPick={(status) => set({ status: filter.status === status ? undefined : status })}
        />
        <Card withBorder padding="md" radius="md">
          <Stack>
            <Group align="flex-end" wrap="wrap" gap="sm">
              <FilterSelect
                label={t('outbox.filters.status')}
                placeholder={t('filters.all')}
                options={outboxStatuses}
                optionLabel={(s) => t(`outboxStatus.${s}`)}
                value={filter.status}
                onChange={(status) => set({ status })}
                w={170}
                testId="filter-status"
              />
              <FilterSelect
                label={t('outbox.filters.purpose')}
                placeholder={t('filters.all')}
                options={outboxPurposes}
                optionLabel={(p) => t(`purpose.${p}`)}
                value={filter.purpose}
                onChange={(purpose) => set({ purpose })}
                w={200}
                testId="filter-purpose"
              />
              <FilterSelect
                label={t('outbox.filters.channel')}
                placeholder={t('filters.all')}
                options={channels}
                optionLabel={(c) => t(`channel.${c}`)}
                value={filter.channel}
                onChange={(channel) => set({ channel })}
                w={150}
                testId="filter-channel"
              />
              <DateField
                label={t('outbox.filters.from')}
                w={180}
                value={filter.from ?? ''}
                maxDate={filter.to}
                clearable
                onChange={(value) => {
                  if (value === '' || isoDate.test(value)) set({ from: value || undefined });
                }}
                testId="filter-from"
              />
              <DateField
                label={t('outbox.filters.to')}
                w={180}
                value={filter.to ?? ''}
                minDate={filter.from}
                clearable
                onChange={(value) => {
                  if (value === '' || isoDate.test(value)) set({ to: value || undefined });
                }}
                testId="filter-to"
              />
              {filtered ? (
                <Button
                  variant="subtle"
                  color="gray"
                  leftSection={<IconFilterOff size={16} />}
                  onClick={() => {
                    setFilter({});
                    setPage(1);
                  }}
                >
                  {t('filters.clear')}
                </Button>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed" data-testid="outbox-count" aria-live="polite">
              {outbox.data ? t('outbox.count', { count: total }) : null}
            </Text>
            {outbox.isPending ? (
              <LoadingBlock />
            ) : outbox.isError ? (
              <ErrorBlock error={outbox.error} onRetry={() => void outbox.refetch()} />
            ) : outbox.data.items.length === 0 ? (
              <Center py="xl">
                <Text c="dimmed" data-testid="outbox-empty">
                  {filtered ? t('outbox.emptyFiltered') : t('outbox.empty')}
                </Text>
              </Center>
            ) : (
              <OutboxTable messages={outbox.data.items} onOpen={setOpenId} />
            )}
            {pages > 1 ? (
              <Center component="nav" aria-label={t('outbox.pagination')}>
                <Pagination total={pages} value={page} onChange={setPage} />
              </Center>
            ) : null}
          </Stack>
        </Card>
      </Stack>
      <MessageModal id={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}

function StatsStrip({
  stats,
  active,
  onPick,
}: {
  stats: OutboxStats | undefined;
  active: OutboxStatus | undefined;
  onPick: (status: OutboxStatus) => void;
}) {
  const { t } = useTranslation('messaging');
  const locale = currentLocale();
  return (
    <Stack gap="xs" data-testid="outbox-stats">
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="xs">
        {outboxStatuses.map((status) => (
          <UnstyledButton
            key={status}
            onClick={() => onPick(status)}
            aria-pressed={active === status}
            data-stat={status}
          >
            <Card
              withBorder
              padding="xs"
              radius="md"
              style={active === status ? { borderColor: 'var(--mantine-color-teal-6)' } : undefined}
            >
              <Stack gap={4} align="flex-start">
                <OutboxStatusBadge status={status} size="sm" data-testid={undefined} />
                <Text fw={700} size="xl" data-testid="stat-count">
                  <Ltr>{stats ? formatNumber(stats.by_status[status] ?? 0, locale) : '…'}</Ltr>
                </Text>
              </Stack>
            </Card>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      {stats && stats.recovered_after_crash > 0 ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} py="xs" data-testid="recovered">
          {t('outbox.recovered', { count: stats.recovered_after_crash })}
        </Alert>
      ) : null}
    </Stack>
  );
}
