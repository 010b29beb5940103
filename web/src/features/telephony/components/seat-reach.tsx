import { ActionIcon, Badge, Button, Group, Indicator, Menu, Stack, Text } from '@mantine/core';
import { IconAlarm, IconPhoneOutgoing } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifyError } from '../../../ui/notify';
import { useShortcuts } from '../../../ui/shortcuts';
import { EscalateModal } from '../../escalations/components/escalate-modal';
import { useDialCallback, useSeatCallbacks, type Callback } from '../api/dial';
import type { Seat } from '../api/telephony';
import { useQueueName } from './screen-pop';

/** The seat's keys for issue #13: F6 escalates the call, F7 dials the first call-back. */
export const reachKeys = { escalate: 'F6', callback: 'F7' } as const;

const canDial = (state: Seat['state']) =>
  state === 'available' || state === 'break' || state === 'offline' || state === 'wrap_up';

/**
 * The seat's call-backs (a dropped call on top: A5) dialled with one key, and the escalation of
 * the call on the seat (during it or in its wrap-up) to the supervisors with the promised time.
 */
export function SeatReach({ seat }: { seat: Seat }) {
  const { t } = useTranslation('escalations');
  const errorText = useErrorText();
  const queueName = useQueueName();
  const callbacks = useSeatCallbacks(true);
  const dialCallback = useDialCallback();
  const [escalating, setEscalating] = useState(false);
  // The call escalated: the one on the seat, or the last one during its wrap-up (the switch let it go).
  const [lastCallId, setLastCallId] = useState<string | null>(null);
  const current = seat.call?.status === 'connected' ? seat.call.id : null;
  if (current && current !== lastCallId) setLastCallId(current);
  const escalatable = (seat.state === 'on_call' || seat.state === 'hold' || seat.state === 'wrap_up') && lastCallId;

  const waiting = (callbacks.data?.items ?? []).filter((c) => c.status === 'waiting');
  const dial = (c: Callback) => dialCallback.mutate(c.id, { onError: (error) => notifyError(errorText(error)) });

  useShortcuts((key) => {
    if (key === 'f7' && waiting[0] && canDial(seat.state) && !dialCallback.isPending) {
      dial(waiting[0]);
      return true;
    }
    if (key === 'f6' && escalatable) {
      setEscalating(true);
      return true;
    }
    return false;
  });

  return (
    <Group gap="xs" wrap="nowrap">
      <Menu position="bottom-start" withinPortal width={340}>
        <Menu.Target>
          <Indicator
            label={waiting.length}
            size={16}
            color={waiting.some((c) => c.reason === 'dropped') ? 'red' : 'blue'}
            disabled={waiting.length === 0}
          >
            <Button
              size="compact-sm"
              variant={waiting.length > 0 ? 'light' : 'default'}
              color={waiting.length > 0 ? 'orange' : 'gray'}
              leftSection={<IconPhoneOutgoing size={14} />}
              data-testid="seat-callbacks"
              data-count={waiting.length}
            >
              {t('callbacks.button')}
            </Button>
          </Indicator>
        </Menu.Target>
        <Menu.Dropdown data-testid="seat-callbacks-list">
          <Menu.Label>
            {t('callbacks.title')} · <Ltr>{reachKeys.callback}</Ltr> {t('callbacks.dialTop')}
          </Menu.Label>
          {waiting.length === 0 ? (
            <Text size="sm" c="dimmed" px="sm" py="xs">
              {t('callbacks.empty')}
            </Text>
          ) : (
            waiting.map((c, index) => (
              <Group
                key={c.id}
                justify="space-between"
                wrap="nowrap"
                px="sm"
                py={6}
                data-testid="seat-callback"
                data-reason={c.reason}
              >
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Group gap={6} wrap="nowrap">
                    <Badge size="xs" color={c.reason === 'dropped' ? 'red' : 'blue'} variant="light">
                      {t(`callbacks.reason.${c.reason}`)}
                    </Badge>
                    <Text size="sm" fw={600} truncate>
                      {c.customer ? <bdi>{c.customer.name}</bdi> : <Ltr mono>{c.number}</Ltr>}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    <Ltr mono>{c.number}</Ltr> ·{' '}
                    {c.mine
                      ? t('callbacks.attempts', { count: c.attempts })
                      : t('callbacks.queue', { queue: queueName(c.queue) })}
                  </Text>
                </Stack>
                <ActionIcon
                  variant={index === 0 ? 'filled' : 'light'}
                  color="teal"
                  radius="xl"
                  disabled={!canDial(seat.state)}
                  loading={dialCallback.isPending && dialCallback.variables === c.id}
                  onClick={() => dial(c)}
                  aria-label={t('callbacks.dial')}
                  data-testid="seat-callback-dial"
                >
                  <IconPhoneOutgoing size={16} />
                </ActionIcon>
              </Group>
            ))
          )}
        </Menu.Dropdown>
      </Menu>
      {escalatable ? (
        <Button
          size="compact-sm"
          variant="light"
          color="red"
          leftSection={<IconAlarm size={14} />}
          rightSection={<Ltr>{reachKeys.escalate}</Ltr>}
          onClick={() => setEscalating(true)}
          data-testid="seat-escalate"
        >
          {t('escalate.button')}
        </Button>
      ) : null}
      <EscalateModal callId={lastCallId} opened={escalating} onClose={() => setEscalating(false)} />
    </Group>
  );
}
