import { ActionIcon, Badge, Button, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../ui/ltr';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useBreakReasons, useQueues, type CallQueue } from '../api/routing';
import { BreakReasonsEditor } from '../components/break-reasons-editor';
import { QueueDrawer } from '../components/queue-drawer';

/** طوابير المكالمات: the queues with their routing settings, and the break reasons. */
export function QueuesPage() {
  const { t } = useTranslation(['telephonyAdmin', 'common']);
  const queues = useQueues();
  const reasons = useBreakReasons();
  const [editing, setEditing] = useState<CallQueue | null | 'new'>(null);
  const items = queues.data?.items ?? [];

  return (
    <Stack gap={0} maw={1200}>
      <PageHeader
        title={t('queues.title')}
        subtitle={t('queues.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('queues.new')}
          </Button>
        }
      />
      {queues.error ? (
        <ErrorBlock error={queues.error} onRetry={() => void queues.refetch()} />
      ) : !queues.data ? (
        <LoadingBlock />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="queues-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('queues.columns.queue')}</Table.Th>
                <Table.Th>{t('queues.columns.skill')}</Table.Th>
                <Table.Th>{t('queues.columns.strategy')}</Table.Th>
                <Table.Th>{t('queues.columns.wrapUp')}</Table.Th>
                <Table.Th>{t('queues.columns.sl')}</Table.Th>
                <Table.Th>{t('queues.columns.hours')}</Table.Th>
                <Table.Th>{t('queues.columns.overflow')}</Table.Th>
                <Table.Th>{t('queues.columns.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((q) => (
                <Table.Tr key={q.code} data-code={q.code}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {q.name_ar}
                    </Text>
                    <Text size="xs" c="dimmed">
                      <Ltr mono>{q.code}</Ltr>
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`common:skills.${q.skill}`)}</Table.Td>
                  <Table.Td>{t(`queues.strategies.${q.strategy}`)}</Table.Td>
                  <Table.Td data-testid="wrap-up">{t('queues.seconds', { count: q.wrap_up_seconds })}</Table.Td>
                  <Table.Td>{t('queues.slValue', { percent: q.sl_target_percent, seconds: q.sl_seconds })}</Table.Td>
                  <Table.Td data-testid="hours">
                    <Ltr mono>{q.hours}</Ltr>
                  </Table.Td>
                  <Table.Td>
                    {q.overflow_queue ? (
                      <Text size="sm">
                        <Ltr mono>{q.overflow_queue}</Ltr> · {t('queues.seconds', { count: q.overflow_seconds ?? 0 })}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('queues.never')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={q.active ? 'teal' : 'gray'} variant="dot">
                      {q.active ? t('common:status.active') : t('common:status.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={t('common:actions.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('common:actions.edit')} ${q.code}`}
                        onClick={() => setEditing(q)}
                      >
                        <IconPencil size={18} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={3} size="h4" mt="xl" mb="sm">
        {t('breaks.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('breaks.subtitle')}
      </Text>
      {reasons.error ? (
        <ErrorBlock error={reasons.error} onRetry={() => void reasons.refetch()} />
      ) : !reasons.data ? (
        <LoadingBlock />
      ) : (
        <BreakReasonsEditor key={reasons.dataUpdatedAt} reasons={reasons.data.items} />
      )}
      <QueueDrawer
        opened={editing !== null}
        onClose={() => setEditing(null)}
        queue={editing === 'new' ? null : editing}
        queues={items}
      />
    </Stack>
  );
}
