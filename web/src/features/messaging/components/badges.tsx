import { Badge, type BadgeProps } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OutboxStatus, TemplateStatus } from '../api/messaging';

const outboxColors: Record<OutboxStatus, string> = {
  queued: 'gray',
  sending: 'blue',
  sent: 'teal',
  delivered: 'green',
  failed: 'red',
  expired: 'orange',
  rejected: 'red',
};

export function OutboxStatusBadge({ status, ...props }: { status: OutboxStatus } & BadgeProps) {
  const { t } = useTranslation('messaging');
  return (
    <Badge
      color={outboxColors[status] ?? 'gray'}
      variant={status === 'rejected' ? 'filled' : 'light'}
      data-status={status}
      data-testid="outbox-status"
      {...props}
    >
      {t(`outboxStatus.${status}`)}
    </Badge>
  );
}

const templateColors: Record<TemplateStatus, string> = { draft: 'yellow', approved: 'teal', archived: 'gray' };

export function TemplateStatusBadge({ status }: { status: TemplateStatus }) {
  const { t } = useTranslation('messaging');
  return (
    <Badge
      color={templateColors[status]}
      variant="light"
      style={{ flexShrink: 0, overflow: 'visible' }}
      data-status={status}
      data-testid="template-status"
    >
      {t(`templateStatus.${status}`)}
    </Badge>
  );
}

export function FaxBadge() {
  const { t } = useTranslation('messaging');
  return (
    <Badge color="grape" variant="light" leftSection={<IconPrinter size={12} />} data-testid="fax-badge">
      {t('inbox.fax')}
    </Badge>
  );
}
