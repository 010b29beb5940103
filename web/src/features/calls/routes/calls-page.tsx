import { Button, Card, Center, Group, Pagination, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/date-field';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session';
import { useSettingValue } from '../../settings/api/settings';
import { callsExportHref, callsPageSize, useCalls, type CallFilter } from '../api/calls';
import { AgentDay } from '../components/agent-day';
import { CallDrawer } from '../components/call-drawer';
import { CallsTable } from '../components/calls-table';

/** سجل المكالمات — every call, for those who oversee the center (filters, timeline, export). */
export function CallsPage() {
  return <CallRecords mine={false} />;
}

/** مكالماتي — the agent's own calls, numbers masked (the server decides both). */
export function MyCallsPage() {
  return <CallRecords mine />;
}

function CallRecords({ mine }: { mine: boolean }) {
  const { t } = useTranslation(['calls', 'common']);
  const timeZone = useSettingValue('timezone');
  const [filter, setFilter] = useState<CallFilter>({});
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const calls = useCalls(filter, page);
  const { user } = useSession();
  // The agent's day beside his calls; a supervisor's when he looks at one agent.
  const dayAgent = mine ? user.username : (filter.agent ?? null);
  const dayDate = filter.from ?? todayIn(timeZone);
  const set = (patch: Partial<CallFilter>) => {
    setPage(0);
    setFilter((f) => {
      const next = { ...f, ...patch };
      for (const key of Object.keys(next) as (keyof CallFilter)[]) if (!next[key]) delete next[key];
      return next;
    });
  };
  const filtered = Object.values(filter).some(Boolean);
  const total = calls.data?.total ?? 0;

  return (
    <Stack gap={0}>
      <PageHeader
        title={t(mine ? 'titleMine' : 'title')}
        subtitle={t(mine ? 'subtitleMine' : 'subtitle')}
        actions={
          mine ? null : (
            <Group gap="xs">
              <Button
                component="a"
                href={callsExportHref(filter, 'xlsx')}
                download
                variant="light"
                leftSection={<IconFileSpreadsheet size={18} />}
                data-testid="export-calls-xlsx"
              >
                {t('exportXlsx')}
              </Button>
              <Button
                component="a"
                href={callsExportHref(filter, 'csv')}
                download
                variant="default"
                leftSection={<IconFileTypeCsv size={18} />}
                data-testid="export-calls-csv"
              >
                {t('exportCsv')}
              </Button>
            </Group>
          )
        }
      />
      <Card withBorder padding="md" radius="md">
        <Stack>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <DateField
              label={t('filters.from')}
              value={filter.from ?? ''}
              maxDate={filter.to}
              onChange={(from) => set({ from: from || undefined })}
              clearable
              w={200}
              testId="filter-from"
            />
            <DateField
              label={t('filters.to')}
              value={filter.to ?? ''}
              minDate={filter.from}
              onChange={(to) => set({ to: to || undefined })}
              clearable
              w={200}
              testId="filter-to"
            />
            <TextInput
              label={t('filters.queue')}
              value={filter.queue ?? ''}
              onChange={(event) => set({ queue: event.currentTarget.value.trim() || undefined })}
              dir="ltr"
              w={130}
              data-testid="filter-queue"
            />
            {mine ? null : (
              <TextInput
                label={t('filters.agent')}
                value={filter.agent ?? ''}
                onChange={(event) => set({ agent: event.currentTarget.value.trim() || undefined })}
                dir="ltr"
                w={130}
                data-testid="filter-agent"
              />
            )}
            <Select
              label={t('filters.direction')}
              placeholder={t('filters.all')}
              data={(['inbound', 'outbound'] as const).map((d) => ({ value: d, label: t(`direction.${d}`) }))}
              value={filter.direction ?? null}
              onChange={(value) => set({ direction: (value as CallFilter['direction']) ?? undefined })}
              clearable
              w={140}
              data-testid="filter-direction"
            />
            <Select
              label={t('filters.result')}
              placeholder={t('filters.all')}
              data={(['answered', 'abandoned', 'unanswered'] as const).map((r) => ({
                value: r,
                label: t(`result.${r}`),
              }))}
              value={filter.result ?? null}
              onChange={(value) => set({ result: (value as CallFilter['result']) ?? undefined })}
              clearable
              w={150}
              data-testid="filter-result"
            />
            {mine ? null : (
              <TextInput
                label={t('filters.number')}
                value={filter.number ?? ''}
                onChange={(event) => set({ number: event.currentTarget.value || undefined })}
                dir="ltr"
                inputMode="tel"
                w={160}
                data-testid="filter-number"
              />
            )}
            {filtered ? (
              <Button variant="subtle" color="gray" onClick={() => set({ ...emptyFilter })}>
                {t('filters.clear')}
              </Button>
            ) : null}
          </Group>
          {dayAgent ? <AgentDay agent={dayAgent} date={dayDate} timeZone={timeZone} /> : null}
          {calls.isPending ? (
            <LoadingBlock />
          ) : calls.isError ? (
            <ErrorBlock error={calls.error} onRetry={() => void calls.refetch()} />
          ) : total === 0 ? (
            <Center py="xl">
              <Text c="dimmed">{filtered ? t('noMatch') : t('empty')}</Text>
            </Center>
          ) : (
            <Stack>
              <Text size="sm" c="dimmed" data-testid="calls-count">
                {t('count', { count: total })}
              </Text>
              <CallsTable calls={calls.data.items} timeZone={timeZone} showAgent={!mine} onOpen={setOpen} />
              {total > callsPageSize ? (
                <Center>
                  <Pagination
                    total={Math.ceil(total / callsPageSize)}
                    value={page + 1}
                    onChange={(p) => setPage(p - 1)}
                  />
                </Center>
              ) : null}
            </Stack>
          )}
        </Stack>
      </Card>
      <CallDrawer id={open} timeZone={timeZone} onClose={() => setOpen(null)} />
    </Stack>
  );
}

const emptyFilter: Required<Record<keyof CallFilter, undefined>> = {
  from: undefined,
  to: undefined,
  queue: undefined,
  agent: undefined,
  direction: undefined,
  cause: undefined,
  result: undefined,
  number: undefined,
};

function todayIn(timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}
