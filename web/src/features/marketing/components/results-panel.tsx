import '@mantine/charts/styles.layer.css';
import { BarChart } from '@mantine/charts';
import { Alert, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatMoney, formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import type { CampaignResults } from '../api/marketing';

type Row = CampaignResults['totals'];

// Recharts draws left to right; in Arabic the first bar stands on the right and the value axis
// on the right edge (as the ticket reports do).
function axes() {
  const rtl = currentLocale() === 'ar';
  return {
    xAxisProps: { reversed: rtl, interval: 0 as const, tick: { fontSize: 12 } },
    yAxisProps: { orientation: rtl ? ('right' as const) : ('left' as const), allowDecimals: false },
    valueFormatter: (value: number) => formatNumber(value, currentLocale(), 0),
  };
}

const percent = (value: number | null) =>
  value === null
    ? '—'
    : new Intl.NumberFormat(currentLocale() === 'ar' ? 'ar-SA-u-nu-latn' : 'en', {
        style: 'percent',
        maximumFractionDigits: 1,
      }).format(value);

function FiguresTable({
  rows,
  first,
  currency,
}: {
  rows: Array<{ key: string; row: Row }>;
  first: string;
  currency: string;
}) {
  const { t } = useTranslation('marketing');
  const locale = currentLocale();
  const money = (v: number | null) => (v === null ? '—' : <Ltr>{formatMoney(v, currency, locale)}</Ltr>);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" data-testid="results-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{first}</Table.Th>
            <Table.Th>{t('results.targeted')}</Table.Th>
            <Table.Th>{t('results.reached')}</Table.Th>
            <Table.Th>{t('results.interested')}</Table.Th>
            <Table.Th>{t('results.sales')}</Table.Th>
            <Table.Th>{t('results.amount')}</Table.Th>
            <Table.Th>{t('results.conversion')}</Table.Th>
            <Table.Th>{t('results.optOuts')}</Table.Th>
            <Table.Th>{t('results.costPerSale')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, row }) => (
            <Table.Tr key={key} data-row={key}>
              <Table.Td fw={600}>
                <bdi>{key}</bdi>
              </Table.Td>
              <Table.Td>{formatNumber(row.targeted, locale, 0)}</Table.Td>
              <Table.Td>{formatNumber(row.reached, locale, 0)}</Table.Td>
              <Table.Td>{formatNumber(row.interested, locale, 0)}</Table.Td>
              <Table.Td data-testid="sales">{formatNumber(row.sales, locale, 0)}</Table.Td>
              <Table.Td>{money(row.amount)}</Table.Td>
              <Table.Td>
                <Ltr>{percent(row.conversion)}</Ltr>
              </Table.Td>
              <Table.Td>{formatNumber(row.opt_outs, locale, 0)}</Table.Td>
              <Table.Td>{money(row.cost_per_sale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** نتائج الحملة: by channel and agent, charts, and the A/B test's note. */
export function ResultsPanel({ results }: { results: CampaignResults }) {
  const { t } = useTranslation('marketing');
  const channelName = (c: string) => t(`campaigns.channel.${c as 'phone'}`);
  const channels = [
    { key: t('results.totals'), row: results.totals },
    ...results.by_channel.map((c) => ({ key: channelName(c.channel), row: c })),
  ];
  const fmt = (v: number | null, digits: number) => (v === null ? '—' : formatNumber(v, currentLocale(), digits));
  return (
    <Stack gap="md" data-testid="results">
      <Card withBorder radius="md" padding="lg">
        <Title order={3} size="h4" mb="sm">
          {t('results.byChannel')}
        </Title>
        <FiguresTable rows={channels} first={t('campaigns.columns.channels')} currency={results.currency} />
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder radius="md" padding="lg">
          <Text fw={600} mb="sm">
            {t('results.channelChart')}
          </Text>
          <BarChart
            h={240}
            data={results.by_channel.map((c) => ({
              channel: channelName(c.channel),
              reached: c.reached,
              interested: c.interested,
              sales: c.sales,
            }))}
            dataKey="channel"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            series={[
              { name: 'reached', label: t('results.reached'), color: 'blue.5' },
              { name: 'interested', label: t('results.interested'), color: 'yellow.6' },
              { name: 'sales', label: t('results.sales'), color: 'teal.6' },
            ]}
            data-testid="channel-chart"
            {...axes()}
          />
        </Card>
        <Card withBorder radius="md" padding="lg">
          <Text fw={600} mb="sm">
            {t('results.agentChart')}
          </Text>
          {results.by_agent.length === 0 ? (
            <Text c="dimmed">{t('results.noAgents')}</Text>
          ) : (
            <BarChart
              h={240}
              data={results.by_agent.map((a) => ({ agent: a.agent, reached: a.reached, sales: a.sales }))}
              dataKey="agent"
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              series={[
                { name: 'reached', label: t('results.reached'), color: 'blue.5' },
                { name: 'sales', label: t('results.sales'), color: 'teal.6' },
              ]}
              data-testid="agent-chart"
              {...axes()}
            />
          )}
        </Card>
      </SimpleGrid>
      {results.by_agent.length > 0 ? (
        <Card withBorder radius="md" padding="lg">
          <Title order={3} size="h4" mb="sm">
            {t('results.byAgent')}
          </Title>
          <FiguresTable
            rows={results.by_agent.map((a) => ({ key: a.agent, row: a }))}
            first={t('results.byAgent')}
            currency={results.currency}
          />
        </Card>
      ) : null}
      {results.ab ? (
        <Card withBorder radius="md" padding="lg" data-testid="ab-panel">
          <Title order={3} size="h4" mb="sm">
            {t('results.ab.title')}
          </Title>
          <FiguresTable
            rows={results.by_variant.map((v) => ({ key: t('results.ab.variant', { v: v.variant }), row: v }))}
            first={t('results.ab.title')}
            currency={results.currency}
          />
          <Alert mt="sm" color={results.ab.significant ? 'teal' : 'gray'} data-testid="ab-note">
            {results.ab.z === null
              ? t('results.ab.notEnough')
              : results.ab.significant && results.ab.winner
                ? `${t('results.ab.winner', { v: results.ab.winner, conversion: percent(results.ab.winner_conversion) })} — ${t(
                    'results.ab.significant',
                    { z: fmt(results.ab.z, 2), p: fmt(results.ab.p_value, 3) },
                  )}`
                : t('results.ab.notSignificant', { z: fmt(results.ab.z, 2), p: fmt(results.ab.p_value, 3) })}
          </Alert>
        </Card>
      ) : null}
    </Stack>
  );
}
