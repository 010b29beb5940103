import { Badge, Button, Divider, Group, Menu, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  IconArrowsExchange,
  IconCrown,
  IconPhoneCheck,
  IconPhoneOff,
  IconPlayerPause,
  IconPlayerPlay,
  IconSearch,
  IconUserQuestion,
} from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifyError } from '../../../ui/notify';
import { transferQueues, useTransfer, type Seat, type SeatCall } from '../api/telephony';
import { elapsedSeconds, formatDuration } from '../domain/timing';
import { ProtocolPanel } from '../protocol/protocol-panel';
import { CallerContextPanel } from './caller-context';
import { KeyButton } from './key-button';
import { seatKeys } from './seat-bar';

type Action = keyof typeof seatKeys;

/** A queue's name in the interface language (agents do not read the queue list: the three known ones). */
export function useQueueName() {
  const { t } = useTranslation('telephony');
  return (code: string | null) =>
    code && (transferQueues as readonly string[]).includes(code)
      ? t(`queues.${code as (typeof transferQueues)[number]}`)
      : (code ?? '—');
}

/**
 * The screen pop: who is calling (the customer found by the caller's number, or a prospect),
 * from which queue and for how long, with the call's buttons and their keys.
 */
export function ScreenPop({
  seat,
  call,
  now,
  skewMs,
  run,
  busy,
}: {
  seat: Seat;
  call: SeatCall | null;
  now: number;
  skewMs: number;
  run: (action: Action) => boolean;
  busy: boolean;
}) {
  const { t } = useTranslation('telephony');
  const queueName = useQueueName();
  const errorText = useErrorText();
  const transfer = useTransfer();
  const state = seat.state;
  const wrapUp = state === 'wrap_up';

  const title = wrapUp
    ? t('pop.wrapUp')
    : state === 'ringing'
      ? t('pop.incoming')
      : state === 'hold'
        ? t('pop.held')
        : t('pop.connected');
  const colour = wrapUp ? 'cyan' : state === 'ringing' ? 'yellow' : state === 'hold' ? 'grape' : 'blue';
  // Ringing: how long it has rung; connected: the talk; wrap-up: the wrap-up itself.
  const clock =
    !wrapUp && call?.answered_at
      ? elapsedSeconds(call.answered_at, now, skewMs)
      : elapsedSeconds(seat.since, now, skewMs);
  const waited = call?.entered_at
    ? call.answered_at
      ? Math.max(0, Math.floor((Date.parse(call.answered_at) - Date.parse(call.entered_at)) / 1000))
      : elapsedSeconds(call.entered_at, now, skewMs)
    : null;

  return (
    <Paper
      withBorder
      shadow="xl"
      radius="md"
      p="md"
      // Bottom corner on the reading direction's end (left in Arabic), clear of the page's header actions.
      style={{
        position: 'fixed',
        insetInlineEnd: 16,
        bottom: 16,
        width: 440,
        // Below the header (the telephone bar stays in sight); the protocol panel scrolls inside.
        maxHeight: 'calc(100vh - 96px)',
        overflowY: 'auto',
        zIndex: 250,
      }}
      role="region"
      aria-label={t('pop.label')}
      data-testid="screen-pop"
      data-status={wrapUp ? 'wrap_up' : state}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          {/* Announced when it changes (ringing, connected …); the ticking clock is not. */}
          <Badge color={colour} variant="filled" size="lg" radius="sm" aria-live="polite" data-testid="pop-title">
            {title}
          </Badge>
          <Text fw={700} size="lg" className="tw-mono" data-testid="pop-clock">
            <Ltr>{formatDuration(clock)}</Ltr>
          </Text>
        </Group>

        {call ? <Caller call={call} wrapUp={wrapUp} /> : null}

        {call ? (
          <SimpleGrid cols={3} spacing="xs">
            <Fact label={t('pop.number')}>
              {call.number ? (
                <Ltr mono>
                  <span data-testid="pop-number">{call.number}</span>
                </Ltr>
              ) : (
                t('pop.noNumber')
              )}
            </Fact>
            <Fact label={t('pop.queue')}>
              <span data-testid="pop-queue">{queueName(call.queue)}</span>
            </Fact>
            <Fact label={t('pop.waiting')}>{waited === null ? '—' : <Ltr mono>{formatDuration(waited)}</Ltr>}</Fact>
          </SimpleGrid>
        ) : null}

        {call ? <CallerContextPanel callId={call.id} /> : null}

        <Divider />
        <Group gap="xs" wrap="wrap">
          {state === 'ringing' ? (
            <>
              <KeyButton
                keyName={seatKeys.answer}
                label={t('actions.answer')}
                color="teal"
                icon={<IconPhoneCheck size={16} />}
                onClick={() => run('answer')}
                disabled={busy}
                testId="pop-answer"
              />
              <KeyButton
                keyName={seatKeys.hangup}
                label={t('actions.refuse')}
                color="red"
                variant="light"
                icon={<IconPhoneOff size={16} />}
                onClick={() => run('hangup')}
                disabled={busy}
                testId="pop-refuse"
              />
            </>
          ) : null}
          {state === 'on_call' || state === 'hold' ? (
            <>
              <KeyButton
                keyName={seatKeys.hold}
                label={state === 'hold' ? t('actions.resume') : t('actions.hold')}
                color="grape"
                variant={state === 'hold' ? 'filled' : 'light'}
                icon={state === 'hold' ? <IconPlayerPlay size={16} /> : <IconPlayerPause size={16} />}
                onClick={() => run('hold')}
                disabled={busy}
                testId="pop-hold"
              />
              <KeyButton
                keyName={seatKeys.hangup}
                label={t('actions.hangup')}
                color="red"
                icon={<IconPhoneOff size={16} />}
                onClick={() => run('hangup')}
                disabled={busy}
                testId="pop-hangup"
              />
              <Menu position="top-end" withinPortal>
                <Menu.Target>
                  <Button
                    size="sm"
                    variant="default"
                    leftSection={<IconArrowsExchange size={16} />}
                    loading={transfer.isPending}
                    data-testid="pop-transfer"
                  >
                    {t('actions.transfer')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{t('actions.transferTo')}</Menu.Label>
                  {transferQueues.map((code) => (
                    <Menu.Item
                      key={code}
                      onClick={() => transfer.mutate(code, { onError: (e) => notifyError(errorText(e)) })}
                      data-testid={`pop-transfer-${code}`}
                    >
                      {queueName(code)}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            </>
          ) : null}
          {wrapUp ? (
            <KeyButton
              keyName={seatKeys.wrapUpDone}
              label={t('actions.wrapUpDone')}
              color="teal"
              icon={<IconPlayerPlay size={16} />}
              onClick={() => run('wrapUpDone')}
              disabled={busy}
              testId="pop-wrap-up-done"
            />
          ) : null}
        </Group>
        {/* The call-protocol assistant (seed 003) while talking, on hold and in the wrap-up. */}
        {state === 'on_call' || state === 'hold' || wrapUp ? <ProtocolPanel state={state} /> : null}
      </Stack>
    </Paper>
  );
}

function Caller({ call, wrapUp }: { call: SeatCall; wrapUp: boolean }) {
  const { t } = useTranslation('telephony');
  const navigate = useNavigate();
  const customer = call.customer;
  if (customer) {
    return (
      <Stack gap={4} data-testid="pop-customer">
        {wrapUp ? (
          <Text size="xs" c="dimmed">
            {t('pop.lastCaller')}
          </Text>
        ) : null}
        <Group gap="xs" wrap="nowrap">
          <Link
            to="/customers/$customerNo"
            params={{ customerNo: customer.customer_no }}
            className="tw-link"
            data-testid="pop-customer-link"
          >
            <Text component="span" fw={700} size="lg">
              {customer.name}
            </Text>
          </Link>
          {customer.key_account ? (
            <Badge color="yellow" variant="light" leftSection={<IconCrown size={12} />} data-testid="pop-key-account">
              {t('pop.keyAccount')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t('pop.customerNo')}:{' '}
          <Ltr mono>
            <span data-testid="pop-customer-no">{customer.customer_no}</span>
          </Ltr>
        </Text>
      </Stack>
    );
  }
  // A number the user may read in full can be searched for as it is; a masked one is typed by the agent.
  const searchable = call.number && !call.number.includes('•') ? call.number : null;
  return (
    <Group justify="space-between" wrap="nowrap" data-testid="pop-unknown">
      <Group gap={6} wrap="nowrap">
        <IconUserQuestion size={20} stroke={1.6} />
        <Text fw={600}>{t('pop.unknownCaller')}</Text>
      </Group>
      <Button
        onClick={() => void navigate({ to: '/customers', search: searchable ? { q: searchable } : {} })}
        size="compact-sm"
        variant="light"
        leftSection={<IconSearch size={14} />}
        data-testid="pop-find-customer"
      >
        {t('pop.findCustomer')}
      </Button>
    </Group>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {children}
      </Text>
    </Stack>
  );
}
