import { ActionIcon, Card, Center, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useWorkLists, type WorkList } from '../api/collections';
import { DateField } from '../components/date-field';
import { DistributeModal, SignOffModal } from '../components/list-actions';
import { WorklistCard } from '../components/worklist-card';
import { useBusinessDate } from '../hooks/use-business-date';

/** كشوف اليوم — the supervisor's day (SPEC L4, P1-2 steps 9–12). */
export function WorklistsPage() {
  const { t } = useTranslation('collections');
  const { date, setDate, timeZone } = useBusinessDate();
  const lists = useWorkLists(date);
  const [distributing, setDistributing] = useState<WorkList | null>(null);
  const [signingOff, setSigningOff] = useState<WorkList | null>(null);

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('worklists.title')}
        subtitle={t('worklists.subtitle')}
        actions={
          <Group align="flex-end" gap="xs">
            <DateField value={date} onChange={setDate} testId="worklists-date" />
            <Tooltip label={t('autoRefresh')}>
              <ActionIcon
                variant="default"
                size="input-sm"
                aria-label={t('refresh')}
                loading={lists.isFetching}
                onClick={() => void lists.refetch()}
              >
                <IconRefresh size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        }
      />
      {lists.isPending ? (
        <LoadingBlock />
      ) : lists.isError ? (
        <ErrorBlock error={lists.error} onRetry={() => void lists.refetch()} />
      ) : lists.data.lists.length === 0 ? (
        <Card withBorder radius="md" padding="xl">
          <Center>
            <Stack gap={4} align="center" data-testid="worklists-empty">
              <Text fw={500}>{t('worklists.empty')}</Text>
              <Text c="dimmed" size="sm">
                {t('worklists.emptyHint')}
              </Text>
            </Stack>
          </Center>
        </Card>
      ) : (
        <Stack gap="md" data-testid="worklists">
          {lists.data.lists.map((list) => (
            <WorklistCard
              key={list.id}
              list={list}
              timeZone={timeZone}
              sendingWindow={lists.data.sending_window}
              onDistribute={setDistributing}
              onSignOff={setSigningOff}
            />
          ))}
        </Stack>
      )}
      <DistributeModal list={distributing} onClose={() => setDistributing(null)} />
      <SignOffModal list={signingOff} onClose={() => setSigningOff(null)} />
    </Stack>
  );
}
