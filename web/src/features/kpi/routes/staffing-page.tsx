import '@mantine/charts/styles.layer.css';
import { BarChart } from '@mantine/charts';
import { Alert, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { DateField } from '../../../ui/date-field';
import { formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { NumberField } from '../../../ui/number-field';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useDayPlan, useStaffing, type DayPlan, type DayPlanQuery, type StaffingResult } from '../api/kpi';

// حاسبة التوظيف — one interval's agents (Erlang C, or A with a patience), and a day plan from
// history with its chart of agents needed against agents to schedule (SPEC K4).

type Form = {
  calls: number;
  intervalSeconds: number;
  aht: number;
  targetSl: number;
  targetSeconds: number;
  shrinkage: number;
  maxOccupancy: number;
  patience: number;
};

const initial: Form = {
  calls: 100,
  intervalSeconds: 1800,
  aht: 180,
  targetSl: 80,
  targetSeconds: 20,
  shrinkage: 30,
  maxOccupancy: 85,
  patience: Number.NaN,
};

const num = (n: number, digits = 0) => <Ltr>{formatNumber(n, currentLocale(), digits)}</Ltr>;
const pct = (n: number) => <Ltr>{`${formatNumber(n * 100, currentLocale(), 1)}%`}</Ltr>;

function tomorrow(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function StaffingPage() {
  const { t } = useTranslation('kpi');
  return (
    <Stack gap="lg">
      <PageHeader title={t('staffing.title')} subtitle={t('staffing.subtitle')} />
      <Calculator />
      <DayPlanSection />
    </Stack>
  );
}

function Calculator() {
  const { t } = useTranslation('kpi');
  const [form, setForm] = useState<Form>(initial);
  const [invalid, setInvalid] = useState(false);
  const staffing = useStaffing();
  const set = (key: keyof Form) => (value: number) => setForm((f) => ({ ...f, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required = [form.calls, form.intervalSeconds, form.aht, form.targetSl, form.targetSeconds];
    const optional = [form.shrinkage, form.maxOccupancy];
    if (required.some(Number.isNaN) || optional.some(Number.isNaN)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    staffing.mutate({
      calls: form.calls,
      interval_seconds: form.intervalSeconds,
      aht_seconds: form.aht,
      target_sl: form.targetSl / 100,
      target_seconds: form.targetSeconds,
      shrinkage: form.shrinkage / 100,
      max_occupancy: form.maxOccupancy / 100,
      ...(Number.isNaN(form.patience) ? {} : { patience_seconds: form.patience }),
    });
  };

  return (
    <Card withBorder padding="md" radius="md">
      <form onSubmit={submit} data-testid="staffing-form">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <NumberField
            label={t('staffing.calls')}
            value={form.calls}
            onChange={set('calls')}
            name="calls"
            allowDecimal
          />
          <NumberField
            label={t('staffing.intervalSeconds')}
            value={form.intervalSeconds}
            onChange={set('intervalSeconds')}
            name="interval_seconds"
          />
          <NumberField
            label={t('staffing.aht')}
            value={form.aht}
            onChange={set('aht')}
            name="aht_seconds"
            allowDecimal
          />
          <NumberField
            label={t('staffing.targetSl')}
            value={form.targetSl}
            onChange={set('targetSl')}
            name="target_sl"
            allowDecimal
          />
          <NumberField
            label={t('staffing.targetSeconds')}
            value={form.targetSeconds}
            onChange={set('targetSeconds')}
            name="target_seconds"
          />
          <NumberField
            label={t('staffing.shrinkage')}
            value={form.shrinkage}
            onChange={set('shrinkage')}
            name="shrinkage"
            allowDecimal
          />
          <NumberField
            label={t('staffing.maxOccupancy')}
            value={form.maxOccupancy}
            onChange={set('maxOccupancy')}
            name="max_occupancy"
            allowDecimal
          />
          <NumberField
            label={t('staffing.patience')}
            description={t('staffing.patienceHint')}
            value={form.patience}
            onChange={set('patience')}
            name="patience_seconds"
            allowDecimal
          />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit" loading={staffing.isPending} data-testid="staffing-calculate">
            {t('staffing.calculate')}
          </Button>
        </Group>
      </form>
      {invalid ? (
        <Alert color="red" mt="md">
          {t('staffing.invalid')}
        </Alert>
      ) : null}
      {staffing.isError ? <ErrorBlock error={staffing.error} /> : null}
      {staffing.data ? <StaffingResultTable result={staffing.data} /> : null}
    </Card>
  );
}

function StaffingResultTable({ result }: { result: StaffingResult }) {
  const { t } = useTranslation('kpi');
  const rows: [string, string, React.ReactNode][] = [
    ['model', t('staffing.result.model'), t(`staffing.result.${result.model}`)],
    ['traffic', t('staffing.result.traffic'), num(result.traffic_erlangs, 2)],
    ['agents', t('staffing.result.agents'), num(result.agents)],
    ['scheduled', t('staffing.result.scheduled'), num(result.scheduled)],
    ['service_level', t('staffing.result.serviceLevel'), pct(result.service_level)],
    ['asa', t('staffing.result.asa'), num(result.asa_seconds, 1)],
    ['occupancy', t('staffing.result.occupancy'), pct(result.occupancy)],
    ['p_wait', t('staffing.result.pWait'), pct(result.p_wait)],
    ['p_abandon', t('staffing.result.pAbandon'), pct(result.p_abandon)],
  ];
  return (
    <Table mt="md" withTableBorder data-testid="staffing-result" maw={560}>
      <Table.Tbody>
        {rows.map(([key, label, value]) => (
          <Table.Tr key={key} data-figure={key}>
            <Table.Th>{label}</Table.Th>
            <Table.Td data-value>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function DayPlanSection() {
  const { t } = useTranslation('kpi');
  const [date, setDate] = useState(tomorrow);
  const [weeks, setWeeks] = useState(4);
  const [query, setQuery] = useState<DayPlanQuery | null>(null);
  const plan = useDayPlan(query);
  return (
    <Card withBorder padding="md" radius="md">
      <Title order={3}>{t('staffing.plan.title')}</Title>
      <Text c="dimmed" size="sm" mb="md">
        {t('staffing.plan.subtitle')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <DateField label={t('staffing.plan.date')} value={date} onChange={setDate} testId="plan-date" />
        <NumberField label={t('staffing.plan.weeks')} value={weeks} onChange={setWeeks} w={160} name="weeks" />
        <Button
          variant="light"
          disabled={!date || Number.isNaN(weeks)}
          onClick={() => setQuery({ date, weeks })}
          data-testid="plan-show"
        >
          {t('staffing.plan.show')}
        </Button>
      </Group>
      {query === null ? null : plan.isPending ? (
        <LoadingBlock />
      ) : plan.isError ? (
        <ErrorBlock error={plan.error} onRetry={() => void plan.refetch()} />
      ) : (
        <PlanTable plan={plan.data} />
      )}
    </Card>
  );
}

function PlanTable({ plan }: { plan: DayPlan }) {
  const { t } = useTranslation('kpi');
  const busy = plan.intervals.filter((i) => i.calls > 0 || i.agents > 0);
  if (busy.length === 0)
    return (
      <Text c="dimmed" mt="md" data-testid="plan-quiet">
        {t('staffing.plan.quiet')}
      </Text>
    );
  const rtl = currentLocale() === 'ar';
  return (
    <Stack gap="md" mt="md">
      <Text size="sm" data-testid="plan-peak">
        {t('staffing.plan.peak', { agents: plan.peak_agents, scheduled: plan.peak_scheduled })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('staffing.plan.history')}: <Ltr>{plan.history_days.join(', ')}</Ltr>
      </Text>
      <BarChart
        h={260}
        data={busy.map((i) => ({ interval: i.interval, agents: i.agents, scheduled: i.scheduled }))}
        dataKey="interval"
        series={[
          { name: 'agents', label: t('staffing.plan.agents'), color: 'teal.6' },
          { name: 'scheduled', label: t('staffing.plan.scheduled'), color: 'blue.4' },
        ]}
        withLegend
        xAxisProps={{ reversed: rtl, tick: { fontSize: 12 } }}
        yAxisProps={{ orientation: rtl ? 'right' : 'left', allowDecimals: false }}
      />
      <Table.ScrollContainer minWidth={560}>
        <Table striped data-testid="plan-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('staffing.plan.interval')}</Table.Th>
              <Table.Th>{t('staffing.plan.calls')}</Table.Th>
              <Table.Th>{t('staffing.plan.aht')}</Table.Th>
              <Table.Th>{t('staffing.plan.agents')}</Table.Th>
              <Table.Th>{t('staffing.plan.scheduled')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {busy.map((i) => (
              <Table.Tr key={i.interval} data-interval={i.interval}>
                <Table.Td>
                  <Ltr>{i.interval}</Ltr>
                </Table.Td>
                <Table.Td>{num(i.calls, 1)}</Table.Td>
                <Table.Td>{i.aht_seconds === null ? '—' : num(i.aht_seconds)}</Table.Td>
                <Table.Td data-agents>{num(i.agents)}</Table.Td>
                <Table.Td data-scheduled>{num(i.scheduled)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
