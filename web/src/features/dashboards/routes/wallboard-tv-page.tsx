import '@mantine/core/styles.layer.css';
import { ActionIcon, Box, Group, Text, Title } from '@mantine/core';
import { IconArrowsMaximize } from '@tabler/icons-react';
import { QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { canOpen } from '../../../app/access';
import { queryClient } from '../../../app/query-client';
import { currentLocale } from '../../../i18n';
import { LiveIndicator } from '../../../live/live-indicator';
import { useLiveUpdates } from '../../../live/use-live-updates';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { SessionContext, sessionQuery } from '../../auth/api/session';
import { NoPermissionPage } from '../../shell/routes/no-permission-page';
import { useNow } from '../../telephony/hooks/use-now';
import { useWallboard, useWallboardDay } from '../api/dashboards';
import { WallboardBoard } from '../components/wallboard-board';

/**
 * The wallboard on a TV: the whole screen, no navigation, large Arabic type. It opens the live
 * socket itself (the app's shell is not there) and reloads everything after a reconnect.
 */
export function WallboardTvPage() {
  return (
    <QueryClientProvider client={queryClient}>
      <SignedInTv />
    </QueryClientProvider>
  );
}

function SignedInTv() {
  const session = useSuspenseQuery(sessionQuery).data;
  if (!session) return null;
  return (
    <SessionContext value={session}>
      {canOpen('wallboard', session.user.role, session.user.skills) ? <TvBoard /> : <NoPermissionPage />}
    </SessionContext>
  );
}

function TvBoard() {
  const { t } = useTranslation('dashboards');
  const live = useLiveUpdates();
  const board = useWallboard();
  const day = useWallboardDay();
  const now = useNow(1000);
  const clock = new Intl.DateTimeFormat(currentLocale() === 'ar' ? 'ar-SA-u-ca-gregory-nu-latn' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: board.data?.time_zone,
  }).format(now + (board.data?.skewMs ?? 0));
  return (
    <Box p="xl" mih="100vh" data-testid="wallboard-tv">
      <Group justify="space-between" mb="xl" wrap="nowrap">
        <Title order={1} fz="3.2rem">
          {t('wallboard.title')}
        </Title>
        <Group gap="lg" wrap="nowrap">
          <LiveIndicator status={live} />
          <Text fz="3rem" fw={700} data-testid="wallboard-clock">
            <bdi dir="ltr">{clock}</bdi>
          </Text>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('wallboard.fullScreen')}
            onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
          >
            <IconArrowsMaximize size={20} />
          </ActionIcon>
        </Group>
      </Group>
      {board.isPending ? (
        <LoadingBlock />
      ) : board.isError ? (
        <ErrorBlock error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <WallboardBoard board={board.data} day={day.data} tv />
      )}
    </Box>
  );
}
