import { Badge, Drawer, Group, SimpleGrid, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { Ltr } from '../../../ui/ltr';
import { useCall, type CallEventItem } from '../api/calls';
import { CallResult } from './call-result';
import { formatClock, formatDay, formatDuration } from './format-duration';

const eventTypes = [
  'offered',
  'ivr',
  'queued',
  'overflowed',
  'agent_ringing',
  'agent_missed',
  'answered',
  'held',
  'unheld',
  'transferred',
  'recording',
  'customer',
  'callback_requested',
  'ended',
  'wrap_up_ended',
  'outcome',
] as const;
type EventType = (typeof eventTypes)[number];
const isEventType = (type: string): type is EventType => eventTypes.includes(type as EventType);

const colors: Partial<Record<EventType, string>> = {
  answered: 'teal',
  agent_missed: 'orange',
  held: 'yellow',
  ended: 'gray',
};

/** One event in words: "رنّ لدى الموظف 1001", "انتهت: متروكة" … */
function EventLine({ event }: { event: CallEventItem }) {
  const { t } = useTranslation('calls');
  const data = (event.data ?? {}) as Record<string, string | undefined>;
  const agent = event.agent ? <Ltr>{event.agent}</Ltr> : null;
  if (!isEventType(event.type)) return <Ltr>{event.type}</Ltr>;
  switch (event.type) {
    case 'agent_ringing':
    case 'agent_missed':
    case 'answered':
      return (
        <>
          {t(`events.${event.type}`)} {agent}
        </>
      );
    case 'queued':
      return (
        <>
          {t('events.queued')} <Ltr>{data.queue ?? ''}</Ltr>
        </>
      );
    case 'overflowed':
      return (
        <>
          {t('events.overflowed')} <Ltr>{data.to ?? ''}</Ltr>
        </>
      );
    case 'ivr':
      return (
        <>
          {t('events.ivr')} <Ltr mono>{data.digit ?? ''}</Ltr>
        </>
      );
    case 'transferred':
      return (
        <>
          {t(`events.transferred_${data.mode === 'attended' ? 'attended' : 'blind'}`)} <Ltr>{data.to ?? ''}</Ltr>
        </>
      );
    case 'ended':
      return (
        <>
          {t('events.ended')}: <CallResult call={{ cause: data.cause ?? null, ended_at: event.at }} />
        </>
      );
    case 'outcome':
      return (
        <>
          {t('events.outcome')}: <bdi>{data.outcome ?? ''}</bdi>
        </>
      );
    default:
      return <>{t(`events.${event.type}`)}</>;
  }
}

/** A call's record and its timeline: offered → queued → rang agent X → answered → hold … → ended. */
export function CallDrawer({ id, timeZone, onClose }: { id: string | null; timeZone?: string; onClose: () => void }) {
  const { t } = useTranslation('calls');
  const call = useCall(id);
  const detail = call.data;
  const start = detail ? new Date(detail.call.offered_at).getTime() : 0;
  return (
    <Drawer opened={id !== null} onClose={onClose} title={t('drawer.title')} size="md" data-testid="call-drawer">
      {call.isPending && id ? (
        <LoadingBlock />
      ) : call.isError ? (
        <ErrorBlock error={call.error} onRetry={() => void call.refetch()} />
      ) : detail ? (
        <Stack>
          <Group gap="xs">
            <Text fw={600}>
              <Ltr>{formatDay(detail.call.offered_at, timeZone)}</Ltr>{' '}
              <Ltr mono>{formatClock(detail.call.offered_at, timeZone)}</Ltr>
            </Text>
            <Badge variant="outline">{t(`direction.${detail.call.direction}`)}</Badge>
            <CallResult call={detail.call} />
          </Group>
          <SimpleGrid cols={2} spacing="xs">
            <Field label={t('columns.number')} value={detail.call.ani} mono />
            <Field label={t('drawer.dnis')} value={detail.call.dnis} mono />
            <Field label={t('columns.queue')} value={detail.call.queue} />
            <Field label={t('columns.agent')} value={detail.call.agent} />
            <Field label={t('columns.wait')} value={formatDuration(detail.call.wait_seconds)} mono />
            <Field label={t('columns.talk')} value={formatDuration(detail.call.talk_seconds)} mono />
            <Field label={t('columns.hold')} value={formatDuration(detail.call.hold_seconds)} mono />
            <Field label={t('drawer.ivrPath')} value={detail.call.ivr_path} mono />
            <Field label={t('drawer.recording')} value={detail.call.recording} mono />
            <Field
              label={t('drawer.source')}
              value={t(`source.${detail.call.source === 'queue_log' ? 'queue_log' : 'live'}`)}
              ltr={false}
            />
          </SimpleGrid>
          <Text fw={600}>{t('drawer.timeline')}</Text>
          <Timeline bulletSize={14} lineWidth={2} data-testid="call-timeline">
            {detail.events.map((event) => (
              <Timeline.Item
                key={event.seq}
                color={isEventType(event.type) ? colors[event.type] : undefined}
                title={
                  <Text size="sm">
                    <EventLine event={event} />
                  </Text>
                }
              >
                <Text size="xs" c="dimmed">
                  <Ltr mono>{formatClock(event.at, timeZone)}</Ltr> ·{' '}
                  <Ltr mono>+{formatDuration((new Date(event.at).getTime() - start) / 1000)}</Ltr>
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      ) : null}
    </Drawer>
  );
}

function Field({
  label,
  value,
  mono = false,
  ltr = true,
}: {
  label: string;
  value: string | null | undefined;
  mono?: boolean;
  ltr?: boolean;
}) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{!value ? '—' : ltr ? <Ltr mono={mono}>{value}</Ltr> : value}</Text>
    </Stack>
  );
}
