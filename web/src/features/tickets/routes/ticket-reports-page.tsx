import { Button, Card, Center, Group, Progress, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { DateField, MonthField } from '../../../ui/date-field';
import { formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import {
  isIsoDate,
  isMonth,
  keyAccountsPath,
  lastMonth,
  useKeyAccountsReport,
  useWeeklyReport,
  weeklyPath,
  type ReportCounts,
} from '../api/reports';
import { isCategory } from '../api/tickets';
import { KeyAccountsChart, WeeklyChart } from '../components/report-charts';
import { useGroupName } from '../components/ticket-badges';

export function TicketReportsPage() {
  const { t } = useTranslation('tickets');
  return (
    <Stack gap={0}>
      <PageHeader title={t('reports.title')} subtitle={t('reports.subtitle')} />
      <Tabs defaultValue="monthly" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="monthly" data-testid="report-tab-monthly">
            {t('reports.monthly')}
          </Tabs.Tab>
          <Tabs.Tab value="weekly" data-testid="report-tab-weekly">
            {t('reports.weekly')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="monthly">
          <KeyAccountsTab />
        </Tabs.Panel>
        <Tabs.Panel value="weekly">
          <WeeklyTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function ExcelLink({ href }: { href: string }) {
  const { t } = useTranslation('tickets');
  return (
    <Button
      component="a"
      href={`/api/v1${href}`}
      download
      variant="light"
      leftSection={<IconFileSpreadsheet size={16} />}
      data-testid="report-xlsx"
    >
      {t('reports.excel')}
    </Button>
  );
}

function KeyAccountsTab() {
  const { t } = useTranslation('tickets');
  const [month, setMonth] = useState(lastMonth);
  const report = useKeyAccountsReport(month);
  const valid = isMonth(month);

  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <MonthField
          label={t('reports.month')}
          value={month}
          onChange={setMonth}
          error={valid ? undefined : t('reports.badMonth')}
          w={240}
          testId="report-month"
        />
        {valid ? <ExcelLink href={keyAccountsPath(month, 'xlsx')} /> : null}
      </Group>
      {!valid ? null : report.isPending ? (
        <LoadingBlock />
      ) : report.isError ? (
        <ErrorBlock error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Card withBorder padding="md" radius="md">
          {report.data.rows.length === 0 ? (
            <Center py="lg">
              <Text c="dimmed">{t('reports.empty')}</Text>
            </Center>
          ) : (
            <Stack gap="md">
              <KeyAccountsChart report={report.data} />
              <Table.ScrollContainer minWidth={980}>
                <Table striped verticalSpacing="sm" data-testid="key-accounts-report">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reports.customer')}</Table.Th>
                      <Table.Th>{t('columns.category')}</Table.Th>
                      <CountHeaders />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {report.data.rows.map((row) => (
                      <Table.Tr key={`${row.customer_no}-${row.category}`} data-customer={row.customer_no}>
                        <Table.Td>
                          <Text size="sm">
                            <bdi>{row.customer_name}</bdi>
                          </Text>
                          <Text size="xs" c="dimmed">
                            <Ltr mono>{row.customer_no}</Ltr>
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {isCategory(row.category) ? t(`category.${row.category}`) : row.category_name}
                        </Table.Td>
                        <CountCells counts={row} />
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr fw={700} data-testid="report-totals">
                      <Table.Td colSpan={2}>{t('reports.total')}</Table.Td>
                      <CountCells counts={report.data.totals} />
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          )}
        </Card>
      )}
    </Stack>
  );
}

function WeeklyTab() {
  const { t } = useTranslation('tickets');
  const groupName = useGroupName();
  // Empty: the server's default, the last full week (Sunday to Saturday).
  const [weekStart, setWeekStart] = useState('');
  const report = useWeeklyReport(weekStart);
  const valid = weekStart === '' || isIsoDate(weekStart);

  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <DateField
          label={t('reports.weekStart')}
          description={t('reports.weekStartHint')}
          value={weekStart || report.data?.week_start || ''}
          onChange={setWeekStart}
          hijri
          w={240}
          testId="report-week"
        />
        {valid && report.data ? <ExcelLink href={weeklyPath(report.data.week_start, 'xlsx')} /> : null}
      </Group>
      {!valid ? null : report.isPending ? (
        <LoadingBlock />
      ) : report.isError ? (
        <ErrorBlock error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <Card withBorder padding="md" radius="md">
            <Text fw={600} size="sm" mb="sm">
              {t('reports.byGroup')}
            </Text>
            {report.data.groups.length > 0 ? <WeeklyChart report={report.data} /> : null}
            <Table.ScrollContainer minWidth={900} mt="md">
              <Table striped verticalSpacing="sm" data-testid="weekly-report">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('columns.group')}</Table.Th>
                    <CountHeaders />
                    <Table.Th>{t('reports.breachedOpen')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.data.groups.map((row) => (
                    <Table.Tr key={row.group} data-group={row.group}>
                      <Table.Td>{groupName(row.group)}</Table.Td>
                      <CountCells counts={row} />
                      <Table.Td>
                        <Ltr>{row.breached_open}</Ltr>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr fw={700}>
                    <Table.Td>{t('reports.total')}</Table.Td>
                    <CountCells counts={report.data.totals} />
                    <Table.Td>
                      <Ltr>{report.data.totals.breached_open}</Ltr>
                    </Table.Td>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
          </Card>
          <Card withBorder padding="md" radius="md">
            <Text fw={600} size="sm" mb="sm">
              {t('reports.byPerson')}
            </Text>
            {report.data.people.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('reports.empty')}
              </Text>
            ) : (
              <Table verticalSpacing="xs" data-testid="weekly-people">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reports.person')}</Table.Th>
                    <Table.Th>{t('reports.resolved')}</Table.Th>
                    <Table.Th>{t('reports.compliance')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.data.people.map((p) => (
                    <Table.Tr key={p.name}>
                      <Table.Td>
                        <bdi>{p.name}</bdi>
                      </Table.Td>
                      <Table.Td>
                        <Ltr>{p.resolved}</Ltr>
                      </Table.Td>
                      <Table.Td miw={180}>
                        <ComplianceBar value={p.sla_compliance} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </>
      )}
    </Stack>
  );
}

function CountHeaders() {
  const { t } = useTranslation('tickets');
  return (
    <>
      <Table.Th>{t('reports.opened')}</Table.Th>
      <Table.Th>{t('reports.resolved')}</Table.Th>
      <Table.Th>{t('reports.withinSla')}</Table.Th>
      <Table.Th>{t('reports.compliance')}</Table.Th>
      <Table.Th>{t('reports.medianHours')}</Table.Th>
      <Table.Th>{t('reports.backlog')}</Table.Th>
    </>
  );
}

function CountCells({ counts }: { counts: ReportCounts }) {
  const locale = currentLocale();
  return (
    <>
      <Table.Td>
        <Ltr>{counts.opened}</Ltr>
      </Table.Td>
      <Table.Td>
        <Ltr>{counts.resolved}</Ltr>
      </Table.Td>
      <Table.Td>
        <Ltr>{counts.resolved_within_sla}</Ltr>
      </Table.Td>
      <Table.Td miw={180}>
        <ComplianceBar value={counts.sla_compliance} />
      </Table.Td>
      <Table.Td>
        <Ltr>
          {counts.median_resolution_hours === null ? '—' : formatNumber(counts.median_resolution_hours, locale, 1)}
        </Ltr>
      </Table.Td>
      <Table.Td>
        <Ltr>{counts.backlog}</Ltr>
      </Table.Td>
    </>
  );
}

/** SLA compliance as a bar and a percentage: green from 90 %, orange from 70 %, red below. */
function ComplianceBar({ value }: { value: number | null }) {
  const { t } = useTranslation('tickets');
  if (value === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('reports.noResolved')}
      </Text>
    );
  }
  const percent = Math.round(value * 1000) / 10;
  const color = percent >= 90 ? 'teal' : percent >= 70 ? 'orange' : 'red';
  return (
    <Group gap="xs" wrap="nowrap" data-compliance={percent}>
      <Progress value={percent} color={color} size="lg" radius="sm" style={{ flex: 1 }} aria-label={`${percent}%`} />
      <Text size="sm" fw={600} miw={48}>
        <Ltr>{`${formatNumber(percent, currentLocale(), 1)}%`}</Ltr>
      </Text>
    </Group>
  );
}
