import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatCalendarDate, formatCalendarDateHijri, formatDateTime } from '../../../ui/format';
import type { DailyRun } from '../api/collections';
import { ActorName } from './actor-name';

const statusColor: Record<string, string> = { running: 'yellow', completed: 'teal', failed: 'red' };
const knownStatus = (s: string): s is 'running' | 'completed' | 'failed' =>
  s === 'running' || s === 'completed' || s === 'failed';

export function RecentRuns({
  runs,
  timeZone,
  onShow,
}: {
  runs: DailyRun[];
  timeZone: string | undefined;
  onShow: (run: DailyRun) => void;
}) {
  const { t } = useTranslation('collections');
  const locale = currentLocale();
  if (runs.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="runs-empty">
        {t('runs.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing={6} data-testid="recent-runs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('runs.date')}</Table.Th>
            <Table.Th>{t('runs.status')}</Table.Th>
            <Table.Th>{t('runs.startedAt')}</Table.Th>
            <Table.Th>{t('runs.finishedAt')}</Table.Th>
            <Table.Th>{t('runs.startedBy')}</Table.Th>
            <Table.Th>{t('runs.lists')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => {
            const items = (run.summary?.lists ?? []).reduce((n, l) => n + l.items, 0);
            const lastRerun = run.summary?.reruns?.at(-1);
            return (
              <Table.Tr key={run.date} data-run={run.date} data-status={run.status}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">
                      <bdi>{formatCalendarDate(run.date, locale)}</bdi>
                    </Text>
                    <Text size="xs" c="dimmed">
                      <bdi>{formatCalendarDateHijri(run.date, locale)}</bdi>
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Badge color={statusColor[run.status] ?? 'gray'} variant="light" tt="none">
                    {knownStatus(run.status) ? t(`runs.statusValue.${run.status}`) : run.status}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <bdi>{formatDateTime(run.started_at, locale, timeZone)}</bdi>
                </Table.Td>
                <Table.Td>
                  {run.finished_at ? <bdi>{formatDateTime(run.finished_at, locale, timeZone)}</bdi> : '—'}
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <span data-testid="run-started-by">
                      <ActorName by={run.started_by} name={run.started_by_name} />
                    </span>
                    {lastRerun ? (
                      <Text size="xs" c="dimmed" data-testid="run-last-rerun">
                        {t('runs.lastRerun', { at: formatDateTime(lastRerun.at, locale, timeZone) })}{' '}
                        <ActorName by={lastRerun.by} name={lastRerun.by_name} />
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>{t('count.items', { count: items })}</Table.Td>
                <Table.Td>
                  {run.summary?.lists ? (
                    <Button size="compact-xs" variant="subtle" onClick={() => onShow(run)} data-action="show-summary">
                      {t('runs.show')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
