import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconEye, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canDoMessaging } from '../../../app/access';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session';
import { eventTypes, outboxStatuses, useMessage, useRetryMessage, type MessageDetail } from '../api/messaging';
import { OutboxStatusBadge } from './badges';
import { PurposeLabel } from './outbox-table';

/** One message: the full recipient (an audited read), its text and its history; a failed one may be sent again. */
export function MessageModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('messaging');
  const message = useMessage(id);
  return (
    <Modal opened={id !== null} onClose={onClose} size="xl" title={t('outbox.detailTitle')}>
      {id === null ? null : message.isPending ? (
        <LoadingBlock />
      ) : message.isError ? (
        <ErrorBlock error={message.error} onRetry={() => void message.refetch()} />
      ) : (
        <MessageDetailView message={message.data} />
      )}
    </Modal>
  );
}

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId} component="div">
        {children}
      </Text>
    </Stack>
  );
}

function MessageDetailView({ message: m }: { message: MessageDetail }) {
  const { t } = useTranslation(['messaging', 'common']);
  const { user } = useSession();
  const locale = currentLocale();
  const retry = useRetryMessage();
  const errorText = useErrorText();
  const when = (iso: string | null) => (iso ? <bdi>{formatDateTime(iso, locale)}</bdi> : t('common:empty'));
  const canRetry = canDoMessaging('retryMessages', user.role);

  return (
    <Stack gap="md" data-testid="message-detail" data-status={m.status}>
      <Alert color="yellow" variant="light" icon={<IconEye size={18} />} py="xs">
        {t('outbox.auditedRead')}
      </Alert>
      <Group justify="space-between" wrap="wrap">
        <OutboxStatusBadge status={m.status} size="lg" />
        {m.status === 'failed' && canRetry ? (
          <Button
            leftSection={<IconRefresh size={16} />}
            loading={retry.isPending}
            data-testid="retry-message"
            onClick={() =>
              retry.mutate(m.id, {
                onSuccess: () => notifySuccess(t('outbox.retried')),
              })
            }
          >
            {t('outbox.retry')}
          </Button>
        ) : null}
      </Group>
      {retry.error ? (
        <Alert color="red" role="alert">
          {errorText(retry.error)}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Field label={t('outbox.fields.recipient')} testId="message-recipient">
          <Ltr mono>{m.recipient}</Ltr>
        </Field>
        <Field label={t('outbox.fields.purpose')}>
          <PurposeLabel purpose={m.purpose} /> · {t(`channel.${m.channel}`)}
        </Field>
        <Field label={t('outbox.fields.sender')}>{m.sender ? <Ltr>{m.sender}</Ltr> : t('common:empty')}</Field>
        <Field label={t('outbox.fields.encoding')}>
          {m.encoding ? (
            <>
              <Ltr>{m.encoding === 'gsm7' ? 'GSM-7' : 'UCS-2'}</Ltr> ·{' '}
              {t('outbox.segments', { count: m.segments ?? 0 })}
            </>
          ) : (
            t('common:empty')
          )}
        </Field>
        <Field label={t('outbox.fields.attempts')}>
          <Ltr>{`${m.attempts}/${m.max_attempts}`}</Ltr>
        </Field>
        <Field label={t('outbox.fields.providerId')} testId="provider-id">
          {m.provider_message_id ? <Ltr mono>{m.provider_message_id}</Ltr> : t('common:empty')}
        </Field>
        <Field label={t('outbox.fields.created')}>{when(m.created_at)}</Field>
        <Field label={t('outbox.fields.submitted')}>{when(m.submitted_at)}</Field>
        <Field label={t('outbox.fields.final')}>{when(m.final_at)}</Field>
        {m.business_ref ? (
          <Field label={t('outbox.fields.businessRef')}>
            <Ltr mono>{m.business_ref}</Ltr>
          </Field>
        ) : null}
        {m.template_id ? (
          <Field label={t('outbox.fields.template')}>
            <Ltr mono>{m.template_id}</Ltr>
          </Field>
        ) : null}
      </SimpleGrid>
      {m.last_error ? (
        <Alert color="red" variant="light" title={t('outbox.fields.lastError')}>
          {m.error_class ? (
            <>
              <Ltr mono>{m.error_class}</Ltr>:{' '}
            </>
          ) : null}
          <bdi>{m.last_error}</bdi>
        </Alert>
      ) : null}
      <Stack gap={4}>
        {m.subject ? (
          <Text fw={600} dir="auto">
            {m.subject}
          </Text>
        ) : null}
        <Text
          size="sm"
          p="sm"
          bg="gray.1"
          dir="auto"
          style={{ whiteSpace: 'pre-wrap', borderRadius: 8, overflowWrap: 'anywhere' }}
          data-testid="message-body"
        >
          {m.body}
        </Text>
      </Stack>
      <Stack gap="xs">
        <Title order={4}>{t('outbox.history')}</Title>
        <Timeline active={m.events.length - 1} bulletSize={18} lineWidth={2} data-testid="message-history">
          {m.events.map((event, i) => {
            const type = eventTypes.find((e) => e === event.type);
            const status = outboxStatuses.find((s) => s === event.status);
            return (
              <Timeline.Item
                key={i}
                color={event.type === 'failed' ? 'red' : undefined}
                data-event={event.type}
                title={
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" fw={600}>
                      {type ? t(`event.${type}`) : <Ltr mono>{event.type}</Ltr>}
                    </Text>
                    {status ? <OutboxStatusBadge status={status} size="xs" data-testid="event-status" /> : null}
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  <bdi>{formatDateTime(event.at, locale)}</bdi>
                </Text>
                {event.detail ? (
                  <Text size="xs">
                    <bdi>{event.detail}</bdi>
                  </Text>
                ) : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
      </Stack>
    </Stack>
  );
}
