import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSettings } from '../api/settings';
import { SettingsForm } from '../components/settings-form';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  return (
    <Stack gap={0} maw={960}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {settings.isPending ? (
        <LoadingBlock />
      ) : settings.isError ? (
        <ErrorBlock error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        // A fresh form whenever the server's values change (after saving, or another admin's change).
        <SettingsForm key={settings.dataUpdatedAt} items={settings.data.items} />
      )}
    </Stack>
  );
}
