import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { DateField } from '../../../ui/date-field';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { timeZoneName } from '../../../ui/format';
import { FreeText } from '../../../ui/free-text';
import { notifySuccess } from '../../../ui/notify';
import { wallTimeIn, zonedIso } from '../../collections/api/dates';
import { useSettingValue } from '../../settings/api/settings';
import { useEscalate } from '../api/escalations';

/**
 * تصعيد إلى المشرف (A5): the follow-up time the agent promised the customer (in the center's time
 * zone) and a note; the call on the seat names the customer.
 */
export function EscalateModal({
  callId,
  opened,
  onClose,
}: {
  callId: string | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('escalations');
  const locale = currentLocale();
  const errorText = useErrorText();
  const timeZone = useSettingValue('timezone') ?? 'Asia/Riyadh';
  const escalate = useEscalate();
  const [due, setDue] = useState(() => wallTimeIn(timeZone, 60));
  const [note, setNote] = useState('');
  const errors = fieldErrors(escalate.error);
  const general = escalate.error && Object.keys(errors).length === 0 ? errorText(escalate.error) : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('escalate.title')} centered size="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const dueAt = zonedIso(due, timeZone);
          if (!callId || !dueAt || !note.trim()) return;
          escalate.mutate(
            { call_id: callId, due_at: dueAt, note: note.trim() },
            {
              onSuccess: () => {
                notifySuccess(t('escalate.done'));
                setNote('');
                escalate.reset();
                onClose();
              },
            },
          );
        }}
      >
        <Stack>
          <Text size="sm" fw={500}>
            {t('escalate.due')}{' '}
            <Text span size="xs" c="dimmed">
              ({t('escalate.zone', { zone: timeZoneName(timeZone, locale) })})
            </Text>
          </Text>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <DateField
              label={t('escalate.dueDate')}
              required
              value={due.slice(0, 10)}
              onChange={(day) => setDue(`${day}T${due.slice(11, 16)}`)}
              error={errors.due_at}
              w={220}
              testId="escalate-date"
            />
            <TextInput
              type="time"
              label={t('escalate.dueTime')}
              required
              value={due.slice(11, 16)}
              onChange={(event) => {
                const time = event.currentTarget.value;
                if (time) setDue(`${due.slice(0, 10)}T${time.slice(0, 5)}`);
              }}
              w={130}
              dir="ltr"
              data-testid="escalate-time"
            />
          </Group>
          <FreeText
            label={t('escalate.note')}
            placeholder={t('escalate.notePlaceholder')}
            required
            minRows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            data-testid="escalate-note"
          />
          {general ? (
            <Text c="red" size="sm" role="alert">
              {general}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={escalate.isPending}
              disabled={!note.trim() || !callId}
              data-testid="escalate-submit"
            >
              {t('escalate.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
