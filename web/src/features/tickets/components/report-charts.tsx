import '@mantine/charts/styles.layer.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatNumber } from '../../../ui/format';
import type { KeyAccountsReport, WeeklyReport } from '../api/reports';
import { useGroupName } from './ticket-badges';

// The reports' charts (S4). Recharts draws left to right; in Arabic the first bar stands on the
// right and the value axis on the right edge, as a reader of the table beside it expects.

function axes() {
  const rtl = currentLocale() === 'ar';
  return {
    xAxisProps: { reversed: rtl, interval: 0 as const, tick: { fontSize: 12 } },
    yAxisProps: { orientation: rtl ? ('right' as const) : ('left' as const), allowDecimals: false },
    valueFormatter: (value: number) => formatNumber(value, currentLocale(), 0),
  };
}

/** Per key-account customer: resolved within the SLA, resolved late, and still open at month end. */
export function KeyAccountsChart({ report }: { report: KeyAccountsReport }) {
  const { t } = useTranslation('tickets');
  const byCustomer = new Map<string, { customer: string; within: number; late: number; backlog: number }>();
  for (const row of report.rows) {
    const entry = byCustomer.get(row.customer_no) ?? { customer: row.customer_name, within: 0, late: 0, backlog: 0 };
    entry.within += row.resolved_within_sla;
    entry.late += row.resolved - row.resolved_within_sla;
    entry.backlog += row.backlog;
    byCustomer.set(row.customer_no, entry);
  }
  return (
    <BarChart
      h={260}
      data={[...byCustomer.values()]}
      dataKey="customer"
      type="stacked"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      series={[
        { name: 'within', label: t('reports.chartWithin'), color: 'teal.6' },
        { name: 'late', label: t('reports.chartLate'), color: 'red.6' },
        { name: 'backlog', label: t('reports.backlog'), color: 'gray.5' },
      ]}
      data-testid="key-accounts-chart"
      {...axes()}
    />
  );
}

/** Per group: opened, resolved and still open at the end of the week. */
export function WeeklyChart({ report }: { report: WeeklyReport }) {
  const { t } = useTranslation('tickets');
  const groupName = useGroupName();
  return (
    <BarChart
      h={260}
      data={report.groups.map((g) => ({
        group: groupName(g.group),
        opened: g.opened,
        resolved: g.resolved,
        backlog: g.backlog,
      }))}
      dataKey="group"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      series={[
        { name: 'opened', label: t('reports.opened'), color: 'blue.6' },
        { name: 'resolved', label: t('reports.resolved'), color: 'teal.6' },
        { name: 'backlog', label: t('reports.backlog'), color: 'gray.5' },
      ]}
      data-testid="weekly-chart"
      {...axes()}
    />
  );
}
