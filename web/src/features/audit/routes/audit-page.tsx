import { Button, Card, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSettingValue } from '../../settings/api/settings';
import { useAuditLog } from '../api/audit';
import { AuditTable } from '../components/audit-table';

export function AuditPage() {
  const { t } = useTranslation(['audit', 'common']);
  const log = useAuditLog();
  const timeZone = useSettingValue('timezone');
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap={0}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Card withBorder padding="md" radius="md">
        {log.isPending ? (
          <LoadingBlock />
        ) : log.isError ? (
          <ErrorBlock error={log.error} onRetry={() => void log.refetch()} />
        ) : entries.length === 0 ? (
          <Center py="xl">
            <Text c="dimmed">{t('empty')}</Text>
          </Center>
        ) : (
          <Stack>
            <Text size="sm" c="dimmed" data-testid="audit-count">
              {t('shown', { count: entries.length })}
            </Text>
            <AuditTable entries={entries} timeZone={timeZone} />
            <Center>
              {log.hasNextPage ? (
                <Button variant="light" loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
                  {t('common:actions.loadMore')}
                </Button>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('end')}
                </Text>
              )}
            </Center>
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
