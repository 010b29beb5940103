import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../api/marketing';

const color = { draft: 'gray', running: 'teal', paused: 'orange', ended: 'dark' } as const;

export function CampaignStatusBadge({ status }: { status: Campaign['status'] }) {
  const { t } = useTranslation('marketing');
  return (
    <Badge color={color[status]} data-testid="campaign-status" data-status={status}>
      {t(`campaigns.status.${status}`)}
    </Badge>
  );
}
