import { Button, Card, Center, Group, Stack, Text } from '@mantine/core';
import { IconFilterOff, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canDoMessaging } from '../../../app/access';
import { FilterSelect } from '../../../ui/filter-select';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session';
import {
  channels,
  messagePurposes,
  templateLanguages,
  templateStatuses,
  useTemplates,
  type Template,
  type TemplateFilter,
} from '../api/messaging';
import { TemplateActionModal } from '../components/template-action-modal';
import { TemplateFormModal } from '../components/template-form-modal';
import { TemplatesTable } from '../components/templates-table';

export function TemplatesPage() {
  const { t } = useTranslation(['messaging', 'common']);
  const { user } = useSession();
  const [filter, setFilter] = useState<TemplateFilter>({});
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Template | undefined>();
  const [approving, setApproving] = useState<Template | null>(null);
  const [archiving, setArchiving] = useState<Template | null>(null);
  const templates = useTemplates(filter);
  const canEdit = canDoMessaging('editTemplates', user.role);
  const canApprove = canDoMessaging('approveTemplates', user.role);
  const filtered = Object.values(filter).some(Boolean);
  const set = (changes: Partial<TemplateFilter>) => setFilter((previous) => ({ ...previous, ...changes }));

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('templates.title')}
        subtitle={t('templates.subtitle')}
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="new-template">
              {t('templates.new')}
            </Button>
          ) : null
        }
      />
      <Card withBorder padding="md" radius="md">
        <Stack>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <FilterSelect
              label={t('templates.filters.purpose')}
              placeholder={t('filters.all')}
              options={messagePurposes}
              optionLabel={(p) => t(`purpose.${p}`)}
              value={filter.purpose}
              onChange={(purpose) => set({ purpose })}
              w={200}
              testId="filter-purpose"
            />
            <FilterSelect
              label={t('templates.filters.channel')}
              placeholder={t('filters.all')}
              options={channels}
              optionLabel={(c) => t(`channel.${c}`)}
              value={filter.channel}
              onChange={(channel) => set({ channel })}
              w={150}
              testId="filter-channel"
            />
            <FilterSelect
              label={t('templates.filters.status')}
              placeholder={t('filters.all')}
              options={templateStatuses}
              optionLabel={(s) => t(`templateStatus.${s}`)}
              value={filter.status}
              onChange={(status) => set({ status })}
              w={150}
              testId="filter-status"
            />
            <FilterSelect
              label={t('templates.filters.language')}
              placeholder={t('filters.all')}
              options={templateLanguages}
              optionLabel={(l) => t(`language.${l}`)}
              value={filter.language}
              onChange={(language) => set({ language })}
              w={150}
              testId="filter-language"
            />
            {filtered ? (
              <Button
                variant="subtle"
                color="gray"
                leftSection={<IconFilterOff size={16} />}
                onClick={() => setFilter({})}
              >
                {t('filters.clear')}
              </Button>
            ) : null}
            <Text size="sm" c="dimmed" ms="auto" data-testid="templates-count" aria-live="polite">
              {templates.data ? t('templates.count', { count: templates.data.items.length }) : null}
            </Text>
          </Group>
          {templates.isPending ? (
            <LoadingBlock />
          ) : templates.isError ? (
            <ErrorBlock error={templates.error} onRetry={() => void templates.refetch()} />
          ) : templates.data.items.length === 0 ? (
            <Center py="xl">
              <Text c="dimmed" data-testid="templates-empty">
                {filtered ? t('templates.emptyFiltered') : t('templates.empty')}
              </Text>
            </Center>
          ) : (
            <TemplatesTable
              templates={templates.data.items}
              canEdit={canEdit}
              canApprove={canApprove}
              onEdit={setEditing}
              onApprove={setApproving}
              onArchive={setArchiving}
            />
          )}
        </Stack>
      </Card>
      <TemplateFormModal opened={creating} onClose={() => setCreating(false)} />
      <TemplateFormModal opened={editing !== undefined} template={editing} onClose={() => setEditing(undefined)} />
      <TemplateActionModal action="approve" template={approving} onClose={() => setApproving(null)} />
      <TemplateActionModal action="archive" template={archiving} onClose={() => setArchiving(null)} />
    </Stack>
  );
}
