import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowsExchange, IconCrown, IconEar, IconMessageCircle, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatNumber, listSeparator } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { useErrorText } from '../../../ui/errors';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import {
  useForceState,
  useLiveView,
  useMoveCall,
  useSnoop,
  type LiveAgent,
  type LiveAnswer,
  type LiveCall,
  type LiveQueue,
} from '../api/telephony';
import { StateBadge, useReasonName } from '../components/state-badge';
import {
  elapsedSeconds,
  formatDuration,
  serviceLevelTraffic,
  stateAlarm,
  type AgentState,
  type Traffic,
} from '../domain/timing';
import { useNow } from '../hooks/use-now';

type ForcedState = 'available' | 'break' | 'offline';

// Agents listed by what they are doing: the ones a supervisor watches first at the top.
const stateOrder: Record<AgentState, number> = {
  ringing: 0,
  on_call: 1,
  hold: 2,
  wrap_up: 3,
  available: 4,
  break: 5,
  offline: 6,
};

const trafficColour: Record<Traffic, string> = { green: 'teal', amber: 'orange', red: 'red', gray: 'gray' };

const isWaiting = (call: LiveCall) =>
  call.status === 'queued' || call.status === 'ringing' || call.status === 'routing';

/** المراقبة المباشرة — the supervisor's live view of the center. */
export function LiveViewPage() {
  const { t } = useTranslation('telephony');
  const view = useLiveView();
  return (
    <Stack gap={0}>
      <PageHeader title={t('live.title')} subtitle={t('live.subtitle')} />
      {view.isPending ? (
        <LoadingBlock />
      ) : view.isError ? (
        <ErrorBlock error={view.error} onRetry={() => void view.refetch()} />
      ) : (
        <LiveBoard view={view.data} />
      )}
    </Stack>
  );
}

function LiveBoard({ view }: { view: LiveAnswer }) {
  const { t } = useTranslation('telephony');
  const now = useNow();
  const ar = currentLocale() === 'ar';
  const queueName = (code: string | null) => {
    const queue = view.queues.find((q) => q.code === code);
    return queue ? (ar ? queue.name_ar : queue.name_en) : (code ?? '—');
  };
  const agentName = (username: string | null) =>
    username ? (view.agents.find((a) => a.agent === username)?.name ?? username) : '—';

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={4}>{t('live.queues')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="live-queues">
          {view.queues.map((queue) => (
            <QueueTile
              key={queue.code}
              queue={queue}
              name={queueName(queue.code)}
              calls={view.calls}
              now={now}
              skewMs={view.skewMs}
            />
          ))}
        </SimpleGrid>
      </Stack>
      <AgentsTable view={view} now={now} queueName={queueName} />
      <CallsTable view={view} now={now} queueName={queueName} agentName={agentName} />
    </Stack>
  );
}

