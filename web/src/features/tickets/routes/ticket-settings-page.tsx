import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { canEditTicketSettings } from '../../../app/access';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session';
import { useActiveUsers, useTicketGroups, useTicketSettings } from '../api/ticket-settings';
import { GroupSettingsCard } from '../components/group-settings-card';
import { TicketSettingsForm } from '../components/ticket-settings-form';

/** إعدادات التذاكر: groups (countries, members) and SLA settings; supervisors see them read-only. */
export function TicketSettingsPage() {
  const { t } = useTranslation('tickets');
  const { user } = useSession();
  const editable = canEditTicketSettings(user.role);
  const groups = useTicketGroups();
  const settings = useTicketSettings();
  const users = useActiveUsers(editable);

  const pending = groups.isPending || settings.isPending || (editable && users.isPending);
  const failed = groups.error ?? settings.error ?? (editable ? users.error : null);

  return (
    <Stack gap={0} maw={1100}>
      <PageHeader title={t('settings.title')} subtitle={editable ? t('settings.subtitle') : t('settings.readOnly')} />
      {failed ? (
        <ErrorBlock
          error={failed}
          onRetry={() => {
            void groups.refetch();
            void settings.refetch();
            if (editable) void users.refetch();
          }}
        />
      ) : pending || !groups.data || !settings.data ? (
        <LoadingBlock />
      ) : (
        <Stack>
          <Title order={3} size="h4">
            {t('settings.groups.title')}
          </Title>
          {groups.data.items.map((group) => (
            <GroupSettingsCard
              key={`${group.code}-${groups.dataUpdatedAt}`}
              group={group}
              users={users.data?.items ?? []}
              editable={editable}
            />
          ))}
          <TicketSettingsForm
            key={settings.dataUpdatedAt}
            settings={settings.data}
            groups={groups.data.items}
            editable={editable}
          />
        </Stack>
      )}
    </Stack>
  );
}
