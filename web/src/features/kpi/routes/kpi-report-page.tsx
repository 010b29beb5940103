import { Card, Center, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { DateField } from '../../../ui/date-field';
import { formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useKpiReport, type KpiQuery, type KpiReport, type KpiRow } from '../api/kpi';

// مؤشرات الأداء — the K1 call figures per day, interval, week, month, agent or queue, each
// column with its definition beside it (a tooltip on the heading, and the list under the table).

type By = NonNullable<KpiQuery['by']>;
const groupings: By[] = ['day', 'interval', 'week', 'month', 'agent', 'queue'];

const columns = [
  'offered',
  'answered',
  'abandoned',
  'short_abandoned',
  'asa_seconds',
  'avg_time_in_queue_seconds',
  'aht_seconds',
  'avg_talk_seconds',
  'avg_hold_seconds',
  'abandon_rate',
  'service_level',
  'occupancy',
] as const satisfies readonly (keyof KpiRow)[];

function isoToday(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function cell(key: (typeof columns)[number], value: number | null) {
  if (value === null) return '—';
  const locale = currentLocale();
  if (key === 'abandon_rate' || key === 'service_level' || key === 'occupancy')
    return <Ltr>{`${formatNumber(value * 100, locale, 1)}%`}</Ltr>;
  if (key.endsWith('_seconds')) return <Ltr>{formatNumber(value, locale, 1)}</Ltr>;
  return <Ltr>{formatNumber(value, locale, 0)}</Ltr>;
}

export function KpiReportPage() {
  const { t } = useTranslation('kpi');
  const [from, setFrom] = useState(() => isoToday(-1));
  const [to, setTo] = useState(() => isoToday(-1));
  const [by, setBy] = useState<By>('day');
  const [minutes, setMinutes] = useState<15 | 30 | 60>(30);
  const [queue, setQueue] = useState('');
  const valid = Boolean(from && to) && from <= to;
  const report = useKpiReport(
    { from, to, by, interval_minutes: minutes, ...(queue.trim() ? { queue: queue.trim() } : {}) },
    valid,
  );

  return (
    <Stack gap={0}>
      <PageHeader title={t('report.title')} subtitle={t('report.subtitle')} />
      <Group align="flex-end" wrap="wrap" mb="md">
        <DateField label={t('report.from')} value={from} onChange={setFrom} testId="kpi-from" />
        <DateField
          label={t('report.to')}
          value={to}
          onChange={setTo}
          testId="kpi-to"
          error={valid ? undefined : t('report.badRange')}
        />
        <Select
          label={t('report.by')}
          data={groupings.map((g) => ({ value: g, label: t(`report.byOptions.${g}`) }))}
          value={by}
          onChange={(v) => v && setBy(v as By)}
          allowDeselect={false}
          w={160}
          data-testid="kpi-by"
        />
        {by === 'interval' ? (
          <NumberInput
            label={t('report.intervalMinutes')}
            value={minutes}
            onChange={(v) => (v === 15 || v === 30 || v === 60 ? setMinutes(v) : undefined)}
            min={15}
            max={60}
            step={15}
            w={160}
          />
        ) : null}
        <TextInput
          label={t('report.queue')}
          placeholder={t('report.allQueues')}
          value={queue}
          onChange={(e) => setQueue(e.currentTarget.value)}
          w={180}
          dir="ltr"
        />
      </Group>
      {!valid ? null : report.isPending ? (
        <LoadingBlock />
      ) : report.isError ? (
        <ErrorBlock error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <ReportTable report={report.data} />
      )}
    </Stack>
  );
}

function ReportTable({ report }: { report: KpiReport }) {
  const { t } = useTranslation('kpi');
  const ar = currentLocale() === 'ar';
  const definition = new Map(report.definitions.map((d) => [d.key, d]));
  const name = (key: string) => {
    const d = definition.get(key);
    return d ? (ar ? d.name_ar : d.name_en) : key;
  };
  const keyLabel = (row: KpiRow) => (row.key === '' ? t('report.noAgent') : <Ltr>{row.key}</Ltr>);

  return (
    <Stack gap="md">
      <Card withBorder padding="md" radius="md">
        {report.rows.length === 0 ? (
          <Center py="lg">
            <Text c="dimmed" data-testid="kpi-empty">
              {t('report.empty')}
            </Text>
          </Center>
        ) : (
          <Table.ScrollContainer minWidth={1200}>
            <Table striped verticalSpacing="sm" data-testid="kpi-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('report.key')}</Table.Th>
                  {columns.map((c) => (
                    <Table.Th key={c} data-column={c}>
                      <Tooltip label={ar ? definition.get(c)?.ar : definition.get(c)?.en} multiline w={280} withArrow>
                        <span>{name(c)}</span>
                      </Tooltip>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.rows.map((row) => (
                  <Table.Tr key={row.key} data-key={row.key}>
                    <Table.Td>{keyLabel(row)}</Table.Td>
                    {columns.map((c) => (
                      <Table.Td key={c} data-column={c}>
                        {cell(c, row[c])}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
                <Table.Tr data-key="total" fw={700}>
                  <Table.Td>{t('report.total')}</Table.Td>
                  {columns.map((c) => (
                    <Table.Td key={c} data-column={c}>
                      {cell(c, report.totals[c])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Card withBorder padding="md" radius="md" data-testid="kpi-definitions">
        <Title order={4} mb="sm">
          {t('report.definitions')}
        </Title>
        <Stack gap={6}>
          {report.definitions.map((d) => (
            <Text key={d.key} size="sm" data-definition={d.key}>
              <Text span fw={600}>
                {ar ? d.name_ar : d.name_en}
              </Text>
              {' — '}
              {ar ? d.ar : d.en}
            </Text>
          ))}
        </Stack>
      </Card>
    </Stack>
  );
}