function QueueTile({
  queue,
  name,
  calls,
  now,
  skewMs,
}: {
  queue: LiveQueue;
  name: string;
  calls: LiveCall[];
  now: number;
  skewMs: number;
}) {
  const { t } = useTranslation('telephony');
  const locale = currentLocale();
  const waiting = calls.filter((c) => c.queue === queue.code && isWaiting(c));
  // Ticks between reloads: the oldest waiting caller's time, read against the server's clock.
  const longest = waiting.reduce((max, c) => Math.max(max, elapsedSeconds(c.entered_at, now, skewMs)), 0);
  const traffic = serviceLevelTraffic(queue.service_level_today, queue.sl_target_percent);
  const percent = (fraction: number) => `${formatNumber(Math.round(fraction * 1000) / 10, locale)}%`;
  return (
    <Card withBorder radius="md" padding="md" data-testid={`live-queue-${queue.code}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700}>{name}</Text>
          <Badge
            color={trafficColour[traffic]}
            variant={traffic === 'gray' ? 'light' : 'filled'}
            size="lg"
            radius="sm"
            data-testid="live-queue-sl"
            data-traffic={traffic}
          >
            {queue.service_level_today === null ? (
              t('live.noCallsYet')
            ) : (
              <Ltr>{percent(queue.service_level_today)}</Ltr>
            )}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('live.serviceLevel')} · {t('live.target')} <Ltr>{`${formatNumber(queue.sl_target_percent, locale)}%`}</Ltr>{' '}
          {t('live.targetWithin', { seconds: formatNumber(queue.sl_seconds, locale) })}
        </Text>
        <SimpleGrid cols={3} spacing="xs">
          <Figure
            label={t('live.waiting')}
            value={waiting.length}
            testId="live-queue-waiting"
            strong={waiting.length > 0}
          />
          <Figure label={t('live.longestWait')} value={formatDuration(longest)} />
          <Figure label={t('live.agentsAvailable')} value={queue.agents_available} />
          <Figure label={t('live.agentsBusy')} value={queue.agents_busy} />
          <Figure label={t('live.offered')} value={queue.offered_today} testId="live-queue-offered" />
          <Figure label={t('live.answered')} value={queue.answered_today} />
          <Figure label={t('live.abandoned')} value={queue.abandoned_today} />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function Figure({
  label,
  value,
  testId,
  strong = false,
}: {
  label: string;
  value: number | string;
  testId?: string;
  strong?: boolean;
}) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" c={strong ? 'orange.8' : undefined} className="tw-mono" data-testid={testId}>
        <Ltr>{value}</Ltr>
      </Text>
    </Stack>
  );
}

function AgentsTable({
  view,
  now,
  queueName,
}: {
  view: LiveAnswer;
  now: number;
  queueName: (code: string | null) => string;
}) {
  const { t } = useTranslation('telephony');
  const errorText = useErrorText();
  const reasonName = useReasonName(view.break_reasons);
  const force = useForceState();
  const snoop = useSnoop();
  const [forcing, setForcing] = useState<{ agent: LiveAgent; state: ForcedState } | null>(null);
  const limitOf = (reason: string | null) => view.break_reasons.find((r) => r.code === reason)?.limit_minutes ?? null;
  const agents = [...view.agents].sort(
    (a, b) => stateOrder[a.state] - stateOrder[b.state] || a.name.localeCompare(b.name, currentLocale()),
  );

  const close = () => {
    setForcing(null);
    force.reset();
  };

  return (
    <Stack gap="sm">
      <Title order={4}>{t('live.agents')}</Title>
      <Card withBorder radius="md" padding={0}>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" striped highlightOnHover data-testid="live-agents">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('live.agent')}</Table.Th>
                <Table.Th>{t('live.state')}</Table.Th>
                <Table.Th>{t('live.agentQueues')}</Table.Th>
                <Table.Th>{t('live.callsToday')}</Table.Th>
                <Table.Th>{t('live.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agents.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed" size="sm">
                      {t('live.noAgents')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : null}
              {agents.map((agent) => {
                const seconds = elapsedSeconds(agent.since, now, view.skewMs);
                const onCall = agent.state === 'on_call' || agent.state === 'hold';
                return (
                  <Table.Tr key={agent.agent} data-testid={`live-agent-${agent.agent}`} data-state={agent.state}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={500}>
                          {agent.name}
                        </Text>
                        {agent.simulated ? (
                          <Tooltip label={t('live.simulatedHint')}>
                            <Badge size="xs" variant="outline" color="gray" data-testid="live-agent-simulated">
                              {t('live.simulated')}
                            </Badge>
                          </Tooltip>
                        ) : null}
                      </Group>
                      <Text size="xs" c="dimmed">
                        <Ltr>{agent.agent}</Ltr>
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <StateBadge
                        state={agent.state}
                        reasonName={agent.state === 'break' ? reasonName(agent.reason) : null}
                        seconds={seconds}
                        alarm={stateAlarm(agent.state, seconds, agent.state === 'break' ? limitOf(agent.reason) : null)}
                        testId="live-agent-state"
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{agent.queues.map(queueName).join(listSeparator(currentLocale()))}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Ltr>{agent.calls_today}</Ltr>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <Button size="compact-xs" variant="default" disabled={onCall} data-testid="live-force-menu">
                              {t('live.forceState')}
                            </Button>
                          </Menu.Target>
                          <Menu.Dropdown>
                            {(['available', 'break', 'offline'] as const).map((state) => (
                              <Menu.Item
                                key={state}
                                disabled={agent.state === state}
                                onClick={() => setForcing({ agent, state })}
                                data-testid={`live-force-${state}`}
                              >
                                {t(`states.${state}`)}
                              </Menu.Item>
                            ))}
                          </Menu.Dropdown>
                        </Menu>
                        {view.supports_snoop && onCall
                          ? (
                              [
                                ['listen', IconEar],
                                ['whisper', IconMessageCircle],
                                ['barge', IconUsersPlus],
                              ] as const
                            ).map(([mode, ModeIcon]) => (
                              <Tooltip key={mode} label={t(`live.${mode}`)}>
                                <ActionIcon
                                  variant="light"
                                  aria-label={t(`live.${mode}`)}
                                  loading={snoop.isPending && snoop.variables.mode === mode}
                                  onClick={() =>
                                    snoop.mutate(
                                      { agent: agent.agent, mode },
                                      {
                                        onSuccess: () => notifySuccess(t('live.snoopStarted')),
                                        onError: (e) => notifyError(errorText(e)),
                                      },
                                    )
                                  }
                                  data-testid={`live-snoop-${mode}`}
                                >
                                  <ModeIcon size={16} />
                                </ActionIcon>
                              </Tooltip>
                            ))
                          : null}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <ConfirmModal
        opened={forcing !== null}
        onClose={close}
        title={t('live.forceTitle')}
        subject={
          forcing ? (
            <>
              {forcing.agent.name} (<Ltr>{forcing.agent.agent}</Ltr>)
            </>
          ) : null
        }
        body={forcing ? t('live.forceBody', { state: t(`states.${forcing.state}`) }) : ''}
        confirmLabel={t('live.forceConfirm')}
        confirmColor="orange"
        loading={force.isPending}
        error={force.error}
        onConfirm={() => {
          if (!forcing) return;
          force.mutate(
            { agent: forcing.agent.agent, state: forcing.state },
            {
              onSuccess: () => {
                notifySuccess(t('live.forced'));
                close();
              },
            },
          );
        }}
        testIds={{ dialog: 'live-force-dialog', confirm: 'live-force-confirm', error: 'live-force-error' }}
      />
    </Stack>
  );
}

function CallsTable({
  view,
  now,
  queueName,
  agentName,
}: {
  view: LiveAnswer;
  now: number;
  queueName: (code: string | null) => string;
  agentName: (username: string | null) => string;
}) {
  const { t } = useTranslation('telephony');
  const errorText = useErrorText();
  const move = useMoveCall();
  // Waiting callers first, the longest waiting on top; then the connected calls.
  const calls = [...view.calls].sort(
    (a, b) =>
      Number(isWaiting(b)) - Number(isWaiting(a)) ||
      Date.parse(a.entered_at ?? a.answered_at ?? '') - Date.parse(b.entered_at ?? b.answered_at ?? ''),
  );
  const statusColour: Record<LiveCall['status'], string> = {
    routing: 'gray',
    ivr: 'grape',
    queued: 'orange',
    ringing: 'yellow',
    connected: 'blue',
    ended: 'gray',
  };

  return (
    <Stack gap="sm">
      <Title order={4}>{t('live.calls')}</Title>
      <Card withBorder radius="md" padding={0}>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" striped data-testid="live-calls">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('live.callStatus')}</Table.Th>
                <Table.Th>{t('pop.queue')}</Table.Th>
                <Table.Th>{t('live.number')}</Table.Th>
                <Table.Th>{t('live.waitTime')}</Table.Th>
                <Table.Th>{t('live.talkTime')}</Table.Th>
                <Table.Th>{t('live.callAgent')}</Table.Th>
                <Table.Th>{t('live.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calls.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Text c="dimmed" size="sm" data-testid="live-no-calls">
                      {t('live.noCalls')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : null}
              {calls.map((call) => {
                const waited = call.answered_at
                  ? call.entered_at
                    ? Math.max(0, Math.floor((Date.parse(call.answered_at) - Date.parse(call.entered_at)) / 1000))
                    : 0
                  : elapsedSeconds(call.entered_at, now, view.skewMs);
                return (
                  <Table.Tr key={call.id} data-testid="live-call" data-status={call.status}>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Badge color={statusColour[call.status]} variant="light" radius="sm">
                          {t(`live.callStatuses.${call.status}`)}
                        </Badge>
                        {call.held ? (
                          <Badge color="grape" variant="light" radius="sm">
                            {t('live.held')}
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>{queueName(call.queue)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {call.number ? <Ltr mono>{call.number}</Ltr> : '—'}
                        {call.key_account ? (
                          <Tooltip label={t('live.keyAccount')}>
                            <Badge
                              size="sm"
                              color="yellow"
                              variant="light"
                              leftSection={<IconCrown size={12} />}
                              data-testid="live-call-key-account"
                            >
                              {t('live.keyAccount')}
                            </Badge>
                          </Tooltip>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td className="tw-mono">
                      <Ltr>{formatDuration(waited)}</Ltr>
                    </Table.Td>
                    <Table.Td className="tw-mono">
                      {call.answered_at ? (
                        <Ltr>{formatDuration(elapsedSeconds(call.answered_at, now, view.skewMs))}</Ltr>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>{agentName(call.agent)}</Table.Td>
                    <Table.Td>
                      {call.status === 'queued' ? (
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <Button
                              size="compact-xs"
                              variant="default"
                              leftSection={<IconArrowsExchange size={14} />}
                              loading={move.isPending && move.variables.id === call.id}
                              data-testid="live-move-menu"
                            >
                              {t('live.move')}
                            </Button>
                          </Menu.Target>
                          <Menu.Dropdown>
                            {view.queues
                              .filter((q) => q.code !== call.queue)
                              .map((q) => (
                                <Menu.Item
                                  key={q.code}
                                  onClick={() =>
                                    move.mutate(
                                      { id: call.id, queue: q.code },
                                      {
                                        onSuccess: () => notifySuccess(t('live.moved', { queue: queueName(q.code) })),
                                        onError: (e) => notifyError(errorText(e)),
                                      },
                                    )
                                  }
                                  data-testid={`live-move-${q.code}`}
                                >
                                  {queueName(q.code)}
                                </Menu.Item>
                              ))}
                          </Menu.Dropdown>
                        </Menu>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </Stack>
  );
}
