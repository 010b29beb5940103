import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatCalendarDate, formatDateTime, formatMoney } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { useCallerContext, type CallerContext } from '../api/caller';

/**
 * The screen pop's context (issue #13, item 1): why the call is here, and for a known caller the
 * open tickets, the open work items, the promises still running and the last five interactions.
 */
export function CallerContextPanel({ callId }: { callId: string }) {
  const { t } = useTranslation(['telephony', 'collections', 'tickets']);
  const context = useCallerContext(callId);
  if (!context.data) return null;
  const c = context.data;
  return (
    <Stack gap={6} data-testid="pop-context">
      <Reason context={c} />
      {c.customer_no ? (
        <>
          <Section title={t('telephony:context.tickets', { count: c.open_tickets.length })} testId="pop-tickets">
            {c.open_tickets.map((ticket) => (
              <Group key={ticket.number} gap={6} wrap="nowrap">
                <Ltr mono>{ticket.number}</Ltr>
                <Text size="xs" lineClamp={1} style={{ flex: 1 }}>
                  {ticket.subject}
                </Text>
                <Badge size="xs" variant="light">
                  {t(`tickets:status.${ticket.status}`, { defaultValue: ticket.status })}
                </Badge>
              </Group>
            ))}
          </Section>
          <Section title={t('telephony:context.items', { count: c.work_items.length })} testId="pop-items">
            {c.work_items.map((item) => (
              <Group key={item.id} gap={6} wrap="nowrap">
                <Badge size="xs" variant="light" color="teal">
                  {t(`collections:purpose.${item.purpose}`, { defaultValue: item.purpose })}
                </Badge>
                <Text size="xs">
                  <Ltr>{formatMoney(item.amount, item.currency, currentLocale())}</Ltr>
                </Text>
                <Text size="xs" c="dimmed">
                  {formatCalendarDate(item.business_date, currentLocale())}
                </Text>
              </Group>
            ))}
          </Section>
          <Section title={t('telephony:context.promises', { count: c.promises.length })} testId="pop-promises">
            {c.promises.map((promise) => (
              <Group key={`${promise.promised_date}/${promise.amount}`} gap={6} wrap="nowrap">
                <Text size="xs">
                  <Ltr>{formatMoney(promise.amount, promise.currency, currentLocale())}</Ltr>
                </Text>
                <Text size="xs" c="dimmed">
                  {formatCalendarDate(promise.promised_date, currentLocale())}
                </Text>
                <Badge size="xs" variant="light" color={promise.status === 'broken' ? 'red' : 'blue'}>
                  {t(`telephony:context.promise.${promise.status}`)}
                </Badge>
              </Group>
            ))}
          </Section>
          <Section
            title={t('telephony:context.interactions', { count: c.last_interactions.length })}
            testId="pop-interactions"
          >
            {c.last_interactions.map((entry) => (
              <Group key={`${entry.at}/${entry.summary}`} gap={6} wrap="nowrap" data-testid="pop-interaction">
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {formatDateTime(entry.at, currentLocale())}
                </Text>
                <Text size="xs" lineClamp={1}>
                  {entry.summary}
                </Text>
              </Group>
            ))}
          </Section>
        </>
      ) : null}
    </Stack>
  );
}

function Reason({ context }: { context: CallerContext }) {
  const { t } = useTranslation(['telephony', 'collections']);
  const { reason } = context;
  const english = currentLocale() === 'en';
  const text =
    reason.kind === 'work_item' && reason.purpose
      ? t('telephony:context.forItem', {
          purpose: t(`collections:purpose.${reason.purpose}`, { defaultValue: reason.purpose }),
        })
      : reason.kind === 'queue'
        ? t('telephony:context.viaQueue', {
            queue: (english ? reason.queue_name_en : reason.queue_name_ar) ?? reason.queue ?? '',
          })
        : t('telephony:context.unknownReason');
  return (
    <Group gap={6} wrap="wrap" data-testid="pop-reason" data-kind={reason.kind}>
      <Text size="xs" c="dimmed">
        {t('telephony:context.reason')}
      </Text>
      <Text size="sm" fw={600}>
        {text}
      </Text>
      {reason.ivr_path ? (
        <Text size="xs" c="dimmed">
          {t('telephony:context.ivr')} <Ltr mono>{reason.ivr_path}</Ltr>
        </Text>
      ) : null}
    </Group>
  );
}

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs" fw={700} c="dimmed">
        {title}
      </Text>
      {children}
    </Stack>
  );
}
