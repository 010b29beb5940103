import { Button, Card, Center, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSettingValue } from '../../settings/api/settings';
import { useUsers } from '../../users/api/users';
import {
  actionOfKey,
  auditActionKeys,
  auditEntities,
  auditExportHref,
  useAuditLog,
  type AuditFilter,
} from '../api/audit';
import { AuditTable, useAuditNames } from '../components/audit-table';
import { DateField } from '../../../ui/date-field';

export function AuditPage() {
  const { t } = useTranslation(['audit', 'common']);
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = useAuditLog(filter);
  const timeZone = useSettingValue('timezone');
  const users = useUsers({ limit: 200, offset: 0 });
  const names = useAuditNames();
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const set = (patch: Partial<AuditFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const filtered = Object.values(filter).some(Boolean);

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Tooltip label={t('exportHint')} multiline w={300}>
            <Button
              component="a"
              href={auditExportHref(filter)}
              download
              variant="light"
              leftSection={<IconFileSpreadsheet size={18} />}
              data-testid="export-audit"
            >
              {t('export')}
            </Button>
          </Tooltip>
        }
      />
      <Card withBorder padding="md" radius="md">
        <Stack>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={t('filters.actor')}
              placeholder={t('filters.all')}
              data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.display_name }))}
              value={filter.actor_id ?? null}
              onChange={(value) => set({ actor_id: value ?? undefined })}
              searchable
              clearable
              w={200}
              data-testid="filter-actor"
            />
            <Select
              label={t('filters.action')}
              placeholder={t('filters.all')}
              data={auditActionKeys
                .map((key) => ({ value: actionOfKey(key), label: names.action(actionOfKey(key)) ?? key }))
                .sort((a, b) => a.label.localeCompare(b.label, 'ar'))}
              value={filter.action ?? null}
              onChange={(value) => set({ action: value ?? undefined })}
              searchable
              clearable
              w={230}
              data-testid="filter-action"
            />
            <Select
              label={t('filters.entity')}
              placeholder={t('filters.all')}
              data={auditEntities.map((e) => ({ value: e, label: names.entity(e) ?? e }))}
              value={filter.entity ?? null}
              onChange={(value) => set({ entity: value ?? undefined })}
              clearable
              w={180}
              data-testid="filter-entity"
            />
            <DateField
              label={t('filters.from')}
              w={180}
              value={filter.from ?? ''}
              maxDate={filter.to}
              hijri
              clearable
              onChange={(value) => set({ from: value || undefined })}
              testId="filter-from"
            />
            <DateField
              label={t('filters.to')}
              w={180}
              value={filter.to ?? ''}
              minDate={filter.from}
              hijri
              clearable
              onChange={(value) => set({ to: value || undefined })}
              testId="filter-to"
            />
            {filtered ? (
              <Button variant="subtle" color="gray" onClick={() => setFilter({})}>
                {t('filters.clear')}
              </Button>
            ) : null}
          </Group>
          {log.isPending ? (
            <LoadingBlock />
          ) : log.isError ? (
            <ErrorBlock error={log.error} onRetry={() => void log.refetch()} />
          ) : entries.length === 0 ? (
            <Center py="xl">
              <Text c="dimmed">{filtered ? t('noMatch') : t('empty')}</Text>
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
        </Stack>
      </Card>
    </Stack>
  );
}
