import { Button, List, Stack, Text } from '@mantine/core';
import { IconDeviceTv } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useWallboard, useWallboardDay } from '../api/dashboards';
import { WallboardBoard } from '../components/wallboard-board';

/** لوحة العرض المباشر — the wallboard inside the app, with the way to its TV mode and the definitions. */
export function WallboardPage() {
  const { t } = useTranslation('dashboards');
  const board = useWallboard();
  const day = useWallboardDay();
  return (
    <Stack gap={0}>
      <PageHeader
        title={t('wallboard.title')}
        subtitle={t('wallboard.subtitle')}
        actions={
          <Button component={Link} to="/wallboard/tv" leftSection={<IconDeviceTv size={18} />} data-testid="tv-mode">
            {t('wallboard.tvMode')}
          </Button>
        }
      />
      {board.isPending ? (
        <LoadingBlock />
      ) : board.isError ? (
        <ErrorBlock error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <Stack>
          <WallboardBoard board={board.data} day={day.data} tv={false} />
          <Stack gap={4} data-testid="wallboard-definitions">
            <Text fw={600}>{t('wallboard.definitions')}</Text>
            <List size="sm" c="dimmed">
              {(['serviceLevel', 'abandonRate', 'asa', 'aht', 'colours'] as const).map((key) => (
                <List.Item key={key}>{t(`definitions.${key}`)}</List.Item>
              ))}
            </List>
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
