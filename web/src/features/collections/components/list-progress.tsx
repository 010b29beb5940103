import { Group, Progress, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../ui/ltr';
import type { AgentProgress } from '../api/collections';

// Item statuses folded into the bands of a progress bar: closed well, closed without
// reaching the customer, waiting for IT, postponed, still to do.
const bands = [
  { key: 'done', color: 'teal', statuses: ['done', 'sent', 'delivered'] },
  { key: 'unreachable', color: 'red', statuses: ['unreachable', 'failed', 'refused', 'rejected', 'expired'] },
  { key: 'waiting_correction', color: 'orange', statuses: ['waiting_correction'] },
  { key: 'waiting', color: 'yellow', statuses: ['waiting'] },
  { key: 'pending', color: 'gray.5', statuses: ['pending', 'queued'] },
] as const;

const closedBands = new Set(['done', 'unreachable']);

export function closedCount(progress: AgentProgress): number {
  return bands
    .filter((b) => closedBands.has(b.key))
    .flatMap((b) => b.statuses)
    .reduce((n, s) => n + (progress.by_status[s] ?? 0), 0);
}

/** Per agent: a bar split by status and "closed of total" (P1-2 step 9: who called whom). */
export function ListProgress({ byAgent, channel }: { byAgent: AgentProgress[]; channel: string }) {
  const { t } = useTranslation('collections');
  if (byAgent.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('worklists.noProgress')}
      </Text>
    );
  }
  return (
    <Table verticalSpacing={6} data-testid="agent-progress">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">{t('worklists.agent')}</Table.Th>
          <Table.Th>{t('worklists.progress')}</Table.Th>
          <Table.Th w={110} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {byAgent.map((row) => {
          const closed = closedCount(row);
          return (
            <Table.Tr key={row.agent ?? ''} data-agent={row.agent ?? ''} data-closed={closed} data-total={row.total}>
              <Table.Td>
                {row.agent ? (
                  <Stack gap={0}>
                    <Text size="sm" fw={500}>
                      <bdi>{row.agent_name ?? row.agent}</bdi>
                    </Text>
                    <Text size="xs" c="dimmed">
                      <Ltr mono>{row.agent}</Ltr>
                    </Text>
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    {channel === 'phone' ? t('worklists.unassigned') : t('worklists.noAgent')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Progress.Root size="lg" aria-label={t('worklists.progress')}>
                  {bands.map((band) => {
                    const n = band.statuses.reduce((sum, s) => sum + (row.by_status[s] ?? 0), 0);
                    if (n === 0 || row.total === 0) return null;
                    return (
                      <Tooltip key={band.key} label={`${t(`itemStatus.${band.key}`)}: ${n}`}>
                        <Progress.Section value={(n / row.total) * 100} color={band.color} data-band={band.key} />
                      </Tooltip>
                    );
                  })}
                </Progress.Root>
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Text size="sm" data-testid="closed-of-total">
                    {t('worklists.closedOf', { closed, total: row.total })}
                  </Text>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
