import { Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { outboxPurposes, useSendingWindow, type OutboxMessage } from '../api/messaging';
import { OutboxStatusBadge } from './badges';
import { waitingReason, type SendingWindow } from './waiting-reason';

export function PurposeLabel({ purpose }: { purpose: string }) {
  const { t } = useTranslation('messaging');
  const known = outboxPurposes.find((p) => p === purpose);
  return known ? t(`purpose.${known}`) : <Ltr mono>{purpose}</Ltr>;
}

/** A country's name in the reader's language (SA → المملكة العربية السعودية / Saudi Arabia). */
export function countryName(code: string | null, locale: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Why a queued message has not gone yet, and until when. */
function WaitingNote({ message, window }: { message: OutboxMessage; window: SendingWindow | null }) {
  const { t } = useTranslation('messaging');
  const locale = currentLocale();
  const reason = waitingReason(message, window, new Date());
  if (!reason) return null;
  const at = (iso: string) => formatDateTime(iso, locale);
  const text =
    reason.kind === 'retry'
      ? t('outbox.waiting.retry', { attempt: reason.attempt, max: reason.max, at: at(reason.at) })
      : reason.kind === 'scheduled'
        ? t('outbox.waiting.scheduled', { at: at(reason.at) })
        : reason.kind === 'held'
          ? t(`outbox.waiting.held_${reason.reason}`, {
              country: countryName(reason.country, locale),
              at: at(reason.at),
            })
          : reason.kind === 'window'
            ? reason.at
              ? t(`outbox.waiting.window_${reason.reason}`, { at: at(reason.at) })
              : t('outbox.waiting.window_unknown')
            : t('outbox.waiting.next_round');
  return (
    <Text size="xs" c="dimmed" maw={240} data-testid="waiting-reason" data-waiting={reason.kind}>
      {text}
    </Text>
  );
}

export function OutboxTable({ messages, onOpen }: { messages: OutboxMessage[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation('messaging');
  const locale = currentLocale();
  const sendingWindow = useSendingWindow(messages.some((m) => m.status === 'queued'));
  const window = sendingWindow.data ?? null;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="outbox-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('outbox.columns.created')}</Table.Th>
            <Table.Th>{t('outbox.columns.purpose')}</Table.Th>
            <Table.Th>{t('outbox.columns.recipient')}</Table.Th>
            <Table.Th>{t('outbox.columns.message')}</Table.Th>
            <Table.Th>{t('outbox.columns.attempts')}</Table.Th>
            <Table.Th>{t('outbox.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((m) => (
            <Table.Tr
              key={m.id}
              data-message={m.id}
              data-status={m.status}
              style={{ cursor: 'pointer' }}
              onClick={() => onOpen(m.id)}
            >
              <Table.Td>
                <UnstyledButton
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(m.id);
                  }}
                  className="tw-link"
                  fz="sm"
                  aria-label={t('outbox.open')}
                  data-testid="open-message"
                >
                  <bdi>{formatDateTime(m.created_at, locale)}</bdi>
                </UnstyledButton>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <PurposeLabel purpose={m.purpose} />
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`channel.${m.channel}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" data-testid="masked-recipient">
                  <Ltr mono>{m.recipient}</Ltr>
                </Text>
              </Table.Td>
              <Table.Td maw={380}>
                {m.subject ? (
                  <Text size="sm" fw={500} lineClamp={1} dir="auto">
                    {m.subject}
                  </Text>
                ) : null}
                <Text size="sm" c="dimmed" lineClamp={2} dir="auto">
                  {m.body}
                </Text>
                {m.channel === 'sms' && m.segments ? (
                  <Text size="xs" c="dimmed">
                    {t('outbox.segments', { count: m.segments })} ·{' '}
                    <Ltr>{m.encoding === 'gsm7' ? 'GSM-7' : 'UCS-2'}</Ltr>
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <Ltr>{`${m.attempts}/${m.max_attempts}`}</Ltr>
                </Text>
              </Table.Td>
              <Table.Td>
                <OutboxStatusBadge status={m.status} />
                <WaitingNote message={m} window={window} />
                {m.last_error && m.status !== 'sent' && m.status !== 'delivered' ? (
                  <Text size="xs" c="red.8" lineClamp={2} maw={220}>
                    <bdi>{m.last_error}</bdi>
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
