import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveStatus } from './live-connection';

/** "Live" while events flow; otherwise what the socket is doing (screens may be behind). */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  const live = status === 'live';
  return (
    <Badge
      variant="dot"
      color={live ? 'teal' : 'yellow'}
      size="md"
      title={live ? t('live.liveHint') : t('live.reconnectingHint')}
      data-testid="live-indicator"
      data-status={status}
      role="status"
    >
      {t(`live.${status}`)}
    </Badge>
  );
}
