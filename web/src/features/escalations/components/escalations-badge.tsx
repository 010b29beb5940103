import { Badge, Tooltip } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../ui/ltr';
import { useEscalationSummary } from '../api/escalations';

/**
 * The supervisors' alarm in the shell (A5): open escalations, red while one is overdue; reloaded
 * on every change (live), just after the next one falls due, and every 30 s.
 */
export function EscalationsBadge() {
  const { t } = useTranslation('escalations');
  const summary = useEscalationSummary(true);
  const open = summary.data?.open ?? 0;
  const overdue = summary.data?.overdue ?? 0;
  if (!summary.data || open === 0) return null;
  return (
    <Tooltip label={overdue > 0 ? t('badge', { count: overdue }) : t('badgeOpen', { count: open })}>
      <Link to="/escalations" style={{ textDecoration: 'none' }} aria-label={t('page.title')}>
        <Badge
          size="lg"
          color={overdue > 0 ? 'red' : 'blue'}
          variant={overdue > 0 ? 'filled' : 'light'}
          leftSection={<IconAlarm size={14} />}
          data-testid="escalations-badge"
          data-overdue={overdue}
          style={{ cursor: 'pointer' }}
        >
          <Ltr>{overdue > 0 ? overdue : open}</Ltr>
        </Badge>
      </Link>
    </Tooltip>
  );
}
