import { Alert, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { useTicketChange, type Ticket, type TicketMessage } from '../api/tickets';
import { FreeText } from '../../../ui/free-text';

const look: Record<TicketMessage['kind'], { bg: string; border: string }> = {
  // Internal notes: yellow, dashed, with a lock — never mistaken for what the customer sees.
  note: { bg: 'var(--mantine-color-yellow-0)', border: '1px dashed var(--mantine-color-yellow-6)' },
  reply: { bg: 'var(--mantine-color-blue-0)', border: '1px solid var(--mantine-color-blue-3)' },
  inbound: { bg: 'var(--mantine-color-gray-0)', border: '1px solid var(--mantine-color-gray-3)' },
};

export function Conversation({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('tickets');
  return (
    <Stack gap="sm" data-testid="conversation">
      {ticket.messages.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('ticket.noMessages')}
        </Text>
      ) : (
        ticket.messages.map((m) => <MessageCard key={m.id} message={m} />)
      )}
      {ticket.permissions.can_work || ticket.permissions.can_reply ? <Composer ticket={ticket} /> : null}
    </Stack>
  );
}

/** One message of a conversation: the customer's on the reading side, ours indented; notes locked and yellow. */
export function MessageCard({
  message: m,
}: {
  message: Pick<TicketMessage, 'kind' | 'author' | 'created_at' | 'body'>;
}) {
  const { t } = useTranslation('tickets');
  const locale = currentLocale();
  return (
    <Card
      padding="sm"
      radius="md"
      data-kind={m.kind}
      data-testid="message"
      style={{ background: look[m.kind].bg, border: look[m.kind].border }}
      ms={m.kind === 'inbound' ? 0 : 'xl'}
      me={m.kind === 'inbound' ? 'xl' : 0}
    >
      <Group justify="space-between" gap="xs" mb={4}>
        <Group gap={6}>
          {m.kind === 'note' ? <IconLock size={14} aria-hidden /> : null}
          <Text size="xs" fw={700}>
            {t(`ticket.kind.${m.kind}`)}
          </Text>
          {m.author ? (
            <Text size="xs" c="dimmed">
              <bdi>{m.author}</bdi>
            </Text>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {formatDateTime(m.created_at, locale)}
        </Text>
      </Group>
      <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {m.body}
      </Text>
    </Card>
  );
}

function Composer({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('tickets');
  const errorText = useErrorText();
  const change = useTicketChange(ticket);
  const [kind, setKind] = useState<'note' | 'reply'>('note');
  const [body, setBody] = useState('');
  const errors = fieldErrors(change.error);
  const canReply = ticket.permissions.can_reply;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      { path: kind === 'note' ? 'notes' : 'replies', body: { body: body.trim() } },
      {
        onSuccess: () => {
          setBody('');
          notifySuccess(kind === 'note' ? t('actions.noteSaved') : t('actions.replySent'));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="composer">
      <Stack gap="xs">
        {canReply ? (
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value === 'reply' ? 'reply' : 'note')}
            data={[
              { value: 'note', label: t('actions.note') },
              { value: 'reply', label: t('actions.reply') },
            ]}
            w="fit-content"
            data-testid="composer-kind"
          />
        ) : null}
        {change.error && !errors.body ? (
          <Alert color="red" role="alert">
            {errorText(change.error)}
          </Alert>
        ) : null}
        <FreeText
          aria-label={kind === 'note' ? t('actions.note') : t('actions.reply')}
          name="body"
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={errors.body}
          styles={kind === 'note' ? { input: { background: 'var(--mantine-color-yellow-0)' } } : undefined}
          data-testid="composer-body"
        />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending} disabled={!body.trim()} data-testid="composer-submit">
            {kind === 'note' ? t('actions.addNote') : t('actions.sendReply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
