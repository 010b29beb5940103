import { Badge, Button, Card, Group, Loader, Text } from '@mantine/core';
import { IconPhoneOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifyError } from '../../../ui/notify';
import type { Dial } from '../../telephony/api/dial';
import { useHangup } from '../../telephony/api/telephony';

const colour: Record<Dial['status'], string> = {
  dialing: 'gray',
  ringing: 'yellow',
  answered: 'blue',
  connected: 'teal',
  ended: 'dark',
};

/** The call placed from the list, as it rings, connects and ends (the number stays masked: A6). */
export function CallStatus({ dial }: { dial: Dial }) {
  const { t } = useTranslation('escalations');
  const errorText = useErrorText();
  const hangup = useHangup();
  const live = dial.status !== 'ended';
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      data-testid="call-status"
      data-status={dial.status}
      data-cause={dial.cause ?? ''}
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          {live && dial.status !== 'connected' ? <Loader size="sm" /> : null}
          <Badge color={colour[dial.status]} variant="filled" size="lg" radius="sm" aria-live="polite">
            {t(`dial.status.${dial.status}`)}
          </Badge>
          {dial.status === 'ended' && dial.cause ? (
            <Text size="sm" fw={600} data-testid="call-cause">
              {t(`dial.cause.${dial.cause}`)}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed" title={t('dial.hidden')}>
            <Ltr mono>{dial.number}</Ltr>
          </Text>
        </Group>
        {live ? (
          <Button
            color="red"
            size="compact-md"
            leftSection={<IconPhoneOff size={16} />}
            loading={hangup.isPending}
            onClick={() => hangup.mutate(undefined, { onError: (error) => notifyError(errorText(error)) })}
            data-testid="call-hangup"
          >
            {t('dial.hangup')}
          </Button>
        ) : null}
      </Group>
    </Card>
  );
}
