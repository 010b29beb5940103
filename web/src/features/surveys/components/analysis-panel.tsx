import '@mantine/charts/styles.layer.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { DateField } from '../../../ui/date-field';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { exportHref, useAnalysis, type AnalysisQuery, type Survey, type SurveyAnalysis } from '../api/surveys';

const channels = ['sms', 'email', 'link', 'phone', 'paper'] as const;

function Figure({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        <Ltr>{value}</Ltr>
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

/** التحليل (Q4): the figures, distributions and trend, the figures by group, the free texts with search, XLSX. */
export function AnalysisPanel({ survey }: { survey: Survey }) {
  const { t } = useTranslation('surveys');
  const [query, setQuery] = useState<AnalysisQuery>({});
  const [search, setSearch] = useState('');
  const analysis = useAnalysis(survey.id, query);
  const locale = currentLocale();
  const num = (v: number | null | undefined, digits = 1, suffix = '') =>
    v === null || v === undefined ? '—' : `${formatNumber(v, locale, digits)}${suffix}`;
  const setField = (k: keyof AnalysisQuery, v: string | null) => setQuery({ ...query, [k]: v || undefined });
  return (
    <Stack>
      <Group align="flex-end">
        <DateField
          label={t('analysis.from')}
          value={query.from ?? ''}
          onChange={(v) => setField('from', v)}
          clearable
        />
        <DateField label={t('analysis.to')} value={query.to ?? ''} onChange={(v) => setField('to', v)} clearable />
        <Select
          label={t('analysis.channel')}
          placeholder={t('analysis.allChannels')}
          clearable
          data={channels.map((c) => ({ value: c, label: t(`analysis.channels.${c}`) }))}
          value={query.channel ?? null}
          onChange={(v) => setField('channel', v)}
        />
        <TextInput
          label={t('analysis.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && setField('q', search)}
          onBlur={() => setField('q', search)}
          data-testid="analysis-search"
        />
        <Button
          component="a"
          href={exportHref(survey.id, query)}
          download
          variant="light"
          leftSection={<IconFileSpreadsheet size={18} />}
          data-testid="analysis-export"
        >
          {t('analysis.export')}
        </Button>
      </Group>
      {analysis.error ? (
        <ErrorBlock error={analysis.error} onRetry={() => void analysis.refetch()} />
      ) : !analysis.data ? (
        <LoadingBlock />
      ) : (
        <AnalysisBody a={analysis.data} num={num} />
      )}
    </Stack>
  );
}

function AnalysisBody({
  a,
  num,
}: {
  a: SurveyAnalysis;
  num: (v: number | null | undefined, digits?: number, suffix?: string) => string;
}) {
  const { t } = useTranslation('surveys');
  const locale = currentLocale();
  const rtl = locale === 'ar';
  const label = (type: string, value: string) => (type === 'yes_no' ? t(`analysis.answers.${value as 'true'}`) : value);
  const groupTable = (
    title: string,
    rows: { name: string; completed: number; csat: number | null; nps: number | null }[],
  ) =>
    rows.length === 0 ? null : (
      <Card withBorder>
        <Title order={5} mb="xs">
          {title}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('analysis.group')}</Table.Th>
              <Table.Th>{t('analysis.completed')}</Table.Th>
              <Table.Th>{t('analysis.csat')}</Table.Th>
              <Table.Th>{t('analysis.nps')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.name}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>
                  <Ltr>{num(r.completed, 0)}</Ltr>
                </Table.Td>
                <Table.Td>
                  <Ltr>{num(r.csat, 1, '%')}</Ltr>
                </Table.Td>
                <Table.Td>
                  <Ltr>{num(r.nps)}</Ltr>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    );
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }}>
        <Figure label={t('analysis.invited')} value={num(a.invited, 0)} testId="figure-invited" />
        <Figure label={t('analysis.completed')} value={num(a.completed, 0)} testId="figure-completed" />
        <Figure label={t('analysis.rate')} value={num(a.response_rate, 1, '%')} testId="figure-rate" />
        <Figure
          label={t('analysis.csat')}
          value={num(a.csat.percent, 1, '%')}
          hint={t('analysis.csatHint')}
          testId="figure-csat"
        />
        <Figure label={t('analysis.nps')} value={num(a.nps.score)} hint={t('analysis.npsHint')} testId="figure-nps" />
        <Figure
          label={t('analysis.ces')}
          value={num(a.ces.average, 2)}
          hint={t('analysis.cesHint')}
          testId="figure-ces"
        />
      </SimpleGrid>
      {a.by_week.length > 1 && (
        <Card withBorder>
          <Title order={5} mb="xs">
            {t('analysis.trend')}
          </Title>
          <LineChart
            h={220}
            data={a.by_week.map((w) => ({ week: w.week, csat: w.csat, nps: w.nps }))}
            dataKey="week"
            series={[
              { name: 'csat', label: t('analysis.csat'), color: 'teal.6' },
              { name: 'nps', label: t('analysis.nps'), color: 'blue.6' },
            ]}
            xAxisProps={{ reversed: rtl }}
            yAxisProps={{ orientation: rtl ? 'right' : 'left' }}
          />
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {a.questions
          .filter((q) => q.distribution.length > 0)
          .map((q) => (
            <Card withBorder key={q.key} data-testid={`distribution-${q.key}`}>
              <Text fw={600} mb="xs">
                {q.text}
              </Text>
              <BarChart
                h={180}
                data={q.distribution.map((d) => ({ value: label(q.type, d.value), count: d.count }))}
                dataKey="value"
                series={[{ name: 'count', label: t('analysis.count'), color: 'blue.6' }]}
                xAxisProps={{ reversed: rtl, interval: 0 }}
                yAxisProps={{ orientation: rtl ? 'right' : 'left', allowDecimals: false }}
              />
            </Card>
          ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {groupTable(
          t('analysis.byChannel'),
          a.by_channel.map((r) => ({ ...r, name: t(`analysis.channels.${r.channel as 'sms'}`) })),
        )}
        {groupTable(
          t('analysis.byAgent'),
          a.by_agent.map((r) => ({ ...r, name: r.agent })),
        )}
        {groupTable(
          t('analysis.byCategory'),
          a.by_category.map((r) => ({ ...r, name: r.category })),
        )}
      </SimpleGrid>
      <Card withBorder>
        <Title order={5} mb="xs">
          {t('analysis.texts')}
        </Title>
        {a.texts.length === 0 ? (
          <Text c="dimmed">{t('analysis.noTexts')}</Text>
        ) : (
          <Stack gap="xs" data-testid="analysis-texts">
            {a.texts.map((x, i) => (
              <Group key={i} justify="space-between" wrap="nowrap" align="flex-start">
                <Text>{x.text}</Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t(`analysis.channels.${x.channel as 'sms'}`)} · {formatDateTime(x.completed_at, locale)}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
