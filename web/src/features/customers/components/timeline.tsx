import { Badge, Button, Group, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import {
  IconAlarm,
  IconClipboardCheck,
  IconMail,
  IconMessage,
  IconNote,
  IconPencil,
  IconPhone,
  IconPhoneCheck,
  IconPhoneOff,
  IconPoint,
  IconTicket,
  type Icon,
} from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { actorOf } from '../../../ui/actor';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { formatCalendarDate, formatDateTime, listSeparator } from '../../../ui/format';
import { allOutcomes, purposes, type Outcome, type Purpose } from '../../collections/api/collections';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { contactKinds, useAddNote, type ContactKind, type TimelineEntry } from '../api/customers';
import { FreeText } from '../../../ui/free-text';

const kindIcons = {
  note: IconNote,
  edit: IconPencil,
  wrong_number: IconPhoneOff,
  number_corrected: IconPhoneCheck,
  call: IconPhone,
  message: IconMessage,
  sms: IconMessage,
  email: IconMail,
  ticket: IconTicket,
  survey: IconClipboardCheck,
  escalation: IconAlarm,
  other: IconPoint,
} satisfies Record<string, Icon>;
type Kind = keyof typeof kindIcons;
const kindOf = (kind: string): Kind => (kind in kindIcons ? (kind as Kind) : 'other');
const kindColor: Partial<Record<Kind, string>> = {
  wrong_number: 'red',
  number_corrected: 'teal',
  note: 'blue',
  escalation: 'orange',
};

const editedFields = [
  'name',
  'type',
  'category',
  'key_account',
  'country',
  'city',
  'sms_opt_out',
  'do_not_call',
  'notes',
] as const;
type EditedField = (typeof editedFields)[number];

const deliveryStatuses = ['queued', 'sending', 'sent', 'delivered', 'failed', 'expired', 'rejected'] as const;
const isDeliveryStatus = (value: string): value is (typeof deliveryStatuses)[number] =>
  (deliveryStatuses as readonly string[]).includes(value);
const deliveryColor: Record<string, string> = {
  delivered: 'teal',
  sent: 'blue',
  failed: 'red',
  expired: 'orange',
  rejected: 'red',
};

const isOutcome = (value: string): value is Outcome => (allOutcomes as readonly string[]).includes(value);
const isPurpose = (value: string): value is Purpose => (purposes as readonly string[]).includes(value);

type Props = { customerNo: string; entries: TimelineEntry[]; timeZone: string | undefined };

export function CustomerTimeline({ customerNo, entries, timeZone }: Props) {
  const { t } = useTranslation(['customers', 'collections', 'messaging']);
  const locale = currentLocale();
  // A person by name, the system's jobs ("system:demo", "system:import") in words.
  const actorLine = (by: string | null, name: string | null): ReactNode => {
    const actor = actorOf(by, name);
    if (actor.kind === 'person') return <bdi>{actor.name}</bdi>;
    if (actor.kind === 'username') return <Ltr mono>{actor.username}</Ltr>;
    return t('timeline.system');
  };

  const summaryOf = (entry: TimelineEntry): ReactNode => {
    const kind = kindOf(entry.kind);
    const data = entry.data;
    if (kind === 'edit' && data?.fields) {
      const fields = data.fields.map((field) =>
        (editedFields as readonly string[]).includes(field) ? t(`fields.${field as EditedField}`) : field,
      );
      return t('timeline.changed', { fields: fields.join(listSeparator(locale)) });
    }
    if ((kind === 'wrong_number' || kind === 'number_corrected') && data?.contact_kind && data.masked) {
      const contactKind = data.contact_kind;
      return (
        <>
          {(contactKinds as readonly string[]).includes(contactKind)
            ? t(`kinds.${contactKind as ContactKind}`)
            : contactKind}{' '}
          <Ltr mono>{data.masked}</Ltr>
          {data.reason ? (
            <>
              {' — '}
              <bdi>{data.reason}</bdi>
            </>
          ) : null}
        </>
      );
    }
    if (kind === 'call' && data?.outcome) {
      const outcome = data.outcome;
      const purpose = data.purpose;
      return (
        <>
          {purpose && isPurpose(purpose) ? `${t(`collections:purpose.${purpose}`)} — ` : null}
          <Text span fw={600} size="sm" data-outcome={outcome}>
            {isOutcome(outcome) ? t(`collections:outcome.${outcome}`) : outcome}
          </Text>
          {data.masked ? (
            <>
              {' · '}
              <Ltr mono>{data.masked}</Ltr>
            </>
          ) : null}
          {data.promise_date ? (
            <>
              {' · '}
              {t('timeline.promiseDate', { date: formatCalendarDate(data.promise_date, locale) })}
            </>
          ) : null}
          {data.note ? (
            <>
              {' — '}
              <bdi>{data.note}</bdi>
            </>
          ) : null}
        </>
      );
    }
    if ((kind === 'sms' || kind === 'email') && data?.delivery_status) {
      const status = data.delivery_status;
      return (
        <>
          <bdi>{entry.summary}</bdi>
          <Group gap={6} mt={4} wrap="wrap">
            <Badge
              size="sm"
              variant="light"
              color={deliveryColor[status] ?? 'gray'}
              data-testid="delivery-status"
              data-status={status}
            >
              {isDeliveryStatus(status) ? t(`messaging:outboxStatus.${status}`) : status}
            </Badge>
            {data.masked ? (
              <Text span size="xs" c="dimmed">
                {t('timeline.messageTo')} <Ltr mono>{data.masked}</Ltr>
              </Text>
            ) : null}
          </Group>
        </>
      );
    }
    return <bdi>{entry.summary}</bdi>;
  };

  return (
    <Stack gap="md">
      <NoteForm customerNo={customerNo} />
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="timeline-empty">
          {t('timeline.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={28} lineWidth={2} data-testid="timeline">
          {entries.map((entry) => {
            const kind = kindOf(entry.kind);
            const KindIcon = kindIcons[kind];
            return (
              <Timeline.Item
                key={entry.id}
                data-kind={entry.kind}
                bullet={
                  <ThemeIcon size={28} radius="xl" variant="light" color={kindColor[kind] ?? 'gray'}>
                    <KindIcon size={16} />
                  </ThemeIcon>
                }
                title={
                  <Text fw={600} size="sm">
                    {t(`timeline.kinds.${kind}`)}
                  </Text>
                }
              >
                <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {summaryOf(entry)}
                </Text>
                <Text size="xs" c="dimmed" mt={4}>
                  <bdi>{formatDateTime(entry.at, locale, timeZone)}</bdi>
                  {' · '}
                  {t('timeline.by')} {actorLine(entry.actor, entry.actor_name)}
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Stack>
  );
}

function NoteForm({ customerNo }: { customerNo: string }) {
  const { t } = useTranslation('customers');
  const addNote = useAddNote(customerNo);
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const errors = fieldErrors(addNote.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    addNote.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        notifySuccess(t('timeline.noteAdded'));
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="note-form">
      <Stack gap="xs">
        <FreeText
          aria-label={t('timeline.addNote')}
          placeholder={t('timeline.notePlaceholder')}
          name="note"
          minRows={2}
          maxRows={6}
          maxLength={5000}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={errors.text ?? (addNote.error && !errors.text ? errorText(addNote.error) : undefined)}
        />
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={addNote.isPending} disabled={!text.trim()}>
            {t('timeline.addNote')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
