import { Button, Group, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconCoffee, IconLogout, IconPhone, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useShortcuts, type ShortcutKey } from '../../../ui/shortcuts';
import {
  systemBreakReasons,
  useAnswer,
  useHangup,
  useHold,
  useSeat,
  useSetSeatState,
  useWrapUpDone,
  type Seat,
  type SeatCall,
} from '../api/telephony';
import { elapsedSeconds } from '../domain/timing';
import { protocolHoldKey } from '../protocol/hold-key';
import { useNow } from '../hooks/use-now';
import { ScreenPop } from './screen-pop';
import { SeatReach } from './seat-reach';
import { StateBadge, useReasonName } from './state-badge';

/** The telephone's keys: function keys, so they work while the agent types a note. */
export const seatKeys = { answer: 'F2', hold: 'F4', hangup: 'F8', wrapUpDone: 'F9' } as const;
const keyOf: Partial<Record<ShortcutKey, keyof typeof seatKeys>> = {
  f2: 'answer',
  f4: 'hold',
  f8: 'hangup',
  f9: 'wrapUpDone',
};

/**
 * الهاتف — the agent's telephone in the shell: the state with its time, the state menu, and the
 * screen pop while a call rings, is connected or is being wrapped up.
 */
export function SeatBar() {
  const { t } = useTranslation('telephony');
  const seat = useSeat(true);

  if (seat.isPending) return null;
  if (seat.isError) {
    return (
      <Text size="sm" c="dimmed" data-testid="seat-unavailable">
        {t('bar.unavailable')}
      </Text>
    );
  }
  // No queue for the user's skills: going available would be refused (not_in_queue), so no telephone.
  if (!seat.data.seat || (seat.data.seat.queues.length === 0 && seat.data.seat.call === null)) {
    return (
      <Text size="sm" c="dimmed" data-testid="seat-not-in-queue">
        {t('bar.notInQueue')}
      </Text>
    );
  }
  return <SeatControls seat={seat.data.seat} skewMs={seat.data.skewMs} />;
}

function SeatControls({ seat, skewMs }: { seat: Seat; skewMs: number }) {
  const { t } = useTranslation('telephony');
  const errorText = useErrorText();
  const now = useNow();
  const reasonName = useReasonName(seat.break_reasons);
  const setState = useSetSeatState();
  const answer = useAnswer();
  const hold = useHold();
  const hangup = useHangup();
  const wrapUpDone = useWrapUpDone();

  // The call the agent last spoke on: shown during wrap-up, when the switch has already let it go.
  const live = seat.call && (seat.call.status === 'ringing' || seat.call.status === 'connected') ? seat.call : null;
  const [lastCall, setLastCall] = useState<SeatCall | null>(null);
  if (live && live !== lastCall && seat.state !== 'wrap_up') setLastCall(live);

  const fail = (error: unknown) => notifyError(errorText(error));
  const run = (action: keyof typeof seatKeys) => {
    if (action === 'answer' && seat.state === 'ringing') answer.mutate(undefined, { onError: fail });
    else if (action === 'hold' && (seat.state === 'on_call' || seat.state === 'hold')) {
      // The call-protocol panel asks the customer's consent first (and thanks him on return).
      if (!protocolHoldKey()) hold.mutate(seat.state === 'on_call', { onError: fail });
    } else if (action === 'hangup' && (seat.state === 'ringing' || seat.state === 'on_call' || seat.state === 'hold'))
      hangup.mutate(undefined, { onError: fail });
    else if (action === 'wrapUpDone' && seat.state === 'wrap_up') wrapUpDone.mutate(undefined, { onError: fail });
    else return false;
    return true;
  };
  useShortcuts((key) => {
    const action = keyOf[key];
    return action ? run(action) : false;
  });

  const changeState = (state: 'available' | 'break' | 'offline', reason?: string) =>
    setState.mutate(reason ? { state, reason } : { state }, {
      onError: fail,
      onSuccess: (next) => {
        // A break or sign-out asked for during a call waits for its end.
        if (next.state !== state) notifySuccess(t('bar.afterCall'));
      },
    });

  const choosable = seat.break_reasons.filter((r) => !systemBreakReasons.includes(r.code));
  // An agent's own outbound call is followed where it was placed (My list's call card): no pop over it.
  const showPop =
    (live !== null && live.direction === 'inbound') || (seat.state === 'wrap_up' && lastCall?.direction !== 'outbound');

  return (
    <>
      <Group gap="md" wrap="nowrap" data-testid="seat-bar">
        <Group gap={6} wrap="nowrap">
          <IconPhone size={18} stroke={1.6} />
          <Text size="sm" fw={600}>
            {t('bar.label')}
          </Text>
        </Group>
        <StateBadge
          state={seat.state}
          reasonName={seat.state === 'break' ? reasonName(seat.reason) : null}
          seconds={elapsedSeconds(seat.since, now, skewMs)}
          testId="seat-state"
        />
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button
              size="compact-sm"
              variant="default"
              rightSection={<IconChevronDown size={14} />}
              loading={setState.isPending}
              data-testid="seat-state-menu"
            >
              {t('bar.changeState')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconPlayerPlay size={16} />}
              disabled={seat.state === 'available'}
              onClick={() => changeState('available')}
              data-testid="seat-go-available"
            >
              {t('bar.available')}
            </Menu.Item>
            <Menu.Divider />
            <Menu.Label>{t('bar.break')}</Menu.Label>
            {choosable.map((r) => (
              <Menu.Item
                key={r.code}
                leftSection={<IconCoffee size={16} />}
                onClick={() => changeState('break', r.code)}
                data-testid={`seat-break-${r.code}`}
              >
                {reasonName(r.code)}
              </Menu.Item>
            ))}
            <Menu.Divider />
            <Menu.Item
              leftSection={<IconLogout size={16} />}
              disabled={seat.state === 'offline'}
              onClick={() => changeState('offline')}
              data-testid="seat-go-offline"
            >
              {t('bar.offline')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Text size="sm" c="dimmed" visibleFrom="md" data-testid="seat-calls-today">
          {t('bar.callsToday')}: <Ltr>{seat.calls_today}</Ltr>
        </Text>
        <SeatReach seat={seat} />
      </Group>
      {showPop ? (
        <ScreenPop
          seat={seat}
          call={seat.state === 'wrap_up' ? lastCall : live}
          now={now}
          skewMs={skewMs}
          run={run}
          busy={answer.isPending || hold.isPending || hangup.isPending || wrapUpDone.isPending}
        />
      ) : null}
    </>
  );
}
